"""Date traps of session 8: one hand-written page per generic pattern, each with a twin that
must keep the other reading.

Expected values are read off each snippet. An author box after the headline that the chrome
pass removes (a bio, social links, an editorial-policy link) may hold the article's labelled
date ("Updated June 3, 2025"): it tells which declared date the page shows, however many
elements the box runs to; an unlabelled date there, or one on a page that declares no date,
changes nothing. So does a labelled date line set below a long meta bar (tags, reviewers), past
the few dozen elements after the headline where a bare date line is read.

A declared instant with its zone falls on one of two days somewhere on Earth (UTC-12 to
UTC+14): "2025-06-03T22:00:00Z" may show as June 3 or June 4, never June 2. A byline that shows
a day the instant cannot fall on shows another stamp, the article's own, and dates it; one the
instant may fall on (a New York evening declared in UTC) keeps the declared date.

A page that gives no date otherwise is dated by a date standing alone as loose text right
after its headline (a hand-written blog's "<legend>Title</legend> 20 December 2025"); a date
inside a sentence there, or loose in a list item (a teaser card), dates nothing.

A publication date declared in structured data alone that the page never shows gives way to
the declared update where a date-marked element anywhere shows that update's day with no label
(the page's own date line, away from the headline); "Last edited on ..." names it an update,
and an Open Graph `article:published_time` keeps the publication.

A month and year alone ("November 2003") date a text only where a publication label names them
("Published: November 2003", or "Date" in the element before): "2003-11". Unlabelled, or
labelled as an update, they date nothing. A label/value pair of a details panel after the
headline ("<h6>Date</h6><p>May 6, 2025</p>") dates a page that declares nothing even where the
panel is taken as chrome; a date with its label inline there may be a teaser's.

A `data-` attribute of the <body> (or <html>) element named like a publication-date meta name
("data-pubdate") declares the page's date, and marks the page as a dated text: the date its
WebPage JSON-LD declares then dates it even unshown. A bare "data-date" declares nothing.
"""

from __future__ import annotations

import json

import pytest

import articlekit
from articlekit.metadata.dates import month_of_year
from harbour import HEADLINE, P1, P2, P3, P4, article_ld
from harbour import gazette_page as page

DECLARED = "2024-02-10T08:00:00+00:00"  # the publication date the page declares
UPDATED = "2025-06-03T09:30:00+00:00"  # the update it declares


def published(html: str) -> str | None:
    return (articlekit.extract(html).published or "")[:10] or None


def author_box(date_line: str) -> str:
    """An author box after the headline (removed as chrome): name, a bio with many links, then
    the article's date line at its foot, some two dozen elements below the headline."""
    links = "".join(
        f"<li><a href='https://social.example/{n}' aria-label='Visit us on {n}'><span>{n}</span>"
        "</a></li>"
        for n in ("Network", "Pictures", "Video", "Posts", "Letters", "Podcasts")
    )
    return (
        "<div class='author-bio'><p class='author-name'>By <a href='/staff/jane-doe'>Jane Doe"
        "</a></p><p>Jane Doe covers the harbour district and the council for the Gazette. She "
        "joined the paper from a regional radio station, where she reported on fisheries and "
        "ferries for ten years, and she writes a weekly column on life along the quay. "
        "<a href='/staff/jane-doe'>Full Bio</a></p>"
        f"<ul class='social'>{links}</ul>"
        "<p>Learn about our <a href='/policies'>editorial policies</a></p>"
        f"<div class='article-date'>{date_line}</div></div>"
    )


def test_labelled_update_in_a_chrome_author_box_is_read() -> None:
    # Declared in JSON-LD alone, never shown; the page shows only its update, in the box.
    html = page(header=author_box("Updated June 3, 2025"), head=article_ld(DECLARED, UPDATED))
    assert published(html) == "2025-06-03"


def test_unlabelled_date_in_a_chrome_author_box_changes_nothing() -> None:
    # A day neither declared date falls on (a teaser's): the declared publication stands.
    html = page(header=author_box("May 20, 2025"), head=article_ld(DECLARED, UPDATED))
    assert published(html) == "2024-02-10"


def test_chrome_author_box_date_does_not_date_an_undeclared_page() -> None:
    html = page(header=author_box("Updated June 3, 2025"))
    assert published(html) is None


BYLINE_JUNE_2 = "<div class='byline'>By Jane Doe · June 2, 2025</div>"


def test_shown_day_the_declared_instant_cannot_fall_on_dates_the_page() -> None:
    html = page(header=BYLINE_JUNE_2, head=article_ld("2025-06-03T22:00:00Z"))
    assert published(html) == "2025-06-02"


def test_shown_day_the_declared_instant_falls_on_in_another_zone_keeps_it() -> None:
    # 02:00 UTC on June 3 is the evening of June 2 in the Americas.
    html = page(header=BYLINE_JUNE_2, head=article_ld("2025-06-03T02:00:00Z"))
    assert published(html) == "2025-06-03"


def test_shown_day_next_to_a_declared_date_without_time_keeps_it() -> None:
    html = page(header=BYLINE_JUNE_2, head=article_ld("2025-06-03"))
    assert published(html) == "2025-06-03"


def tag_bar(date_line: str) -> str:
    """A bar of 24 tag links under the headline (48 elements), then a date-marked line."""
    tags = "".join(f"<li><a href='/tags/{n}'>Topic {n}</a></li>" for n in range(24))
    return f"<ul class='tag-list'>{tags}</ul><p class='post-updated-date'>{date_line}</p>"


def test_labelled_update_below_a_long_meta_bar_is_read() -> None:
    html = page(header=tag_bar("Updated on June 3, 2025"), head=article_ld(DECLARED, UPDATED))
    assert published(html) == "2025-06-03"


def test_unlabelled_date_below_a_long_meta_bar_changes_nothing() -> None:
    html = page(header=tag_bar("May 20, 2025"), head=article_ld(DECLARED, UPDATED))
    assert published(html) == "2024-02-10"


def blog_page(after_title: str) -> str:
    """A hand-written blog page laid out with a table: the post in a fieldset whose legend
    holds its title, `after_title` right after the legend, then the post's paragraphs."""
    paras = "".join(f"<p>{p}</p>" for p in (P1, P2, P3, P4))
    return (
        "<html><head><title>Harbour notes</title></head><body>"
        "<div class='title'><h1><a href='/'>Harbour notes</a></h1></div>"
        "<table><tr><td valign='top'><fieldset>"
        f"<legend>{HEADLINE}</legend>{after_title}<div class='body'>{paras}</div>"
        "</fieldset></td><td valign='top'><a href='/archive'>Archive</a></td></tr></table>"
        "</body></html>"
    )


def test_loose_date_after_a_legend_title_dates_the_page() -> None:
    assert published(blog_page(" 20 December 2025 ")) == "2025-12-20"


def test_loose_date_after_the_headline_dates_the_page() -> None:
    assert published(page(header="\n Posted June 3, 2025 \n")) == "2025-06-03"


def test_loose_date_in_a_sentence_dates_nothing() -> None:
    after = " The council first met on 20 December 2025 to debate the harbour budget. "
    assert published(blog_page(after)) is None


def test_loose_date_in_a_list_item_dates_nothing() -> None:
    after = "<ul><li><a href='/older'>Ferry timetable</a> 20 December 2025</li></ul>"
    assert published(blog_page(after)) is None


def far_below(line: str) -> str:
    """A list of 60 story links below the article (120 elements), then a date-marked line: far
    past every window after the headline."""
    links = "".join(f"<p><a href='/stories/{n}'>Harbour story {n}</a></p>" for n in range(60))
    return f"<section class='more-stories'>{links}</section><div class='post-date'>{line}</div>"


def test_unlabelled_date_line_showing_the_update_dates_a_structured_only_page() -> None:
    tail = far_below("June 3, 2025")
    assert published(page(tail=tail, head=article_ld(DECLARED, UPDATED))) == "2025-06-03"


def test_update_labelled_as_such_far_below_keeps_the_publication() -> None:
    tail = far_below("Last edited on June 3, 2025")
    assert published(page(tail=tail, head=article_ld(DECLARED, UPDATED))) == "2024-02-10"


def test_open_graph_date_keeps_the_publication_over_a_far_date_line() -> None:
    og = f"<meta property='article:published_time' content='{DECLARED}'>"
    html = page(tail=far_below("June 3, 2025"), head=article_ld(DECLARED, UPDATED) + og)
    assert published(html) == "2024-02-10"


def test_labelled_month_and_year_date_the_page() -> None:
    assert published(page(header="<p>Published: November 2003</p>")) == "2003-11"


def test_month_and_year_after_a_date_label_element_date_the_page() -> None:
    header = "<div class='details'><h6>Date</h6><p>November 2003</p></div>"
    assert published(page(header=header)) == "2003-11"


def test_unlabelled_month_and_year_date_nothing() -> None:
    assert published(page(header="<p>November 2003</p>")) is None


def test_month_and_year_labelled_as_an_update_date_nothing() -> None:
    assert published(page(header="<p>Updated: November 2003</p>")) is None


def details_panel(date_part: str) -> str:
    """A details panel after the headline that the chrome pass takes as a side panel: four
    label/value items (some 16 elements), then `date_part`, then the authors."""
    items = "".join(
        f"<div class='sidebar-item'><h6>{label}</h6><p><a href='/{value}'>{value}</a></p></div>"
        for label, value in (("Type", "Report"), ("Series", "Harbour"), ("Topic", "Budget"))
    )
    return (
        f"<aside class='sidebar'>{items}<div class='sidebar-item'>{date_part}</div>"
        "<div class='sidebar-item'><h6>Authors</h6>"
        "<ul><li><a href='/staff/jane-doe'>Jane Doe</a></li></ul></div></aside>"
    )


def test_date_pair_in_a_chrome_details_panel_dates_the_page() -> None:
    html = page(header=details_panel("<h6>Published</h6><p>May 6, 2025</p>"))
    assert published(html) == "2025-05-06"


def test_inline_labelled_date_in_a_chrome_panel_dates_nothing() -> None:
    html = page(header=details_panel("<p>Published on May 6, 2025</p>"))
    assert published(html) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("November 2003", "2003-11"),
        ("Published: Nov. 2003", "2003-11"),
        ("Veröffentlicht: März 2019", "2019-03"),
        ("Publié en janvier 2021", "2021-01"),
        ("Publicado: noviembre de 2003", "2003-11"),
        ("Pubblicato: maggio 2020", "2020-05"),
        ("2003年11月", "2003-11"),
        ("November 12, 2003", None),  # a full date: read by the date finder, not here
        ("In November 2003 the council met", None),  # a sentence
        ("Report 2003", None),
    ],
)
def test_month_of_year(text: str, expected: str | None) -> None:
    assert month_of_year(text) == expected


def webpage_ld(published: str) -> str:
    """A WebPage JSON-LD script (no Article entity) with this publication date."""
    data = {"@context": "https://schema.org", "@type": "WebPage", "datePublished": published}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def with_body_attr(html: str, attr: str) -> str:
    return html.replace("<body>", f"<body {attr}>", 1)


def test_body_pubdate_marks_the_webpage_date_as_the_texts() -> None:
    html = with_body_attr(page(head=webpage_ld(DECLARED)), "data-pubdate='2024-02-10'")
    assert published(html) == "2024-02-10"


def test_webpage_date_unshown_without_a_body_declaration_dates_nothing() -> None:
    assert published(page(head=webpage_ld(DECLARED))) is None


def test_body_pubdate_alone_dates_the_page() -> None:
    assert published(with_body_attr(page(), "data-publish-date='2024-02-10'")) == "2024-02-10"


def test_bare_body_data_date_declares_nothing() -> None:
    assert published(with_body_attr(page(), "data-date='2024-02-10'")) is None
