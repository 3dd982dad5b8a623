"""Author patterns of session 5: one hand-written snippet per generic byline pattern.

Expected values are read off each snippet by eye. A declared author that is not a person's
name ("Harbour Desk", "qadmin") is the byline only where the page shows it as one by the
headline; a declaration alone, or a mention of the name in a sentence or a menu, is not.
"""

from __future__ import annotations

import json

import articlekit
from harbour import HEADLINE, P1, P2, P3, P4

PARAS = "".join(f"<p>{p}</p>" for p in (P1, P2, P3, P4))


def page(header: str = "", head: str = "", before: str = "", after: str = "") -> str:
    """A whole page: masthead, one article (`before`, headline, `header`, body, `after`)."""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{HEADLINE} | The Coast Courier</title>{head}</head><body>"
        "<header class='masthead'><a href='/'>The Coast Courier</a>"
        "<nav><a href='/news'>News</a> <a href='/sport'>Sport</a></nav></header>"
        f"<main><article>{before}<header><h1>{HEADLINE}</h1>{header}</header>"
        f"{PARAS}{after}</article></main>"
        "<footer><p>© 2025 The Coast Courier</p></footer></body></html>"
    )


def ld_author(author: object) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": HEADLINE,
        "author": author,
    }
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def authors(html: str) -> list[str]:
    return list(articlekit.extract(html).authors)


# --------------------------------------------------------------------------- declared, shown


def test_declared_team_shown_by_headline_is_the_byline() -> None:
    head = "<meta name='author' content='Harbour Desk Team'>"
    header = "<div class='meta'>By: Harbour Desk Team | May 2, 2024</div>"
    assert authors(page(header, head)) == ["Harbour Desk Team"]


def test_declared_user_name_shown_beside_date_is_the_byline() -> None:
    head = ld_author({"@type": "Person", "name": "qadmin"})
    header = "<div><span>October 8, 2024</span> <span>qadmin</span></div>"
    assert authors(page(header, head)) == ["qadmin"]


def test_declared_team_not_shown_is_not_taken() -> None:
    head = "<meta name='author' content='Harbour Desk Team'>"
    assert authors(page("", head)) == []


def test_declared_name_in_a_sentence_is_no_byline() -> None:
    head = "<meta name='author' content='Quayside Team'>"
    header = "<p>Ask the Quayside Team to book a mooring for the summer season.</p>"
    assert authors(page(header, head)) == []


def test_declared_name_in_a_menu_is_no_byline() -> None:
    head = "<meta name='author' content='Quayside Team'>"
    before = "<nav class='menu'><a href='/'>Quayside Team</a> <a href='/blog'>Blog</a></nav>"
    assert authors(page("", head, before=before)) == []


# --------------------------------------------------------------------------- shown, not declared


def test_labelled_team_byline_is_taken() -> None:
    header = "<p class='byline'>By the Harbour Desk | 4 min read</p>"
    assert authors(page(header)) == ["the Harbour Desk"]


def test_labelled_team_byline_in_other_languages() -> None:
    for label in ("Von", "Par", "Por", "Door", "Di"):
        header = f"<p class='byline'>{label} Redaktion Hafen Team</p>"
        assert authors(page(header)) == ["Redaktion Hafen Team"], label


def test_labelled_user_name_is_taken() -> None:
    header = "<p class='byline'>12/19/2025 by jdoe</p>"
    assert authors(page(header)) == ["jdoe"]


def test_name_marked_team_line_is_taken() -> None:
    header = "<div class='author-name'>Quayside Staff <span>September 4, 2025</span></div>"
    assert authors(page(header)) == ["Quayside Staff"]


def test_user_name_filed_in_a_section_keeps_the_name() -> None:
    header = "<p class='byline'>By HarbourFan in Boats</p>"
    assert authors(page(header)) == ["HarbourFan"]


def test_byline_line_of_category_and_date_is_no_author() -> None:
    header = "<div class='byline'><span>March 20, 2023</span> <a>Wellness &amp; Care</a></div>"
    assert authors(page(header)) == []


def test_sentence_after_by_is_no_author() -> None:
    header = (
        "<p class='byline'>By subscribing, you agree to receive our marketing emails and accept "
        "the privacy policy of the site.</p>"
    )
    assert authors(page(header)) == []


def test_reviewer_team_is_no_author() -> None:
    header = "<p class='byline'>Reviewed by the Harbour Desk</p>"
    assert authors(page(header)) == []


def test_team_named_on_is_kept_whole() -> None:
    header = "<p class='byline'>Written by Quayside On</p>"
    assert authors(page(header)) == ["Quayside On"]


# --------------------------------------------------------------------------- lines by the headline


def test_dated_name_line_just_above_the_headline() -> None:
    before = "<div><span>Dec 17, 2025</span><span>Jane K. Doe</span></div>"
    assert authors(page(before=before)) == ["Jane K. Doe"]


def test_dated_name_line_with_the_section_it_was_filed_in() -> None:
    header = "<p>Dec 26, 2025 • Jane Doe in Harbour Affairs</p>"
    assert authors(page(header)) == ["Jane Doe"]


def test_label_after_a_date_on_an_unmarked_line() -> None:
    header = "<div><span>Feb 6, 2025</span> <p>By 3i Harbour</p></div>"
    assert authors(page(header)) == ["3i Harbour"]


def test_byline_line_of_many_parts() -> None:
    header = (
        "<div class='post-card__meta'><span>By</span> <span>The Quayside Team</span> <i>|</i> "
        "<span>6</span> <span>mins</span> <i>|</i> <span>February 28, 2026</span></div>"
    )
    assert authors(page(header)) == ["The Quayside Team"]


def test_category_line_by_the_headline_is_no_author() -> None:
    header = "<div class='meta'><a>Ferries &amp; Harbours</a> · <span>May 2, 2024</span></div>"
    assert authors(page(header)) == []


# --------------------------------------------------------------------------- labels and lists


def test_this_post_was_written_by() -> None:
    header = "<p>This post was written by Jane Doe, MD, harbour physician.</p>"
    assert authors(page(header)) == ["Jane Doe"]


def test_written_by_in_other_languages() -> None:
    for label in ("Escrito por", "Scritto da", "Geschreven door", "Écrit par", "Geschrieben von"):
        header = f"<p class='byline'>{label} Ana Souto</p>"
        assert authors(page(header)) == ["Ana Souto"], label


def test_site_name_beside_declared_persons_is_the_publisher() -> None:
    head = "<meta property='og:site_name' content='Harbour Tales'>" + ld_author(
        [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "Harbour Tales"}]
    )
    assert authors(page("", head)) == ["Jane Doe"]


def test_affiliation_marks_after_names() -> None:
    header = "<p class='authors'>Jane Doe 1, John Roe 2,3 and Ann Lee*</p>"
    assert authors(page(header)) == ["Jane Doe", "John Roe", "Ann Lee"]


def test_number_written_onto_a_user_name_stays() -> None:
    head = ld_author({"@type": "Person", "name": "Seafarer06"})
    header = "<p class='byline'>By Seafarer06</p>"
    assert authors(page(header, head)) == ["Seafarer06"]


# --------------------------------------------------------------------------- labelled, anywhere

ARTICLE_LD = ld_author(None).replace(', "author": null', "")
# Elements enough to set what follows them apart from the headline.
FILLER = "<div class='gallery'>" + "<span>·</span>" * 60 + "</div>"


def test_posted_by_line_under_the_text_on_a_declared_article() -> None:
    after = FILLER + "<footer><p>Posted by Jane Doe on 2025-12-18 in harbour.</p></footer>"
    assert authors(page("", ARTICLE_LD, after=after)) == ["Jane Doe"]


def test_label_in_its_own_element_under_the_text() -> None:
    after = FILLER + "<section><h4>Written by</h4><p>Jane Doe</p></section>"
    assert authors(page("", ARTICLE_LD, after=after)) == ["Jane Doe"]


def test_byline_far_above_the_headline() -> None:
    before = "<p>By Jane Doe</p>" + "".join(f"<div><span>{i}</span></div>" for i in range(30))
    assert authors(page("", ARTICLE_LD, before=before)) == ["Jane Doe"]


def test_lines_naming_different_people_are_teasers() -> None:
    after = FILLER + (
        "<div><h3>More stories</h3><p>By Jane Doe</p><p>A ferry timetable</p>"
        "<p>By John Roe</p><p>A new lighthouse</p></div>"
    )
    assert authors(page("", ARTICLE_LD, after=after)) == []


def test_labelled_line_on_an_undeclared_page_is_not_read_far_away() -> None:
    after = FILLER + "<footer><p>Posted by Jane Doe on 2025-12-18 in harbour.</p></footer>"
    assert authors(page("", after=after)) == []


def test_filter_by_label_is_no_byline() -> None:
    after = FILLER + "<ul><li>By Use Case</li><li>By Region</li></ul>"
    assert authors(page("", ARTICLE_LD, after=after)) == []


# --------------------------------------------------------------------------- bare name lines


def test_bare_name_by_headline_named_again_in_an_author_box() -> None:
    header = "<div><span>Jane Doe</span></div>"
    after = "<div class='author-box'><h4>Jane Doe</h4><p>Jane writes about harbours.</p></div>"
    assert authors(page(header, after=after)) == ["Jane Doe"]


def test_bare_name_by_headline_with_all_posts_by_link() -> None:
    header = "<p>Jane Doe</p>"
    after = "<p><a href='/jane'>All articles by Jane Doe</a></p>"
    assert authors(page(header, after=after)) == ["Jane Doe"]


def test_topic_chip_by_headline_is_no_author() -> None:
    header = "<p><a href='/topics/harbour-policy'>Harbour Policy</a></p>"
    after = "<p>Harbour Policy is set by the council every spring.</p>"
    assert authors(page(header, after=after)) == []


def test_browse_by_topic_does_not_make_a_topic_an_author() -> None:
    header = "<label>Subject Area</label>"
    after = "<h2>Browse by Subject Area</h2>"
    assert authors(page(header, after=after)) == []


def test_caption_name_is_no_author() -> None:
    header = "<figure><img src='a.jpg' alt=''><figcaption>Jane Doe</figcaption></figure>"
    after = "<p>Written by Jane Doe's neighbour, a letter.</p>"
    assert authors(page(header, after=after)) == []


def test_team_in_an_author_page_link_is_the_byline() -> None:
    header = "<div><a href='/author/quayside-team/'>The Quayside Team</a> Published | May 2</div>"
    assert authors(page(header)) == ["The Quayside Team"]
