"""People: byline text -> person names, one each, without "By", roles, dates or organisations.

`split_byline` is used on visible bylines and on author strings from metadata; it returns persons
only: agencies, desks, teams and generic accounts are dropped, as are photographers, editors and
reviewers credited beside the authors. `looks_like_person` is the test a name must pass.
The word lists live in `words.py`.
"""

from __future__ import annotations

import re

from articlekit.metadata.dates import date_spans
from articlekit.metadata.words import (
    AUTHOR_PREFIXES,
    DATE_CONNECTORS,
    MODIFIED_LABELS,
    NAME_ABBREVIATIONS,
    NAME_JOINERS,
    NAME_PARTICLES,
    NON_AUTHOR_PREFIXES,
    NOT_NAME_WORDS,
    ORG_PHRASES,
    ORG_WORDS,
    PUBLISHED_LABELS,
    ROLE_CORE,
    ROLE_MODIFIERS,
    ROLE_PREFIXES,
    SHORT_PREFIXES,
)
from articlekit.textnorm import clean, fold

MAX_BYLINE = 400  # longer text is a bio or a paragraph; only its start can be a byline

_EMAIL = re.compile(r"\S+@\S+\.\w+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_HANDLE = re.compile(r"(?<!\w)@\w+")
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4}\b)?", re.I)
_SEGMENTS = re.compile(r"\s*[|•·/;\n]\s*|\s+[–—-]\s+|\s*::\s*")
_JOINER_WORDS = "|".join(re.escape(j) for j in NAME_JOINERS if j != "&")
_JOINERS = re.compile(
    rf"(\s*,\s*(?:(?:{_JOINER_WORDS})\s+)?|\s*&\s*|\s+(?:{_JOINER_WORDS})\s+)", re.I
)
_NON_AUTHOR = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(p) for p in NON_AUTHOR_PREFIXES) + r")(?!\w)", re.I
)
_PREFIX = re.compile(
    r"^(?:" + "|".join(re.escape(p) for p in AUTHOR_PREFIXES) + r")(?:(?<=:)|(?!\w))\s*", re.I
)
# A date label ends the byline part ("Jane Doe Updated …"), except "Posted by"/"Published by".
_LABEL_CUT = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(w) for w in sorted(PUBLISHED_LABELS + MODIFIED_LABELS, key=len)[::-1])
    + r")(?!\w)(?!\s+by\b).*$",
    re.I,
)
_SENTENCE_END = re.compile(r"([^\W\d_]{2,})\.\s+(?=[^\W\d_])")
_BIO = re.compile(r"\s+(?:is|was|has been)\s+(?:an?|the)\s.*$", re.I)
_ORG_PHRASE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ORG_PHRASES)) + r")(?!\w)", re.I)
_WORD_OK = re.compile(r"^[^\W\d_]+(?:[.'’\-][^\W\d_]*)*\.?$")
_STRIP = " ,.:;!?\"'“”‘’«»()[]{}*-–—"
_ROLE_WORDS = ROLE_CORE | ROLE_MODIFIERS


def split_byline(text: str | None) -> list[str]:
    """Person names in a byline ("By Jane Doe and John Roe" -> ["Jane Doe", "John Roe"])."""
    text = clean(text)[:MAX_BYLINE]
    if not text:
        return []
    names: list[str] = []
    seen: set[str] = set()
    for segment in _SEGMENTS.split(_first_sentence(_scrub(text))):
        for piece in _pieces(segment):
            name = _clean_name(piece)
            if name and looks_like_person(name) and fold(name) not in seen:
                seen.add(fold(name))
                names.append(name)
    return names


def looks_like_person(name: str | None) -> bool:
    """True for "Jane Doe", "J. K. Rowling", "Ursula von der Leyen", "山田太郎"; False for
    organisations, desks, roles, handles, phrases and single Latin-script words."""
    name = clean(name)
    if not 2 <= len(name) <= 70 or any(c.isdigit() or c in "@#/:|=<>" for c in name):
        return False
    words = name.split()
    if len(words) > 6 or _ORG_PHRASE.search(name):
        return False
    lowered = [w.strip(_STRIP).lower() for w in words]
    if any(w in ORG_WORDS or w in NOT_NAME_WORDS for w in lowered):
        return False
    if all(w in _ROLE_WORDS for w in lowered):
        return False
    if not all(_WORD_OK.match(w.strip(",")) for w in words):
        return False
    if not any(c.isupper() or c.islower() for c in name):  # uncased script (CJK, Thai, …)
        return 2 <= len(name.replace(" ", "")) <= 12
    if len(words) < 2:
        return False
    return any(w[0].isupper() for w in words) and all(
        w[0].isupper() or w.lower() in NAME_PARTICLES or not w[0].isalpha() for w in words
    )


def normalise_caps(name: str) -> str:
    """All-caps names in title case: "JAN VAN DER BERG" -> "Jan van der Berg"; others as is."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 4 or not all(c.isupper() for c in letters if c.isupper() or c.islower()):
        return name
    if not any(c.isupper() for c in letters):
        return name
    words = name.title().split()
    return " ".join(
        w.lower() if 0 < i < len(words) - 1 and w.lower() in NAME_PARTICLES else w
        for i, w in enumerate(words)
    )


def _first_sentence(text: str) -> str:
    """Text up to the first full stop that ends a word other than an initial or a title."""
    for m in _SENTENCE_END.finditer(text):
        if m.group(1).lower() not in NAME_ABBREVIATIONS:
            return text[: m.start() + len(m.group(1))]
    return text


def _scrub(text: str) -> str:
    """Remove what is never part of a name: e-mails, URLs, handles, bracketed notes, dates."""
    text = _EMAIL.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    text = _BRACKETS.sub(" ", text)
    for start, end in reversed(date_spans(text)):
        text = f"{text[:start]} | {text[end:]}"
    return _TIME.sub(" | ", text)


def _pieces(segment: str) -> list[str]:
    """The name-sized pieces of one byline segment, credits of non-authors cut off."""
    cut = _NON_AUTHOR.search(segment)
    if cut:
        segment = segment[: cut.start()]
    segment = _LABEL_CUT.sub("", segment).strip(_STRIP)
    segment = _strip_prefix(segment)
    if not segment or segment.lower().startswith(ROLE_PREFIXES):
        return []
    parts = _JOINERS.split(segment)  # piece, separator, piece, …
    pieces: list[str] = []
    employer = False  # after "Jane Doe, Senior Editor," comes her employer, not a co-author
    for i in range(0, len(parts), 2):
        if i and parts[i - 1].strip() not in ("", ","):
            employer = False  # "and …" starts the next author
        piece = parts[i]
        if employer or not piece.strip(_STRIP):
            continue
        if _is_role(piece):
            employer = True
            continue
        pieces.append(piece)
    return pieces


def _is_role(piece: str) -> bool:
    """A job title standing alone ("Sr. Director of Operations"): role words only, one a job."""
    words = [w.strip(_STRIP).lower() for w in piece.split()]
    return all(w in _ROLE_WORDS for w in words) and any(w in ROLE_CORE for w in words)


def _strip_prefix(text: str) -> str:
    """Drop "By", "Written by", "Von", "Автор:" … at the start (repeatedly: "By: Story by")."""
    for _ in range(3):
        m = _PREFIX.match(text)
        if not m:
            break
        rest = text[m.end() :].strip(_STRIP)
        word = m.group(0).strip().lower()
        if word in SHORT_PREFIXES and len(rest.split()) < 2:
            break
        text = rest
    return text


def _clean_name(piece: str) -> str:
    """One piece -> a bare name: prefix, bio clause and leading/trailing role words removed."""
    piece = _strip_prefix(piece.strip(_STRIP))
    if piece.lower().startswith(ROLE_PREFIXES):
        return ""
    piece = _BIO.sub("", piece)
    words = piece.split()
    while len(words) > 1 and words[-1].lower() in DATE_CONNECTORS:
        words.pop()
    words = _drop_roles(words)
    words = _drop_roles(words[::-1])[::-1]
    return normalise_caps(" ".join(words).strip(_STRIP))


def _drop_roles(words: list[str]) -> list[str]:
    """Drop a trailing run of role words ("Jane Doe Senior Staff Writer") if it holds a job."""
    cut = len(words)
    while cut > 1 and words[cut - 1].strip(_STRIP).lower() in _ROLE_WORDS:
        cut -= 1
    tail = [w.strip(_STRIP).lower() for w in words[cut:]]
    if any(w in ROLE_CORE for w in tail):
        return words[:cut]
    return words
