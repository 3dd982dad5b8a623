"""Microdata: `itemprop` values, grouped by the item (`itemscope`) that owns them.

The page's main item is its first Article-like `itemscope` (a WebPage one as fallback); its
properties come first, then properties outside any item (sites often omit the scope).
Properties of other items (a Person, a Comment, a teaser's Article) are ignored, except the
nested name of an author item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from articlekit.metadata.context import excluded, first_group
from articlekit.metadata.jsonld import ARTICLE_TYPES, PAGE_TYPES
from articlekit.textnorm import clean

Element = etree._Element

MAX_SCOPE_DISTANCE = 200  # a property further below its item than this counts as unscoped
WANTED = frozenset(
    {
        "headline", "name", "author", "creator", "datepublished", "datemodified",
        "datecreated", "articlesection", "keywords", "image", "description",
    }
)  # fmt: skip

QUESTION_TYPES = frozenset({"question"})  # the item a Q&A page asks
_NAME = etree.XPath(".//*[contains(concat(' ', normalize-space(@itemprop), ' '), ' name ')]")


@dataclass(slots=True)
class Items:
    """Properties (lower-cased name -> elements in document order) of the main item and of no
    item; `main_is_article` says whether the main item is an Article."""

    main: dict[str, list[Element]] = field(default_factory=dict)
    loose: dict[str, list[Element]] = field(default_factory=dict)
    main_is_article: bool = False
    # The properties of a Q&A page's one question (its answers and comments are items of their
    # own): its dates are the page's, where its name and asker are left to other readers.
    question: dict[str, list[Element]] = field(default_factory=dict)

    def values(self, prop: str) -> list[Element]:
        """Elements of `prop`, main item first, then unscoped ones outside teasers and asides;
        `name` only from an Article main item."""
        if prop == "name":
            return self.main.get(prop, []) if self.main_is_article else []
        return self.main.get(prop, []) + [el for el in self.loose.get(prop, []) if not excluded(el)]

    def authors(self) -> list[Element]:
        """The main item's authors, else the first byline's worth of unscoped ones."""
        return self.main.get("author") or first_group(self.loose.get("author", []))


def group_props(elements: list[Element]) -> Items:
    """Group the wanted `itemprop` elements by owning item and pick the main item."""
    by_scope: dict[Element | None, dict[str, list[Element]]] = {}
    scopes: list[Element] = []
    for el in elements:
        names = {p.lower() for p in (el.get("itemprop") or "").split()} & WANTED
        if not names:
            continue
        owner = _owner(el)
        if owner is not None and owner not in by_scope:
            scopes.append(owner)
        bucket = by_scope.setdefault(owner, {})
        for name in names:
            bucket.setdefault(name, []).append(el)
    items = Items(loose=by_scope.get(None, {}))
    main = _main_scope(scopes)
    if main is not None:
        items.main = by_scope[main]
        items.main_is_article = _scope_kind(main) == 2
    questions = [s for s in scopes if _is_question(s)]
    if len(questions) == 1 and not excluded(questions[0]):  # an FAQ page asks many
        items.question = by_scope[questions[0]]
    return items


def _is_question(scope: Element) -> bool:
    kinds = (re.split(r"[/:#]", t)[-1].lower() for t in (scope.get("itemtype") or "").split())
    return any(k in QUESTION_TYPES for k in kinds)


def prop_text(el: Element, want_url: bool = False) -> str:
    """A property's value: `content`, `datetime`, the element's text, or (for URL properties)
    its link or media address."""
    tag = el.tag if isinstance(el.tag, str) else ""
    for attr in ("content", "datetime") if tag != "time" else ("datetime", "content"):
        value = el.get(attr)
        if value is not None and value.strip():
            return clean(value)
    if want_url and tag in ("a", "link", "area"):
        return clean(el.get("href"))
    if want_url and tag in ("img", "source", "video", "audio", "embed", "iframe"):
        return clean(el.get("src") or el.get("data-src"))
    if tag in ("meta", "link") or want_url:
        return ""
    return clean(el.text_content())


def author_text(el: Element) -> str:
    """An author property's text: its nested `itemprop=name` values (an author item, or a
    wrapper that forgot `itemscope`), else its own text."""
    if len(el):
        names = [n for n in (prop_text(x) for x in _NAME(el)) if n]
        if names:
            return ", ".join(names)
    return prop_text(el)


def _owner(el: Element) -> Element | None:
    """The nearest ancestor with `itemscope` (the element's own scope is the item it starts)."""
    for distance, anc in enumerate(el.iterancestors()):
        if distance > MAX_SCOPE_DISTANCE:
            return None
        if anc.get("itemscope") is not None:
            return anc
    return None


def _main_scope(scopes: list[Element]) -> Element | None:
    """The first Article item, else the first WebPage item, else None."""
    pages = []
    for scope in scopes:
        if excluded(scope):
            continue
        kind = _scope_kind(scope)
        if kind == 2:
            return scope
        if kind == 1:
            pages.append(scope)
    return pages[0] if pages else None


def _scope_kind(scope: Element) -> int:
    """2 for an Article item, 1 for a WebPage item, 0 otherwise."""
    kinds = [re.split(r"[/:#]", t)[-1].lower() for t in (scope.get("itemtype") or "").split()]
    if any(k in ARTICLE_TYPES or k.endswith("article") for k in kinds):
        return 2
    return 1 if any(k in PAGE_TYPES for k in kinds) else 0
