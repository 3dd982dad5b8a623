"""Authors and dates: visible bylines first, declared metadata as the fallback.

A byline is a short element with a byline/author cue (class, rel=author, itemprop=author) near
the headline or at the start of the content; its text is split into person names. Dates come
from metadata (JSON-LD, meta, <time>), else from a visible date near the headline.
"""

from __future__ import annotations

import re

from lxml import etree

from articlekit.dom import Element, ancestors, class_id, spaced_text, tag_of, text_of
from articlekit.fields.cues import BYLINE_CLASSES, DATE_CLASSES
from articlekit.metadata.dates import find_date_in_text, to_iso
from articlekit.metadata.people import looks_like_person, normalise_caps, split_byline
from articlekit.page import Page

BYLINE_WINDOW_BEFORE = 20
BYLINE_WINDOW_AFTER = 80
BYLINE_MAX_CHARS = 250
BYLINE_TEXT_WINDOW = 12
BYLINE_TEXT = re.compile(r"^(?:by|von|par|por|di|door|av|af|przez|автор:?)\s+[^\W\d_]", re.I)
_XPATH_AUTHOR_CUES = etree.XPath(
    "//*[@rel='author' or @itemprop='author' or contains(@class,'author') "
    "or contains(@class,'byline') or contains(@class,'Byline') or contains(@class,'Author')]"
)


def find_authors(page: Page) -> tuple[list[str], list[Element]]:
    """(author names, the byline elements they came from)."""
    for el in _byline_candidates(page) + _bylines_by_text(page):
        names = names_in_byline(el)
        if names:
            return names, [el]
    return list(page.meta.authors), []


def names_in_byline(el: Element) -> list[str]:
    """The person names of a byline: its author links when they read as names (roles, badges
    and dates sit outside them), else its text split into names."""
    linked: list[str] = []
    for link in el.iter("a"):
        text = text_of(link)
        if looks_like_person(text) and text.casefold() not in {n.casefold() for n in linked}:
            linked.append(normalise_caps(text) if text.isupper() else text)
    if linked:
        return linked
    return split_byline(spaced_text(el))


def _bylines_by_text(page: Page) -> list[Element]:
    """Short lines right after the headline that read "By Name" (pages with no byline
    markup)."""
    if page.headline_el is None:
        return []
    out = []
    for el in page.window(page.headline_el, 0, BYLINE_TEXT_WINDOW):
        stat = page.stats.get(el)
        if stat is None or stat.size > 6 or page.inside(el, page.headline_el):
            continue
        text = text_of(el)
        if len(text) <= BYLINE_MAX_CHARS and BYLINE_TEXT.match(text) and not page.excluded(el):
            out.append(el)
    return out


def _byline_candidates(page: Page) -> list[Element]:
    """Byline-cued elements, nearest to the headline first, outermost of nested cues."""
    near: list[Element] = []
    if page.headline_el is not None:
        window = page.window(page.headline_el, BYLINE_WINDOW_BEFORE, BYLINE_WINDOW_AFTER)
        near = [el for el in window if _is_byline(page, el)]
    if near:
        return _outermost(near)
    scope = page.content if page.content is not None else page.body
    cued = [el for el in _XPATH_AUTHOR_CUES(scope) if _is_byline(page, el)]
    return _outermost(cued[:10])


def _is_byline(page: Page, el: Element) -> bool:
    if not isinstance(el.tag, str) or page.excluded(el):
        return False
    cue = (
        el.get("rel") == "author"
        or el.get("itemprop") == "author"
        or bool(BYLINE_CLASSES.search(class_id(el)))
    )
    if not cue or tag_of(el) in ("img", "meta", "link", "figure"):
        return False
    stat = page.stats.get(el)
    if stat is None or stat.raw > BYLINE_MAX_CHARS:
        return False
    text = text_of(el)
    return 0 < len(text) <= BYLINE_MAX_CHARS


def _outermost(elements: list[Element]) -> list[Element]:
    chosen: list[Element] = []
    inside = set(elements)
    for el in elements:
        if not any(a in inside for a in ancestors(el, 8)):
            chosen.append(el)
    return chosen


def find_dates(page: Page, byline: list[Element]) -> tuple[str | None, str | None]:
    """(published, modified) as ISO 8601."""
    published, modified = page.meta.published, page.meta.modified
    if published is None:
        published = _visible_date(page, byline)
    return published, modified


def _visible_date(page: Page, byline: list[Element]) -> str | None:
    places = list(byline)
    if page.headline_el is not None:
        window = page.window(page.headline_el, BYLINE_WINDOW_BEFORE, BYLINE_WINDOW_AFTER)
        places += [el for el in window if tag_of(el) == "time" or _date_cued(el)]
    for el in places:
        if page.excluded(el):
            continue
        stamp = el.get("datetime") if tag_of(el) == "time" else None
        found = to_iso(stamp) if stamp else None
        found = found or find_date_in_text(text_of(el))
        if found:
            return found
    return None


def _date_cued(el: Element) -> bool:
    return isinstance(el.tag, str) and bool(DATE_CLASSES.search(class_id(el)))
