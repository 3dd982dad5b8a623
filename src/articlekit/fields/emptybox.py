"""Empty boxes: the label of a box whose content slot the page left empty.

Templates render a box's label whether or not the box has anything to show: an "Editor's
note" header over an empty description, a tab's heading over an empty panel, a "Details"
title over an empty text slot. The label then titles nothing; it is neither a field nor body.
A label counts as one when it is short, is a heading or named as one (header, heading, title,
label classes), the element right after it is named as the box's content slot (description,
content, body, text, panel, details classes or ids) and holds nothing at all (no text, not
even hidden text, and no media), and nothing after that slot in the same box shows any text
either (chrome aside). Inside a heading block ("section__heading": a title and an empty
subtitle slot) the box goes on after the block, so a label there is left alone.
"""

from __future__ import annotations

import re

from articlekit.dom import Element, class_id, tag_of
from articlekit.fields.cues import ClassCue
from articlekit.page import Page

LABEL_MAX_CHARS = 60  # a label, not a line of text
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# The only tags that may label a box without a class or id naming them as a label.
UNCLASSED_LABEL_TAGS = _HEADINGS
_LABEL_TAGS = _HEADINGS | frozenset({"div", "span", "p", "strong", "b", "dt", "label"})
# A class or id naming the element as a box's label ("editors-header", "tab__title").
LABEL_CLASSES = ClassCue(r"(?:header|heading|title|label)(?![a-z])|(?<![a-z])hed(?![a-z])")
# A class or id naming the element as the box's content slot ("note-description", "tab-panel").
SLOT_CLASSES = re.compile(
    r"(?:description|desc|content|body|text|panel|details|copy|summary)(?![a-z])"
)
# What makes a slot not empty even without text.
_MEDIA = ("img", "picture", "video", "audio", "iframe", "svg", "canvas", "object", "embed")
_MEDIA_TAGS = frozenset(_MEDIA) | {"table", "form", "input", "select", "textarea"}
_NO_TEXT_TAGS = frozenset({"script", "style", "template"})


def empty_box_label(page: Page, el: Element, cid: str) -> bool:
    """True when el (whose class_id is `cid`) labels a box whose content slot is empty."""
    tag = tag_of(el)
    if tag not in _LABEL_TAGS or (tag not in _HEADINGS and not LABEL_CLASSES.search(cid)):
        return False
    stat = page.stats.get(el)
    if stat is None or not 0 < stat.raw <= LABEL_MAX_CHARS:
        return False
    parent = el.getparent()
    if parent is not None and LABEL_CLASSES.search(class_id(parent)):
        return False  # a heading block: the box it heads continues after it
    slot = _next_element(el)
    if slot is None or not SLOT_CLASSES.search(class_id(slot)) or not _empty(slot):
        return False
    after = _next_element(slot)
    while after is not None:
        if _has_text(page, after):
            return False
        after = _next_element(after)
    return True


def _next_element(el: Element) -> Element | None:
    """The next sibling that is an element (not a comment or processing instruction)."""
    node = el.getnext()
    while node is not None and not isinstance(node.tag, str):
        node = node.getnext()
    return node


def _has_text(page: Page, el: Element) -> bool:
    """el holds visible text that no chrome rule removed (chrome is not in `page.stats`)."""
    stat = page.stats.get(el)
    return stat is not None and stat.raw > 0 and el not in page.marks


def _empty(slot: Element) -> bool:
    """The slot holds nothing at all: no text (not even text that a rule hides or removes: an
    accordion's hidden panel is not an empty one) and no media, form or table."""
    if tag_of(slot) in _MEDIA_TAGS or next(slot.iter(*_MEDIA_TAGS), None) is not None:
        return False
    for node in slot.iter():
        if node is not slot and node.tail and not node.tail.isspace():
            return False
        visible = isinstance(node.tag, str) and node.tag not in _NO_TEXT_TAGS
        if visible and node.text and not node.text.isspace():
            return False
    return True
