"""The token matcher for class/id words must agree with the regex it replaces."""

import re

import pytest

from articlekit.rules.chrome import words
from articlekit.rules.classmatch import ClassMatcher, class_tokens

PATTERN = words("share share-bar article-teaser (?:left|right)nav div-gpt-ad[a-z0-9_-]*")

CASES = [
    ("post-share-bar", True),  # a multi-word alternative inside a longer class
    ("shared", False),  # a word is whole: "shared" is not "share"
    ("sharebar", False),
    ("ea-article__teaser", False),  # separators must be the same ("__" is not "-")
    ("article-teaser x", True),
    ("c-share", True),
    ("leftnav", True),  # a regex alternative
    ("mainleftnav", False),
    ("div-gpt-ad-1234", True),
    ("", False),
]


@pytest.mark.parametrize(("cid", "expected"), CASES)
def test_token_matcher(cid: str, expected: bool) -> None:
    assert ClassMatcher([PATTERN]).matches(cid, class_tokens(cid)) is expected


@pytest.mark.parametrize(("cid", "expected"), CASES)
def test_same_answer_as_the_regex(cid: str, expected: bool) -> None:
    assert (re.search(PATTERN, cid) is not None) is expected


def test_a_user_regex_of_any_shape_still_works() -> None:
    matcher = ClassMatcher([r"promo-\d+$"])
    assert matcher.matches("box promo-12", class_tokens("box promo-12"))
    assert not matcher.matches("promo-12 box", class_tokens("promo-12 box"))
