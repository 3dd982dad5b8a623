"""Markdown output: the article as CommonMark/GFM in which page text is never interpreted.

Owns the escaping of page text for Markdown and the layout of each block kind. The promise
(see docs/safety.md): every piece of page text comes out as literal text. No raw HTML is ever
emitted (a '<' in page text is always written '\\<'); link and image targets pass the shared
URL policy (`urls`) and are percent-encoded; code is fenced with a fence longer than any
backtick run inside it.
"""

from __future__ import annotations

import re

from articlekit.model import Article, Block, Image
from articlekit.render._common import (
    clean,
    credit_text,
    heading_level,
    heading_shift,
    lead_images,
    note_prefix,
    one_line,
    paragraphs,
)
from articlekit.render.urls import markdown_target

# Characters escaped wherever they are: they open emphasis, code, links, raw HTML, headings,
# table cells, strikethrough, or attribute lists of some Markdown dialects.
ALWAYS_ESCAPED = "\\`*_[]<>#|~{}"
# Characters escaped only at the start of a line, where they would open a list item, a
# setext underline, a definition or a thematic break.
LINE_START_ESCAPED = "-+=:"
# '!' needs no escape: it only matters before '[', and '[' is always escaped.

_ALWAYS = re.compile("([" + re.escape(ALWAYS_ESCAPED) + "])")
_LINE_START = re.compile("^([" + re.escape(LINE_START_ESCAPED) + "])")
_ORDERED_MARKER = re.compile(r"^(\d{1,9})([.)])")
# An '&' that starts something Markdown would decode as an entity reference.
_ENTITY_START = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_BACKTICK_RUN = re.compile(r"`+")

# Bullets used in turn, so that two lists in a row stay two lists.
_BULLETS = ("-", "*")
_ORDERED_DELIMITERS = (".", ")")


def escape_line(line: str) -> str:
    """One line of page text as Markdown that renders as exactly that text."""
    line = _ALWAYS.sub(r"\\\1", line.strip())
    line = _ENTITY_START.sub(r"\\&", line)
    line = _LINE_START.sub(r"\\\1", line)
    return _ORDERED_MARKER.sub(r"\1\\\2", line)


def escape_inline(text: str | None) -> str:
    """Page text on a single line (white space collapsed), escaped."""
    return escape_line(one_line(text))


def escape_paragraphs(text: str | None) -> list[list[str]]:
    """Page text as escaped lines, grouped in paragraphs."""
    return [[escape_line(line) for line in para] for para in paragraphs(text)]


def _join_paragraphs(paras: list[list[str]], prefix: str = "", blank: str = "") -> list[str]:
    """Lines of `paras` with `prefix` on each, `blank` between paragraphs."""
    out: list[str] = []
    for para in paras:
        if out:
            out.append(blank)
        out.extend(prefix + line for line in para)
    return out


def _heading(block: Block, shift: int) -> str:
    text = escape_inline(block.text)
    return f"{'#' * heading_level(block, shift)} {text}" if text else ""


def _paragraph(block: Block) -> str:
    return "\n".join(_join_paragraphs(escape_paragraphs(block.text)))


def _quote(block: Block) -> str:
    return "\n".join(_join_paragraphs(escape_paragraphs(block.text), "> ", ">"))


def _list(block: Block, variant: int) -> str:
    lines: list[str] = []
    number = 0
    for item in block.items:
        paras = escape_paragraphs(item)
        if not paras:
            continue
        number += 1
        delimiter = _ORDERED_DELIMITERS[variant]
        marker = f"{number}{delimiter}" if block.ordered else _BULLETS[variant]
        # Continuation lines are indented to the item's content so they stay in the item.
        body = _join_paragraphs(paras, " " * (len(marker) + 1))
        lines.append(marker + " " + body[0].lstrip())
        lines.extend(body[1:])
    return "\n".join(lines)


def _table_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(block: Block) -> str:
    rows = [[escape_inline(cell) for cell in row] for row in block.rows]
    width = max((len(row) for row in rows), default=0)
    if width == 0 or not any(any(row) for row in rows):
        return ""
    rows = [row + [""] * (width - len(row)) for row in rows]
    # GFM tables need a header row; without one in the page it is left empty.
    head, body = (rows[0], rows[1:]) if block.header else ([""] * width, rows)
    lines = [_table_row(head), _table_row(["---"] * width)]
    lines.extend(_table_row(row) for row in body)
    return "\n".join(lines)


def _code(block: Block) -> str:
    text = clean(block.text).strip("\n")
    if not text.strip():
        return ""
    longest = max((len(run) for run in _BACKTICK_RUN.findall(text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}\n{text}\n{fence}"


def _credit_line(image: Image) -> str:
    """ "_Caption_ (Credit: X)", "_Caption_ (Photo: X)", "_Caption_" or "Credit: X" (or ""):
    a credit that carries its own label is shown with it, as the page did."""
    caption = escape_inline(image.caption)
    shown = credit_text(image.credit) if image.credit else ""
    credit = escape_inline(shown)
    if caption and credit:
        return f"_{caption}_ {credit}" if shown.startswith("(") else f"_{caption}_ ({credit})"
    if caption:
        return f"_{caption}_"
    return credit


def _figure(image: Image | None) -> str:
    if image is None:
        return ""
    lines = []
    target = markdown_target(image.src, "src")
    if target:
        lines.append(f"![{escape_inline(image.alt)}]({target})")
    credit_line = _credit_line(image)
    if credit_line:
        lines.append(credit_line)
    return "\n".join(lines)


def _block(block: Block, shift: int, list_variant: int) -> str:
    """One block as Markdown ("" for a block with nothing to show)."""
    if block.kind == "heading":
        return _heading(block, shift)
    if block.kind == "list":
        return _list(block, list_variant)
    if block.kind == "quote":
        return _quote(block)
    if block.kind == "table":
        return _table(block)
    if block.kind in ("code", "preformatted"):
        return _code(block)
    if block.kind == "figure":
        return _figure(block.image)
    return _paragraph(block)


def _body(article: Article) -> list[str]:
    shift = heading_shift(article.blocks)
    out: list[str] = []
    previous: Block | None = None
    variant = 0
    for block in article.blocks:
        if block.kind == "list":
            # A list right after a list of the same type gets the other marker, else the two
            # would merge into one list.
            same = previous is not None and previous.ordered == block.ordered
            variant = 1 - variant if same else 0
        text = _block(block, shift, variant)
        if text:
            out.append(text)
            previous = block if block.kind == "list" else None
    return out


def _header(article: Article) -> list[str]:
    out: list[str] = []
    headline = escape_inline(article.headline)
    if headline:
        out.append(f"# {headline}")
    dek = escape_inline(article.dek)
    if dek:
        out.append(f"_{dek}_")
    meta = []
    authors = [a for a in map(escape_inline, article.authors) if a]
    if authors:
        meta.append("By " + ", ".join(authors))
    published = escape_inline(article.published)
    if published:
        meta.append(f"Published {published}")
    if meta:
        out.append(" · ".join(meta))
    return out


def _notes(article: Article) -> list[str]:
    out = []
    for note in article.update_notes:
        paras = escape_paragraphs(note.text)
        if not paras:
            continue
        lines = _join_paragraphs(paras, "> ", ">")
        label = note_prefix(note.kind, note.text)
        if label is not None:
            lines[0] = f"> **{label}:** {lines[0][2:]}"
        out.append("\n".join(lines))
    return out


def _footer(article: Article) -> list[str]:
    target = markdown_target(article.url, "href")
    return [f"Source: [{escape_inline(article.url)}]({target})"] if target else []


def render_markdown(article: Article) -> str:
    """The article as Markdown: header, notes, lead images, body blocks, source link."""
    parts = _header(article) + _notes(article)
    parts += [fig for fig in map(_figure, lead_images(article)) if fig]
    parts += _body(article) + _footer(article)
    return "\n\n".join(parts) + "\n" if parts else ""
