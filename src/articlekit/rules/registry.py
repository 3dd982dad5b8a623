"""Rule types and the rule set: compile once, list, switch off by name, add user rules.

A `ChromeRule` is data: which elements it looks at (tags, ARIA roles, class/id words, attribute
patterns, short visible text) and what it marks (the element itself or its enclosing module).
The rules shipped with articlekit live in `rules/chrome.py`; users pass their own through
`extract(..., rules=...)`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from articlekit.rules.classmatch import ClassMatcher

Scope = Literal["anywhere", "outside-article"]
Protect = Literal["majority", "sole", "never"]
Tier = Literal["kind", "landmark", "fallback"]
Target = Literal["self", "module"]


@dataclass(frozen=True)
class ChromeRule:
    """One named chrome pattern. An element matches when any one of its tests matches:

    - tags: element names that match by themselves (e.g. nav, aside).
    - roles: ARIA role values.
    - classes: a regex searched in the lower-cased "class id" string of the element.
    - text: a regex matched (case-insensitively, at the start) against the element's visible
      text, only when that text is at most `max_text` characters long.
    - attrs: (attribute name, regex) pairs; the regex is searched in the attribute's value.
    - scope: "outside-article" skips elements inside <article>, <main> or an articleBody.
    - target: "module" marks the enclosing module (the heading's section), not just the match.
    - hidden: the element is hidden by its own markup (hidden, aria-hidden, display:none).
    - protect: "majority" (default): never remove an element holding most of the page's prose;
      "sole": only spare it when it holds nearly all of the page's prose (comment threads can
      outweigh the article, yet on a forum the thread is the content); "never": no guard.
    - teasers: also match teaser cards on a page that declares itself an article: a heading
      (h2-h6) that is wholly a link to another page, inside a card that is mostly links (the
      card and the link-heavy list around it are removed; a lone linked heading in the text,
      a product name in a buying guide, is not a card).
    - tier: the order of evidence. "kind" rules say what a block is (a cookie banner, a share
      bar); "landmark" rules say where it is (header, footer, sidebar, nav); "fallback" rules
      catch the rest (buttons, dialogs, noscript). An element is named by the first of: a kind
      rule's markup, a landmark's tag or role, a kind rule's text, a landmark's classes or
      text, a fallback rule.
    """

    name: str
    description: str
    tags: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    classes: str | None = None
    attrs: tuple[tuple[str, str], ...] = ()
    text: str | None = None
    max_text: int = 120
    hidden: bool = False
    scope: Scope = "anywhere"
    target: Target = "self"
    protect: Protect = "majority"
    tier: Tier = "kind"
    teasers: bool = False


@dataclass(frozen=True)
class CompiledRule:
    """A rule with its regexes compiled; built once per rule set."""

    rule: ChromeRule
    tags: frozenset[str]
    roles: frozenset[str]
    classes: ClassMatcher | None
    attrs: tuple[tuple[str, re.Pattern[str]], ...]
    text: re.Pattern[str] | None


def compile_rule(rule: ChromeRule) -> CompiledRule:
    """Compile a rule's patterns; raise ValueError naming the rule if a pattern is invalid."""
    try:
        return CompiledRule(
            rule=rule,
            tags=frozenset(t.lower() for t in rule.tags),
            roles=frozenset(r.lower() for r in rule.roles),
            classes=_class_matcher(rule.classes),
            attrs=tuple((a.lower(), re.compile(p, re.I)) for a, p in rule.attrs),
            text=re.compile(rule.text, re.I) if rule.text else None,
        )
    except re.error as exc:
        raise ValueError(f"chrome rule {rule.name!r} has an invalid pattern: {exc}") from exc


def _class_matcher(pattern: str | None) -> ClassMatcher | None:
    if not pattern:
        return None
    re.compile(pattern)  # reject an invalid pattern with the regex engine's message
    return ClassMatcher([pattern])


@dataclass(frozen=True)
class RuleSet:
    """An ordered, immutable collection of chrome rules.

    >>> rs = RuleSet.default().without("share-buttons")
    >>> rs = rs.with_rules(ChromeRule("promo", "our site's promo box", classes=r"promo-box"))
    """

    rules: tuple[ChromeRule, ...] = ()
    compiled: tuple[CompiledRule, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        names = [r.name for r in self.rules]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"duplicate chrome rule names: {', '.join(dupes)}")
        if not self.compiled:
            object.__setattr__(self, "compiled", tuple(compile_rule(r) for r in self.rules))

    @classmethod
    def default(cls) -> RuleSet:
        """The rules shipped with articlekit (see `articlekit.rules.chrome`)."""
        return _default_ruleset()

    def names(self) -> list[str]:
        """The rule names, in the order they are applied."""
        return [r.name for r in self.rules]

    def __iter__(self) -> Iterator[ChromeRule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def without(self, *names: str) -> RuleSet:
        """A copy with the named rules switched off; unknown names raise ValueError."""
        unknown = set(names) - set(self.names())
        if unknown:
            raise ValueError(f"unknown chrome rule(s): {', '.join(sorted(unknown))}")
        kept = tuple(r for r in self.rules if r.name not in names)
        compiled = tuple(c for c in self.compiled if c.rule.name not in names)
        return RuleSet(kept, compiled)  # the rules kept, compiled once already

    def with_rules(self, *rules: ChromeRule) -> RuleSet:
        """A copy with extra rules; a rule with an existing name replaces that rule."""
        new = {r.name: r for r in rules}
        kept = tuple(r for r in self.rules if r.name not in new)
        return RuleSet(kept + tuple(rules))


_DEFAULT: list[RuleSet] = []


def _default_ruleset() -> RuleSet:
    if not _DEFAULT:
        from articlekit.rules.chrome import CHROME_RULES

        _DEFAULT.append(RuleSet(CHROME_RULES))
    return _DEFAULT[0]


def resolve_rules(rules: RuleSet | Iterable[ChromeRule | str] | None) -> RuleSet:
    """The `rules=` argument of `extract()` -> a RuleSet.

    - None: the defaults.
    - a RuleSet: used as is.
    - an iterable of ChromeRule and strings: each rule is added to the defaults, and each string
      "-name" switches that default rule off.
    """
    if rules is None:
        return RuleSet.default()
    if isinstance(rules, RuleSet):
        return rules
    result = RuleSet.default()
    for item in rules:
        if isinstance(item, ChromeRule):
            result = result.with_rules(item)
        elif isinstance(item, str) and item.startswith("-"):
            result = result.without(item[1:])
        else:
            raise TypeError(f"rules= takes ChromeRule objects and '-name' strings, not {item!r}")
    return result
