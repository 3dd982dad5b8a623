"""Page positions: `end_pos` and `inside` when a subtree ends in a comment (no position)."""

from __future__ import annotations

from indexed import indexed_page as _page


def test_end_pos_skips_a_trailing_comment() -> None:
    page = _page(
        "<html><body><div id='box'><p id='a'>One</p><p id='b'>Two</p><!-- end box --></div>"
        "<p id='after'>Three</p></body></html>"
    )
    box = page.root.get_element_by_id("box")
    last = page.root.get_element_by_id("b")
    assert page.end_pos(box) == page.pos(last)
    assert page.inside(last, box)
    assert not page.inside(page.root.get_element_by_id("after"), box)


def test_inside_a_headline_that_ends_in_a_comment() -> None:
    page = _page(
        "<html><body><h1 id='h'><span id='s'>Title</span><!-- /title --></h1></body></html>"
    )
    headline = page.root.get_element_by_id("h")
    assert page.inside(page.root.get_element_by_id("s"), headline)
    assert page.inside(headline, headline)
