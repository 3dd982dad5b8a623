"""Date traps of session 7: one hand-written page per generic pattern, each with a twin that
must keep the other date.

Expected values are read off each snippet. A publication date declared in structured data
alone (JSON-LD or microdata) that the page never shows gives way to the update the page shows
by its headline, labelled ("Updated Jun 3, 2025") or not; the same date repeated in an Open
Graph `article:published_time`, or shown anywhere on the page, stands. A `<time>` in a card
that links to the page itself (a "Recent posts" list) dates a page with no other date; cards of
other posts and hidden stamps date nothing. A `<meta>` name ending with a publication-date name
behind a prefix ("acme-published-date") declares the date; another prefixed date does not. A
line that names the text's first publication ("originally published on 26 Sep 2019", in the 11
languages) outranks the byline's later stamp, but not a declared date, and a year alone is no
date. A thread that declares no date is dated by the date beside its first post's number ("#1"),
before or after it, not by a member's join date above it; "#12" or a "#1" inside a sentence
dates nothing.
"""

from __future__ import annotations

import pytest

import articlekit
from harbour import HEADLINE, P1, P2, article_ld
from harbour import gazette_page as page

DECLARED = "2024-02-10T08:00:00+00:00"  # the publication date the page declares
UPDATED = "2025-06-03T09:30:00+00:00"  # the update it declares


OG_PUBLISHED = f"<meta property='article:published_time' content='{DECLARED}'>"
BYLINE_UPDATED = "<div class='byline'>By Jane Doe · Updated June 3, 2025</div>"
BYLINE_BARE = "<div class='byline'>By Jane Doe · June 3, 2025</div>"


def published(html: str) -> str | None:
    return (articlekit.extract(html).published or "")[:10] or None


def test_structured_only_date_gives_way_to_the_shown_update() -> None:
    html = page(header=BYLINE_UPDATED, head=article_ld(DECLARED, UPDATED))
    assert published(html) == "2025-06-03"


def test_open_graph_date_keeps_the_publication() -> None:
    # The same publication date declared twice: the site stands behind it.
    html = page(header=BYLINE_UPDATED, head=article_ld(DECLARED, UPDATED) + OG_PUBLISHED)
    assert published(html) == "2024-02-10"


def test_publication_shown_below_keeps_the_publication() -> None:
    after = "<p class='note'>First published on February 10, 2024.</p>"
    html = page(header=BYLINE_UPDATED, head=article_ld(DECLARED, UPDATED), after=after)
    assert published(html) == "2024-02-10"


def test_unlabelled_shown_update_dates_a_structured_only_page() -> None:
    # The byline shows the declared update's day without a label.
    html = page(header=BYLINE_BARE, head=article_ld(DECLARED, UPDATED))
    assert published(html) == "2025-06-03"


def test_unlabelled_shown_update_keeps_an_open_graph_date() -> None:
    html = page(header=BYLINE_BARE, head=article_ld(DECLARED, UPDATED) + OG_PUBLISHED)
    assert published(html) == "2024-02-10"


def test_microdata_only_date_gives_way_to_the_shown_update() -> None:
    header = (
        f"<meta itemprop='datePublished' content='{DECLARED}'>"
        f"<meta itemprop='dateModified' content='{UPDATED}'>{BYLINE_UPDATED}"
    )
    html = page(header=header).replace(
        "<article>", "<article itemscope itemtype='https://schema.org/Article'>"
    )
    assert published(html) == "2025-06-03"


def test_modified_stamp_never_shown_changes_nothing() -> None:
    # No update shown by the headline: the declared publication stands.
    html = page(head=article_ld(DECLARED, UPDATED))
    assert published(html) == "2024-02-10"


# A post page that shows no date of its own; its sidebar's "Recent posts" list holds a card
# for this very post (with its date) and one for an older post.
OWN_URL = "https://gazette.example/blog/harbour-budget"


def recent_posts(first_href: str) -> str:
    return (
        "<aside class='sidebar'><h3>Recent posts</h3>"
        f"<div class='post-item'><h4><a href='{first_href}'>{HEADLINE}</a></h4>"
        "<time datetime='2025-12-02'>December 02, 2025</time></div>"
        "<div class='post-item'><h4><a href='/blog/ferry-timetable'>Ferry timetable</a></h4>"
        "<time datetime='2024-12-11'>December 11, 2024</time></div></aside>"
    )


def test_own_card_in_a_recent_posts_list_dates_the_page() -> None:
    html = page(tail=recent_posts("/blog/harbour-budget/"))
    assert (articlekit.extract(html, url=OWN_URL).published or "")[:10] == "2025-12-02"


def test_cards_of_other_posts_date_nothing() -> None:
    html = page(tail=recent_posts("/blog/winter-moorings"))
    assert articlekit.extract(html, url=OWN_URL).published is None


def test_own_link_beside_a_hidden_stamp_dates_nothing() -> None:
    after = (
        "<div><time style='display:none' datetime='2025-11-19'>November 19, 2025</time>"
        f"<a href='{OWN_URL}'>Permalink</a></div>"
    )
    assert articlekit.extract(page(tail=after), url=OWN_URL).published is None


def test_prefixed_publication_meta_dates_the_page() -> None:
    # A theme's own name for the publication date, behind its prefix.
    head = "<meta name='acme-published-date' content='2025-05-27T06:03:43Z'>"
    assert published(page(head=head)) == "2025-05-27"


def test_prefixed_other_date_meta_dates_nothing() -> None:
    head = "<meta name='acme-expiry-date' content='2025-05-27T06:03:43Z'>"
    assert published(page(head=head)) is None


# A re-dated article: its byline shows the day of its last revision, and a disclaimer below
# the article names the day it first appeared.
BYLINE_REDATED = "<div class='byline'>Jane Doe · 30 Sep 2022, 11:07am</div>"


def test_originally_published_disclaimer_dates_the_article() -> None:
    tail = (
        "<p class='disclaimer'>This article was originally published on 26 Sep 2019 at "
        "4:12pm but has been regularly updated to keep the information current.</p>"
    )
    assert published(page(header=BYLINE_REDATED, tail=tail)) == "2019-09-26"


def test_originally_published_in_german() -> None:
    tail = "<p>Dieser Artikel wurde ursprünglich veröffentlicht am 26.09.2019.</p>"
    assert published(page(header=BYLINE_REDATED, tail=tail)) == "2019-09-26"


def test_first_published_without_a_day_keeps_the_byline_date() -> None:
    tail = "<p>The harbour charter was first published in 1954 by the town council.</p>"
    assert published(page(header=BYLINE_REDATED, tail=tail)) == "2022-09-30"


def test_declared_date_outranks_the_disclaimer() -> None:
    tail = "<p>This article was originally published on 26 Sep 2019.</p>"
    head = article_ld("2022-09-30T11:07:00+10:00")
    assert published(page(header=BYLINE_REDATED, head=head, tail=tail)) == "2022-09-30"


@pytest.mark.parametrize(
    "line",
    [
        "Article publié initialement le 26.09.2019.",
        "Artículo publicado originalmente el 26.09.2019.",
        "Artigo publicado originalmente em 26.09.2019.",
        "Articolo pubblicato originariamente il 26.09.2019.",
        "Dit artikel is oorspronkelijk gepubliceerd op 26.09.2019.",
        "Впервые опубликовано 26.09.2019.",
        "Artykuł pierwotnie opublikowano 26.09.2019.",
        "本文首次发布于2019年9月26日。",
        "初出：2019年9月26日",
        "نُشر في الأصل في 26.09.2019",
    ],
)
def test_originally_published_in_other_languages(line: str) -> None:
    assert published(page(header=BYLINE_REDATED, tail=f"<p>{line}</p>")) == "2019-09-26"


def thread(first_head: str, second_head: str) -> str:
    """A discussion thread that declares no date: its title, then two posts, each with its
    writer's card (and the day the writer joined) and a header line with its date and its
    number."""
    posts = "".join(
        f"<div class='post'><div class='post-author'><b>user{i}</b> <span>Joined</span> "
        f"<span>Nov 6, 2020</span></div><div class='post-head'>{head}</div>"
        f"<div class='post-body'><p>{text}</p></div></div>"
        for i, (head, text) in enumerate(((first_head, P1), (second_head, P2)), start=1)
    )
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{HEADLINE} - Harbour Forum</title></head><body>"
        "<header class='masthead'><a href='/'>Harbour Forum</a></header>"
        f"<main><h1>{HEADLINE}</h1>{posts}</main>"
        "<footer><p>© Harbour Forum.</p></footer></body></html>"
    )


def test_first_post_date_before_its_number_dates_the_thread() -> None:
    html = thread(
        "<span>30th March 2025, 16:26</span> <a href='#p1'>#1</a>",
        "<span>2nd April 2025, 09:12</span> <a href='#p2'>#2</a>",
    )
    assert published(html) == "2025-03-30"


def test_first_post_date_after_its_number_dates_the_thread() -> None:
    html = thread(
        "<a href='#p1'>#1</a> <a href='/p/1'>2025-11-01 15:14:37</a>",
        "<a href='#p2'>#2</a> <a href='/p/2'>2025-11-02 06:23:21</a>",
    )
    assert published(html) == "2025-11-01"


def test_a_ranking_number_is_no_post_number() -> None:
    # "#1" inside a sentence, its date words away: no post header.
    html = thread(
        "<span>Our #1 pick since the refit of May 3, 2024</span>",
        "<span>Reply</span>",
    )
    assert published(html) != "2024-05-03"


def test_post_twelve_is_not_the_first_post() -> None:
    html = thread(
        "<span>30th March 2025, 16:26</span> <a href='#p12'>#12</a>",
        "<span>2nd April 2025, 09:12</span> <a href='#p13'>#13</a>",
    )
    assert published(html) != "2025-03-30"
