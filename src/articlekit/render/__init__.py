"""The renderers: an `Article` as plain text, as escaped Markdown and as a safe HTML document.

Every renderer reads only the finished `Article` (never the parsed page). `text` also owns
`body_from_blocks`, the one rule that turns blocks into `Article.body`. The safety promise of
the Markdown and HTML output is written down in `docs/safety.md`; the URL policy both share
lives in `urls`.
"""

from articlekit.render.html import render_html
from articlekit.render.markdown import render_markdown
from articlekit.render.text import body_from_blocks, render_text

__all__ = ["body_from_blocks", "render_html", "render_markdown", "render_text"]
