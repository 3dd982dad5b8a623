"""The URL policy shared by the HTML and Markdown renderers.

Owns which link and image targets may be emitted. A URL is judged on a deliberately
over-decoded copy of it (HTML entities and percent escapes undone until stable, every control,
space and invisible character removed, scheme lower-cased), so that tricks which a browser, a
Markdown renderer or a later processing step might decode (``&#106;avascript:``,
``java\\tscript:``, ``\\x01javascript:``, ``%6Aavascript:``) are caught. What is emitted is the
URL with only the characters a browser would ignore removed.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote, unquote

# Schemes allowed per attribute. Relative URLs (no scheme) are allowed for both.
# `data:` is refused everywhere, images included: saved pages use it mostly for
# placeholders and tracking pixels, and refusing it keeps the policy one line long.
HREF_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto"})
SRC_SCHEMES: frozenset[str] = frozenset({"http", "https"})
SCHEMES_FOR: dict[str, frozenset[str]] = {"href": HREF_SCHEMES, "src": SRC_SCHEMES}

# Decoding rounds for the judgement; a URL still changing after that many is refused.
_MAX_DECODE_ROUNDS = 5

# Everything removed before judging: C0/C1 controls, all white space and the invisible
# format characters (zero-width, bidi marks, BOM), wherever they are.
_INVISIBLE = re.compile(
    r"[\x00-\x20\x7f-\xa0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]"
)
# The scheme of a URL: whatever comes before the first ':' unless a '/', '?' or '#' comes first.
_SCHEME = re.compile(r"^([^:/?#]*):")
# What a browser drops from a URL attribute: tab, LF, CR anywhere; C0 controls and space at
# both ends. Other C0 controls and DEL are invalid anywhere, so they go too.
_TAB_NEWLINE = re.compile(r"[\t\n\r]")
_OTHER_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_C0_AND_SPACE = "".join(chr(c) for c in range(0x21))

# Characters left as they are when a URL goes into a Markdown link target; everything else
# (space, parentheses, brackets, angle brackets, quotes, backslash, pipe, non-ASCII) is
# percent-encoded. '%' stays so existing escapes are not encoded twice.
_MARKDOWN_SAFE = "!#$%&*+,-./:;=?@_~"
# For HTML attributes only what is not valid in a URL at all is percent-encoded.
_HTML_SAFE = _MARKDOWN_SAFE + "'()[]"
_ENTITY_START = re.compile(r"&(?=#?[0-9A-Za-z]+;)")


def _judged_form(url: str) -> str | None:
    """The over-decoded copy a URL is judged on, or None when decoding does not settle."""
    current = url
    for _ in range(_MAX_DECODE_ROUNDS):
        decoded = unquote(html.unescape(current))
        if decoded == current:
            return _INVISIBLE.sub("", decoded)
        current = decoded
    return None


def _scheme_allowed(url: str, allowed: frozenset[str]) -> bool:
    """True when `url` has no scheme (relative) or one of `allowed`."""
    match = _SCHEME.match(url)
    return match is None or match.group(1).lower() in allowed


def safe_url(url: str | None, attribute: str) -> str | None:
    """`url` as allowed for `attribute` ("href" or "src"), or None if refused.

    Only what a browser ignores is removed; see `html_target` and `markdown_target` for the
    forms that are emitted.
    """
    if not url:
        return None
    allowed = SCHEMES_FOR[attribute]
    # Unicode white space at the ends is dropped too: a browser would keep it and turn a
    # pasted link into a broken relative one.
    emitted = _OTHER_CONTROLS.sub("", _TAB_NEWLINE.sub("", url)).strip(_C0_AND_SPACE).strip()
    judged = _judged_form(url)
    if not emitted or judged is None:
        return None
    if not (_scheme_allowed(judged, allowed) and _scheme_allowed(emitted, allowed)):
        return None
    return emitted


def html_target(url: str | None, attribute: str) -> str | None:
    """A safe `url` with spaces, quotes, angle brackets and non-ASCII percent-encoded, or None.

    The result still needs HTML attribute escaping (for '&').
    """
    emitted = safe_url(url, attribute)
    return None if emitted is None else quote(emitted, safe=_HTML_SAFE)


def markdown_target(url: str | None, attribute: str) -> str | None:
    """A safe `url` percent-encoded for a Markdown link or image target, or None if refused."""
    emitted = safe_url(url, attribute)
    if emitted is None:
        return None
    # Markdown decodes entity references in link targets: escape an '&' that starts one.
    return _ENTITY_START.sub(r"\\&", quote(emitted, safe=_MARKDOWN_SAFE))
