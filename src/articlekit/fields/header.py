"""Dek and section (kicker): short texts the page shows next to the headline.

Both are searched in a window of elements around the headline. A dek is a standfirst: a class
cue (dek, standfirst, subtitle, summary…), or the declared description shown right there, or
a subheading right under the headline outside the body. A kicker is a short label with a
section/category cue, or the declared section shown near the headline.
"""

from __future__ import annotations

import re

from articlekit.dom import BLOCK_TAGS, Element, class_id, tag_of, text_of
from articlekit.fields.cues import BYLINE_CLASSES, DATE_CLASSES, DEK_CLASSES, KICKER_CLASSES
from articlekit.fields.similarity import containment, jaccard
from articlekit.page import Page
from articlekit.textnorm import fold

DEK_WINDOW_AFTER = 60
DEK_WINDOW_BEFORE = 12
DEK_MIN, DEK_MAX = 20, 600
LABEL_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "div", "p"})
LABEL_MAX_WORDS = 3
DESCRIPTION_MATCH = 0.8
KICKER_WINDOW_BEFORE = 25
KICKER_WINDOW_AFTER = 10
KICKER_MAX_CHARS, KICKER_MAX_WORDS = 40, 5
_BODY_BLOCK_TAGS = ("p", "li", "pre", "blockquote", "table", "ul", "ol")
_DEK_TAGS = frozenset({"p", "div", "h2", "h3", "h4", "span", "section", "summary", "em", "strong"})
_BYLINE_START = re.compile(r"^(?:by|von|par|por|di|door|de|автор|przez)\s", re.I)
_DATE_ONLY = re.compile(r"^[\w\s,.:/-]{0,40}\d{4}[\w\s,.:/-]{0,20}$")


def find_dek(page: Page, headline: str | None) -> tuple[str | None, Element | None]:
    """(dek text, its element) or (None, None) when the page shows no dek."""
    if page.headline_el is None:
        return None, None
    descriptions = [text for _, text in page.meta.descriptions if text]
    for el in page.window(page.headline_el, DEK_WINDOW_BEFORE, DEK_WINDOW_AFTER):
        if el is page.headline_el or not _dek_shape(page, el):
            continue
        text = text_of(el)
        if not DEK_MIN <= len(text) <= DEK_MAX or _not_a_dek(text, headline):
            continue
        if _dek_signal(page, el, text, descriptions):
            return _without_label(el, text), el
    return None, None


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
    if DEK_CLASSES.search(cid) or _parent_cue(el):
        return True
    if el.get("itemprop") in ("description", "alternativeHeadline", "abstract"):
        return True
    # Inside the content root, a block counts only when it stands apart from the body's
    # paragraphs and shows the declared description: a body paragraph that repeats the
    # description is the article's first paragraph, not a dek.
    shows = any(_shows_description(text, d) for d in descriptions)
    if page.content is not None and page.inside(el, page.content):
        return shows and _apart_from_body(page, el)
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
    parent = el.getparent()
    if parent is None or el is page.content:
        return False
    for sibling in parent:
        stat = page.stats.get(sibling)
        if sibling is not el and tag_of(sibling) == "p" and stat is not None and stat.mass > 80:
            return False
    for node in page.order[page.pos(page.content) : page.pos(el)]:
        stat = page.stats.get(node)
        if tag_of(node) == "p" and stat is not None and stat.mass > 80:
            return False
    return True


def _parent_cue(el: Element) -> bool:
    parent = el.getparent()
    if parent is None or tag_of(parent) in ("body", "article", "main"):
        return False
    return bool(DEK_CLASSES.search(class_id(parent))) and len(parent) <= 2


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
