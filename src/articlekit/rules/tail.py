"""Headings that introduce a body's own closing list of links (data for the trailing-link-list
rule in `content`): a reference list is the article's, however link-only it is."""

from __future__ import annotations

import re

REFERENCE_HEADINGS = (
    # English
    "see also",
    "references",
    "reference",
    "sources",
    "source",
    "further reading",
    "bibliography",
    "notes",
    "citations",
    "external links",
    "related documentation",
    "learn more",
    "what's next",
    # German, French, Spanish, Portuguese, Italian, Dutch
    "siehe auch",
    "literatur",
    "quellen",
    "weblinks",
    "einzelnachweise",
    "voir aussi",
    "références",
    "sources",
    "bibliographie",
    "véase también",
    "referencias",
    "fuentes",
    "bibliografía",
    "ver também",
    "referências",
    "fontes",
    "bibliografia",
    "vedi anche",
    "fonti",
    "zie ook",
    "bronnen",
)
REFERENCE_HEADING = re.compile(
    r"^\W*(?:" + "|".join(re.escape(h) for h in REFERENCE_HEADINGS) + r")\W*$", re.IGNORECASE
)
