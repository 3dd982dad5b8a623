"""Ingest: any accepted input -> the root `<html>` of one parsed lxml.html tree.

Stages: `adapters` (what kind of input, read it within the byte limit), `sniff` (refuse what is
not HTML at all), `decode` (bytes -> str, encoding as a browser finds it), `parse` (one
configured libxml2 parse, limits, deep pages flattened), `build` (trees built from events:
BeautifulSoup, foreign lxml trees, the deep-page fallback), `budget` (the time budget).
Limits and what happens over them are documented in docs/limits.md.
"""

from __future__ import annotations

from typing import Any

import lxml.html

from articlekit.errors import LimitExceeded
from articlekit.ingest import budget
from articlekit.ingest.adapters import read_raw, to_tree
from articlekit.ingest.decode import decode
from articlekit.ingest.parse import parse_text
from articlekit.ingest.sniff import sniff_bytes, sniff_text
from articlekit.options import Options


def _check_size(size: int, unit: str, options: Options) -> None:
    if size > options.max_bytes:
        raise LimitExceeded(
            f"input is {size:,} {unit}, over the limit of {options.max_bytes:,} (Options.max_bytes)"
        )


def load(source: Any, *, encoding: str | None = None, options: Options) -> lxml.html.HtmlElement:
    """Turn `source` into the root `<html>` element (always with `<head>` and `<body>`).

    Raises NotHTMLError for input that is not HTML at all, LimitExceeded over a limit of
    `options`, TypeError for an unsupported kind of input. `encoding` applies to bytes only.
    The time budget is the `budget.current()` deadline if the caller entered one, else a new
    one of `options.time_budget`.
    """
    deadline = budget.current() or budget.Deadline(options.time_budget)
    raw = read_raw(source, options)
    if raw is None:
        return to_tree(source, options, deadline)
    if isinstance(raw, bytes):
        _check_size(len(raw), "bytes", options)
        sniff_bytes(raw)
        decoded = decode(raw, encoding)
        text, utf8 = decoded.text, decoded.utf8
    else:
        _check_size(len(raw), "characters", options)
        text, utf8 = raw, None
    sniff_text(text)
    deadline.check("decoding")
    return parse_text(text, options, deadline, utf8)


__all__ = ["load"]
