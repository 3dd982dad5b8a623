"""Chrome removal: apply the rule set in one traversal, mark nodes, keep the audit trail.

Nothing is deleted: marked elements are recorded in `Marks`, and later stages skip them. A rule
that would remove most of the page's prose is refused (unless the rule says otherwise), so a
stray class word on an article wrapper cannot empty the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass, field

from lxml import etree

from articlekit.dom import (
    Element,
    attrs_class_id,
    attrs_hidden,
    class_id,
    default_skip,
    tag_of,
    text_of,
    walk,
)
from articlekit.ingest import budget
from articlekit.measure import Stat
from articlekit.model import Removal
from articlekit.rules.classmatch import ClassIndex, Token, class_tokens
from articlekit.rules.registry import CompiledRule, RuleSet
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
CLASS_CACHE_MAX = 100_000  # class strings remembered per rule tier, across pages
NOTE_MAX_CHARS = 1500  # an element this short that reads as an editorial note is never chrome
_CONTAINER_STOPS = frozenset({"body", "html", "main", "article"})
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
) -> Marks:
    """Walk the tree once; mark every element that a rule matches (and not its descendants).

    Elements in `spare` (the headline and its ancestors) are never marked. On a page that
    declares itself an article, "sole" protection is off (its comments are never content)."""
    marks = Marks()
    total_mass = stats[root].mass if root in stats else 0.0
    scopes: list[Element] = []  # open <article>/<main>/articleBody elements
    tiers = _tiers_of(rules)
    teaser = _teaser_rule(rules) if article else None
    cards: dict[Element, None] = {}  # teaser cards found, in page order
    shares = {**PROTECT_SHARES, "sole": PROTECT_SHARES["never"]} if article else PROTECT_SHARES
    walker = etree.iterwalk(root, events=("start", "end"))
    deadline = budget.current()
    for count, (event, el) in enumerate(walker):
        if event == "end":
            if scopes and scopes[-1] is el:
                scopes.pop()
            continue
        if deadline is not None and not count & CHECK_EVERY:
            deadline.check("removing chrome")
        if el is not root and (default_skip(el) or el in marks):
            walker.skip_subtree()
            continue
        tag = tag_of(el)
        hit = None
        if el not in spare and tag not in ("html", "body"):
            hit = _first_match(el, tag, tiers, stats.get(el), shares, total_mass, bool(scopes))
        if hit is not None and _editorial_note(el, stats.get(el)):
            hit = None  # a correction in an <aside> is the article's, whatever its markup
        if hit is None and teaser is not None and tag in TEASER_HEADINGS and el not in spare:
            card = _teaser_card(el, stats, total_mass, spare)
            if card is not None:
                cards[card] = None
        if hit is not None:
            for target in _targets(el, hit, stats, total_mass, spare):
                marks.add(target, hit.rule.name)
            walker.skip_subtree()
        elif tag in _ARTICLE_SCOPES or el.get("itemprop") == "articleBody":
            scopes.append(el)
    if teaser is not None and _few_teasers(cards, stats, stats.get(root)):
        for card in cards:
            marks.add(card, teaser)
    return marks


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

    any_text: re.Pattern[str] | None
    max_text: int
    tags: frozenset[str]
    classes: ClassIndex  # the class/id tests of all rules; rules are named by position
    attr_tests: tuple[tuple[str, re.Pattern[str], int], ...]  # (attribute, pattern, position)
    position: dict[int, int]  # id(rule) -> position
    class_cache: dict[str, frozenset[int]]  # class/id string -> positions of matching rules
    hits_cache: dict[tuple, _Hits]  # markup key (see _markup_hits) -> rules that match it
    text_cache: dict[str, bool]  # text -> whether `any_text` matches it

    def __new__(cls, compiled: tuple[CompiledRule, ...], tier: str | None) -> _Tier:
        """The rules of `tier`, or of all tiers when `tier` is None."""
        chosen = tuple(r for r in compiled if tier is None or r.rule.tier == tier)
        self = super().__new__(cls, chosen)
        self.any_text = _combine([r.rule.text for r in self if r.rule.text], re.I)
        self.max_text = max((r.rule.max_text for r in self if r.rule.text), default=0)
        self.tags = frozenset(t for r in self for t in r.tags)
        self.classes = ClassIndex([r.classes for r in self])
        self.attr_tests = tuple((a, p, i) for i, r in enumerate(self) for a, p in r.attrs)
        self.position = {id(r): i for i, r in enumerate(self)}
        self.class_cache = {}
        self.hits_cache = {}
        self.text_cache = {}
        return self

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
        if not attrs:
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


def _tiers_of(rules: RuleSet) -> dict[str, _Tier]:
    """The rule set split by tier, built once per rule set (and kept on it)."""
    tiers = rules.__dict__.get("_tiers")
    if tiers is None:
        tiers = {tier: _Tier(rules.compiled, tier) for tier in ("kind", "landmark", "fallback")}
        tiers["all"] = _Tier(rules.compiled, None)
        object.__setattr__(rules, "_tiers", tiers)
    return tiers


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
    depth, i, in_class = 0, 0, False
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if body[i + 1 : i + 2] == "]":  # a "]" first in a class is a literal
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        i += 1
    return body if depth == 0 and not in_class else None


class _Features:
    """What the rules look at on one element, read once."""

    __slots__ = ("el", "tag", "attrs", "cid", "role", "hidden", "stat", "_text", "_tokens")

    def __init__(self, el: Element, tag: str, stat: Stat | None) -> None:
        self.el, self.tag, self.stat = el, tag, stat
        # All attributes in one C call; for a repeated name the first wins, as in el.get().
        items = el.items()
        if items:
            self.attrs = attrs = dict(reversed(items))
            self.cid = attrs_class_id(attrs)
            self.role = (attrs.get("role") or "").strip().lower()
            self.hidden = attrs_hidden(attrs)
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
            # The C serialiser is many times faster than a Python walk; for these small
            # elements the lost block-boundary spaces do not change a start-anchored match.
            # A leaf's text is its only text node.
            el = self.el
            if len(el):
                raw = etree.tostring(el, method="text", encoding=str, with_tail=False)
            else:
                raw = el.text
            self._text = clean(raw)
        return self._text


def _first_match(
    el: Element,
    tag: str,
    tiers: dict[str, _Tier],
    stat: Stat | None,
    shares: dict[str, float],
    total_mass: float,
    inside_article: bool,
) -> CompiledRule | None:
    """The rule that names el, by the order of evidence (see ChromeRule.tier): a kind rule's
    markup, a landmark's tag or role, a kind rule's text, a landmark's classes or text, then
    the fallbacks. Markup says what a block is more reliably than the words it starts with."""
    f = _Features(el, tag, stat)
    kind_hits, landmark_tags, landmark_hits, fallback_hits = _markup_hits(tiers, f)
    words = _any_text(tiers["all"], f)
    if not words and not (kind_hits or landmark_tags or landmark_hits or fallback_hits):
        return None
    share = stat.mass / total_mass if stat is not None and total_mass > 0 else 0.0
    usable = _Usable(share, shares, inside_article)
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

    __slots__ = ("share", "shares", "inside_article")

    def __init__(self, share: float, shares: dict[str, float], inside_article: bool) -> None:
        self.share, self.shares, self.inside_article = share, shares, inside_article

    def __call__(self, rule: CompiledRule) -> bool:
        if self.share >= self.shares[rule.rule.protect]:
            return False
        return not (self.inside_article and rule.rule.scope == "outside-article")


def _any_text(rules: _Tier, f: _Features) -> bool:
    """A cheap test: can any text rule of any tier match f's text?"""
    if rules.any_text is None:
        return False
    text = f.text(rules.max_text)
    if text is None:
        return False
    hit = rules.text_cache.get(text)
    if hit is None:
        if len(rules.text_cache) >= CLASS_CACHE_MAX:
            rules.text_cache.clear()
        hit = rules.any_text.match(text) is not None
        rules.text_cache[text] = hit
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
    if rules.any_text is None:
        return None
    text = f.text(rules.max_text)
    if text is None or not rules.any_text.match(text):
        return None
    for rule in rules:
        if rule.text is None:
            continue
        value = f.text(rule.rule.max_text)
        if value is not None and rule.text.match(value) and usable(rule):
            return rule
    return None


def _editorial_note(el: Element, stat: Stat | None) -> bool:
    """True when el is a short block that reads as an update, correction or editor's note."""
    if stat is None or not 0 < stat.raw <= NOTE_MAX_CHARS or tag_of(el) in ("nav", "a"):
        return False
    from articlekit.fields.notes import note_kind

    return note_kind(text_of(el)) is not None


def _targets(
    el: Element,
    rule: CompiledRule,
    stats: dict[Element, Stat],
    total_mass: float,
    spare: Container[Element],
) -> list[Element]:
    """What a match removes: the element, or for module rules matched by text, its module."""
    if rule.rule.target != "module" or not _matched_by_text(el, rule):
        return [el]
    return _module_of(el, stats, total_mass, spare)


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
        if stat is None or not _module_sized(stat, total_mass):
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
    for event, node in walk(el, default_skip):
        if event == "skip":
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
