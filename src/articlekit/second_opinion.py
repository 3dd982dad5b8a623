"""A second opinion on the content root, from readability-lxml, asked only where ours is weak.

This module owns three things: the test for a weak first candidate (`is_weak`, from the stats
the pipeline already has), one readability-lxml run on the page (`ask_readability`, on a
serialisation of our own tree, so that the node it picks can be found again in that tree by its
element path), and the choice between the two roots (`review`). It never changes the tree and
never makes text of its own: the root it returns goes through the same chrome marks and block
building as our first candidate, so every removal is still audited under its rule's name.

readability-lxml is imported lazily, on the first weak page: without it the first candidate
simply stands. The stage is off unless `Options(second_opinion=True)`: on the development corpora
(1,488 pages) it runs on 5 pages, changes the root on 3 (body F1 0.10 -> 0.86, 0.12 -> 0.64,
0.03 -> 0.06; none worse), which is +0.001 on the mean, for +0.14 s of CPU per page it runs on
(about 4x that page's own extraction), +1.4% of the whole run's time: too little gain for the
speed it costs while articlekit is short of its speed target.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

import lxml.html
from lxml import etree

from articlekit.dom import Element
from articlekit.measure import Stat
from articlekit.page import Page

# A first candidate is weak when the page still holds at least MIN_PAGE_MASS of prose after
# chrome removal and the root holds less than WEAK_SHARE of it: most of the page's prose then
# lies outside the root (an article whose paragraphs sit among link-heavy widgets, which the
# score's clutter penalty makes lose to its one clean list). A root holding little prose on a
# page that has little (a link page, a short notice) is not weak: there is nothing else to find.
MIN_PAGE_MASS = 800.0
WEAK_SHARE = 0.35
# Pages larger than this many elements are not re-read: this bounds the time one page may add
# (readability-lxml reads a page several times over, and on a huge page that is seconds).
MAX_ELEMENTS = 20_000
# The node found at readability's path must hold this share of the words readability kept
# (else the path led elsewhere: the two parses of the page differed).
VERIFY_SHARE = 0.8
# readability's node replaces ours when it holds this many times our root's prose mass.
GAIN = 1.5
# The text used to find a node again when its path fails: readability's longest line in it.
MIN_ANCHOR = 20

_WORD = re.compile(r"\w+")
_STEP = re.compile(r"^/[^/]+")  # the first step of an absolute path: the document element

_document: Callable[..., Any] | None = None
_tried_import = False


def review(page: Page) -> Element | None:
    """The content root the page should use: readability's node where our root is weak and
    readability's holds clearly more prose, else `page.content` unchanged."""
    ours = page.content
    if ours is None or not is_weak(page) or len(page.order) > MAX_ELEMENTS:
        return ours
    theirs = ask_readability(page.root)
    if theirs is None:
        return ours
    return choose(page.stats, ours, theirs, page.body)


def is_weak(page: Page) -> bool:
    """True when the chosen root holds a small share of the prose that chrome removal left."""
    stats = page.stats
    body = stats.get(page.body)
    if body is None or body.mass < MIN_PAGE_MASS:
        return False
    root = stats.get(page.content) if page.content is not None else None
    return (root.mass if root is not None else 0.0) < WEAK_SHARE * body.mass


def choose(stats: dict[Element, Stat], ours: Element, theirs: Element, body: Element) -> Element:
    """Readability's node when it is clearly heavier and below the body, outside chrome (`stats`
    holds the body and what lies below it, less what chrome removal took)."""
    if theirs is ours or theirs is body or theirs not in stats:
        return ours
    mine = stats[ours].mass if ours in stats else 0.0
    return theirs if stats[theirs].mass >= GAIN * max(mine, 1.0) else ours


def ask_readability(root: Element) -> Element | None:
    """The element of our tree that readability-lxml chooses as the article (the common
    ancestor of the nodes its summary keeps), or None when it is absent, fails, keeps no text,
    or its choice cannot be found again in our tree."""
    document = _readability()
    if document is None:
        return None
    try:
        # The page's one re-parse, from our own tree, so that the paths readability records
        # ("x" attributes) are paths in our tree. Handed over parsed, readability works on
        # copies of it: its second, lenient pass re-reads no markup.
        copy = lxml.html.document_fromstring(lxml.html.tostring(root, encoding="unicode"))
        summary = document(copy, xpath=True).summary(html_partial=True)
        kept = lxml.html.fragment_fromstring(summary)
    except Exception:  # readability-lxml raises its own Unparseable and lxml's errors alike
        return None
    nodes = []
    for child in kept:
        words = _words(child) if isinstance(child.tag, str) else set()
        if words:  # an emptied paragraph says nothing about where the article is
            nodes.append(_locate(root, child, words))
    if not nodes or any(node is None for node in nodes):
        return None
    return _common_ancestor([n for n in nodes if n is not None])


def _locate(root: Element, kept: Element, words: set[str]) -> Element | None:
    """Our element that readability kept as `kept`: the one at the path it recorded, or, when
    the two parses differ there (it drops hidden elements before recording paths), the nearest
    holder of kept's longest line of text."""
    node = _at_path(root, kept.get("x") or "")
    if node is not None and _holds(node, words):
        return node
    anchor = max((" ".join(t.split()) for t in kept.itertext()), key=len, default="")
    if len(anchor) < MIN_ANCHOR:
        return None
    holder = _text_holder(root, anchor)
    if holder is None:
        return None
    return next((el for el in (holder, *holder.iterancestors()) if _holds(el, words)), None)


def _at_path(root: Element, path: str) -> Element | None:
    if _STEP.match(path) is None:
        return None
    relative = "." + _STEP.sub("", path, count=1)
    try:
        found = root.xpath(relative) if relative != "." else [root]
    except etree.XPathError:
        return None
    if isinstance(found, list) and len(found) == 1 and isinstance(found[0], etree._Element):
        return found[0]
    return None


def _text_holder(root: Element, anchor: str) -> Element | None:
    """The first element whose own text (or a child's tail) holds `anchor`."""
    for el in root.iter(etree.Element):
        if el.text and anchor in " ".join(el.text.split()):
            return el
        if el.tail and anchor in " ".join(el.tail.split()):
            return el.getparent()
    return None


def _words(el: Element) -> set[str]:
    return set(_WORD.findall(el.text_content().lower()))


def _holds(node: Element, words: set[str]) -> bool:
    """True when `node` holds VERIFY_SHARE of `words`."""
    return len(words & _words(node)) >= VERIFY_SHARE * len(words)


def _common_ancestor(nodes: list[Element]) -> Element:
    """The deepest element holding all `nodes` (iterative: the page controls the depth)."""
    first = nodes[0]
    chain = [first, *first.iterancestors()]
    on_chain = {el: i for i, el in enumerate(chain)}
    deepest = 0
    for node in nodes[1:]:
        while node is not None and node not in on_chain:
            node = node.getparent()
        if node is None:
            return chain[-1]
        deepest = max(deepest, on_chain[node])
    return chain[deepest]


def _readability() -> Callable[..., Any] | None:
    """readability.Document, imported on first use; None when readability-lxml is absent."""
    global _document, _tried_import
    if not _tried_import:
        _tried_import = True
        try:
            from readability import Document
        except ImportError:
            return None
        # readability logs its failures; a library's caller decides whether to see them.
        logging.getLogger("readability").addHandler(logging.NullHandler())
        _document = Document
    return _document
