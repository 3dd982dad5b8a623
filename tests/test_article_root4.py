"""Content root of a declared article (session 4): a declared article with a prose-heavy column
beside it, peers beside an article element, an article split by an ad, and pages that ship their
content twice (copies for another screen size) against pages that repeat a line on purpose."""

from __future__ import annotations

import articlekit
from articlekit.content import drop_repeats
from articlekit.model import Block, Image

STORY = [
    "The river authority opened the new flood gates on Monday, two years after the spring "
    "floods that closed the old town's bridges for a month and cut the valley in two.",
    "Engineers tested each gate twice before the ceremony, and the mayor said the town would "
    "hold a drill every autumn so that residents know which streets close first.",
    "The project cost less than planned, the authority said, because the steel arrived "
    "before prices rose and the barges could work through a dry summer.",
    "Shopkeepers on the quay, who lost stock in both recent floods, said they would wait for "
    "the first high water of the year before they believed the promises.",
]

# A live-news column: many short dated items, each punctuated like prose, more text in all
# than the article itself.
FEED = [
    f"{10 + i}:{i * 5:02d} Council votes on the {word} budget, with a long debate expected "
    f"over the new tram line, the harbour works and the school repairs."
    for i, word in enumerate(
        ["parks", "roads", "schools", "housing", "library", "museum", "port", "market"]
    )
]

HEAD = "<html><head><title>Flood gates open | Valley News</title>"
LD = (
    '<script type="application/ld+json">{"@context": "https://schema.org", '
    '"@type": "NewsArticle", "headline": "Flood gates open after two years"}</script>'
)


def _paras(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def _live_feed_page() -> str:
    feed = "".join(f"<li class='live-item'><p>{item}</p></li>" for item in FEED)
    return (
        f"{HEAD}{LD}</head><body><div class='layout'>"
        "<div class='mod'><section class='news'>"
        "<article itemscope itemtype='http://schema.org/NewsArticle'>"
        "<header><h1>Flood gates open after two years</h1><p>By Ann Lee</p></header>"
        f"<div class='story'>{_paras(STORY)}</div></article></section></div>"
        f"<aside class='mod column-right'><div class='live'><h2>Live</h2><ul>{feed}</ul>"
        "</div></aside></div></body></html>"
    )


def test_declared_article_leaves_out_a_live_feed_column_beside_it() -> None:
    article = articlekit.extract(_live_feed_page())
    for text in STORY:
        assert text in article.body
    assert "Council votes" not in article.body


def _thread_page() -> str:
    """An article element holding the first post, its peers (more posts) beside it."""
    replies = "".join(f"<div class='post card'><p>{text}</p></div>" for text in [STORY[3], FEED[0]])
    return (
        f"{HEAD}{LD}</head><body><main><section class='thread'>"
        "<article class='post card'><h1>Flood gates open after two years</h1>"
        f"{_paras(STORY[:3])}</article>{replies}"
        "</section></main></body></html>"
    )


def test_article_element_with_peers_beside_it_does_not_become_the_root() -> None:
    article = articlekit.extract(_thread_page())
    for text in [*STORY, FEED[0]]:
        assert text in article.body


def test_article_split_by_an_ad_keeps_both_halves() -> None:
    page = (
        f"{HEAD}{LD}</head><body><div class='content'>"
        "<h1>Flood gates open after two years</h1>"
        f"<div class='text'>{_paras(STORY[:2])}</div>"
        "<div class='ad-slot'><a href='/ad'>Advertisement</a></div>"
        f"<div class='text'>{_paras(STORY[2:])}</div>"
        "</div><footer><a href='/about'>About us</a></footer></body></html>"
    )
    article = articlekit.extract(page)
    for text in STORY:
        assert text in article.body


def test_content_shipped_twice_for_two_screen_sizes_appears_once() -> None:
    copy = f"<h2>What changes</h2>{_paras(STORY)}"
    page = (
        f"{HEAD}{LD}</head><body><main><h1>Flood gates open after two years</h1>"
        f"<div class='desktop'>{copy}</div><div class='mobile'>{copy}</div>"
        "</main></body></html>"
    )
    article = articlekit.extract(page)
    for text in STORY:
        assert article.body.count(text) == 1
    assert article.body.count("What changes") == 1


def test_a_line_repeated_here_and_there_is_kept() -> None:
    caption = "Webcam image courtesy of the river authority, refreshed every ten minutes."
    body = "".join(f"<p>{text}</p><p>{caption}</p>" for text in STORY)
    page = (
        f"{HEAD}{LD}</head><body><article><h1>Flood gates open after two years</h1>{body}"
        "</article></body></html>"
    )
    article = articlekit.extract(page)
    assert article.body.count(caption) == len(STORY)


def _para(text: str) -> Block:
    return Block("paragraph", text)


def test_drop_repeats_drops_a_copied_run_and_its_figures() -> None:
    figure = Block("figure", image=Image(src="https://example.org/gate.jpg"))
    first = [_para(text) for text in STORY]
    blocks = [figure, *first, figure, *[_para(text) for text in STORY]]
    assert drop_repeats(blocks) == [figure, *first]


def test_drop_repeats_keeps_short_runs() -> None:
    prices = [_para("Single ticket - $3.00"), _para("Day pass - $8.00"), _para("Week - $20")]
    blocks = [_para(STORY[0]), *prices, _para(STORY[1]), *prices]
    assert drop_repeats(blocks) == blocks


def test_declared_article_body_item_beside_a_stream_is_the_root() -> None:
    """The headline above the one schema.org Article item, a recommended stream after it."""
    stream = "".join(
        f"<div class='item'><h3>Story {i}</h3><p>{t}</p></div>" for i, t in enumerate(FEED)
    )
    page = (
        f"{HEAD}{LD}</head><body><div id='main'><section class='story-card'>"
        "<header><h1>Flood gates open after two years</h1></header>"
        f"<div class='body' itemscope itemtype='https://schema.org/Article'>{_paras(STORY)}</div>"
        f"</section><div class='stream'>{stream}</div></div></body></html>"
    )
    article = articlekit.extract(page)
    for text in STORY:
        assert text in article.body
    assert "Council votes" not in article.body


def test_a_comment_box_under_a_declared_article_is_removed() -> None:
    comments = "".join(f"<div class='post'><p>{text}</p></div>" for text in FEED[:3])
    page = (
        f"{HEAD}{LD}</head><body><article><h1>Flood gates open after two years</h1>"
        f"{_paras(STORY)}</article><div id='comment-box'>{comments}</div></body></html>"
    )
    article = articlekit.extract(page)
    assert STORY[0] in article.body
    assert "Council votes" not in article.body
    assert any(removal.rule == "comments" for removal in article.removed)


EXTRA = (
    "The gates are paid for by the valley's three towns and a regional grant, and the upkeep "
    "will come from the water board's budget, which rises by a small amount next year."
)


def _article_with(extra: str, more: tuple[str, ...] = ()) -> str:
    return (
        f"{HEAD}{LD}</head><body><article><h1>Flood gates open after two years</h1>"
        f"{_paras([*STORY, *more])}{extra}</article></body></html>"
    )


def test_a_closed_accordion_panel_is_kept() -> None:
    panel = (
        "<div class='faq-accordion'><h3>Who pays for the gates?</h3>"
        f"<div class='panel' style='display:none'>{_paras([EXTRA, FEED[4]])}</div></div>"
    )
    article = articlekit.extract(_article_with(panel))
    assert EXTRA in article.body
    assert FEED[4] in article.body


def test_a_hidden_menu_is_still_removed() -> None:
    menu = "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(30))
    hidden = f"<div class='collapse' style='display:none'><ul>{menu}</ul></div>"
    article = articlekit.extract(_article_with(hidden))
    assert "Section 7" not in article.body


def test_prose_in_a_block_with_a_nav_class_is_kept() -> None:
    section = f"<div class='content-nav-section'>{_paras([EXTRA, *FEED[1:3]])}</div>"
    article = articlekit.extract(_article_with(section, tuple(FEED[4:8])))
    for text in [EXTRA, *FEED[1:3]]:
        assert text in article.body


def test_breakpoint_and_overflow_hidden_classes_do_not_hide() -> None:
    blocks = (
        f"<div class='md:hidden'><p>{EXTRA}</p></div>"
        f"<div class='box overflow_hidden'><p>{FEED[0]}</p></div>"
    )
    article = articlekit.extract(_article_with(blocks))
    assert EXTRA in article.body
    assert FEED[0] in article.body


def test_drop_repeats_drops_a_slide_echoed_right_after_itself() -> None:
    """Each slide's heading and text, then the same two blocks for the other screen size."""
    blocks: list[Block] = []
    kept: list[Block] = []
    for i, text in enumerate(STORY):
        slide = [Block("heading", f"Step {i}: the gates", level=2), _para(text)]
        blocks += slide + slide
        kept += slide
    assert drop_repeats(blocks) == kept


def test_drop_repeats_keeps_a_block_pair_the_page_repeats_three_times() -> None:
    pair = [Block("heading", "Lorem ipsum", level=2), _para(STORY[0])]
    blocks = [*pair, *pair, _para(STORY[1]), *pair]
    assert drop_repeats(blocks) == blocks
