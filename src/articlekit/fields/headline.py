"""Headline: the article's own title as the page shows it.

Visible headings are matched against what the page declares (JSON-LD headline, og:title,
<title> without its site suffix). The best-matching visible heading wins, except that the
page's own h1 beats a later subheading when the two both resemble the declared title (SEO
titles are often reworded; a body subheading then echoes them better than the h1). With no
match, the first prominent h1; with no visible heading, the declared headline.

A heading's text leaves out what is not the headline: buttons, dates and byline lines nested in
it, a leading "Label:" element, and a " | Site" or " | Section" tail.
"""

from __future__ import annotations

import math
import re
from urllib.parse import urlsplit

from lxml import etree

from articlekit.dom import Element, class_id, default_skip, is_hidden, tag_of, text_of
from articlekit.fields.cues import (
    HEADING_NOISE_CLASSES,
    HEADLINE_CLASSES,
    STREAMED_BOUNDARY_ID,
)
from articlekit.fields.similarity import (
    PIPE_SEPARATOR,
    TITLE_SEPARATORS,
    jaccard,
    squash,
    title_variants,
    word_set,
)
from articlekit.metadata import Metadata
from articlekit.textnorm import fold

MATCH = 0.6  # a heading at least this similar to a declared title is the headline
WEAK_MATCH = 0.3
# An h1 at least this similar to a declared title beats a subheading that matches it better.
H1_MATCH = 0.25
MAX_HEADLINE_CHARS = 400
LABEL_MAX_WORDS = 3
KICKER_MAX_WORDS = 5
_C1_CONTROL = re.compile("[\x80-\x9f]")
_XPATH_HEADINGS = etree.XPath("//h1|//h2|//h3|//*[@itemprop='headline']")
# Non-heading elements styled as the title ("p.post-title"), read only when no h1 is visible.
_XPATH_TITLED = etree.XPath(
    "//*[not(self::h1 or self::h2 or self::h3 or self::a or self::title)]"
    "[contains(@class, 'title') or contains(@class, 'headline')]"
)
_NOT_TITLED = frozenset({"h1", "h2", "h3", "a", "title"})  # left out of `_XPATH_TITLED`
_HEADING_TAGS = ("h1", "h2", "h3")  # what `_XPATH_HEADINGS` selects by name
_CHROME_TAGS = frozenset({"nav", "dialog", "template", "noscript", "aside"})
# Elements inside a heading that are not part of its text.
_HEADING_NOISE_TAGS = frozenset({"button", "time", "h2", "h3", "h4", "h5", "h6"})
_PIECE_SEPARATORS = re.compile(TITLE_SEPARATORS.pattern + r"|:\s+")
_SUBSTANTIAL = ("article", "main")
# Host name parts that are not a site's name: common suffixes and service sub-domains.
_HOST_NOISE = frozenset(
    {"www", "com", "org", "net", "edu", "gov", "co", "ac", "uk", "au", "de", "fr", "ca", "in"}
    | {"io", "ai", "me", "us", "tv", "app", "dev", "info", "html"}
    | {"blog", "news", "docs", "shop", "store", "help", "support", "home"}
)
_HOST_WORD = re.compile(r"^[\w-]+(?:\.[\w-]+)+$")
_LABEL_END = re.compile(r"[:：|]\s*$")

Candidate = tuple[Element, str]


def declared_titles(meta: Metadata) -> list[str]:
    titles = [text for _, text in meta.headlines]
    if meta.title:
        titles.extend(title_variants(meta.title))
    return [t for t in titles if t]


def find_headline(
    root: Element, meta: Metadata, url: str | None = None
) -> tuple[str | None, Element | None]:
    """(headline text, its element or None when it comes from metadata alone)."""
    names = site_names(meta, url)
    # Only the declared site name rules out a declared title: a home page's <title> is often
    # just the host's name, and then it is the page's title.
    declared_site = {squash(meta.site_name)} if meta.site_name else set()
    declared = [t for t in declared_titles(meta) if not is_site_name(t, declared_site)]
    declared += [t for t in (trim_title(d, names) for d in declared) if t and t not in declared]
    headlines = [text for _, text in meta.headlines if text]
    pieces = _title_pieces(declared, headlines)
    flags: dict[Element, float] = {}  # `_hidden_or_chrome`'s memo for this page
    candidates = [
        (el, text)
        for el, text in _visible_headings(root, names, declared, meta, flags)
        if fold(text) not in pieces
    ]
    found = _choose(root, candidates, declared, names, pieces, flags)
    if found is not None:
        return found[1], found[0]
    return _declared_fallback(meta, names), None


def _choose(
    root: Element,
    candidates: list[Candidate],
    declared: list[str],
    names: set[str],
    pieces: set[str],
    flags: dict[Element, float] | None = None,
) -> Candidate | None:
    best = _best_match(candidates, declared)
    if best is not None:
        exact = fold(best[1]) in {fold(d) for d in declared}
        if _is_h1(best[0]) or exact:
            return best
        return _best_match(_h1s(candidates), declared, H1_MATCH) or best
    h1s = [(el, t) for el, t in _h1s(candidates) if len(t) >= 8]
    if h1s and not declared:
        return h1s[0]
    if h1s:
        # A lone h1 that shares no word with any declared title is a section or masthead
        # heading, not the article's headline: the declared headline is the better answer.
        weak = _best_match(h1s, declared, WEAK_MATCH)
        if weak is None and len(h1s) == 1 and any(jaccard(h1s[0][1], d) > 0 for d in declared):
            weak = h1s[0]
        return weak
    if declared:
        titled = _titled(root, names, declared, flags)
        return _best_match([c for c in titled if fold(c[1]) not in pieces], declared)
    return None


def _title_pieces(declared: list[str], headlines: list[str]) -> set[str]:
    """The parts of a declared title that stand beside a declared headline ("Blog Name" in
    "Blog Name - Post Title" when JSON-LD or og:title declares "Post Title"): a heading that
    is one of them names the site, book or section, not the article."""
    known = {fold(h) for h in headlines}
    pieces: set[str] = set()
    for title in declared:
        parts = [fold(p) for p in _PIECE_SEPARATORS.split(title) if p.strip()]
        if len(parts) > 1:
            pieces.update(p for p in parts if any(q in known for q in parts if q != p))
    return pieces


def _is_h1(el: Element) -> bool:
    """An h1, or the block an HTML parser moved out of an empty h1 (see `_moved_out_of`)."""
    if tag_of(el) == "h1":
        return True
    prev = el.getprevious()
    return prev is not None and tag_of(prev) == "h1" and not text_of(prev)


def _h1s(candidates: list[Candidate]) -> list[Candidate]:
    return [(el, text) for el, text in candidates if _is_h1(el)]


def _visible_headings(
    root: Element,
    names: set[str],
    declared: list[str],
    meta: Metadata,
    flags: dict[Element, float] | None = None,
) -> list[Candidate]:
    out = []
    for el in _headings(root, meta):
        if not isinstance(el, etree._Element) or _hidden_or_chrome(el, memo=flags):
            continue
        if tag_of(el) == "h1" and not text_of(el):
            el = _moved_out_of(el)
            if el is None:
                continue
        text = trim_title(heading_text(el, declared), names)
        if 0 < len(text) <= MAX_HEADLINE_CHARS and not is_site_name(text, names):
            out.append((el, text))
    return out


def _headings(root: Element, meta: Metadata) -> list[Element]:
    """What `_XPATH_HEADINGS` selects; by a C iteration over the tags when the metadata pass
    found no itemprop="headline" element (most pages)."""
    props = meta.headline_props
    if props is None:
        return _XPATH_HEADINGS(root)  # type: ignore[return-value]
    tree_root = root.getroottree().getroot()
    if not props:
        return list(tree_root.iter(*_HEADING_TAGS))
    # The headings and the itemprop="headline" elements in document order: one C iteration
    # over their tags, the props' tags kept for the props themselves.
    wanted = set(props)
    tags = {el.tag for el in props} | set(_HEADING_TAGS)
    return [el for el in tree_root.iter(*tags) if el.tag in _HEADING_TAGS or el in wanted]


def _moved_out_of(h1: Element) -> Element | None:
    """The block right after an empty h1: HTML parsers close an h1 at a <p> inside it, so the
    headline the markup put in the h1 ends up in the next sibling."""
    nxt = h1.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    if nxt is not None and tag_of(nxt) in ("p", "div", "span") and len(nxt) <= 3:
        return nxt
    return None


def _titled(
    root: Element, names: set[str], declared: list[str], flags: dict[Element, float] | None = None
) -> list[Candidate]:
    out = []
    for el in _titled_elements(root):
        if not HEADLINE_CLASSES.search(class_id(el)) or _hidden_or_chrome(el, memo=flags):
            continue
        text = trim_title(heading_text(el, declared), names)
        if 0 < len(text) <= MAX_HEADLINE_CHARS:
            out.append((el, text))
    return out


def _titled_elements(root: Element) -> list[Element]:
    """What `_XPATH_TITLED` selects, in a loop over the elements (several times faster)."""
    out = []
    for el in root.getroottree().getroot().iter(etree.Element):
        cls = el.get("class")
        if cls is not None and ("title" in cls or "headline" in cls) and el.tag not in _NOT_TITLED:
            out.append(el)
    return out


def heading_text(el: Element, declared: list[str] | None = None) -> str:
    """The heading's text without the parts that are not its title: buttons, dates and
    nested headings (a dateline set inside the h1), and a leading "Label:" element when the
    rest matches the declared titles at least as well."""
    full = _undo_latin1(text_of(el, _heading_skip).rstrip("¶#").strip() or text_of(el))
    label = _label_of(el, declared)
    if label is None:
        return full

    def skip(node: Element) -> bool:
        return node is label or _heading_skip(node)

    bare = _undo_latin1(text_of(el, skip).rstrip("¶#").strip())
    if not bare or (declared and _similarity(bare, declared) < _similarity(full, declared)):
        return full
    return bare


def _undo_latin1(text: str) -> str:
    """UTF-8 bytes that were read as Latin-1 ("Investorâ\x80\x99s"): the C1 control characters
    they leave never occur in real text, so their presence is proof enough to decode again."""
    if not _C1_CONTROL.search(text):
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return text


def _heading_skip(node: Element) -> bool:
    if default_skip(node) or tag_of(node) in _HEADING_NOISE_TAGS or is_hidden(node):
        return True
    cid = class_id(node)
    return bool(cid) and HEADING_NOISE_CLASSES.search(cid)


def _label_of(heading: Element, declared: list[str] | None) -> Element | None:
    """A leading "Label:" element set inside the heading ("<b>Review:</b> …"), or a short
    kicker line set as a block of its own before the title ("<div>Get that tech stack</div>
    <span>Title</span>", only judged against declared titles)."""
    first = next((c for c in heading if isinstance(c.tag, str)), None)
    if first is None or (heading.text or "").strip():
        return None
    text = text_of(first)
    if not text or not ((first.tail or "").strip() or first.getnext() is not None):
        return None
    words = len(text.split())
    if words <= LABEL_MAX_WORDS and _LABEL_END.search(text):
        return first
    if declared and tag_of(first) in ("div", "p") and words <= KICKER_MAX_WORDS:
        return first
    return None


def _similarity(text: str, declared: list[str]) -> float:
    return max((jaccard(text, d) for d in declared), default=0.0)


def _hidden_or_chrome(
    el: Element, depth: int = 60, memo: dict[Element, float] | None = None
) -> bool:
    """True when el or one of its ancestors, `depth` nodes at most from el up, is hidden or a
    chrome tag (see `_flagged`). `memo`, shared by the calls on one page, keeps each node's
    distance to its nearest flagged ancestor-or-self: headings share their ancestors."""
    return _flag_distance(el, memo if memo is not None else {}) < depth


def _flag_distance(el: Element, memo: dict[Element, float]) -> float:
    """How many steps up from el the nearest flagged node is (0: el itself; inf: none)."""
    path: list[Element] = []
    node: Element | None = el
    distance = math.inf
    while node is not None:
        known = memo.get(node)
        if known is not None:
            distance = known
            break
        if _flagged(node):
            distance = memo[node] = 0
            break
        path.append(node)
        node = node.getparent()
    for node in reversed(path):
        distance += 1
        memo[node] = distance
    return memo[el]


def _flagged(node: Element) -> bool:
    if is_hidden(node) and not STREAMED_BOUNDARY_ID.match(node.get("id") or ""):
        return True
    return tag_of(node) in _CHROME_TAGS and not _wraps_article(node)


def _wraps_article(node: Element) -> bool:
    """A nav or aside that holds an <article> or <main> is a wrapper left open by the markup
    (or a page builder's misuse of the tag), not chrome."""
    return tag_of(node) in ("nav", "aside") and any(
        node.find(f".//{tag}") is not None for tag in _SUBSTANTIAL
    )


def _best_match(
    candidates: list[Candidate], declared: list[str], threshold: float = MATCH
) -> Candidate | None:
    best, best_score = None, threshold
    titles = [word_set(d) for d in declared]  # read once, not once per candidate
    for el, text in candidates:
        words = word_set(text)
        value = max((_overlap(words, title) for title in titles), default=0.0)
        value += _prominence(el)
        if value > best_score:
            best, best_score = (el, text), value
    return best


def _overlap(one: frozenset[str], two: frozenset[str]) -> float:
    """`jaccard` of two texts' word sets."""
    if not one or not two:
        return 0.0
    return len(one & two) / len(one | two)


def _prominence(el: Element) -> float:
    """A small preference for h1 and title-classed headings over other headings."""
    bonus = 0.05 if _is_h1(el) else 0.0
    if HEADLINE_CLASSES.search(class_id(el)) or el.get("itemprop") == "headline":
        bonus += 0.03
    return bonus


def site_names(meta: Metadata, url: str | None = None) -> set[str]:
    """The site's own names, squashed (lower-case letters and digits only): og:site_name or
    the publisher, and the page's host name, whole and as its registered name."""
    names = {squash(meta.site_name)} if meta.site_name else set()
    host = (urlsplit(meta.canonical_url or url or "").hostname or "").removeprefix("www.")
    labels = [p for p in host.split(".") if p and p not in _HOST_NOISE]
    if host:
        names.add(squash(host))
    if labels and len(labels[-1]) >= 4:
        names.add(squash(labels[-1]))  # the registered name: "example" in "blog.example.co.uk"
    names.discard("")
    return names


def is_site_name(text: str, names: set[str]) -> bool:
    return squash(text) in names


def trim_title(text: str, names: set[str]) -> str:
    """A title without its site-name tail ("Headline – Site") and without
    the tail after " | " ("Headline | Section | Site"): a pipe sets apart labels, not words of
    a headline."""
    pieces = [p for p in PIPE_SEPARATOR.split(text) if p.strip()]
    pieces = [p for p in pieces if not is_site_name(p, names)] or pieces
    text = pieces[0].strip() if pieces else text
    separators = list(TITLE_SEPARATORS.finditer(text))
    if separators and is_site_name(text[separators[-1].end() :], names):
        text = text[: separators[-1].start()].strip()
    return _without_host_word(text, names)


def _without_host_word(text: str, names: set[str]) -> str:
    """ "example.com Post title" without the host name set before the title."""
    words = text.split(" ", 1)
    if len(words) < 2 or not words[1][:1].isalnum() or not _HOST_WORD.match(words[0]):
        return text
    return words[1] if is_site_name(words[0], names) else text


def _declared_fallback(meta: Metadata, names: set[str]) -> str | None:
    """The declared headline, without its site part."""
    for _, text in meta.headlines:
        if text and not is_site_name(text, names):
            return trim_title(text, names)
    if meta.title:
        title = trim_title(meta.title, names) or meta.title
        variants = title_variants(title)
        return variants[1] if len(variants) > 1 else variants[0]
    return None
