"""Update notes: visible update, correction and editor's notes, with their kind.

A note is the innermost block whose text starts with a note label ("Update 5/19:",
"Correction:", "Editor's note:") followed by a real sentence. Byline stamps ("Updated: May 19,
2021 10:00") are not notes: after the label they hold only a date.
"""

from __future__ import annotations

import re

from articlekit.dom import Element, ancestors, class_id, tag_of, text_of
from articlekit.fields.cues import (
    BYLINE_CLASSES,
    DATE_CLASSES,
    NOTE_LABEL_END,
    NOTE_LABELS,
    NOTE_MIN_WORDS,
    UPDATE_HISTORY,
)
from articlekit.model import Note, NoteKind
from articlekit.page import Page

NOTE_MAX_CHARS = 1500
_INLINE = frozenset({"em", "i", "span", "strong", "b"})
# Any note label's first letters, to skip most elements without reading their text.
LABEL_START = re.compile(
    "|".join(f"(?:{p.pattern})" for p in [label for _, label in NOTE_LABELS] + [UPDATE_HISTORY]),
    re.I,
)
_NOTE_TAGS = frozenset({"p", "div", "aside", "blockquote", "section", "li", "em", "i", "span"})
_DATE_WORDS = re.compile(
    r"\b(?:\d+|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|"
    r"dec\w*|am|pm|a\.m\.|p\.m\.|at|on|et|est|edt|gmt|utc|pst|pdt|cet|bst|ist|aest|\w{3}day)\b",
    re.I,
)


def find_notes(page: Page) -> tuple[list[Note], list[Element]]:
    """(notes in page order, their elements)."""
    found: list[tuple[Element, NoteKind, str]] = []
    stats = page.stats
    starts: dict[str, bool] = {}  # first text piece -> may start a note (nested share one)
    for el in _note_zone(page):
        stat = stats.get(el)
        if stat is None or not 0 < stat.raw <= NOTE_MAX_CHARS:
            continue  # the cheapest test first: most elements are unmeasured or too long
        if el.tag not in _NOTE_TAGS and tag_of(el) not in _NOTE_TAGS:
            continue
        if not _may_be_note(el, starts) or page.excluded(el):
            continue
        cid = class_id(el)
        if BYLINE_CLASSES.search(cid) or DATE_CLASSES.search(cid):
            continue
        text = text_of(el)
        kind = note_kind(text) if len(text) <= NOTE_MAX_CHARS else None
        if kind is not None:
            found.append((el, kind, text))
    innermost = _innermost(found)
    notes = [Note(kind, _unwrap(text)) for _, kind, text in innermost]
    return notes, [el for el, _, _ in innermost]


def _unwrap(text: str) -> str:
    """A note without the parentheses that enclose it whole: "(Update: …)" -> "Update: …"."""
    if text.startswith("(") and text.endswith(")") and text.count("(") == text.count(")"):
        inner = text[1:-1].strip()
        if inner.count("(") == inner.count(")"):
            return inner
    return text


def _may_be_note(el: Element, starts: dict[str, bool]) -> bool:
    """A cheap test before reading the element's text (whose length the caller has checked):
    its first words could be a note label. `starts` remembers the answer for each first text
    piece: a wrapper and the element it wraps begin with the same one."""
    text = el.text
    if not text or text.isspace():  # the first piece, without starting an iterator
        for piece in el.itertext():
            if piece and not piece.isspace():
                text = piece
                break
        else:
            return False
    known = starts.get(text)
    if known is None:
        known = starts[text] = LABEL_START.match(text.strip()[:200]) is not None
    return known


def note_kind(text: str) -> NoteKind | None:
    """The kind of note `text` is, or None when it is not a labelled editorial note."""
    if UPDATE_HISTORY.match(text):
        return "update"
    for kind, label in NOTE_LABELS:
        match = label.match(text)
        if match is None:
            continue
        rest = text[match.end() :]
        end = NOTE_LABEL_END.match(rest)
        if end is None:
            return None
        sentence = rest[end.end() :]
        if _is_stamp(sentence):
            return None
        return kind  # type: ignore[return-value]
    return None


def _is_stamp(sentence: str) -> bool:
    """True when what follows the label is a date/time and little else."""
    words = sentence.split()
    if len(words) < NOTE_MIN_WORDS:
        return True
    leftover = _DATE_WORDS.sub(" ", sentence)
    return len(re.findall(r"\w{2,}", leftover)) < 3


def _note_zone(page: Page) -> list[Element]:
    """From the headline (or the content's start) to the end of the content root."""
    start = page.pos(page.headline_el) if page.headline_el is not None else -1
    if page.content is not None:
        start = min(start, page.pos(page.content)) if start >= 0 else page.pos(page.content)
        end = page.end_pos(page.content)
    else:
        end = len(page.order) - 1
    return page.order[max(start, 0) : end + 1]


def _innermost(
    found: list[tuple[Element, NoteKind, str]],
) -> list[tuple[Element, NoteKind, str]]:
    """The innermost block of each note; an inline element (em, span) gives way to the
    paragraph around it, whose text may run past it ("… chosen by <a>our editors</a>.")."""
    elements = {el for el, _, _ in found}
    keep = []
    for item in found:
        el = item[0]
        if tag_of(el) in _INLINE and any(p in elements for p in ancestors(el, 3)):
            continue
        if any(
            other is not el and el in ancestors(other, 12) and tag_of(other) not in _INLINE
            for other in elements
        ):
            continue
        keep.append(item)
    return keep
