"""Word-set similarity used to match visible text against what metadata declares."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")
TITLE_SEPARATORS = re.compile(r"\s+(?:[|\-–—:·•»/]|::)\s+")
PIPE_SEPARATOR = re.compile(r"\s+[|｜]\s+")
_NOT_ALNUM = re.compile(r"[\W_]+")


def word_set(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.casefold()))


def jaccard(a: str, b: str) -> float:
    """|A ∩ B| / |A ∪ B| over the two texts' lower-cased words."""
    wa, wb = word_set(a), word_set(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def containment(part: str, whole: str) -> float:
    """The share of `part`'s words that occur in `whole`."""
    wp, ww = word_set(part), word_set(whole)
    if not wp:
        return 0.0
    return len(wp & ww) / len(wp)


def title_variants(title: str) -> list[str]:
    """The <title> and its pieces around site-name separators ("Headline | Site")."""
    parts = [p for p in TITLE_SEPARATORS.split(title) if p.strip()]
    variants = [title]
    if len(parts) > 1:
        variants.append(max(parts, key=len))
        variants.append(" ".join(parts[:-1]))
    return variants


def squash(text: str) -> str:
    """Lower-cased letters and digits only ("Spice AI" and "spice-ai" are both "spiceai")."""
    return _NOT_ALNUM.sub("", text.casefold())
