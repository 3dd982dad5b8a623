"""Dates: machine and visible date strings -> ISO 8601, the page's own value normalised.

`to_iso` reads one value (a meta `content`, a `datetime` attribute, a JSON-LD string, a short
visible date); `find_date_in_text` finds a date inside visible text such as a byline. Output is
"YYYY-MM-DD" for a date, "YYYY-MM-DDTHH:MM:SS" for a time without zone, and the same followed by
the zone as the page gave it ("Z" or "+HH:MM") when it gave one.

Choices (documented because they are judgement calls):
- Years outside MIN_YEAR..MAX_YEAR and impossible days ("2021-02-30") are rejected.
- Numeric dates with slashes or dashes and the year last ("5/19/2021") are read month-first or
  day-first only where one reading is impossible; "5/6/2021" is ambiguous and gives None.
  Dotted dates ("19.05.2021") are day-first, as everywhere they are used.
- A named zone is turned into an offset only where the abbreviation names one offset (EST, CET);
  ambiguous ones (CST, IST, ET) leave the time without a zone rather than give it a wrong one.
- Nothing depends on today's date: a date missing its year, month or day is no date, except a
  month and year alone ("November 2003", `month_of_year`), which the date fields read as
  "YYYY-MM" only where a publication label names it.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from typing import NamedTuple

from dateutil import parser as du_parser

from articlekit.metadata.words import (
    MODIFIED_LABELS,
    MONTHS,
    OTHER_DATE_LABELS,
    PUBLISHED_LABELS,
    WEEKDAYS,
    ZONES,
)

MIN_YEAR = 1900
MAX_YEAR = 2100

_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_MON = rf"(?P<mon>{_MONTH_ALT})\.?"
_DAY_SUFFIX = r"(?:st|nd|rd|th|er|e|º|°|\.)?"

_ISO = re.compile(
    r"\s*(?P<y>\d{4})(?P<sep>[-/.]?)(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)"
    r"(?:(?:T(?P<H>\d{2}):?(?P<M>\d{2})(?::?(?P<S>\d{2}))?"
    r"|\s+(?P<H2>\d{1,2}):(?P<M2>\d{2})(?::(?P<S2>\d{2}))?)(?:[.,]\d+)?"
    r"\s*(?P<z>Z(?![a-z])|(?:UTC|GMT)?\s*[+-]\d{1,2}(?::?\d{2})?|UTC|GMT)?)?",
    re.I,
)
# A month and year alone ("November 2003", "noviembre de 2003", "2003年11月"), after any label
# and its connector ("Published: ", "Date ", "Published in "): a date of a month's precision.
_MONTH_YEAR = re.compile(
    rf"[\s:|·–-]*(?:(?:on|in|am|im|le|en|em|el|il|op)\s+)?(?:{_MON},?\s+(?:de\s+|del\s+)?"
    r"(?P<y>\d{4})|(?P<cy>\d{4})\s*[年년]\s*(?P<cm>\d{1,2})\s*[月월])\s*$",
    re.I,
)
_EPOCH = re.compile(r"\s*(\d{10}|\d{13})\s*$")
_MDY = re.compile(rf"\b{_MON}\s+(?P<d>\d{{1,2}}){_DAY_SUFFIX},?\s+(?P<y>\d{{4}})(?!\d)", re.I)
_DMY = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}}){_DAY_SUFFIX}[\s\-/]*(?:de\s+)?{_MON}"
    rf"(?:\s*,\s*|[\s\-/]+)(?:de\s+|del\s+)?(?P<y>\d{{4}})(?!\d)",
    re.I,
)
_NUM_YMD = re.compile(
    r"(?<![\d.])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)"
)
_NUM_YLAST = re.compile(
    r"(?<![\d.])(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d])"
)
_CJK = re.compile(r"(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]?")
# Each date pattern above needs its year's two digits in a row, all but _NUM_YLAST four: text
# without them holds no date, and those patterns are not run. Keep this true when adding one.
_TWO_DIGITS = re.compile(r"\d\d")
_FOUR_DIGITS = re.compile(r"\d{4}")
_ALL_PATTERNS = (_MDY, _DMY, _CJK, _NUM_YMD, _NUM_YLAST)
_SHORT_YEAR_PATTERNS = (_NUM_YLAST,)  # the only one whose year may have two digits
# A time right after a date: "at 10:00 a.m.", ", 22:00 Uhr", "à 10h30", "10am EDT".
_TIME = re.compile(
    r"\s*(?:,|at|um|à|a las|a la|às|alle|om|-|–|\||@|T)?\s*"
    r"(?P<H>\d{1,2})(?:(?:[:h]|\s+h\s+)(?P<M>\d{2}))?(?::(?P<S>\d{2}))?"
    r"\s*(?P<ap>[ap]\.?\s?m\b\.?)?\s*(?:uhr\b|h\b)?"
    r"\s*\(?(?P<z>(?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|[A-Za-z]{1,5}\b)?",
    re.I,
)
# One named group per kind, its labels in their list order: at each position the same label
# wins as with one alternative per label, and the match runs about ten times faster than with
# a named group around each label.
_LABELS = re.compile(
    "|".join(
        rf"(?P<{kind}>\b(?:" + "|".join(re.escape(label) for label in labels) + r")\b)"
        for kind, labels in (
            ("o", OTHER_DATE_LABELS),
            ("p", PUBLISHED_LABELS),
            ("m", MODIFIED_LABELS),
        )
    ),
    re.I,
)
_LETTERS = re.compile(r"[^\W\d_]+")
# What alone joins the two ends of a span of days ("1/27/2026 - 3/24/2026", "12 May to 19 May
# 2025", "vom 3. bis 5. Mai", "du 3 au 5 mai"): such dates are an event's, a course's or an
# offer's, never the text's publication.
_RANGE_JOIN = re.compile(
    r"\s*(?:-|–|—|to|until|till|through|thru|bis|au|al|hasta|tot|t/m)\s*", re.I
)
RANGE = "range"  # the kind of both ends of a span of days
OTHER = "other"  # the kind of a date labelled as an event's, an offer's or a deadline's
_LABEL_KINDS = {"p": "published", "m": "modified", "o": OTHER}


# A full date as a URL path writes it: "/2021/05/19/", "/2021-05-19-title" (not "/20210519",
# which is as often a numeric id).
_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d\d)(?P<sep>[/-])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?=[/_.-]|$)"
)

# ... or with the month's name: "/2023/october/03/", "/2024/oct/17/".
_URL_NAMED_DATE = re.compile(
    rf"/(?P<y>(?:19|20)\d\d)/(?P<mon>{_MONTH_ALT})/(?P<d>[0-3]?\d)(?=[/_.-]|$)", re.I
)


class _Found(NamedTuple):
    start: int
    end: int
    iso: str


def to_iso(value: str | None) -> str | None:
    """One date value (machine or short visible form) as ISO 8601, or None when it is none."""
    if not value or len(value) > 300:
        return None
    text = value.strip()
    found = _iso_like(text) or _epoch(text)
    if found:
        return found
    hits = _find_all(text)
    if hits:
        return hits[0].iso
    return _dateutil(text)


def find_dates_in_text(text: str) -> list[tuple[str, str]]:
    """Every date in visible text, in order, as (kind, iso); kind is "published", "modified"
    (from a label such as "Published" or "Updated:" before it), `RANGE` for both ends of a
    span of days ("May 2 - May 9, 2025") or "" when unlabelled."""
    out: list[tuple[str, str]] = []
    prev_end = -1
    for hit in _find_all(text):
        if prev_end >= 0 and _RANGE_JOIN.fullmatch(text, prev_end, hit.start):
            out[-1] = (RANGE, out[-1][1])
            out.append((RANGE, hit.iso))
        else:
            out.append((label_kind(text[max(prev_end, hit.start - 40, 0) : hit.start]), hit.iso))
        prev_end = hit.end
    return out


def month_of_year(text: str) -> str | None:
    """ "YYYY-MM" for a text that holds only a month and its year, after any date label
    ("Published: November 2003" -> "2003-11"); None for anything else. A month alone dates a
    text only where a label names it its publication (the caller's test): reports and papers
    give their date so."""
    m = _MONTH_YEAR.match(strip_labels(text)) if _FOUR_DIGITS.search(text) else None
    if m is None:
        return None
    year = int(m["y"] or m["cy"])
    month = MONTHS[m["mon"].lower()] if m["mon"] else int(m["cm"])
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
        return None
    return f"{year:04d}-{month:02d}"


def label_kind(text: str) -> str:
    """The kind named by the last date label in `text` ("Last updated:" -> "modified",
    "Posted on" -> "published"), or "" when there is none."""
    kind = ""
    for m in _LABELS.finditer(text):
        kind = _LABEL_KINDS[(m.lastgroup or "m")[0]]
    return kind


def strip_labels(text: str) -> str:
    """`text` without its date labels ("Published:", "Last updated on"): what a date line holds
    besides its dates and their labels."""
    return _LABELS.sub(" ", text)


def find_date_in_text(text: str, kind: str | None = None) -> str | None:
    """A date in visible text ("Published May 19, 2021 at 10:00 a.m.", "Updated: 19.05.2021").

    kind=None: a date labelled as published, else the first date of any kind.
    kind="published": a date labelled published, else an unlabelled one (never an update date).
    kind="modified": a date labelled as an update only.
    """
    dates = find_dates_in_text(text)
    labelled = [iso for k, iso in dates if k == (kind or "published")]
    if labelled:
        return labelled[0]
    if kind == "modified":
        return None
    pool = [iso for k, iso in dates if k == ""] if kind == "published" else [d for _, d in dates]
    return pool[0] if pool else None


def date_in_url(url: str | None) -> str | None:
    """The publication date a URL path spells out ("/2021/05/19/slug", "/2021/may/19/slug" ->
    "2021-05-19"): the last resort, below every date the page states (a URL keeps its first
    date when a story is moved or re-dated)."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    path = path.split("://", 1)[-1].partition("/")[2]
    m = _URL_DATE.search("/" + path)
    if m:
        return _date(int(m["y"]), int(m["m"]), int(m["d"]))
    m = _URL_NAMED_DATE.search("/" + path)
    if m:
        return _date(int(m["y"]), MONTHS[m["mon"].lower()], int(m["d"]))
    return None


def date_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of every date (with its time) in `text`: what a byline cleaner
    cuts out."""
    return [(hit.start, hit.end) for hit in _find_all(text)]


def _iso_like(text: str) -> str | None:
    """Year-first machine dates: "2021-05-19", "2021-05-19T22:00:00-04:00", "20210519"."""
    m = _ISO.match(text)
    if not m:
        return None
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not m["sep"] and (len(m["m"]) != 2 or len(m["d"]) != 2):
        return None
    date = _date(y, mo, d)
    hour, minute, second = m["H"] or m["H2"], m["M"] or m["M2"], m["S"] or m["S2"]
    if date is None or hour is None:
        return date
    zone = _offset(m["z"]) if m["z"] else ""
    return _with_time(date, int(hour), int(minute), int(second or 0), zone)


def _epoch(text: str) -> str | None:
    """A Unix timestamp in seconds or milliseconds, read in UTC."""
    m = _EPOCH.match(text)
    if not m:
        return None
    seconds = int(m[1]) // (1000 if len(m[1]) == 13 else 1)
    try:
        when = dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None
    if not MIN_YEAR <= when.year <= MAX_YEAR:
        return None
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _find_all(text: str) -> list[_Found]:
    """All dates in `text`, in order, overlapping matches resolved to the earliest one."""
    if _TWO_DIGITS.search(text) is None:
        return []  # every pattern's year is two or four digits in a row: most lines have none
    hits: list[_Found] = []
    for regex in _ALL_PATTERNS if _FOUR_DIGITS.search(text) else _SHORT_YEAR_PATTERNS:
        for m in regex.finditer(text):
            date = _date_of(m)
            if date:
                end, iso = _add_time(text, m.end(), date)
                hits.append(_Found(m.start(), end, iso))
    hits.sort(key=lambda h: (h.start, -h.end))
    kept: list[_Found] = []
    for hit in hits:
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


def _date_of(m: re.Match[str]) -> str | None:
    """The date a pattern match names, or None when impossible or ambiguous."""
    groups = m.groupdict()
    if groups.get("mon"):
        return _date(int(m["y"]), MONTHS[m["mon"].lower()], int(m["d"]))
    if "a" in groups:
        return _numeric_ylast(int(m["a"]), int(m["b"]), m["y"], m["sep"])
    return _date(int(m["y"]), int(m["m"]), int(m["d"]))


def _numeric_ylast(a: int, b: int, year: str, sep: str) -> str | None:
    """Day first for "19.05.2021"; month first for "5/19/2021", where day first is impossible."""
    if len(year) == 2:
        if sep != ".":  # "5/6/21" could be any of three orders
            return None
        y = int(year) + (1900 if int(year) >= 90 else 2000)
    else:
        y = int(year)
    if sep == "." or (a > 12 >= b):
        return _date(y, b, a)
    if b > 12 >= a:
        return _date(y, a, b)
    if a == b:
        return _date(y, a, b)
    return None


def _add_time(text: str, pos: int, date: str) -> tuple[int, str]:
    """Extend a date found at `pos` with the time written right after it, if any."""
    m = _TIME.match(text, pos)
    if not m or (m["M"] is None and m["ap"] is None):
        return pos, date
    hour, minute, second = int(m["H"]), int(m["M"] or 0), int(m["S"] or 0)
    if m["ap"]:
        if not 1 <= hour <= 12:
            return pos, date
        hour = hour % 12 + (12 if m["ap"].lower().startswith("p") else 0)
    zone = _offset(m["z"]) if m["z"] else ""
    iso = _with_time(date, hour, minute, second, zone or "")
    if iso == date:
        return pos, date
    return (m.end() if zone else m.end("ap") if m["ap"] else m.end("M") or m.end()), iso


def _dateutil(text: str) -> str | None:
    """Last resort for other written forms; parsed twice with two different defaults so that a
    value missing its year, month or day (which dateutil would fill in) is rejected."""
    if not _LETTERS.search(text) or not re.search(r"\d", text):
        return None
    words = {w.lower() for w in _LETTERS.findall(text)}
    if not words & (MONTHS.keys() | WEEKDAYS | {"t", "z", "utc", "gmt"}):
        return None
    try:
        with warnings.catch_warnings():  # unknown zone names only warn; they are dropped
            warnings.simplefilter("ignore")
            one = du_parser.parse(text, default=dt.datetime(1904, 1, 1))
            two = du_parser.parse(text, default=dt.datetime(1905, 2, 2))
    except Exception:  # dateutil raises several types on odd input; none may escape
        return None
    if one.date() != two.date():
        return None
    date = _date(one.year, one.month, one.day)
    if date is None or (one.hour, one.minute, one.second) == (0, 0, 0):
        return date
    zone = ""
    if one.utcoffset() is not None:
        zone = _format_offset(one.utcoffset())
    return _with_time(date, one.hour, one.minute, one.second, zone)


def _date(y: int, m: int, d: int) -> str | None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _with_time(date: str, hour: int, minute: int, second: int, zone: str | None) -> str:
    """`date` plus the time; the bare date when the time is impossible."""
    if zone is None or not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59):
        return date
    return f"{date}T{hour:02d}:{minute:02d}:{second:02d}{zone}"


def _offset(raw: str) -> str | None:
    """A zone as written -> "Z", "+HH:MM", "" (unknown name: no zone) or None (impossible)."""
    text = raw.strip()
    low = text.lower()
    if low in ZONES:
        return ZONES[low]
    m = re.fullmatch(r"(?:utc|gmt)?\s*([+-])(\d{1,2})(?::?(\d{2}))?", low)
    if not m:
        return "" if text.isalpha() else None
    hours, minutes = int(m[2]), int(m[3] or 0)
    if hours > 14 or minutes > 59:
        return None
    return f"{m[1]}{hours:02d}:{minutes:02d}"


def _format_offset(delta: dt.timedelta | None) -> str:
    if delta is None:
        return ""
    minutes = int(delta.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
