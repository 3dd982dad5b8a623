"""Text normalisation shared by every stage: NFC, no zero-width characters, collapsed spaces."""

from __future__ import annotations

import re
import unicodedata

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")


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


def visible_len(text: str | None) -> int:
    """The number of non-space characters: a length that markup white space cannot inflate."""
    if not text:
        return 0
    return len(_SPACES.sub("", text))


def fold(text: str | None) -> str:
    """`clean` plus casefold: the form used to compare two strings for equality."""
    return clean(text).casefold()
