"""The second opinion from readability-lxml: asked only where our content root is weak, found
again in our tree, taken only when it holds clearly more prose, and never a way around chrome
removal or block building."""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest

import articlekit
from articlekit import second_opinion
from articlekit.measure import measure
from articlekit.options import Options

pytest.importorskip("readability")

ON = Options(second_opinion=True)

# An article whose paragraphs sit between link-heavy widgets (no class any chrome rule knows),
# and which ends with one clean list of tips: the clutter penalty makes the list outscore the
# article, so our first root is the list, which holds a small share of the page's prose.
SENTENCES = [
    "The river rose slowly through the night, and by morning the lower streets were flooded.",
    "Volunteers carried sandbags from the depot to the bridge, working in shifts until noon.",
    "The mayor said the town had not seen a flood like it since the winter of the great storm.",
    "Shops along the quay stayed shut, and the ferry did not run for the whole of the day.",
    "Engineers checked the old embankment twice, and found two places where it had slipped.",
    "By evening the water had begun to fall, leaving a line of mud on every wall it reached.",
    "Farmers upstream lost part of the harvest, though most cattle were moved in time.",
    "The school opened its hall to families whose houses could not be reached by road.",
    "Buses were sent round by the hill road, which added an hour to the trip into the city.",
    "Insurers sent assessors the following week, and the first claims were paid in a month.",
    "The council has since voted to raise the embankment along the whole of the quay.",
    "Work on the new wall is due to start in spring, once the ground has dried out.",
]
TIP = "keep a torch, some water and a radio where you can find them, in case the power fails."
SHARE = (
    "<div class='share-buttons'><a href='/s/f'>Share on Facebook</a> <a href='/s/x'>Post</a></div>"
)


def _offers(n: int) -> str:
    return "".join(
        f"<a href='/partner/{i}'>partner offer number {i} for readers</a> " for i in range(n)
    )


def _cluttered_article() -> str:
    paras = "".join(f"<p>{text}</p><div>{_offers(8)}</div>" for text in SENTENCES)
    tips = "".join(f"<li>Tip {i}: {TIP}</li>" for i in range(5))
    return (
        "<html><head><title>The night the river rose | Town Times</title></head><body>"
        f"<article><h1>The night the river rose</h1>{SHARE}{paras}<ul>{tips}</ul></article>"
        "</body></html>"
    )


def _plain_article() -> str:
    paras = "".join(f"<p>{text}</p>" for text in SENTENCES)
    return (
        "<html><head><title>The night the river rose | Town Times</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>The night the river rose</h1>{paras}</article>"
        "</body></html>"
    )


def test_weak_root_is_replaced_by_the_second_opinion() -> None:
    first = articlekit.extract(_cluttered_article())
    assert SENTENCES[0] not in first.body  # the first root is the list of tips alone
    assert "Tip 0" in first.body
    second = articlekit.extract(_cluttered_article(), options=ON)
    for text in SENTENCES:
        assert text in second.body
    assert "Tip 4" in second.body


def test_second_opinion_keeps_chrome_removal_and_blocks() -> None:
    article = articlekit.extract(_cluttered_article(), options=ON)
    assert "Share on Facebook" not in article.body
    assert "share-buttons" in [removal.rule for removal in article.removed]
    assert article.blocks and article.blocks[0].text == SENTENCES[0]  # headline not in body
    assert article.headline == "The night the river rose"


def test_strong_root_never_asks(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(root: Any) -> None:
        raise AssertionError("readability-lxml was asked on a strong page")

    monkeypatch.setattr(second_opinion, "ask_readability", refuse)
    article = articlekit.extract(_plain_article(), options=ON)
    assert SENTENCES[-1] in article.body
    assert "News" not in article.body


def test_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(page: Any) -> None:
        raise AssertionError("the second opinion ran although it is off")

    monkeypatch.setattr(second_opinion, "review", refuse)
    assert SENTENCES[0] not in articlekit.extract(_cluttered_article()).body


def test_without_readability_the_first_root_stands(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(second_opinion, "_readability", lambda: None)
    article = articlekit.extract(_cluttered_article(), options=ON)
    assert "Tip 0" in article.body
    assert SENTENCES[0] not in article.body


def test_located_node_is_in_our_tree() -> None:
    root = lxml.html.document_fromstring(_cluttered_article())
    node = second_opinion.ask_readability(root)
    assert node is not None
    assert node.getroottree().getroot() is root.getroottree().getroot()
    assert node.tag == "article"


def test_path_shifted_by_a_hidden_element_is_found_by_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # readability drops hidden elements before it records paths: the article's path then
    # leads to the hidden article before it in our tree, and the text fallback must find it.
    html = _cluttered_article().replace(
        "<article>",
        "<article hidden><p>An old notice, no longer shown to anyone.</p></article><article>",
    )
    root = lxml.html.document_fromstring(html)
    looked_up: list[Any] = []
    at_path = second_opinion._at_path
    monkeypatch.setattr(
        second_opinion, "_at_path", lambda r, p: looked_up.append(at_path(r, p)) or looked_up[-1]
    )
    node = second_opinion.ask_readability(root)
    assert looked_up and all(found is None for found in looked_up)  # the paths led nowhere
    assert node is not None and node.tag == "article"
    assert SENTENCES[0] in node.text_content()
    assert "old notice" not in node.text_content()


def test_choose_takes_only_clearly_heavier_unmarked_nodes() -> None:
    root = lxml.html.document_fromstring(
        "<html><body><div id='a'><p>Short line of text, one.</p></div>"
        f"<div id='b'><p>{SENTENCES[0]}</p><p>{SENTENCES[1]}</p></div></body></html>"
    )
    body = root.find("body")
    small, big = root.get_element_by_id("a"), root.get_element_by_id("b")
    stats = measure(body)
    assert second_opinion.choose(stats, small, big, body) is big
    assert second_opinion.choose(stats, big, small, body) is big  # lighter: ours stands
    assert second_opinion.choose(stats, small, body, body) is small  # the body says nothing
    del stats[big]  # as if chrome removal had taken it
    assert second_opinion.choose(stats, small, big, body) is small
