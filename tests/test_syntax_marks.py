"""The regex scanner shared by the class matcher and the text gate (`syntax_marks`): which
"(", ")" and "|" are syntax, read by hand from each pattern."""

from __future__ import annotations

import pytest

from articlekit.chrome import _group_end
from articlekit.rules.classmatch import syntax_marks, top_level_bars


@pytest.mark.parametrize(
    ("pattern", "bars"),
    [
        ("a|(b|c)|[|]d", [1, 7]),  # the bar in the group and the one in the class are not top-level
        ("[]|]|x", [4]),  # a "]" first in a class is a literal: the class ends at 3
        (r"a\|b|c", [4]),  # an escaped bar is a character
        ("plain", []),
        ("a)b|c", None),  # a ")" with no "("
        ("(a|b", None),  # a "(" never closed
        ("a[b|c", None),  # a class never closed
    ],
)
def test_top_level_bars(pattern: str, bars: list[int] | None) -> None:
    assert top_level_bars(pattern) == bars


@pytest.mark.parametrize(
    ("pattern", "end"),
    [
        ("(?:a(b)c)?d", 8),  # the inner group closes at 6, the outer at 8
        ("(?:[)]x)", 7),  # the ")" inside the class is a character
        (r"(?:a\)b)c", 7),  # so is an escaped one
        ("(?:ab", None),
    ],
)
def test_group_end(pattern: str, end: int | None) -> None:
    assert _group_end(pattern) == end


def test_an_open_class_is_reported_last() -> None:
    assert list(syntax_marks("(a)[|")) == [(0, "(", 1), (2, ")", 0), (5, "[", 0)]
