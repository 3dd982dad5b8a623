"""Author patterns of session 6: one hand-written snippet per generic byline pattern.

Expected values are read off each snippet by eye; every pattern has a case that must not be
taken beside it.
"""

from __future__ import annotations

import json

import articlekit
from harbour import HEADLINE, P1, P2, P3, P4

PARAS = "".join(f"<p>{p}</p>" for p in (P1, P2, P3, P4))


def page(header: str = "", after: str = "", article: bool = True) -> str:
    """A whole page: masthead, one article (headline, `header`, body, `after`)."""
    head = "<meta property='og:type' content='article'>" if article else ""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{HEADLINE} | The Coast Courier</title>{head}</head><body>"
        "<header class='masthead'><a href='/'>The Coast Courier</a>"
        "<nav><a href='/news'>News</a> <a href='/sport'>Sport</a></nav></header>"
        f"<main><article><header><h1>{HEADLINE}</h1>{header}</header>"
        f"{PARAS}{after}</article></main>"
        "<footer><p>© 2025 The Coast Courier</p></footer></body></html>"
    )


def authors(html: str) -> list[str]:
    return list(articlekit.extract(html).authors)


# --------------------------------------------------------------------------- co-author links


def test_one_author_link_per_name_in_one_line() -> None:
    header = (
        "<div class='byline'><a href='/author/mara-quill/'>Mara Quill</a>, "
        "<a href='/author/tobias-renn/'>Tobias Renn</a> &amp; "
        "<a href='/author/ilse-varga/'>Ilse Varga</a></div>"
    )
    assert authors(page(header)) == ["Mara Quill", "Tobias Renn", "Ilse Varga"]


def test_author_links_with_words_between_are_not_co_authors() -> None:
    header = (
        "<div><a class='author' href='/author/mara-quill/'>Mara Quill</a> "
        "talks to <a class='author' href='/author/tobias-renn/'>Tobias Renn</a></div>"
    )
    assert authors(page(header)) == ["Mara Quill"]


# --------------------------------------------------------------------------- dated name line


TEASER = (
    "<aside><h2>More stories</h2><ul>"
    "<li><span rel='author'>Ilse Varga</span> <time>3 May 2024</time>"
    "<h3><a href='/story/nets'>Nets mended at dawn</a></h3></li></ul></aside>"
)


def test_dated_name_line_by_headline_outranks_a_teaser_author() -> None:
    header = "<div><p>Mara Quill, Tobias Renn</p><time>24 Apr 2024 • 3 min read</time></div>"
    assert authors(page(header, after=TEASER)) == ["Mara Quill", "Tobias Renn"]


def test_dated_line_of_words_is_no_byline() -> None:
    header = "<div><p>Harbour news</p><time>24 Apr 2024</time></div>"
    assert "Harbour news" not in authors(page(header, after=TEASER))


# --------------------------------------------------------------------------- author boxes


def test_author_box_whose_label_names_the_author() -> None:
    after = (
        "<div class='post-author'><div class='author-avatar'><img src='/m.png' alt=''></div>"
        "<div class='author-bio'>This post was written by Mara Quill, Head of Harbour "
        "Operations and Community Outreach</div></div>"
    )
    assert authors(page(after=after)) == ["Mara Quill"]


def test_author_box_without_label_or_repeat_names_nobody() -> None:
    after = (
        "<div class='author-bio'>Mara Quill, Head of Harbour Operations and Community "
        "Outreach</div>"
    )
    assert authors(page(after=after)) == []


# --------------------------------------------------------------------------- labelled cards


def test_article_written_by_heading_over_a_name_with_credentials() -> None:
    after = (
        "<section><h2>Article written by:</h2><div><img src='/q.png' alt='Portrait'>"
        "<h3>Mara Quill, MD, FACP</h3></div></section>"
    )
    assert authors(page(after=after)) == ["Mara Quill"]


def test_article_written_by_heading_over_a_sentence_is_no_byline() -> None:
    after = (
        "<section><h2>Article written by:</h2><p>our harbour team, who check every tide "
        "table twice before it goes to print each week.</p></section>"
    )
    assert authors(page(after=after)) == []


# --------------------------------------------------------------------------- more cards


def test_list_of_names_under_an_authors_label() -> None:
    after = (
        "<aside><h6>Author(s)</h6><ul><li><a href='/lib?a=1'>Mara Quill</a></li>"
        "<li><a href='/lib?a=2'>Tobias Renn</a></li></ul></aside>"
    )
    assert authors(page(after=after)) == ["Mara Quill", "Tobias Renn"]


def test_list_of_phrases_under_an_authors_label_names_nobody() -> None:
    after = (
        "<aside><h6>Authors</h6><ul><li>Write for the harbour newsletter today</li>"
        "<li>Send us your tide photographs</li></ul></aside>"
    )
    assert authors(page(after=after)) == []


PORTRAIT = "<div><img class='avatar' src='/a.png' alt='Photo of author'></div>"


def test_card_with_a_first_person_bio() -> None:
    after = (
        f"<div class='card'>{PORTRAIT}<div><h5>Mara Quill</h5>"
        "<p>Hello and welcome! I'm the editor and founder of this harbour guide, and I have "
        "sailed these waters for twenty years.</p></div></div>"
    )
    assert authors(page(after=after)) == ["Mara Quill"]


def test_first_person_bio_of_someone_else_names_nobody() -> None:
    after = (
        f"<div class='card'>{PORTRAIT}<div><h5>Harbour Notes</h5>"
        "<p>Hi, I'm Jen, and I share simple ideas for a life by the sea every week.</p>"
        "</div></div>"
    )
    assert authors(page(after=after)) == []


def test_screen_reader_heading_over_a_bio_names_nobody() -> None:
    after = (
        f"<aside class='sidebar'>{PORTRAIT}<h2 class='screen-reader-text'>Primary Sidebar</h2>"
        "<p>Hello! I'm a sailor and writer who loves quiet harbours and long tides.</p></aside>"
    )
    assert authors(page(after=after)) == []


# --------------------------------------------------------------------------- signature line


def test_signature_line_at_the_foot_of_the_text() -> None:
    after = (
        "<p><strong>Mara Quill</strong> <em>Harbour Correspondent &amp; Science Writer</em></p>"
        "<p>Mara writes about tides, boats and the people who mend them.</p>"
    )
    assert authors(page(after=after)) == ["Mara Quill"]


def test_bold_name_opening_a_sentence_is_no_signature() -> None:
    after = "<p><strong>Mara Quill</strong> said the tide came in late on Tuesday.</p>"
    assert authors(page(after=after)) == []


# --------------------------------------------------------------- declared, in author markup


def declared_page(author: str, after: str) -> str:
    """A page declaring `author` as a JSON-LD Organization, with `after` below the text."""
    data = {"@context": "https://schema.org", "@type": "Article", "headline": HEADLINE}
    data["author"] = {"@type": "Organization", "name": author}
    script = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    return page(after=FILLER + after).replace("</head>", f"{script}</head>", 1)


# Enough paragraphs that what follows stands far from the headline, past its byline window.
FILLER = PARAS * 25


def test_declared_team_shown_in_an_author_box_far_from_the_headline() -> None:
    after = (
        "<div class='post-info'><div class='post-author-info'><span>written by</span> "
        "<a href='/about/'>Harbour Editors</a></div></div>"
    )
    assert authors(declared_page("Harbour Editors", after)) == ["Harbour Editors"]


def test_declared_name_in_one_of_several_author_items_is_not_taken() -> None:
    after = (
        "<div class='author-list'><div role='listitem'><div class='author-name'>Quayside "
        "Labs</div></div><div role='listitem'><div class='author-name'>harbour works</div>"
        "</div></div>"
    )
    assert authors(declared_page("Quayside Labs", after)) == []


def test_declared_site_account_is_not_taken() -> None:
    after = "<div class='author'>Webmaster</div>"
    assert authors(declared_page("Webmaster", after)) == []


def test_declared_name_in_a_sentence_is_not_taken() -> None:
    after = "<p class='author-note'>Harbour Editors check every tide table twice.</p>"
    assert authors(declared_page("Harbour Editors", after)) == []


def test_reviewer_named_in_an_author_box_is_not_the_author() -> None:
    after = (
        "<div class='author-bio'><img src='/t.png' alt='Tobias Renn'><span>Reviewed by</span>"
        " <div><a class='author-name' href='/people/tobias-renn'>Tobias Renn</a></div>"
        "<p>Tobias Renn is a harbour pilot and editor.</p></div>"
    )
    assert "Tobias Renn" not in authors(page(after=after))


# --------------------------------------------------------------------------- far user-name byline


def test_one_posted_by_user_name_away_from_the_headline() -> None:
    after = FILLER + (
        "<span class='story-byline'>Posted by <a href='/~jdoe'>jdoe</a> on "
        "<time>Friday, December 19, 2025</time></span>"
    )
    assert authors(page(after=after)) == ["jdoe"]


def test_far_byline_cue_holding_a_sentence_names_nobody() -> None:
    after = FILLER + (
        "<span class='story-byline'>Posted by the harbour team for everyone who sails these "
        "waters and loves the long tides of the northern coast</span>"
    )
    assert authors(page(after=after)) == []


# --------------------------------------------------------------------------- standfirst credit


def test_standfirst_ending_with_a_capitalised_writer_credit() -> None:
    header = (
        "<div class='teaser'>December is a fine month to plant evergreen shrubs that will "
        "cheer the garden for years to come, says MARA QUILL.</div>"
    )
    assert authors(page(header)) == ["Mara Quill"]


def test_standfirst_quoting_a_source_in_plain_case_names_nobody() -> None:
    header = (
        "<div class='teaser'>December is a fine month to plant evergreen shrubs that will "
        "cheer the garden for years to come, says gardener Mara Quill.</div>"
    )
    assert authors(page(header)) == []


# --------------------------------------------------------------------------- author-box account


def test_author_box_naming_a_user_or_brand_account() -> None:
    after = (
        "<div class='author-box'><img class='avatar' src='/a.png' alt=''>"
        "<div class='author-box__text'><h4 class='author-box__name'>harbour works</h4>"
        "<div class='author-box__bio'>Boats, nets and tide tables since 1990.</div></div></div>"
    )
    assert authors(page(after=after)) == ["harbour works"]


def test_author_box_whose_name_part_is_a_link_label_names_nobody() -> None:
    after = (
        "<div class='author-box'><img class='avatar' src='/a.png' alt=''>"
        "<div class='author-box__text'><h4 class='author-box__name'>view all posts</h4>"
        "<div class='author-box__bio'>Boats, nets and tide tables since 1990.</div></div></div>"
    )
    assert authors(page(after=after)) == []
