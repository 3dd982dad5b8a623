"""Plain text: `body_from_blocks` (the rule that builds `Article.body`) and `render_text`.

The body is the blocks joined by one blank line: headings, paragraphs and quotes as their
text; list items one per line (no bullets); table rows one per line with cells joined by
" | "; code and preformatted text as they are. Figures are left out: captions and credits
live in `Article.images`.
"""

from __future__ import annotations

from collections.abc import Iterable

from articlekit.model import Article, Block

CELL_SEPARATOR = " | "
BLOCK_SEPARATOR = "\n\n"


def _row_text(row: Iterable[str]) -> str:
    """One table row on one line; "" when every cell is empty."""
    cells = [" ".join(cell.split()) for cell in row]
    return CELL_SEPARATOR.join(cells) if any(cells) else ""


def block_text(block: Block) -> str:
    """The plain text of one block ("" when it adds nothing to the body)."""
    if block.kind == "figure":
        return ""
    if block.kind == "list":
        return "\n".join(item.strip() for item in block.items if item.strip())
    if block.kind == "table":
        return "\n".join(line for line in map(_row_text, block.rows) if line)
    if block.kind in ("code", "preformatted"):
        # Kept as is (indentation matters); only blank lines around it are dropped.
        return block.text.strip("\n") if block.text.strip() else ""
    return block.text.strip()


def body_from_blocks(blocks: Iterable[Block]) -> str:
    """`Article.body`: the text of the blocks, joined by one blank line."""
    return BLOCK_SEPARATOR.join(text for text in map(block_text, blocks) if text)


def render_text(article: Article) -> str:
    """Headline, dek and body, separated by blank lines, ending with one newline."""
    # The body keeps its leading indentation (a code block may open it); only newlines go.
    parts = [
        (article.headline or "").strip(),
        (article.dek or "").strip(),
        article.body.strip("\n"),
    ]
    text = BLOCK_SEPARATOR.join(part for part in parts if part.strip())
    return text + "\n" if text else ""
