"""Metadata: one read-only pass over the parsed page before any extraction decision.

Sources: JSON-LD (including `@graph` and arrays), OpenGraph, Twitter cards, `<meta name>`,
`itemprop`, `<time>`, `<link rel=canonical>`, `rel=author`, and the `lang` attribute.
The result only informs the later stages; it never removes or changes a node.

Modules: `types` (the Metadata record), `reader` (the pass and the choice among sources),
`jsonld`, `microdata`, `sources` (per-source readers), `dates`, `people`, `words` (word lists).
"""

from __future__ import annotations

from articlekit.metadata.reader import read_metadata
from articlekit.metadata.types import Metadata

__all__ = ["Metadata", "read_metadata"]
