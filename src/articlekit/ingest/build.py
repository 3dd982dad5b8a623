"""Build an `lxml.html` tree from start/data/end events, with limits, and finish the skeleton.

Three inputs produce events instead of a finished tree: the parser's fallback for pages nested
deeper than libxml2 allows, a BeautifulSoup object, and an lxml tree that must be copied. All go
through `EventBuilder`, which

- never nests deeper than `max_depth`: an element that would be deeper becomes the next sibling
  of the element at the limit (which is closed first), so tags and text keep their order and
  nothing is lost but nesting ("sibling flattening");
- stops with `LimitExceeded` past `max_elements`, and polls the time budget;
- cleans names and text so that lxml accepts them (no control characters, no lone surrogates).

`finish_document()` then guarantees what every later stage may assume: a root `<html>` with a
`<head>` and a `<body>`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import lxml.etree
import lxml.html

from articlekit.errors import LimitExceeded
from articlekit.ingest.budget import Deadline

# Characters that lxml refuses in text (XML 1.0 forbids them) or that are not characters at all.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_BAD_NAME = re.compile(r"[\s\"'<>/=\x00-\x1f\x7f]")
_HEAD_TAGS = frozenset({"title", "meta", "link", "base"})
_TAG_CACHE: dict[str, str] = {}
_POLL_EVERY = 1024  # events between two looks at the clock


def html_class_lookup() -> lxml.etree.ElementDefaultClassLookup:
    """lxml.html's element classes, chosen in C. lxml.html's own lookup runs a Python method
    for every element proxy it creates (a million calls on a thousand pages); it only adds
    form-field subclasses (FormElement, InputElement, ...) whose extra methods we never use."""
    return lxml.etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement,
        comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction,
        entity=lxml.html.HtmlEntity,
    )


# Only its element factory is used (TreeBuilder, new roots); it never parses. An element made
# by a parser's makeelement() is the root of a document of its own, which is what we need.
_HTML_FACTORY = lxml.html.HTMLParser()
_HTML_FACTORY.set_element_class_lookup(html_class_lookup())


def clean_text(text: str) -> str:
    """Text that lxml accepts: surrogate pairs joined, lone ones and forbidden controls replaced.

    Vertical tab and form feed are white space in HTML, so they become spaces; NUL and the other
    C0 controls are dropped; U+FFFE/U+FFFF (non-characters) are dropped.
    """
    return clean_utf8(text).decode("utf-8")


def clean_utf8(text: str, utf8: bytes | None = None) -> bytes:
    """`clean_text(text)` encoded as UTF-8, for the parser, with one encoding pass on the usual
    clean page (none when the caller has `utf8`, the text's UTF-8 encoding: the input bytes of
    a valid UTF-8 page). The tests run at C speed (see `_has_bad_chars`), far faster than a
    regex scan.
    """
    if utf8 is not None:
        data = utf8
    else:
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            # A str may hold UTF-16 code units; a valid pair becomes its character, a lone one
            # U+FFFD.
            text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
            data = text.encode("utf-8")
    if _has_bad_chars(data, text):
        text = _BAD_CHARS.sub(lambda m: " " if m.group() in "\x0b\x0c" else "", text)
        data = text.encode("utf-8")
    return data


_CONTROL_BYTES = bytes(range(0x00, 0x09)) + b"\x0b\x0c" + bytes(range(0x0E, 0x20))


def _has_bad_chars(data: bytes, text: str) -> bool:
    """C0 controls other than tab/newline/CR, or U+FFFE/U+FFFF, in `data`, the UTF-8 bytes of
    `text`. The non-characters are looked for in the str: a one-character search there is
    many times faster than a three-byte search in the bytes, and ASCII bytes hold none."""
    if len(data.translate(None, _CONTROL_BYTES)) != len(data):
        return True
    if data.isascii():
        return False
    return "\ufffe" in text or "\uffff" in text


def clean_tag(name: object) -> str:
    """A usable tag name: namespace dropped, lower-cased; a broken name becomes 'span'."""
    key = str(name)
    tag = _TAG_CACHE.get(key)
    if tag is None:
        tag = key.rsplit("}", 1)[-1].lower()
        if not tag or _BAD_NAME.search(tag) or _SURROGATE.search(tag):
            tag = "span"
        if len(_TAG_CACHE) < 4096:  # pages reuse a few dozen names; bound it against junk
            _TAG_CACHE[key] = tag
    return tag


def clean_attrs(attrs: Iterable[tuple[object, object]]) -> dict[str, str]:
    """Attributes lxml accepts: broken names dropped, list values (bs4 classes) joined."""
    out: dict[str, str] = {}
    for name, value in attrs:
        key = str(name).rsplit("}", 1)[-1].lower()
        if not key or _BAD_NAME.search(key) or _SURROGATE.search(key) or key in out:
            continue
        if isinstance(value, (list, tuple)):
            value = " ".join(str(v) for v in value)
        out[key] = clean_text("" if value is None else str(value))
    return out


class EventBuilder:
    """An lxml.html TreeBuilder with a depth cap, an element limit and a deadline.

    The builder opens a provisional `<html>` root itself, so events may begin with text or with
    several top-level elements; `close()` unwraps it when the events brought their own `<html>`.
    """

    def __init__(self, max_depth: int, max_elements: int, deadline: Deadline, stage: str):
        self._tb = lxml.etree.TreeBuilder(parser=_HTML_FACTORY)
        # One level is kept in reserve: finish_document() may put a <body> above the content.
        self._max_depth = max(3, max_depth - 1)
        self._max_elements = max_elements
        self._deadline = deadline
        self._stage = stage
        self._count = 0
        # One entry per open source element: its tag, or None when it is not open in the
        # builder (flattened away). `_emitted` holds the stack indexes that are open.
        self._stack: list[str | None] = []
        self._emitted: list[int] = []
        self._tb.start("html", {})
        self._emitted.append(-1)

    def start(self, tag: object, attrs: Iterable[tuple[object, object]] = ()) -> None:
        """Open an element (or, at the depth cap, close the deepest one and open it beside)."""
        self._count += 1
        if self._count > self._max_elements:
            raise LimitExceeded(
                f"page has more than {self._max_elements:,} elements (Options.max_elements)"
            )
        if self._count % _POLL_EVERY == 0:
            self._deadline.check(self._stage)
        name = clean_tag(tag)
        if len(self._emitted) >= self._max_depth:
            index = self._emitted.pop()
            self._tb.end(self._stack[index])
            self._stack[index] = None
        self._tb.start(name, clean_attrs(attrs))
        self._stack.append(name)
        self._emitted.append(len(self._stack) - 1)

    def end(self) -> None:
        """Close the innermost open source element; an unmatched end is ignored."""
        if not self._stack:
            return
        name = self._stack.pop()
        if name is not None:
            self._emitted.pop()
            self._tb.end(name)

    def data(self, text: str | None) -> None:
        """Add text at the current position."""
        if text:
            self._tb.data(clean_text(text))

    def close(self) -> lxml.html.HtmlElement:
        """Close what is still open and return the finished document's `<html>` root."""
        while self._stack:
            self.end()
        self._tb.end("html")
        return finish_document(self._tb.close())


def _unwrap_html(wrapper: lxml.html.HtmlElement) -> None:
    """Merge a single `<html>` child into the provisional `<html>` root that holds only it.

    The child's content moves up rather than the child being detached: a detached element is
    not its document's root, and absolute XPaths (`//meta`) would then search the old root.
    """
    children = [child for child in wrapper if isinstance(child.tag, str)]
    if len(children) != 1 or children[0].tag != "html":
        return
    inner = children[0]
    if ((wrapper.text or "") + (inner.tail or "")).strip():
        return
    wrapper.remove(inner)
    _adopt(wrapper, inner)


def _adopt(target: lxml.html.HtmlElement, source: lxml.html.HtmlElement) -> None:
    """Move source's attributes, text and children into target (which has no children)."""
    for name, value in source.attrib.items():
        target.set(name, value)
    target.text = source.text
    for child in list(source):
        target.append(child)


def _as_document_root(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """`root` itself if it is its document's root element, else a new root holding its content."""
    if root.getroottree().getroot() is root:
        return root
    fresh = _HTML_FACTORY.makeelement("html", {})
    _adopt(fresh, root)
    return fresh


def _child(root: lxml.html.HtmlElement, tag: str) -> lxml.html.HtmlElement | None:
    for child in root:
        if child.tag == tag:
            return child
    return None


def _make_body(root: lxml.html.HtmlElement, head: lxml.html.HtmlElement | None) -> None:
    """Move everything but the head into a new `<body>`; head-only tags go to the head."""
    body = root.makeelement("body", {})
    body.text, root.text = root.text, None
    for child in list(root):
        if child is head:
            continue
        if head is not None and child.tag in _HEAD_TAGS:
            _add_text(body, child.tail)  # the text after a <title> is page text, not head
            child.tail = None
            head.append(child)
        else:
            body.append(child)
    root.append(body)


def _add_text(parent: lxml.html.HtmlElement, text: str | None) -> None:
    """Append text at the end of `parent`'s content."""
    if not text:
        return
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def finish_document(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """Make sure the tree is `<html>` with a `<head>` and a `<body>` (a fragment gets both),
    and that the `<html>` is its document's root, so absolute XPaths see the whole page."""
    if root.tag == "html" and root.getparent() is None:
        _unwrap_html(root)
    if root.tag != "html":
        wrapper = _HTML_FACTORY.makeelement("html", {})
        wrapper.append(root)
        root = wrapper
    root = _as_document_root(root)
    head = _child(root, "head")
    if head is None:
        head = root.makeelement("head", {})
        root.insert(0, head)
    if _child(root, "body") is None:
        _make_body(root, head)
    _adopt_strays(root)
    return root


def _adopt_strays(root: lxml.html.HtmlElement) -> None:
    """Move into the body what libxml2 put in a second `<html>` beside the root.

    A page that closes `</html>` twice (a template that writes its own end tags) gets the rest
    of its markup, often the article itself, in a sibling `<html>` no walk from the root sees.
    """
    body = _child(root, "body")
    strays = [el for el in root.itersiblings() if isinstance(el.tag, str)]
    if body is None or not strays:
        return
    for stray in strays:
        for child in list(stray):
            if child.tag in ("head", "body"):
                _add_text(body, child.text)
                for grandchild in list(child):
                    body.append(grandchild)
            else:
                body.append(child)
