"""Chrome removal: apply the rule set in one traversal, mark nodes, keep the audit trail.

Nothing is deleted: marked elements are recorded in `Marks`, and later stages skip them. A rule
that would remove most of the page's prose is refused (unless the rule says otherwise), so a
stray class word on an article wrapper cannot empty the page.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Container, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from lxml import etree

from articlekit.dom import (
    BLOCK_TAGS,
    SKIP_TAGS,
    Element,
    attrs_class_id,
    attrs_hidden,
    class_id,
    default_skip,
    extraction_memo,
    raw_class_id,
    tag_of,
    text_of,
)
from articlekit.ingest import budget
from articlekit.measure import Stat
from articlekit.model import Removal
from articlekit.rules.classmatch import (
    ClassIndex,
    Token,
    class_tokens,
    syntax_marks,
    top_level_bars,
)
from articlekit.rules.registry import ChromeRule, CompiledRule, RuleSet
from articlekit.textnorm import clean

# A rule does not fire on an element holding this share of the page's prose mass, by the rule's
# `protect` mode.
PROTECT_SHARE = 0.4
PROTECT_SHARES = {"majority": PROTECT_SHARE, "sole": 0.85, "never": 2.0}
# Text rules look only at small elements (subtree size), so the pass stays linear.
TEXT_RULE_MAX_SIZE = 40
# A module (see `_module_of`) grows while its parent stays this small or link-heavy.
MODULE_MAX_RAW = 2500
MODULE_MAX_MASS = 700.0
MODULE_MIN_LINK_DENSITY = 0.45
SAMPLE_CHARS = 80
CHECK_EVERY = 0xFFF  # poll the time budget every 4,096 events
# Text gates by a text's length (visible characters): a text longer than a step is tried
# only against the rules whose max_text allows it (see `_Tier.long_gates`).
GATE_STEPS = (60, 160)
CLASS_CACHE_MAX = 100_000  # class strings remembered per rule tier, across pages
ATTR_MEMO_MAX = 20_000  # attribute sets remembered (see _ATTR_MEMO), across pages
PARSE_CACHE_MAX = 8192  # phrases whose parse the text gates keep (see _parsed)
NOTE_MAX_CHARS = 1500  # an element this short that reads as an editorial note is never chrome
# A hidden element is a closed panel of the page's own text (see _collapsed_panel) when it holds
# this much prose, few links, and its class or id names a panel.
PANEL_MIN_MASS = 150.0
PANEL_MAX_LINKS = 0.3
_PANEL_CUE = re.compile(
    r"(?<![a-z0-9])(?:accordion|collapse|collapsible|faq|answer|tab-?pane|tab-?panel|"
    r"tab-?content|expandable|expander|toggle-?content|panel-?body|details)"
)
# A hidden element that a disclosure control points at (a button's aria-controls, a
# data-toggle link's target, a tab's aria-labelledby panel, role=tabpanel) or that is a
# question's answer (schema.org) is a closed panel with less text than PANEL_MIN_MASS: the
# markup already says so. Menus, dialogs, search boxes and banners that a button opens are not.
DISCLOSED_MIN_MASS = 20.0
_ANSWER_PROPS = frozenset({"acceptedanswer", "suggestedanswer"})
_OPENED_NOT_PANEL = re.compile(
    r"(?<![a-z0-9])(?:menu|menus|nav|navbar|navigation|modal|dialog|popup|popover|drawer|"
    r"off-?canvas|search|cookies?|consent|gdpr|tooltip|dropdown|mega-?menu|overlay|lightbox|"
    r"filters?|facets?|sr-only|screen-reader-text|visually-?hidden|visuallyhidden)(?![a-z0-9])"
)
# An aria-hidden slide of a slider is the page's text when a sibling slide of the same tag and
# first class shows (the slider hides the slides out of view, not chrome): a slider names itself
# in the slide's class or in one of its SLIDER_DEPTH nearest ancestors' (or says
# aria-roledescription=slide/carousel). A clone (slick-cloned, swiper-slide-duplicate) repeats a
# real slide and stays hidden; so does a slide the hidden attribute or display:none hides.
SLIDER_DEPTH = 3
SLIDES_MAX_SCAN = 100  # siblings looked at for a shown slide
_SLIDER_CUE = re.compile(r"(?<![a-z0-9])(?:slider|carousel|slick|swiper|glide|splide)")
_SLIDE_ROLES = frozenset({"slide", "carousel"})
_CLONED_SLIDE = re.compile(r"(?<![a-z0-9])(?:[a-z]+-)*(?:clone|cloned|duplicate)(?![a-z0-9])")
_NOT_PANEL_ROLES = frozenset({"dialog", "alertdialog", "menu", "menubar", "navigation", "search"})
_FIELDS = ("input", "select", "textarea")
TOGGLE_MAX_NODES = 12  # a question heading with its button, not a whole menu bar
DETAILS_DEPTH = 2  # a <details> body: its child or grandchild
_TOGGLES = frozenset({"collapse", "tab", "pill", "toggle"})
# A role=tablist that holds this much text outside its tabs holds the panels too: an accordion
# marked up as a tab list, not a row of tab links.
TABLIST_PANEL_MASS = 150.0
# The controls' attributes, not the elements: libxml2 finds them in half the time; their
# elements are the attributes' parents (an element with two of them comes twice).
_CONTROLS = etree.XPath(
    "descendant-or-self::*/@aria-controls | descendant-or-self::*/@data-toggle"
    " | descendant-or-self::*/@data-bs-toggle | descendant-or-self::*/@role[.='tab']"
)
# Rules for blocks of links (menus): an element they match that is running prose with few links
# (PROSE_MIN_MASS, PROSE_MAX_LINKS) is not such a block, whatever its class says.
LINK_RULES = frozenset({"navigation"})
PROSE_MIN_MASS = 300.0
PROSE_MAX_LINKS = 0.15
_STREAMED_ID = re.compile(r"S:[0-9a-f]+$")  # React streams segments with hex ids
_CONTAINER_STOPS = frozenset({"body", "html", "main", "article"})
# A tab strip ("Overview | Specs | Reviews (2)"): a label in it names one tab, so a module
# climbs no further than the strip; above it are the tab panels, which are the page's own.
_TAB_STRIP = re.compile(
    r"(?<![a-z0-9])(?:tabs?[-_]?(?:navs?|list|bar|header|heads|titles|links)|nav-tabs)(?![a-z0-9])"
)
# A teaser card (see ChromeRule.teasers): a heading this much link text, inside ancestors this
# link-heavy and no larger than MODULE_MAX_RAW.
TEASER_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
TEASER_HEADING_LINKS = 0.9
TEASER_CARD_LINKS = 0.6
TEASER_MAX_EXTRA = 80  # characters of a card outside its titles (a kicker, a date), per title
TEASER_MAX_SHARE = 0.25  # of the page's text; more, and the cards are the page
TEASER_MIN_WORDS = 4  # a story title, not a place or product name
TEASER_MIN_CHARS = 12  # the same, for scripts written without spaces
_TEASER_STOPS = frozenset({"body", "html", "main"})
_ARTICLE_SCOPES = frozenset({"article", "main"})
# The link-carousel rule fires only on a carousel with at most this many characters of its own
# outside its links and headings ("1 / 5", "Previous Next").
LINK_CAROUSEL = "link-carousel"
CAROUSEL_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
CAROUSEL_OWN_TEXT = 20


@dataclass
class Marks:
    """Elements removed as chrome, the rule that removed each, and the audit trail."""

    rule_of: dict[Element, str] = field(default_factory=dict)
    removed: list[Removal] = field(default_factory=list)

    def __contains__(self, el: Element) -> bool:
        return el in self.rule_of

    def add(self, el: Element, rule: str) -> None:
        if el not in self.rule_of and not self._inside_marked(el):
            self.rule_of[el] = rule
            self.removed.append(Removal(rule, sample_text(el)))

    def _inside_marked(self, el: Element, limit: int = 64) -> bool:
        for ancestor in el.iterancestors():
            if ancestor in self.rule_of:
                return True
            limit -= 1
            if not limit:
                return False
        return False


def mark_chrome(
    root: Element,
    rules: RuleSet,
    stats: dict[Element, Stat],
    spare: set[Element] | frozenset[Element] = frozenset(),
    article: bool = False,
    passed: Collection[Element] = frozenset(),
) -> Marks:
    """Walk the tree once; mark every element that a rule matches (and not its descendants).

    Elements in `spare` (the headline and its ancestors) are never marked. On a page that
    declares itself an article, "sole" protection is off (its comments are never content).
    The walk passes over the subtrees of the elements in `passed` (removed already, by a
    pass before this one)."""
    marks = Marks()
    total_mass = stats[root].mass if root in stats else 0.0
    scopes: list[Element] = []  # open <article>/<main>/articleBody elements
    tiers, off = _tiers_of(rules)
    teaser = _teaser_rule(rules) if article else None
    cards: dict[Element, None] = {}  # teaser cards found, in page order
    shares = {**PROTECT_SHARES, "sole": PROTECT_SHARES["never"]} if article else PROTECT_SHARES
    walker = etree.iterwalk(root, events=("start", "end"))
    deadline = budget.current()
    marked = marks.rule_of  # the dict: no method call per element
    disclosed = _Disclosures(root)
    passing = bool(passed)  # most walks pass over nothing: no look-up per element
    wrapped: dict[Element, str] = {}  # texts known before their element is reached
    memo = extraction_memo()  # dom's per-extraction memos: later stages read what f read
    class_ids, hidden = (memo.class_ids, memo.hidden) if memo is not None else ({}, {})
    for count, (event, el) in enumerate(walker):
        if event == "end":
            if scopes and scopes[-1] is el:
                scopes.pop()
            continue
        if deadline is not None and not count & CHECK_EVERY:
            deadline.check("removing chrome")
        tag = el.tag
        if tag.__class__ is not str or "}" in tag or not tag.islower():
            tag = tag_of(el)
        # default_skip(el), by the tag at hand
        if el is not root and (
            tag == "" or tag in SKIP_TAGS or el in marked or (passing and el in passed)
        ):
            walker.skip_subtree()
            continue
        hit, attrs = None, el  # el's attributes for itemprop below: f's, once read
        if el not in spare and tag not in ("html", "body"):
            f = _Features(el, tag, stats.get(el), wrapped)
            attrs = f.attrs
            class_ids[el], hidden[el] = f.cid, f.hidden
            hit = _first_match(f, tiers, shares, total_mass, bool(scopes), off)
        if hit is not None and _vetoed(el, hit.rule, stats, article, disclosed):
            hit = None
        if hit is None and teaser is not None and tag in TEASER_HEADINGS and el not in spare:
            card = _teaser_card(el, stats, total_mass, spare)
            if card is not None:
                cards[card] = None
        if hit is not None:
            for target in _targets(el, hit, stats, total_mass, spare, article):
                marks.add(target, hit.rule.name)
            walker.skip_subtree()
        elif tag in _ARTICLE_SCOPES or attrs.get("itemprop") == "articleBody":
            scopes.append(el)
    if teaser is not None and _few_teasers(cards, stats, stats.get(root)):
        for card in cards:
            marks.add(card, teaser)
    return marks


def _vetoed(
    el: Element,
    rule: ChromeRule,
    stats: dict[Element, Stat],
    article: bool,
    disclosed: _Disclosures | None = None,
) -> bool:
    """A rule matched `el`, but what it holds says it is the page's own text."""
    stat = stats.get(el)
    if _editorial_note(el, stat):
        return True  # a correction in an <aside> is the article's, whatever its markup
    if rule.hidden and _collapsed_panel(el, stat):
        return True  # an accordion's closed panel is shown on a click: the page's text
    if rule.hidden and disclosed is not None and disclosed.panel(el, stat):
        return True  # a panel a control opens (a tab, a FAQ answer): the page's text
    if rule.hidden and _hidden_slide(el, stat):
        return True  # a slide out of view in a slider: the page's text
    if rule.name in LINK_RULES and _prose_block(stat):
        return True  # "content-nav-section": a nav word in a class, around running text
    if rule.name in LINK_RULES and _panel_tablist(el, stat, stats):
        return True  # an accordion marked up as a tab list holds its panels' text
    return rule.name == LINK_CAROUSEL and not _link_carousel(el, stats, article)


def _hidden_slide(el: Element, stat: Stat | None) -> bool:
    """True when only aria-hidden hides `el`, a slide of a slider with some prose (not a label,
    not a link tile), not a clone, and a sibling slide of the same signature (tag, first class
    word) shows."""
    if stat is None or stat.mass < DISCLOSED_MIN_MASS or stat.link_density > PANEL_MAX_LINKS:
        return False  # a label or a link tile (a category carousel, a badge ticker)
    if (el.get("aria-hidden") or "").strip().lower() != "true":
        return False
    if attrs_hidden({k: v for k, v in el.attrib.items() if k != "aria-hidden"}):
        return False  # the hidden attribute or display:none hides it too
    raw = (el.get("class") or "").lower()
    if _CLONED_SLIDE.search(raw) or not _in_slider(el):
        return False
    parent = el.getparent()
    if parent is None:
        return False
    signature = (el.tag, raw.split()[:1])
    for scanned, sibling in enumerate(parent):
        if scanned >= SLIDES_MAX_SCAN:
            break
        if sibling is el or sibling.tag != el.tag:
            continue
        sib_class = (sibling.get("class") or "").lower()
        if (sibling.tag, sib_class.split()[:1]) != signature or _CLONED_SLIDE.search(sib_class):
            continue
        if not attrs_hidden(sibling):
            return True
    return False


def _in_slider(el: Element) -> bool:
    """True when `el` or one of its nearest ancestors names a slider or carousel."""
    node: Element | None = el
    for _ in range(SLIDER_DEPTH + 1):
        if node is None:
            return False
        role = (node.get("aria-roledescription") or "").strip().lower()
        if role in _SLIDE_ROLES or _SLIDER_CUE.search(raw_class_id(node)):
            return True
        node = node.getparent()
    return False


def _link_carousel(el: Element, stats: dict[Element, Stat], article: bool) -> bool:
    """The link-carousel rule's condition: on an article page, a carousel whose text is links
    and at most one heading, its title (a slider of other stories or programs). A carousel
    with text of its own (captions, quotes, prices) or with headed slides (product cards) is
    the page's."""
    stat = stats.get(el)
    if not article or stat is None or not stat.link:
        return False
    own, titles = stat.raw - stat.link, 0
    for heading in el.iter(*CAROUSEL_HEADINGS):
        hstat = stats.get(heading)
        if hstat is None or not hstat.raw:
            continue
        titles += 1
        if titles > 1:
            return False  # headed slides: a carousel of cards (products, picks), not links
        if next(heading.iterancestors("a"), None) is None:
            own -= hstat.raw - hstat.link
    return own <= CAROUSEL_OWN_TEXT


def _few_teasers(cards: dict[Element, None], stats: dict[Element, Stat], page: Stat | None) -> bool:
    """True when the teaser cards are a small part of the page's text: where they are most of
    it, the page is a section front or a listing that calls itself an article."""
    if not cards or page is None:
        return False
    raw = sum(stats[c].raw for c in cards if c in stats)
    return raw <= TEASER_MAX_SHARE * page.raw


class _Tier(tuple):
    """The rules of one tier, with one combined text regex (an element no text rule can match
    costs one search, not one per rule) and, for the tier of all rules, the memos of
    `_markup_hits`."""

    has_text: bool  # whether any rule of the tier has a text pattern
    max_text: int
    tags: frozenset[str]
    classes: ClassIndex  # the class/id tests of all rules; rules are named by position
    attr_tests: tuple[tuple[str, re.Pattern[str], int], ...]  # (attribute, pattern, position)
    attr_names: frozenset[str]  # the attributes of attr_tests
    position: dict[int, int]  # id(rule) -> position
    class_cache: dict[str, frozenset[int]]  # class/id string -> positions of matching rules
    hits_cache: dict[tuple, _Hits]  # markup key (see _markup_hits) -> rules that match it
    text_cache: dict[str, bool]  # text -> whether `gate` matches it

    def __new__(cls, compiled: tuple[CompiledRule, ...], tier: str | None) -> _Tier:
        """The rules of `tier`, or of all tiers when `tier` is None."""
        chosen = tuple(r for r in compiled if tier is None or r.rule.tier == tier)
        self = super().__new__(cls, chosen)
        self.has_text = any(r.rule.text for r in self)
        self.max_text = max((r.rule.max_text for r in self if r.rule.text), default=0)
        self.tags = frozenset(t for r in self for t in r.tags)
        self.classes = ClassIndex([r.classes for r in self])
        self.attr_tests = tuple((a, p, i) for i, r in enumerate(self) for a, p in r.attrs)
        self.attr_names = frozenset(a for a, _, _ in self.attr_tests)
        self.position = {id(r): i for i, r in enumerate(self)}
        self.class_cache = {}
        self.hits_cache = {}
        self.text_cache = {}
        return self

    # Built on first use: a rule set made for one page (`RuleSet.without`) may never need them.
    @cached_property
    def gate(self) -> _TextGate:
        """All the tier's text patterns, tried by what a text's first letters allow."""
        return _TextGate([r.rule.text for r in self if r.rule.text])

    @cached_property
    def long_gates(self) -> tuple[tuple[int, _TextGate, dict[str, bool]], ...]:
        """For each of GATE_STEPS, largest first: (step, the gate of the rules that allow
        texts longer than the step, its memo). A longer text tries only those rules: the others
        (most rules look at labels of a few words) cannot match it (see `_Features.text`)."""
        return tuple(
            (
                step,
                _TextGate([r.rule.text for r in self if r.rule.text and r.rule.max_text > step]),
                {},
            )
            for step in sorted(GATE_STEPS, reverse=True)
        )

    def class_hits(self, f: _Features) -> frozenset[int]:
        """The positions of the rules whose class pattern matches f (memoised by class/id)."""
        if not f.cid:
            return _NONE
        hit = self.class_cache.get(f.cid)
        if hit is None:
            if len(self.class_cache) >= CLASS_CACHE_MAX:
                self.class_cache.clear()
            hit = self.classes.which(f.cid)
            self.class_cache[f.cid] = hit
        return hit

    def attr_hits(self, f: _Features) -> frozenset[int]:
        """The positions of the rules whose attribute test matches f."""
        attrs = f.attrs
        if not attrs or self.attr_names.isdisjoint(attrs):  # most elements: none tested
            return _NONE
        found = _NONE
        for name, pattern, pos in self.attr_tests:
            value = attrs.get(name)
            if value is not None and pattern.search(value):
                found = found | {pos}
        return found


# The markup hits of one element, by step of `_first_match`: kind rules, landmark tags and
# roles, landmark rules, fallback rules.
_Hits = tuple[
    tuple[CompiledRule, ...],
    tuple[CompiledRule, ...],
    tuple[CompiledRule, ...],
    tuple[CompiledRule, ...],
]
_NO_HITS: _Hits = ((), (), (), ())
_NO_ATTRS: dict[str, str] = {}
_NONE: frozenset[int] = frozenset()


def _markup_hits(tiers: dict[str, _Tier], f: _Features) -> _Hits:
    """What every tier's markup tests (`_markup_match`) say about f, memoised by what they
    found: the tag, the role, which rules' class and attribute patterns match, hidden."""
    every = tiers["all"]
    if not f.attrs and f.tag not in every.tags:
        return _NO_HITS
    key = (f.tag, f.role, every.class_hits(f), every.attr_hits(f), f.hidden)
    hits = every.hits_cache.get(key)
    if hits is None:
        if len(every.hits_cache) >= CLASS_CACHE_MAX:
            every.hits_cache.clear()
        landmark = tiers["landmark"]
        hits = (
            _tier_hits(tiers["kind"], every.position, key),
            tuple(r for r in landmark if f.tag in r.tags or (f.role and f.role in r.roles)),
            _tier_hits(landmark, every.position, key),
            _tier_hits(tiers["fallback"], every.position, key),
        )
        if hits == _NO_HITS:
            hits = _NO_HITS  # the one object: `_first_match` tests it by identity
        every.hits_cache[key] = hits
    return hits


def _tier_hits(tier: _Tier, position: dict[int, int], key: tuple) -> tuple[CompiledRule, ...]:
    """The rules of `tier` that match by markup, in rule order (`_markup_match` on the key)."""
    tag, role, classes, attrs, hidden = key
    return tuple(
        r
        for r in tier
        if tag in r.tags
        or (role and role in r.roles)
        or position[id(r)] in classes
        or position[id(r)] in attrs
        or (r.rule.hidden and hidden)
    )


_Tiers = tuple[dict[str, _Tier], frozenset[str]]  # the tiers, and the names of rules off


def _tiers_of(rules: RuleSet) -> _Tiers:
    """The rule set split by tier, built once per rule set (and kept on it); a variant made by
    `share_tiers` uses its base's tiers with some rules off."""
    tiers = rules.__dict__.get("_tiers")
    if tiers is None:
        split = {tier: _Tier(rules.compiled, tier) for tier in ("kind", "landmark", "fallback")}
        split["all"] = _Tier(rules.compiled, None)
        tiers = (split, frozenset())
        object.__setattr__(rules, "_tiers", tiers)
    return tiers


def share_tiers(variant: RuleSet, base: RuleSet) -> None:
    """Let `variant`, `base` with some rules switched off, match with base's tiers: their
    combined regexes and memos are built once, not once per variant (each costs a few hundred
    milliseconds to warm). The rules off are skipped where a hit is chosen (`_Usable`); the
    shared text gate may then say yes to a text only an off rule matches, which
    `_text_match` answers exactly."""
    split, off = _tiers_of(base)
    kept = set(variant.names())
    off = off | {name for name in base.names() if name not in kept}
    object.__setattr__(variant, "_tiers", (split, off))


def _combine(patterns: list[str], flags: int) -> re.Pattern[str] | None:
    """One regex that matches where any of `patterns` matches. Patterns of the `phrases()`
    shape share their head, so it is tried once and not once per rule (a third faster)."""
    if not patterns:
        return None
    bodies = [_phrase_body(p) for p in patterns]
    heads = [b for b in bodies if b is not None]
    rest = [p for p, b in zip(patterns, bodies, strict=True) if b is None]
    parts = [f"(?:{p})" for p in rest]
    if heads:
        parts.insert(0, _PHRASE_HEAD + "|".join(f"(?:{b})" for b in heads) + ")")
    return re.compile("|".join(parts), flags)


_PHRASE_HEAD = r"^\W{0,3}(?:"  # how rules.chrome.phrases() starts every pattern


def _phrase_body(pattern: str) -> str | None:
    r"""The alternatives of a pattern written `^\W{0,3}(?:...)` as one group, or None when the
    pattern has another shape (the group must close exactly at the end)."""
    if not (pattern.startswith(_PHRASE_HEAD) and pattern.endswith(")")):
        return None
    body = pattern[len(_PHRASE_HEAD) : -1]
    return body if top_level_bars(body) is not None else None


try:  # the stdlib's regex parser, read to learn which characters an alternative starts with
    import re._constants as _sre_c
    import re._parser as _sre_parse
except ImportError:  # Python 3.10
    import sre_constants as _sre_c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_WORD_CHAR = re.compile(r"\w")
# A text's window: its lead (see `_lead`) and the next PREFIX_CHARS - 1 characters, all that
# tells which keyed phrases it may start with (by their first PREFIX_CHARS characters).
PREFIX_CHARS = 3
_WINDOW = re.compile(rf"\W{{0,3}}.{{0,{PREFIX_CHARS}}}", re.S)
_CATEGORIES = {
    _sre_c.CATEGORY_DIGIT: r"\d",
    _sre_c.CATEGORY_NOT_DIGIT: r"\D",
    _sre_c.CATEGORY_WORD: r"\w",
    _sre_c.CATEGORY_NOT_WORD: r"\W",
    _sre_c.CATEGORY_SPACE: r"\s",
    _sre_c.CATEGORY_NOT_SPACE: r"\S",
}


class _TextGate:
    """`_combine(patterns, re.I)` as a yes/no test, made cheap: Python's regex engine enters
    every branch of a case-insensitive alternation, so a text tries all the rules' hundreds of
    phrases. The gate tries only the phrases that can start with the text's first characters
    (the ones `^\\W{0,3}` can reach): a phrase with a literal start ("sign up") when the
    text's lower-cased ASCII characters there begin with it (each such phrase one small
    regex), the others (a class, "\\d+ comments") in one regex by the character; built on
    first use, by the text's window (see `_WINDOW`). A phrase whose first character cannot
    be read (".{0,150}newsletter...", "(?:please )?donate") is tried only when the text
    holds one of the words every match of it holds (see `_required_words`). A text matches
    when one of the regexes it tries does."""

    def __init__(self, patterns: list[str]) -> None:
        rest: list[str] = []  # patterns not of the phrases() shape: always tried
        self.keyed: list[tuple[re.Pattern[str], str]] = []  # (first-character test, phrase)
        self.optional: list[str] = []  # phrases that may start with any character
        for part in (q for p in patterns for q in _top_level(p)):
            body = _phrase_body(part)
            if body is None:
                rest.append(part)
                continue
            for alt in (v for a in _top_level(body) for v in _unfolded(a)):
                first = _first_char(alt)
                if first is None:
                    self.optional.append(alt)
                else:
                    self.keyed.append((re.compile(first, re.I), alt))
        self._words_of_optional()
        tests: dict[str, tuple[re.Pattern[str], list[int]]] = {}
        for i, (test, _) in enumerate(self.keyed):
            tests.setdefault(test.pattern, (test, []))[1].append(i)
        self.tests = list(tests.values())  # each first-character test once, with its phrases
        self.rest = re.compile("|".join(f"(?:{p})" for p in rest), re.I) if rest else None
        # The keyed phrases by the ASCII strings they may start with (see `_ascii_prefixes`);
        # `loose`: those that may start with any character their first-character test allows.
        self.prefixed: dict[str, list[int]] = {}
        self.loose: set[int] = set()
        for i, (_, alt) in enumerate(self.keyed):
            for prefix in _ascii_prefixes(alt):
                if prefix:
                    self.prefixed.setdefault(prefix, []).append(i)
                else:
                    self.loose.add(i)
        self.prefixed_by_room: dict[int, dict[str, list[int]]] = {}
        self.by_char: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {}
        self.by_subset: dict[tuple[int, ...], re.Pattern[str] | None] = {}
        self.by_window: dict[str, tuple[re.Pattern[str], ...]] = {}
        self.by_keyed: dict[int, re.Pattern[str]] = {}
        self.by_phrase: dict[int, re.Pattern[str]] = {}

    def match(self, text: str) -> bool:
        # Which keyed phrases a text may start with depends on its window alone. (A letter
        # is a word character: after one, the lead is one character.)
        window = text[:PREFIX_CHARS] if text[:1].isalpha() else _window(text)
        regexes = self.by_window.get(window)
        if regexes is None:
            if len(self.by_window) >= CLASS_CACHE_MAX:
                self.by_window.clear()
            regexes = self.by_window[window] = self._regexes_for(window)
        for regex in regexes:
            if regex.match(text) is not None:
                return True
        if self.optional:
            for i in self._optional_for(text):
                if self._phrase(i).match(text) is not None:
                    return True
        return self.rest is not None and self.rest.match(text) is not None

    def _words_of_optional(self) -> None:
        """For each side (ASCII texts, others) and each length bucket (see `_optional_for`):
        the words that let optional phrases in, the phrases each word lets in, the phrases
        tried always, and how much of a text's start holds every word a match needs (None:
        all of it)."""
        specs = [_optional_spec(alt) for alt in self.optional]
        # A phrase fits only the texts as long as its shortest match or longer, and when it
        # ends with `$`, at most one longer than its longest (a final newline): texts of other
        # lengths skip it and its words. `bounds`: the lengths where that changes.
        self.bounds = sorted({n for spec in specs for n in (spec[2], spec[3]) if n is not None})
        sizes = [0, *self.bounds]  # the shortest text length of each bucket
        self.filters = [[_OptionalFilter(specs, side, size) for size in sizes] for side in (0, 1)]

    def _optional_for(self, text: str) -> tuple[int, ...]:
        """The optional phrases that may match `text`: those whose words it holds (within
        their reach), compared lower-cased (where the letters of `_ASCII_FOLD` count as the
        ASCII ones), and whose length allows it."""
        size = len(text)
        side = 0 if text.isascii() else 1
        spec = self.filters[side][bisect_right(self.bounds, size)]
        if not spec.words:
            return spec.plain
        if spec.reach is not None and size > spec.reach:
            text = text[: spec.reach]
        low = text.lower()
        if side and any(ch in text for ch in _FOLDED):
            low = text.translate(_TO_ASCII).lower()
        found = [word for word in spec.words if word in low]
        if not found:  # most texts: none of the words
            return spec.plain
        out = set(spec.plain)
        wanting = spec.wanting
        for word in found:
            out.update(wanting[word])
        return tuple(sorted(out))  # in the phrases' order, as tried before

    def _regexes_for(self, window: str) -> tuple[re.Pattern[str], ...]:
        """The regexes a text of this window tries: one for the phrases chosen by a character
        (the loose ones; all at a start beyond ASCII, where case folding is not ASCII's), and
        one per phrase chosen by the lower-cased ASCII string at a start."""
        loose: set[int] = set()
        fixed: set[int] = set()
        for start in range(len(_lead(window))):  # where `^\W{0,3}` lets a phrase start
            part = window[start : start + PREFIX_CHARS]
            every, free = self._by_char(part[0])
            size = _ascii_run(part)
            if not size:
                loose.update(every)
                continue
            loose.update(free)
            # A part ASCII only in its first characters ("It’s") is keyed by those.
            table = self.prefixed if size == len(part) else self._prefixed(size)
            part = part[:size].lower()
            for end in range(1, size + 1):
                fixed.update(table.get(part[:end], ()))
        regexes = [self._subset_regex(tuple(sorted(loose)))]
        regexes += [self._keyed_regex(i) for i in sorted(fixed - loose)]
        return tuple(regex for regex in regexes if regex is not None)

    def _prefixed(self, room: int) -> dict[str, list[int]]:
        """`prefixed` for a text whose first `room` characters only are ASCII."""
        table = self.prefixed_by_room.get(room)
        if table is None:
            table = self.prefixed_by_room[room] = {}
            for i, (_, alt) in enumerate(self.keyed):
                for prefix in _ascii_prefixes(alt, room):
                    if prefix:
                        table.setdefault(prefix, []).append(i)
        return table

    def _by_char(self, ch: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The keyed phrases whose first-character test allows `ch`: all, and the loose ones."""
        known = self.by_char.get(ch)
        if known is None:
            if len(self.by_char) >= CLASS_CACHE_MAX:
                self.by_char.clear()
            every = tuple(sorted(i for test, idx in self.tests if test.match(ch) for i in idx))
            known = self.by_char[ch] = (every, tuple(i for i in every if i in self.loose))
        return known

    def _subset_regex(self, subset: tuple[int, ...]) -> re.Pattern[str] | None:
        """One regex for the keyed phrases of `subset` (None if there are none)."""
        if subset not in self.by_subset:
            alts = "|".join(f"(?:{self.keyed[i][1]})" for i in subset)
            self.by_subset[subset] = _phrase_regex(alts) if alts else None
        return self.by_subset[subset]

    def _keyed_regex(self, i: int) -> re.Pattern[str]:
        regex = self.by_keyed.get(i)
        if regex is None:
            regex = self.by_keyed[i] = _phrase_regex(self.keyed[i][1])
        return regex

    def _phrase(self, i: int) -> re.Pattern[str]:
        regex = self.by_phrase.get(i)
        if regex is None:
            regex = self.by_phrase[i] = _phrase_regex(self.optional[i])
        return regex


@lru_cache(maxsize=PARSE_CACHE_MAX)  # the gates of one rule set share most phrases
def _phrase_regex(body: str) -> re.Pattern[str]:
    """`body` (one phrase or several, `|`-joined) compiled as the gate matches it."""
    return re.compile(f"{_PHRASE_HEAD}{body})", re.I)


def _window(text: str) -> str:
    """The text's lead (see `_lead`) and the PREFIX_CHARS - 1 characters after it."""
    return _WINDOW.match(text)[0]  # type: ignore[index]  # (every text matches)


def _lead(text: str) -> str:
    """The characters a phrase can start at after `^\\W{0,3}`: up to four, to the first word
    character."""
    out = []
    for ch in text[:4]:
        out.append(ch)
        if _WORD_CHAR.match(ch):
            break
    return "".join(out)


class _OptionalFilter:
    """The optional phrases of a gate that a text of one side (ASCII or not) and one length
    bucket may match: `plain` always, the others when the text holds one of their `words`
    (`wanting`: the phrases each word lets in) within its first `reach` characters."""

    __slots__ = ("words", "wanting", "plain", "reach")

    def __init__(self, specs: list[_Spec], side: int, size: int) -> None:
        live = [
            (i, spec)
            for i, spec in enumerate(specs)
            if spec[2] <= size and (spec[3] is None or size < spec[3])
        ]
        self.plain = tuple(i for i, spec in live if spec[side] is None)
        wanting: dict[str, list[int]] = {}
        reaches: list[int | None] = []
        for i, spec in live:
            for word in spec[side] or ():
                wanting.setdefault(word, []).append(i)
            if spec[side]:
                reaches.append(spec[4])
        self.wanting = wanting
        self.words = tuple(sorted(wanting))
        self.reach = None if None in reaches else max(reaches, default=None)


# What the optional filter knows of a phrase: its words on ASCII texts and on others (see
# `_required_words`), the length of its shortest match, one more than the longest text it fits
# when it ends with `$` (else None), and how far into a text its matches reach (None: no end).
_Spec = tuple[tuple[str, ...] | None, tuple[str, ...] | None, int, int | None, int | None]


@lru_cache(maxsize=PARSE_CACHE_MAX)
def _optional_spec(alt: str) -> _Spec:
    """The `_Spec` of an optional phrase, as the gate matches it (after `^\\W{0,3}`)."""
    try:
        parsed = _sre_parse.parse(f"{_PHRASE_HEAD}{alt})", re.I)
    except (re.error, TypeError, ValueError, KeyError, IndexError):
        return (None, None, 0, None, None)
    shortest, widest = parsed.getwidth()
    reach = widest if widest < _sre_c.MAXREPEAT else None
    ends = list(parsed)[-1] == (_sre_c.AT, _sre_c.AT_END)  # the parser inlines (?:...)
    return (
        _required_words(alt, True),
        _required_words(alt, False, letters=True),
        min(shortest, _sre_c.MAXREPEAT),
        reach + 2 if ends and reach is not None else None,
        reach,
    )


UNFOLD_MAX = 8  # variants a phrase may unfold into (see _unfolded)
_SPECIAL = frozenset("\\.^$*+?{}[]|()")


@lru_cache(maxsize=PARSE_CACHE_MAX)
def _unfolded(alt: str) -> tuple[str, ...]:
    """The phrase as alternatives that each start with a known character: a leading optional
    group or character ("(?:please )?donate", "¿?quieres") unfolds into the phrase with it and
    the phrase without it (a text's start matches the phrase exactly when it matches one of
    them), so that the gate keys them by their first characters; (alt,) when that does not
    give every variant a first character."""
    out: list[str] = []
    queue = [alt]
    while queue:
        head = queue.pop(0)
        if _first_char(head) is not None:
            out.append(head)
            continue
        split = _optional_head(head)
        if split is None or len(out) + len(queue) + len(split) > UNFOLD_MAX:
            return (alt,)
        queue[:0] = split
    return tuple(out)


def _optional_head(pattern: str) -> list[str] | None:
    """[the pattern with its leading optional item required, the pattern without it], or None
    when it does not start with a non-capturing group or a plain character marked `?`."""
    if pattern.startswith("(?:"):
        end = _group_end(pattern)
    else:
        end = 0 if pattern[:1] and pattern[0] not in _SPECIAL else None
    if end is None or pattern[end + 1 : end + 2] != "?" or pattern[end + 2 : end + 3] in ("?", "+"):
        return None
    split = [pattern[: end + 1] + pattern[end + 2 :], pattern[end + 2 :]]
    try:  # the scan must agree with the parser: an optional item first, the rest after it
        items = _parsed(pattern)
        rest = _parsed(split[1])
    except (re.error, TypeError, ValueError, KeyError, IndexError):
        return None
    first = items[0] if items else (None, None)
    if first[0] is not _sre_c.MAX_REPEAT or first[1][:2] != (0, 1) or len(rest) != len(items) - 1:
        return None
    return split


def _group_end(pattern: str) -> int | None:
    """The offset of the ")" that closes the group opening at the pattern's start."""
    for i, ch, depth in syntax_marks(pattern):
        if ch == ")" and not depth:
            return i
    return None


@lru_cache(maxsize=PARSE_CACHE_MAX)  # a rule set's gates share phrases: each is read once
def _top_level(pattern: str) -> tuple[str, ...]:
    """The pattern's alternatives at the outermost level (split at "|" outside groups and
    character classes)."""
    out, start = [], 0
    for bar in top_level_bars(pattern) or ():
        out.append(pattern[start:bar])
        start = bar + 1
    return (*out, pattern[start:])


@lru_cache(maxsize=PARSE_CACHE_MAX)
def _parsed(pattern: str) -> list:
    """The stdlib parser's items of a phrase compiled case-insensitively (read, never changed)."""
    return list(_sre_parse.parse(pattern, re.I))


@lru_cache(maxsize=PARSE_CACHE_MAX)
def _ascii_prefixes(pattern: str, room: int = PREFIX_CHARS) -> frozenset[str]:
    """The lower-case ASCII strings (up to `room` characters) such that every match of
    `pattern` (under re.IGNORECASE) on a text whose first `room` characters are ASCII starts
    with one of them, "" among them when a match may start otherwise. A prefix stops where
    the pattern stops being literal; a branch gives one prefix per alternative; a non-ASCII
    letter (one that no ASCII letter equals, see `_ASCII_FOLD`) ends that path."""
    try:
        items = _parsed(pattern)
    except (re.error, TypeError, ValueError, KeyError, IndexError):
        return frozenset({""})
    return frozenset(prefix for prefix, _ in _starts(items, room, 8))


def _ascii_run(text: str) -> int:
    """How many characters at the start of `text` are ASCII."""
    if text.isascii():
        return len(text)
    return next(i for i, ch in enumerate(text) if not ch.isascii())


def _starts(items: list, room: int, depth: int) -> set[tuple[str, bool]]:
    """The (prefix, stopped) pairs of a parsed sequence: the literal strings (at most `room`
    characters) its matches start with; `stopped` when what follows the prefix is unknown,
    else the sequence ends there."""
    growing, found = {""}, set()
    for op, av in items:
        grown = set()
        for head in growing:
            for piece, stopped in _item_starts(op, av, room - len(head), depth):
                text = head + piece
                if stopped or len(text) >= room:
                    found.add((text[:room], True))
                else:
                    grown.add(text)
        growing = grown
        if not growing:
            break
    return found | {(head, False) for head in growing}


def _item_starts(op: object, av: object, room: int, depth: int) -> set[tuple[str, bool]]:
    """`_starts` of one parsed item."""
    if op is _sre_c.LITERAL:
        if av < 128:  # type: ignore[operator]
            return {(chr(av).lower(), False)}  # type: ignore[arg-type]
        if av in _ASCII_FOLD:
            return {("", True)}  # equal to an ASCII letter under re.IGNORECASE
        return set()  # no ASCII text holds it
    if op is _sre_c.SUBPATTERN and depth:
        return _starts(list(av[-1]), room, depth - 1)  # type: ignore[index]
    if op is _sre_c.BRANCH and depth:
        return {s for branch in av[1] for s in _starts(list(branch), room, depth - 1)}  # type: ignore[index]
    return {("", True)}


def _first_char(pattern: str) -> str | None:
    """A regex for the first character of any match of `pattern` (compiled case-insensitively
    it may allow more, never less), or None when the pattern does not say."""
    try:
        return _first_of(_parsed(pattern), 8)
    except (re.error, TypeError, ValueError, KeyError, IndexError):
        return None


def _first_of(items: list, depth: int) -> str | None:
    if not items or not depth:
        return None
    op, av = items[0]
    if op is _sre_c.LITERAL:
        return re.escape(chr(av))
    if op is _sre_c.IN:
        return _class_of(av)
    if op is _sre_c.SUBPATTERN:
        return _first_of(list(av[-1]), depth - 1)
    if op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT) and av[0] >= 1:
        return _first_of(list(av[2]), depth - 1)
    if op is _sre_c.BRANCH:
        firsts = [_first_of(list(b), depth - 1) for b in av[1]]
        return None if None in firsts else "(?:" + "|".join(firsts) + ")"  # type: ignore[arg-type]
    return None


# Non-ASCII letters that match an ASCII letter under re.IGNORECASE (by the regex engine's
# simple case folding): in a text they count as that letter when words are looked for.
_ASCII_FOLD = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}
_FOLDED = tuple(map(chr, _ASCII_FOLD))
_TO_ASCII = str.maketrans(_ASCII_FOLD)


def _required_words(
    pattern: str, ascii_text: bool, letters: bool = False
) -> tuple[str, ...] | None:
    """Lower-case ASCII words one of which every match of `pattern` holds, lower-cased (with
    `_ASCII_FOLD` applied): the most telling such set, or None when the pattern does not say.
    With `ascii_text`, for ASCII texts: () when no ASCII text can match. With `letters`, the
    words may hold uncased letters too (CJK, Arabic: see `_uncased`)."""
    try:
        return _required(_parsed(pattern), ascii_text, 8, letters)
    except (re.error, TypeError, ValueError, KeyError, IndexError):
        return None


def _uncased(char: str) -> bool:
    """True for a character that matches only itself under re.IGNORECASE and that lower()
    keeps: one without case (no character of re's extra case table is)."""
    return char.lower() == char == char.upper() and char.casefold() == char


def _required(
    items: list, ascii_text: bool, depth: int, letters: bool = False
) -> tuple[str, ...] | None:
    """`_required_words` of a parsed sequence: of the words its literal runs, groups,
    alternations and repeats (at least once) require, the set whose shortest word is longest.
    A non-ASCII letter ends a run (on an ASCII text, no match is possible), unless `letters`
    and it is uncased."""
    found: list[tuple[str, ...]] = []
    run: list[str] = []  # the literal run so far
    for op, av in [*items, (None, None)]:
        if op is _sre_c.LITERAL:
            char = chr(av).lower() if av < 128 else _ASCII_FOLD.get(av)
            if char is None and letters and not ascii_text and _uncased(chr(av)):
                char = chr(av)
            if char is not None:
                run.append(char)
                continue
            if ascii_text:
                return ()  # a required letter no ASCII text holds
        if run:
            found.append(("".join(run),))
        run = []
        sub = None
        if op is _sre_c.SUBPATTERN and depth:
            sub = _required(list(av[-1]), ascii_text, depth - 1, letters)
        elif op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT) and av[0] >= 1 and depth:
            sub = _required(list(av[2]), ascii_text, depth - 1, letters)
        elif op is _sre_c.BRANCH and depth:
            branches = [_required(list(b), ascii_text, depth - 1, letters) for b in av[1]]
            if None not in branches:
                sub = tuple(sorted({w for b in branches for w in b}))  # type: ignore[union-attr]
        if sub == ():
            return ()
        if sub is not None:
            found.append(sub)
    return max(found, key=lambda ws: (min(map(len, ws)), -len(ws)), default=None)


def _class_of(items: list) -> str | None:
    out = []
    for op, av in items:
        if op is _sre_c.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is _sre_c.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _sre_c.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:  # a negated class, a Unicode category the table does not know
            return None
    return "[" + "".join(out) + "]" if out else None


# What `_Features` reads from a set of attributes: (attributes, class_id, role, hidden). The
# attribute dicts are shared by the elements that have the same attributes: never changed.
_ATTR_MEMO: dict[tuple[tuple[str, str], ...], tuple[dict[str, str], str, str, bool]] = {}


def _read_attrs(attrs: dict[str, str]) -> tuple[dict[str, str], str, str, bool]:
    role = (attrs.get("role") or "").strip().lower()
    return attrs, attrs_class_id(attrs), role, attrs_hidden(attrs)


class _Features:
    """What the rules look at on one element, read once."""

    __slots__ = (
        "el",
        "tag",
        "attrs",
        "cid",
        "role",
        "hidden",
        "stat",
        "_text",
        "_tokens",
        "_wrapped",
    )

    def __init__(
        self, el: Element, tag: str, stat: Stat | None, wrapped: dict[Element, str] | None = None
    ) -> None:
        self.el, self.tag, self.stat = el, tag, stat
        # The walk's texts of wrapped children, shared by all elements of one walk.
        self._wrapped = wrapped
        # All attributes in one C call; for a repeated name the first wins, as in el.get().
        items = el.items()
        if items:
            # Elements repeat their attributes (menu items, cards): read each set once.
            key = tuple(items)
            known = _ATTR_MEMO.get(key)
            if known is None:
                if len(_ATTR_MEMO) >= ATTR_MEMO_MAX:
                    _ATTR_MEMO.clear()
                known = _ATTR_MEMO[key] = _read_attrs(dict(reversed(items)))
            self.attrs, self.cid, self.role, self.hidden = known
        else:  # a quarter of all elements: nothing to read
            self.attrs, self.cid, self.role, self.hidden = _NO_ATTRS, "", "", False
        self._text: str | None = None
        self._tokens: list[Token] | None = None

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            self._tokens = class_tokens(self.cid)
        return self._tokens

    def text(self, max_text: int) -> str | None:
        """The element's text when it is small enough for a text rule, else None."""
        stat = self.stat
        if stat is None or stat.size > TEXT_RULE_MAX_SIZE or not 0 < stat.raw <= max_text:
            return None
        if self._text is None:
            self._text = self._read_text()
        return self._text

    def _read_text(self) -> str:
        """The element's cleaned text, read once per walk for a chain of wrappers."""
        el, wrapped = self.el, self._wrapped
        if wrapped is not None:
            known = wrapped.pop(el, None)
            if known is not None:
                return known
        # The C serialiser is many times faster than a Python walk; for these small
        # elements the lost block-boundary spaces do not change a start-anchored match.
        # A leaf's text is its only text node.
        if not len(el):
            return clean(el.text)
        text = clean(etree.tostring(el, method="text", encoding=str, with_tail=False))
        if wrapped is not None:
            child = _sole_child(el)
            if child is not None:  # the walk reaches it next: its text is the same
                wrapped[child] = text
        return text


def _sole_child(el: Element) -> Element | None:
    """el's only child when el is a bare wrapper: one element child and no text of its own
    around it (white space aside), so that both clean to the same text."""
    if len(el) != 1 or (el.text and not el.text.isspace()):
        return None
    child = el[0]
    if child.tag.__class__ is not str or (child.tail and not child.tail.isspace()):
        return None
    return child


def _first_match(
    f: _Features,
    tiers: dict[str, _Tier],
    shares: dict[str, float],
    total_mass: float,
    inside_article: bool,
    off: frozenset[str] = frozenset(),
) -> CompiledRule | None:
    """The rule that names el, by the order of evidence (see ChromeRule.tier): a kind rule's
    markup, a landmark's tag or role, a kind rule's text, a landmark's classes or text, then
    the fallbacks. Markup says what a block is more reliably than the words it starts with."""
    tag, stat = f.tag, f.stat
    every = tiers["all"]
    # The two tests' own early exits, checked here first: most elements take one of them.
    hits = _markup_hits(tiers, f) if f.attrs or tag in every.tags else _NO_HITS
    words = False  # `_any_text(every, f)`, with `f.text(every.max_text)` inlined
    raw = stat.raw if stat is not None and stat.size <= TEXT_RULE_MAX_SIZE else 0
    if 0 < raw <= every.max_text and every.has_text:
        text = f._text
        if text is None:
            text = f._text = f._read_text()
        words = _gate(every, text, raw)
    if not words and hits is _NO_HITS:
        return None  # most elements
    kind_hits, landmark_tags, landmark_hits, fallback_hits = hits
    if not words and not (kind_hits or landmark_tags or landmark_hits or fallback_hits):
        return None
    share = stat.mass / total_mass if stat is not None and total_mass > 0 else 0.0
    usable = _Usable(share, shares, inside_article, off)
    kind, landmark, fallback = tiers["kind"], tiers["landmark"], tiers["fallback"]
    return (
        _first_usable(kind_hits, usable)
        or _first_usable(landmark_tags, usable)
        or (words and _text_match(kind, f, usable))
        or _first_usable(landmark_hits, usable)
        or (words and _text_match(landmark, f, usable))
        or _first_usable(fallback_hits, usable)
        or (words and _text_match(fallback, f, usable))
        or None
    )


def _first_usable(
    hits: tuple[CompiledRule, ...], usable: Callable[[CompiledRule], bool]
) -> CompiledRule | None:
    return next((rule for rule in hits if usable(rule)), None)


class _Usable:
    """Whether a rule may fire on the element at hand (protection and scope)."""

    __slots__ = ("share", "shares", "inside_article", "off")

    def __init__(
        self, share: float, shares: dict[str, float], inside_article: bool, off: frozenset[str]
    ) -> None:
        self.share, self.shares, self.inside_article = share, shares, inside_article
        self.off = off  # rules switched off (see share_tiers)

    def __call__(self, rule: CompiledRule) -> bool:
        if self.share >= self.shares[rule.rule.protect] or rule.rule.name in self.off:
            return False
        return not (self.inside_article and rule.rule.scope == "outside-article")


def _any_text(rules: _Tier, f: _Features) -> bool:
    """A cheap test: can any text rule of any tier match f's text? Only the rules that allow
    a text of its length are asked (a longer text, fewer rules: see `_Tier.long_gates`)."""
    if not rules.has_text:
        return False
    text = f.text(rules.max_text)
    return text is not None and _gate(rules, text, f.stat.raw)  # type: ignore[union-attr]


def _gate(rules: _Tier, text: str, raw: int) -> bool:
    """The answer of the tier's text gate for texts of `raw` visible characters (memoised)."""
    gate, cache = rules.gate, rules.text_cache
    for step, long_gate, long_cache in rules.long_gates:
        if raw > step:
            gate, cache = long_gate, long_cache
            break
    hit = cache.get(text)
    if hit is None:
        if len(cache) >= CLASS_CACHE_MAX:
            cache.clear()
        hit = cache[text] = gate.match(text)
    return hit


def _markup_match(f: _Features, rule: CompiledRule) -> bool:
    """The rule's tag, role, class/id, attribute or hidden test."""
    if f.tag in rule.tags or (f.role and f.role in rule.roles):
        return True
    if f.cid and rule.classes is not None and rule.classes.matches(f.cid, f.tokens):
        return True
    for name, pattern in rule.attrs:
        value = f.attrs.get(name)
        if value is not None and pattern.search(value):
            return True
    return rule.rule.hidden and f.hidden


def _text_match(
    rules: _Tier, f: _Features, usable: Callable[[CompiledRule], bool]
) -> CompiledRule | None:
    if not rules.has_text:
        return None
    text = f.text(rules.max_text)
    # The tier's text gate, not one case-insensitive union of its hundreds of phrases
    # (which enters every branch: a tenth of a millisecond a text); the gate tries a few.
    if text is None or not _gate(rules, text, f.stat.raw):  # type: ignore[union-attr]
        return None
    for rule in rules:
        if rule.text is None:
            continue
        value = f.text(rule.rule.max_text)
        if value is not None and rule.text.match(value) and usable(rule):
            return rule
    return None


def _prose_block(stat: Stat | None) -> bool:
    return stat is not None and stat.mass >= PROSE_MIN_MASS and stat.link_density <= PROSE_MAX_LINKS


def _collapsed_panel(el: Element, stat: Stat | None) -> bool:
    """True when a hidden element is a closed accordion, tab or FAQ panel holding prose (its own
    class or id, its parent's or its first child's names the panel), or a block that a
    streaming renderer sends hidden and moves into place (React's id="S:n")."""
    if stat is None or stat.mass < PANEL_MIN_MASS or stat.link_density > PANEL_MAX_LINKS:
        return False
    if _STREAMED_ID.match(el.get("id") or ""):
        return True
    parent = el.getparent()
    near = (el, parent, *el[:1]) if parent is not None else (el, *el[:1])
    return any(_PANEL_CUE.search(class_id(x)) for x in near if isinstance(x.tag, str))


class _Disclosures:
    """The ids of the elements that a page's disclosure controls open, read on first use
    (one XPath pass over the tree, only on a page with a hidden element to judge)."""

    __slots__ = ("root", "_controlled", "_tabs")

    def __init__(self, root: Element) -> None:
        self.root = root
        self._controlled: set[str] | None = None
        self._tabs: set[str] = set()

    def _read(self) -> set[str]:
        controlled: set[str] = set()
        for attribute in _CONTROLS(self.root):
            ctl = attribute.getparent()  # the order and repeats do not matter: sets only
            get = ctl.get
            ids = get("aria-controls")
            toggle = (get("data-toggle") or get("data-bs-toggle") or "").strip().lower()
            if ids and _discloses(ctl):
                controlled.update(ids.split())
            if toggle in _TOGGLES:
                target = get("data-target") or get("data-bs-target") or get("href") or ""
                if target.startswith("#") and len(target) > 1:
                    controlled.add(target[1:])
            if get("role") == "tab" and get("id"):
                self._tabs.add(get("id") or "")
        return controlled

    def panel(self, el: Element, stat: Stat | None) -> bool:
        """True when hidden `el` is a panel of the page's text that a control opens."""
        if stat is None or stat.mass < DISCLOSED_MIN_MASS or stat.link_density > PANEL_MAX_LINKS:
            return False
        role = (el.get("role") or "").strip().lower()
        if role in _NOT_PANEL_ROLES or el.get("aria-modal") or tag_of(el) in ("nav", "form"):
            return False
        if _OPENED_NOT_PANEL.search(class_id(el)):
            return False
        if role == "tabpanel" or (el.get("itemprop") or "").lower() in _ANSWER_PROPS:
            return True
        if _in_details(el):
            return True
        if self._controlled is None:
            self._controlled = self._read()
        ident = el.get("id")
        if ident and ident in self._controlled:
            return True
        labels = (el.get("aria-labelledby") or "").split()
        if any(label in self._tabs for label in labels):
            return True
        # Without an id to link them, a form below a toggle (a filter's checkboxes) is not text.
        opened = _after_its_toggle(el) or _after_a_question(el)
        return opened and next(el.iter(*_FIELDS), None) is None


QUESTION_MAX_CHARS = 200  # a FAQ question above its hidden answer
_QUESTION_MARKS = frozenset("?？؟")


def _after_its_toggle(el: Element) -> bool:
    """True when the element right before el is, or holds within its first TOGGLE_MAX_NODES
    nodes, a control that says whether it is expanded (a question's button above its answer,
    with no id to link them)."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    if prev is None:
        return False
    for count, node in enumerate(prev.iter()):
        if count >= TOGGLE_MAX_NODES:
            return False
        if isinstance(node.tag, str) and node.get("aria-expanded") is not None:
            return True
    return False


def _after_a_question(el: Element) -> bool:
    """True when the element right before el is a short question ("What does the plan
    cover?"): a FAQ whose answers a script opens, with no ARIA or id to say so."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    if prev is None:
        return False
    text = text_of(prev)
    return 0 < len(text) <= QUESTION_MAX_CHARS and text[-1] in _QUESTION_MARKS


def _in_details(el: Element) -> bool:
    """True when el is the body of a <details> element (its child or grandchild, not inside
    the <summary>): the part a reader opens."""
    for depth, ancestor in enumerate(el.iterancestors()):
        if depth >= DETAILS_DEPTH or ancestor.tag == "summary":
            return False
        if ancestor.tag == "details":
            return True
    return False


def _discloses(ctl: Element) -> bool:
    """True when an element with aria-controls is a disclosure control (it says whether it is
    expanded, or it is a tab, a button or a <summary>)."""
    if ctl.get("aria-expanded") is not None or ctl.tag in ("button", "summary"):
        return True
    return (ctl.get("role") or "").strip().lower() in ("tab", "button")


def _panel_tablist(el: Element, stat: Stat | None, stats: dict[Element, Stat]) -> bool:
    """True when a role=tablist element holds more than its tabs: TABLIST_PANEL_MASS of text
    outside its role=tab elements, at low link density (the panels of an accordion)."""
    if stat is None or (el.get("role") or "").strip().lower() != "tablist" or tag_of(el) == "nav":
        return False
    if stat.link_density > PANEL_MAX_LINKS:
        return False
    tabs = 0.0
    for tab in el.iterdescendants():
        if isinstance(tab.tag, str) and tab.get("role") == "tab":
            tstat = stats.get(tab)
            tabs += tstat.mass if tstat is not None else 0.0
    return stat.mass - tabs >= TABLIST_PANEL_MASS


def _editorial_note(el: Element, stat: Stat | None) -> bool:
    """True when el is a short block that reads as an update, correction or editor's note.
    Most matched blocks (menus, share bars) do not start with a note label: the start of their
    text tells, without reading all of it."""
    if stat is None or not 0 < stat.raw <= NOTE_MAX_CHARS or tag_of(el) in ("nav", "a"):
        return False
    note_kind, label_start, head_chars = _note_tests()
    text, whole = _text_start(el, head_chars)
    if label_start.match(text) is None:
        return False
    return note_kind(text if whole else text_of(el)) is not None


_NOTE_TESTS: list[tuple[Callable[[str], object], re.Pattern[str], int]] = []


def _note_tests() -> tuple[Callable[[str], object], re.Pattern[str], int]:
    """`note_kind`, the regex that every note's text matches at its start (all note labels),
    and how many characters of a text decide that regex (its longest match and one more, for a
    closing \\b); imported on first use (the fields package imports this module)."""
    if not _NOTE_TESTS:
        from articlekit.fields.notes import LABEL_START, note_kind

        longest = _sre_parse.parse(LABEL_START.pattern, LABEL_START.flags).getwidth()[1]
        head = longest + 2 if longest < _sre_c.MAXREPEAT else 0
        _NOTE_TESTS.append((note_kind, LABEL_START, head))
    return _NOTE_TESTS[0]


def _text_start(el: Element, chars: int) -> tuple[str, bool]:
    """(text, whole): `text_of(el)`, or a start of it at least `chars` long (read by text_of's
    walk stopped early: whole is False). The last word read may go on, and its end may compose
    with what follows (NFC): a start ends at the last space read."""
    memo = extraction_memo()
    if not chars or not len(el) or (memo is not None and el in memo.texts):
        return text_of(el), True  # a leaf's text, or one read before
    parts: list[str] = []
    size, enough = 0, 2 * chars
    for piece in _text_pieces(el):
        parts.append(piece)
        size += len(piece)
        if size > enough:
            head = clean("".join(parts))
            cut = head.rfind(" ")
            if cut >= chars:
                return head[:cut], False
            enough *= 2
    text = clean("".join(parts))
    if memo is not None:
        memo.texts[el] = text  # what text_of keeps for the later stages
    return text, True


def _text_pieces(root: Element) -> Iterator[str]:
    """The pieces `dom._walk_text` joins for text_of(root), in its order: a block's spaces,
    texts and tails, with the subtrees of SKIP_TAGS, comments and processing instructions
    pruned (their tails kept)."""
    walker = etree.iterwalk(root, events=("start", "end"))
    pruned = None
    for event, el in walker:
        if pruned is not None:  # the "end" of a pruned element: its tail only
            pruned = None
            if el.tail:
                yield el.tail
            continue
        tag = el.tag
        if tag.__class__ is not str or "}" in tag or not tag.islower():
            tag = tag_of(el)
        if event == "start" and el is not root and (tag in SKIP_TAGS or tag == ""):
            walker.skip_subtree()
            pruned = el
            continue
        if tag in BLOCK_TAGS:
            yield " "
        piece = el.text if event == "start" else (el.tail if el is not root else None)
        if piece:
            yield piece


# A count label ("28 reviews", "12 comments") carries a number. Inside a link card it is the
# card's rating or comment count, not the header of a comment section: it removes nothing. A
# card is a link whose text says more than the label (the card's title), or a small block with
# a link among siblings of the same tag and class (a grid or carousel of cards).
_COUNT_LABEL = re.compile(r"\d")
CARD_MAX_DEPTH = 6  # ancestors of the label searched for its card
CARD_TITLE_CHARS = 8  # a card's text beyond the label: at least a short title
_LABEL_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# On a page that does not declare an article (a listing, a section front), a related-stories
# label that is itself a link or a button ("Read more", "Continue reading") is one card's own
# link: only the label goes, not the card, whose story is the listing's content. On an article
# page such cards are teasers of other stories, and the module goes.
_SELF_LABELS = frozenset({"a", "button"})


def _targets(
    el: Element,
    rule: CompiledRule,
    stats: dict[Element, Stat],
    total_mass: float,
    spare: Container[Element],
    article: bool = False,
) -> list[Element]:
    """What a match removes: the element, or for module rules matched by text, its module (or
    nothing for a count label in a link card, see _COUNT_LABEL; or only the label, for a card's
    own "Read more" link on a page that is not an article, see _SELF_LABELS)."""
    if rule.rule.target != "module" or not _matched_by_text(el, rule):
        return [el]
    if _card_count(el, stats):
        return []
    if not article and rule.rule.teasers and tag_of(el) in _SELF_LABELS:
        return [el]
    return _module_of(el, stats, total_mass, spare)


def _card_count(el: Element, stats: dict[Element, Stat]) -> bool:
    """True when a text-matched label is a count inside a link card (see _COUNT_LABEL)."""
    if tag_of(el) in _LABEL_HEADINGS:
        return False  # "3 Comments" as a heading titles a section
    label = text_of(el)
    if _COUNT_LABEL.search(label) is None:
        return False
    own = len(label) + CARD_TITLE_CHARS
    for depth, anc in enumerate(el.iterancestors()):
        stat = stats.get(anc)
        if depth >= CARD_MAX_DEPTH or stat is None or stat.raw > MODULE_MAX_RAW:
            return False
        if tag_of(anc) == "a":
            return stat.raw > own
        if stat.link and stat.raw > own and _card_sibling(anc):
            return True
    return False


def _card_sibling(el: Element) -> bool:
    """True when el has a neighbour of its own tag and (non-empty) class: one card of a row."""
    cls = el.get("class")
    if not cls or tag_of(el) in ("html", "body"):
        return False
    tag = el.tag
    for sib in (el.getprevious(), el.getnext()):
        if sib is not None and sib.tag == tag and sib.get("class") == cls:
            return True
    return False


def _matched_by_text(el: Element, rule: CompiledRule) -> bool:
    return not _markup_match(_Features(el, tag_of(el), None), rule)


def _module_of(
    el: Element, stats: dict[Element, Stat], total_mass: float, spare: Container[Element]
) -> list[Element]:
    """The module a label belongs to: climb while the parent is small or mostly links (never
    into the headline's ancestors); a heading that cannot climb takes the list or box right
    after it along."""
    module = el
    parent = el.getparent()
    while parent is not None and parent not in spare and tag_of(parent) not in _CONTAINER_STOPS:
        stat = stats.get(parent)
        if stat is None or not _module_sized(stat, total_mass) or _tab_strip(module):
            break
        module, parent = parent, parent.getparent()
    if module is el and tag_of(el) in ("h2", "h3", "h4", "h5", "h6", "p", "span", "strong"):
        follower = el.getnext()
        stat = stats.get(follower) if follower is not None else None
        if stat is not None and stat.link_density >= MODULE_MIN_LINK_DENSITY:
            return [el, follower]
    return [module]


def _teaser_rule(rules: RuleSet) -> str | None:
    """The name of the rule that removes teaser cards, if the rule set has one."""
    return next((r.name for r in rules if r.teasers), None)


def _teaser_card(
    heading: Element, stats: dict[Element, Stat], total_mass: float, spare: Container[Element]
) -> Element | None:
    """The teaser card (or list of cards) a heading titles, or None. The heading must be all
    link text pointing to another page; its card is the largest ancestor that stays mostly
    links and small. A heading whose parent is not link-heavy is the text's own."""
    stat = stats.get(heading)
    if stat is None or not stat.raw or stat.link_density < TEASER_HEADING_LINKS:
        return None
    if not _links_away(heading) or not _title_like(heading):
        return None
    card, parent = heading, heading.getparent()
    while parent is not None and parent not in spare and tag_of(parent) not in _TEASER_STOPS:
        pstat = stats.get(parent)
        if pstat is None or pstat.link_density < TEASER_CARD_LINKS or pstat.raw > MODULE_MAX_RAW:
            break
        titles, extra = _titles_and_extra(parent, pstat, stats)
        if extra > TEASER_MAX_EXTRA * titles:
            break
        if total_mass and pstat.mass >= PROTECT_SHARE * total_mass:
            break
        card, parent = parent, parent.getparent()
    if card is heading or not _card_body(card, stats):
        return None
    return card


def _card_body(card: Element, stats: dict[Element, Stat]) -> bool:
    """True when a card shows more than its titles: an image, a kicker, a date. A bare list of
    linked headings is the text's own list (of products, of places)."""
    stat = stats.get(card)
    if stat is not None and _titles_and_extra(card, stat, stats)[1] > 0:
        return True
    return next(card.iter("img", "picture", "svg"), None) is not None


def _title_like(heading: Element) -> bool:
    """True when the heading reads like a story title: several words (or, in a script written
    without spaces, several characters)."""
    words = text_of(heading).split()
    if len(words) >= TEASER_MIN_WORDS:
        return True
    return len(words) == 1 and not words[0].isascii() and len(words[0]) >= TEASER_MIN_CHARS


def _titles_and_extra(el: Element, stat: Stat, stats: dict[Element, Stat]) -> tuple[int, int]:
    """The number of headings in el (at least 1) and el's characters outside them."""
    count, inside = 0, 0
    for heading in el.iter(*TEASER_HEADINGS):
        count += 1
        hstat = stats.get(heading)
        inside += hstat.raw if hstat is not None else 0
    return max(count, 1), stat.raw - inside


def _links_away(heading: Element) -> bool:
    """True when the heading's links all point to another page (not to an anchor here)."""
    hrefs = [(a.get("href") or "").strip() for a in heading.iter("a")]
    return bool(hrefs) and all(h and not h.startswith(("#", "javascript:")) for h in hrefs)


def _tab_strip(el: Element) -> bool:
    """A tab list (role=tablist, or a class/id naming tab navigation)."""
    if (el.get("role") or "").lower() == "tablist":
        return True
    cid = raw_class_id(el)
    return "tab" in cid and _TAB_STRIP.search(cid) is not None


def _module_sized(stat: Stat, total_mass: float) -> bool:
    if total_mass and stat.mass >= PROTECT_SHARE * total_mass:
        return False
    if stat.raw > MODULE_MAX_RAW:
        return False
    return stat.mass <= MODULE_MAX_MASS or stat.link_density >= MODULE_MIN_LINK_DENSITY


def sample_text(el: Element, limit: int = SAMPLE_CHARS) -> str:
    """A short sample of what an element shows, for the audit trail."""
    parts: list[str] = []
    size = 0
    walker = etree.iterwalk(el, events=("start", "end"))
    pruned = None
    for event, node in walker:  # `walk(el, default_skip)` inlined: it runs on every removal
        if pruned is not None:  # the "end" of a pruned element: its tail is left out
            pruned = None
            continue
        if event == "start" and node is not el and default_skip(node):
            walker.skip_subtree()
            pruned = node
            continue
        piece = node.text if event == "start" else (node.tail if node is not el else None)
        if piece and piece.strip():
            parts.append(piece)
            size += len(piece)
            if size > limit * 2:
                break
    text = clean(" ".join(parts))
    if not text:
        text = _attribute_sample(el)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _attribute_sample(el: Element) -> str:
    for node in el.iter():
        for name in ("alt", "aria-label", "title"):
            value = clean(node.get(name)) if isinstance(node.tag, str) else ""
            if value:
                return f"[{name}: {value}]"
    cid = class_id(el)
    return f"<{tag_of(el)}{' ' + cid if cid else ''}>"
