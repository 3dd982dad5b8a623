"""Page kind: is this page one article, or a page of another kind (a listing, a forum thread,
a product, a search result)?

Only an article has a dek, editorial notes and article figures. The page's own declaration
decides first (JSON-LD @type, og:type); without one, the content's shape does: a content root
made mostly of repeated link cards is a listing.
"""

from __future__ import annotations

import re
from collections import defaultdict

from lxml import etree

from articlekit.dom import Element, raw_class_id, tag_of
from articlekit.measure import Stat
from articlekit.metadata import Metadata
from articlekit.metadata.types import Declarations
from articlekit.page import Page

ARTICLE_TYPES = frozenset(
    [
        "Article",
        "NewsArticle",
        "BlogPosting",
        "Blog",
        "ReportageNewsArticle",
        "OpinionNewsArticle",
        "AnalysisNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "TechArticle",
        "ScholarlyArticle",
        "Report",
        "LiveBlogPosting",
        "SocialMediaPosting",
        "Review",
        "Recipe",
        "HowTo",
    ]
)
OTHER_TYPES = frozenset(
    [
        "Product",
        "ProductGroup",
        "Offer",
        "QAPage",
        "Question",
        "DiscussionForumPosting",
        "CollectionPage",
        "ItemList",
        "SearchResultsPage",
        "ProfilePage",
        "Event",
        "JobPosting",
        "SoftwareApplication",
        "Course",
        "MusicAlbum",
        "Movie",
        "Book",
        "Place",
        "LocalBusiness",
        "Store",
        "Restaurant",
        "Organization",
    ]
)
CARD_MIN = 3  # at least this many repeated cards
CARD_SHARE = 0.5  # holding at least this share of the content's text
CARD_MAX_CHARS = 600  # on average at most this long (listicle sections are longer)
# A page declared an article is still judged by its content's shape when at least this share of
# the content's text is link text (see `_mostly_links`).
DECLARED_CARDS_LINK_DENSITY = 0.45
_DIGITS = re.compile(r"\d+")
_OG_TYPE = etree.XPath("//meta[@property='og:type']/@content")
_ITEMTYPES = etree.XPath("//@itemtype")
_LD_SCRIPTS = etree.XPath("//script[@type='application/ld+json']/text()")
_LD_OTHER = re.compile(
    r'"@type"\s*:\s*\[?\s*"(?:https?://schema\.org/)?(?:Product|ProductGroup|QAPage|'
    r'DiscussionForumPosting|CollectionPage|ItemList|SearchResultsPage|JobPosting)"'
)
# A thread of posts: its replies are the content, not a comment section to cut.
_DISCUSSION = "DiscussionForumPosting"
_LD_DISCUSSION = re.compile(
    r'"@type"\s*:\s*\[?[^\]]{0,200}?"(?:https?://schema\.org/)?' + _DISCUSSION + '"'
)
OTHER_OG_TYPES = frozenset({"product", "product.item", "product.group", "og:product", "profile"})
# A JSON-LD Product outranks og:type "article": shop plugins of blogging systems keep the blog's
# default og:type on their product pages.
_LD_PRODUCT = re.compile(
    r'"@type"\s*:\s*\[?\s*"(?:https?://schema\.org/)?(?:Product|ProductGroup)"'
)


# The last page's declarations, for a Metadata that did not gather them (one built by hand):
# the kind is asked several times per page, and each read is a whole-tree XPath scan. One
# entry, compared by identity, so a new page never sees old answers.
_LAST: list[tuple[Element, Declarations]] = []


def _declarations(root: Element, meta: Metadata | None = None) -> Declarations:
    if meta is not None and meta.declarations is not None:  # gathered by the metadata pass
        return meta.declarations
    if _LAST and _LAST[0][0] is root:
        return _LAST[0][1]
    found = Declarations(
        og_type=tuple(str(v).strip().lower() for v in _OG_TYPE(root)),
        scripts=tuple(str(text) for text in _LD_SCRIPTS(root)),
        itemtypes=tuple(str(v) for v in _ITEMTYPES(root)),
    )
    _LAST[:] = [(root, found)]
    return found


def declared_kind(root: Element, meta: Metadata) -> str | None:
    """ "article" or "other" when the page says what it is (JSON-LD @type, og:type), else None."""
    types = set(meta.types)
    if types & ARTICLE_TYPES:
        return "article"
    found = _declarations(root, meta)
    og_type, scripts = found.og_type, found.scripts
    if og_type and og_type[0] == "article":
        return "other" if any(_LD_PRODUCT.search(text) for text in scripts) else "article"
    if types & OTHER_TYPES or (og_type and og_type[0] in OTHER_OG_TYPES):
        return "other"
    if any(_LD_OTHER.search(text) for text in scripts):
        return "other"
    return _microdata_kind(found.itemtypes)


def is_discussion(root: Element, meta: Metadata) -> bool:
    """True when the page declares itself a discussion thread (schema.org
    DiscussionForumPosting, in JSON-LD or microdata): its replies are the page's content."""
    if _DISCUSSION in meta.types:
        return True
    found = _declarations(root, meta)
    for text in found.scripts:
        if _DISCUSSION in text and _LD_DISCUSSION.search(text):
            return True
    return any(_DISCUSSION in value for value in found.itemtypes)


def declares_product(root: Element, meta: Metadata) -> bool:
    """True when schema.org data (JSON-LD or microdata, not og:type) declares a Product: the
    page shows one product, whose description and specifications are its content."""
    if {"Product", "ProductGroup"} & set(meta.types):
        return True
    found = _declarations(root, meta)
    if any(_LD_PRODUCT.search(text) for text in found.scripts):
        return True
    names = (value.rstrip("/").rsplit("/", 1)[-1] for value in found.itemtypes)
    return any(name in ("Product", "ProductGroup") for name in names)


def _microdata_kind(itemtypes: tuple[str, ...]) -> str | None:
    """The kind declared by schema.org microdata (the page's itemtypes)."""
    kinds = set()
    for value in itemtypes:
        for item in value.split():
            name = item.rstrip("/").rsplit("/", 1)[-1]
            if name in ARTICLE_TYPES:
                kinds.add("article")
            elif name in OTHER_TYPES:
                kinds.add("other")
    return kinds.pop() if len(kinds) == 1 else None


def is_article(page: Page) -> bool:
    """True unless the page declares or shows itself as some other kind of page."""
    declared = declared_kind(page.root, page.meta)
    if declared == "other":
        return False
    if page.content is None:
        return True
    if declared == "article" and not _mostly_links(page, page.content):
        return True
    return not is_card_list(page, page.content)


def _mostly_links(page: Page, root: Element) -> bool:
    """root's text is mostly link text. Blogging systems declare every page an article, their
    category pages too; such a page is a listing when its content is a card list whose cards
    are mostly their link titles (an article with a few linked subheadings is mostly prose)."""
    stat = page.stats.get(root)
    return stat is not None and stat.link_density >= DECLARED_CARDS_LINK_DENSITY


def is_card_list(page: Page, root: Element) -> bool:
    """True when most of root's text sits in >= CARD_MIN repeated sibling cards, each titled
    by a link."""
    total = page.stats.get(root)
    if total is None or total.raw == 0:
        return False
    end = page.end_pos(root)
    least = CARD_SHARE * total.raw  # what a group of cards must hold (see `_cards`)
    stats = page.stats
    for parent in page.order[page.pos(root) : end + 1]:
        if len(parent) < CARD_MIN:
            continue
        # A group's text is part of its parent's: a parent holding less cannot have one (an
        # unmeasured parent's children are unmeasured too).
        held = stats.get(parent)
        if held is None or held.raw < least:
            continue
        for group in _sibling_groups(parent):
            if _cards(page, group, total.raw):
                return True
    return False


def _sibling_groups(parent: Element) -> list[list[Element]]:
    groups: dict[str, list[Element]] = defaultdict(list)
    for child in parent:
        if isinstance(child.tag, str):
            groups[_signature(child)].append(child)
    return [g for g in groups.values() if len(g) >= CARD_MIN]


def _signature(el: Element) -> str:
    return tag_of(el) + "|" + _DIGITS.sub("", el.get("class") or "")


def _cards(page: Page, group: list[Element], total_raw: int) -> bool:
    stats = [page.stats.get(el) for el in group]
    raw = sum(s.raw for s in stats if s is not None)
    if raw < CARD_SHARE * total_raw or raw > CARD_MAX_CHARS * len(group):
        return False
    titled = sum(1 for el in group if _link_title(el))
    return titled >= 0.6 * len(group)


def _link_title(card: Element) -> bool:
    """The card has a heading that is (or holds) a link, or starts with a link. A link without
    text (the card's picture) is passed over: the title link follows it."""
    for el in card.iter("h2", "h3", "h4", "h5", "a"):
        if tag_of(el) == "a":
            text = (el.text_content() or "").strip()
            if not text:
                continue
            return len(text) >= 12
        if el.find(".//a") is not None or _link_above(el, card):
            return True
    return False


def _link_above(el: Element, card: Element) -> bool:
    """el sits inside a link within the card (a card wrapped in one link)."""
    for ancestor in el.iterancestors():
        if ancestor is card:
            return tag_of(card) == "a"
        if tag_of(ancestor) == "a":
            return True
    return False


# Declarations of a page of many products (a shop's category or search page), and how many
# Product entities a one-product page may declare beside its own (variants, accessories).
_LD_PRODUCT_LIST = re.compile(
    r'"@type"\s*:\s*\[?\s*"(?:https?://schema\.org/)?(?:CollectionPage|SearchResultsPage)"'
)
_LD_PRODUCT_ANY = re.compile(r'"@type"\s*:\s*\[?\s*"(?:https?://schema\.org/)?Product"')
_LD_PRODUCT_GROUP = re.compile(r'"@type"\s*:\s*\[?\s*"(?:https?://schema\.org/)?ProductGroup"')
MAX_OTHER_PRODUCTS = 10


def declares_one_product(root: Element, meta: Metadata) -> bool:
    """True when the page declares a Product (see `declares_product`) and is not a list of
    products: no CollectionPage/SearchResultsPage, and at most MAX_OTHER_PRODUCTS Product
    entities unless they are the variants of a declared ProductGroup."""
    if not declares_product(root, meta):
        return False
    found = _declarations(root, meta)
    if {"CollectionPage", "SearchResultsPage"} & set(meta.types):
        return False
    if any(_LD_PRODUCT_LIST.search(text) for text in found.scripts):
        return False
    if any(_LD_PRODUCT_GROUP.search(text) for text in found.scripts):
        return True
    count = sum(len(_LD_PRODUCT_ANY.findall(text)) for text in found.scripts)
    count += sum(1 for v in found.itemtypes if v.rstrip("/").rsplit("/", 1)[-1] == "Product")
    return count <= MAX_OTHER_PRODUCTS


# The page footer: a <footer>, role=contentinfo, or a class/id whose word is "footer"
# ("site-footer", "footer__content-top", "footer_bottom").
_FOOTER = re.compile(r"(?<![a-z0-9-])(?:site-|page-)?footer(?:[_-]{1,2}[a-z0-9]+)*(?![a-z0-9-])")
# A footer holds a few link lists, an address and a newsletter box; a longer text is something
# else (a page builder that puts its whole page in a "footer" group).
FOOTER_MAX_CHARS = 1500


def in_footer(root: Element, stats: dict[Element, Stat]) -> bool:
    """True when the content root `root` lies in the page's footer and holds little text: the
    page has no content of its own (a shell saved before its script drew the content, an
    empty result), and the footer that was left is no article."""
    stat = stats.get(root)
    if stat is None or stat.raw > FOOTER_MAX_CHARS:
        return False
    for el in (root, *root.iterancestors()):
        tag = tag_of(el)
        if tag in ("body", "html"):
            return False
        if tag == "footer" or (el.get("role") or "").lower() == "contentinfo":
            return True
        if _FOOTER.search(raw_class_id(el)):
            return True
    return False
