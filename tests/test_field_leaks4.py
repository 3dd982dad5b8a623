"""Chrome that leaked into the body through four generic markup patterns, each with a case that
must be removed and a case that must be kept:

- a teaser card's photo credit on a feed page, when the card's photo does not pass as an
  article image (its alt text describes a logo on a building);
- a video player's title overlay;
- the heading of a carousel whose slides are only links (other stories, programs);
- the label of a box whose content slot is empty (an "Editor's note" header over an empty
  description).

Every page is a small hand-written snippet; expected values are read off the snippet.
"""

from __future__ import annotations

import articlekit
from harbour import HEADLINE, P1, P2, P3


def article_page(body: str) -> str:
    """An article page (og:type article) with `body` inside its article element."""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta property='og:type' content='article'>"
        f"<title>{HEADLINE} | The Coast Courier</title></head><body>"
        "<header class='masthead'><a href='/'>The Coast Courier</a></header>"
        f"<main><article><h1>{HEADLINE}</h1><div class='article-body'>{body}</div>"
        "</article></main><footer><p>© The Coast Courier.</p></footer></body></html>"
    )


def paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


# --------------------------------------------------------------------------- feed-card credits

CARDS = [
    (
        "/news/ferry-cuts",
        "The Harbour Line logo is displayed on the ferry terminal at dawn.",
        "Ferry operator warns of winter timetable cuts",
        "The operator says fewer crossings will run from January as fuel costs keep rising.",
        "Mara Lind via Getty Images",
    ),
    (
        "/news/sea-wall",
        "Workers repair the old sea wall by the market.",
        "Sea wall repairs finish two weeks early",
        "The contractor credits a dry autumn for the early finish of the repair programme.",
        "Tom Berg / Staff via Getty Images",
    ),
    (
        "/news/market-hall",
        "The Market Hall logo is seen on the facade of the hall.",
        "Market hall to reopen with longer hours",
        "Traders will be able to open on Sundays under the new lease agreed by the council.",
        "Ana Ruiz/Getty Images",
    ),
]


def feed_page() -> str:
    """A topic page: a list of cards, each a linked photo with a credit figcaption (an info
    icon, then the credit), a linked title, an excerpt."""
    items = "".join(
        "<li class='feed__item'><div class='card-media'><figure class='feed__image-container'>"
        f"<a href='{href}'><img src='https://example.com{href}.jpg' width='1200' height='675' "
        f"alt='{alt}'></a><figcaption><img class='attribution-icon' src='/static/info.png' "
        "alt='Image attribution tooltip' width='16' height='16'>"
        f"<div class='feed__attribution'>{credit}</div></figcaption></figure></div>"
        "<div class='card-text'>"
        f"<h3 class='feed__title'><a href='{href}'>{title}</a></h3>"
        f"<p class='feed__description'>{excerpt}</p></div></li>"
        for href, alt, title, excerpt, credit in CARDS
    )
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Harbour news | The Coast Courier</title></head><body>"
        "<header class='masthead'><a href='/'>The Coast Courier</a></header>"
        f"<main><h1>Harbour news</h1><ul class='feed'>{items}</ul></main>"
        "<footer><p>© The Coast Courier.</p></footer></body></html>"
    )


def test_feed_card_credit_stays_out_even_when_the_photo_shows_a_logo() -> None:
    article = articlekit.extract(feed_page())
    for _, _, _, _, credit in CARDS:
        assert credit not in article.body
        assert credit not in article.image_credits


def test_feed_card_titles_and_excerpts_stay() -> None:
    article = articlekit.extract(feed_page())
    for _, _, title, excerpt, _ in CARDS:
        assert title in article.body
        assert excerpt in article.body


def test_article_photo_of_a_logo_keeps_its_credit_somewhere() -> None:
    """The article's own photo (not a card: no link) whose alt mentions a logo: its credit
    line is not thrown away."""
    figure = (
        "<figure><img src='https://example.com/img/terminal.jpg' width='1200' height='800' "
        "alt='The Harbour Line logo on the terminal building'>"
        "<figcaption>Jane Roe/Reuters</figcaption></figure>"
    )
    article = articlekit.extract(article_page(paras(P1) + figure + paras(P2, P3)))
    assert "Jane Roe/Reuters" in article.body or "Jane Roe/Reuters" in article.image_credits
    assert P2 in article.body


# --------------------------------------------------------------------------- video player

VIDEO_TITLE = "Watch: the harbour master explains the new mooring rules"


def test_video_player_title_overlay_is_removed() -> None:
    player = (
        "<div class='vdo_embedd'><div class='player-slot' style='min-height:376px'>"
        "<span class='loader'></span></div>"
        f"<div class='overlay'><div class='caption-line'>{VIDEO_TITLE}</div></div></div>"
    )
    article = articlekit.extract(article_page(paras(P1) + player + paras(P2, P3)))
    assert VIDEO_TITLE not in article.body
    assert all(VIDEO_TITLE not in (i.caption or "") for i in article.images)
    assert any(r.rule == "video-player" for r in article.removed)
    assert P1 in article.body and P2 in article.body


def test_text_about_videos_stays() -> None:
    """A block whose class only mentions video (a video review's text) is not a player."""
    review = f"<div class='video-review'><p>{VIDEO_TITLE}, and it is worth watching.</p></div>"
    article = articlekit.extract(article_page(paras(P1) + review + paras(P2, P3)))
    assert f"{VIDEO_TITLE}, and it is worth watching." in article.body
    assert not any(r.rule == "video-player" for r in article.removed)


# --------------------------------------------------------------------------- link carousel

CAROUSEL_HEADING = "Train for your first race with our coached programs"


def carousel(slide: str, count: int = 4) -> str:
    slides = "".join(slide.format(n=n) for n in range(count))
    return (
        "<div class='gallery' role='region' aria-roledescription='carousel' "
        "aria-labelledby='car-h'><div class='carousel-header'>"
        f"<h2 id='car-h'>{CAROUSEL_HEADING}</h2>"
        "<button aria-label='Previous'></button><button aria-label='Next'></button></div>"
        f"<div class='carousel-inner'>{slides}</div></div>"
    )


def test_heading_of_a_carousel_of_links_is_removed() -> None:
    slide = (
        "<div class='carousel-item'><img src='https://example.com/img/plan{n}.png' "
        "width='600' height='700' alt='training plan {n}'>"
        "<p><a href='/training/plan-{n}/'>Get the Program</a></p></div>"
    )
    article = articlekit.extract(article_page(paras(P1, P2) + carousel(slide) + paras(P3)))
    assert CAROUSEL_HEADING not in article.body
    assert "Get the Program" not in article.body
    assert P3 in article.body


def test_carousel_with_captions_of_its_own_stays() -> None:
    """A carousel of the article's photos, each with a caption: the article's gallery."""
    slide = (
        "<div class='carousel-item'><figure><img src='https://example.com/img/quay{n}.jpg' "
        "width='1200' height='800' alt=''><figcaption>Boats moored at the east quay on the "
        "morning of the vote, picture {n}.</figcaption></figure>"
        "<a href='/galleries/quay/'>More photos</a></div>"
    )
    article = articlekit.extract(article_page(paras(P1, P2) + carousel(slide) + paras(P3)))
    assert CAROUSEL_HEADING in article.body
    assert not any(r.rule == "link-carousel" for r in article.removed)


# --------------------------------------------------------------------------- empty box label


def note_box(description: str) -> str:
    return (
        "<div class='lifestyle-box'><div class='note-header'>Editors Note</div>"
        f"<div id='note-description'>{description}</div>"
        "<div class='socialWrap'><a href='mailto:?subject=x'><span class='sr-only'>Email to a "
        "friend</span></a></div></div>"
    )


def test_label_of_an_empty_box_is_removed() -> None:
    article = articlekit.extract(article_page(paras(P1, P2) + note_box("") + paras(P3)))
    assert "Editors Note" not in article.body
    assert not article.update_notes
    assert P3 in article.body


def test_label_of_a_box_with_text_stays() -> None:
    text = "This sofa was chosen by our stylists for the spring collection, in four fabrics."
    article = articlekit.extract(article_page(paras(P1, P2) + note_box(text) + paras(P3)))
    assert "Editors Note" in article.body
    assert text in article.body


def test_heading_block_with_an_empty_subtitle_slot_stays() -> None:
    """A section's heading block (a title and an empty subtitle slot); the section's list
    follows the block."""
    section = (
        "<div class='course'><div class='course__heading'><h3 class='course__title'>"
        "Free workshops and sessions</h3><p class='course__copy'></p></div>"
        "<ul><li>Harbour safety workshop, every Monday evening in the old customs house.</li>"
        "<li>Sailing for beginners, on Saturday mornings from the east quay slipway.</li>"
        "</ul></div>"
    )
    article = articlekit.extract(article_page(paras(P1, P2) + section + paras(P3)))
    assert "Free workshops and sessions" in article.body


def test_carousel_of_headed_product_cards_stays() -> None:
    """A buying guide's carousel of picks: each slide a product card with its own heading and
    shop links. The product names are the guide's."""
    slide = (
        "<div class='carousel-item'><img src='https://example.com/img/kettle{n}.jpg' "
        "width='600' height='600' alt=''><h3>Harbour Kettle Model {n}</h3>"
        "<p><a href='https://shop.example.com/kettle-{n}'>See it at Shop</a></p></div>"
    )
    article = articlekit.extract(article_page(paras(P1, P2) + carousel(slide) + paras(P3)))
    assert "Harbour Kettle Model 2" in article.body
    assert not any(r.rule == "link-carousel" for r in article.removed)


# --------------------------------------------------------------------------- thread notices

POSTS = [
    "I replaced the power supply last week and the fan noise is gone, but the machine still "
    "reboots when the graphics card is under load. Has anyone seen this with the same board?",
    "Check the twelve-volt rail with a meter while a benchmark runs; if it drops below eleven "
    "and a half volts, the new supply is not delivering what its label promises.",
    "Thanks, that was it. The rail sagged to eleven volts, and a different supply fixed it. "
    "Within a day of swapping it I had twenty replies to this topic in my head, all wrong.",
]


def thread_page(extra: str = "") -> str:
    posts = "".join(
        f"<article class='message'><div class='message-user'>user{i}</div>"
        f"<div class='message-content'><p>{text}</p></div>"
        "<a class='report' href='/report/1'>Report inappropriate content</a></article>"
        for i, text in enumerate(POSTS)
    )
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Random reboots under load | Hardware forum</title></head><body>"
        "<main><h1>Random reboots under load</h1><div class='replies'>20 replies to this "
        f"topic</div><div class='thread'>{posts}</div>{extra}</main></body></html>"
    )


def test_thread_notices_are_removed() -> None:
    article = articlekit.extract(thread_page(""))
    assert "20 replies to this topic" not in article.body
    assert "Report inappropriate content" not in article.body
    assert any(r.rule == "thread-notices" for r in article.removed)


def test_posts_mentioning_replies_or_closed_topics_stay() -> None:
    """The words inside a post's sentence are the post's, not a notice."""
    article = articlekit.extract(thread_page(""))
    for text in POSTS:
        assert text in article.body


# --------------------------------------------------------------------------- page stamps


def test_last_modified_stamp_is_removed() -> None:
    body = paras(P1, P2, P3) + "<div class='text-muted'>Last modified November 18, 2025</div>"
    article = articlekit.extract(article_page(body))
    assert "Last modified" not in article.body
    assert any(r.rule == "page-stamp" for r in article.removed)


def test_sentence_starting_like_a_stamp_stays() -> None:
    sentence = "Last updated in 2019, the harbour map still shows the old ferry slip."
    article = articlekit.extract(article_page(paras(P1, sentence, P2, P3)))
    assert sentence in article.body
