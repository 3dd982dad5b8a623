"""The metadata pass: one compiled XPath gathers every node that declares something, then each
field is chosen from its sources in a fixed order of trust.

Nothing here changes the tree. Source order (first non-empty wins unless a field says otherwise):
JSON-LD main entity, then OpenGraph/`article:*`, then microdata, then other `<meta>`
conventions, then markup hints (`<time>`, `rel=author`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from articlekit.metadata import jsonld as ld
from articlekit.metadata import sources as src
from articlekit.metadata.context import first_group
from articlekit.metadata.dates import to_iso
from articlekit.metadata.microdata import Items, author_text, group_props, prop_text
from articlekit.metadata.people import split_byline
from articlekit.metadata.types import Declarations, Metadata
from articlekit.textnorm import clean, fold

Element = etree._Element

_NODES = etree.XPath(
    "//title | //base[@href] | //meta | //link[@rel] | //time | //*[@itemprop]"
    " | //script[contains(translate(@type, 'LDJSON', 'ldjson'), 'ld+json')]"
    " | //a[contains(translate(@rel, 'AUTHOR', 'author'), 'author')]"
)
_LANG = re.compile(r"^([a-z]{2,3})(?:[-_]([a-z]{4}))?(?:[-_]([a-z]{2}|\d{3}))?(?:[-_].*)?$", re.I)
_DC_PREFIX = re.compile(r"^(dc|dcterms):")
_MAX_TIMES = 200  # <time> elements examined for the published date
DECLARED_AUTHORS_KEPT = 10  # declared author values kept as they are
DECLARED_MIN, DECLARED_MAX = 2, 60  # characters of a declared author value kept as it is
# A declared author value that is no name: a profile URL, markup, a sentence's punctuation.
_DECLARED_NOT_NAME = re.compile(r"^(?:https?:)?//|^www\.|\.(?:com|org|net)/|[<>{}]|[.!?]\s")


@dataclass(slots=True)
class Raw:
    """What the walk found, before any choice."""

    title: str | None = None
    base: str | None = None
    meta: dict[str, list[str]] = field(default_factory=dict)
    canonical: list[str] = field(default_factory=list)
    image_links: list[str] = field(default_factory=list)
    scripts: list[str] = field(default_factory=list)
    props: list[Element] = field(default_factory=list)
    times: list[Element] = field(default_factory=list)
    rel_authors: list[Element] = field(default_factory=list)
    declarations: Declarations | None = None

    def first(self, keys: tuple[str, ...]) -> tuple[str, str] | None:
        """(key, value) of the first key with a non-empty value."""
        for key in keys:
            for value in self.meta.get(key, ()):
                if value:
                    return key, value
        return None

    def all(self, keys: tuple[str, ...]) -> list[str]:
        return [v for key in keys for v in self.meta.get(key, ()) if v]


def read_metadata(root: Element, url: str | None = None) -> Metadata:
    """What the page declares about itself; read-only, never raises on odd markup."""
    raw = collect(root)
    base = _base_url(raw.base, url)
    graph = ld.build_graph(raw.scripts)
    hint = (raw.canonical[:1] or raw.meta.get("og:url", [])[:1] or [url or ""])[0]
    main = ld.main_entity(graph, _absolute(hint, base) or hint or None)
    ents = [main] if main is not None else []
    ents += [e for e in ld.page_entities(graph) if e is not main]
    items = group_props(raw.props)
    md = Metadata(title=raw.title)
    md.headlines = _headlines(raw, main, items)
    md.descriptions = _descriptions(raw, main)
    _fill_people(md, raw, graph, ents, items)
    _fill_dates(md, raw, ents, items, src.root_published_pairs(root))
    _fill_labels(md, raw, graph, main, items)
    md.language = _language(root, raw, main)
    md.canonical_url = _canonical(raw, graph, main, base)
    md.image = _image(raw, graph, main, items, base)
    md.types = [t.split("/")[-1] for t in _raw_types(main)]
    md.declarations = raw.declarations
    md.headline_props = tuple(el for el in raw.props if el.get("itemprop") == "headline")
    md.authors = [a for a in md.authors if not _names_site(a, md, md.canonical_url or url)]
    if len(md.authors) > 1 and md.site_name:  # beside persons, the site's name is its publisher
        site = fold(md.site_name)
        md.authors = [a for a in md.authors if fold(a) != site] or md.authors
    return md


def _names_site(name: str, md: Metadata, page_url: str | None) -> bool:
    """True for a one-word "author" that is the site itself: its site name or its host name
    ("Acme" on acme.com) declares the publisher, not a person. (A two-word name equal to the
    site name is a personal site's owner: kept.)"""
    if " " in name.strip():
        return False
    key = fold(name)
    if md.site_name and key == fold(md.site_name).replace(" ", ""):
        return True
    if not page_url:
        return False
    try:
        host = urlsplit(page_url).netloc.lower().split(":")[0]
    except ValueError:
        return False
    return key in host.split(".")


def collect(root: Element) -> Raw:
    """Every declaring node, dispatched by tag, in document order (what `_NODES` selects).

    The fast way: one C iteration over the tags that declare, and one XPath for microdata;
    a tree whose `itemprop` elements have upper-case tags takes the plain `_NODES` loop."""
    tree_root = root.getroottree().getroot()
    found = _MICRODATA(tree_root)
    props = [node for node in found if not isinstance(node, str)]
    if any(_odd_declaring(el) for el in props):
        return _collect_plain(tree_root)
    raw = Raw(props=props)
    og_type: list[str] = []
    ld_scripts: list[str] = []
    for el in tree_root.iter(*_DECLARING):
        tag = el.tag
        if tag == "a":  # the commonest by far: tested first, without a call
            rel = el.get("rel")
            if rel is not None and "author" in rel.lower().split():
                raw.rel_authors.append(el)
        elif tag == "meta":
            _add_meta(raw, el)
            if el.get("property") == "og:type":
                content = el.get("content")
                if content is not None:
                    og_type.append(content.strip().lower())
        elif tag == "script":
            kind = el.get("type")
            if kind == "application/ld+json":
                ld_scripts += _texts(el)
            if (kind and "ld+json" in kind.translate(_LDJSON)) or el.get("itemprop") is not None:
                raw.scripts.append(el.text or "")
        else:
            _dispatch(raw, el, tag)
    itemtypes = tuple(str(node) for node in found if isinstance(node, str))
    raw.declarations = Declarations(tuple(og_type), tuple(ld_scripts), itemtypes)
    return raw


# The tags `_NODES` selects by name; `_MICRODATA` selects the rest (itemprop elements) and the
# itemtypes, which the page-kind tests read.
_DECLARING = ("title", "base", "meta", "link", "time", "script", "a")
_MICRODATA = etree.XPath("//@itemprop/.. | //@itemtype")
_LD_TEXTS = etree.XPath("text()")
_LDJSON = str.maketrans("LDJSON", "ldjson")  # XPath translate() of `_NODES`


def _odd_declaring(el: Element) -> bool:
    """An itemprop element whose tag is a declaring tag only once lower-cased ("META")."""
    tag = el.tag
    return isinstance(tag, str) and not tag.islower() and tag.lower() in _DECLARING


def _texts(script: Element) -> list[str]:
    """The script's text nodes (XPath text()), read without XPath for the usual leaf."""
    if script.text and not len(script):
        return [script.text]
    return [str(text) for text in _LD_TEXTS(script)]


def _dispatch(raw: Raw, el: Element, tag: str) -> None:
    """Record a base, link, time, author link or title (as selected by `_NODES`)."""
    if tag == "link":
        _add_link(raw, el)
    elif tag == "time":
        raw.times.append(el)
    elif tag == "a":
        if "author" in (el.get("rel") or "").lower().split():
            raw.rel_authors.append(el)
    elif tag == "title" and raw.title is None and not _in_svg(el):
        raw.title = clean(el.text_content()) or None
    elif (
        tag == "base"
        and raw.base is None
        and (el.get("href") is not None or el.get("itemprop") is not None)
    ):
        raw.base = clean(el.get("href")) or None


def _collect_plain(tree_root: Element) -> Raw:
    """`collect` over `_NODES`, every node dispatched by its lower-cased tag."""
    raw = Raw()
    for el in _NODES(tree_root):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if el.get("itemprop") is not None:
            raw.props.append(el)
        if tag == "meta":
            _add_meta(raw, el)
        elif tag == "script":
            raw.scripts.append(el.text or "")
        else:
            _dispatch(raw, el, tag)
    return raw


def _add_meta(raw: Raw, el: Element) -> None:
    content = el.get("content")
    if content is None:
        return
    value = src.unescape(clean(content))
    for attr in ("property", "name", "http-equiv"):
        # RDFa allows several space-separated properties ("dc:creator og:title"); Dublin Core
        # names are written "dc.creator" or "dc:creator" alike.
        for key in (el.get(attr) or "").lower().split():
            key = _DC_PREFIX.sub(r"\1.", key)
            raw.meta.setdefault(key, []).append(value)


def _add_link(raw: Raw, el: Element) -> None:
    rels = (el.get("rel") or "").lower().split()
    href = clean(el.get("href"))
    if not href:
        return
    if "canonical" in rels:
        raw.canonical.append(href)
    elif "image_src" in rels:
        raw.image_links.append(href)


def _in_svg(el: Element) -> bool:
    """An SVG's <title> is a tooltip, not the page's title (ancestors looked at: a few)."""
    for depth, anc in enumerate(el.iterancestors()):
        if depth > 50:
            return False
        if isinstance(anc.tag, str) and anc.tag.lower().endswith("svg"):
            return True
    return False


def _headlines(raw: Raw, main: dict[str, Any] | None, items: Items) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if main is not None:
        found.append(("jsonld", ld.text(main.get("headline")) or ld.text(main.get("name"))))
    found += [("og", v) for v in raw.all(("og:title",))[:1]]
    found += [("twitter", v) for v in raw.all(("twitter:title",))[:1]]
    for prop in ("headline", "name"):
        found += [("itemprop", prop_text(el)) for el in items.values(prop)[:1]]
    return _dedupe_pairs(found)


def _descriptions(raw: Raw, main: dict[str, Any] | None) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if main is not None:
        found.append(("jsonld", ld.text(main.get("description"))))
        found.append(("jsonld-alternative", ld.text(main.get("alternativeHeadline"))))
    for source, key in (("og", "og:description"), ("twitter", "twitter:description")):
        found += [(source, v) for v in raw.all((key,))[:1]]
    found += [("meta", v) for v in raw.all(("description",))[:1]]
    return _dedupe_pairs(found)


def _dedupe_pairs(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: set[str] = set()
    out = []
    for source, text in pairs:
        key = fold(text)
        if key and key not in seen:
            seen.add(key)
            out.append((source, text))
    return out


def _fill_people(
    md: Metadata, raw: Raw, graph: ld.Graph, ents: list[dict[str, Any]], items: Items
) -> None:
    """Authors: the first source that yields a person wins."""
    candidates: list[tuple[str, list[str]]] = []
    for ent in ents:
        candidates.append(("jsonld", src.jsonld_people(graph, ent)))
    candidates.append(("meta:article:author", src.meta_people(raw.all(src.ARTICLE_AUTHOR_KEYS))))
    names = [n for el in items.authors() for n in split_byline(author_text(el), single=True)]
    candidates.append(("itemprop", names))
    candidates.append(("meta:author", src.meta_people(raw.all(src.OTHER_AUTHOR_KEYS))))
    candidates.append(("meta:twitter:data", src.labelled_people(raw)))
    candidates.append(("meta:citation_author", src.citation_people(raw.all(("citation_author",)))))
    candidates.append(("parsely", src.parsely_people(raw)))
    links = first_group(raw.rel_authors)
    rel = [n for a in links for n in split_byline(a.text_content(), single=True)]
    candidates.append(("rel-author", rel))
    md.declared_authors = _declared_authors(raw, graph, ents)
    for source, people in candidates:
        people = src.dedupe(people)
        if people:
            md.authors = people
            md.sources["authors"] = source
            return


def _declared_authors(raw: Raw, graph: ld.Graph, ents: list[dict[str, Any]]) -> list[str]:
    """The author values as declared, persons or not: the JSON-LD `author` names of the first
    entity that has any, else the `article:author` values, else `<meta name=author>`'s; profile
    URLs and numeric ids left out, each value whole."""
    sources: list[list[str]] = []
    for ent in ents:
        sources.append(_jsonld_author_texts(graph, ent))
    sources.append(raw.all(src.ARTICLE_AUTHOR_KEYS))
    sources.append(raw.all(src.OTHER_AUTHOR_KEYS))
    for values in sources:
        kept = src.dedupe([v for v in map(clean, values) if _declared_value(v)])
        if kept:
            return kept[:DECLARED_AUTHORS_KEPT]
    return []


def _jsonld_author_texts(graph: ld.Graph, entity: dict[str, Any]) -> list[str]:
    """The names of an entity's `author` values (strings, Persons, Organizations, references)."""
    value = entity.get("author")
    out: list[str] = []
    for item in (value if isinstance(value, list) else [value])[:DECLARED_AUTHORS_KEPT]:
        item = graph.resolve(item)
        if isinstance(item, dict):
            item = item.get("name")
        out.append(src.unescape(ld.text(item)))
    return out


def _declared_value(value: str) -> bool:
    """A name-like declared value: not a URL, not a number, not a sentence."""
    return (
        DECLARED_MIN <= len(value) <= DECLARED_MAX
        and not value.replace(" ", "").isdigit()
        and not _DECLARED_NOT_NAME.search(value)
    )


def _fill_dates(
    md: Metadata,
    raw: Raw,
    ents: list[dict[str, Any]],
    items: Items,
    root_pairs: list[tuple[str, str]],
) -> None:
    """`published` and `modified` from their sources in order of trust. `root_pairs` are the
    dates the <html>/<body> element declares (`sources.root_published_pairs`): like an Open
    Graph `article:published_time`, they mark the page as a dated text, so its WebPage-like
    entity's dates are the text's ("jsonld"), not a web page's stamp ("jsonld-page")."""
    published: list[tuple[str, str]] = []
    modified: list[tuple[str, str]] = []
    og_published = raw.first(src.ARTICLE_PUBLISHED_KEYS)
    article_meta = og_published is not None or bool(root_pairs)
    if og_published is not None:  # a second declaration, beside any structured data
        md.sources["published_og"] = f"meta:{og_published[0]}"
    for ent in ents:
        source = _date_source(ent, article_meta)
        for key in ("datePublished", "dateCreated", "uploadDate"):
            published.append((source, ld.text(ent.get(key))))
        modified.append((source, ld.text(ent.get("dateModified"))))
    published += src.meta_pairs(raw, src.ARTICLE_PUBLISHED_KEYS)
    modified += src.meta_pairs(raw, src.ARTICLE_MODIFIED_KEYS)
    published += [("itemprop", prop_text(el)) for el in items.values("datepublished")]
    published += [("itemprop", prop_text(el)) for el in items.values("datecreated")]
    modified += [("itemprop", prop_text(el)) for el in items.values("datemodified")]
    for prop in ("datecreated", "datepublished"):
        published += [("question", prop_text(el)) for el in items.question.get(prop, [])[:1]]
    modified += [("question", prop_text(el)) for el in items.question.get("datemodified", [])[:1]]
    published += src.meta_pairs(raw, src.OTHER_PUBLISHED_KEYS)
    published += src.prefixed_published_pairs(raw) + root_pairs
    published += [("parsely", src.parsely_value(raw, "pub_date"))]
    modified += src.meta_pairs(raw, src.OTHER_MODIFIED_KEYS)
    pub_time, mod_time = src.time_dates(raw.times[:_MAX_TIMES])
    published.append(("time", pub_time))
    modified.append(("time", mod_time))
    md.published = _first_date(md, "published", published)
    md.modified = _first_date(md, "modified", modified)


def _date_source(ent: dict[str, Any], article_meta: bool) -> str:
    """ "jsonld", or "jsonld-page" for a date of the web page itself (an entity typed only as a
    WebPage-like page) on a page that declares no `article:published_time`: SEO plugins stamp
    such dates on every page, article or not, so they date the page, not an article."""
    if article_meta or ld.tier(ent) != 1:
        return "jsonld"
    return "jsonld-page"


def _first_date(md: Metadata, name: str, pairs: list[tuple[str, str]]) -> str | None:
    for source, value in pairs:
        iso = src.plausible(to_iso(value)) if value else None
        if iso:
            md.sources[name] = source
            return iso
    return None


def _fill_labels(
    md: Metadata, raw: Raw, graph: ld.Graph, main: dict[str, Any] | None, items: Items
) -> None:
    """Section, site name and tags."""
    jsonld_section = ld.text(main.get("articleSection")) if main else ""
    itemprop_section = [prop_text(el) for el in items.values("articlesection")[:1]]
    section = [jsonld_section, *raw.all(("article:section",)), *itemprop_section]
    section += raw.all(src.OTHER_SECTION_KEYS) + [src.parsely_value(raw, "section")]
    md.section = next((s for s in section if s), None)
    site = raw.all(("og:site_name",)) + [src.jsonld_site_name(graph, main)]
    site += raw.all(("application-name", "apple-mobile-web-app-title"))
    md.site_name = next((s for s in site if s), None)
    md.tags = src.tags(raw, main, items)


def _language(root: Element, raw: Raw, main: dict[str, Any] | None) -> str | None:
    tree_root = root.getroottree().getroot()
    candidates = [
        tree_root.get("lang") or tree_root.get("{http://www.w3.org/XML/1998/namespace}lang"),
        ld.text(main.get("inLanguage")) if main else None,
        *raw.all(("content-language", "og:locale", "language", "dc.language")),
    ]
    for value in candidates:
        lang = normalise_lang(value)
        if lang:
            return lang
    return None


def normalise_lang(value: str | None) -> str | None:
    """A BCP 47 tag: "en_us" -> "en-US", "zh-hant-tw" -> "zh-Hant-TW"; None if not a tag."""
    if not value:
        return None
    m = _LANG.match(value.strip().split(",")[0].strip())
    if not m:
        return None
    parts = [m[1].lower()]
    if m[2]:
        parts.append(m[2].title())
    if m[3]:
        parts.append(m[3].upper())
    return "-".join(parts)


def _canonical(
    raw: Raw, graph: ld.Graph, main: dict[str, Any] | None, base: str | None
) -> str | None:
    candidates = raw.canonical + raw.all(("og:url",))
    if main is not None:
        candidates.append(ld.entity_url(graph, main))
    for href in candidates:
        absolute = _absolute(href, base)
        if absolute:
            return absolute
    return None


def _image(
    raw: Raw, graph: ld.Graph, main: dict[str, Any] | None, items: Items, base: str | None
) -> str | None:
    candidates = raw.all(("og:image", "og:image:url", "og:image:secure_url"))
    if main is not None:
        candidates.append(src.jsonld_image(graph, main.get("image")))
    candidates += raw.all(("twitter:image", "twitter:image:src"))
    candidates += [prop_text(el, want_url=True) for el in items.values("image")[:1]]
    candidates += raw.image_links
    for href in candidates:
        absolute = _absolute(href, base)
        if absolute:
            return absolute
        if href and not base and not href.lower().startswith(("data:", "javascript:")):
            return href  # relative, and nothing to resolve it against: kept as the page gives it
    return None


def _raw_types(main: dict[str, Any] | None) -> list[str]:
    if main is None:
        return []
    raw = main.get("@type")
    items = raw if isinstance(raw, list) else [raw]
    return [re.split(r"[/:#]", t.strip())[-1] for t in items if isinstance(t, str) and t.strip()]


def _base_url(base_href: str | None, url: str | None) -> str | None:
    """The URL relative links resolve against: `<base href>` (itself relative to `url`), else
    `url`; None unless it is an absolute http(s) URL."""
    for candidate in (_join(url, base_href) if base_href else None, url):
        if candidate and _absolute(candidate, None):
            return candidate
    return None


def _absolute(href: str | None, base: str | None) -> str | None:
    """`href` as an absolute http(s) URL, or None when it cannot be one."""
    href = clean(href)
    if not href:
        return None
    joined = _join(base, href) if base else href
    if not joined:
        return None
    try:
        parts = urlsplit(joined)
    except ValueError:
        return None
    return joined if parts.scheme in ("http", "https") and parts.netloc else None


def _join(base: str | None, href: str) -> str | None:
    try:
        return urljoin(base or "", href)
    except ValueError:  # malformed IPv6 hosts and the like
        return None
