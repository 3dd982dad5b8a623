"""Metadata: one read-only pass over the parsed page before any extraction decision.

Sources: JSON-LD (including `@graph` and arrays), OpenGraph, Twitter cards, `<meta name>`,
`itemprop`, `<time>`, `<link rel=canonical>`, `rel=author`, and the `lang` attribute.
The result only informs the later stages; it never removes or changes a node.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Metadata:
    """What the page declares about itself, by source where the source matters."""

    title: str | None = None  # the <title> text, whitespace-normalised
    headlines: list[tuple[str, str]] = field(default_factory=list)  # (source, text)
    descriptions: list[tuple[str, str]] = field(default_factory=list)  # (source, text)
    authors: list[str] = field(default_factory=list)  # person names, cleaned, de-duplicated
    published: str | None = None  # ISO 8601
    modified: str | None = None  # ISO 8601
    section: str | None = None
    site_name: str | None = None
    language: str | None = None  # BCP 47
    canonical_url: str | None = None
    tags: list[str] = field(default_factory=list)
    image: str | None = None
    types: list[str] = field(default_factory=list)  # JSON-LD @type of the page's main entity
