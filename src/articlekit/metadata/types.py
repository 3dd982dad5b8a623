"""The Metadata record: what a page declares about itself, as read by `read_metadata`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Declarations:
    """What the markup says the page is, gathered by the metadata pass for the page-kind tests:
    og:type values (stripped, lower-cased), JSON-LD script texts (`type` exactly
    "application/ld+json") and microdata itemtypes, each in document order."""

    og_type: tuple[str, ...] = ()
    scripts: tuple[str, ...] = ()
    itemtypes: tuple[str, ...] = ()


@dataclass(slots=True)
class Metadata:
    """What the page declares about itself, by source where the source matters.

    `headlines` sources, in priority order: "jsonld", "og", "twitter", "itemprop".
    `descriptions` sources: "jsonld", "jsonld-alternative" (alternativeHeadline), "og",
    "twitter", "meta" (`<meta name=description>`).
    `sources` names where a chosen value came from, for "authors", "published" and "modified":
    "jsonld", "meta:<name>", "itemprop", "parsely", "time", "rel-author", "attr:<name>" (a
    `data-` attribute of <html> or <body>); a date of a WebPage-like entity on a page without
    `article:published_time` or such an attribute is "jsonld-page".
    """

    title: str | None = None  # the <title> text, whitespace-normalised
    headlines: list[tuple[str, str]] = field(default_factory=list)  # (source, text)
    descriptions: list[tuple[str, str]] = field(default_factory=list)  # (source, text)
    authors: list[str] = field(default_factory=list)  # person names, cleaned, de-duplicated
    # The author values as declared, persons or not ("Acme Editorial Team", "jdoe"): the first
    # source that has any (JSON-LD author, then `article:author`, then `<meta name=author>`),
    # each value cleaned and kept whole. For the article's byline when it shows no person.
    declared_authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO 8601
    modified: str | None = None  # ISO 8601
    section: str | None = None
    site_name: str | None = None
    language: str | None = None  # BCP 47
    canonical_url: str | None = None
    tags: list[str] = field(default_factory=list)
    image: str | None = None
    types: list[str] = field(default_factory=list)  # JSON-LD @type of the page's main entity
    sources: dict[str, str] = field(default_factory=dict)  # field name -> source of its value
    # Read by `articlekit.kind` (None: not gathered, the kind tests scan the tree themselves).
    declarations: Declarations | None = field(default=None, compare=False, repr=False)
    # The elements with itemprop="headline", in document order, for the headline finder
    # (None: not gathered, it scans the tree itself).
    headline_props: tuple[Any, ...] | None = field(default=None, compare=False, repr=False)
