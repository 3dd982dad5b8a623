"""Dek and section (kicker): short texts the page shows next to the headline.

Both are searched in a window of elements around the headline. A dek is a standfirst: a class
cue (dek, standfirst, subtitle, summary…), or the declared description shown right there, or
a subheading right under the headline outside the body. A kicker is a short label with a
section/category cue, or the declared section shown near the headline.
"""

from __future__ import annotations

import re

from articlekit.dom import BLOCK_TAGS, Element, class_id, tag_of, text_of
from articlekit.fields.cues import (
    BYLINE_CLASSES,
    CAPTION_CLASSES,
    CREDIT_CLASSES,
    DATE_CLASSES,
    DEK_CLASSES,
    KICKER_CLASSES,
)
from articlekit.fields.similarity import containment, jaccard, word_set
from articlekit.page import Page
from articlekit.textnorm import fold

DEK_WINDOW_AFTER = 60
DEK_WINDOW_BEFORE = 12
DEK_MIN, DEK_MAX = 20, 600
DEK_BODY_PARAGRAPHS = 1  # the dek search stops at the first body paragraph past the headline
BODY_PARAGRAPH_MASS = 80.0
WRAPPER_DEPTH = 3
STANDFIRST_MIN_WORDS, STANDFIRST_SHARED_WORDS = 8, 2
STANDFIRST_MAX_CHARS = 250  # longer uncued text under a headline is an intro paragraph
HEADER_GROUP_SIZE = 16  # elements in a title block (headline, dek, kicker, tags)
LABEL_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "div", "p"})
LABEL_MAX_WORDS = 3
DESCRIPTION_MATCH = 0.8
KICKER_WINDOW_BEFORE = 25
KICKER_WINDOW_AFTER = 10
KICKER_MAX_CHARS, KICKER_MAX_WORDS = 40, 5
_BODY_BLOCK_TAGS = ("p", "li", "pre", "blockquote", "table", "ul", "ol")
_DEK_TAGS = frozenset({"p", "div", "h2", "h3", "h4", "span", "section", "summary", "em", "strong"})
_BYLINE_START = re.compile(r"^(?:by|von|par|por|di|door|de|автор|przez)\s", re.I)
_AUTHOR_BOX_START = re.compile(
    r"^(?:(?:written|posted|reviewed|edited|fact[- ]checked)\s+)?by\s|^about the author\b", re.I
)
AUTHOR_BOX_DEPTH, AUTHOR_BOX_SIZE = 4, 20
# A dek is the standfirst under the headline, never the first of a run of posts: an uncued
# candidate that carries most of the text (POST_SHARE) of a container repeated beside
# POST_SIBLINGS or more same-shaped siblings of body-paragraph mass (a thread's posts, a
# comment list), found within POST_DEPTH ancestors below the content root. An article's
# standfirst is a small part of its container, whose body paragraphs carry the rest.
POST_DEPTH, POST_SIBLINGS, POST_SHARE = 8, 1, 0.5
_DIGITS = re.compile(r"\d+")
_DATE_ONLY = re.compile(r"^[\w\s,.:/-]{0,40}\d{4}[\w\s,.:/-]{0,20}$")


def find_dek(page: Page, headline: str | None) -> tuple[str | None, Element | None]:
    """(dek text, its element) or (None, None) when the page shows no dek."""
    if page.headline_el is None:
        return None, None
    descriptions = [text for _, text in page.meta.descriptions if text]
    for el in _dek_window(page, page.headline_el):
        if el is page.headline_el or not _dek_shape(page, el):
            continue
        text = text_of(el)
        if not DEK_MIN <= len(text) <= DEK_MAX or _not_a_dek(text, headline):
            continue
        if _dek_signal(page, el, text, descriptions) and not _in_post_run(page, el, text):
            return _without_label(el, text), el
    return None, None


def _dek_window(page: Page, headline: Element) -> list[Element]:
    """A few elements before the headline and the shown ones after it: chrome between the
    headline and the dek (a share bar, a newsletter rail) does not count against the window,
    and the window ends at the first body paragraph (a dek comes before the body)."""
    at = page.pos(headline)
    window = page.order[max(0, at - DEK_WINDOW_BEFORE) : at + 1]
    i, taken, paragraphs = at + 1, 0, 0
    while i < len(page.order) and taken < DEK_WINDOW_AFTER and paragraphs < DEK_BODY_PARAGRAPHS:
        el = page.order[i]
        if page.excluded(el):
            i = max(page.end_pos(el), i) + 1
            continue
        window.append(el)
        taken, i = taken + 1, i + 1
        if tag_of(el) == "p" and _heavy(page, el):
            paragraphs += 1
    return window


def _without_label(el: Element, text: str) -> str:
    """A dek box's text without its label heading ("Synopsis", "In brief", "Summary")."""
    first = next((c for c in el if isinstance(c.tag, str)), None)
    if first is None or first is el or tag_of(first) not in LABEL_TAGS:
        return text
    label = text_of(first)
    if label and len(label.split()) <= LABEL_MAX_WORDS and text.startswith(label):
        rest = text[len(label) :].lstrip(" :—–-")
        return rest or text
    return text


def _dek_shape(page: Page, el: Element) -> bool:
    if tag_of(el) not in _DEK_TAGS or page.excluded(el):
        return False
    if page.inside(page.headline_el, el):  # a header block that holds the headline too
        return False
    if page.pos(el) < page.pos(page.headline_el) and not DEK_CLASSES.search(class_id(el)):
        return False
    stat = page.stats.get(el)
    # A dek is one short block, not a wrapper around the headline, the body or a post.
    if stat is not None and stat.size > 12:
        return False
    blocks = sum(1 for node in el.iterdescendants(*_BODY_BLOCK_TAGS))
    return blocks <= 1


def _not_a_dek(text: str, headline: str | None) -> bool:
    if headline and fold(text) == fold(headline):
        return True
    return bool(_BYLINE_START.match(text) or _DATE_ONLY.match(text))


def _dek_signal(page: Page, el: Element, text: str, descriptions: list[str]) -> bool:
    cid = class_id(el)
    if BYLINE_CLASSES.search(cid) or DATE_CLASSES.search(cid):
        return False
    if CAPTION_CLASSES.search(cid) or CREDIT_CLASSES.search(cid):
        return False
    # A subheading in the byline box is a dek; a paragraph there is the author's bio.
    if tag_of(el) not in ("h2", "h3", "h4") and _in_author_box(page, el):
        return False
    if DEK_CLASSES.search(cid) or _parent_cue(el):
        return True
    if el.get("itemprop") in ("description", "alternativeHeadline", "abstract"):
        return True
    # Inside the content root, a block counts only when it stands apart from the body's
    # paragraphs and shows the declared description: a body paragraph that repeats the
    # description is the article's first paragraph, not a dek.
    shows = any(_shows_description(text, d) for d in descriptions)
    if page.content is not None and page.inside(el, page.content):
        if shows:
            return _apart_from_body(page, el)
        return _standfirst_shape(el, text, headline_words(page)) and _in_header_group(page, el)
    return shows or (tag_of(el) in ("h2", "p") and _right_under_headline(page, el))


def _shows_description(text: str, description: str) -> bool:
    """The visible text is the declared description, or the description plus a little more
    (descriptions are often the dek cut short)."""
    if jaccard(text, description) >= DESCRIPTION_MATCH:
        return True
    return containment(description, text) >= 0.95 and len(text) <= 2 * len(description)


def _apart_from_body(page: Page, el: Element) -> bool:
    """A block inside the content root that stands apart from the body's paragraphs: it
    comes before the first of them and its own container holds no other paragraph."""
    if el.getparent() is None or el is page.content:
        return False
    node = _outer_wrapper(page, el)
    parent = node.getparent()
    # A wrapper (div, section) beside wrappers that hold body paragraphs is one of them.
    wrapper = tag_of(node) not in ("p", "h2", "h3", "h4")
    for sibling in parent if parent is not None else ():
        if sibling is node:
            continue
        if (tag_of(sibling) == "p" or wrapper) and _heavy(page, sibling):
            return False
    for node in page.order[page.pos(page.content) : page.pos(el)]:
        if tag_of(node) == "p" and _heavy(page, node):
            return False
    return True


def _outer_wrapper(page: Page, el: Element) -> Element:
    """el, or the outermost wrapper that holds el and at most one other element (a paragraph
    set in its own div is one of the body's blocks when its div's siblings are too)."""
    node = el
    for _ in range(WRAPPER_DEPTH):
        parent = node.getparent()
        if parent is None or parent is page.content or len(parent) > 2:
            break
        if page.inside(page.headline_el, parent):
            break
        node = parent
    return node


def _heavy(page: Page, el: Element) -> bool:
    """el holds body-paragraph mass of text."""
    stat = page.stats.get(el)
    return stat is not None and stat.mass > BODY_PARAGRAPH_MASS


def _signature(el: Element) -> tuple[str, str] | None:
    """Tag and first class name, or the id when there is no class, without digits
    ("blockpost12" → "blockpost"): the shape repeated posts share; None when there is neither."""
    if not isinstance(el.tag, str):
        return None
    names = (el.get("class") or "").split() or (el.get("id") or "").split()
    if not names:
        return None
    return tag_of(el), _DIGITS.sub("", names[0].lower())


def _in_post_run(page: Page, el: Element, text: str) -> bool:
    """el is most of the text of one of several same-shaped sibling containers that hold
    post-sized text: the first post of a thread or list, not a standfirst."""
    if DEK_CLASSES.search(class_id(el)):
        return False
    for depth, node in enumerate(el.iterancestors()):
        if depth >= POST_DEPTH or node is page.content:
            return False
        parent, sig = node.getparent(), _signature(node)
        if parent is None or sig is None:
            continue
        twins = [s for s in parent if s is not node and _signature(s) == sig and _heavy(page, s)]
        # A container that holds the headline repeats only when its twins have a subject
        # line of their own (a post's "Re: …"); else it is the title block of a page laid
        # out in same-classed rows.
        if page.inside(page.headline_el, node):
            heading = tag_of(page.headline_el)
            twins = [s for s in twins if next(s.iterdescendants(heading), None) is not None]
        if len(twins) >= POST_SIBLINGS:
            return len(text) >= POST_SHARE * len(text_of(node))
    return False


def _in_author_box(page: Page, el: Element) -> bool:
    """el sits in a small box that opens with a byline ("Written by …"): an author card,
    whose description is the author's bio, not a dek."""
    for depth, box in enumerate(el.iterancestors()):
        stat = page.stats.get(box)
        if depth >= AUTHOR_BOX_DEPTH or stat is None or stat.size > AUTHOR_BOX_SIZE:
            return False
        if _AUTHOR_BOX_START.match(text_of(box)):
            return True
    return False


def _parent_cue(el: Element) -> bool:
    parent = el.getparent()
    if parent is None or tag_of(parent) in ("body", "article", "main"):
        return False
    return bool(DEK_CLASSES.search(class_id(parent))) and len(parent) <= 2


def headline_words(page: Page) -> frozenset[str]:
    """The headline's longer words (4+ letters): what a standfirst that expands on it shares."""
    text = text_of(page.headline_el) if page.headline_el is not None else ""
    return frozenset(w for w in word_set(text) if len(w) >= 4)


def _standfirst_shape(el: Element, text: str, words: frozenset[str]) -> bool:
    """An uncued block that reads as a standfirst: a paragraph or subheading of a full
    sentence or more that picks up words of the headline."""
    if tag_of(el) not in ("h2", "p") or len(text) > STANDFIRST_MAX_CHARS:
        return False
    if len(text.split()) < STANDFIRST_MIN_WORDS:
        return False
    return len(words & word_set(text)) >= STANDFIRST_SHARED_WORDS


def _in_header_group(page: Page, el: Element) -> bool:
    """el follows the headline in the small box that holds both (a title block: headline,
    standfirst, tags), and that box holds no body paragraph but el."""
    if not _right_under_headline(page, el):
        return False
    for box in el.iterancestors():
        if page.inside(page.headline_el, box):
            stat = page.stats.get(box)
            if stat is None or stat.size > HEADER_GROUP_SIZE:
                return False
            return not any(p is not el and _heavy(page, p) for p in box.iter("p"))
    return False


def _right_under_headline(page: Page, el: Element) -> bool:
    """el follows the headline with nothing but wrappers and short lines between them."""
    start, end = page.pos(page.headline_el), page.pos(el)
    between = page.order[start + 1 : end]
    if len(between) > 8:
        return False
    return all(
        tag_of(n) not in BLOCK_TAGS or len(text_of(n)) < 40 or n in el.iterancestors()
        for n in between
        if not page.inside(n, page.headline_el)
    )


def find_section(page: Page) -> tuple[str | None, Element | None]:
    """(section label, its element): the visible kicker, else the declared section."""
    declared = page.meta.section
    if page.headline_el is not None:
        window = page.window(page.headline_el, KICKER_WINDOW_BEFORE, KICKER_WINDOW_AFTER)
        label = _visible_kicker(page, window, declared)
        if label is not None:
            return label
    return (declared or None), None


def _visible_kicker(
    page: Page, window: list[Element], declared: str | None
) -> tuple[str, Element] | None:
    cued: tuple[str, Element] | None = None
    for el in window:
        stat = page.stats.get(el)
        if stat is None or not 0 < stat.raw <= KICKER_MAX_CHARS:
            continue
        if page.excluded(el) or page.inside(el, page.headline_el):
            continue
        text = text_of(el)
        if not text or len(text) > KICKER_MAX_CHARS or len(text.split()) > KICKER_MAX_WORDS:
            continue
        if declared and fold(text) == fold(declared):
            return text, el
        if cued is None and _kicker_cue(el):
            cued = (text, el)
    return cued


def _kicker_cue(el: Element) -> bool:
    if KICKER_CLASSES.search(class_id(el)):
        return True
    parent = el.getparent()
    return parent is not None and bool(KICKER_CLASSES.search(class_id(parent))) and len(parent) <= 3
