"""Chrome removal: apply the rule set in one traversal, mark nodes, keep the audit trail.

Nothing is deleted: marked elements are recorded in `Marks`, and later stages skip them. A rule
that would remove most of the page's prose is refused (unless the rule says otherwise), so a
stray class word on an article wrapper cannot empty the page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from articlekit.dom import Element, class_id, default_skip, is_hidden, tag_of, text_of, walk
from articlekit.measure import Stat
from articlekit.model import Removal
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
_CONTAINER_STOPS = frozenset({"body", "html", "main", "article"})
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
) -> Marks:
    """Walk the tree once; mark every element that a rule matches (and not its descendants).

    Elements in `spare` (the headline and its ancestors) are never marked."""
    marks = Marks()
    total_mass = stats[root].mass if root in stats else 0.0
    scopes: list[Element] = []  # open <article>/<main>/articleBody elements
    tiers = {
        tier: tuple(r for r in rules.compiled if r.rule.tier == tier)
        for tier in ("kind", "landmark", "fallback")
    }
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        if event == "end":
            if scopes and scopes[-1] is el:
                scopes.pop()
            continue
        if el is not root and (default_skip(el) or el in marks):
            walker.skip_subtree()
            continue
        tag = tag_of(el)
        hit = None
        if el not in spare and tag not in ("html", "body"):
            hit = _first_match(el, tag, tiers, stats.get(el), total_mass, bool(scopes))
        if hit is not None:
            for target in _targets(el, hit, stats, total_mass):
                marks.add(target, hit.rule.name)
            walker.skip_subtree()
        elif tag in _ARTICLE_SCOPES or el.get("itemprop") == "articleBody":
            scopes.append(el)
    return marks


def _first_match(
    el: Element,
    tag: str,
    tiers: dict[str, tuple[CompiledRule, ...]],
    stat: Stat | None,
    total_mass: float,
    inside_article: bool,
) -> CompiledRule | None:
    """The rule that names el, by the order of evidence (see ChromeRule.tier): a kind rule's
    markup, a landmark's tag or role, a kind rule's text, a landmark's classes or text, then
    the fallbacks. Markup says what a block is more reliably than the words it starts with."""
    share = stat.mass / total_mass if stat is not None and total_mass > 0 else 0.0

    def usable(rule: CompiledRule) -> bool:
        if share >= PROTECT_SHARES[rule.rule.protect]:
            return False
        return not (inside_article and rule.rule.scope == "outside-article")

    role = (el.get("role") or "").strip().lower()
    for rule in tiers["kind"]:
        if (tag in rule.tags or _attr_match(el, rule)) and usable(rule):
            return rule
    for rule in tiers["landmark"]:
        if (tag in rule.tags or role in rule.roles) and usable(rule):
            return rule
    text = _LazyText(el, stat)
    found = _text_match(tiers["kind"], text, usable)
    if found is not None:
        return found
    for rule in tiers["landmark"]:
        if _attr_match(el, rule) and usable(rule):
            return rule
    found = _text_match(tiers["landmark"], text, usable)
    if found is not None:
        return found
    for rule in tiers["fallback"]:
        if (tag in rule.tags or _attr_match(el, rule)) and usable(rule):
            return rule
    return _text_match(tiers["fallback"], text, usable)


def _text_match(
    rules: tuple[CompiledRule, ...], text: _LazyText, usable: Callable[[CompiledRule], bool]
) -> CompiledRule | None:
    for rule in rules:
        if rule.text is None:
            continue
        value = text.get(rule.rule.max_text)
        if value is not None and rule.text.match(value) and usable(rule):
            return rule
    return None


class _LazyText:
    """The element's text, computed once and only for small elements."""

    def __init__(self, el: Element, stat: Stat | None) -> None:
        self.el, self.stat = el, stat
        self._text: str | None = None

    def get(self, max_text: int) -> str | None:
        stat = self.stat
        if stat is None or stat.size > TEXT_RULE_MAX_SIZE or not 0 < stat.raw <= max_text:
            return None
        if self._text is None:
            self._text = text_of(self.el)
        return self._text


def _attr_match(el: Element, rule: CompiledRule) -> bool:
    """The rule's role, class/id, attribute or hidden test."""
    if rule.roles and (el.get("role") or "").strip().lower() in rule.roles:
        return True
    if rule.classes is not None:
        cid = class_id(el)
        if cid and rule.classes.search(cid):
            return True
    for name, pattern in rule.attrs:
        value = el.get(name)
        if value is not None and pattern.search(value):
            return True
    return rule.rule.hidden and is_hidden(el)


def _targets(
    el: Element, rule: CompiledRule, stats: dict[Element, Stat], total_mass: float
) -> list[Element]:
    """What a match removes: the element, or for module rules matched by text, its module."""
    if rule.rule.target != "module" or not _matched_by_text(el, rule):
        return [el]
    return _module_of(el, stats, total_mass)


def _matched_by_text(el: Element, rule: CompiledRule) -> bool:
    return not (tag_of(el) in rule.tags or _attr_match(el, rule))


def _module_of(el: Element, stats: dict[Element, Stat], total_mass: float) -> list[Element]:
    """The module a label belongs to: climb while the parent is small or mostly links; a
    heading that cannot climb takes the list or box right after it along."""
    module = el
    parent = el.getparent()
    while parent is not None and tag_of(parent) not in _CONTAINER_STOPS:
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
