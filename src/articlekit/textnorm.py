"""Text normalisation shared by every stage: NFC, no zero-width characters, collapsed spaces."""

from __future__ import annotations

import re
import unicodedata

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def clean(text: str | None) -> str:
    """NFC, zero-width characters removed, all white space runs collapsed to one space, stripped."""
    if not text:
        return ""
    if text.isascii():
        return " ".join(text.split())
    text = _ZERO_WIDTH.sub("", text)
    # str.split() splits at every Unicode space (NBSP, thin spaces, U+3000, line separators).
    text = " ".join(text.split())
    return unicodedata.normalize("NFC", text)


def fold(text: str | None) -> str:
    """`clean` plus casefold: the form used to compare two strings for equality."""
    return clean(text).casefold()
