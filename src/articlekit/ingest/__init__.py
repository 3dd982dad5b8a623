"""Ingest: any accepted input -> one parsed lxml tree (one parse, one configured parser)."""

from __future__ import annotations

from typing import Any

import lxml.html

from articlekit.errors import ExtractionError
from articlekit.options import Options


def load(source: Any, *, encoding: str | None = None, options: Options) -> lxml.html.HtmlElement:
    """Turn `source` into the root `<html>` element. Minimal first version."""
    if isinstance(source, lxml.html.HtmlElement):
        return source.getroottree().getroot()
    if hasattr(source, "read_bytes"):
        source = source.read_bytes()
    elif hasattr(source, "read"):
        source = source.read()
    if isinstance(source, bytes):
        source = source.decode(encoding or "utf-8", errors="replace")
    if not isinstance(source, str) or not source.strip():
        raise ExtractionError("empty input")
    return lxml.html.document_fromstring(source)
