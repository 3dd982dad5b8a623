"""Figure traps: the article's own images with caption and credit, and the images that are not
the article's (teaser cards, promo badges, author portraits, video players, hidden captions).

Every page here is a small hand-written snippet modelling one generic markup pattern; every
expected value is read off the snippet (SPEC §1 "images", "image_credits"; the field
definitions of the wcxb-dev-fields README), never taken from the extractor's output.
"""

from __future__ import annotations

import articlekit
from harbour import HEADLINE, P1, P2, P3, P4


def page(header: str = f"<h1>{HEADLINE}</h1>", body: str = "", after: str = "") -> str:
    """A whole page: masthead, one <article> (header + body), `after` below it, a footer."""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{HEADLINE} | The Coast Courier</title></head><body>"
        "<header class='masthead'><a href='/'>The Coast Courier</a>"
        "<nav><a href='/news'>News</a> <a href='/sport'>Sport</a></nav></header>"
        f"<main><article><header>{header}</header><div class='article-body'>{body}</div>"
        f"</article>{after}</main><footer><p>© The Coast Courier.</p></footer></body></html>"
    )


def paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def img(name: str, extra: str = "") -> str:
    return f"<img src='https://example.com/img/{name}.jpg' alt='' width='1200' {extra}>"


def figure(name: str, caption: str) -> str:
    return f"<figure>{img(name)}<figcaption>{caption}</figcaption></figure>"


# --------------------------------------------------------------------------- credits


def test_credit_only_figcaption_with_agency_is_a_credit() -> None:
    body = paras(P1) + figure("quay", "Jane Roe/Getty Images") + paras(P2, P3)
    art = articlekit.extract(page(body=body))
    assert [i.src for i in art.images] == ["https://example.com/img/quay.jpg"]
    assert art.images[0].credit == "Jane Roe/Getty Images"
    assert not art.images[0].caption
    assert art.image_credits == ("Jane Roe/Getty Images",)
    assert "Jane Roe" not in art.body


def test_credit_only_figcaption_with_pipe_and_agency() -> None:
    body = paras(P1) + figure("quay", "<p>Ana Lima | Getty Images</p>") + paras(P2, P3)
    art = articlekit.extract(page(body=body))
    assert art.image_credits == ("Ana Lima | Getty Images",)


def test_short_caption_without_credit_words_is_not_a_credit() -> None:
    body = paras(P1) + figure("quay", "Seeed ESP32 board on the desk") + paras(P2, P3)
    art = articlekit.extract(page(body=body))
    assert art.images[0].caption == "Seeed ESP32 board on the desk"
    assert art.image_credits == ()


def test_credit_after_the_caption_sentence_in_one_text() -> None:
    caption = "Boats moored at the quay at dawn. Photo: Jane Roe / Coast Courier."
    body = paras(P1) + figure("quay", caption) + paras(P2, P3)
    art = articlekit.extract(page(body=body))
    assert art.images[0].caption == "Boats moored at the quay at dawn."
    assert art.image_credits == ("Jane Roe / Coast Courier",)


def test_credit_after_a_slash_at_the_end_of_a_long_caption() -> None:
    caption = "The harbour master in her office above the fish market / Kent Dalby"
    body = paras(P1) + figure("office", caption) + paras(P2, P3)
    art = articlekit.extract(page(body=body))
    assert art.images[0].caption == "The harbour master in her office above the fish market"
    assert art.image_credits == ("Kent Dalby",)


def test_quoted_caption_then_says_then_credit() -> None:
    caption = (
        "“We fixed the wall before the storms,” says Ruth Penn. Photograph courtesy of Seawall Ltd."
    )
    body = paras(P1) + figure("wall", caption) + paras(P2, P3)
    art = articlekit.extract(page(body=body))
    assert art.image_credits == ("Seawall Ltd",)
    assert art.images[0].caption == "“We fixed the wall before the storms,” says Ruth Penn."


def test_credit_marked_by_a_data_attribute() -> None:
    caption = "<span data-theme-key='photo-credit-creditor'>Thomas Hale</span>"
    body = paras(P1) + figure("quay", caption) + paras(P2, P3)
    art = articlekit.extract(page(body=body))
    assert art.image_credits == ("Thomas Hale",)


def test_caption_and_credit_divs_joined_without_whitespace() -> None:
    caption = (
        "<div class='photo-caption'>Nets drying on the quay.</div>"
        "<div class='photo-credit'>Credit: Ana Lima</div>"
    )
    body = paras(P1) + figure("nets", caption) + paras(P2, P3)
    art = articlekit.extract(page(body=body))
    assert art.images[0].caption == "Nets drying on the quay."
    assert art.image_credits == ("Ana Lima",)


def test_credit_class_hidden_by_a_responsive_utility_class_still_counts() -> None:
    caption = "<div class='attribution lg:before:hidden'><p>Ana Lima/Coast Courier</p></div>"
    body = paras(P1) + figure("quay", caption) + paras(P2, P3)
    art = articlekit.extract(page(body=body))
    assert art.image_credits == ("Ana Lima/Coast Courier",)


def test_lead_image_credit_at_the_end_of_the_article() -> None:
    header = f"<h1>{HEADLINE}</h1><div class='lead'>{img('lead')}</div>"
    body = paras(P1, P2, P3) + "<p>Image: Coast Courier/Ana Lima</p>"
    art = articlekit.extract(page(header=header, body=body))
    assert art.images[0].src == "https://example.com/img/lead.jpg"
    assert art.image_credits == ("Coast Courier/Ana Lima",)
    assert "Coast Courier/Ana Lima" not in art.body


# --------------------------------------------------------------------------- caption placement


def test_figcaption_outside_the_figure_after_the_lead_image() -> None:
    header = (
        f"<div class='hero-wrap'><figure class='post-thumbnail'>{img('lead')}</figure>"
        f"<div class='entry-header'><h1>{HEADLINE}</h1></div></div>"
        "<figcaption><span class='image-credit'>Credit: Jane Roe/Associated Press</span>"
        "</figcaption>"
    )
    art = articlekit.extract(page(header=header, body=paras(P1, P2, P3)))
    assert art.images[0].src == "https://example.com/img/lead.jpg"
    assert art.image_credits == ("Jane Roe/Associated Press",)


def test_caption_block_after_an_image_paragraph() -> None:
    body = (
        paras(P1)
        + f"<p>{img('stall')}</p>"
        + "<p><span class='article-caption'>Stalls line the quay on market day.</span></p>"
        + paras(P2, P3)
    )
    art = articlekit.extract(page(body=body))
    assert art.images[0].caption == "Stalls line the quay on market day."
    assert "Stalls line the quay" not in art.body


def test_caption_after_a_noscript_fallback() -> None:
    lazy = (
        "<div class='image-wrap'><img class='lazy' src='data:image/gif;base64,R0lGOD' "
        "data-src='https://example.com/img/lazy.jpg' alt=''>"
        f"<noscript>{img('lazy')}</noscript></div>"
        "<p class='image-caption'>The new lights on the promenade.</p>"
    )
    art = articlekit.extract(page(body=paras(P1) + lazy + paras(P2, P3)))
    assert [i.src for i in art.images] == ["https://example.com/img/lazy.jpg"]
    assert art.images[0].caption == "The new lights on the promenade."


def test_caption_of_a_product_card_image_after_its_buy_button() -> None:
    card = (
        "<div class='product'><h3>Harbour Boot 2</h3>"
        f"<a class='product-image' href='https://shop.example.com/boot'>{img('boot')}</a>"
        "<div class='buy'><a href='https://shop.example.com/boot'>$120 at Shop</a>"
        "<figcaption><span>Credit: Tom Hale</span></figcaption></div></div>"
    )
    art = articlekit.extract(page(body=paras(P1) + card + paras(P2, P3)))
    assert art.image_credits == ("Tom Hale",)


def test_native_video_figure_with_a_figcaption_counts() -> None:
    video = (
        "<figure><video controls poster='https://example.com/img/poster.jpg'>"
        "<source src='https://example.com/v/ferry.mp4' type='video/mp4'></video>"
        "<figcaption><div class='photo-caption'>The ferry leaves the quay. "
        "<span class='photo-credit'>Credit: Ana Lima</span></div></figcaption></figure>"
    )
    art = articlekit.extract(page(body=paras(P1) + video + paras(P2, P3)))
    assert [i.src for i in art.images] == ["https://example.com/img/poster.jpg"]
    assert art.images[0].caption == "The ferry leaves the quay."
    assert art.image_credits == ("Ana Lima",)


# --------------------------------------------------------------------------- not the article's


def test_video_player_widget_is_not_an_image() -> None:
    player = (
        "<div class='video-player'><iframe src='https://video.example.com/embed/1'></iframe>"
        "<p class='video-caption'>Watch: the vote in two minutes. (Coast TV)</p></div>"
    )
    art = articlekit.extract(page(body=paras(P1) + player + paras(P2, P3)))
    assert art.images == ()
    assert art.image_credits == ()


def test_hidden_figcaption_is_not_a_caption() -> None:
    fig = (
        f"<figure>{img('quay')}<figcaption style='display:none'>Boats at the quay. "
        "<span class='credit'>Photo: Jane Roe</span></figcaption></figure>"
    )
    art = articlekit.extract(page(body=paras(P1) + fig + paras(P2, P3)))
    assert not art.images or not art.images[0].caption
    assert art.image_credits == ()


def test_promo_cards_with_their_own_credits_are_not_the_articles() -> None:
    own = figure("quay", "Boats moored at the quay. <span class='credit'>Photo: Jane Doe</span>")
    card = (
        "<div class='m-promo'><figure class='m-promo__media'>{}"
        "<div class='m-promo__credit'>{}</div></figure>"
        "<a href='/news/{}'>Another story title</a></div>"
    )
    promos = "".join(
        card.format(img(f"card{n}"), credit, n)
        for n, credit in enumerate(["Max Teaser/AP", "Ola Card/Reuters"])
    )
    art = articlekit.extract(page(body=paras(P1) + own + paras(P2, P3, P4) + promos))
    assert [i.src for i in art.images] == ["https://example.com/img/quay.jpg"]
    assert art.image_credits == ("Jane Doe",)
    assert "Max Teaser" not in art.body
    assert "Ola Card" not in art.body


def test_figure_inside_a_card_link_is_a_teaser() -> None:
    card = (
        "<a href='/news/other'><div class='card'><figure>{}<figcaption>"
        "© Stock Library / Jo Card</figcaption></figure><h3>Other story</h3></div></a>"
    )
    art = articlekit.extract(page(body=paras(P1, P2, P3) + card.format(img("card"))))
    assert art.images == ()
    assert art.image_credits == ()


def test_run_of_linked_images_is_a_card_grid() -> None:
    cards = "".join(
        f"<div class='c'><figure><a href='/news/story-{n}'>{img(f'card{n}')}</a>"
        f"<figcaption>Teaser title number {n} for another story</figcaption></figure></div>"
        for n in range(4)
    )
    art = articlekit.extract(page(body=paras(P1, P2, P3, P4) + f"<div class='grid'>{cards}</div>"))
    assert art.images == ()


def test_teaser_image_class_without_links_is_the_articles() -> None:
    fig = (
        "<span class='content-teaser-image'><figure>"
        f"{img('quay')}<figcaption>Photo courtesy Coast Architects</figcaption></figure></span>"
    )
    art = articlekit.extract(page(body=paras(P1) + fig + paras(P2, P3)))
    assert [i.src for i in art.images] == ["https://example.com/img/quay.jpg"]
    assert art.image_credits == ("Coast Architects",)


def test_author_portrait_in_the_bio_box_is_not_an_image() -> None:
    bio = (
        "<div class='author-box'><img class='author-photo' "
        "src='https://example.com/people/jane.jpg' width='300' alt='Jane Doe'>"
        "<p>Jane Doe covers the harbour. Photo: Studio Lumen</p></div>"
    )
    art = articlekit.extract(page(body=paras(P1, P2, P3) + bio))
    assert art.images == ()
    assert art.image_credits == ()


def test_partner_badge_figure_is_not_a_credit() -> None:
    badge = (
        "<div class='promo-box'><figure><img src='https://example.com/badge.png' width='80' "
        "alt='Partner'><figcaption>This story also appeared in Harbour Weekly</figcaption>"
        "</figure></div>"
    )
    art = articlekit.extract(page(body=paras(P1, P2) + badge + paras(P3)))
    assert art.images == ()
    assert art.image_credits == ()


# --------------------------------------------------------------------------- more placements


def test_caption_and_courtesy_spans_without_whitespace() -> None:
    caption = (
        "<p class='caption'><span>Nets drying on the quay at dawn.</span>"
        "<span>courtesy of Harbour Trust.</span></p>"
    )
    fig = (
        f"<div class='image-wrap'>{img('nets')}</div>"
        f"<div class='post-image-caption'>{caption}</div>"
    )
    art = articlekit.extract(page(body=paras(P1) + fig + paras(P2, P3)))
    assert art.images[0].caption == "Nets drying on the quay at dawn."
    assert art.image_credits == ("Harbour Trust",)


def test_caption_class_in_mixed_case_after_a_placeholder_image() -> None:
    block = (
        "<div class='styles__ImageWrapper-x1'><picture><source srcset=''>"
        "<img src='data:image/svg+xml,%3Csvg%3E' alt='the quay'></picture></div>"
        "<div class='styles__Caption-x2'><p>The quay after the storm. Picture: Getty</p></div>"
    )
    art = articlekit.extract(page(body=paras(P1) + block + paras(P2, P3)))
    assert [i.caption for i in art.images] == ["The quay after the storm."]
    assert art.image_credits == ("Getty",)


def test_show_caption_button_inside_the_figure_is_not_the_caption() -> None:
    fig = (
        f"<figure class='with-caption'>{img('lead')}"
        "<button class='show-caption-button'><span>Hide caption</span></button>"
        "<figcaption class='with-caption__caption'>Ruth Penn in the harbour office / "
        "Kent Dalby</figcaption></figure>"
    )
    art = articlekit.extract(page(body=paras(P1) + fig + paras(P2, P3)))
    assert art.images[0].caption == "Ruth Penn in the harbour office"
    assert art.image_credits == ("Kent Dalby",)


def test_caption_sentence_with_for_is_not_a_credit() -> None:
    caption = (
        "The new brush did best in our tests. Here it is before and after cleaning for a week."
    )
    body = paras(P1) + figure("brush", caption) + paras(P2, P3)
    art = articlekit.extract(page(body=body))
    assert art.images[0].caption == caption
    assert art.image_credits == ()


def test_credit_line_ending_in_an_initial_stays_whole() -> None:
    credit = "Ana Lima/Coast Courier; sources: Harbour Trust, Jan Roe, P. Imbert/Sea Archive"
    fig = (
        f"<figure>{img('map')}<figcaption><div class='attribution'>{credit}</div>"
        "</figcaption></figure>"
    )
    art = articlekit.extract(page(body=paras(P1) + fig + paras(P2, P3)))
    assert art.image_credits == (credit,)


# --------------------------------------------------------------------------- credit as shown


def test_image_credit_keeps_its_label_as_shown_and_image_credits_drop_it() -> None:
    fig = figure(
        "quay", "Boats at the quay. <span class='credit'>Image: Courtesy of Ana Lima</span>"
    )
    art = articlekit.extract(page(body=paras(P1) + fig + paras(P2, P3)))
    assert art.images[0].caption == "Boats at the quay."
    assert art.images[0].credit == "Image: Courtesy of Ana Lima"
    assert art.image_credits == ("Ana Lima",)


def test_credit_only_line_is_kept_whole_as_the_image_credit() -> None:
    body = paras(P1) + figure("quay", "Image credit: Coast Courier") + paras(P2, P3)
    art = articlekit.extract(page(body=body))
    assert not art.images[0].caption
    assert art.images[0].credit == "Image credit: Coast Courier"
    assert art.image_credits == ("Coast Courier",)


def test_rendered_credit_shows_its_own_label_once() -> None:
    fig = figure("quay", "Boats at the quay. <span class='credit'>Photo: Ana Lima</span>")
    art = articlekit.extract(page(body=paras(P1) + fig + paras(P2, P3)))
    markdown, html = art.to_markdown(), art.to_html()
    assert "Photo: Ana Lima" in markdown and "Credit: Photo" not in markdown
    assert "Photo: Ana Lima" in html and "Credit: Photo" not in html


def test_name_then_agency_after_a_bar_is_one_credit_line() -> None:
    body = paras(P1) + figure("quay", "Studio Light and Shade | Getty Images") + paras(P2, P3)
    art = articlekit.extract(page(body=body))
    assert art.image_credits == ("Studio Light and Shade | Getty Images",)


def test_place_then_credit_after_a_bar_splits() -> None:
    body = paras(P1) + figure("dock", "Harbour dock cranes, Kiel | © 2012 Ana Lima") + paras(P2, P3)
    art = articlekit.extract(page(body=body))
    assert art.images[0].caption == "Harbour dock cranes, Kiel"
    assert art.image_credits == ("2012 Ana Lima",)


def test_sentence_ending_in_a_title_abbreviation_keeps_its_tail() -> None:
    caption = "Ana Lima, Sr. Harbour Manager, Coast Trust"
    body = paras(P1) + figure("ana", caption) + paras(P2, P3)
    art = articlekit.extract(page(body=body))
    assert art.images[0].caption == caption
    assert art.image_credits == ()


def test_caption_then_dash_and_wikimedia_credit() -> None:
    caption = "The old ferry pier, 1890s — via Wikimedia Commons"
    body = paras(P1) + figure("pier", caption) + paras(P2, P3)
    art = articlekit.extract(page(body=body))
    assert art.images[0].caption == "The old ferry pier, 1890s"
    assert art.image_credits == ("via Wikimedia Commons",)


def test_gallery_of_images_linked_to_their_pages_is_the_articles() -> None:
    items = "".join(
        f"<figure class='wp-block-image'><a href='https://example.com/2023/05/quay-{n}/'>"
        f"{img(f'quay{n}')}</a><figcaption>The quay at low tide, view {n}.</figcaption></figure>"
        for n in range(4)
    )
    gallery = f"<figure class='wp-block-gallery has-nested-images'>{items}</figure>"
    art = articlekit.extract(page(body=paras(P1) + gallery + paras(P2, P3)))
    assert [i.caption for i in art.images] == [f"The quay at low tide, view {n}." for n in range(4)]


def test_review_count_caption_in_a_product_grid_is_not_an_image_caption() -> None:
    cards = "".join(
        f"<li class='product'><a href='/shoe-{n}'>{img(f'shoe{n}')}</a>"
        f"<a href='/shoe-{n}'>Climbing Shoe {n}</a><div class='rating'>"
        f"<span class='rating__caption-sr'>{10 + n} reviews with an average rating of 4.5</span>"
        "</div></li>"
        for n in range(4)
    )
    html = page(body=paras(P1) + f"<ul class='grid'>{cards}</ul>" + paras(P2, P3))
    art = articlekit.extract(html)
    assert all(not i.caption for i in art.images)
    assert "11 reviews with an average rating" in art.body


def test_caption_linked_by_data_value_after_the_body_text_of_a_declared_article() -> None:
    # The content root of a declared article is its body text alone; the lead image sits above
    # it and its caption, linked by a shared data-* value, below it, both inside <article>.
    html = (
        "<html><head><meta property='og:type' content='article'>"
        f"<title>{HEADLINE}</title></head><body><article>"
        f"<h1>{HEADLINE}</h1><div class='hero' data-shortcode-id='f00dcafe'>{img('hero')}</div>"
        f"<div class='body-text'>{paras(P1, P2, P3, P4)}</div>"
        "<div class='image-caption' data-for-image='f00dcafe'>"
        "<small>Boats at the quay. (Jane Roe/Coast Photos)</small></div>"
        "</article></body></html>"
    )
    art = articlekit.extract(html)
    assert art.images[0].caption == "Boats at the quay."
    assert art.image_credits == ("Jane Roe/Coast Photos",)
    assert "Boats at the quay" not in art.body
