"""Date traps of session 5: one hand-written page per generic pattern.

Expected values are read off each snippet: a "Published" date the page states in a side
panel of the article dates it; a declared publication date the page shows only as its update
gives way to the date the page labels as published; a web page's own stamp (JSON-LD typed
only as a page) that the page never shows dates no article, byline or not.
"""

from __future__ import annotations

import json

import articlekit
from harbour import HEADLINE, P1, P2, P3, P4

# Four times the four paragraphs, each with two inline elements: the side panel then stands
# well beyond the few dozen elements after the headline where a bare date line is read.
PARAS = "".join(
    f"<p>{p} <a href='/notes/{i}'>Notes</a> <b>Harbour</b></p>"
    for i, p in enumerate((P1, P2, P3, P4) * 4)
)


def page(header: str = "", aside: str = "", head: str = "") -> str:
    """A whole page: masthead, the article (headline, `header`, body), a side panel, footer."""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{HEADLINE} | Island Gazette</title>{head}</head><body>"
        "<header class='masthead'><a href='/'>Island Gazette</a></header>"
        f"<main><article><header><h1>{HEADLINE}</h1>{header}</header>"
        f"<div class='article-body'>{PARAS}</div></article>"
        f"<aside class='sidebar'>{aside}</aside></main>"
        "<footer><p>© Island Gazette.</p></footer></body></html>"
    )


def ld(data: dict) -> str:
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


WEB_PAGE_STAMP = ld(
    {
        "@context": "https://schema.org",
        "@type": "WebPage",
        "name": HEADLINE,
        "datePublished": "2018-06-04T08:00:00+00:00",
        "dateModified": "2022-11-20T08:00:00+00:00",
    }
)


def dates(html: str) -> tuple[str | None, str | None]:
    art = articlekit.extract(html)
    return (art.published or "")[:10] or None, (art.modified or "")[:10] or None


# --------------------------------------------------------------- a labelled date in a side panel


def test_a_published_date_in_the_side_panel_dates_the_article() -> None:
    aside = (
        "<div class='post-meta'><span>Published</span>"
        "<div class='single-post-date'>March 3, 2024</div></div>"
        "<div class='share'>Share this story</div>"
    )
    assert dates(page(aside=aside))[0] == "2024-03-03"


def test_a_date_of_a_teaser_list_in_the_side_panel_is_not_the_articles() -> None:
    aside = (
        "<h3>More news</h3><ul>"
        "<li><a href='/a'>Ferry timetable changes</a> <span class='post-date'>"
        "Published March 1, 2024</span></li>"
        "<li><a href='/b'>Market square reopens</a> <span class='post-date'>"
        "Published February 27, 2024</span></li></ul>"
    )
    assert dates(page(aside=aside))[0] is None


def test_a_hidden_published_date_is_not_read() -> None:
    aside = "<div class='post-date' hidden>Published March 3, 2024</div>"
    assert dates(page(aside=aside))[0] is None


# ------------------------------------------------- a declared date the page shows as its update


def test_the_labelled_published_day_beats_a_declared_one_shown_as_the_update() -> None:
    head = "<meta property='article:published_time' content='2025-08-21T10:00:00+00:00'>"
    header = (
        "<p class='byline'>By Ada Holm, Published Apr 26, 2023 · "
        "Updated Aug 21, 2025 · 6 min read</p>"
    )
    assert dates(page(header, head=head)) == ("2023-04-26", "2025-08-21")


def test_a_declared_day_shown_as_published_elsewhere_is_kept() -> None:
    # the declared day is shown (as an unlabelled date), so a different shown day does not win
    head = "<meta property='article:published_time' content='2025-08-21T10:00:00+00:00'>"
    header = "<p class='byline'>By Ada Holm · Published Apr 26, 2023</p>"
    after = "<p class='stamp'>Filed August 21, 2025</p>"
    assert dates(page(header + after, head=head))[0] == "2025-08-21"


# -------------------------------------------------------------------- a web page's own stamp


def test_an_unshown_web_page_stamp_with_a_byline_dates_no_article() -> None:
    header = "<p class='byline'>By Ada Holm</p>"
    assert dates(page(header, head=WEB_PAGE_STAMP)) == (None, None)


def test_a_web_page_stamp_the_page_shows_is_kept() -> None:
    header = "<p class='byline'>By Ada Holm · June 4, 2018</p>"
    assert dates(page(header, head=WEB_PAGE_STAMP))[0] == "2018-06-04"
