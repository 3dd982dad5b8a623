"""Per-source readers: which `<meta>` names mean what, people and images in JSON-LD, the Parse.ly
page blob, tags, and the `<time>` elements that date the article.

`reader.py` calls these and decides the order between sources; each function here reads one
kind of source and returns plain values.
"""

from __future__ import annotations

import html
import re
from typing import Any

from lxml import etree

from articlekit.metadata import jsonld as ld
from articlekit.metadata.context import excluded
from articlekit.metadata.dates import OTHER, label_kind, to_iso
from articlekit.metadata.microdata import Items, prop_text
from articlekit.metadata.people import ends_with_author_label, split_byline
from articlekit.textnorm import clean, fold

Element = etree._Element

# <meta> names by meaning. OpenGraph `article:*` outranks microdata; the other conventions
# (Dublin Core, Parse.ly, Sailthru, plain names) come after it.
ARTICLE_PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "article:published",
    "og:published_time", "article:published_date",
)  # fmt: skip
ARTICLE_MODIFIED_KEYS = (
    "article:modified_time", "og:article:modified_time", "article:modified",
    "og:updated_time", "article:updated_time",
)  # fmt: skip
OTHER_PUBLISHED_KEYS = (
    "datepublished", "parsely-pub-date", "sailthru.date", "pubdate", "publishdate",
    "published", "publish-date", "publish_date", "published_date", "published-date",
    "publication_date", "publication-date", "date_published", "date", "dc.date", "dc.date.issued",
    "dc.date.created", "dcterms.created", "dcterms.issued", "dcterms.date",
    "citation_publication_date", "citation_online_date", "citation_date", "article.published",
)  # fmt: skip
OTHER_MODIFIED_KEYS = (
    "datemodified", "dcterms.modified", "dc.date.modified", "article.updated", "lastmod",
    "last-modified", "revised",
)  # fmt: skip
# Publication-date names that a vendor or a theme writes behind a prefix of its own
# ("w-published-date", "shareaholic:article_published_time"): read after every name above.
PREFIXED_PUBLISHED_NAMES = (
    "published-date", "published_date", "publish-date", "publish_date", "publication-date",
    "publication_date", "published_time", "publishtime", "publish_time",
)  # fmt: skip
_PREFIXED_PUBLISHED = re.compile(
    r".[:._-](?:" + "|".join(re.escape(n) for n in PREFIXED_PUBLISHED_NAMES) + r")$"
)
ARTICLE_AUTHOR_KEYS = ("article:author", "og:article:author")
OTHER_AUTHOR_KEYS = (
    "author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
)  # fmt: skip
LABELLED_PAIRS = 4  # "twitter:labelN"/"twitter:dataN" pairs read for an author
OTHER_SECTION_KEYS = ("parsely-section", "section", "article.section")
KEYWORD_KEYS = ("news_keywords", "keywords")

ORG_TYPES = frozenset(
    {
        "organization", "corporation", "newsmediaorganization", "educationalorganization",
        "governmentorganization", "ngo", "localbusiness", "brand", "website", "onlinebusiness",
        "onlinestore", "project", "researchorganization",
    }
)  # fmt: skip
MAX_TAGS = 100
EPOCH_ZERO = "1970-01-01"  # what a zero timestamp renders as: a missing date, not a real one

_URLISH = re.compile(r"^(?:https?:)?//|^www\.|\.(?:com|org|net)/", re.I)
_LAST_FIRST = re.compile(r"^\s*([^,]+),\s*([^,]+?)\s*$")
# Markup around a <time> that dates the article rather than a teaser or a comment.
_TIME_PUBLISHED = re.compile(r"publish|pubdate|post-?date|posted|entry-date|created", re.I)
_TIME_MODIFIED = re.compile(r"updat|modif|revis|changed", re.I)
_TIME_CONTEXT = re.compile(
    r"byline|dateline|meta|posted|publish|pubdate|timestamp|date|article-info|entry-header"
    r"|post-info|article-header|author",
    re.I,
)
_CONTEXT_DEPTH = 4  # ancestors that may mark a <time> as the byline's
_CARD_EXTRA = 40  # characters beside a date that make the link around it a teaser card


def unescape(text: str) -> str:
    """Undo a second level of HTML escaping ("&amp;#8217;" arrives as "&#8217;")."""
    return html.unescape(text) if "&" in text else text


def meta_pairs(raw: Any, keys: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(f"meta:{key}", v) for key in keys for v in raw.meta.get(key, ()) if v]


def prefixed_published_pairs(raw: Any) -> list[tuple[str, str]]:
    """(source, value) of the `<meta>` names that end with a publication-date name behind a
    prefix ("w-published-date"), in the page's order."""
    return [
        (f"meta:{key}", v)
        for key, values in raw.meta.items()
        if _PREFIXED_PUBLISHED.search(key)
        for v in values
        if v
    ]


# `data-` attribute names of the <html> or <body> element that declare the page's publication
# date ("data-pubdate", "data-publish-date"): the publication-date meta names, less the bare
# "date" (a page-wide `data-date` is as often a build's or a calendar's).
_ROOT_DATE_ATTRS = frozenset(
    f"data-{key}" for key in OTHER_PUBLISHED_KEYS if key != "date" and "." not in key
)


def root_published_pairs(root: Any) -> list[tuple[str, str]]:
    """("attr:<name>", value) of the publication dates the page's <html> and <body> elements
    declare in `data-` attributes, a CMS's page-wide declaration ("<body
    data-pubdate='2022-10-05'>"); two elements' attributes read, never the tree."""
    tree_root = root.getroottree().getroot()
    body = tree_root.find("body")
    pairs: list[tuple[str, str]] = []
    for el in (tree_root, body):
        if el is None:
            continue
        for name, value in el.attrib.items():
            if name in _ROOT_DATE_ATTRS and value:
                pairs.append((f"attr:{name}", value))
    return pairs


def plausible(iso: str | None) -> str | None:
    """A page date, or None for the zero-timestamp placeholder."""
    if iso is None or iso.startswith(EPOCH_ZERO):
        return None
    return iso


def dedupe(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        key = fold(name)
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    return out


def jsonld_people(graph: ld.Graph, entity: dict[str, Any]) -> list[str]:
    """Person names of an entity's `author` (else `creator`); organisations skipped."""
    value = entity.get("author") or entity.get("creator")
    values = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in values[:50]:
        item = graph.resolve(item)
        if isinstance(item, str):
            names += split_byline(unescape(item), single=True)
        elif isinstance(item, dict) and not set(ld.types_of(item)) & ORG_TYPES:
            person = "person" in ld.types_of(item)
            name = ld.text(item.get("name"))
            if name and name[0] in ",|;":  # a template whose name slot was empty: ", Site"
                continue
            if not name:
                given, family = ld.text(item.get("givenName")), ld.text(item.get("familyName"))
                name = f"{given} {family}".strip()
            names += split_byline(name, single=True, handle=person)
    return names


def meta_people(values: list[str]) -> list[str]:
    """Names from author `<meta>` values; profile URLs (Facebook pages and the like) skipped."""
    names: list[str] = []
    for value in values:
        if not _URLISH.search(value):
            names += split_byline(value, single=True)
    return names


def citation_people(values: list[str]) -> list[str]:
    """Scholarly `citation_author` values, which are written "Family, Given"."""
    names: list[str] = []
    for value in values:
        m = _LAST_FIRST.match(value)
        names += split_byline(f"{m[2]} {m[1]}" if m else value)
    return names


def parsely_blob(raw: Any) -> dict[str, Any]:
    """The JSON object in `<meta name=parsely-page>`, or {}."""
    for text in raw.meta.get("parsely-page", ()):
        for value in ld.loads_lenient(text):
            if isinstance(value, dict):
                return value
    return {}


def parsely_value(raw: Any, key: str) -> str:
    return ld.text(parsely_blob(raw).get(key))


def labelled_people(raw: Any) -> list[str]:
    """Names from a labelled data pair of the sharing cards ("twitter:label1" = "Written by",
    "twitter:data1" = "Jane Doe"): an author declaration of its own."""
    names: list[str] = []
    for index in range(1, LABELLED_PAIRS + 1):
        labels = raw.meta.get(f"twitter:label{index}", [])
        if labels and ends_with_author_label(labels[0]):
            for value in raw.meta.get(f"twitter:data{index}", [])[:1]:
                names += split_byline(value, single=True)
    return names


def parsely_people(raw: Any) -> list[str]:
    blob = parsely_blob(raw)
    value = blob.get("authors") or blob.get("author")
    values = value if isinstance(value, list) else [value]
    return [n for v in values if isinstance(v, str) for n in split_byline(v, single=True)]


def jsonld_site_name(graph: ld.Graph, main: dict[str, Any] | None) -> str:
    """The main entity's publisher name, else the first WebSite entity's name."""
    if main is not None:
        publisher = graph.resolve(main.get("publisher"))
        if isinstance(publisher, list) and publisher:
            publisher = graph.resolve(publisher[0])
        name = ld.text(publisher.get("name")) if isinstance(publisher, dict) else ld.text(publisher)
        if name:
            return name
    for entity in graph.entities:
        if "website" in ld.types_of(entity):
            name = ld.text(entity.get("name"))
            if name:
                return name
    return ""


def jsonld_image(graph: ld.Graph, value: Any) -> str:
    """The first image URL of an `image` value (a URL, an ImageObject, a list, a reference)."""
    values = value if isinstance(value, list) else [value]
    for item in values[:20]:
        item = graph.resolve(item)
        if isinstance(item, dict):
            url = ld.text(item.get("url")) or ld.text(item.get("contentUrl"))
        else:
            url = ld.text(item)
        if url:
            return url
    return ""


def tags(raw: Any, main: dict[str, Any] | None, items: Items) -> list[str]:
    """Tags from the first source that has any: JSON-LD keywords, `article:tag`, microdata
    keywords, `news_keywords`/`keywords`, the Parse.ly blob."""
    sources: list[list[str]] = []
    if main is not None:
        sources.append(_keywords(main.get("keywords")))
    sources.append(raw.all(("article:tag", "og:article:tag")))
    sources.append([t for el in items.values("keywords") for t in _keywords(prop_text(el))])
    sources.append([t for v in raw.all(KEYWORD_KEYS) for t in _keywords(v)])
    sources.append([t for v in raw.all(("parsely-tags",)) for t in _keywords(v)])
    sources.append(_keywords(parsely_blob(raw).get("tags")))
    for found in sources:
        cleaned = dedupe([t for t in (clean(x) for x in found) if t and len(t) <= 100])
        if cleaned:
            return cleaned[:MAX_TAGS]
    return []


def _keywords(value: Any) -> list[str]:
    """A keywords value: a list of strings, or one string separated by commas (or semicolons)."""
    if isinstance(value, list):
        return [t for v in value if isinstance(v, str) for t in _keywords(v)]
    text = ld.text(value)
    if not text:
        return []
    sep = "," if "," in text or ";" not in text else ";"
    return [t.strip() for t in text.split(sep)]


def time_dates(times: list[Element]) -> tuple[str, str]:
    """(published, modified) from `<time>` elements: a `pubdate` or published-marked `<time>`,
    else one inside a byline-like container; an updated-marked one for modified."""
    strong = weak = modified = ""
    for el in times:
        value = to_iso(el.get("datetime") or el.text_content()) or ""
        if not value or excluded(el):
            continue
        parent = el.getparent()
        own = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''}"
        near = f"{own} {parent.get('class') or ''}" if parent is not None else own
        label = label_kind(_text_before(el))
        if label == OTHER:
            continue  # an event's or a deadline's date
        if label == "modified" or (not label and _TIME_MODIFIED.search(near)):
            modified = modified or value
        elif label or el.get("pubdate") is not None or _TIME_PUBLISHED.search(own):
            strong = strong or value
        elif not weak and _in_byline(el) and not _in_card_link(el):
            weak = value
    return strong or weak, modified


def _text_before(el: Element) -> str:
    """The text just before `el` inside its parent: where "Updated:" or "Published" stands."""
    parent = el.getparent()
    if parent is None:
        return ""
    parts = [parent.text or ""]
    for sib in parent:
        if sib is el:
            break
        if isinstance(sib.tag, str):
            parts.append(sib.text_content())
        parts.append(sib.tail or "")
    return "".join(parts)[-60:]


def _in_card_link(el: Element) -> bool:
    """True for a `<time>` inside a link that holds more than the date: a teaser card linked
    as a whole (title, summary, date) dates the story it links to, not this page. (A permalink
    around the date alone, as blogs print it, holds the date only.)"""
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= _CONTEXT_DEPTH + 2:
            return False
        if anc.tag == "a":
            return len(anc.text_content()) > len(el.text_content()) + _CARD_EXTRA
    return False


def _in_byline(el: Element) -> bool:
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= _CONTEXT_DEPTH:
            return False
        marks = f"{anc.get('class') or ''} {anc.get('id') or ''}"
        if _TIME_CONTEXT.search(marks):
            return True
    return False
