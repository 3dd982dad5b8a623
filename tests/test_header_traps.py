"""Headline and dek traps: hand-made snippets, one per generic markup pattern.

Each page is built from a small template: a masthead, an article with a title block and a body
of several paragraphs, and a footer. The expected values are read off the snippet itself.
"""

from __future__ import annotations

import articlekit

BODY = "".join(
    f"<p>Paragraph {i} of the story tells the reader about the harbour, the boats, the tides and "
    f"the people who have worked on the water for many years, in plain and simple words.</p>"
    for i in range(1, 7)
)


def page(
    title_block: str,
    *,
    title: str = "",
    head: str = "",
    before: str = "",
    body: str = BODY,
) -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head><body>"
        f"<header class='masthead'><a href='/'>Home</a></header>{before}"
        f"<main><article>{title_block}<div class='article-body'>{body}</div></article></main>"
        "<footer><p>Contact us</p></footer></body></html>"
    )


# --------------------------------------------------------------------------- headline


def test_pipe_tail_of_a_visible_heading_is_not_part_of_the_headline() -> None:
    html = page(
        "<h1>Best Harbour Walks in 2025 | Top 19 Routes</h1>",
        title="Best Harbour Walks in 2025 | Top 19 Routes | Walkers",
    )
    assert articlekit.extract(html).headline == "Best Harbour Walks in 2025"


def test_site_name_after_a_dash_in_the_h1_is_dropped_using_the_host_name() -> None:
    html = page(
        "<h1>The quiet return of the harbour ferries – Harbourtimes</h1>",
        title="The quiet return of the harbour ferries – Harbourtimes",
    )
    article = articlekit.extract(html, url="https://www.harbourtimes.com/ferries")
    assert article.headline == "The quiet return of the harbour ferries"


def test_site_name_after_a_dash_is_dropped_using_og_site_name() -> None:
    html = page(
        "<h1>Tides are rising faster — Coastal Daily</h1>",
        title="Tides are rising faster — Coastal Daily",
        head="<meta property='og:site_name' content='Coastal Daily'>",
    )
    assert articlekit.extract(html).headline == "Tides are rising faster"


def test_an_em_dash_inside_a_headline_is_kept() -> None:
    html = page(
        "<h1>The harbour is busy again — and the ferries are full</h1>",
        title="The harbour is busy again — and the ferries are full | Coastal Daily",
    )
    headline = articlekit.extract(html).headline
    assert headline == "The harbour is busy again — and the ferries are full"


def test_h1_beats_a_body_subheading_that_echoes_the_seo_title() -> None:
    body = "<h2>The best harbour walks for 2026, ranked</h2>" + BODY
    html = page(
        "<h1>Top harbour walks to try in 2026</h1>",
        title="The Best Harbour Walks for 2026 | Walkers",
        body=body,
    )
    assert articlekit.extract(html).headline == "Top harbour walks to try in 2026"


def test_subheading_that_equals_the_declared_title_beats_a_book_title_h1() -> None:
    html = page(
        "<h1 class='menu-title'>The Harbour Handbook</h1><h2>Reading the tide tables</h2>",
        title="Reading the tide tables - The Harbour Handbook",
    )
    assert articlekit.extract(html).headline == "Reading the tide tables"


def test_masthead_h1_with_the_site_name_is_not_the_headline() -> None:
    html = page(
        "<h2 class='entry-title'>A winter of storms on the coast</h2>",
        title="A winter of storms on the coast - Harbourtimes",
        before="<div class='brand'><h1>harbourtimes.com</h1></div>",
    )
    article = articlekit.extract(html, url="https://harbourtimes.com/storms")
    assert article.headline == "A winter of storms on the coast"


def test_blog_name_h1_that_is_a_piece_of_the_title_is_not_the_headline() -> None:
    html = page(
        "<h3>Small boats on a big sea</h3>",
        title="Harbour Notes: Small boats on a big sea",
        head=(
            "<script type='application/ld+json'>"
            '{"@type": "BlogPosting", "headline": "Small boats on a big sea"}</script>'
        ),
        before="<div class='brand'><h1>Harbour Notes</h1></div>",
    )
    assert articlekit.extract(html).headline == "Small boats on a big sea"


def test_date_and_time_inside_the_h1_are_not_part_of_it() -> None:
    html = page(
        "<h1><a href='/p'><time datetime='2025-12-18'>Dec 18 2025</time> "
        "Preparing the boats for winter</a></h1>",
        title="Preparing the boats for winter",
    )
    assert articlekit.extract(html).headline == "Preparing the boats for winter"


def test_dateline_with_a_date_class_inside_a_heading_is_dropped() -> None:
    html = page(
        "<h1><a href='/p'>Porting the tide tables to a new format</a> "
        "<span class='title-date'> / Dec 2025</span></h1>",
        title="Porting the tide tables to a new format",
    )
    assert articlekit.extract(html).headline == "Porting the tide tables to a new format"


def test_leading_label_element_inside_the_h1_is_dropped() -> None:
    html = page(
        "<h1><strong>Blog:</strong> Ten ways to read the tides</h1>",
        title="Ten ways to read the tides",
    )
    assert articlekit.extract(html).headline == "Ten ways to read the tides"


def test_leading_label_is_kept_when_the_declared_title_has_it() -> None:
    html = page(
        "<h1><span>Harbour review:</span> the new ferry terminal</h1>",
        title="Harbour review: the new ferry terminal",
    )
    assert articlekit.extract(html).headline == "Harbour review: the new ferry terminal"


def test_headline_inside_a_react_streamed_hidden_segment_is_found() -> None:
    html = (
        "<html><head><title>Winter ferries: a guide | Harbourtimes</title></head><body>"
        "<div hidden id='S:0'><main><article><h1>Winter ferries, explained for commuters</h1>"
        f"{BODY}</article></main></div></body></html>"
    )
    assert articlekit.extract(html).headline == "Winter ferries, explained for commuters"


def test_headline_inside_an_unclosed_aside_that_wraps_the_article_is_found() -> None:
    html = (
        "<html><head><title>Ferry fares are going up</title></head><body>"
        "<aside class='popup-overlay'><div class='popup'><h2>Newsletter</h2></div>"
        f"<article><h1>Ferry fares are going up in spring</h1>{BODY}</article></aside>"
        "</body></html>"
    )
    assert articlekit.extract(html).headline == "Ferry fares are going up in spring"


def test_headline_moved_out_of_an_empty_h1_by_the_parser() -> None:
    html = page(
        "<h1><p>Brains are not required to find the tide</p></h1>",
        title="Brains Are Not Required to Find the Tide | Science Page",
    )
    assert articlekit.extract(html).headline == "Brains are not required to find the tide"


def test_title_styled_paragraph_when_the_only_h1_is_in_a_hidden_modal() -> None:
    html = page(
        "<p class='post-title'>Six harbour films to watch this winter</p>",
        title="Six harbour films to watch this winter - Harbourtimes",
        before="<div class='modal' style='display:none'><h1>Republish this story</h1></div>",
    )
    assert articlekit.extract(html).headline == "Six harbour films to watch this winter"


def test_host_name_before_the_title_is_dropped_from_the_declared_title() -> None:
    html = (
        "<html><head><title>harbournotes.net Vibe sailing</title></head><body>"
        f"<div>{BODY}</div></body></html>"
    )
    article = articlekit.extract(html, url="https://harbournotes.net/vibe")
    assert article.headline == "Vibe sailing"
    assert "Vibe sailing" not in article.body  # the heading was taken as the headline


# --------------------------------------------------------------------------- dek


def test_header_box_holding_headline_and_subhead_is_not_the_dek() -> None:
    html = page(
        "<div class='story-topper lede'><h1>Ten films to stream this week</h1>"
        "<h2 class='subhead'>Need a film for a cold night? Here are ten to stream at home.</h2>"
        "</div>",
        title="Ten films to stream this week",
    )
    assert articlekit.extract(html).dek == (
        "Need a film for a cold night? Here are ten to stream at home."
    )


def test_dek_after_a_long_chrome_rail_is_found() -> None:
    rail = "<aside class='newsletter'>" + "<div><span>Sign up</span></div>" * 40 + "</aside>"
    html = page(
        "<header><h1>Seven rules for safer harbour traffic</h1>"
        f"<p class='byline'>By Ann Smith</p>{rail}"
        "<h2 class='content-subhed'>Harbour traffic rules are not a future concept; ports can "
        "use them today.</h2></header>",
        title="Seven rules for safer harbour traffic",
    )
    assert articlekit.extract(html).dek == (
        "Harbour traffic rules are not a future concept; ports can use them today."
    )


def test_standfirst_paragraph_in_the_title_block_is_the_dek() -> None:
    html = page(
        "<div class='hero'><h1>How are harbour ferries built? A complete guide</h1>"
        "<div class='intro-text'><p>Want to know how a ferry is built? Discover everything about "
        "harbour ferries, from the keel to the deck.</p></div>"
        "<div class='tags'><a href='/t'>Ferries</a></div></div>",
        title="How are harbour ferries built? A complete guide",
    )
    assert articlekit.extract(html).dek == (
        "Want to know how a ferry is built? Discover everything about harbour ferries, "
        "from the keel to the deck."
    )


def test_credit_line_in_the_title_block_is_not_the_dek() -> None:
    html = page(
        "<div class='hero'><h1>Harbour ferries get a new timetable</h1>"
        "<img src='/f.jpg' alt=''><p class='caption-credit'>Photo by Ann Smith for the harbour "
        "ferries desk and agency</p></div>",
        title="Harbour ferries get a new timetable",
    )
    assert articlekit.extract(html).dek is None


def test_author_card_bio_is_not_the_dek() -> None:
    html = page(
        "<h1>Harbour ferries get a new timetable</h1>"
        "<div class='card'><div class='info'><span>Written by Ann Smith</span>"
        "<p class='info-description'>Ann is an editor who writes research-based guides about "
        "ports and ferries.</p></div></div>",
        title="Harbour ferries get a new timetable",
    )
    assert articlekit.extract(html).dek is None


def test_first_body_paragraph_in_its_own_wrapper_is_not_the_dek() -> None:
    first = (
        "Harbour ferries are getting a new timetable this spring, with more boats in the "
        "morning and fewer at night."
    )
    body = (
        f"<div class='block'><p>{first}</p></div>"
        + "".join(f"<div class='block'><p>{p}</p></div>" for p in BODY.split("</p>")[:-1])
    ).replace("<p><p>", "<p>")
    html = page(
        "<h1>Harbour ferries get a new timetable</h1>",
        title="Harbour ferries get a new timetable",
        head=f"<meta name='description' content='{first}'>",
        body=body,
    )
    article = articlekit.extract(html)
    assert article.dek is None
    assert first in article.body


def test_kicker_line_set_as_a_block_inside_the_h1_is_dropped() -> None:
    html = page(
        "<h1><div class='eyebrow-line'>Get the harbour guide</div><span>Klatch Ferries</span></h1>",
        title="Klatch Ferries | Harbour Apps",
    )
    assert articlekit.extract(html).headline == "Klatch Ferries"


def test_two_block_lines_of_one_title_in_the_h1_are_both_kept() -> None:
    html = page(
        "<h1><div>The Best</div><div>Harbour Ferries</div></h1>",
        title="The Best Harbour Ferries | Harbour Apps",
    )
    assert articlekit.extract(html).headline == "The Best Harbour Ferries"


def test_utf8_headline_read_as_latin1_is_decoded_again() -> None:
    mojibake = "A Sailor’s Guide to the Tides".encode().decode("latin-1")
    html = page(f"<h1>{mojibake}</h1>", title="A Sailor’s Guide to the Tides")
    assert articlekit.extract(html).headline == "A Sailor’s Guide to the Tides"


def test_long_intro_paragraph_in_the_title_block_is_not_the_dek() -> None:
    intro = (
        "Harbour ferries are loved by commuters and visitors alike, and this guide collects "
        "every harbour ferry route we know, with the timetables, the fares, the piers, the "
        "cafes near each pier and the best seats for a view of the harbour on a clear morning, "
        "so that you can plan a whole day on the water."
    )
    html = page(
        f"<div class='hero'><h1>Harbour ferries: every route</h1><div><p>{intro}</p></div></div>",
        title="Harbour ferries: every route",
    )
    article = articlekit.extract(html)
    assert article.dek is None
    assert intro in article.body


def test_title_heading_matches_the_declared_title_without_its_host_name() -> None:
    html = page(
        "<h3 class='title'>Vibe sailing</h3>",
        title="harbournotes.net Vibe sailing",
        before="<div class='brand'><h1>harbournotes.net</h1></div>",
    )
    article = articlekit.extract(html, url="https://harbournotes.net/vibe")
    assert article.headline == "Vibe sailing"
    assert "Vibe sailing" not in article.body  # the heading was taken as the headline
