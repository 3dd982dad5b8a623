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
# A job title after a name and a comma: words joined by "of" ("Head of Research", "Director
# of Harbour Operations"); the piece joined to it by "and" is the rest of the title.
_TITLE_PHRASE = re.compile(
    r"^\s*[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*)?\s+(?:of|für|de|di|van)\s", re.I
)
_NON_AUTHOR = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(p) for p in NON_AUTHOR_PREFIXES) + r")(?!\w)", re.I
)
_PREFIX = re.compile(
    r"^(?:" + "|".join(re.escape(p) for p in AUTHOR_PREFIXES) + r")(?:(?<=:)|(?!\w))\s*", re.I
)
# An author label anywhere in a text (for `credit_kind`).
_AUTHOR_LABEL = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(p) for p in AUTHOR_PREFIXES) + r")(?:(?<=:)|(?!\w))", re.I
)
_LABEL_END = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(p.rstrip(":")) for p in AUTHOR_PREFIXES) + r")\s*:?\s*$",
    re.I,
)
# A date label ends the byline part ("Jane Doe Updated …"), except "Posted by"/"Published by".
_LABEL_CUT = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(w) for w in sorted(PUBLISHED_LABELS + MODIFIED_LABELS, key=len)[::-1])
    + r")(?!\w)(?!\s+by\b).*$",
    re.I,
)
# An affiliation after a name ("Jane Doe for The Conversation", "Jane Doe on behalf of the
# working group"): everything from it on is not a name.
_AFFILIATION = re.compile(
    r"\s+(?:on behalf of|for|im auftrag von|pour le compte de|en nombre de)\s+\S.*$", re.I
)
# A byline part that is nothing but an author label ("Written by", "Author:"), set apart from
# the name by markup: the next part is the name, as if it followed the label.
_LABEL_ONLY = re.compile(
    r"^(?:" + "|".join(re.escape(p.rstrip(":")) for p in AUTHOR_PREFIXES) + r")\s*:?$", re.I
)
# A one-word name ("Kristin") is taken only where the page says it is an author's name (a
# "By" label, an author declaration): capitalised letters with at least one lower-case one,
# so that acronyms (agencies, sites) are not taken.
_SINGLE_NAME = re.compile(r"^[^\W\d_][^\W\d_'’\-]*(?:[’'\-][^\W\d_]+)*$")
SINGLE_NAME_MIN = 3
# An initial: one letter and a full stop.
_INITIAL = re.compile(r"^[^\W\d_]\.$")
# A name written all in lower case ("jane doe"): two or three words of two letters or more.
# Taken where the page declares it an author's name (`single`), never from running text.
_LOWER_NAME = re.compile(r"^[^\W\d_A-Z]{2,}(?:[ '’\-][^\W\d_A-Z]{2,}){1,2}$")
_SENTENCE_END = re.compile(r"([^\W\d_]{2,})\.\s+(?=[^\W\d_])")
# Footnote marks after a name that point to an affiliation ("Jane Doe 1,2", "John Roe*"); a
# number written onto a word is a user name's ("jdoe06"), not a mark.
_AFFILIATION_MARKS = re.compile(
    r"(?<=[^\W\d_])(?:\s\d{1,2}|\s?[*†‡§])(?:\s?,\s?(?:\d{1,2}|[*†‡§]))*"
    r"(?=\s*(?:[,;|&]|\band\b|$))"
)
_BIO = re.compile(r"\s+(?:is|was|has been)\s+(?:an?|the)\s.*$", re.I)
_ORG_PHRASE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ORG_PHRASES)) + r")(?!\w)", re.I)
_WORD_OK = re.compile(r"^[^\W\d_]+(?:[.'’\-][^\W\d_]*)*\.?$")
_STRIP = " ,.:;!?\"'“”‘’«»()[]{}*-–—"
_ROLE_WORDS = ROLE_CORE | ROLE_MODIFIERS


def split_byline(text: str | None, single: bool = False, handle: bool = False) -> list[str]:
    """Person names in a byline ("By Jane Doe and John Roe" -> ["Jane Doe", "John Roe"]).

    `single=True` accepts one-word names ("Kristin"): for author declarations (JSON-LD,
    `<meta name=author>`). In a visible byline a one-word name is taken after an author label
    ("By Kristin", "Written by | Kristin") only. `handle=True` (a declared Person) also accepts
    a one-word user name with inner capitals ("DaleJack")."""
    text = clean(text)[:MAX_BYLINE]
    if not text:
        return []
    names: list[str] = []
    seen: set[str] = set()
    labelled = False
    for index, segment in enumerate(_SEGMENTS.split(_first_sentence(_scrub(text)))):
        if _LABEL_ONLY.match(segment.strip(_STRIP + " ")):
            labelled = True
            continue
        # one-word names: in the first part of a declared value ("Acme - Drupal" names no
        # Drupal), or right after an author label
        own_label = bool(_PREFIX.match(segment.strip(_STRIP)))
        allow = (single and not names and index == 0) or labelled or own_label
        for piece, after_comma in _pieces(segment):
            raw = _clean_name(piece)
            # a one-word part after a comma is a credential or a place ("Jane Doe, RD"); one
            # left after roles were cut off ("Luxury Travel Expert") is no name either
            ok = allow and not after_comma and len(_strip_prefix(piece).split()) == 1
            name = normalise_caps(raw)
            if raw and looks_like_person(raw, ok, handle, single) and fold(name) not in seen:
                seen.add(fold(name))
                names.append(name)
        labelled = labelled and not segment.strip(_STRIP)
    return names


def ends_with_author_label(text: str) -> bool:
    """True when `text` ends with an author label ("… By", "Written by:"): what stands right
    before a linked name that the byline calls an author's."""
    return bool(_LABEL_END.search(text[-40:]))


def credit_kind(text: str) -> str:
    """What the last credit label in `text` introduces: "author" ("By", "Written by"),
    "other" ("Reviewed by", "Photo:") or "" when it holds none. For the text before a linked
    name in a byline: a reviewer's link is not an author's."""
    tail = text[-80:]
    other = [(m.start(), m.end()) for m in _NON_AUTHOR.finditer(tail)]
    # the "by" of "Reviewed by:" is not an author label of its own
    author = [
        m.end()
        for m in _AUTHOR_LABEL.finditer(tail)
        if not any(start <= m.start() < end for start, end in other)
    ]
    if not other and not author:
        return ""
    return "other" if max(e for _, e in other or [(-1, -1)]) >= max(author or [-1]) else "author"


def looks_like_person(
    name: str | None, single: bool = False, handle: bool = False, declared: bool = False
) -> bool:
    """True for "Jane Doe", "J. K. Rowling", "Ursula von der Leyen", "山田太郎"; False for
    organisations, desks, roles, handles, phrases and single Latin-script words (unless
    `single`: then "Kristin" passes, "AFP", "admin" and "janedoe" do not). `declared` (an
    author declaration) also accepts a name in lower case ("jane doe")."""
    name = clean(name)
    if not 2 <= len(name) <= 70 or any(c.isdigit() or c in "@#/:|=<>" for c in name):
        return False
    words = name.split()
    if len(words) > 6 or _ORG_PHRASE.search(name):
        return False
    # an initial ("A." of "A. J. Neal") is no word: not the article "a"
    lowered = [w.strip(_STRIP).lower() for w in words if not _INITIAL.match(w)]
    if any(w in ORG_WORDS or w in NOT_NAME_WORDS for w in lowered):
        return False
    if all(w in _ROLE_WORDS for w in lowered):
        return False
    if not all(_WORD_OK.match(w.strip(",")) for w in words):
        return False
    if not any(c.isupper() or c.islower() for c in name):  # uncased script (CJK, Thai, …)
        return 2 <= len(name.replace(" ", "")) <= 12
    if len(words) < 2:
        return single and _single_name(name, handle)
    if declared and _LOWER_NAME.match(name):
        return True  # a declared "jane doe": the page says it is a name, lower case or not
    return any(w[0].isupper() for w in words) and all(
        w[0].isupper() or w.lower() in NAME_PARTICLES or not w[0].isalpha() for w in words
    )


def _single_name(word: str, handle: bool = False) -> bool:
    """One capitalised word of letters, the rest lower-case: a first name or a pen name (not
    an acronym or a brand such as "GitHub")."""
    return (
        len(word) >= SINGLE_NAME_MIN
        and word[0].isupper()
        and (handle or not any(c.isupper() for c in word[1:]))
        and any(c.islower() for c in word)
        and bool(_SINGLE_NAME.match(word))
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
    return _AFFILIATION_MARKS.sub("", _TIME.sub(" | ", text))


def _pieces(segment: str) -> list[tuple[str, bool]]:
    """The name-sized pieces of one byline segment, credits of non-authors cut off, each with
    whether a comma (rather than "and") comes before it."""
    cut = _NON_AUTHOR.search(segment)
    if cut:
        segment = segment[: cut.start()]
    segment = _LABEL_CUT.sub("", segment).strip(_STRIP)
    segment = _strip_prefix(segment)
    if not segment or segment.lower().startswith(ROLE_PREFIXES):
        return []
    parts = _JOINERS.split(segment)  # piece, separator, piece, …
    pieces: list[tuple[str, bool]] = []
    employer = False  # after "Jane Doe, Senior Editor," comes her employer, not a co-author
    title = False  # after "Jane Doe, Head of Research": "and Development" ends that title
    for i in range(0, len(parts), 2):
        if i and parts[i - 1].strip() not in ("", ","):
            employer = False  # "and …" starts the next author
        piece = parts[i]
        if employer or not piece.strip(_STRIP):
            continue
        if _is_role(piece):
            employer = True
            continue
        joined = i > 0 and parts[i - 1].strip() != ","
        if title and joined:
            title = False
            continue
        title = i > 0 and not joined and bool(_TITLE_PHRASE.search(piece))
        pieces.append((piece, i > 0 and parts[i - 1].strip() == ","))
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
    piece = _AFFILIATION.sub("", piece)
    words = piece.split()
    while len(words) > 1 and words[-1].lower() in DATE_CONNECTORS:
        words.pop()
    words = _drop_roles(words)
    words = _drop_roles(words[::-1])[::-1]
    return " ".join(words).strip(_STRIP)


def _drop_roles(words: list[str]) -> list[str]:
    """Drop a trailing run of role words ("Jane Doe Senior Staff Writer") if it holds a job."""
    cut = len(words)
    while cut > 1 and words[cut - 1].strip(_STRIP).lower() in _ROLE_WORDS:
        cut -= 1
    tail = [w.strip(_STRIP).lower() for w in words[cut:]]
    if any(w in ROLE_CORE for w in tail):
        return words[:cut]
    return words
