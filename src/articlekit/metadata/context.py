"""Where a declaring node sits: inside another story's teaser, a sidebar or comments, or next to
another node of the same byline. Markup hints outside `<head>` are only trusted by context."""

from __future__ import annotations

import re

from lxml import etree

Element = etree._Element

EXCLUDE_DEPTH = 40  # ancestors searched for teaser, sidebar or comment containers
LISTING_OTHERS = 2  # other people named outside the first byline that make a page a listing
# A class or id token that names a container of other stories, comments or navigation: the
# word itself or the word after a short prefix ("c-related", "post-comments", "site-nav"), so
# that layout wrappers such as "content-sidebar-wrap" do not count.
_EXCLUDED = re.compile(
    r"^(?:[a-z]{1,5}[-_])?(?:comment|related|sidebar|recommend|teaser|promo|trending|popular"
    r"|reply|nav|menu|more-stories|read-next|up-next)",
    re.I,
)
_EXCLUDED_TAGS = frozenset({"nav"})
# Page-wide containers whose classes describe the whole post ("comments-open", "tag-related").
_PAGE_TAGS = frozenset({"html", "body", "main", "article"})


def excluded(el: Element) -> bool:
    """True inside an aside, a footer, a menu, comments or a list of other stories."""
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= EXCLUDE_DEPTH:
            return False
        tag = anc.tag.lower() if isinstance(anc.tag, str) else ""
        if tag in _PAGE_TAGS:
            continue
        if tag in _EXCLUDED_TAGS:
            return True
        marks = f"{anc.get('class') or ''} {anc.get('id') or ''}"
        if any(_EXCLUDED.match(token) for token in marks.split()):
            return True
    return False


def first_group(elements: list[Element]) -> list[Element]:
    """The first element that is not excluded, and the later ones sharing its parent or
    grandparent: the links of one byline, not every author link of a listing. A page where
    other groups name two or more other people is a listing: no group is its byline."""
    kept = [el for el in elements if not excluded(el)]
    if not kept:
        return []
    anchors = _near(kept[0])
    group = [el for el in kept if _near(el) & anchors]
    names = {_key(el) for el in group}
    others = {_key(el) for el in kept if not _near(el) & anchors} - names
    return group if len(others) < LISTING_OTHERS else []


def _key(el: Element) -> str:
    return " ".join(el.text_content().split()).casefold()


def _near(el: Element) -> set[Element]:
    parent = el.getparent()
    if parent is None:
        return set()
    grand = parent.getparent()
    return {parent} if grand is None else {parent, grand}
