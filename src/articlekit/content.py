"""Main-content selection: choose the element that holds the article among unmarked nodes.

Each element is scored by its prose mass minus a penalty for the other text it would drag in
(link lists, labels, short lines): score = mass - penalty * (raw - mass). The best-scoring
element wins; on a tie the deeper one does. `favor` sets the penalty. This finds a single
article body as well as the shared container of a forum thread's posts or a listing's items,
because climbing pays whenever the added prose outweighs the added clutter.
"""

from __future__ import annotations

from collections.abc import Callable

from articlekit.dom import Element, tag_of
from articlekit.measure import Stat
from articlekit.options import Favor

PENALTY: dict[str, float] = {"precision": 1.0, "balanced": 0.5, "recall": 0.2}
# Semantic markers of an article body: a tie-breaking bonus, a share of the element's own mass.
MARKER_BONUS = 0.15
# Below this much prose in the best element, the page is judged as a link page.
LINK_PAGE_MASS = 300.0
# On a page that declares one item (an article, a product), the content root steps down into
# its child that holds at least DESCEND_SHARE of its prose: the rest is the bylines, prices,
# teasers and widgets around the body, which the score lets in when punctuated like prose.
DESCEND_SHARE = 0.85
SIBLING_PROSE_MASS = 500.0  # a sibling with this much prose (an intro) stops the step
# A root above the page's one <main> element steps into it when it holds this share of the
# root's prose: what lies outside <main> is, by the page's own markup, not its main content
# (footers, mega-menus, shop widgets that no chrome rule caught).
MAIN_SHARE = 0.3
_MARKER_CLASSES = (
    "entry-content",
    "post-content",
    "article-body",
    "articlebody",
    "article-content",
    "story-body",
    "post-body",
    "content-body",
    "article__body",
    "story-content",
    "body-text",
    "article-text",
    "entry-body",
    "post-entry",
    "rich-text",
    "prose",
)


def score(mass: float, raw: int, penalty: float) -> float:
    """How well an element works as the content root."""
    return mass - penalty * (raw - mass)


def select_root(
    body: Element, stats: dict[Element, Stat], favor: Favor, one_item: bool = False
) -> Element:
    """The content root below (or equal to) `body`; `body` when nothing has any prose.

    A page whose best prose block is tiny (a link list, a job board, a table of links) is
    judged again with link text counted as text. On a page declaring one item (an article, a
    product) the root then steps down into a child holding nearly all of its prose (see
    DESCEND_SHARE)."""
    penalty = PENALTY[favor]
    best = _best(stats, lambda s: score(s.cmass, s.raw, penalty))
    if best is None or stats[best].mass < LINK_PAGE_MASS:
        fallback = _best(stats, lambda s: score(s.lmass, s.raw, penalty))
        best = fallback if fallback is not None else best
    if best is not None:
        best = _into_main(best, stats)
    if best is not None and one_item and favor != "recall":
        best = _descend(best, stats)
    return best if best is not None else body


def _descend(root: Element, stats: dict[Element, Stat]) -> Element:
    """Step down while one child holds (nearly) all of the element's prose (iterative: the
    page controls the depth)."""
    while True:
        stat = stats[root]
        kids = [(child, stats[child]) for child in root if child in stats]
        if not kids or stat.mass <= 0:
            return root
        child, kid = max(kids, key=lambda pair: pair[1].mass)
        if kid.mass < DESCEND_SHARE * stat.mass or _beside_prose(kids, child):
            return root
        root = child


def _into_main(root: Element, stats: dict[Element, Stat]) -> Element:
    """The page's single <main> below the root, when it holds MAIN_SHARE of the root's prose."""
    mains = [el for el in root.iter("main") if el is not root]
    if len(mains) != 1 or mains[0] not in stats:
        return root
    if stats[mains[0]].mass >= MAIN_SHARE * stats[root].mass:
        return mains[0]
    return root


def _best(stats: dict[Element, Stat], value: Callable[[Stat], float]) -> Element | None:
    best, best_score = None, 0.0
    # stats are filled in document order, parents before children; walk it backwards so
    # that children come first and a parent must beat them strictly.
    for el, stat in reversed(list(stats.items())):
        if stat.raw <= 0:
            continue
        result = value(stat) + _marker_bonus(el, stat)
        if result > best_score:
            best, best_score = el, result
    return best


def _beside_prose(kids: list[tuple[Element, Stat]], child: Element) -> bool:
    """A sibling holding real prose (an article's intro above its main section) keeps the root
    where it is; bylines, prices and buttons hold far less."""
    return any(el is not child and stat.mass >= SIBLING_PROSE_MASS for el, stat in kids)


def _marker_bonus(el: Element, stat: Stat) -> float:
    if tag_of(el) == "article" or el.get("itemprop") == "articleBody":
        return MARKER_BONUS * stat.mass
    cls = (el.get("class") or "").lower()
    if cls and any(marker in cls for marker in _MARKER_CLASSES):
        return MARKER_BONUS * stat.mass
    return 0.0
