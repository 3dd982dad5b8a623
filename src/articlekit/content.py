"""Main-content selection: choose the element that holds the article among unmarked nodes.

Each element is scored by its prose mass minus a penalty for the other text it would drag in
(link lists, labels, short lines): score = mass - penalty * (raw - mass). The best-scoring
element wins; on a tie the deeper one does. `favor` sets the penalty. This finds a single
article body as well as the shared container of a forum thread's posts or a listing's items,
because climbing pays whenever the added prose outweighs the added clutter.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from articlekit.dom import BLOCK_TAGS, Element, tag_of
from articlekit.measure import Stat
from articlekit.metadata.dates import date_spans, strip_labels
from articlekit.model import Block
from articlekit.options import Favor
from articlekit.render.text import block_text
from articlekit.rules.chrome import (
    BEFORE_HEADLINE,
    LINK_ROW,
    STRAY_LINES,
    TRAILING_HEADING,
    TRAILING_LINK_LIST,
)
from articlekit.rules.tail import (
    CLOSING_BYLINE,
    DEVICE_SIGNATURE,
    PHONE_LINE,
    PLACEHOLDER_LINE,
    REFERENCE_HEADING,
)

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
# On a page declaring one article, a root that holds the headline's own <article> (or schema.org
# Article item) steps into it when that element holds at least ARTICLE_SHARE of the root's
# prose: what lies beside it (a live-news column, a most-read rail, comments) is by the page's
# own markup not this article, however much prose it holds.
ARTICLE_SHARE = 0.25
PEER_MIN_MASS = 100.0  # a sibling of the article element with this much prose may be its peer
_ARTICLE_ITEMTYPE = re.compile(r"(?:article|posting)$", re.IGNORECASE)
# A page that ships its content twice (a copy for another screen size, a <noscript> fallback, a
# site builder's invisible variant) repeats whole runs of blocks in order. A run of at least
# REPEAT_MIN_RUN blocks and REPEAT_MIN_CHARS characters that copies an earlier run goes, when
# such copies hold REPEAT_SHARE of the body's text. Scattered repeats (one caption under several
# webcam shots, a price line per item, a summary line before its section) are the page's own.
REPEAT_SHARE = 0.1
REPEAT_MIN_RUN = 3
REPEAT_MIN_CHARS = 400
# A shorter run copied right after its original (a slide's text, then the same slide for the
# other screen size) is an echo of it when it holds ECHO_MIN_CHARS and each of its blocks is
# on the page exactly twice (a block repeated three times is the page's own pattern).
ECHO_MIN_CHARS = 100
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
    body: Element,
    stats: dict[Element, Stat],
    favor: Favor,
    one_item: bool = False,
    headline: Element | None = None,
) -> Element:
    """The content root below (or equal to) `body`; `body` when nothing has any prose.

    A page whose best prose block is tiny (a link list, a job board, a table of links) is
    judged again with link text counted as text. On a page declaring one item (an article, a
    product) the root then steps down into a child holding nearly all of its prose (see
    DESCEND_SHARE)."""
    penalty = PENALTY[favor]
    best = _best(stats, penalty)
    if best is None or stats[best].mass < LINK_PAGE_MASS:
        fallback = _best(stats, penalty, link_text=True)
        best = fallback if fallback is not None else best
    if best is not None:
        best = _into_main(best, stats)
    if best is not None and one_item and favor != "recall":
        if headline is not None:
            best = _into_article(best, stats, headline)
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


def _into_article(root: Element, stats: dict[Element, Stat], headline: Element) -> Element:
    """The outermost article element between the root and the headline, when it holds
    ARTICLE_SHARE of the root's prose and what lies beside it is not more of the same (see
    `_has_peer`); the root otherwise."""
    if root not in stats:
        return root
    floor = max(ARTICLE_SHARE * stats[root].mass, LINK_PAGE_MASS)
    found = None
    for ancestor in headline.iterancestors():
        if ancestor is root:
            break
        stat = stats.get(ancestor)
        if stat is not None and stat.mass >= floor and _is_article_element(ancestor):
            found = ancestor
    else:
        return root  # the headline is outside the root
    if found is None:
        found = _declared_body(root, stats, floor)
    if found is None or _has_peer(found, stats):
        return root
    return found


def _declared_body(root: Element, stats: dict[Element, Stat], floor: float) -> Element | None:
    """The root's one schema.org article item or articleBody (outside the headline's branch),
    when there is exactly one outermost such element and it holds `floor` of prose."""
    marked = [
        el
        for el in root.iter()
        if el.get("itemprop") == "articleBody"
        or (el.get("itemtype") and _ARTICLE_ITEMTYPE.search(el.get("itemtype", "").rstrip("/")))
    ]
    outermost = [el for el in marked if not any(a in marked for a in el.iterancestors())]
    if len(outermost) != 1 or outermost[0] is root:
        return None
    stat = stats.get(outermost[0])
    return outermost[0] if stat is not None and stat.mass >= floor else None


def _has_peer(el: Element, stats: dict[Element, Stat]) -> bool:
    """True when a sibling of `el` holds prose and looks like it (a class in common, or the same
    tag where one has no class): the next post of a thread, the next section of a long page.
    An <aside>, or a column beside the one holding the article, is side matter."""
    parent = el.getparent()
    if parent is None:
        return False
    mine = set((el.get("class") or "").split())
    for sibling in parent:
        stat = stats.get(sibling)
        if sibling is el or stat is None or stat.mass < PEER_MIN_MASS:
            continue
        if tag_of(sibling) == "aside" or sibling.get("role") == "complementary":
            continue
        theirs = set((sibling.get("class") or "").split())
        if mine & theirs if mine and theirs else tag_of(sibling) == tag_of(el):
            return True
    return False


def _is_article_element(el: Element) -> bool:
    if tag_of(el) == "article":
        return True
    itemtype = el.get("itemtype")
    return bool(itemtype) and _ARTICLE_ITEMTYPE.search(itemtype.rstrip("/")) is not None


def _into_main(root: Element, stats: dict[Element, Stat]) -> Element:
    """The page's single <main> below the root, when it holds MAIN_SHARE of the root's prose."""
    mains = [el for el in root.iter("main") if el is not root]
    if len(mains) != 1 or mains[0] not in stats:
        return root
    if stats[mains[0]].mass >= MAIN_SHARE * stats[root].mass:
        return mains[0]
    return root


def _best(stats: dict[Element, Stat], penalty: float, link_text: bool = False) -> Element | None:
    """The element of the best `score` of its cmass (of its lmass with `link_text`: link text
    counted as text), computed inline: this runs on every measured element."""
    best, best_score = None, 0.0
    # stats are filled in document order, parents before children; walk it backwards so
    # that children come first and a parent must beat them strictly.
    for el, stat in reversed(stats.items()):
        raw = stat.raw
        if raw <= 0:
            continue
        mass = stat.lmass if link_text else stat.cmass
        result = mass - penalty * (raw - mass)  # score(mass, raw, penalty)
        # The marker bonus is 0 or MARKER_BONUS * mass: look for the markers only where the
        # bonus would make this element the best.
        if result + MARKER_BONUS * stat.mass > best_score:
            result += _marker_bonus(el, stat)
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


def drop_repeats(blocks: list[Block]) -> list[Block]:
    """The blocks without the later copies of repeated runs, when the page repeats a run of its
    content (see REPEAT_SHARE); the blocks unchanged otherwise. Runs are found among the text
    blocks; a repeated figure inside a dropped run goes with it."""
    keys = [_repeat_key(block) for block in blocks]
    texts = [i for i, key in enumerate(keys) if isinstance(key, str)]
    first: dict[object, int] = {}
    copy_of: dict[int, int] = {}  # position in `texts` of a repeat -> position of its original
    for pos, i in enumerate(texts):
        if keys[i] in first:
            copy_of[pos] = first[keys[i]]
        else:
            first[keys[i]] = pos
    drop: set[int] = set()
    counts = Counter(keys[i] for i in texts)
    for run in _copied_runs(copy_of):
        chars = sum(len(keys[texts[pos]]) for pos in run)  # type: ignore[arg-type]
        long_run = len(run) >= REPEAT_MIN_RUN and chars >= REPEAT_MIN_CHARS
        echo = (
            len(run) >= 2
            and chars >= ECHO_MIN_CHARS
            and run[0] - copy_of[run[-1]] == 1
            and all(counts[keys[texts[pos]]] == 2 for pos in run)
        )
        if long_run or echo:
            drop.update(texts[pos] for pos in run)
            start = texts[run[0] - 1] + 1 if run[0] else 0  # figures just before the run too
            drop.update(_repeated_figures(keys, start, texts[run[-1]]))
    total = sum(len(keys[i]) for i in texts)  # type: ignore[arg-type]
    dropped = sum(len(k) for i in drop if isinstance(k := keys[i], str))
    if not drop or dropped < REPEAT_SHARE * total:
        return blocks
    return [block for i, block in enumerate(blocks) if i not in drop]


def _copied_runs(copy_of: dict[int, int]) -> list[list[int]]:
    """Runs of repeated blocks that copy a run of earlier blocks in order (block i+1 repeats
    a block after the one block i repeats; one stray block may sit between)."""
    runs: list[list[int]] = []
    for pos in sorted(copy_of):
        run = runs[-1] if runs else None
        if run is not None and copy_of[pos] > copy_of[run[-1]] and pos - run[-1] <= 2:
            run.append(pos)
        else:
            runs.append([pos])
    return runs


def _repeated_figures(keys: list[object], start: int, end: int) -> list[int]:
    """The figures between `start` and `end` whose image appeared earlier."""
    seen = {key for key in keys[:start] if isinstance(key, tuple)}
    return [i for i in range(start, end + 1) if isinstance(keys[i], tuple) and keys[i] in seen]


def _repeat_key(block: Block) -> object:
    """What makes two blocks the same: their text (case and spacing aside), or a figure's image."""
    if block.kind == "figure":
        src = block.image.src if block.image is not None else None
        return ("figure", src) if src else None
    text = _collapsed(block_text(block)).lower()  # what the block adds to the body
    return text or None


def _collapsed(text: str) -> str:
    """`" ".join(text.split())`, without splitting a text that is so already (a builder's block
    text is): one whose only white space is single spaces inside it. Every white space
    character but the space is unprintable, so `isprintable` rules them out in one C pass."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


TRAILING_HEADING_RULE = TRAILING_HEADING.name
# A body ending in a heading drops it when it has at least this many text blocks before it.
TRAILING_HEADING_MIN_BLOCKS = 3


def drop_trailing_heading(blocks: list[Block]) -> tuple[list[Block], Block | None]:
    """The blocks without a heading that ends the body with no text under it, and that heading.
    A heading introduces what follows it; one that ends the body introduces something chrome
    removal took (a call to action's form, a newsletter box, a share bar): that chrome's
    leftover. A run of headings at the end (the titles of teaser cards, a list of sections)
    stays: those are text of their own, and so is a heading in a short body."""
    if len(blocks) < 2 or blocks[-1].kind != "heading" or blocks[-2].kind == "heading":
        return blocks, None
    texts = sum(1 for block in blocks[:-1] if block.kind != "figure")
    if texts < TRAILING_HEADING_MIN_BLOCKS:
        return blocks, None
    return blocks[:-1], blocks[-1]


TRAILING_LINK_LIST_RULE = TRAILING_LINK_LIST.name


def drop_trailing_link_list(
    blocks: list[Block], link_list: Callable[[Block], bool]
) -> tuple[list[Block], list[Block]]:
    """The blocks without a closing heading and the list of links under it, and those two.
    A list of links under its own heading at the very end of the body (tags, related searches,
    site tools) points away from the page; a reference list ("See also", REFERENCE_HEADING)
    is the body's own, and so is a list with text of its own, and a short body's list.
    `link_list` tells a list of links alone; it is asked about the last block only."""
    if len(blocks) < 2 + TRAILING_HEADING_MIN_BLOCKS:
        return blocks, []
    heading, last = blocks[-2], blocks[-1]
    if heading.kind != "heading" or last.kind != "list" or blocks[-3].kind == "heading":
        return blocks, []
    if REFERENCE_HEADING.match(heading.text) or not link_list(last):
        return blocks, []
    return blocks[:-2], [heading, last]


LINK_ROW_RULE = LINK_ROW.name
# A row of links: a paragraph of at least LINK_ROW_MIN_LINKS links (or two after a label such
# as "Related searches:") with nothing between them but separators, at most LINK_ROW_MAX_CHARS.
LINK_ROW_MIN_LINKS = 3
LINK_ROW_MAX_CHARS = 300
LINK_ROW_LABEL_MAX = 40
LINK_ROW_MAX_NODES = 60
LINK_ROW_DEPTH = 4  # inline wrappers between a link and its row
_ROW_TAGS = frozenset({"p", "div", "center", "dd", "td"})
_ROW_LABEL = re.compile(rf"^([^:：]{{1,{LINK_ROW_LABEL_MAX}}})[:：]\s*$")
_ROW_SEPARATORS = re.compile(r"[\s|/·•・»«›‹>\-–—_~*]*")
_ROW_SEPARATOR = re.compile(r"[|/·•・»«›‹>\-–—_~*]")


def link_rows(root: Element, skip: Callable[[Element], bool]) -> list[Element]:
    """The rows of links below `root` (see LINK_ROW_MIN_LINKS): site links, breadcrumbs and
    related searches written as one line of text ("Home -- Search -- Authors", "Related
    searches: Boats | Fish"). A reference line ("Sources: A | B") is the text's own. Only the
    elements that hold two links or more are looked at: they are found from the links."""
    counts: dict[Element, int] = {}
    for link in root.iter("a"):
        for holder in _row_holders(link, root):
            counts[holder] = counts.get(holder, 0) + 1
    rows = [el for el, n in counts.items() if n >= 2 and not skip(el) and _link_row(el)]
    found = set(rows)  # a row inside another row is part of it
    return [el for el in rows if not any(anc in found for anc in el.iterancestors())]


def _row_holders(link: Element, root: Element) -> list[Element]:
    """The elements around `link` that may be its row: its inline wrappers (a span of links)
    up to the nearest paragraph or cell, below root; none past another block."""
    holders: list[Element] = []
    for depth, anc in enumerate(link.iterancestors()):
        if anc is root or depth >= LINK_ROW_DEPTH:
            break
        tag = tag_of(anc)
        if tag in _ROW_TAGS:
            holders.append(anc)
            break
        if tag in BLOCK_TAGS:
            break  # a list item, a heading: not a line of running text
        if tag == "span":
            holders.append(anc)
    return holders


def _link_row(el: Element) -> bool:
    """True when el's text is links and separators alone (after an optional short label)."""
    parts = _row_parts(el)
    if parts is None:
        return False
    links, chars, lead, rest = parts
    label = _ROW_LABEL.match(lead)
    if label is not None:
        if REFERENCE_HEADING.match(label.group(1)):
            return False
        lead = ""
    between = lead + rest
    if chars > LINK_ROW_MAX_CHARS or not _ROW_SEPARATORS.fullmatch(between):
        return False
    if _ROW_SEPARATOR.search(between) is None:
        return False  # no separator: links one per line, or words side by side
    return links >= LINK_ROW_MIN_LINKS or (label is not None and links >= 2)


def _row_parts(el: Element) -> tuple[int, int, str, str] | None:
    """(links, characters, text before the first link, other text outside links) of an
    element made of inline elements alone; None when it holds a block or under two links."""
    links, seen = 0, 0
    lead: list[str] = [el.text or ""]
    rest: list[str] = []
    # (node, inside a link, tail only): a node's tail is read after its children
    stack: list[tuple[Element, bool, bool]] = [(child, False, False) for child in reversed(el)]
    while stack:
        node, in_link, tail_only = stack.pop()
        if tail_only:
            if not in_link and node.tail:
                (rest if links else lead).append(node.tail)
            continue
        seen += 1
        tag = tag_of(node)
        if tag == "":  # a comment: only its tail is text
            stack.append((node, in_link, True))
            continue
        if tag in BLOCK_TAGS or seen > LINK_ROW_MAX_NODES:
            return None
        if tag == "a" and not in_link:
            links += 1
        linked = in_link or tag == "a"
        if not linked and node.text:
            (rest if links else lead).append(node.text)
        stack.append((node, in_link, True))
        stack.extend((child, linked, False) for child in reversed(node))
    if links < 2:
        return None
    chars = len(" ".join(el.text_content().split()))
    return links, chars, "".join(lead), "".join(rest)


STRAY_LINES_RULE = STRAY_LINES.name
STRAY_LINE_MAX_CHARS = 140
_LINE_KINDS = ("paragraph", "heading")
# More placeholders than this on one page stand for the items of a list a script fills: the
# list's own slots, left as they are.
PLACEHOLDER_MAX_COUNT = 2
CLOSING_BYLINE_MAX_CHARS = 90
# The body's first paragraph goes when it holds dates and date labels alone, up to this long.
DATE_LINE_MAX_CHARS = 60
_WORD = re.compile(r"\w")


def drop_stray_lines(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """The blocks without the paragraphs that are a widget's leftover line (a "Loading..."
    placeholder, a post's "Sent from my phone using an app", a byline as the last block),
    and those paragraphs."""
    placeholders: list[int] = []
    drop: set[int] = set()
    for i, block in enumerate(blocks):
        if block.kind not in _LINE_KINDS or len(block.text) > STRAY_LINE_MAX_CHARS:
            continue
        if PHONE_LINE.match(block.text):
            drop.add(i)  # a heading too: a contact box titled by its number
        elif block.kind != "paragraph":
            continue
        elif PLACEHOLDER_LINE.match(block.text):
            placeholders.append(i)
        elif DEVICE_SIGNATURE.match(block.text):
            drop.add(i)
    if len(placeholders) <= PLACEHOLDER_MAX_COUNT:
        drop.update(placeholders)
    last = len(blocks) - 1
    if last > 0 and _closing_byline(blocks[last]):
        drop.add(last)
    if last > 0 and _date_line(blocks[0]):
        drop.add(0)
    if not drop:
        return blocks, []
    return [b for i, b in enumerate(blocks) if i not in drop], [blocks[i] for i in sorted(drop)]


def _date_line(block: Block) -> bool:
    """A short paragraph of dates and date labels alone ("15 Dec, 2025", "Updated on July 9,
    2025"): the dateline above the text, which the date fields have read."""
    text = block.text
    if block.kind != "paragraph" or len(text) > DATE_LINE_MAX_CHARS:
        return False
    spans = date_spans(text)
    if not spans:
        return False
    rest, end = [], 0
    for start, stop in spans:
        rest.append(text[end:start])
        end = stop
    rest.append(text[end:])
    return _WORD.search(strip_labels(" ".join(rest))) is None


def _closing_byline(block: Block) -> bool:
    """A short last paragraph that is a byline ("Written by Jo Banks")."""
    return (
        block.kind == "paragraph"
        and len(block.text) <= CLOSING_BYLINE_MAX_CHARS
        and CLOSING_BYLINE.match(block.text) is not None
    )


BEFORE_HEADLINE_RULE = BEFORE_HEADLINE.name
# What the content root holds before the headline, at most this many visible characters (white
# space aside), is a label left above it (the site's or section's name, a banner line): the
# page's own text starts at its headline. More than that is an intro or a gallery: it stays.
BEFORE_HEADLINE_MAX_CHARS = 170


def before_headline(
    content: Element,
    headline: Element | None,
    stats: dict[Element, Stat],
    skip: Callable[[Element], bool],
) -> list[Element]:
    """The elements of `content` that come before `headline` in document order (not its
    ancestors), when they hold at most BEFORE_HEADLINE_MAX_CHARS visible characters all
    together; else none. Only the siblings along the headline's ancestor chain are read."""
    if headline is None or headline is content:
        return []
    chain: list[Element] = [headline]
    for anc in headline.iterancestors():
        if anc is content:
            break
        chain.append(anc)
    else:
        return []  # the headline lies outside the content root
    found: list[Element] = []
    chars = 0
    for el in chain:
        for sib in el.itersiblings(preceding=True):
            stat = stats.get(sib)
            if stat is None or not stat.raw or skip(sib):
                continue  # markup without text, chrome, a field's node (the kicker)
            chars += stat.raw
            if chars > BEFORE_HEADLINE_MAX_CHARS:
                return []
            found.append(sib)
    return found
