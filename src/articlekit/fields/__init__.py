"""Fields: headline, dek, section, authors, dates, notes and figures.

Each finder returns its value and the nodes it consumed, so the body never repeats them.
`read_fields` runs them in dependency order on a Page whose chrome and content root are known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from articlekit.dom import Element, class_id, extraction_memo, tag_of, text_of
from articlekit.fields.authors import find_authors
from articlekit.fields.byline import BYLINE_TEXT, author_href
from articlekit.fields.cues import BYLINE_CLASSES, DATE_CLASSES
from articlekit.fields.dated import declared_dates_shown, find_dates
from articlekit.fields.emptybox import (
    LABEL_CLASSES,
    LABEL_MAX_CHARS,
    UNCLASSED_LABEL_TAGS,
    empty_box_label,
)
from articlekit.fields.figures import find_figures
from articlekit.fields.header import find_dek, find_section
from articlekit.fields.notes import find_notes
from articlekit.kind import is_discussion
from articlekit.measure import Stat
from articlekit.metadata.dates import date_spans
from articlekit.model import Image, Note
from articlekit.page import Page
from articlekit.textnorm import fold

META_LINE_MAX_CHARS = 160
# `_consume_meta_lines` needs a measured element no longer than a meta line or a box label.
_META_SCAN_MAX_CHARS = max(META_LINE_MAX_CHARS, LABEL_MAX_CHARS)
# A meta-classed line without a date or byline is still metadata when it holds no sentence and
# is this short ("Jane Doe, John Roe", "12 comments") or mostly links (categories, tags).
META_NAME_MAX_WORDS = 8
META_LINK_SHARE = 0.6
_SENTENCE_END = re.compile(r"[.!?。！？]\s")
_READ_TIME = re.compile(r"\b\d+\s*(?:min(?:ute)?s?|m)\.?\s+read", re.I)


@dataclass
class Fields:
    """Field values read from one page."""

    headline: str | None = None
    dek: str | None = None
    section: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    notes: list[Note] = field(default_factory=list)
    figures: dict[Element, Image] = field(default_factory=dict)
    image_credits: list[str] = field(default_factory=list)


def read_fields(page: Page, headline: str | None, article: bool) -> Fields:
    """Every field; fills `page.consumed` with the nodes the body must leave out.

    On a page that is not an article (a listing, a forum thread, a product) the visible
    cards' bylines, excerpts and pictures belong to other stories: such a page gets no dek,
    notes or images, and its section, authors and dates come from its metadata alone."""
    out = Fields(headline=headline)
    _consume(page, page.headline_el)
    if not article:
        _read_declared(page, out)
        return out
    out.section, section_el = find_section(page)
    _consume(page, section_el)
    out.dek, dek_el = find_dek(page, headline)
    _consume(page, dek_el)
    out.authors, byline_els = find_authors(page)
    for el in byline_els:
        _consume(page, el)
    out.published, out.modified = find_dates(page, byline_els)
    out.notes, note_els = find_notes(page)
    for el in note_els:
        _consume(page, el)
    _read_figures(page, out)
    _consume_meta_lines(page)
    return out


def _read_declared(page: Page, out: Fields) -> None:
    meta = page.meta
    out.section, out.authors = meta.section, list(meta.authors)
    out.published, out.modified = declared_dates_shown(page, is_discussion(page.root, meta))
    # Their captions and credits stay out of the body; their images are not shown.
    for found in find_figures(page, sources=False):
        for node in found.nodes:
            _consume(page, node)
    _consume_meta_lines(page)


def _read_figures(page: Page, out: Fields) -> None:
    seen: set[str] = set()
    for found in find_figures(page):
        out.figures[found.nodes[0]] = found.image
        for node in found.nodes[1:]:
            _consume(page, node)
        for credit in found.credits:
            if fold(credit) not in seen:
                seen.add(fold(credit))
                out.image_credits.append(credit)


def _consume(page: Page, el: Element | None) -> None:
    if el is not None:
        page.consumed.add(el)


def _consume_meta_lines(page: Page) -> None:
    """Short byline/date lines inside the content root belong to fields, not to the body; so
    does the label of an empty box (see `emptybox`), which belongs nowhere."""
    content = page.content
    if content is None:
        return
    stats = page.stats
    memo = extraction_memo()
    known = memo.class_ids if memo is not None else {}  # class_id's memo, read directly
    cues: dict[str, tuple[bool, bool]] = {}  # class string -> (label cue, byline/date cue)
    for el in _below(page, content):
        stat = stats.get(el)
        if stat is None or stat.raw > _META_SCAN_MAX_CHARS:
            continue  # too long (or not measured) for either test: skip the class look-up
        cid = known.get(el)
        if cid is None:
            cid = class_id(el)
        if not cid:
            tag = el.tag  # a plain lower-case tag is its own tag_of: no call for most
            if tag not in UNCLASSED_LABEL_TAGS and (
                ("}" not in tag and tag.islower()) or tag_of(el) not in UNCLASSED_LABEL_TAGS
            ):
                continue  # most elements: neither a named meta line nor a possible box label
        hit = cues.get(cid)
        if hit is None:  # class strings recur within a page: test each once
            meta = BYLINE_CLASSES.search(cid) or DATE_CLASSES.search(cid)
            hit = cues[cid] = (LABEL_CLASSES.search(cid), meta)
        label, meta = hit
        # A box label is a heading or has a label class (what empty_box_label tests first).
        if (label or tag_of(el) in UNCLASSED_LABEL_TAGS) and empty_box_label(page, el, cid):
            page.consumed.add(el)  # the label of an empty box titles nothing
            continue
        if not cid or not meta:
            continue
        if stat.raw > META_LINE_MAX_CHARS:
            continue
        text = text_of(el)
        if len(text) > META_LINE_MAX_CHARS:
            continue
        if _named_meta(cid) or _meta_line(el, text, stat):
            page.consumed.add(el)


def _below(page: Page, el: Element) -> list[Element]:
    """The elements below el in document order: a slice of the page's element list (quicker to
    walk than `iter`), or el's own walk when the page has not indexed it."""
    start = page.position.get(el)
    if start is None:
        return list(el.iter(etree.Element))[1:]  # elements only (no comments), in C
    return page.order[start + 1 : page.end_pos(el) + 1]


def _named_meta(cid: str) -> bool:
    """A class named for a byline or a date line: the cue ends one of its class words ("meta",
    "entry-meta", "product_meta", "post-byline"). A cue followed by more words names something
    else ("meta-block-section", "meta__button", "text-meta-light": a layout block, a colour)."""
    for token in cid.split():
        for cue in (BYLINE_CLASSES, DATE_CLASSES):
            if any(m.end() == len(token) for m in cue.pattern.finditer(token)):
                return True
    return False


def _meta_line(el: Element, text: str, stat: Stat) -> bool:
    """What a byline/date line holds: a date, a <time>, a "By …" label, an author link or a
    reading time; else a few words or links and no sentence (names, "3 comments", tags)."""
    if tag_of(el) == "time" or next(el.iter("time"), None) is not None:
        return True
    if date_spans(text) or BYLINE_TEXT.match(text) or _READ_TIME.search(text):
        return True
    for link in el.iter("a"):
        if "author" in (link.get("rel") or "") or author_href(link.get("href")):
            return True
    if _SENTENCE_END.search(text + " "):
        return False
    return len(text.split()) <= META_NAME_MAX_WORDS or stat.link >= META_LINK_SHARE * stat.raw
