"""Text statistics for every element in one iterative bottom-up pass.

For each element: visible characters, characters inside links, prose mass (how much of its text
reads like running prose) and subtree size. Chrome marking uses a first measurement to protect
the page's prose; content selection uses a second one that leaves marked chrome out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from articlekit.dom import BLOCK_TAGS, Element, default_skip, tag_of, walk

_SPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[.,;:!?\u3001\u3002\uff0c\uff01\uff1f\u060c\u061b\u061f]")
# Prose without any punctuation (menus, labels, tag clouds) counts for this share of its length.
UNPUNCTUATED_WEIGHT = 0.3


@dataclass(slots=True)
class Stat:
    """Counts for one element's subtree; `inline_*` cover its own paragraph text only."""

    raw: int = 0
    link: int = 0
    mass: float = 0.0
    lmass: float = 0.0  # like mass, but link text counts as text (for link-only pages)
    size: int = 1
    inline_raw: int = 0
    inline_link: int = 0
    inline_punct: int = 0

    @property
    def link_density(self) -> float:
        return self.link / self.raw if self.raw else 0.0


def _count(text: str | None) -> tuple[int, int]:
    """(visible characters, punctuation marks) of a text node."""
    if not text:
        return 0, 0
    return len(_SPACE.sub("", text)), len(_PUNCT.findall(text))


def prose_weight(raw: int, link: int, punct: int) -> float:
    """The prose mass of one paragraph: its non-link characters, discounted when the paragraph
    is mostly links or carries no punctuation at all."""
    plain = raw - link
    if plain <= 0:
        return 0.0
    weight = plain * (1.0 - link / raw)
    return weight if punct else weight * UNPUNCTUATED_WEIGHT


def measure(root: Element, skip: Callable[[Element], bool] = default_skip) -> dict[Element, Stat]:
    """Stats for `root` and every element below it that `skip` does not prune."""
    stats: dict[Element, Stat] = {}
    stack: list[Stat] = []
    for event, el in walk(root, skip):
        if event == "start":
            stat = Stat()
            stats[el] = stat
            stack.append(stat)
            _add_text(stat, el.text)
        elif event == "end":
            stat = stack.pop()
            _close(stat, el)
            if stack:
                _merge(stack[-1], stat, el)
                _add_text(stack[-1], el.tail)
        elif stack:  # a pruned element: only its tail is text of the parent
            _add_text(stack[-1], el.tail)
    return stats


def _add_text(stat: Stat, text: str | None) -> None:
    chars, punct = _count(text)
    stat.raw += chars
    stat.inline_raw += chars
    stat.inline_punct += punct


def _close(stat: Stat, el: Element) -> None:
    tag = tag_of(el)
    if tag == "a":
        stat.link = stat.raw
        stat.inline_link = stat.inline_raw
    if tag in BLOCK_TAGS:
        stat.mass += prose_weight(stat.inline_raw, stat.inline_link, stat.inline_punct)
        weight = 1.0 if stat.inline_punct else UNPUNCTUATED_WEIGHT
        stat.lmass += stat.inline_raw * weight


def _merge(parent: Stat, child: Stat, el: Element) -> None:
    parent.raw += child.raw
    parent.link += child.link
    parent.mass += child.mass
    parent.lmass += child.lmass
    parent.size += child.size
    if tag_of(el) not in BLOCK_TAGS:
        parent.inline_raw += child.inline_raw
        parent.inline_link += child.inline_link
        parent.inline_punct += child.inline_punct
