"""Date traps of session 6: one hand-written page per generic pattern.

Expected values are read off each snippet: a declared instant whose UTC day is the day after
the one the page shows by its headline, and that its URL spells out, dates the page by the
shown (local) day; without the URL's agreement the declared date stands. A post whose only
date is its foot line "Posted on <date> by <name>" is dated by it; a listing's "Posted <date>"
stamp or a notice's "Published on: <date>" without a writer, and such a line inside a list
item, date nothing. A URL that spells its date with the month's name ("/2023/october/03/")
dates a page that gives no other date, and never outranks a date the page declares.
"""

from __future__ import annotations

import json

import pytest

import articlekit
from harbour import P1, P2, P3, P4, article_ld
from harbour import gazette_page as page


def published(html: str, url: str | None = None) -> str | None:
    return (articlekit.extract(html, url=url).published or "")[:10] or None


# An evening post in New York: 21:41 on May 6 there is 01:41 UTC on May 7.
EVENING_POST = article_ld("2025-05-07T01:41:41+00:00")
SHOWN_MAY_6 = "<div class='entry-meta'><time>May 6, 2025</time></div>"


def test_local_day_shown_and_in_url_beats_the_utc_day() -> None:
    html = page(header=SHOWN_MAY_6, head=EVENING_POST)
    url = "https://gazette.example/2025/05/06/harbour-budget/"
    assert published(html, url) == "2025-05-06"


def test_local_day_needs_the_url_to_agree() -> None:
    html = page(header=SHOWN_MAY_6, head=EVENING_POST)
    assert published(html, "https://gazette.example/news/harbour-budget/") == "2025-05-07"


def test_url_of_another_day_keeps_the_declared_instant() -> None:
    html = page(header=SHOWN_MAY_6, head=EVENING_POST)
    url = "https://gazette.example/2025/05/07/harbour-budget/"
    assert published(html, url) == "2025-05-07"


def test_shown_update_day_in_url_is_no_time_zone() -> None:
    # Declared May 7 (UTC) and updated May 9; the page shows May 9 and the URL says May 9: two
    # days from the declared publication is no time zone, and the shown day is the update's.
    # (Declared in Open Graph too: a date in JSON-LD alone gives way to the shown update, see
    # tests/test_dates7.py.)
    head = article_ld("2025-05-07T01:41:41+00:00", "2025-05-09T10:00:00+00:00")
    head += "<meta property='article:published_time' content='2025-05-07T01:41:41+00:00'>"
    html = page(header="<div class='entry-meta'><time>May 9, 2025</time></div>", head=head)
    url = "https://gazette.example/2025/05/09/harbour-budget/"
    assert published(html, url) == "2025-05-07"


POSTED_FOOT = "<div>Posted on the 14/03/2024 at 19:00 by <a href='/about'>Jane Doe</a></div>"


def test_post_foot_line_dates_a_post_without_other_date() -> None:
    assert published(page(after=POSTED_FOOT)) == "2024-03-14"


def test_post_foot_line_never_beats_a_declared_date() -> None:
    html = page(after=POSTED_FOOT, head=article_ld("2024-03-10T08:00:00+00:00"))
    assert published(html) == "2024-03-10"


def test_listing_stamp_without_writer_dates_nothing() -> None:
    stamp = "<p>Posted Mar 5, 2024 1:42 UTC (Tue)</p><p>Published on: 12 March 2024</p>"
    assert published(page(after=stamp)) is None


def test_posted_line_in_a_list_item_dates_nothing() -> None:
    comments = (
        "<ul class='replies'><li><p>Posted on 15 March 2024 by Sam Reader</p>"
        "<p>Nice piece.</p></li></ul>"
    )
    assert published(page(tail=comments)) is None


def test_date_label_alone_is_not_a_publication_label() -> None:
    deadline = "<p>Date: 20 March 2024, submissions by Friday noon</p>"
    assert published(page(after=deadline)) is None


def test_url_with_month_name_dates_a_page_without_other_date() -> None:
    url = "https://gazette.example/blog/2023/october/03/harbour-budget/"
    assert published(page(), url) == "2023-10-03"


def test_url_with_short_month_name() -> None:
    url = "https://gazette.example/2024/oct/17/harbour-budget"
    assert published(page(), url) == "2024-10-17"


def test_url_month_name_never_beats_a_declared_date() -> None:
    url = "https://gazette.example/blog/2023/october/03/harbour-budget/"
    html = page(head=article_ld("2023-09-28T08:00:00+00:00"))
    assert published(html, url) == "2023-09-28"


def test_url_month_name_needs_a_real_day() -> None:
    url = "https://gazette.example/blog/2023/october/33/harbour-budget/"
    assert published(page(), url) is None


def qa_page(questions: str) -> str:
    """A Q&A page: a QAPage item holding `questions`, each with its asked date shown in words
    and answers with their own dates."""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Why does the harbour silt up? - Harbour Q&amp;A</title></head><body>"
        "<header class='masthead'><a href='/'>Harbour Q&amp;A</a></header>"
        f"<main itemscope itemtype='https://schema.org/QAPage'>{questions}</main>"
        "<footer><p>© Harbour Q&amp;A.</p></footer></body></html>"
    )


def question(title: str, asked: str, answered: str) -> str:
    return (
        "<div itemscope itemtype='https://schema.org/Question'>"
        f"<h1 itemprop='name'>{title}</h1>"
        f"<div>Asked <time itemprop='dateCreated' datetime='{asked}'>3 years ago</time></div>"
        f"<div itemprop='text'><p>{P1}</p><p>{P2}</p></div>"
        "<div itemprop='suggestedAnswer' itemscope itemtype='https://schema.org/Answer'>"
        f"<div itemprop='text'><p>{P3}</p><p>{P4}</p></div>"
        f"<time itemprop='dateCreated' datetime='{answered}'>2 years ago</time></div></div>"
    )


def test_question_asked_date_dates_a_qa_page() -> None:
    html = qa_page(question("Why does the harbour silt up?", "2019-03-26T16:18:24Z", "2020-01-02"))
    assert published(html) == "2019-03-26"


def test_faq_page_questions_date_nothing() -> None:
    faq = question("Why does the harbour silt up?", "2019-03-26T16:18:24Z", "2020-01-02")
    faq += question("Who pays for dredging?", "2018-05-04T10:00:00Z", "2018-06-01")
    assert published(qa_page(faq)) is None


def product_page(line: str) -> str:
    """A product page (declared so in JSON-LD, so read as no article) with `line` under its
    name."""
    data = {"@context": "https://schema.org", "@type": "Product", "name": "Walnut desk lamp"}
    return (
        "<html><head><title>Walnut desk lamp | Lampworks</title>"
        f"<script type='application/ld+json'>{json.dumps(data)}</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/lamps'>Lamps</a></nav>"
        f"<main><div class='product'><h1>Walnut desk lamp</h1><div class='meta'>{line}</div>"
        "<div class='price'>£95.00</div><button>Add to basket</button>"
        f"<div class='description'><p>{P1}</p><p>{P2}</p></div></div></main></body></html>"
    )


def test_posted_label_by_the_headline_dates_a_page_read_as_no_article() -> None:
    assert published(product_page("Posted on Nov 21, 2018")) == "2018-11-21"


def test_release_or_record_labels_do_not_date_a_page_read_as_no_article() -> None:
    assert published(product_page("Released: Nov 21, 2018")) is None
    assert published(product_page("Date: Nov 21, 2018")) is None


def test_deadline_by_the_headline_is_no_publication_date() -> None:
    assert published(page(header="<div class='entry-meta'>Deadline: 3 May 2025</div>")) is None


def test_closing_date_is_no_publication_date_but_the_posted_one_is() -> None:
    line = "<div class='entry-meta'>Closes 12 June 2025 · Posted 2 May 2025</div>"
    assert published(page(header=line)) == "2025-05-02"


def test_event_date_time_is_no_publication_date() -> None:
    line = "<p>Event date: <time datetime='2025-06-12'>12 June 2025</time></p>"
    assert published(page(header=line)) is None


def test_update_stamp_alone_dates_a_page_read_as_no_article() -> None:
    art = articlekit.extract(product_page("Updated: December 9, 2025"))
    assert (art.published, art.modified) == ("2025-12-09", "2025-12-09")


def test_publication_label_beats_the_update_stamp_on_a_page_read_as_no_article() -> None:
    line = "Updated: December 9, 2025 · Posted on March 2, 2024"
    assert published(product_page(line)) == "2024-03-02"


OTHER_LABELS_IN_LANGUAGES = [
    "Deadline", "Frist", "Date limite", "Fecha límite", "Prazo", "Scadenza", "Sluitingsdatum",
    "Крайний срок", "Termin zgłoszeń", "截止日期", "締め切り", "الموعد النهائي",
]  # fmt: skip


def test_a_posted_label_dates_the_page_where_a_deadline_label_does_not() -> None:
    assert published(page(header="<div class='entry-meta'>Posted: 3 May 2025</div>")) == (
        "2025-05-03"
    )


@pytest.mark.parametrize("label", OTHER_LABELS_IN_LANGUAGES)
def test_deadline_labels_in_languages_date_nothing(label: str) -> None:
    assert published(page(header=f"<div class='entry-meta'>{label}: 3 May 2025</div>")) is None
