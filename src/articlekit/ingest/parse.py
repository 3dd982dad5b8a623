"""Text -> one lxml.html tree: one configured parser, the limits, and deep pages made safe.

The parser: lxml's HTMLParser (libxml2) with comments and processing instructions removed, no
network, no DTD or entity loading; one instance per thread (lxml parsers must not be shared by
threads that parse at the same time), created on first use.

Depth. libxml2 does not flatten deep nesting: past 256 open elements it stops with a fatal
"Excessive depth in document" error and everything after that point is lost (with `huge_tree`
the limit is 2048, and the big-text limits go too). So the fast path is a plain libxml2 parse
of bounded depth, and when it reports a resource limit (excessive depth, or a text node over
10 MB) the page is parsed again through libxml2's event interface, which has no depth limit,
into `build.EventBuilder`, which flattens everything below `DEPTH_CEILING` into siblings.
Either way the tree handed to later stages is at most 256 levels deep, which even a recursive
walk in a third-party library survives; our own walks are iterative anyway.

Limits: `max_bytes` is checked by `ingest.load()` before decoding; `max_elements` after the fast
parse (LimitExceeded), and during the event build (it stops early). `max_depth` below the
ceiling flattens at that depth instead.
"""

from __future__ import annotations

import threading

import lxml.etree
import lxml.html

from articlekit.errors import ExtractionError, LimitExceeded
from articlekit.ingest.budget import Deadline
from articlekit.ingest.build import EventBuilder, clean_utf8, finish_document, html_class_lookup
from articlekit.options import Options

DEPTH_CEILING = 256  # libxml2's own limit without huge_tree; trees are never deeper
_LOCAL = threading.local()
_PARSER_FLAGS = {
    "remove_comments": True,
    "remove_pis": True,
    "no_network": True,
    "recover": True,
    "default_doctype": False,
}


def _parser() -> lxml.html.HTMLParser:
    parser = getattr(_LOCAL, "parser", None)
    if parser is None:
        # The text is always handed over as UTF-8 bytes: `encoding` makes libxml2 ignore any
        # <meta charset> or XML declaration (decoding was decided already, in decode.py).
        parser = lxml.html.HTMLParser(encoding="utf-8", huge_tree=False, **_PARSER_FLAGS)
        parser.set_element_class_lookup(html_class_lookup())
        _LOCAL.parser = parser
    return parser


def effective_depth(options: Options) -> int:
    """The deepest a tree may be: the option, but never past the parser's ceiling."""
    return max(2, min(options.max_depth, DEPTH_CEILING))


def deeper_than(root: lxml.etree._Element, depth: int) -> bool:
    """True if some element lies more than `depth` levels below `root` (root is level 1).

    One XPath of `depth` child steps: libxml2 walks the tree level by level in C, no recursion.
    """
    return bool(root.xpath("boolean(" + "*/" * (depth - 1) + "*)"))


def count_elements(root: lxml.etree._Element) -> int:
    """The number of elements under and including `root` (counted in C)."""
    return int(root.xpath("count(descendant-or-self::*)"))


# The elements of a tree parsed from some bytes are its start tags (each "<" and a letter at
# least), the elements the parser implies (html, head and body once; at most one per start tag
# or run of text, a run being one byte at least and the runs at most one more than the tags)
# and the skeleton `finish_document` may add: never more than BOUND_PER_BYTE per byte or
# BOUND_PER_TAG per "<", plus BOUND_EXTRA.
BOUND_PER_BYTE = 2
BOUND_PER_TAG = 3
BOUND_EXTRA = 16


def _within_limit(data: bytes, limit: int) -> bool:
    """True when the tree parsed from `data` cannot hold more than `limit` elements: by the
    byte count first (free), else by a count of "<" (a C scan, cheaper than counting the
    elements)."""
    if BOUND_PER_BYTE * len(data) + BOUND_EXTRA <= limit:
        return True
    return BOUND_PER_TAG * data.count(b"<") + BOUND_EXTRA <= limit


def _hit_resource_limit(parser: lxml.html.HTMLParser) -> bool:
    log = parser.error_log
    last = log.last_error
    if last is not None and last.type == lxml.etree.ErrorTypes.ERR_RESOURCE_LIMIT:
        return True
    return any(e.type == lxml.etree.ErrorTypes.ERR_RESOURCE_LIMIT for e in log)


def _fast_parse(data: bytes) -> lxml.html.HtmlElement | None:
    """libxml2's own tree, or None when it stopped at a resource limit (the tree is cut short)."""
    parser = _parser()
    try:
        root = lxml.html.document_fromstring(data, parser=parser)
    except lxml.etree.ParserError:  # "Document is empty": only comments or nothing parseable
        root = parser.makeelement("html")
    except lxml.etree.LxmlError as error:
        raise ExtractionError(f"could not parse the input as HTML: {error}") from error
    return None if _hit_resource_limit(parser) else root


class _Events:
    """A parser target that forwards libxml2's events to an EventBuilder."""

    def __init__(self, builder: EventBuilder) -> None:
        self.builder = builder

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self.builder.start(tag, attrib.items())

    def end(self, tag: str) -> None:
        self.builder.end()

    def data(self, text: str) -> None:
        self.builder.data(text)

    def close(self) -> lxml.html.HtmlElement:
        return self.builder.close()


def _event_parse(
    data: bytes, depth: int, options: Options, deadline: Deadline
) -> lxml.html.HtmlElement:
    builder = EventBuilder(depth, options.max_elements, deadline, "parsing a deeply nested page")
    # huge_tree lifts libxml2's size limits; the input size is already bounded by max_bytes.
    parser = lxml.etree.HTMLParser(
        target=_Events(builder), encoding="utf-8", huge_tree=True, **_PARSER_FLAGS
    )
    try:
        return lxml.etree.fromstring(data, parser=parser)
    except (LimitExceeded, ExtractionError):
        raise
    except lxml.etree.LxmlError as error:
        raise ExtractionError(f"could not parse the input as HTML: {error}") from error


def parse_text(
    text: str, options: Options, deadline: Deadline, utf8: bytes | None = None
) -> lxml.html.HtmlElement:
    """Parse decoded text into the root `<html>` (with `<head>` and `<body>`) of one tree.
    `utf8`, when given, is the text's UTF-8 encoding (see `decode.Decoded.utf8`)."""
    data = clean_utf8(text, utf8)
    depth = effective_depth(options)
    root = _fast_parse(data)
    deadline.check("parsing")
    if root is None or (depth < DEPTH_CEILING and deeper_than(root, depth)):
        return _event_parse(data, depth, options, deadline)
    root = finish_document(root)
    if _within_limit(data, options.max_elements):
        return root  # it cannot hold more elements than that: nothing to count
    total = count_elements(root)
    if total > options.max_elements:
        raise LimitExceeded(
            f"page has {total:,} elements, over the limit of {options.max_elements:,} "
            "(Options.max_elements)"
        )
    return root
