"""Accepted inputs -> raw page data (bytes or str) or a finished lxml tree.

- `str` is always HTML text (never a file name: pass a `pathlib.Path` for a file);
- `bytes`, `bytearray`, `memoryview`: raw page bytes;
- `pathlib.Path`: the file's bytes; an open file object: its bytes, or its text in text mode;
- an lxml element or ElementTree: its whole tree, used as is when it is already an HTML document
  within the limits and free of comments and processing instructions, otherwise copied (once,
  iteratively) into one; the caller's tree is never modified;
- a BeautifulSoup object or Tag: converted to lxml once, by an iterative walk with an explicit
  stack (soups can be 100,000 levels deep), keeping attributes, text and tails, skipping
  comments, doctypes, declarations and processing instructions.

Files are read no further than `max_bytes + 1`, so a huge file is refused without loading it.
"""

from __future__ import annotations

import pathlib
from typing import Any

import lxml.etree
import lxml.html

from articlekit.errors import LimitExceeded
from articlekit.ingest.budget import Deadline
from articlekit.ingest.build import EventBuilder, finish_document
from articlekit.ingest.parse import DEPTH_CEILING, count_elements, deeper_than, effective_depth
from articlekit.options import Options

Raw = bytes | str


def _too_big(size: int, unit: str, options: Options) -> LimitExceeded:
    return LimitExceeded(
        f"input is {size:,} {unit}, over the limit of {options.max_bytes:,} (Options.max_bytes)"
    )


def _read_path(path: pathlib.Path, options: Options) -> bytes:
    size = path.stat().st_size
    if size > options.max_bytes:
        raise _too_big(size, "bytes", options)
    with path.open("rb") as handle:
        return _read_file(handle, options)


def _read_file(handle: Any, options: Options) -> Raw:
    data = handle.read(options.max_bytes + 1)
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if not isinstance(data, (bytes, str)):
        raise TypeError(f"the file object's read() returned {type(data).__name__}, not bytes")
    if len(data) > options.max_bytes:
        raise _too_big(len(data), "bytes" if isinstance(data, bytes) else "characters", options)
    return data


def read_raw(source: object, options: Options) -> Raw | None:
    """The page's bytes or text for the raw kinds of input; None for trees and soups."""
    if isinstance(source, str):
        return source
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    if isinstance(source, pathlib.Path):
        return _read_path(source, options)
    if callable(getattr(source, "read", None)):
        return _read_file(source, options)
    return None


def _is_soup(source: object) -> bool:
    return type(source).__module__.split(".")[0] == "bs4"


def to_tree(source: object, options: Options, deadline: Deadline) -> lxml.html.HtmlElement:
    """The finished tree for an lxml or BeautifulSoup input; TypeError for anything else."""
    if isinstance(source, lxml.etree._ElementTree):
        source = source.getroot()
    if isinstance(source, lxml.etree._Element):
        return from_lxml(source, options, deadline)
    if _is_soup(source):
        return from_soup(source, options, deadline)
    raise TypeError(
        f"articlekit cannot read a {type(source).__name__}: pass HTML as str or bytes, a "
        "pathlib.Path, a binary file object, a BeautifulSoup object or an lxml element"
    )


# --- lxml ----------------------------------------------------------------------------------------


# An element whose name is not a plain lower-case HTML name (upper case, or in a namespace), as
# a tree built by hand or parsed as XML may hold.
_ODD_NAMES = lxml.etree.XPath(
    "boolean(//*[namespace-uri() != '' or local-name() != "
    "translate(local-name(), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')])"
)


def _usable_as_is(root: lxml.etree._Element, options: Options) -> bool:
    if not isinstance(root, lxml.html.HtmlElement) or root.tag != "html":
        return False
    if not any(child.tag == "body" for child in root):
        return False
    if root.xpath("boolean(//comment() | //processing-instruction())"):
        return False  # later stages may assume none; a copy drops them and keeps their tails
    if _ODD_NAMES(root):
        return False  # later stages may assume plain lower-case names; a copy writes them so
    return not deeper_than(root, effective_depth(options))


def from_lxml(
    element: lxml.etree._Element, options: Options, deadline: Deadline
) -> lxml.html.HtmlElement:
    """The element's whole tree: as is if it is an HTML document within the limits, else a copy."""
    root = element.getroottree().getroot()
    if root is None:  # an element detached from any tree of its own
        root = element
    total = count_elements(root)
    if total > options.max_elements:
        raise LimitExceeded(
            f"tree has {total:,} elements, over the limit of {options.max_elements:,} "
            "(Options.max_elements)"
        )
    if _usable_as_is(root, options):
        return root
    return _copy_lxml(root, options, deadline)


def _copy_lxml(
    root: lxml.etree._Element, options: Options, deadline: Deadline
) -> lxml.html.HtmlElement:
    """Copy any lxml tree (XML, XHTML namespaces, deep, a fragment) into an lxml.html document.

    The stack keeps every ancestor's proxy alive on purpose: when lxml frees the proxy of a node
    whose ancestors have none, it climbs to the root first, which makes a walk over a
    100,000-deep tree quadratic (measured: 120 s instead of 0.1 s).
    """
    builder = EventBuilder(
        effective_depth(options), options.max_elements, deadline, "converting an lxml tree"
    )
    builder.start(root.tag, root.attrib.items())
    builder.data(root.text)
    stack = [(root, iter(root))]
    while stack:
        node = next(stack[-1][1], None)
        if node is None:
            done = stack.pop()[0]
            builder.end()
            if stack:
                builder.data(done.tail)
        elif isinstance(node.tag, str):
            builder.start(node.tag, node.attrib.items())
            builder.data(node.text)
            stack.append((node, iter(node)))
        else:  # a comment, processing instruction or entity: only its tail is page text
            builder.data(node.tail)
    return builder.close()


# --- BeautifulSoup -------------------------------------------------------------------------------


def from_soup(soup: Any, options: Options, deadline: Deadline) -> lxml.html.HtmlElement:
    """Convert a BeautifulSoup object or Tag to lxml.html without recursion."""
    from bs4 import BeautifulSoup, NavigableString, Tag
    from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

    skipped = (Comment, Declaration, Doctype, ProcessingInstruction)
    builder = EventBuilder(
        effective_depth(options), options.max_elements, deadline, "converting a BeautifulSoup tree"
    )
    stack = [iter(soup.contents if isinstance(soup, BeautifulSoup) else [soup])]
    while stack:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
            if stack:  # the top-level iterator belongs to no element
                builder.end()
        elif isinstance(node, Tag):
            builder.start(node.name, node.attrs.items())
            stack.append(iter(node.contents))
        elif isinstance(node, NavigableString) and not isinstance(node, skipped):
            builder.data(str(node))
    return builder.close()


__all__ = ["DEPTH_CEILING", "finish_document", "from_lxml", "from_soup", "read_raw", "to_tree"]
