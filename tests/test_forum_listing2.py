"""Forum threads and listings: their posts and cards are the content; consent panels, and
classes that only say how an ad slot is hidden, are not reasons to drop them."""

from __future__ import annotations

import articlekit

_CONSENT_PARAGRAPH = (
    "<p>When you visit any website, it may store or retrieve information on your browser, "
    "mostly in the form of cookies. This information might be about you, your preferences or "
    "your device and is mostly used to make the site work as you expect it to.</p>"
)


def _forum_with_consent_center() -> str:
    """A short thread (three posts) and a consent manager's preference center that holds more
    prose than the thread itself."""
    posts = "".join(
        f'<div class="post"><span class="author">user{n}</span><p>{text}</p></div>'
        for n, text in (
            (1, "My new case arrived today, but the front panel rattles when the fans spin up."),
            (2, "Check the two screws behind the mesh, mine were loose from the factory."),
            (3, "Same here; a strip of felt tape under the panel's clips fixed it for good."),
        )
    )
    center = "".join(
        f"<section><h4>Category {n}</h4>{_CONSENT_PARAGRAPH}</section>" for n in range(1)
    )
    return (
        "<html><head><title>Front panel rattles</title></head><body>"
        f'<div class="thread"><h1>Front panel rattles</h1>{posts}</div>'
        f'<div id="consent-sdk"><div class="cookie-preference-center" role="dialog">'
        f"<h2>Privacy Preference Center</h2>{center}</div></div>"
        "</body></html>"
    )


def test_consent_center_larger_than_the_thread_is_removed() -> None:
    art = articlekit.extract(_forum_with_consent_center())
    assert "felt tape under the panel" in art.body
    assert "loose from the factory" in art.body
    assert "retrieve information on your browser" not in art.body
    assert "cookie-banner" in {r.rule for r in art.removed}


_STORIES = (
    ("Glaciers in the north retreat faster than models predicted", "/science/glaciers"),
    ("A new telescope maps the dust between nearby galaxies", "/science/telescope"),
    ("Why some seeds survive a century in dry soil", "/science/seeds"),
    ("The quiet comeback of river otters in city canals", "/science/otters"),
    ("Fusion lab reports a longer stable plasma run", "/science/fusion"),
)


def _cards(card_class: str = "card") -> str:
    return "".join(
        f'<div class="{card_class}"><h3><a href="{href}">{title}</a></h3>'
        f"<p>A short summary of the story: {title.lower()}, with what comes next.</p></div>"
        for title, href in _STORIES
    )


def _sections(grid_class: str, card_class: str) -> str:
    """Three sections of cards, each in its own grid: no one grid holds most of the page."""
    return "".join(
        f'<section><h2>{name}</h2><div class="{grid_class}">{_cards(card_class)}</div></section>'
        for name in ("Earth", "Space", "Life")
    )


def test_grid_whose_class_says_an_ad_is_hidden_stays() -> None:
    """'hide-read-more-ad' says the grid hides an ad slot; the grid of stories is not an ad."""
    html = (
        "<html><head><title>Science</title></head><body><main><h1>Science</h1>"
        + _sections("summary-grid hide-read-more-ad", "card")
        + "</main></body></html>"
    )
    art = articlekit.extract(html)
    for title, _ in _STORIES:
        assert title in art.body
    assert "ads" not in {r.rule for r in art.removed}


def test_latest_news_page_keeps_its_news_when_it_is_all_the_page_holds() -> None:
    """A news page (declared an article, as blogging systems declare every page) whose only
    content is its latest-news module: the module is the page, not a teaser list beside it."""
    html = (
        '<html><head><title>In the news</title><meta property="og:type" content="article">'
        "</head><body><article><h1>In the news</h1>"
        + _sections("content-module latest-news", "news-item")
        + "</article></body></html>"
    )
    art = articlekit.extract(html)
    for title, _ in _STORIES:
        assert title.lower() in art.body.lower()


_MORE_STORIES = (
    ("Glaciers in the north retreat faster than models predicted", "/science/glaciers"),
    ("A new telescope maps the dust between nearby galaxies", "/science/telescope"),
    ("Why some seeds survive a century in dry soil", "/science/seeds"),
    ("The quiet comeback of river otters in city canals", "/science/otters"),
    ("Fusion lab reports a longer stable plasma run", "/science/fusion"),
    ("How bees map a meadow with polarised light", "/science/bees"),
    ("Deep sea vents host microbes that breathe metal", "/science/vents"),
    ("A comet's tail shows water older than the sun", "/science/comet"),
    ("Old maps help ecologists trace vanished wetlands", "/science/wetlands"),
    ("The physics of a perfect skipping stone", "/science/stones"),
)


def test_declared_article_that_is_a_card_list_keeps_its_link_titles() -> None:
    """A category page that declares og:type article (blogging systems declare every page so)
    but shows a grid of cards, each a linked title and a one-line blurb: the titles are its
    content, as on any listing."""
    cards = "".join(
        f'<div class="card"><a href="{href}"><img src="{href}.jpg" alt="">'
        f'<span class="title">{title}</span></a>'
        "<p>From our science desk: the report, the data, and notes.</p></div>"
        for title, href in _MORE_STORIES
    )
    html = (
        '<html><head><title>Science</title><meta property="og:type" content="article">'
        f'</head><body><main><h1>Science</h1><div class="tiles">{cards}</div></main>'
        "</body></html>"
    )
    art = articlekit.extract(html)
    for title, _ in _MORE_STORIES:
        assert title in art.body
