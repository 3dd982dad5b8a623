"""A heading that ends the body with nothing under it is the leftover of removed chrome."""

from __future__ import annotations

import pytest

import articlekit
from articlekit.rules import RuleSet

_PARAS = "".join(
    f"<p>Paragraph {n} of the story tells the reader, in full sentences, what happened on the "
    f"river and why the town cared about it so much that year.</p>"
    for n in range(1, 5)
)

_LINKS = '<ul><li><a href="/a">Boats</a></li><li><a href="/b">Fish</a></li></ul>'


def _page(tail: str) -> str:
    return (
        "<html><head><title>River story</title></head><body><article><h1>River story</h1>"
        f"{_PARAS}{tail}</article></body></html>"
    )


def test_lone_trailing_heading_is_removed() -> None:
    article = articlekit.extract(_page("<h2>Where the river goes next</h2>"))
    assert "Where the river goes" not in article.body
    assert article.body.rstrip().endswith("so much that year.")
    assert any(r.rule == "trailing-heading" for r in article.removed)


def test_heading_with_a_short_last_paragraph_stays() -> None:
    article = articlekit.extract(_page("<h2>Conclusion</h2><p>It rained.</p>"))
    assert "Conclusion" in article.body
    assert article.body.rstrip().endswith("It rained.")
    assert not any(r.rule == "trailing-heading" for r in article.removed)


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        pytest.param(
            "<h2>References</h2><ul><li>River survey, 1998</li><li>Town records</li></ul>",
            ("References", "Town records"),
            id="references-list",
        ),
        pytest.param(
            "<h3>Next: the dam</h3><h3>Next: the bridge</h3>",
            ("Next: the dam", "Next: the bridge"),
            id="run-of-headings",
        ),
        pytest.param("<h2>See also</h2>" + _LINKS, ("See also", "Boats"), id="see-also-links"),
        pytest.param(
            "<h2>Steps</h2><ol><li>Fill the kettle</li><li>Boil the water</li></ol>",
            ("Steps", "Boil the water"),
            id="steps-without-links",
        ),
    ],
)
def test_closing_blocks_of_the_body_stay(tail: str, kept: tuple[str, str]) -> None:
    body = articlekit.extract(_page(tail)).body
    for text in kept:
        assert text in body


def test_trailing_heading_with_link_list_is_removed() -> None:
    tail = "<h3>Popular topics</h3>" + _LINKS
    article = articlekit.extract(_page(tail))
    assert "Popular topics" not in article.body
    assert "Boats" not in article.body
    assert any(r.rule == "trailing-link-list" for r in article.removed)


def test_trailing_rules_are_listed_and_switch_off_by_name() -> None:
    names = RuleSet.default().names()
    assert "trailing-heading" in names and "trailing-link-list" in names
    heading = articlekit.extract(
        _page("<h2>Where the river goes next</h2>"), rules=["-trailing-heading"]
    )
    assert heading.body.rstrip().endswith("Where the river goes next")
    assert not any(r.rule == "trailing-heading" for r in heading.removed)
    links = articlekit.extract(
        _page("<h3>Popular topics</h3>" + _LINKS), rules=["-trailing-link-list"]
    )
    assert "Popular topics" in links.body and "Boats" in links.body
    assert not any(r.rule == "trailing-link-list" for r in links.removed)
