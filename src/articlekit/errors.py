"""The library's exceptions: one base class, a few precise subclasses."""

from __future__ import annotations


class ExtractionError(Exception):
    """The input is not an HTML document that can be extracted (empty, binary, unreadable)."""


class NotHTMLError(ExtractionError):
    """The input looks like something other than HTML (a PDF, an image, an archive, binary)."""


class LimitExceeded(ExtractionError):
    """The input is over one of the limits in `Options` (bytes, elements, depth, time)."""
