"""Blocks: the content root, minus chrome and the nodes fields consumed, as a list of Blocks.

One iterative walk. Headings, lists, tables, quotes, code and figures become blocks of their
own; everything else is paragraph text, split at block-element boundaries and at double line
breaks.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from articlekit.dom import (
    BLOCK_TAGS,
    HEADING_TAGS,
    SKIP_TAGS,
    Element,
    class_id,
    tag_of,
    text_of,
)
from articlekit.model import Block, Image
from articlekit.textnorm import clean

_CODE_CLASS = re.compile(r"code|highlight|language-|sourcecode|syntax|prettyprint|hljs")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
LINK_LINE_MAX_CHARS = 150
LINK_LINE_SHARE = 0.85
_LIST_TAGS = frozenset({"ul", "ol", "dl", "menu"})
_CELL_BLOCKS = frozenset({"p", "div", "table", "ul", "ol", "h2", "h3", "h4", "blockquote"})
LAYOUT_TABLE_BLOCKS = 3  # this many block elements directly in its cells: a layout table


class BlockBuilder:
    """Collects blocks from one content root in document order."""

    def __init__(
        self,
        skip: Callable[[Element], bool],
        figures: dict[Element, Image],
        keep_link_lines: bool = False,
    ) -> None:
        self.skip = skip
        self.figures = figures
        self.keep_link_lines = keep_link_lines
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.link_depth = 0
        self.link_chars = 0
        self.list_elements: dict[int, Element] = {}  # id() of a list block -> its element

    def build(self, root: Element) -> list[Block]:
        """One iterwalk; the per-event work of `_start`, `_end`, `_tail` and `_add` is inlined
        (this runs on every element of the content root), the rare cases stay in methods."""
        walker = etree.iterwalk(root, events=("start", "end"))
        skip, figures, buffer = self.skip, self.figures, self.buffer  # _flush empties in place
        # An `excluding` test runs inline: `tag` is tag_of's, so default_skip is its skip kinds.
        excluded = getattr(skip, "excluded", None)
        first, second = excluded or ((), ())
        whole = _WHOLE_BLOCKS
        pruned: Element | None = None
        for event, el in walker:
            if pruned is not None:  # the "end" of a subtree handled whole at its start
                pruned = None
                text = el.tail  # (never the root's: the root is not pruned)
                if text:
                    self._add(text)
                continue
            tag = el.tag
            if tag.__class__ is not str or "}" in tag or not tag.islower():
                tag = tag_of(el)
            if event == "start":
                if el is root:
                    if self._start_root(root):
                        break
                    continue
                if (
                    (tag in SKIP_TAGS or not tag or el in first or el in second)
                    if excluded
                    else skip(el)
                ) or ((el in figures or tag in whole) and self._whole(el, tag)):
                    walker.skip_subtree()
                    pruned = el
                    continue
                if tag == "br":
                    buffer.append("\n")
                elif tag in BLOCK_TAGS:
                    if buffer:
                        self._flush()
                elif tag == "a":
                    self.link_depth += 1
                text = el.text
            else:
                if tag in BLOCK_TAGS and tag != "br":
                    if buffer:
                        self._flush()
                elif tag == "a" and self.link_depth:
                    self.link_depth -= 1
                if el is root:
                    continue
                text = el.tail
            if text:  # _add, inlined
                buffer.append(text)
                if self.link_depth:
                    self.link_chars += len(text.strip())
        self._flush()
        return self.blocks

    def _start_root(self, root: Element) -> bool:
        """The content root itself may be one whole block (a list, a table) or a paragraph."""
        handler = _WHOLE_BLOCKS.get(tag_of(root))
        if handler is not None:
            block = handler(root, self.skip)
            if block is not None:
                self.blocks.append(block)
                if block.kind == "list":
                    self.list_elements[id(block)] = root
            return True
        self._add(root.text)
        return False

    def _whole(self, el: Element, tag: str) -> bool:
        """True when the (not skipped) element's whole subtree is handled at its start: a
        figure, or a block of its own (a heading, a list, a data table, ...)."""
        if el in self.figures:
            self._flush()
            self.blocks.append(Block("figure", image=self.figures[el]))
            return True
        handler = _WHOLE_BLOCKS.get(tag)
        if handler is not None and (tag != "table" or _data_table(el)):
            self._flush()
            block = handler(el, self.skip)
            if block is not None:
                self.blocks.append(block)
                if block.kind == "list":
                    self.list_elements[id(block)] = el
            return True
        return False

    def _add(self, text: str | None) -> None:
        if text:
            self.buffer.append(text)
            if self.link_depth:
                self.link_chars += len(text.strip())

    def _flush(self) -> None:
        buffer = self.buffer
        if not buffer:
            return
        text = "".join(buffer)
        buffer.clear()  # in place: `build` holds the list
        link_chars, self.link_chars = self.link_chars, 0
        if text.isspace():  # the white space between two blocks: no paragraph
            return
        if not self.keep_link_lines and _link_line(text, link_chars):
            return
        for part in _PARAGRAPH_BREAK.split(text) if "\n" in text else (text,):
            cleaned = clean(part)
            if cleaned:
                self.blocks.append(Block("paragraph", text=cleaned))


def _data_table(table: Element) -> bool:
    """A table to keep as a table block: it has rows, and is not a layout table."""
    return bool(_own_rows(table)) and not _layout_table(table)


def _layout_table(table: Element) -> bool:
    """A table used for page layout: its own cells hold paragraphs, divs or tables. Only this
    table's rows and cells are looked at (not nested tables'), so nested tables stay linear."""
    blocks = 0
    for row in _own_rows(table):
        for cell in row:
            if tag_of(cell) not in ("td", "th"):
                continue
            for child in cell:
                if tag_of(child) in _CELL_BLOCKS:
                    blocks += 1
                    if blocks >= LAYOUT_TABLE_BLOCKS:
                        return True
    return False


def _own_rows(table: Element) -> list[Element]:
    rows: list[Element] = []
    for child in table:
        tag = tag_of(child)
        if tag == "tr":
            rows.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            rows.extend(c for c in child if tag_of(c) == "tr")
    return rows


def _link_line(text: str, link_chars: int) -> bool:
    """A short paragraph made of links alone ("Back to top", "« More news"): navigation."""
    chars = len(text.strip())
    return 0 < chars <= LINK_LINE_MAX_CHARS and link_chars >= LINK_LINE_SHARE * chars


def links_only(el: Element, block: Block) -> bool:
    """Whether list block `block`, built from `el`, is (almost) all link text: a list of links."""
    chars = sum(len(item) for item in block.items)
    links = sum(len(text_of(a, skip=None)) for a in el.iter("a"))
    return links >= LINK_LINE_SHARE * chars


def _heading(el: Element, skip: Callable[[Element], bool]) -> Block | None:
    text = _text(el, skip)
    return Block("heading", text=text, level=int(tag_of(el)[1])) if text else None


def _list(el: Element, skip: Callable[[Element], bool]) -> Block | None:
    items = []
    for child in _items_of(el, skip):
        if tag_of(child) in ("li", "dt", "dd") and not skip(child):
            text = _text(child, skip)
            if text:
                items.append(text)
    if not items:
        return None
    return Block("list", items=tuple(items), ordered=tag_of(el) == "ol")


def _items_of(el: Element, skip: Callable[[Element], bool]) -> list[Element]:
    """A list's items; a <dl> may wrap each dt/dd group in a <div> (HTML allows it)."""
    if tag_of(el) != "dl":
        return list(el)
    items: list[Element] = []
    for child in el:
        if tag_of(child) != "div":
            items.append(child)
        elif not skip(child):
            items.extend(child)
    return items


def _quote(el: Element, skip: Callable[[Element], bool]) -> Block | None:
    text = _text(el, skip)
    return Block("quote", text=text) if text else None


def _pre(el: Element, skip: Callable[[Element], bool]) -> Block | None:
    text = "".join(el.itertext()).strip("\n")
    if not text.strip():
        return None
    codeish = _CODE_CLASS.search(class_id(el)) or (len(el) == 1 and tag_of(el[0]) == "code")
    return Block("code" if codeish else "preformatted", text=text)


def _table(el: Element, skip: Callable[[Element], bool]) -> Block | None:
    rows: list[tuple[str, ...]] = []
    header = False
    for tr in _own_rows(el):
        if skip(tr):
            continue
        cells = [c for c in tr if tag_of(c) in ("td", "th")]
        row = tuple(_text(c, skip) for c in cells)
        if any(row):
            if not rows:
                header = all(tag_of(c) == "th" for c in cells) or tag_of(tr.getparent()) == "thead"
            rows.append(row)
    if not rows:
        return None
    return Block("table", rows=tuple(rows), header=header)


def _text(el: Element, skip: Callable[[Element], bool]) -> str:
    return text_of(el, skip=skip)


_WHOLE_BLOCKS: dict[str, Callable[[Element, Callable[[Element], bool]], Block | None]] = {
    **{h: _heading for h in HEADING_TAGS},
    **{t: _list for t in _LIST_TAGS},
    "blockquote": _quote,
    "pre": _pre,
    "table": _table,
}


def build_blocks(
    root: Element,
    skip: Callable[[Element], bool],
    figures: dict[Element, Image],
    keep_link_lines: bool = False,
    list_elements: dict[int, Element] | None = None,
) -> list[Block]:
    """The blocks of the content root in document order. Paragraphs made of links alone are
    left out unless `keep_link_lines` (a page whose content is links). `list_elements`, when
    given, receives the element of each list block, by the block's id()."""
    builder = BlockBuilder(skip, figures, keep_link_lines)
    blocks = builder.build(root)
    if list_elements is not None:
        list_elements.update(builder.list_elements)
    return blocks
