"""Dates: declared publication and update dates checked against the ones the page shows.

Dates come from metadata (JSON-LD, meta, <time>) when the page shows them or shows none; else
from a visible date near the headline or in the byline's line ("Published May 6, 2025"), a
labelled date anywhere, or an agency dateline opening the story, or a date standing alone as
loose text by the headline. Update stamps inform `modified`; a page whose only date is its
update stamp is dated by it. A month and year alone ("Published: November 2003") are read only
where a publication label names them, as "YYYY-MM".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from articlekit.dom import (
    Element,
    ancestors,
    class_id,
    extraction_memo,
    long_text_of,
    tag_of,
    text_of,
)
from articlekit.fields.byline import (
    BYLINE_LINE_LEVELS,
    BYLINE_MAX_CHARS,
    BYLINE_WINDOW_AFTER,
    BYLINE_WINDOW_BEFORE,
    CARD_DEPTH,
    DATE_LINE_MAX,
    hidden_near,
    strip_dates,
)
from articlekit.fields.cues import DATE_CLASSES
from articlekit.metadata.dates import (
    OTHER,
    RANGE,
    date_in_url,
    date_spans,
    find_dates_in_text,
    label_kind,
    month_of_year,
    strip_labels,
    to_iso,
)
from articlekit.metadata.types import Metadata
from articlekit.metadata.words import (
    ORIGINAL_PUBLISHED_LABELS,
    OTHER_DATE_LABELS,
    PUBLISHED_LABELS,
)
from articlekit.page import Page

_LETTERS = re.compile(r"[\W\d_]+")
# Metadata sources of a date declared in structured data (`Metadata.sources`).
STRUCTURED_SOURCES = frozenset({"jsonld", "itemprop"})
ONE_DAY = dt.timedelta(days=1)  # a declared instant and the local day it shows may differ by one
EARLIEST_ZONE, LATEST_ZONE = -12, 14  # hours from UTC of the zones furthest apart
DATE_WINDOW_AFTER = 40  # elements after the headline where a bare date line may stand
LABELLED_WINDOW_AFTER = BYLINE_WINDOW_AFTER  # ... and a labelled, date-marked one (a meta bar)
# Parts one of which every word of DATE_CLASSES holds ("post-date", "entry-meta", "timestamp"):
# a cheap test before the class matcher.
DATE_CLASS_PARTS = ("date", "meta", "time", "publish", "updated", "posted", "stamp")
_DATE_CLASS_PART = re.compile("|".join(DATE_CLASS_PARTS))  # one search, not one per part
OWN_CARD_TIMES = 100  # <time> elements read for a card that links to the page itself
OWN_CARD_LEVELS = 3  # levels above a <time> where its card's link stands
OWN_CARD_MAX_CHARS = 400  # text of a card: a title, a date, a line of summary
LABELLED_DATES_READ = 60  # date-marked elements read for a labelled publication date
TABLE_PARTS = frozenset({"table", "thead", "tbody", "tr", "td", "th"})
DATE_KINDS = frozenset({"published", "modified"})  # the labels that name a text's own date
DATE_CLOSE = 12  # elements from the headline where a date is the article's even inside chrome
SHOWN_YEAR_MENTIONS = 100  # mentions of a declared date's year read for the date it shows
SHOWN_DATE_REACH = 30  # characters either side of a year where its date is written
DATE_LINE_SPARE = 12  # letters a date line may hold besides its date ("on", "Posted", "|")
DATE_LABEL_MAX = 30  # characters of a label element before a date ("Published", "Updated on")
MONTH_LINE_MAX = 40  # characters of a line holding a labelled month and year alone
_SEPARATOR_NEXT = re.compile(r"\s*[|•·–—]")
# A news agency dateline opening the story's first paragraph: "RAJSHAHI, Dec 20, 2025 (BSS) -",
# "GENEVA, 3 May 2024 — ": a place, a comma, then (read apart) the date, an optional agency in
# parentheses and a dash.
_DATELINE_PLACE = re.compile(r"\s*[^\W\d_][^,\d\n]{1,40},\s*")
_DATELINE_END = re.compile(r"\s*(?:\([^()]{1,30}\))?\s*[-–—:]\s")
DATELINE_PARAGRAPHS = 3  # paragraphs of the content read for an opening dateline
# A line that opens with a publication label ("Posted on the 15/12/2025 at 19:00 by Jane",
# "Published: 3 May 2024"), wherever it stands (a post's foot line). The bare "Date:" label is
# left out: it heads an event's, a deadline's or a form's date as often as a publication's.
_POSTED_LABELS = sorted((w for w in PUBLISHED_LABELS if w != "date"), key=len, reverse=True)
_POSTED_OPENING = re.compile(
    r"\s*(?:" + "|".join(re.escape(w) for w in _POSTED_LABELS) + r")\b", re.I
)
_OTHER_LABEL = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in OTHER_DATE_LABELS) + r")\b\W*$", re.I
)  # an event's or a deadline's label ending the text before a date
_YEAR = re.compile(r"\d{2}")  # every full date holds two digits in a row (a year's)
_POSTED_INITIALS = frozenset(w[0] for w in _POSTED_LABELS)
_TEXT_PUBLISHED = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for w in _POSTED_LABELS if w not in ("released", "created"))
    + r")\b",
    re.I,
)
# Labels of the text's first publication ("originally published on"), lower-cased: looked up
# with str.find in the lower-cased page text (an alternation regex over a whole page's text is
# about 20 times slower).
_ORIGINAL_LABELS = tuple(sorted({w.lower() for w in ORIGINAL_PUBLISHED_LABELS}))
ORIGINAL_DATE_GAP = 20  # characters between such a label and its date ("on Wednesday, ")
POSTED_LINES_READ = 20  # label-opening lines read for a publication date
# ... and names its writer after the date ("... by Jane Doe"): a post's attribution line, not a
# listing's stamp ("Posted Mar 5, 2026 1:42 UTC") or a notice's "Published on: 12 March".
_POSTED_BY = re.compile(r"\b(?:by|von|par|por|door|da|av|af)\b\s*\S", re.I)
# A discussion's post-number marker ("#1", not "#12" or "##1") and what alone may stand
# between it and its date ("16:26 #1", "#1 · Jan 3, 2024").
_POST_ONE = re.compile(r"(?<![\w#])#1(?!\d)")
_POST_GAP = re.compile(r"[\s|,·•:–-]{0,5}")
POST_MARK_REACH = 45  # characters either side of the marker where its date is written
POST_MARK_BEFORE = 20  # elements before the headline where the first post's marker may stand
POST_MARK_AFTER = 150  # ... and after it (past the thread's title bar and the poster's card)
POST_MARK_LEVELS = 3  # levels above the marker that may hold its date
POST_LINE_MAX = 200  # characters of a post's header line


def declared_dates_shown(page: Page, thread: bool) -> tuple[str | None, str | None]:
    """(published, modified) of a page that is not an article: its declared dates, each kept
    only where the page's text shows the same day. A date such a page never shows (a CMS's
    page-creation stamp, a sitemap's last change) does not date its content. A date taken from
    a `<time>` dates one of a listing's cards, not the page. A discussion thread (`thread`)
    keeps its declared dates: its posts show them in forms ("3 years ago") read nowhere here,
    and so does a Q&A page's question. A page that declares no date at all is dated by a
    publication label (or else an update stamp) by its headline, if it shows one, else (and a
    thread declaring none) by its first post's date ("Mar 30, 2025 #1")."""
    meta = page.meta
    published = meta.published if meta.sources.get("published") != "time" else None
    modified = meta.modified if meta.sources.get("modified") != "time" else None
    if not (published or modified):
        if not thread:
            published, modified = _labelled_by_headline(page)
        if published is None:
            published = _first_post_date(page)
        return published, modified
    if thread:
        return published, modified
    if meta.sources.get("published") == "question":
        return published, modified  # asked "12 years ago": shown in words read nowhere here
    text = long_text_of(page.body if page.body is not None else page.root)
    shown = _days_shown(text, {d[:4] for d in (published, modified) if d})
    published = published if published and published[:10] in shown else None
    modified = modified if modified and modified[:10] in shown else None
    if published is None:  # declared but never shown: only a publication label stands in
        labelled, update = _labelled_by_headline(page)
        published = labelled if labelled != update else None
    return published, modified


def _days_shown(text: str, years: set[str]) -> set[str]:
    """The days ("YYYY-MM-DD") of the dates `text` shows in the given years: read only around
    each mention of such a year (a whole page's text read for every date is slow)."""
    days: set[str] = set()
    for year in years:
        at = text.find(year)
        for _ in range(SHOWN_YEAR_MENTIONS):
            if at < 0:
                break
            window = text[max(0, at - SHOWN_DATE_REACH) : at + SHOWN_DATE_REACH]
            days.update(iso[:10] for _, iso in find_dates_in_text(window))
            at = text.find(year, at + len(year))
    return days


def find_dates(page: Page, byline: list[Element]) -> tuple[str | None, str | None]:
    """(published, modified) as ISO 8601: the declared dates, else the visible ones next to the
    headline, else (published only) a date in the URL, else the update stamp shown by the
    headline, else an agency dateline opening the story.

    A declared date the page never shows (or shows only as the update) gives way to the
    published date the page shows by its headline (a CMS's stamp in another time zone or of
    another import: a day more than one apart, or one the declared instant falls on in no time
    zone), unless the shown one is the declared update; a web page's own stamp
    (`jsonld-page`) that the page never shows dates no article: dropped. A date labelled as
    an update ("Updated May 6") never replaces a publication date the page shows, nor one it
    declares in an Open Graph `article:published_time`; on a page that never shows
    its publication date and declares it in structured data alone (`_structured_only`), the
    update shown by the headline (labelled or not), or labelled below a long meta bar, or the
    declared update where a date line shows its day alone, is the date of the text as it
    stands, and dates it; so it does on a page that gives no other date at all. A discussion
    read as an
    article is dated by its first post's date ("Mar 30, 2025 #1") when it declares none or
    only a `<time>` (which dates any of its posts)."""
    meta = page.meta
    published, modified = meta.published, meta.modified
    seen_published, seen_modified, seen_at = _visible_dates(page, byline)
    shown, marked = _ShownDays(page), _MarkedDates(page)
    url_day = date_in_url(meta.canonical_url or page.base_url)
    if published and seen_published and _other_day(seen_published, published, modified):
        if _by_headline(page, seen_at) and (
            not shown.has(published) or _same_day(published, seen_modified)
        ):
            published = seen_published  # the declared one is unseen, or shown as the update
    elif published and _same_day(seen_published, modified) and _structured_only(meta):
        if _by_headline(page, seen_at) and not shown.has(published):
            published = seen_published  # shows its declared update only: dated by it
    elif published and seen_published and _local_day(seen_published, published, url_day):
        if _by_headline(page, seen_at):
            published = seen_published
    elif published and not seen_published:
        published, modified = _page_stamps_shown(meta, shown, published, modified)
        if published and not shown.has(published):
            labelled = marked.published()  # shown away from the headline
            if labelled and _other_day(labelled, published, modified):
                published = labelled
            elif _structured_only(meta):
                published = _shown_update(page, seen_modified, modified, marked) or published
    if published is None and seen_published:  # a shown stamp may be a later re-publication's
        published = _originally_published(shown)
    if published is None or meta.sources.get("published") == "time":  # a thread's posts
        published = _first_post_date(page) or published  # their <time>s date any post
    published = published or seen_published or marked.published() or _posted_line(page)
    published = published or _own_card_time(page)
    modified = modified or seen_modified
    if published is None:
        published = url_day
    if published is None:  # no publication date declared, shown or in the URL
        published = seen_modified or _dateline(page) or _loose_date_line(page)
    return published, modified


def _shown_update(
    page: Page, seen: str | None, declared: str | None, marked: _MarkedDates
) -> str | None:
    """The update a page shows, which dates a page whose structured-only publication date it
    never shows (the page as it stands): the one by the headline, else a labelled one below a
    long meta bar (`_far_update`), else the declared update where a date line shows its day
    alone (`_MarkedDates.shows_unlabelled`)."""
    seen = seen or _far_update(page)
    if seen:
        return seen
    return declared if declared and marked.shows_unlabelled(declared) else None


def _structured_only(meta: Metadata) -> bool:
    """True for a publication date declared in structured data alone (JSON-LD, microdata),
    which no Open Graph `article:published_time` repeats: a CMS record's creation stamp as
    often as the text's publication."""
    return (
        meta.sources.get("published") in STRUCTURED_SOURCES and "published_og" not in meta.sources
    )


def _originally_published(shown: _ShownDays) -> str | None:
    """The date the page's text labels as the article's first publication ("This article was
    originally published on 26 Sep 2019 and has been updated since"), right after the label
    (a disclaimer below the article as often as a line in it)."""
    text = shown.page_text().lower()
    ends = [at + len(w) for w in _ORIGINAL_LABELS for at in (text.find(w),) if at >= 0]
    for end in sorted(ends):  # the first label of the page, then the next (first hits only)
        head = text[end : end + ORIGINAL_DATE_GAP + 40]
        spans = date_spans(head)
        if spans and spans[0][0] <= ORIGINAL_DATE_GAP:
            return to_iso(head[spans[0][0] : spans[0][1]])
    return None


def _first_post_date(page: Page) -> str | None:
    """The date beside the first post-number marker near the headline (or the content's
    start): "30th March 2025, 16:26 #1", "#1 2025-11-01 15:14:37", "#1 · Jan 3, 2024". A
    discussion's opening post dates the thread; only a date right beside the marker counts,
    read in the short line around it."""
    anchor = page.headline_el if page.headline_el is not None else page.content
    if anchor is None:
        return None
    for el in page.window(anchor, POST_MARK_BEFORE, POST_MARK_AFTER):
        if "#1" not in (el.text or "") and "#1" not in (el.tail or ""):
            continue
        line = el
        for anc in ancestors(el, POST_MARK_LEVELS):
            if len(text_of(anc)) > POST_LINE_MAX:
                break
            line = anc
        return _date_by_mark(text_of(line))
    return None


def _date_by_mark(text: str) -> str | None:
    """The date right before or right after the first "#1" marker of `text`."""
    at = _POST_ONE.search(text)
    if at is None:
        return None
    before = text[max(0, at.start() - POST_MARK_REACH) : at.start()]
    spans = date_spans(before)
    if spans and _POST_GAP.fullmatch(before, spans[-1][1]):
        return find_dates_in_text(before)[len(spans) - 1][1]
    after = text[at.end() : at.end() + POST_MARK_REACH]
    spans = date_spans(after)
    if spans and _POST_GAP.fullmatch(after, 0, spans[0][0]):
        return find_dates_in_text(after)[0][1]
    return None


def _own_card_time(page: Page) -> str | None:
    """The date of a `<time>` in a card that links to the page itself (a "Recent posts" list
    holding this very post): the card of this page dates this page, where every other card
    dates another story."""
    own = {_url_key(u) for u in (page.meta.canonical_url, page.base_url) if u}
    own.discard("")
    if not own:
        return None
    for count, el in enumerate(page.root.iter("time")):
        if count >= OWN_CARD_TIMES:
            break
        stamp = to_iso(el.get("datetime") or text_of(el))
        if stamp is None or hidden_near(el):
            continue
        for anc in ancestors(el, OWN_CARD_LEVELS):
            if len(text_of(anc)) > OWN_CARD_MAX_CHARS:
                break  # no card: a whole column or page
            links = [a for a in anc.iter("a") if a.get("href")]
            if links:
                if any(_url_key(page.absolute(a.get("href")) or "") in own for a in links):
                    return stamp
                break  # the card's links name another page
    return None


def _url_key(url: str) -> str:
    """A URL without scheme, "www.", query, fragment and trailing slash, for comparing two
    spellings of one address."""
    rest = url.split("://", 1)[-1].split("#", 1)[0].split("?", 1)[0].rstrip("/").lower()
    return rest[4:] if rest.startswith("www.") else rest


def _labelled_by_headline(page: Page) -> tuple[str | None, str | None]:
    """(published, modified) from the dates by the headline of a page read as no article that
    declares none: the first one a publication label names ("Posted on Nov 21, 2018"), else
    the update stamp ("Updated: Dec 9, 2025"), which then dates the page as on an article.
    Only the labels that name a text's publication count: a product's "Released" or a
    record's "Created" or "Date" do not date such a page."""
    if page.headline_el is None:
        return None, None
    update = None
    for el, strict in _date_places(page, []):
        if strict and not _YEAR.search(text_of(el)):
            continue  # a bare line without a year: a cheap test before reading its dates
        for kind, iso in _dates_of(el, strict):
            if kind == "published" and _TEXT_PUBLISHED.search(text_of(el)):
                return iso, update
            if kind == "modified":
                update = update or iso
    return update, update


def _dateline(page: Page) -> str | None:
    """The date of an agency dateline that opens one of the content's first paragraphs."""
    scope = page.content if page.content is not None else page.body
    if scope is None:
        return None
    for i, para in enumerate(scope.iter("p")):
        if i >= DATELINE_PARAGRAPHS:
            break
        text = text_of(para)
        place = _DATELINE_PLACE.match(text)
        if not place:
            continue
        head = text[place.end() : place.end() + 60]
        spans = date_spans(head)
        if spans and spans[0][0] == 0 and _DATELINE_END.match(head, spans[0][1]):
            return to_iso(head[: spans[0][1]])
    return None


def _loose_date_line(page: Page) -> str | None:
    """The date of a page that gives no other: a date standing alone as loose text (no element
    of its own) right after an element near the headline or the content's start, as
    hand-written pages set it ("<legend>Title</legend> 20 December 2025 <div>...",
    "<h2>Title</h2><br>Posted May 6, 2025"). A list item's is a teaser card's."""
    anchor = page.headline_el if page.headline_el is not None else page.content
    if anchor is None:
        return None
    for el in page.window(anchor, BYLINE_WINDOW_BEFORE, DATE_WINDOW_AFTER):
        tail = el.tail
        if not tail or len(tail) > DATE_LINE_MAX or not _YEAR.search(tail):
            continue  # most tails: white space between tags
        text = " ".join(tail.split())
        found = find_dates_in_text(text)
        if len(found) != 1 or len(_LETTERS.sub("", strip_dates(text))) > DATE_LINE_SPARE:
            continue  # a date inside a sentence, or none
        if page.excluded(el) or any(tag_of(a) == "li" for a in ancestors(el, CARD_DEPTH)):
            continue
        kind, iso = found[0]
        return iso if kind in ("", "published") else None
    return None


def _same_day(one: str | None, two: str | None) -> bool:
    """True when both dates are given and fall on the same calendar day."""
    return one is not None and two is not None and one[:10] == two[:10]


class _MarkedDates:
    """(kind, iso) of the dates the page's `<time>` and date-marked elements show, in page
    order (list items and hidden parts aside: a list item's date is a teaser card's), from the
    first LABELLED_DATES_READ such elements: read once, and only as far as asked."""

    def __init__(self, page: Page) -> None:
        self.read: list[tuple[str, str]] = []
        self.rest = self._dates(page)

    @staticmethod
    def _dates(page: Page) -> Iterator[tuple[str, str]]:
        for examined, el in enumerate(_time_or_date_cued(page)):
            if examined >= LABELLED_DATES_READ:
                break
            if hidden_near(el) or any(tag_of(a) == "li" for a in ancestors(el, CARD_DEPTH)):
                continue
            yield from _dates_of(el, False)

    def items(self) -> Iterator[tuple[str, str]]:
        yield from self.read
        for item in self.rest:
            self.read.append(item)
            yield item

    def published(self) -> str | None:
        """The first date labelled as the publication's ("Published On: 15 August 2025",
        "<p>Published</p><p class='date'>Feb 2</p>"): for a page whose date stands far from its
        headline, also in a side panel taken as chrome (a post's meta column)."""
        return next((iso for kind, iso in self.items() if kind == "published"), None)

    def shows_unlabelled(self, iso: str) -> bool:
        """True when one shows the day of `iso` with no label: the page presents that date as
        its own ("<div class='post-date'>November 21, 2025</div>" in a hero far above a
        misread headline), where "Last edited on ..." in a footer names it an update."""
        day = iso[:10]
        return any(kind == "" and seen[:10] == day for kind, seen in self.items())


def _time_or_date_cued(page: Page) -> Iterator[Element]:
    """The page's `<time>` and date-marked elements, in page order. The class of an element
    the chrome pass read is known (dom's memo); only the others need the cheap test first."""
    memo = extraction_memo()
    known = memo.class_ids if memo is not None else {}
    cued = DATE_CLASSES.search
    for el in page.order:
        if el.tag == "time":
            yield el
            continue
        cid = known.get(el)
        if cid is None:
            if not _may_be_date_cued(el):
                continue
            cid = class_id(el)
        if cid and cued(cid):
            yield el


def _posted_line(page: Page) -> str | None:
    """The date of the first short line after the headline (list items, chrome and hidden
    parts aside) whose own text opens with a publication label and names the writer after
    the date: the last visible date a page without any other gives, often at the post's foot
    ("Posted on 15/12/2025 at 19:00 by Jane")."""
    examined = 0
    start = page.pos(page.headline_el) if page.headline_el is not None else 0
    for el in page.order[max(start, 0) :]:
        text = el.text
        if not text or text.lstrip()[:1].lower() not in _POSTED_INITIALS:
            continue  # a cheap test before the label pattern, on most elements of the page
        if not _POSTED_OPENING.match(text):
            continue
        examined += 1
        if examined > POSTED_LINES_READ:
            break
        if len(text_of(el)) > BYLINE_MAX_CHARS or page.excluded(el):
            continue
        if any(tag_of(a) == "li" for a in ancestors(el, CARD_DEPTH)):
            continue  # a list item's date is a teaser card's or a comment's
        text = text_of(el)
        spans = date_spans(text)
        if not spans or not _POSTED_BY.search(text, spans[0][1]):
            continue
        for kind, iso in find_dates_in_text(text):
            if kind == "published":
                return iso
    return None


def _other_day(seen: str, published: str, modified: str | None) -> bool:
    """True when the shown date is neither the declared publication's day (or the day next to
    it: the same moment read in another time zone) nor its update's."""
    if modified is not None and seen[:10] == modified[:10]:
        return False
    if len(seen) == len("YYYY-MM"):  # a month's date ("Published: November 2003")
        return seen != published[:7]
    if _swapped(seen) == published[:10]:
        return False  # "11.03.17" read day-first, the declared date read month-first
    days = _local_days(published)
    return bool(days) and seen[:10] not in days


def _local_days(iso: str) -> set[str]:
    """The days ("YYYY-MM-DD") a declared date may show as somewhere on Earth: a date alone,
    the day before or after (its zone unknown); an instant with its zone, the days it falls on
    from the earliest zone to the latest (UTC-12 to UTC+14: "2025-12-19T22:02:58Z" is shown as
    Dec 19 or Dec 20, never Dec 18). Empty for a value that reads as no date."""
    try:
        stamp = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return set()
    if stamp.tzinfo is None or len(iso) <= 10:
        day = stamp.date()
        return {str(day - ONE_DAY), str(day), str(day + ONE_DAY)}
    utc = stamp.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return {str((utc + dt.timedelta(hours=h)).date()) for h in (EARLIEST_ZONE, LATEST_ZONE)}


def _local_day(seen: str, published: str, url_day: str | None) -> bool:
    """True when the day shown by the headline is the day next to the declared instant's and
    the URL spells out the shown day: the page and its address agree on the local day, the
    declared instant is the same moment written in another time zone (a post of the evening of
    May 6 in New York is declared "2025-05-07T02:41:00+00:00")."""
    if url_day is None or seen[:10] != url_day or seen[:10] == published[:10]:
        return False
    try:
        apart = abs(dt.date.fromisoformat(seen[:10]) - dt.date.fromisoformat(published[:10]))
    except ValueError:
        return False
    return apart == ONE_DAY


def _by_headline(page: Page, el: Element | None) -> bool:
    """True when `el` stands within the byline window of the headline (or there is none)."""
    if el is None or page.headline_el is None:
        return el is not None
    return abs(page.pos(el) - page.pos(page.headline_el)) <= BYLINE_WINDOW_AFTER


class _ShownDays:
    """Whether the page's text shows a day: the text read once, and only if asked."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.text: str | None = None

    def page_text(self) -> str:
        if self.text is None:
            body = self.page.body if self.page.body is not None else self.page.root
            self.text = long_text_of(body)
        return self.text

    def has(self, iso: str) -> bool:
        days = _days_shown(self.page_text(), {iso[:4]})
        # a numeric date ("09.10.2024") reads day-first or month-first: either reading counts
        return iso[:10] in days or _swapped(iso) in days


def _swapped(iso: str) -> str:
    """The day read the other way round ("2024-10-09" -> "2024-09-10"), for a numeric date
    that reads day-first or month-first; "" when no such reading exists."""
    year, month, day = iso[:4], iso[5:7], iso[8:10]
    if len(day) != 2 or not day.isdigit() or int(day) > 12:
        return ""
    return f"{year}-{day}-{month}"


def _page_stamps_shown(
    meta: Metadata, shown: _ShownDays, published: str, modified: str | None
) -> tuple[str | None, str | None]:
    """The declared dates, without the web page's own stamps (`jsonld-page`) the page never
    shows."""
    if meta.sources.get("published") == "jsonld-page" and not shown.has(published):
        published = None
    if modified and meta.sources.get("modified") == "jsonld-page" and not shown.has(modified):
        modified = None
    return published, modified


def _visible_dates(
    page: Page, byline: list[Element]
) -> tuple[str | None, str | None, Element | None]:
    """The first published (labelled "Published" or unlabelled) and the first update date of
    the byline, then of the date-like lines nearest to the headline, and where the published
    one stands. An unlabelled date that the page labels as an update elsewhere ("Last updated
    on <span>May 6</span>": the span alone reads unlabelled) is the update's."""
    published = modified = at = None
    found = [
        (el, item) for el, strict in _date_places(page, byline) for item in _dates_of(el, strict)
    ]
    updates = {iso[:10] for _, (kind, iso) in found if kind == "modified"}
    for el, (kind, iso) in found:
        if kind == "modified":
            modified = modified or iso
        elif (
            published is None
            and kind not in (RANGE, OTHER)
            and (kind == "published" or iso[:10] not in updates)
        ):
            published, at = iso, el
        if published and modified:
            break
    return published, modified, at


def _date_places(page: Page, byline: list[Element]) -> list[tuple[Element, bool]]:
    """Where a visible date may stand, nearest first: (element, whether its date must fill the
    line). A byline, a `<time>` or a date-marked element may say more than the date; any other
    short line near the headline must be (nearly) a date alone."""
    places = [(el, False) for el in _byline_lines(byline)]
    anchor = page.headline_el if page.headline_el is not None else page.content
    if anchor is None:
        return places
    at = page.pos(anchor)
    window = page.window(anchor, BYLINE_WINDOW_BEFORE, DATE_WINDOW_AFTER)
    near: list[tuple[int, Element, bool]] = []
    for el in window:
        if el is anchor or page.inside(el, anchor) and anchor is page.headline_el:
            continue
        cued = tag_of(el) == "time" or (_may_be_date_cued(el) and _date_cued(el))
        if not cued and tag_of(el) in TABLE_PARTS:
            continue  # a table's dates are its data ("1/1/2013 | +13.1%"), not the article's
        distance = abs(page.pos(el) - at)
        close = distance <= DATE_CLOSE
        if page.excluded(el):
            if not (close or _labelled_meta(page, el, at, cued)) or hidden_near(el):
                continue
            close = True  # a chrome line kept: measured below
        stat = page.stats.get(el)  # none for chrome: measured here, for close ones only
        size = stat.raw if stat is not None else len(text_of(el)) if close else None
        if size is None or size > (BYLINE_MAX_CHARS if cued else DATE_LINE_MAX):
            continue
        near.append((distance, el, not cued))
    near.sort(key=lambda item: (item[2], item[0]))  # `<time>` and date-marked ones first
    return places + [(el, strict) for _, el, strict in near]


def _far_update(page: Page) -> str | None:
    """The first update date labelled as such ("Updated on Dec. 09, 2025") in a `<time>` or a
    date-marked line past the bare date lines' reach, up to LABELLED_WINDOW_AFTER elements
    after the headline (below a meta bar of reviewer cards and tags), chrome or not; read only
    for a page whose declared publication date is never shown."""
    anchor = page.headline_el if page.headline_el is not None else page.content
    if anchor is None:
        return None
    at = page.pos(anchor)
    for el in page.order[at + DATE_WINDOW_AFTER + 1 : at + LABELLED_WINDOW_AFTER + 1]:
        if not (_may_be_date_cued(el) and _date_cued(el)) and tag_of(el) != "time":
            continue  # most elements: a cheap test first
        if hidden_near(el) or (anchor is page.headline_el and page.inside(el, anchor)):
            continue
        stat = page.stats.get(el)
        if (stat.raw if stat is not None else len(text_of(el))) > BYLINE_MAX_CHARS:
            continue
        for kind, iso in _dates_of(el, False):
            if kind == "modified":
                return iso
    return None


def _labelled_meta(page: Page, el: Element, at: int, cued: bool) -> bool:
    """True for a chrome element after the headline (past the few closest) whose date counts:
    a date-marked one whose date is labelled ("Updated September 28, 2025" in an attribution
    bar) on a page that declares a publication date, since a page's meta bar is often taken as
    chrome (with its author bio and tooltips) and its labelled date tells which of the
    declared dates the page shows. An unlabelled date there may be a teaser's ("3h ago"), and
    such a date never dates alone a page that declares none (it may be any widget's): there
    only a details panel's label/value pair counts (`_details_pair`)."""
    if page.pos(el) <= at:
        return False
    if not cued or page.meta.published is None:
        return _details_pair(page, el, at)
    return any(kind in DATE_KINDS for kind, _ in _dates_of(el, False))


def _details_pair(page: Page, el: Element, at: int) -> bool:
    """True for the value of a label/value pair in a details panel after the headline, the
    label a publication's in an element of its own ("<h6>Date</h6><p>November 2003</p>",
    "<dt>Published</dt><dd>May 6, 2025</dd>"): a report's or a paper's own date, in a side
    panel often taken as chrome. A date with its label inline there ("Published On 6 Mar") is
    as often a teaser card's."""
    if page.pos(el) - at > DATE_WINDOW_AFTER or not _YEAR.search(el.text or ""):
        return False  # the value's own text holds the date: a cheap test first
    return _label_before(el) == "published" and bool(_dates_of(el, True))


def _byline_lines(byline: list[Element]) -> list[Element]:
    """The bylines, each followed by the short line around it (up to two levels up): a name
    link set inline beside its date ("<p><a>Jane Doe</a> • <span>Oct 20</span></p>") leaves the
    date outside the link."""
    out: list[Element] = []
    for el in byline:
        out.append(el)
        for anc in ancestors(el, BYLINE_LINE_LEVELS):
            if tag_of(anc) in ("body", "html") or len(text_of(anc)) > BYLINE_MAX_CHARS:
                break
            out.append(anc)
    return out


def _dates_of(el: Element, strict: bool) -> list[tuple[str, str]]:
    """(kind, iso) of the dates an element shows; kind from a label in its text or, for a date
    set apart from its label ("<h4>Published</h4><p>May 2</p>"), in the element before it."""
    if not isinstance(el.tag, str):
        return []
    text = text_of(el)
    if not text or len(text) > BYLINE_MAX_CHARS:
        return []
    stamp = to_iso(el.get("datetime")) if tag_of(el) == "time" and el.get("datetime") else None
    found = find_dates_in_text(text)
    if stamp:
        found = [(found[0][0] if found else "", stamp)]
    if not found:
        month = _published_month(el, text)
        return [("published", month)] if month else []
    spare = len(_LETTERS.sub("", strip_labels(strip_dates(text))))
    if strict and spare > DATE_LINE_SPARE and not _date_set_apart(text):
        return []
    label = _label_before(el)
    if not label and _OTHER_LABEL.search(_text_just_before(el)):
        return []  # "Event date: <time>...": the label stands in the text before the element
    return [(kind or label, iso) for kind, iso in found]


def _published_month(el: Element, text: str) -> str | None:
    """ "YYYY-MM" of a line that holds only a month and year which a publication label names
    ("Published: November 2003", "<h6>Date</h6><p>November 2003</p>"): a report's date."""
    if len(text) > MONTH_LINE_MAX:
        return None
    month = month_of_year(text)
    if month is None:
        return None
    kind = label_kind(text) or _label_before(el)
    return month if kind == "published" else None


def _text_just_before(el: Element) -> str:
    """The text right before `el` inside its parent (the previous element's tail, or the
    parent's own leading text), its last DATE_LABEL_MAX characters."""
    prev = el.getprevious()
    if prev is not None:
        return (prev.tail or "")[-DATE_LABEL_MAX:]
    parent = el.getparent()
    return (parent.text or "")[-DATE_LABEL_MAX:] if parent is not None else ""


def _date_set_apart(text: str) -> bool:
    """True for a meta line that opens with its date, set apart by a separator ("Dec 26, 2025
    • Jane Doe in Reviews"): a sentence never opens with a date and a bullet."""
    spans = date_spans(text)
    if not spans or text[: spans[0][0]].strip():
        return False
    return bool(_SEPARATOR_NEXT.match(text[spans[0][1] :]))


def _label_before(el: Element) -> str:
    """The date kind named by a short label element right before `el` (or before its parent,
    for a date wrapped once more)."""
    for node in (el, el.getparent()):
        if node is None:
            return ""
        prev = node.getprevious()
        while prev is not None and not isinstance(prev.tag, str):
            prev = prev.getprevious()
        if prev is not None:
            words = text_of(prev)
            return label_kind(words) if len(words) <= DATE_LABEL_MAX else ""
    return ""


def _may_be_date_cued(el: Element) -> bool:
    """A cheap test before `_date_cued`: every date class word holds one of these parts."""
    cls, ident = el.get("class"), el.get("id")
    if not cls and not ident:
        return False
    return _DATE_CLASS_PART.search(f"{cls or ''} {ident or ''}".lower()) is not None


def _date_cued(el: Element) -> bool:
    return isinstance(el.tag, str) and bool(DATE_CLASSES.search(class_id(el)))
