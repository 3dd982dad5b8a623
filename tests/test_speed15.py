"""Speed cuts of session 8 (helper speed15) that must not change any answer.

- `remeasure` drops the removed subtrees as runs of the walk-ordered stats and leaves the dict
  it was given as it was; its answer is still a fresh `measure` with those elements skipped.
- `dom.excluding` is a skip test that `text_of` and the block builder apply inline: chrome and
  consumed nodes stay out, also those added after the test was made.
- `Page.end_pos` is remembered per element; `Page.inside` reads the positions directly.
- `is_card_list` passes over parents holding too little text for a group of cards.
- `sniff_text` finds blank input without copying the page.
"""

from __future__ import annotations

import pytest
from lxml import etree

from articlekit import ingest
from articlekit.blocks import build_blocks
from articlekit.dom import default_skip, excluding, text_of
from articlekit.errors import NotHTMLError
from articlekit.ingest.sniff import sniff_bytes, sniff_text
from articlekit.kind import is_card_list
from articlekit.measure import measure, remeasure
from articlekit.options import Options
from indexed import indexed_page


def _body(html: str) -> etree._Element:
    return ingest.load(html, options=Options()).find("body")


def _values(stats: dict) -> dict:
    return {el: (s.raw, s.link, s.mass, s.lmass, s.cmass, s.size) for el, s in stats.items()}


_NESTED = (
    "<html><body><div id='outer'><p>Kept words here.</p>"
    "<div id='gone'><p>Gone words.</p><span id='inner'>inner <b>bold</b></span></div>"
    "<script>var x = 1;</script>after.</div><nav><a href='/'>Home</a></nav></body></html>"
)


def test_remeasure_leaves_the_dict_it_was_given_as_it_was() -> None:
    body = _body(_NESTED)
    before = measure(body)
    keys, stats, values = list(before), list(before.values()), _values(before)
    after = remeasure(before, body.xpath("//div[@id='gone'] | //nav"))
    assert list(before) == keys
    assert all(a is b for a, b in zip(before.values(), stats, strict=True))
    assert _values(before) == values
    # "Kept words here." and "after." are what is left of the body's text.
    assert after[body].raw == len("Keptwordshere.after.")
    assert body.find(".//nav") not in after
    assert body.find(".//b") not in after


def test_remeasure_of_nested_and_unmeasured_removals_is_a_fresh_measure() -> None:
    body = _body(_NESTED)
    gone = body.xpath("//span[@id='inner'] | //div[@id='gone'] | //script")
    derived = remeasure(measure(body), gone)
    fresh = measure(body, skip=lambda el: default_skip(el) or el in gone)
    assert list(derived) == list(fresh)
    assert _values(derived) == _values(fresh)
    assert derived[body].raw == len("Keptwordshere.after.Home")


def test_remeasure_of_nothing_measured_changes_nothing() -> None:
    body = _body(_NESTED)
    before = measure(body)
    values = _values(before)
    after = remeasure(before, body.xpath("//script"))  # never measured: nothing to take out
    assert _values(after) == values


def test_excluding_leaves_out_both_collections_and_later_additions() -> None:
    body = _body(
        "<html><body><div><p>One <span>two</span> three</p><p>Four</p>"
        "<script>no</script></div></body></html>"
    )
    div = body.find("div")
    span, second = body.find(".//span"), body.findall(".//p")[1]
    marks: dict = {}
    consumed: set = set()
    skip = excluding(marks, consumed)
    assert text_of(div, skip=skip) == "One two three Four"
    marks[span] = "some-rule"
    assert text_of(div, skip=skip) == "One three Four"
    consumed.add(second)
    assert text_of(div, skip=skip) == "One three"
    assert skip(span) and skip(second) and skip(body.find(".//script"))
    assert not skip(div)


def test_blocks_leave_out_excluded_elements() -> None:
    body = _body(
        "<html><body><div><p>Opening paragraph <span>with a credit</span> here.</p>"
        "<p class='byline'>By Jane Roe</p><h2>Section</h2><p>Closing words.</p>"
        "</div></body></html>"
    )
    span, byline = body.find(".//span"), body.find(".//p[@class='byline']")
    blocks = build_blocks(body.find("div"), excluding({span: "x"}, {byline}), {})
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "Opening paragraph here."),
        ("heading", "Section"),
        ("paragraph", "Closing words."),
    ]


def test_end_pos_and_inside_after_repeated_questions() -> None:
    page = indexed_page(
        "<html><body><div id='a'><p>One</p><p>Two <b>bold</b></p></div>"
        "<div id='b'><p>Three</p></div></body></html>"
    )
    a, b = page.root.find(".//div[@id='a']"), page.root.find(".//div[@id='b']")
    bold = page.root.find(".//b")
    for _ in range(2):  # asked again: the remembered answer is the same
        assert page.end_pos(a) == page.pos(bold)
        assert page.inside(bold, a) and not page.inside(bold, b)
        assert page.inside(a, a) and not page.inside(a, bold)
    assert page.end_pos(page.body) == len(page.order) - 1


def _cards_page(extra: str) -> tuple:
    cards = "".join(
        f"<div class='card'><h3><a href='/story-{i}'>The title of story number {i}</a></h3>"
        f"<p>A short blurb.</p></div>"
        for i in range(4)
    )
    page = indexed_page(f"<html><body><div id='list'>{cards}</div>{extra}</body></html>")
    page.stats = measure(page.body)
    return page, page.body


def test_a_card_list_is_still_found() -> None:
    page, body = _cards_page("")
    assert is_card_list(page, body)


def test_cards_holding_under_half_the_text_are_no_card_list() -> None:
    essay = "<p>" + "A long sentence of the page's own prose, well past the cards. " * 20 + "</p>"
    page, body = _cards_page(f"<div id='essay'>{essay}</div>")
    assert not is_card_list(page, body)


@pytest.mark.parametrize("text", [" \n\t ", "\ufeff", " \u200b\ufeff\n", "\u3000\ufeff"])
def test_blank_text_is_refused(text: str) -> None:
    with pytest.raises(NotHTMLError):
        sniff_text(text)


@pytest.mark.parametrize("text", ["\n<p>x</p>", "\ufeff \ufeff", "  \u200b x", "x"])
def test_text_with_something_inside_is_accepted(text: str) -> None:
    sniff_text(text)  # "\ufeff \ufeff": a space stays between the marks once they are stripped


def test_blank_bytes_are_refused() -> None:
    with pytest.raises(NotHTMLError):
        sniff_bytes(b" \r\n\t\x0b\x0c ")
    sniff_bytes(b"\n<p>x</p>")


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("/author/jane-doe/", True),
        ("https://example.org/AUTHORS/jane-doe?ref=top", True),
        ("/autoren/max-muster", True),
        ("/redacteurs/jean-dupont/#bio", True),
        ("/Writers/jane", True),
        ("/news?author=jane", True),
        ("/author/jane/posts/2", False),  # a page below the author's, not the author's own
        ("/about-us/", False),
        ("/auteur/éloïse-martin", True),  # non-ASCII: the regex itself answers
        ("/authority/report", False),
        ("", False),
        (None, False),
    ],
)
def test_author_href_answers_as_the_regex(href: str | None, expected: bool) -> None:
    from articlekit.fields.byline import AUTHOR_HREF, author_href

    assert author_href(href) is expected
    assert (AUTHOR_HREF.search(href or "") is not None) is expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "one two",
        " one",
        "one ",
        "one  two",
        "one\ttwo",
        "one\u00a0two",
        "tab\u2028sep",
        "x\u00ad",
    ],
)
def test_collapsed_text_is_what_split_and_join_give(text: str) -> None:
    from articlekit.content import _collapsed

    assert _collapsed(text) == " ".join(text.split())


def test_dialogs_are_found_by_role_aria_modal_and_tag() -> None:
    from articlekit.product import _DIALOGS

    body = _body(
        "<html><body><div role='dialog' id='a'></div><div role='alertdialog' id='b'></div>"
        "<div role='region' id='c'></div><div aria-modal='true' role='dialog' id='d'></div>"
        "<dialog id='e'></dialog><div aria-modal='false' id='f'></div></body></html>"
    )
    assert [el.get("id") for el in _DIALOGS(body)] == ["a", "b", "d", "e"]
