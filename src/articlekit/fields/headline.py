"""Headline: the article's own title as the page shows it.

Visible headings are matched against what the page declares (JSON-LD headline, og:title,
<title> without its site suffix). The best-matching visible heading wins; with no match, the
first prominent h1; with no visible heading, the declared headline.
"""

from __future__ import annotations

from lxml import etree

from articlekit.dom import Element, class_id, is_hidden, tag_of, text_of
from articlekit.fields.cues import HEADLINE_CLASSES
from articlekit.fields.similarity import TITLE_SEPARATORS, jaccard, title_variants
from articlekit.metadata import Metadata
from articlekit.textnorm import fold

MATCH = 0.6  # a heading at least this similar to a declared title is the headline
WEAK_MATCH = 0.3
MAX_HEADLINE_CHARS = 400
_XPATH_HEADINGS = etree.XPath("//h1|//h2|//h3|//*[@itemprop='headline']")


def declared_titles(meta: Metadata) -> list[str]:
    titles = [text for _, text in meta.headlines]
    if meta.title:
        titles.extend(title_variants(meta.title))
    return [t for t in titles if t]


def find_headline(root: Element, meta: Metadata) -> tuple[str | None, Element | None]:
    """(headline text, its element or None when it comes from metadata alone)."""
    names = _site_names(meta)
    declared = [t for t in declared_titles(meta) if fold(t) not in names]
    candidates = [
        (el, text) for el, text in _visible_headings(root) if text and fold(text) not in names
    ]
    best = _best_match(candidates, declared)
    if best is not None:
        return best[1], best[0]
    h1s = [(el, text) for el, text in candidates if tag_of(el) == "h1" and len(text) >= 8]
    if h1s and not declared:
        return h1s[0][1], h1s[0][0]
    if h1s:
        # A lone h1 that shares no word with any declared title is a section or masthead
        # heading, not the article's headline: the declared headline is the better answer.
        weak = _best_match(h1s, declared, WEAK_MATCH)
        if weak is None and len(h1s) == 1 and any(jaccard(h1s[0][1], d) > 0 for d in declared):
            weak = h1s[0]
        if weak is not None:
            return weak[1], weak[0]
    fallback = _declared_fallback(meta)
    return fallback, None


def _visible_headings(root: Element) -> list[tuple[Element, str]]:
    out = []
    for el in _XPATH_HEADINGS(root):
        if not isinstance(el, etree._Element) or _hidden_or_chrome(el):
            continue
        text = text_of(el)
        if 0 < len(text) <= MAX_HEADLINE_CHARS:
            out.append((el, text.rstrip("¶#").strip()))
    return out


def _hidden_or_chrome(el: Element, depth: int = 60) -> bool:
    node: Element | None = el
    while node is not None and depth:
        tag = tag_of(node)
        if is_hidden(node) or tag in ("nav", "dialog", "template", "noscript", "aside"):
            return True
        node = node.getparent()
        depth -= 1
    return False


def _best_match(
    candidates: list[tuple[Element, str]], declared: list[str], threshold: float = MATCH
) -> tuple[Element, str] | None:
    best, best_score = None, threshold
    for el, text in candidates:
        value = max((jaccard(text, d) for d in declared), default=0.0)
        value += _prominence(el)
        if value > best_score:
            best, best_score = (el, text), value
    return best


def _prominence(el: Element) -> float:
    """A small preference for h1 and title-classed headings over other headings."""
    tag = tag_of(el)
    bonus = 0.05 if tag == "h1" else 0.0
    if HEADLINE_CLASSES.search(class_id(el)) or el.get("itemprop") == "headline":
        bonus += 0.03
    return bonus


def _site_names(meta: Metadata) -> set[str]:
    """The site's own name as the page declares it (og:site_name, the publisher): a masthead
    heading or a site-wide og:title with that text is not the article's headline."""
    return {fold(meta.site_name)} if meta.site_name else set()


def _declared_fallback(meta: Metadata) -> str | None:
    """The declared headline, without a trailing " | Site" part."""
    names = _site_names(meta)
    for _, text in meta.headlines:
        if text and fold(text) not in names:
            return _without_site(text, names)
    if meta.title:
        variants = title_variants(meta.title)
        return _without_site(variants[1] if len(variants) > 1 else variants[0], names)
    return None


def _without_site(text: str, names: set[str]) -> str:
    separators = list(TITLE_SEPARATORS.finditer(text))
    if separators and fold(text[separators[-1].end() :]) in names:
        return text[: separators[-1].start()].strip()
    return text
