"""Author and date traps of issue 4: one hand-written snippet per generic pattern.

Expected values are read off each snippet by eye, following the rules for `authors`,
`published` and `modified` (SPEC §1): person names from bylines and declarations, without
"By"; a date the page declares but never shows gives way to the one it shows; an update
stamp is never the published date; a web page's own stamp on a page that shows no date
dates no article.
"""

from __future__ import annotations

import json

import articlekit
from articlekit.metadata.people import split_byline

PARAS = "".join(
    f"<p>{p}</p>"
    for p in (
        "The river authority opened the new footbridge on Saturday morning after two years of "
        "delays, and hundreds of walkers crossed it within the first hour of its opening.",
        "Engineers said the deck had been raised by almost a metre to keep it clear of the "
        "winter floods that closed the old crossing for weeks at a time in recent years.",
        "Local traders welcomed the bridge, which links the market square with the new housing "
        "on the far bank, and several said their Saturday takings had doubled already.",
        "The authority plans a second crossing further downstream, though its funding has not "
        "yet been agreed and the council expects a decision only late next spring.",
    )
)
HEADLINE = "New footbridge opens over the river"


def page(header: str = "", after: str = "", head: str = "", h1: bool = True) -> str:
    """A whole page: masthead, one article (headline, `header`, body, `after`), footer."""
    title = f"<h1>{HEADLINE}</h1>" if h1 else ""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{HEADLINE} | The Valley Post</title>{head}</head><body>"
        "<header class='masthead'><a href='/'>The Valley Post</a></header>"
        f"<main><article><header>{title}{header}</header>"
        f"<div class='article-body'>{PARAS}</div>{after}</article></main>"
        "<footer><p>© The Valley Post.</p></footer></body></html>"
    )


def jsonld(data: dict) -> str:
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


# --------------------------------------------------------------------------- names


def test_an_initial_is_not_the_word_a() -> None:
    # "A." is an initial, not the article "a" that rules out phrases
    assert split_byline("By A. J. Marsh") == ["A. J. Marsh"]
    assert split_byline("Jon A. Reeve") == ["Jon A. Reeve"]


def test_a_declared_name_in_lower_case_is_a_name() -> None:
    html = page(head="<meta name='author' content='kirsten holm'>")
    assert list(articlekit.extract(html).authors) == ["kirsten holm"]


def test_lower_case_words_in_a_visible_line_are_no_name() -> None:
    assert split_byline("posted in news") == []
    assert split_byline("kirsten holm") == []  # not declared: running text
    assert split_byline("posted in news", single=True) == []


def test_the_written_by_card_label_declares_the_author() -> None:
    head = (
        "<meta name='twitter:label1' content='Written by'>"
        "<meta name='twitter:data1' content='Tomas Berg'>"
        "<meta name='twitter:label2' content='Est. reading time'>"
        "<meta name='twitter:data2' content='4 minutes'>"
    )
    assert list(articlekit.extract(page(head=head)).authors) == ["Tomas Berg"]


def test_other_card_labels_declare_no_author() -> None:
    head = (
        "<meta name='twitter:label1' content='Est. reading time'>"
        "<meta name='twitter:data1' content='Lena Park'>"
    )
    assert list(articlekit.extract(page(head=head)).authors) == []


def test_a_by_label_set_apart_by_markup_only() -> None:
    header = "<div class='x1 y2'><span class='k9'>By</span><span>Lena Park</span></div>"
    assert list(articlekit.extract(page(header)).authors) == ["Lena Park"]


def test_a_byline_in_a_meta_line_with_a_comment_count() -> None:
    # a comment-count link beside the byline may make the line chrome; the byline by the
    # headline is still the article's
    header = (
        "<div class='article__meta'><time>Mar 4, 2025</time>"
        "<p class='text-with-icon'>By Lena Park</p>"
        "<a href='#blog-post-comments' class='text-with-icon'>0 comments</a></div>"
    )
    assert list(articlekit.extract(page(header)).authors) == ["Lena Park"]


def test_a_labelled_author_link_far_from_the_headline() -> None:
    after = (
        "<div class='post-footer'><p class='small'>Written by "
        "<a href='/blog/author/tomas-berg'>Tomas Berg</a></p></div>"
    )
    assert list(articlekit.extract(page(after=after)).authors) == ["Tomas Berg"]


def test_an_author_link_without_a_label_is_no_byline() -> None:
    after = "<p>More stories: <a href='/blog/author/tomas-berg'>see the archive</a></p>"
    assert list(articlekit.extract(page(after=after)).authors) == []


# --------------------------------------------------------------------------- dates


def test_an_unlabelled_span_of_an_update_stamp_is_no_published_date() -> None:
    header = (
        "<div class='post-meta'><span class='post-date'>Last updated on "
        "<span class='date'>May 6, 2024</span></span></div>"
    )
    # declared first publication (never shown): the update's span must not replace it
    head = "<meta property='article:published_time' content='2024-03-01'>"
    art = articlekit.extract(page(header, head=head))
    assert art.published == "2024-03-01"
    assert art.modified == "2024-05-06"


def test_the_shown_day_beats_a_declared_stamp_of_another_day() -> None:
    # declared two days later (an import's stamp); the page shows only its own day
    head = "<meta property='article:published_time' content='2024-05-07T02:30:00+00:00'>"
    header = "<p class='byline'><time datetime='2024-05-05T10:30:00-05:00'>May 5, 2024</time></p>"
    assert (articlekit.extract(page(header, head=head)).published or "")[:10] == "2024-05-05"


def test_a_declared_day_the_page_shows_is_kept() -> None:
    head = "<meta property='article:published_time' content='2024-05-09T09:00:00+00:00'>"
    header = "<p class='byline'><time>May 6, 2024</time></p>"
    after = "<p class='note'>First printed in our edition of May 9, 2024.</p>"
    published = articlekit.extract(page(header, after=after, head=head)).published
    assert (published or "")[:10] == "2024-05-09"


WEBPAGE = jsonld(
    {
        "@context": "https://schema.org",
        "@type": "WebPage",
        "name": HEADLINE,
        "datePublished": "2019-03-02T10:00:00+00:00",
        "dateModified": "2023-01-15T10:00:00+00:00",
    }
)


def test_a_web_page_stamp_on_a_page_without_date_or_author_dates_nothing() -> None:
    art = articlekit.extract(page(head=WEBPAGE))
    assert art.published is None
    assert art.modified is None


def test_a_web_page_stamp_with_an_article_time_is_kept() -> None:
    head = WEBPAGE + "<meta property='article:published_time' content='2019-03-02T10:00:00+00:00'>"
    assert (articlekit.extract(page(head=head)).published or "")[:10] == "2019-03-02"


def test_a_web_page_stamp_on_a_page_with_a_byline_dates_nothing() -> None:
    # (session 5: a byline does not make the page's own unshown stamp the article's date)
    header = "<p class='byline'>By Lena Park</p>"
    art = articlekit.extract(page(header, head=WEBPAGE))
    assert art.published is None


def test_a_shown_day_next_to_the_declared_instant_keeps_the_declared_one() -> None:
    # 01:30 UTC on May 7 is the evening of May 6 in America: the same moment
    head = "<meta property='article:published_time' content='2024-05-07T01:30:00+00:00'>"
    header = "<p class='byline'><time>May 6, 2024</time></p>"
    assert (articlekit.extract(page(header, head=head)).published or "")[:10] == "2024-05-07"


def test_a_shown_update_day_does_not_replace_the_declared_publication() -> None:
    head = (
        "<meta property='article:published_time' content='2021-02-03T09:00:00+00:00'>"
        "<meta property='article:modified_time' content='2024-05-06T09:00:00+00:00'>"
    )
    header = "<p class='byline'><time>May 6, 2024</time></p>"
    assert (articlekit.extract(page(header, head=head)).published or "")[:10] == "2021-02-03"


def test_a_date_in_a_table_row_is_no_publication_date() -> None:
    after = "<table><tr><td>1/1/2013</td><td>+13.1%</td></tr></table>"
    header = "<table><tr><td>3/4/2012</td><td>+2.0%</td></tr></table>"
    assert articlekit.extract(page(header, after=after)).published is None


def test_the_name_part_of_a_byline_that_reads_as_no_name() -> None:
    header = (
        "<div class='post__author'><img src='/a.jpg' alt=''><div class='post__author__info'>"
        "<span class='post__author__name'>Tomas Berg</span>"
        "<span class='post__author__position'>Founder at Riverside Tools</span></div></div>"
    )
    assert list(articlekit.extract(page(header)).authors) == ["Tomas Berg"]


def test_a_teaser_cards_author_does_not_outrank_the_declared_one() -> None:
    head = jsonld(
        {
            "@type": "BlogPosting",
            "headline": HEADLINE,
            "author": {"@type": "Person", "name": "Lena Park"},
        }
    )
    long_text = "".join(f"<p>Paragraph {n} of the long report goes on.</p>" for n in range(90))
    after = long_text + (
        "<div class='recent'><div class='card'><a href='/other'>Another story</a>"
        "<a class='card-author-name' href='/team/tomas'>Tomas Berg</a></div></div>"
    )
    assert list(articlekit.extract(page(after=after, head=head)).authors) == ["Lena Park"]


def test_a_header_block_around_the_headline_is_no_byline() -> None:
    # "credits" in a category class of the block that holds the headline
    html = page(h1=False).replace(
        "<header>",
        "<header><div class='hero category-tax-credits'><a href='/c/tax'>Tax Planning</a>"
        f"<h1>{HEADLINE}</h1></div><p class='byline'>By Lena Park</p>",
        1,
    )
    assert list(articlekit.extract(html).authors) == ["Lena Park"]


def test_a_reviewer_link_in_the_byline_is_not_the_author() -> None:
    head = "<meta name='author' content='Lena Park'>"
    header = (
        "<ul class='entry-byline'><li class='entry__byline-date'>May 6, 2024</li>"
        "<li><a class='entry__byline-reviewer-link' href='/people/tomas'>Tomas Berg, CPA</a>"
        "</li></ul>"
    )
    assert list(articlekit.extract(page(header, head=head)).authors) == ["Lena Park"]


def test_a_name_and_job_title_card_by_the_headline() -> None:
    header = (
        "<div class='card'><img src='/p.jpg' alt='Lena Park'><div><p class='t1'>Lena Park</p>"
        "<p class='t2'>Tech Writer</p></div></div>"
    )
    assert list(articlekit.extract(page(header)).authors) == ["Lena Park"]


def test_a_quoted_persons_name_and_title_given_once_is_no_byline() -> None:
    header = "<div class='quote'><p class='t1'>Lena Park</p><p class='t2'>Sales Director</p></div>"
    assert list(articlekit.extract(page(header)).authors) == []


def test_a_name_followed_by_no_job_title_is_no_byline() -> None:
    header = "<div class='card'><p class='t1'>Lena Park</p><p class='t2'>Riverside</p></div>"
    assert list(articlekit.extract(page(header)).authors) == []


def test_a_meta_line_that_opens_with_its_date() -> None:
    header = "<p class='x'>Dec 26, 2025 • Lena Park in Project Planning</p>"
    assert articlekit.extract(page(header)).published == "2025-12-26"


def test_a_sentence_that_opens_with_a_date_is_no_date_line() -> None:
    header = "<p class='x'>Dec 26, 2025 was the day the old crossing finally closed for good.</p>"
    assert articlekit.extract(page(header)).published is None


def test_a_labelled_publication_date_far_from_the_headline() -> None:
    long_text = "".join(f"<p>Paragraph {n} of the long report goes on.</p>" for n in range(90))
    after = (
        long_text
        + "<div class='post-meta'><span class='published-date'>"
        + "Published On: 15 August 2025</span></div>"
    )
    assert articlekit.extract(page(after=after)).published == "2025-08-15"


def test_an_unlabelled_date_far_from_the_headline_is_not_taken() -> None:
    long_text = "".join(f"<p>Paragraph {n} of the long report goes on.</p>" for n in range(90))
    after = long_text + "<div class='post-meta'><span class='date'>15 August 2025</span></div>"
    assert articlekit.extract(page(after=after)).published is None


def test_a_labelled_date_at_the_foot_beats_an_unshown_declared_one() -> None:
    head = "<meta property='article:published_time' content='2025-11-29T12:00:00-05:00'>"
    long_text = "".join(f"<p>Paragraph {n} of the long report goes on.</p>" for n in range(90))
    after = long_text + (
        "<div class='article-published'>Published "
        "<time datetime='2025-08-13'>August 13, 2025</time></div>"
    )
    assert articlekit.extract(page(after=after, head=head)).published == "2025-08-13"


def test_a_labelled_date_of_a_teaser_card_is_not_the_articles() -> None:
    long_text = "".join(f"<p>Paragraph {n} of the long report goes on.</p>" for n in range(90))
    after = long_text + (
        "<ul class='more'><li><article><a href='/other'>Another story</a>"
        "<time>Published March 6, 2026</time></article></li></ul>"
    )
    assert articlekit.extract(page(after=after)).published is None


def test_a_numeric_date_read_the_other_way_is_the_declared_day() -> None:
    # "11.03.17" is November 3 month-first: the declared day, not March 11
    head = "<meta property='article:published_time' content='2017-11-03T03:01:00'>"
    header = "<div class='meta'>Lena Park 11.03.17 in Gadgets</div>"
    assert (articlekit.extract(page(header, head=head)).published or "")[:10] == "2017-11-03"
