"""The per-page working state that the stages share: the tree, what metadata said, what was
marked as chrome, the chosen content root, and the nodes that fields have taken.

Stages read the tree; they never change it. Positions give document order in O(1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml import etree

from articlekit.chrome import Marks
from articlekit.dom import Element, is_hidden, last_element
from articlekit.measure import Stat
from articlekit.metadata import Metadata
from articlekit.options import Options


@dataclass
class Page:
    """Everything known about one page while it is being extracted."""

    root: Element
    body: Element
    meta: Metadata
    options: Options
    base_url: str | None = None
    position: dict[Element, int] = field(default_factory=dict)
    order: list[Element] = field(default_factory=list)
    marks: Marks = field(default_factory=Marks)
    stats: dict[Element, Stat] = field(default_factory=dict)
    content: Element | None = None
    headline_el: Element | None = None
    consumed: set[Element] = field(default_factory=set)
    _excluded: dict[Element, bool] = field(default_factory=dict, repr=False)
    _ends: dict[Element, int] = field(default_factory=dict, repr=False)  # `end_pos` memo

    def index(self) -> None:
        """Record every element's document position (one pass)."""
        # iter(etree.Element) leaves out comments and processing instructions, in C.
        self.order = list(self.root.iter(etree.Element))
        self.position = dict(zip(self.order, range(len(self.order)), strict=True))
        self._ends.clear()

    def window(self, el: Element, before: int, after: int) -> list[Element]:
        """The elements from `before` positions ahead of el to `after` positions past it."""
        at = self.pos(el)
        if at < 0:
            return []
        return self.order[max(0, at - before) : at + after + 1]

    def pos(self, el: Element) -> int:
        return self.position.get(el, -1)

    def end_pos(self, el: Element) -> int:
        """The position of the last element inside `el` (el itself when it has no element
        children). A trailing comment is no element and has no position: skipped. Remembered:
        the stages ask about the same containers again and again, and the tree is final."""
        end = self._ends.get(el)
        if end is None:
            end = self._ends[el] = self.position.get(last_element(el), -1)
        return end

    def absolute(self, link: str | None) -> str | None:
        """`link` resolved against the page's base URL (as is when there is none)."""
        if not link:
            return None
        link = link.strip()
        if not self.base_url:
            return link
        try:
            return urljoin(self.base_url, link)
        except ValueError:
            return link

    def excluded(self, el: Element, depth_limit: int = 200) -> bool:
        """True when el or an ancestor is marked chrome or hidden by its markup (memoised)."""
        path: list[Element] = []
        node: Element | None = el
        answer = False
        while node is not None and depth_limit:
            known = self._excluded.get(node)
            if known is not None:
                answer = known
                break
            path.append(node)
            if node in self.marks or is_hidden(node):
                answer = True
                break
            node = node.getparent()
            depth_limit -= 1
        for seen in path:
            self._excluded[seen] = answer
        return answer

    def inside(self, el: Element, container: Element) -> bool:
        """True when el is container or below it (by document positions)."""
        position = self.position
        return position.get(container, -1) <= position.get(el, -1) <= self.end_pos(container)
