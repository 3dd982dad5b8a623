"""Date traps of session 5: one hand-written page per generic pattern.

Expected values are read off each snippet: a "Published" date the page states in a side
panel of the article dates it; a declared publication date the page shows only as its update
gives way to the date the page labels as published; a web page's own stamp (JSON-LD typed
only as a page) that the page never shows dates no article, byline or not; a page that gives
no publication date at all, declared or shown, is dated by the update stamp it shows by its
headline (the only date of the text as it stands), while `modified` keeps that stamp too;
the two ends of a span of days date an event, not the text; a `<time>` inside a linked teaser
card dates the story it links to; an agency dateline ("GENEVA, 3 May 2024 (AFP) —") opening
a story that gives no other date dates it.
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


def page(header: str = "", aside: str = "", head: str = "", after: str = "") -> str:
    """A whole page: masthead, the article (headline, `header`, body, `after`), a side panel,
    footer."""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{HEADLINE} | Island Gazette</title>{head}</head><body>"
        "<header class='masthead'><a href='/'>Island Gazette</a></header>"
        f"<main><article><header><h1>{HEADLINE}</h1>{header}</header>"
        f"<div class='article-body'>{PARAS}</div>{after}</article>"
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


# --------------------------------------------------------- only an update stamp by the headline


def test_an_update_stamp_alone_dates_the_article() -> None:
    header = "<div class='byline'>By Ada Holm · Last updated: December 12, 2025</div>"
    assert dates(page(header)) == ("2025-12-12", "2025-12-12")


def test_an_update_stamp_does_not_replace_a_declared_publication() -> None:
    head = "<meta property='article:published_time' content='2024-02-01T09:00:00+00:00'>"
    header = "<div class='byline'>By Ada Holm · Updated on April 19, 2025</div>"
    assert dates(page(header, head=head)) == ("2024-02-01", "2025-04-19")


def test_an_update_stamp_does_not_replace_a_shown_publication() -> None:
    header = "<p class='byline'>Posted on May 19, 2021 | Updated June 1, 2021</p>"
    assert dates(page(header)) == ("2021-05-19", "2021-06-01")


def test_an_update_stamp_does_not_beat_the_date_in_the_url() -> None:
    header = "<div class='byline'>By Ada Holm · Updated June 1, 2021</div>"
    art = articlekit.extract(page(header), url="https://example.org/2021/05/19/harbour-budget/")
    assert (art.published, (art.modified or "")[:10]) == ("2021-05-19", "2021-06-01")


def test_a_declared_update_the_page_never_shows_dates_nothing() -> None:
    head = "<meta property='article:modified_time' content='2024-03-19T14:00:00+00:00'>"
    assert dates(page(head=head)) == (None, "2024-03-19")


def test_update_stamps_in_other_languages_date_the_article() -> None:
    for label, shown, want in (
        ("Aktualisiert am", "12. Dezember 2025", "2025-12-12"),
        ("Mis à jour le", "12 décembre 2025", "2025-12-12"),
        ("Actualizado el", "12 de diciembre de 2025", "2025-12-12"),
    ):
        header = f"<div class='byline'>Ada Holm · {label} {shown}</div>"
        assert dates(page(header)) == (want, want), label


# ------------------------------------------------------------------------- a span of days


def test_the_ends_of_a_span_of_days_are_not_a_publication_date() -> None:
    for header in (
        "<p class='schedule'>Tuesday evenings 1/27/2026 - 3/24/2026, 6:15 PM</p>",
        "<p class='meta'>Date: 2025-12-12 – 2025-12-17</p>",
        "<p class='meta'>Festival: 12 May 2025 to 19 May 2025</p>",
        "<p class='meta'>Ausstellung vom 3.5.2025 bis 5.5.2025</p>",
    ):
        assert dates(page(header)) == (None, None), header


def test_a_published_and_an_updated_date_joined_by_a_dash_are_no_span() -> None:
    header = "<p class='byline'>Posted May 19, 2021 - Updated June 1, 2021</p>"
    assert dates(page(header)) == ("2021-05-19", "2021-06-01")


def test_spans_read_in_text() -> None:
    from articlekit.metadata.dates import RANGE, find_dates_in_text

    assert find_dates_in_text("du 13/05/2025 au 15/05/2025") == [
        (RANGE, "2025-05-13"),
        (RANGE, "2025-05-15"),
    ]
    assert find_dates_in_text("May 2, 2025 and May 9, 2025") == [
        ("", "2025-05-02"),
        ("", "2025-05-09"),
    ]


# ------------------------------------------------------------- a <time> inside a teaser link


def test_a_time_in_a_linked_teaser_card_does_not_date_the_page() -> None:
    after = (
        "<a href='/news/sensors'><div class='content'>"
        "<h3>Sensors on the quay measure the tide every minute</h3>"
        "<div class='field-date'><time>25/02/2025</time></div></div></a>"
    )
    assert dates(page(after=after))[0] is None


def test_a_time_in_a_permalink_dates_the_page() -> None:
    header = (
        "<div class='entry-meta'>By Ada Holm · "
        "<a href='/harbour-budget/'><time>25/02/2025</time></a></div>"
    )
    assert dates(page(header))[0] == "2025-02-25"


# ------------------------------------------------------------------ an agency dateline


def dateline_page(first: str) -> str:
    body = f"<p>{first}</p>" + "".join(f"<p>{p}</p>" for p in (P2, P3, P4))
    return (
        "<!DOCTYPE html><html><head><title>Harbour news</title></head><body>"
        f"<main><article><div class='story'>{body}</div></article></main></body></html>"
    )


def test_an_agency_dateline_dates_a_story_without_other_dates() -> None:
    for opening, want in (
        ("PORTHAVEN, Dec 20, 2025 (IPA) - The council met", "2025-12-20"),
        ("GENEVA, 3 May 2024 — The council met", "2024-05-03"),
        ("BERLIN, 3. Mai 2024 (dpa) – Der Rat tagte", "2024-05-03"),
    ):
        assert dates(dateline_page(opening + " " + P1))[0] == want, opening


def test_a_date_in_the_first_sentence_is_no_dateline() -> None:
    first = "In Porthaven, 3 May 2024 was the day the council met. " + P1
    assert dates(dateline_page(first))[0] is None
