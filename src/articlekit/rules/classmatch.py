"""Fast whole-word tests on class/id strings.

A class pattern built by `words()` is a regex alternation of words between non-alphanumeric
boundaries. Most of its alternatives are plain words ("share", "share-bar"); those are matched
as token sequences of the class string (split at every non-alphanumeric character), which is
several times faster than the regex. Alternatives that are real regexes, and patterns of any
other form, keep a compiled regex.

Words in a class's modifier part do not count for words()-shaped patterns (`role_part`): a BEM
modifier (`block--modifier`) or a state class (`is-…`, `has-…`, `hide-…`, `no-…`) says how a
block looks, what state it is in or what it hides or lacks, not what it is ("node--promoted",
"section--secondary", "has-sidebar", a story grid's "hide-read-more-ad", a page's "no-ads").
Patterns of other shapes (the hidden rule's, a user's regex) see the whole string ("is-hidden").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

_OPEN = "(?<![a-z0-9])(?:"
_CLOSE = ")(?![a-z0-9])"
_PLAIN = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
_TOKEN = re.compile(r"[a-z0-9]+")
# A BEM modifier: from a "--" to the class's end or next "__" (an element of the block follows:
# "section--dark__nav").
_MODIFIER = re.compile(r"--(?:[^\s_]|_(?!_))*")
_STATE_PREFIXES = ("is-", "has-", "hide-", "no-")
NAMESPACE_MAX = 4  # letters of a design system's class prefix ("ds--", "duet--")

Token = tuple[str, int, int]  # text, start, end in the class/id string


def class_tokens(cid: str) -> list[Token]:
    """The alphanumeric runs of a lower-cased class/id string, with their offsets."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(cid)]


def role_part(cid: str) -> str:
    """The class/id string without its classes' modifier parts (see the module docstring)."""
    if "--" not in cid and not any(prefix in cid for prefix in _STATE_PREFIXES):
        return cid
    classes = cid.split()
    present = set(classes)
    kept = [_block_of(c, present) for c in classes if not c.startswith(_STATE_PREFIXES)]
    return " ".join(kept)


def _block_of(cls: str, present: set[str]) -> str:
    """A class without its BEM modifier ("node--promoted" -> "node"). Design systems also use
    "--" after a short namespace ("ds--header", "cds--btn--primary"): there the words after it
    are the block, and a modifier starts only at a "--" after a block that is a class too."""
    start = cls.find("--")
    if start < 0:
        return cls
    if start > NAMESPACE_MAX or not cls[:start].isalnum():
        return cls[:start] + _MODIFIER.sub("", cls[start:], count=1)
    while start > 0:
        if cls[:start] in present:
            return cls[:start] + _MODIFIER.sub("", cls[start:], count=1)
        start = cls.find("--", start + 2)
    return cls


def syntax_marks(pattern: str) -> Iterator[tuple[int, str, int]]:
    """The offset and character of each "(", ")" and "|" of a regex pattern that is syntax
    (not escaped, not inside a character class), with the group depth after it; then
    (len(pattern), "[", depth) when a character class is left open."""
    i, depth, in_class = 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":  # a "]" first in a class is a literal
                i += 1
        elif ch in "()|":
            depth += 1 if ch == "(" else -1 if ch == ")" else 0
            yield i, ch, depth
        i += 1
    if in_class:
        yield len(pattern), "[", depth


def top_level_bars(pattern: str) -> list[int] | None:
    """Offsets of the "|" outside groups and character classes, or None when the groups or
    classes do not pair up."""
    bars: list[int] = []
    depth = 0
    for i, ch, depth in syntax_marks(pattern):
        if depth < 0 or ch == "[":
            return None
        if ch == "|" and depth == 0:
            bars.append(i)
    return bars if depth == 0 else None


def _top_level_alternatives(body: str) -> list[str] | None:
    """Split a regex alternation at its top-level "|"; None when the parentheses don't pair."""
    bars = top_level_bars(body)
    if bars is None:
        return None
    starts = [0] + [bar + 1 for bar in bars]
    ends = bars + [len(body)]
    return [body[i:j] for i, j in zip(starts, ends, strict=True)]


class ClassMatcher:
    """Tests whether any of a set of class patterns matches a class/id string."""

    def __init__(self, patterns: Iterable[str]) -> None:
        # first word -> (number of words, the alternative as written, separators included)
        self.index: dict[str, list[tuple[int, str]]] = {}
        # The regex alternatives of words()-shaped patterns, searched in the role part between
        # _OPEN and _CLOSE, and patterns of any other shape, searched in the whole string.
        self.residual_alternatives: list[str] = []
        raw: list[str] = []
        for pattern in patterns:
            if not self._add(pattern):
                raw.append(pattern)
        self.residual = _words_regex(self.residual_alternatives)
        self.raw = _combined(raw)

    def _add(self, pattern: str) -> bool:
        """Index the plain words of a words()-shaped pattern and keep its other alternatives;
        False when the pattern is not words()-shaped."""
        if not (pattern.startswith(_OPEN) and pattern.endswith(_CLOSE)):
            return False
        alternatives = _top_level_alternatives(pattern[len(_OPEN) : -len(_CLOSE)])
        if alternatives is None:
            return False
        for alt in alternatives:
            if _PLAIN.match(alt):
                words = _TOKEN.findall(alt)
                self.index.setdefault(words[0], []).append((len(words), alt))
            else:
                self.residual_alternatives.append(alt)
        return True

    def matches(self, cid: str, tokens: list[Token]) -> bool:
        """True when a pattern matches: a plain alternative equals a run of whole tokens with
        the same separators ("article-teaser" does not match "article__teaser"), outside the
        classes' modifier parts. `tokens` are `class_tokens(cid)`."""
        if self.raw is not None and self.raw.search(cid) is not None:
            return True
        role = role_part(cid)
        if role is not cid:
            cid, tokens = role, class_tokens(role)
        if _word_hit(self.index, cid, tokens):
            return True
        return self.residual is not None and self.residual.search(cid) is not None


def _combined(patterns: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def _words_regex(alternatives: list[str]) -> re.Pattern[str] | None:
    """One words()-shaped regex for the alternatives (None if there are none)."""
    return re.compile(_OPEN + "|".join(alternatives) + _CLOSE) if alternatives else None


def _word_hit(index: dict[str, list[tuple[int, str]]], cid: str, tokens: list[Token]) -> bool:
    for i, (token, start, _) in enumerate(tokens):
        for count, alt in index.get(token, ()):
            if count == 1:
                return True
            last = i + count - 1
            if last < len(tokens) and cid[start : tokens[last][2]] == alt:
                return True
    return False


class ClassIndex:
    """Which of several class matchers match a class/id string, in one pass over its tokens:
    `which()` gives the positions of the matchers that `ClassMatcher.matches` would accept."""

    def __init__(self, matchers: Sequence[ClassMatcher | None]) -> None:
        # first word -> (number of words, the alternative as written, matcher position)
        self.index: dict[str, list[tuple[int, str, int]]] = {}
        self.residual: list[tuple[int, re.Pattern[str]]] = []  # searched in the role part
        self.raw: list[tuple[int, re.Pattern[str]]] = []  # searched in the whole string
        for pos, matcher in enumerate(matchers):
            if matcher is None:
                continue
            for word, entries in matcher.index.items():
                for count, alt in entries:
                    self.index.setdefault(word, []).append((count, alt, pos))
            if matcher.residual is not None:
                self.residual.append((pos, matcher.residual))
            if matcher.raw is not None:
                self.raw.append((pos, matcher.raw))
        self.first_words = frozenset(self.index)
        # One search that fails wherever every residual regex fails (most class strings): all
        # their alternatives between one _OPEN and _CLOSE, so that a position that no word can
        # start at costs one look-behind, not one per pattern.
        alternatives = [a for m in matchers if m is not None for a in m.residual_alternatives]
        self.any_residual = _words_regex(alternatives)
        self.any_raw = _combined([p.pattern for _, p in self.raw])

    def which(self, cid: str) -> frozenset[int]:
        found: set[int] = set()
        _add_regex_hits(self.any_raw, self.raw, cid, found)
        cid = role_part(cid)
        if not self.first_words.isdisjoint(_TOKEN.findall(cid)):
            self._add_words(cid, class_tokens(cid), found)
        _add_regex_hits(self.any_residual, self.residual, cid, found)
        return frozenset(found)

    def _add_words(self, cid: str, tokens: list[Token], found: set[int]) -> None:
        index = self.index
        for i, (token, start, _) in enumerate(tokens):
            for count, alt, pos in index.get(token, ()):
                if count == 1:
                    found.add(pos)
                    continue
                last = i + count - 1
                if last < len(tokens) and cid[start : tokens[last][2]] == alt:
                    found.add(pos)


def _add_regex_hits(
    gate: re.Pattern[str] | None,
    patterns: list[tuple[int, re.Pattern[str]]],
    cid: str,
    found: set[int],
) -> None:
    """Add the positions of the patterns found in cid; `gate` is all of them in one regex."""
    if gate is None or gate.search(cid) is None:
        return
    for pos, pattern in patterns:
        if pos not in found and pattern.search(cid) is not None:
            found.add(pos)
