"""The result types: frozen dataclasses for the article and its parts.

This module owns the public schema. `to_dict()` uses exactly the field names of SPEC §1, and
every renderer reads only these objects, never the parsed tree.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any, Literal

NoteKind = Literal["update", "correction", "editors_note"]
BlockKind = Literal[
    "heading", "paragraph", "list", "quote", "figure", "table", "code", "preformatted"
]


@dataclass(frozen=True, slots=True)
class Note:
    """A visible editorial note about the article: an update, a correction or an editor's note."""

    kind: NoteKind
    text: str


@dataclass(frozen=True, slots=True)
class Image:
    """One of the article's own images. `credit` is the credit line as shown beside the caption,
    label included ("Photo: Jane Roe"); `Article.image_credits` lists credits without labels."""

    src: str | None
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None


@dataclass(frozen=True, slots=True)
class Block:
    """One piece of the body.

    - heading: `text`, `level` (1-6)
    - paragraph, quote, code, preformatted: `text`
    - list: `items` (and `ordered`)
    - table: `rows` (first row is the header when `header` is true)
    - figure: `image` (with its caption and credit)
    """

    kind: BlockKind
    text: str = ""
    level: int | None = None
    items: tuple[str, ...] = ()
    ordered: bool = False
    rows: tuple[tuple[str, ...], ...] = ()
    header: bool = False
    image: Image | None = None

    def to_dict(self) -> dict[str, Any]:
        """The block as a dict holding only the keys that its kind uses."""
        out: dict[str, Any] = {"kind": self.kind}
        if self.kind == "heading":
            out.update(text=self.text, level=self.level)
        elif self.kind == "list":
            out.update(items=list(self.items), ordered=self.ordered)
        elif self.kind == "table":
            out.update(rows=[list(r) for r in self.rows], header=self.header)
        elif self.kind == "figure":
            out["image"] = _plain(self.image) if self.image else None
        else:
            out["text"] = self.text
        return out


@dataclass(frozen=True, slots=True)
class Removal:
    """One entry of the audit trail: which chrome rule fired and a sample of what it removed."""

    rule: str
    sample: str


@dataclass(frozen=True, slots=True)
class Article:
    """The extracted article. Empty fields mean the page does not show them."""

    headline: str | None = None
    dek: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None
    section: str | None = None
    site_name: str | None = None
    language: str | None = None
    url: str | None = None
    tags: tuple[str, ...] = ()
    update_notes: tuple[Note, ...] = ()
    images: tuple[Image, ...] = ()
    image_credits: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = ()
    body: str = ""
    removed: tuple[Removal, ...] = field(default=(), compare=True)

    @property
    def update_note(self) -> str | None:
        """The first editorial note's text, or None."""
        return self.update_notes[0].text if self.update_notes else None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with exactly the SPEC field names."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "blocks":
                out[f.name] = [b.to_dict() for b in value]
            elif isinstance(value, tuple):
                out[f.name] = [_plain(v) for v in value]
            else:
                out[f.name] = value
        return out

    def to_json(self, *, indent: int | None = 2) -> str:
        """`to_dict()` as JSON (UTF-8 text, not ASCII-escaped)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_text(self) -> str:
        """Headline, dek and body as plain text."""
        from articlekit.render.text import render_text

        return render_text(self)

    def to_markdown(self) -> str:
        """The article as escaped Markdown, never holding raw HTML."""
        from articlekit.render.markdown import render_markdown

        return render_markdown(self)

    def to_html(self) -> str:
        """A clean standalone HTML document built from the blocks through an allow-list."""
        from articlekit.render.html import render_html

        return render_html(self)


def _plain(value: Any) -> Any:
    """Note/Image/Removal -> dict of their own field names; other values unchanged."""
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: getattr(value, f.name) for f in fields(value)}
    return value
