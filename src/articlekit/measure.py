"""Text statistics for every element in one iterative bottom-up pass.

For each element: visible characters, characters inside links, prose mass (how much of its text
reads like running prose) and subtree size. Chrome marking uses a first measurement to protect
the page's prose; content selection uses a second one that leaves marked chrome out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import chain

from lxml import etree

from articlekit.dom import BLOCK_TAGS, SKIP_TAGS, Element, default_skip, tag_of
from articlekit.ingest import budget

_SPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[.,;:!?\u3001\u3002\uff0c\uff01\uff1f\u060c\u061b\u061f]")
# A child holding less than this share of its largest sibling's mass is side matter (a side
# column's notes next to the article's column): it does not count towards the parent's cmass.
SIDE_SHARE = 0.1
# Prose without any punctuation (menus, labels, tag clouds) counts for this share of its length.
UNPUNCTUATED_WEIGHT = 0.3


@dataclass(slots=True)
class Stat:
    """Counts for one element's subtree; `inline_*` cover its own paragraph text only."""

    raw: int = 0
    link: int = 0
    mass: float = 0.0
    lmass: float = 0.0  # like mass, but link text counts as text (for link-only pages)
    cmass: float = 0.0  # mass of the children that matter (see SIDE_SHARE) + own paragraph
    size: int = 1
    child_masses: list[float] | None = None
    inline_raw: int = 0
    inline_link: int = 0
    inline_punct: int = 0

    @property
    def link_density(self) -> float:
        return self.link / self.raw if self.raw else 0.0


def _count(text: str | None) -> tuple[int, int]:
    """(visible characters, 1 if the text node holds punctuation else 0) of a text node.

    Only whether a paragraph has any punctuation matters (see `prose_weight`), so a search,
    which stops at the first mark, replaces a count of all of them."""
    if not text or text.isspace():
        return 0, 0
    chars = len("".join(text.split()))  # the characters outside white space, counted in C
    return chars, (1 if chars and _PUNCT.search(text) is not None else 0)


def prose_weight(raw: int, link: int, punct: int) -> float:
    """The prose mass of one paragraph: its non-link characters, discounted when the paragraph
    is mostly links or carries no punctuation at all."""
    plain = raw - link
    if plain <= 0:
        return 0.0
    weight = plain * (1.0 - link / raw)
    return weight if punct else weight * UNPUNCTUATED_WEIGHT


# What `measure` needs to know of a tag, looked up once per element: the kinds below, for the
# plain lower-case names that ingest gives (block and skip tags, "a", and the commonest inline
# ones). Any other name (upper case, namespaced, a custom element, a comment's non-str tag)
# goes through `tag_of` (see `_kind_of`).
_OTHER, _BLOCK, _LINK, _SKIP = 0, 1, 2, 3
# fmt: off
_INLINE_TAGS = (
    "span", "strong", "em", "i", "b", "u", "s", "small", "sup", "sub", "code", "label", "button",
    "time", "abbr", "cite", "q", "mark", "del", "ins", "font", "wbr", "kbd", "var", "samp",
    "dfn", "bdi", "bdo", "data", "nobr", "path", "use", "g", "symbol", "rect", "circle", "line",
)
# fmt: on
_KINDS: dict[object, int] = {tag: _OTHER for tag in _INLINE_TAGS}
_KINDS.update({tag: _BLOCK for tag in BLOCK_TAGS})
_KINDS.update({tag: _SKIP for tag in SKIP_TAGS})
_KINDS["a"] = _LINK


def _kind_of(el: Element) -> int:
    """The `_KINDS` kind of an element whose tag is not a key there."""
    tag = tag_of(el)
    return _SKIP if tag == "" else _KINDS.get(tag, _OTHER)


def measure(root: Element, skip: Callable[[Element], bool] = default_skip) -> dict[Element, Stat]:
    """Stats for `root` and every element below it that `skip` does not prune.

    One iterwalk, with the per-event work inlined (the default skip test, the tag, the text
    counts, `_close` and `_merge`): this runs on every page and visits every node. The open
    elements' kinds (see `_KINDS`) stand for their tags. "start" events are tested first (half
    of all events); only an "end" can follow a pruned element's "start"."""
    stats: dict[Element, Stat] = {}
    stack: list[Stat] = []
    kinds: list[int] = []  # the open elements' kinds, beside `stack`
    walker = etree.iterwalk(root, events=("start", "end"))
    pruned = None
    deadline = budget.current()
    fast_skip = skip is default_skip
    punct = _PUNCT.search
    kind_of = _KINDS.get
    count = 0
    for event, el in walker:
        if event == "start":
            count += 1
            if deadline is not None and not count & 0x7FF:
                deadline.check("measuring text")
            kind = kind_of(el.tag)
            if kind is None:
                kind = _kind_of(el)
            if el is not root and ((kind == _SKIP) if fast_skip else skip(el)):
                walker.skip_subtree()
                pruned = el
                continue
            stats[el] = stat = Stat()
            stack.append(stat)
            kinds.append(kind)
            text = el.text
            if text and not text.isspace():  # _add_text, inlined
                stat.raw = stat.inline_raw = len("".join(text.split()))
                if punct(text) is not None:
                    stat.inline_punct = 1
            continue
        if pruned is not None:  # the "end" of a pruned element: only its tail counts
            pruned = None
            parent = stack[-1]  # the root is never pruned
        else:
            stat = stack.pop()
            kind = kinds.pop()
            # _close, inlined
            if kind == _BLOCK:
                raw = stat.inline_raw
                own = prose_weight(raw, stat.inline_link, stat.inline_punct) if raw else 0.0
                stat.mass += own
                stat.lmass += raw if stat.inline_punct else raw * UNPUNCTUATED_WEIGHT
            else:
                own = 0.0
                if kind == _LINK:
                    stat.link = stat.raw
                    stat.inline_link = stat.inline_raw
            masses = stat.child_masses
            if masses:
                if len(masses) == 1:
                    own += masses[0]
                else:
                    floor = SIDE_SHARE * max(masses)
                    own += sum(m for m in masses if m >= floor)
                stat.child_masses = None
            stat.cmass = own
            if not stack:
                continue
            # _merge, inlined
            parent = stack[-1]
            if stat.raw:
                parent.raw += stat.raw
                parent.link += stat.link
                parent.lmass += stat.lmass
                if kind != _BLOCK:
                    parent.inline_raw += stat.inline_raw
                    parent.inline_link += stat.inline_link
                    parent.inline_punct += stat.inline_punct
            mass = stat.mass
            if mass > 0:
                parent.mass += mass
                if parent.child_masses is None:
                    parent.child_masses = [mass]
                else:
                    parent.child_masses.append(mass)
            parent.size += stat.size
        text = el.tail
        if text and not text.isspace():  # _add_text, inlined
            chars = len("".join(text.split()))
            parent.raw += chars
            parent.inline_raw += chars
            if punct(text) is not None:
                parent.inline_punct += 1
    return stats


def _add_text(stat: Stat, text: str | None) -> None:
    chars, punct = _count(text)
    stat.raw += chars
    stat.inline_raw += chars
    stat.inline_punct += punct


def _close(stat: Stat, tag: str) -> None:
    if tag == "a":
        stat.link = stat.raw
        stat.inline_link = stat.inline_raw
    own = 0.0
    if tag in BLOCK_TAGS:
        own = prose_weight(stat.inline_raw, stat.inline_link, stat.inline_punct)
        stat.mass += own
        weight = 1.0 if stat.inline_punct else UNPUNCTUATED_WEIGHT
        stat.lmass += stat.inline_raw * weight
    masses = stat.child_masses
    if masses:
        floor = SIDE_SHARE * max(masses)
        own += sum(m for m in masses if m >= floor)
        stat.child_masses = None
    stat.cmass = own


def remeasure(
    stats: dict[Element, Stat],
    removed: Iterable[Element],
    skip: Callable[[Element], bool] = default_skip,
) -> dict[Element, Stat]:
    """The stats of the same tree with the `removed` subtrees left out, as `measure` would give
    them with those elements skipped, but recomputing only the removed elements' ancestors: the
    rest of the tree is unchanged, and its entries are shared. `stats` itself is left as it
    was (the result is a new dict, or `stats` when no measured element was removed) and no Stat
    is changed in place."""
    order = list(stats)
    at = dict(zip(order, range(len(order)), strict=True))
    # A measured element's subtree is the run of `size` entries from its own (the walk's
    # order): the removed runs go in slices, without visiting their nodes. An element without
    # an entry was never measured (pruned): its subtree holds none.
    runs = sorted((at[el], at[el] + stats[el].size) for el in removed if el in at)
    if not runs:
        return stats
    items = list(stats.items())
    kept: list[list[tuple[Element, Stat]]] = []
    start = 0
    for first, end in runs:
        if first > start:
            kept.append(items[start:first])
        start = max(start, end)
    kept.append(items[start:])
    stats = dict(chain.from_iterable(kept))
    dirty: set[Element] = set()
    for el in removed:
        for ancestor in el.iterancestors():
            if ancestor not in stats or ancestor in dirty:
                break
            dirty.add(ancestor)
    # Children before parents (a descendant comes after its ancestors in the walk's order).
    for el in sorted(dirty, key=at.__getitem__, reverse=True):
        stats[el] = _restat(el, stats, skip)
    return stats


def _restat(el: Element, stats: dict[Element, Stat], skip: Callable[[Element], bool]) -> Stat:
    """`measure`'s Stat of el from its children's (`_merge` and `_close` inlined, in their
    order of additions). A child that `skip` prunes has no entry in `stats` (`measure` left it
    out), nor has a removed one (`remeasure` dropped it): one look-up answers both, and only a
    caller's own `skip` is asked again."""
    custom = None if skip is default_skip else skip
    kind_of = _KINDS.get
    stat = Stat()
    text = el.text
    if text and not text.isspace():
        _add_text(stat, text)
    masses: list[float] = []
    for child in el:
        child_stat = stats.get(child)
        if child_stat is not None and (custom is None or not custom(child)):
            if child_stat.raw:
                stat.raw += child_stat.raw
                stat.link += child_stat.link
                stat.lmass += child_stat.lmass
                kind = kind_of(child.tag)
                if (_kind_of(child) if kind is None else kind) != _BLOCK:
                    stat.inline_raw += child_stat.inline_raw
                    stat.inline_link += child_stat.inline_link
                    stat.inline_punct += child_stat.inline_punct
            if child_stat.mass > 0:
                stat.mass += child_stat.mass
                masses.append(child_stat.mass)
            stat.size += child_stat.size
        text = child.tail
        if text and not text.isspace():
            _add_text(stat, text)
    if masses:
        stat.child_masses = masses
    _close(stat, tag_of(el))
    return stat
