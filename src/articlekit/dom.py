"""Tree helpers shared by the stages: tag classes, class/id tokens, visibility, text.

Every walk here is iterative (`lxml.etree.iterwalk` with `skip_subtree`), so a page's depth never
reaches Python's recursion limit.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Container, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar

from lxml import etree

from articlekit.textnorm import clean

Element = etree._Element

# Elements whose content is never article text.
# fmt: off
SKIP_TAGS = frozenset({
    "script", "style", "template", "head", "title", "meta", "link", "svg", "math", "iframe",
    "object", "embed", "canvas", "map", "select", "input", "textarea", "option", "optgroup",
    "datalist", "video", "audio", "source", "track", "param"
})
# fmt: on
# Elements that start a new line of text (HTML's block-level and table elements).
# fmt: off
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption",
    "br", "img", "picture", "listing", "xmp", "plaintext", "noscript"
})
# fmt: on
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def tag_of(el: Element) -> str:
    """The lower-case tag name, or "" for comments, processing instructions and entities."""
    tag = el.tag
    if tag.__class__ is not str:
        return ""
    if "}" in tag:  # XHTML namespaced trees
        return tag.rsplit("}", 1)[1].lower()
    return tag if tag.islower() else tag.lower()


class _Memo:
    """Per-extraction memos of `class_id` and `is_hidden` (see `memoised`)."""

    __slots__ = ("class_ids", "hidden", "texts")

    def __init__(self) -> None:
        self.class_ids: dict[Element, str] = {}
        self.hidden: dict[Element, bool] = {}
        self.texts: dict[Element, str] = {}  # `text_of` with the default skip, non-leaves


_MEMO: ContextVar[_Memo | None] = ContextVar("articlekit_dom_memo", default=None)


@contextmanager
def memoised() -> Iterator[None]:
    """Within this block (one extraction, whose tree does not change), `class_id`,
    `is_hidden` and `text_of` remember each element's answer: the stages ask about the same
    elements again and again, and reading attributes or text through lxml costs far more than
    a dict look-up. A context variable, so that threads extracting at the same time keep
    apart."""
    token = _MEMO.set(_Memo())
    try:
        yield
    finally:
        _MEMO.reset(token)


def extraction_memo() -> _Memo | None:
    """The memos of the extraction at hand (see `memoised`), for a stage that reads every
    element's attributes anyway: what it stores there, later stages need not read again."""
    return _MEMO.get()


def class_id(el: Element) -> str:
    """The element's class and id values, lower-cased, space-joined: what class rules match."""
    memo = _MEMO.get()
    if memo is None:
        return attrs_class_id(el)
    value = memo.class_ids.get(el)
    if value is None:
        value = memo.class_ids[el] = attrs_class_id(el)
    return value


# Utility classes of CSS frameworks ("text-dark-secondary", "lg:bg-header-light"): their words
# name a colour, size or state, never a page region, so cue words inside them mean nothing.
_UTILITY_CLASS = re.compile(
    r"(?:(?<=\s)|^)(?:[\w\[\]&-]+:)*(?:text|bg|border|fill|stroke|ring|shadow|outline|decoration"
    r"|divide|placeholder|accent|caret)-\S*",
    re.I,
)


# A utility applied under a condition ("md:hidden", "hover:underline", "[&_a.hidden]:hidden",
# "marker:hidden") styles the element at some widths or states only, or its descendants or
# pseudo-elements: it says nothing about what the element is, nor that it is hidden (a page's
# mobile and desktop copies both stay, as in the page's text).
_VARIANT_CLASS = re.compile(r"(?:(?<=\s)|^)[^\s:]*:\S*")

_UTILITY_MEMO: dict[str, str] = {}  # class strings repeat across elements and pages
UTILITY_MEMO_MAX = 50_000


# The words that open a utility class, as `_UTILITY_CLASS` needs them, for a lower-cased ASCII
# class string (case-sensitive: quick): one holding none of them has no utility class, and one
# without ":" no variant.
_UTILITY_WORD = re.compile(
    r"(?:text|bg|border|fill|stroke|ring|shadow|outline|decoration|divide|placeholder|accent"
    r"|caret)-"
)


def _without_utilities(cls: str) -> str:
    value = _UTILITY_MEMO.get(cls)
    if value is None:
        if len(_UTILITY_MEMO) >= UTILITY_MEMO_MAX:
            _UTILITY_MEMO.clear()
        value = cls
        # The regexes try every position of the string; most strings hold neither cue.
        if not cls.isascii() or _UTILITY_WORD.search(cls.lower()) is not None:
            value = _UTILITY_CLASS.sub("", value)
        if ":" in value:
            value = _VARIANT_CLASS.sub("", value)
        _UTILITY_MEMO[cls] = value
    return value


def raw_class_id(el: Element) -> str:
    """The element's class and id values as written (utility classes kept), lower-cased: for
    tests that look for one word in a name ("modal", "footer", "tab"), never memoised."""
    return ((el.get("class") or "") + " " + (el.get("id") or "")).lower()


def attrs_class_id(attrs: Element | Mapping[str, str]) -> str:
    """`class_id` of an element or of a mapping of its attributes (utility classes left out),
    never memoised."""
    cls = attrs.get("class")
    if cls and ("-" in cls or ":" in cls):
        cls = _without_utilities(cls)
    ident = attrs.get("id")
    if cls and ident:
        return f"{cls} {ident}".lower()
    return (cls or ident or "").lower()


def ancestors(el: Element, limit: int) -> list[Element]:
    """The element's nearest `limit` ancestors, nearest first."""
    out: list[Element] = []
    for ancestor in el.iterancestors():
        out.append(ancestor)
        if len(out) >= limit:
            break
    return out


def last_element(el: Element) -> Element:
    """The last element of el's subtree in document order (el itself when it has no element
    children): its last element child's, down the tree. Comments, processing instructions and
    entities are not elements (not in `iter(etree.Element)`, nor in a Page's positions)."""
    while True:
        for child in reversed(el):
            if child.tag.__class__ is str:
                el = child
                break
        else:
            return el


def is_hidden(el: Element) -> bool:
    """True when the markup itself hides the element (attribute, ARIA, inline style)."""
    memo = _MEMO.get()
    if memo is None:
        return attrs_hidden(el)
    value = memo.hidden.get(el)
    if value is None:
        value = memo.hidden[el] = attrs_hidden(el)
    return value


def attrs_hidden(attrs: Element | Mapping[str, str]) -> bool:
    """`is_hidden` of an element or of a mapping of its attributes, never memoised."""
    if attrs.get("hidden") is not None:
        return True
    if (attrs.get("aria-hidden") or "").strip().lower() == "true":
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def walk(
    root: Element, skip: Callable[[Element], bool] | None = None
) -> Iterator[tuple[str, Element]]:
    """Yield ("start", el), ("end", el) in document order, and ("skip", el) for a pruned subtree.

    `skip(el)` prunes el and its descendants; the caller still sees it once, as "skip", so it can
    keep the element's tail (which is the parent's text).
    """
    walker = etree.iterwalk(root, events=("start", "end"))
    pruned: Element | None = None
    for event, el in walker:
        if pruned is not None:  # iterwalk still sends the pruned element's own "end"
            pruned = None
            continue
        if event == "start" and el is not root and skip is not None and skip(el):
            walker.skip_subtree()
            pruned = el
            yield "skip", el
            continue
        yield event, el


def default_skip(el: Element) -> bool:
    """Prune non-text elements (scripts, form controls, media, comments)."""
    tag = el.tag
    if tag.__class__ is not str:
        return True
    if tag in SKIP_TAGS:
        return True
    return ("}" in tag or not tag.islower()) and tag_of(el) in SKIP_TAGS


def excluding(first: Container[Element], second: Container[Element]) -> Callable[[Element], bool]:
    """A skip test: `default_skip`, or in `first` or in `second` (held as they are: what they
    gain later is skipped too). `text_of` and the block builder find the two as the test's
    `excluded` attribute and look them up inline, without a call per element."""

    def skip(el: Element) -> bool:
        return default_skip(el) or el in first or el in second

    skip.excluded = (first, second)  # type: ignore[attr-defined]
    return skip


def _never(el: Element) -> bool:
    return False


def text_of(root: Element, skip: Callable[[Element], bool] | None = default_skip) -> str:
    """The element's visible text, with a space at every block boundary, cleaned."""
    if root.tag.__class__ is not str:
        return ""
    if not len(root):  # a leaf: its text alone (the block spaces around it are stripped)
        return clean(root.text)
    if skip is not default_skip:
        return _walk_text(root, skip)
    memo = _MEMO.get()
    if memo is None:
        return _walk_text(root, skip)
    text = memo.texts.get(root)
    if text is None:  # the stages ask for the same elements' texts again and again
        text = memo.texts[root] = _walk_text(root, skip)
    return text


# What `_walk_text` needs to know of a tag, looked up once per event: the plain lower-case names
# that ingest gives (block and skip tags, the commonest inline ones). Any other name (upper case,
# namespaced, a custom element, a comment's non-str tag) goes through `tag_of` (`_text_kind`).
_INLINE, _BLOCK, _SKIPPED = 0, 1, 2
# fmt: off
_INLINE_TAGS = (
    "span", "a", "strong", "em", "i", "b", "u", "s", "small", "sup", "sub", "code", "label",
    "button", "time", "abbr", "cite", "q", "mark", "del", "ins", "font", "wbr", "kbd", "var",
)
# fmt: on
_TEXT_KINDS: dict[object, int] = {tag: _INLINE for tag in _INLINE_TAGS}
_TEXT_KINDS.update({tag: _BLOCK for tag in BLOCK_TAGS})
_TEXT_KINDS.update({tag: _SKIPPED for tag in SKIP_TAGS})


def _text_kind(el: Element) -> int:
    """The `_TEXT_KINDS` kind of an element whose tag is not a key there."""
    tag = tag_of(el)
    if tag == "" or tag in SKIP_TAGS:
        return _SKIPPED
    return _BLOCK if tag in BLOCK_TAGS else _INLINE


def _walk_text(root: Element, skip: Callable[[Element], bool] | None) -> str:
    """`text_of` of an element with children: one iterwalk."""
    parts: list[str] = []
    append = parts.append
    walker = etree.iterwalk(root, events=("start", "end"))
    # The default test and an `excluding` one run inline (this runs on many elements): the
    # skipped kind, and the excluded collections when there are some. Any other is called.
    excluded = skip is not default_skip and getattr(skip, "excluded", None)
    first, second = excluded or ((), ())
    custom = None if skip is default_skip or excluded else (skip or _never)
    kind_of = _TEXT_KINDS.get
    pruned = None
    for event, el in walker:
        if pruned is not None:  # the "end" of a pruned element
            pruned = None
            text = el.tail
            if text:
                append(text)
            continue
        kind = kind_of(el.tag)
        if kind is None:
            kind = _text_kind(el)
        if event == "start":
            if el is not root and (
                (kind == _SKIPPED or (excluded and (el in first or el in second)))
                if custom is None
                else custom(el)
            ):
                walker.skip_subtree()
                pruned = el
                continue
            if kind == _BLOCK:
                append(" ")
            text = el.text
        else:
            if kind == _BLOCK:
                append(" ")
            if el is root:
                continue
            text = el.tail
        if text:
            append(text)
    return clean("".join(parts))


# `text_of` as an XSLT transform: the same text pieces in the same order, joined in C. For a
# large subtree (a page's whole body) it is about twice as fast as the Python walk. It matches
# tag names as written, so it serves trees as ingest builds them (lower-case plain tag names,
# no comments or processing instructions).
_TEXT_XSLT = f"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text" encoding="UTF-8"/>
<xsl:template match="/"><xsl:apply-templates select="*" mode="root"/></xsl:template>
<xsl:template match="*" mode="root"><xsl:apply-templates/></xsl:template>
<xsl:template match="{"|".join(sorted(SKIP_TAGS))}"/>
<xsl:template match="{"|".join(sorted(BLOCK_TAGS))}"><xsl:text> </xsl:text><xsl:apply-templates/>\
<xsl:text> </xsl:text></xsl:template>
</xsl:stylesheet>"""
_XSLT_LOCAL = threading.local()  # one compiled transform per thread


def long_text_of(root: Element) -> str:
    """`text_of(root)` for a large subtree of a tree that ingest built, computed in C (and
    remembered like `text_of` within one extraction)."""
    tag = root.tag
    if tag.__class__ is not str or _odd_tag(tag) or tag in SKIP_TAGS or not len(root):
        return text_of(root)
    memo = _MEMO.get()
    text = memo.texts.get(root) if memo is not None else None
    if text is None:
        transform = getattr(_XSLT_LOCAL, "transform", None)
        if transform is None:
            transform = _XSLT_LOCAL.transform = etree.XSLT(etree.XML(_TEXT_XSLT))
        text = clean(bytes(transform(root)).decode("utf-8"))
        if memo is not None:
            memo.texts[root] = text
    return text


def _odd_tag(tag: object) -> bool:
    """True for a tag that is not a plain lower-case name (namespaced, upper case, or not a
    name at all: comments and processing instructions)."""
    return tag.__class__ is not str or "}" in tag or not tag.islower()  # type: ignore[operator]


def spaced_text(root: Element) -> str:
    """Visible text with a space at every element boundary, inline ones included: for short
    lines whose parts the page sets apart with CSS ("By<a>Jane Doe</a><time>May 2</time>")."""
    parts: list[str] = []
    for event, el in walk(root, default_skip):
        if event == "skip":
            parts.append(" ")
            if el.tail:
                parts.append(el.tail)
            continue
        parts.append(" ")
        if event == "start":
            if el.text:
                parts.append(el.text)
        elif el is not root and el.tail:
            parts.append(el.tail)
    return clean("".join(parts))
