"""Field traps: one small hand-written page per trap, with the value read off the page.

Every expectation here comes from SPEC §1 ("Article fields", "Rules for fields") and the field
definitions of the wcxb-dev-fields corpus README (headline, dek, update notes, captions,
credits), never from the extractor's own output.
"""

from __future__ import annotations

import json
from datetime import datetime

import articlekit
from articlekit import Note
from harbour import HEADLINE, P1, P2, P3, P4

PARAS = "".join(f"<p>{p}</p>" for p in (P1, P2, P3, P4))
TITLE = f"{HEADLINE} | The Coast Courier"


def page(body: str, head: str = "", title: str = TITLE) -> str:
    """A whole English HTML document around `body`."""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title}</title>{head}</head><body>{body}</body></html>"
    )


def article_page(header: str = f"<h1>{HEADLINE}</h1>", body: str = PARAS, head: str = "") -> str:
    """A page with a site header, one <article> (header + body) and a footer."""
    return page(
        "<header class='masthead'><a href='/'>The Coast Courier</a>"
        "<nav><a href='/news'>News</a> <a href='/sport'>Sport</a></nav></header>"
        f"<main><article><header>{header}</header><div class='article-body'>{body}</div>"
        "</article></main><footer><p>© The Coast Courier. All rights reserved.</p></footer>",
        head,
    )


def jsonld(data: dict) -> str:
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def iso(value: str | None) -> datetime:
    """Parse an ISO 8601 string so equal instants compare equal ('Z' and '+00:00')."""
    assert value is not None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


# --------------------------------------------------------------------------- headline


def test_headline_is_the_visible_h1_not_the_title_tag() -> None:
    art = articlekit.extract(article_page())
    assert art.headline == HEADLINE


def test_kicker_above_the_h1_is_not_part_of_the_headline() -> None:
    header = f"<a class='kicker' href='/news/europe'>Europe</a><h1>{HEADLINE}</h1>"
    art = articlekit.extract(article_page(header))
    assert art.headline == HEADLINE


def test_article_h1_wins_over_logo_h1_and_hidden_modal_h1() -> None:
    html = page(
        "<header class='site-header'><h1 class='logo'><a href='/'>The Coast Courier</a></h1>"
        "</header>"
        "<div class='modal' style='display:none'><h1>Sign up for the Morning Tide</h1>"
        "<p>Our best stories every weekday.</p></div>"
        f"<main><article><h1>{HEADLINE}</h1>{PARAS}</article></main>"
    )
    art = articlekit.extract(html)
    assert art.headline == HEADLINE


def test_no_h1_falls_back_to_the_declared_og_title() -> None:
    head = f"<meta property='og:title' content='{HEADLINE}'>"
    html = page(f"<main><div class='story'>{PARAS}</div></main>", head)
    art = articlekit.extract(html)
    assert art.headline == HEADLINE


def test_permalink_pilcrow_is_not_part_of_the_headline() -> None:
    header = f"<h1>{HEADLINE}<a class='anchor' href='#top' aria-label='Permalink'>¶</a></h1>"
    art = articlekit.extract(article_page(header))
    assert art.headline == HEADLINE


# --------------------------------------------------------------------------- dek

DEK = "Members approved the plan by one vote after a session that lasted nine hours."


def test_standfirst_under_the_h1_is_the_dek_and_not_in_the_body() -> None:
    header = f"<h1>{HEADLINE}</h1><p class='standfirst'>{DEK}</p>"
    art = articlekit.extract(article_page(header))
    assert art.dek == DEK
    assert DEK not in art.body
    assert P1 in art.body


def test_meta_description_not_shown_is_not_a_dek() -> None:
    head = "<meta name='description' content='Everything you need to know about the vote.'>"
    art = articlekit.extract(article_page(head=head))
    assert art.dek is None


def test_first_paragraph_equal_to_meta_description_is_body_not_dek() -> None:
    head = (
        f"<meta name='description' content='{P1}'>"
        + f"<meta property='og:description' content='{P1}'>"
    )
    art = articlekit.extract(article_page(head=head))
    assert art.dek is None
    assert art.body.startswith(P1)


def test_displayed_description_is_the_dek_and_is_not_repeated_in_the_body() -> None:
    head = f"<meta name='description' content='{DEK}'>"
    header = f"<h1>{HEADLINE}</h1><h2 class='subtitle'>{DEK}</h2>"
    art = articlekit.extract(article_page(header, head=head))
    assert art.dek == DEK
    assert DEK not in art.body
    assert not any(b.text == DEK for b in art.blocks)


def test_newsletter_blurb_near_the_headline_is_not_a_dek() -> None:
    blurb = "Get the Morning Tide: the harbour news you need, in your inbox every weekday."
    header = (
        f"<h1>{HEADLINE}</h1>"
        f"<div class='newsletter-signup'><p>{blurb}</p>"
        "<form><input type='email' name='email'><button>Sign up</button></form></div>"
    )
    art = articlekit.extract(article_page(header))
    assert art.dek is None
    assert blurb not in art.body


# --------------------------------------------------------------------------- authors


def test_byline_with_two_names() -> None:
    header = f"<h1>{HEADLINE}</h1><p class='byline'>By Jane Doe and John Roe</p>"
    art = articlekit.extract(article_page(header))
    assert list(art.authors) == ["Jane Doe", "John Roe"]


def test_upper_case_byline_with_role() -> None:
    header = f"<h1>{HEADLINE}</h1><p class='byline'>By JANE DOE, Staff Writer</p>"
    art = articlekit.extract(article_page(header))
    assert list(art.authors) == ["Jane Doe"]


def test_organisation_only_byline_gives_no_author() -> None:
    header = f"<h1>{HEADLINE}</h1><p class='byline'>By Reuters</p>"
    art = articlekit.extract(article_page(header))
    assert list(art.authors) == []


def test_jsonld_authors_when_no_visible_byline() -> None:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": HEADLINE,
        "author": [
            {"@type": "Person", "name": "Jane Doe"},
            {"@type": "Person", "name": "John Roe"},
        ],
    }
    art = articlekit.extract(article_page(head=jsonld(data)))
    assert list(art.authors) == ["Jane Doe", "John Roe"]


def test_same_author_from_byline_meta_and_jsonld_listed_once() -> None:
    data = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Doe"}}
    head = "<meta name='author' content='Jane Doe'>" + jsonld(data)
    header = f"<h1>{HEADLINE}</h1><p class='byline'>By Jane Doe</p>"
    body = PARAS + "<p class='byline'>By Jane Doe</p>"
    art = articlekit.extract(article_page(header, body, head))
    assert list(art.authors) == ["Jane Doe"]


# --------------------------------------------------------------------------- dates


def test_jsonld_date_published_wins_over_a_date_in_the_url() -> None:
    data = {"@type": "NewsArticle", "datePublished": "2023-02-14T09:30:00Z"}
    art = articlekit.extract(
        article_page(head=jsonld(data)), url="https://example.com/2021/05/03/harbour-budget"
    )
    assert iso(art.published) == iso("2023-02-14T09:30:00+00:00")


def test_article_modified_time_meta_is_modified() -> None:
    head = (
        "<meta property='article:published_time' content='2023-02-14T09:30:00+00:00'>"
        "<meta property='article:modified_time' content='2023-02-15T08:00:00+00:00'>"
    )
    art = articlekit.extract(article_page(head=head))
    assert iso(art.modified) == iso("2023-02-15T08:00:00+00:00")
    assert iso(art.published) == iso("2023-02-14T09:30:00+00:00")


def test_visible_date_only() -> None:
    header = (
        f"<h1>{HEADLINE}</h1><p class='meta'><span class='byline'>By Jane Doe</span> "
        "<span class='date'>14 February 2023</span></p>"
    )
    art = articlekit.extract(article_page(header))
    assert art.published == "2023-02-14"


# --------------------------------------------------------------------------- section


def test_visible_kicker_link_is_the_section() -> None:
    header = f"<a class='kicker' href='/news/europe'>Europe</a><h1>{HEADLINE}</h1>"
    art = articlekit.extract(article_page(header))
    assert art.section == "Europe"


def test_visible_kicker_wins_over_declared_section() -> None:
    data = {"@type": "NewsArticle", "articleSection": "World"}
    header = f"<a class='kicker' href='/news/europe'>Europe</a><h1>{HEADLINE}</h1>"
    art = articlekit.extract(article_page(header, head=jsonld(data)))
    assert art.section == "Europe"


def test_jsonld_article_section_when_nothing_visible() -> None:
    data = {"@type": "NewsArticle", "articleSection": "Politics"}
    art = articlekit.extract(article_page(head=jsonld(data)))
    assert art.section == "Politics"


# --------------------------------------------------------------------------- update notes

UPDATE = "Update 5/19 10 p.m. ET: The council has scheduled a second vote for next Thursday."
CORRECTION = (
    "Correction: An earlier version of this article misstated the number of members who abstained."
)
EDITORS_NOTE = "Editor’s note: This story is part of a series on life in small coastal towns."


def test_update_note_with_label_and_time() -> None:
    body = f"<p><em>{UPDATE}</em></p>" + PARAS
    art = articlekit.extract(article_page(body=body))
    assert art.update_notes == (Note("update", UPDATE),)
    assert art.update_note == UPDATE
    assert UPDATE not in art.body


def test_correction_note() -> None:
    body = PARAS + f"<p><strong>Correction:</strong>{CORRECTION[len('Correction:') :]}</p>"
    art = articlekit.extract(article_page(body=body))
    assert art.update_notes == (Note("correction", CORRECTION),)
    assert "misstated" not in art.body


def test_editors_note() -> None:
    body = f"<p><i>{EDITORS_NOTE}</i></p>" + PARAS
    art = articlekit.extract(article_page(body=body))
    assert art.update_notes == (Note("editors_note", EDITORS_NOTE),)


def test_byline_update_stamp_is_not_a_note() -> None:
    header = (
        f"<h1>{HEADLINE}</h1><p class='byline'>By Jane Doe</p>"
        "<p class='timestamp'>Updated: May 19, 2021 10:00 a.m.</p>"
    )
    art = articlekit.extract(article_page(header))
    assert art.update_notes == ()
    assert art.update_note is None


def test_related_teaser_titled_update_is_not_a_note() -> None:
    related = (
        "<section class='related'><h2>Related stories</h2>"
        "<div class='card'><a href='/ferry-talks'><h3>Update on the ferry talks: what the "
        "unions want</h3></a><p>Both sides say a deal is close.</p></div>"
        "<div class='card'><a href='/sea-wall'><h3>Sea wall repairs finish early</h3></a>"
        "<p>The work came in under budget.</p></div></section>"
    )
    art = articlekit.extract(article_page(body=PARAS + related))
    assert art.update_notes == ()
    assert "ferry talks" not in art.body


def test_menu_item_corrections_is_not_a_note() -> None:
    html = page(
        "<nav><ul><li><a href='/news'>News</a></li><li><a href='/corrections'>Corrections</a>"
        "</li><li><a href='/about'>About us</a></li></ul></nav>"
        f"<main><article><h1>{HEADLINE}</h1>{PARAS}</article></main>"
        "<footer><a href='/corrections'>Corrections</a> <a href='/contact'>Contact</a></footer>"
    )
    art = articlekit.extract(html)
    assert art.update_notes == ()


# --------------------------------------------------------------------------- images, credits


def figure(src: str, caption: str, alt: str = "") -> str:
    return f"<figure><img src='{src}' alt='{alt}'><figcaption>{caption}</figcaption></figure>"


def test_figcaption_with_credit_span() -> None:
    fig = figure(
        "https://example.com/img/quay.jpg",
        "Boats moored at the quay. <span class='credit'>Photo: Jane Doe</span>",
        "Boats at the quay",
    )
    art = articlekit.extract(article_page(body=f"<p>{P1}</p>{fig}<p>{P2}</p><p>{P3}</p>"))
    assert len(art.images) == 1
    image = art.images[0]
    assert image.src == "https://example.com/img/quay.jpg"
    assert image.caption == "Boats moored at the quay."
    assert image.credit == "Photo: Jane Doe"  # as shown; image_credits drops the label
    assert art.image_credits == ("Jane Doe",)
    assert "Boats moored" not in art.body


def test_trailing_parenthesised_credit() -> None:
    fig = figure(
        "https://example.com/img/vote.jpg",
        "Council members vote on the plan. (Jane Roe/Getty Images)",
    )
    art = articlekit.extract(article_page(body=f"<p>{P1}</p>{fig}<p>{P2}</p><p>{P3}</p>"))
    assert len(art.images) == 1
    assert art.images[0].credit == "(Jane Roe/Getty Images)"  # as shown
    assert (art.images[0].caption or "").startswith("Council members vote on the plan.")
    assert art.image_credits == ("Jane Roe/Getty Images",)


def test_related_teaser_images_and_credits_are_not_the_articles() -> None:
    own = figure(
        "https://example.com/img/quay.jpg",
        "Boats moored at the quay. <span class='credit'>Photo: Jane Doe</span>",
    )
    related = (
        "<section class='related-stories'><h2>Related stories</h2>"
        "<div class='card'><a href='/ferry'>"
        + figure(
            "https://example.com/img/ferry.jpg",
            "<span class='credit'>Photo: Max Teaser/AP</span>",
        )
        + "<h3>Ferry timetable changes from June</h3></a></div>"
        "<div class='card'><a href='/wall'>"
        + figure(
            "https://example.com/img/wall.jpg",
            "<span class='credit'>Photo: Ola Card/Reuters</span>",
        )
        + "<h3>Sea wall repairs finish early</h3></a></div></section>"
    )
    body = f"<p>{P1}</p>{own}<p>{P2}</p><p>{P3}</p><p>{P4}</p>{related}"
    art = articlekit.extract(article_page(body=body))
    assert [i.src for i in art.images] == ["https://example.com/img/quay.jpg"]
    assert art.image_credits == ("Jane Doe",)


def test_author_avatar_in_the_byline_is_not_an_image() -> None:
    header = (
        f"<h1>{HEADLINE}</h1><div class='byline'>"
        "<img class='avatar' src='https://example.com/authors/jane.jpg' alt='Jane Doe'>"
        " By <a href='/authors/jane'>Jane Doe</a></div>"
    )
    fig = figure("https://example.com/img/quay.jpg", "Boats moored at the quay.")
    art = articlekit.extract(article_page(header, f"<p>{P1}</p>{fig}<p>{P2}</p><p>{P3}</p>"))
    assert [i.src for i in art.images] == ["https://example.com/img/quay.jpg"]
    assert art.image_credits == ()


def test_image_credits_deduplicated_case_insensitively_in_order() -> None:
    figs = [
        figure("https://example.com/a.jpg", "The quay. <span class='credit'>Thomas Hengge</span>"),
        figure("https://example.com/b.jpg", "The market. <span class='credit'>Ana Lima</span>"),
        figure("https://example.com/c.jpg", "The wall. <span class='credit'>thomas hengge</span>"),
    ]
    body = f"<p>{P1}</p>{figs[0]}<p>{P2}</p>{figs[1]}<p>{P3}</p>{figs[2]}<p>{P4}</p>"
    art = articlekit.extract(article_page(body=body))
    assert len(art.images) == 3
    assert art.image_credits == ("Thomas Hengge", "Ana Lima")


def test_relative_image_src_resolved_against_url() -> None:
    body = (
        f"<p>{P1}</p>{figure('../img/quay.jpg', 'The quay.')}<p>{P2}</p>"
        f"{figure('/media/market.jpg', 'The market.')}<p>{P3}</p>"
    )
    art = articlekit.extract(
        article_page(body=body), url="https://example.com/news/2023/harbour.html"
    )
    assert [i.src for i in art.images] == [
        "https://example.com/news/img/quay.jpg",
        "https://example.com/media/market.jpg",
    ]


# --------------------------------------------------------------------------- listing page


def card(n: int, title: str, author: str, day: int) -> str:
    return (
        "<div class='story-card'>"
        f"<figure><img src='https://example.com/img/card{n}.jpg' alt=''>"
        f"<figcaption><span class='credit'>Photo: Card Photographer {n}</span></figcaption>"
        f"</figure><h2><a href='/news/story-{n}'>{title}</a></h2>"
        f"<p class='byline'>By {author}</p><time datetime='2023-02-{day:02d}'>"
        f"{day} February 2023</time>"
        f"<p>A short teaser for the story about {title.lower()}, with one more clause.</p>"
        "</div>"
    )


def test_listing_page_has_no_article_fields() -> None:
    data = {"@context": "https://schema.org", "@type": "CollectionPage", "name": "Europe"}
    cards = "".join(
        card(n, title, author, n + 10)
        for n, (title, author) in enumerate(
            [
                ("Ferry timetable changes from June", "Jane Doe"),
                ("Sea wall repairs finish early", "John Roe"),
                ("Market traders ask for longer hours", "Ana Lima"),
                ("Lifeboat crew honoured for rescue", "Tom Hale"),
                ("New lighting for the promenade", "Ruth Penn"),
            ],
            start=1,
        )
    )
    html = page(
        f"<main><h1>Europe</h1><p class='section-intro'>The latest news from Europe.</p>"
        f"{cards}</main>",
        jsonld(data),
        title="Europe | The Coast Courier",
    )
    art = articlekit.extract(html)
    assert art.dek is None
    assert art.authors == ()
    assert art.update_notes == ()
    assert art.images == ()
    assert art.image_credits == ()


# --------------------------------------------------------------------------- further traps


def test_parenthesised_update_note_loses_its_parentheses() -> None:
    text = "Update, Feb. 15: The second vote has been moved to the following Monday."
    body = PARAS + f"<p>({text})</p>"
    art = articlekit.extract(article_page(body=body))
    assert art.update_notes == (Note("update", text),)


def test_last_updated_stamp_without_colon_is_not_a_note() -> None:
    header = (
        f"<h1>{HEADLINE}</h1><div class='article-meta'><span>By Jane Doe</span>"
        "<span>Last Updated Feb. 15, 2023, 1:24 PM EST</span></div>"
    )
    art = articlekit.extract(article_page(header))
    assert art.update_notes == ()


def test_credit_label_photograph_by_is_dropped() -> None:
    fig = figure(
        "https://example.com/img/quay.jpg",
        "Nets drying on the quay. <span class='credit'>Photograph by Ana Lima</span>",
    )
    art = articlekit.extract(article_page(body=f"<p>{P1}</p>{fig}<p>{P2}</p><p>{P3}</p>"))
    assert art.image_credits == ("Ana Lima",)


def test_credit_only_figcaption_gives_the_credit() -> None:
    fig = figure("https://example.com/img/quay.jpg", "Photo: Ana Lima")
    art = articlekit.extract(article_page(body=f"<p>{P1}</p>{fig}<p>{P2}</p><p>{P3}</p>"))
    assert len(art.images) == 1
    assert art.image_credits == ("Ana Lima",)
    assert "Ana Lima" not in art.body


def test_dek_below_the_byline() -> None:
    header = f"<h1>{HEADLINE}</h1><p class='byline'>By Jane Doe</p><p class='dek'>{DEK}</p>"
    art = articlekit.extract(article_page(header))
    assert art.dek == DEK
    assert list(art.authors) == ["Jane Doe"]
    assert "Jane Doe" not in art.body


def test_headline_in_h2_when_the_only_h1_is_the_site_logo() -> None:
    html = page(
        "<header><h1 class='site-title'><a href='/'>The Coast Courier</a></h1></header>"
        f"<main><article><h2 class='entry-title'>{HEADLINE}</h2>{PARAS}</article></main>"
    )
    art = articlekit.extract(html)
    assert art.headline == HEADLINE


def test_hidden_republish_dialog_h1_is_not_the_headline() -> None:
    html = page(
        f"<main><article><h1>{HEADLINE}</h1>{PARAS}</article></main>"
        "<div id='republish' hidden><h1>Republish this article</h1>"
        "<p>You may republish our stories for free under a licence.</p></div>"
    )
    art = articlekit.extract(html)
    assert art.headline == HEADLINE
    assert "Republish" not in art.body


def test_byline_with_three_linked_names_and_a_date() -> None:
    header = (
        f"<h1>{HEADLINE}</h1><p class='byline'>By <a href='/a/jd'>Jane Doe</a>, "
        "<a href='/a/jr'>John Roe</a> and <a href='/a/al'>Ana Lima</a> | February 14, 2023</p>"
    )
    art = articlekit.extract(article_page(header))
    assert list(art.authors) == ["Jane Doe", "John Roe", "Ana Lima"]


def test_visible_time_element_date() -> None:
    header = (
        f"<h1>{HEADLINE}</h1><p class='byline'>By Jane Doe</p>"
        "<time datetime='2023-02-14'>Tuesday 14 February</time>"
    )
    art = articlekit.extract(article_page(header))
    assert art.published == "2023-02-14"


def test_upper_case_correction_label_in_a_box() -> None:
    text = "CORRECTION: A photo caption in this story misidentified the harbour master."
    body = PARAS + f"<div class='correction-box'><p>{text}</p></div>"
    art = articlekit.extract(article_page(body=body))
    assert art.update_notes == (Note("correction", text),)


def test_editors_note_with_straight_apostrophe_at_the_end() -> None:
    text = "Editor's note: The council's minutes were published after this story ran."
    body = PARAS + f"<p><em>{text}</em></p>"
    art = articlekit.extract(article_page(body=body))
    assert art.update_notes == (Note("editors_note", text),)


def test_lead_figure_in_the_article_header_is_an_image() -> None:
    lead = figure(
        "https://example.com/img/lead.jpg",
        "The harbour at dawn. <span class='credit'>© Ana Lima</span>",
    )
    fig = figure(
        "https://example.com/img/quay.jpg",
        "The quay. <cite>John Roe/Coast Courier</cite>",
    )
    header = f"<h1>{HEADLINE}</h1>{lead}"
    art = articlekit.extract(article_page(header, f"<p>{P1}</p><p>{P2}</p>{fig}<p>{P3}</p>"))
    assert [i.src for i in art.images] == [
        "https://example.com/img/lead.jpg",
        "https://example.com/img/quay.jpg",
    ]
    assert art.image_credits == ("Ana Lima", "John Roe/Coast Courier")


def test_sidebar_promo_image_is_not_an_image() -> None:
    html = page(
        f"<main><article><h1>{HEADLINE}</h1><p>{P1}</p>"
        + figure("https://example.com/img/quay.jpg", "The quay.")
        + f"<p>{P2}</p><p>{P3}</p></article>"
        "<aside class='sidebar'><div class='most-read'><h3>Most read</h3>"
        + figure(
            "https://example.com/img/storm.jpg",
            "<span class='credit'>Photo: Ola Card/Reuters</span>",
        )
        + "<a href='/storm'>Storm closes the pier</a></div></aside></main>"
    )
    art = articlekit.extract(html)
    assert [i.src for i in art.images] == ["https://example.com/img/quay.jpg"]
    assert art.image_credits == ()


def test_synopsis_box_is_the_dek_without_its_label() -> None:
    header = (
        f"<h1>{HEADLINE}</h1><div class='synopsis'><h2>Synopsis</h2><p>{DEK}</p></div>"
        "<p class='byline'>By Jane Doe</p>"
    )
    art = articlekit.extract(article_page(header))
    assert art.dek == DEK
    assert "Synopsis" not in art.body


def test_headline_text_is_normalised() -> None:
    header = "<h1>  Cafe\u0301 owners\u00a0welcome the\u200b harbour\n   budget </h1>"
    art = articlekit.extract(article_page(header))
    assert art.headline == "Café owners welcome the harbour budget"


def test_caption_and_credit_spans_without_whitespace() -> None:
    fig = (
        "<figure><img src='https://example.com/img/quay.jpg' alt=''><figcaption>"
        "<span class='caption-text'>The quay at low tide.</span>"
        "<span class='caption-credit'>Ana Lima/Coast Courier</span></figcaption></figure>"
    )
    art = articlekit.extract(article_page(body=f"<p>{P1}</p>{fig}<p>{P2}</p><p>{P3}</p>"))
    assert len(art.images) == 1
    assert art.images[0].caption == "The quay at low tide."
    assert art.images[0].credit == "Ana Lima/Coast Courier"


def test_correction_request_links_are_not_notes() -> None:
    body = (
        PARAS + "<p><a href='/corrections/new'>Submit a correction request</a></p>"
        "<p><a href='/contact?topic=typo'>Report a correction or typo</a></p>"
    )
    art = articlekit.extract(article_page(body=body))
    assert art.update_notes == ()


def test_editors_note_heading_without_text_is_not_a_note() -> None:
    body = "<h3>Editors Note</h3>" + PARAS
    art = articlekit.extract(article_page(body=body))
    assert art.update_notes == ()


def test_teaser_excerpt_starting_with_editors_note_is_not_a_note() -> None:
    related = (
        "<section class='more-stories'><h2>More from the Courier</h2><div class='teaser'>"
        "<h3><a href='/lighthouse'>The lighthouse keeper's logbook</a></h3>"
        "<p>Editor's note: this story first ran in 2019. Forty years of storms, in ink.</p>"
        "</div><div class='teaser'><h3><a href='/market'>Market traders ask for more</a></h3>"
        "<p>Stall holders want to stay open until nine on Fridays.</p></div></section>"
    )
    art = articlekit.extract(article_page(body=PARAS + related))
    assert art.update_notes == ()
    assert "first ran in 2019" not in art.body


def test_listing_page_without_a_declaration_has_no_article_fields() -> None:
    cards = "".join(
        card(n, title, "Jane Doe", n + 10)
        for n, title in enumerate(
            [
                "Ferry timetable changes from June",
                "Sea wall repairs finish early",
                "Market traders ask for longer hours",
                "Lifeboat crew honoured for rescue",
            ],
            start=1,
        )
    )
    html = page(f"<main><h1>Latest news</h1>{cards}</main>", title="Latest | The Coast Courier")
    art = articlekit.extract(html)
    assert art.dek is None
    assert art.authors == ()
    assert art.images == ()
    assert art.image_credits == ()


def test_h1_wins_over_a_differently_worded_og_title() -> None:
    head = "<meta property='og:title' content='Harbour budget: 9 things to know -- Courier'>"
    header = "<h1>Harbour budget passes — after a long night</h1>"
    art = articlekit.extract(article_page(header, head=head))
    assert art.headline == "Harbour budget passes — after a long night"


def test_byline_and_update_stamp_in_one_element() -> None:
    header = (
        f"<h1>{HEADLINE}</h1><p class='byline'>By <a href='/a/jd'>Jane Doe</a> "
        "<span>Updated: May 19, 2021</span></p>"
    )
    art = articlekit.extract(article_page(header))
    assert list(art.authors) == ["Jane Doe"]
    assert art.update_notes == ()


def test_site_name_language_and_canonical_url() -> None:
    head = (
        "<meta property='og:site_name' content='The Coast Courier'>"
        "<link rel='canonical' href='https://courier.example/news/harbour-budget'>"
    )
    html = article_page(head=head).replace("lang='en'", "lang='en-GB'")
    art = articlekit.extract(html, url="https://mirror.example/copy.html")
    assert art.site_name == "The Coast Courier"
    assert art.language == "en-GB"
    assert art.url == "https://courier.example/news/harbour-budget"


def test_tag_list_feeds_tags_not_the_body() -> None:
    tags = (
        "<ul class='tags'><li><a rel='tag' href='/t/harbour'>Harbour</a></li>"
        "<li><a rel='tag' href='/t/council'>Council</a></li></ul>"
    )
    art = articlekit.extract(article_page(body=PARAS + tags))
    assert list(art.tags) == ["Harbour", "Council"]
    assert "Harbour" not in art.body
    assert "Council" not in art.body


def test_correction_in_an_aside_inside_the_article_is_a_note() -> None:
    body = PARAS + f"<aside class='correction'><p>{CORRECTION}</p></aside>"
    art = articlekit.extract(article_page(body=body))
    assert art.update_notes == (Note("correction", CORRECTION),)


def test_lazy_image_uses_the_real_source_not_the_placeholder() -> None:
    placeholder = "data:image/gif;base64,R0lGODlhAQABAAAAACw="
    fig = (
        f"<figure><img src='{placeholder}' data-src='/img/quay.jpg' alt='The quay'>"
        "<figcaption>The quay at low tide.</figcaption></figure>"
    )
    art = articlekit.extract(
        article_page(body=f"<p>{P1}</p>{fig}<p>{P2}</p><p>{P3}</p>"),
        url="https://example.com/news/harbour.html",
    )
    assert [i.src for i in art.images] == ["https://example.com/img/quay.jpg"]


def test_caption_and_credit_paragraphs_outside_a_figure() -> None:
    media = (
        "<div class='image-block'><img src='https://example.com/img/quay.jpg' alt=''>"
        "<p class='image-caption'>The quay at low tide.</p>"
        "<p class='image-credit'>Photo: Ana Lima</p></div>"
    )
    art = articlekit.extract(article_page(body=f"<p>{P1}</p>{media}<p>{P2}</p><p>{P3}</p>"))
    assert len(art.images) == 1
    assert art.images[0].caption == "The quay at low tide."
    assert art.image_credits == ("Ana Lima",)
    assert "The quay at low tide." not in art.body
