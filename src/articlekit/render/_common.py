"""Small pieces shared by the renderers: text cleaning, heading levels, note labels, lead images."""

from __future__ import annotations

import re

from articlekit.fields.figcues import CREDIT_LABELLED
from articlekit.model import Article, Block, Image

# Characters that have no place in a text document: C0 controls other than tab and newline,
# DEL, C1 controls, lone surrogates and the Unicode noncharacters. HTML parsers report them as
# errors and XML tools refuse them, so every renderer drops them from page text.
_NONCHARACTERS = "".join(
    chr(plane + low) for plane in range(0, 0x110000, 0x10000) for low in (0xFFFE, 0xFFFF)
)
_UNWANTED = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef" + re.escape(_NONCHARACTERS) + "]"
)
# Vertical tab and form feed become plain spaces; CR and CRLF become LF.
_ODD_SPACE = re.compile("[\x0b\x0c]")
_NEWLINES = re.compile(r"\r\n?")
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


def credit_text(credit: str) -> str:
    """A credit line for display: as the page showed it when it carries its own label
    ("Photo: Ann", "(Ann/AP)", "© Ann"), else with a "Credit: " label."""
    if CREDIT_LABELLED.match(credit) or credit.startswith("("):
        return credit
    return f"Credit: {credit}"


NOTE_LABELS: dict[str, str] = {
    "update": "Update",
    "correction": "Correction",
    "editors_note": "Editor's note",
}
DEFAULT_NOTE_LABEL = "Note"
# Heading level of a body heading that states none.
DEFAULT_HEADING_LEVEL = 2


def clean(text: str | None) -> str:
    """`text` without unwanted characters, with LF line ends; "" for None."""
    if not text:
        return ""
    text = _NEWLINES.sub("\n", text)
    return _UNWANTED.sub("", _ODD_SPACE.sub(" ", text))


def one_line(text: str | None) -> str:
    """`text` cleaned, its white space runs (newlines included) collapsed to single spaces."""
    return " ".join(clean(text).split())


def paragraphs(text: str | None) -> list[list[str]]:
    """`text` cleaned and cut into paragraphs (at blank lines), each a list of stripped lines."""
    out: list[list[str]] = []
    for chunk in _BLANK_LINES.split(clean(text)):
        lines = [" ".join(line.split()) for line in chunk.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            out.append(lines)
    return out


def heading_shift(blocks: tuple[Block, ...]) -> int:
    """1 when some body heading is level 1 (the headline's level), else 0.

    Shifting every heading down by one keeps their hierarchy while leaving level 1 to the
    headline; a body whose headings start at h2 is left as it is.
    """
    levels = (b.level for b in blocks if b.kind == "heading" and b.level is not None)
    return 1 if any(level <= 1 for level in levels) else 0


def heading_level(block: Block, shift: int) -> int:
    """The level (2..6) to render a body heading at."""
    level = block.level if block.level is not None else DEFAULT_HEADING_LEVEL
    return min(6, max(2, level + shift))


def note_label(kind: str) -> str:
    """The label shown before a note of `kind`."""
    return NOTE_LABELS.get(kind, DEFAULT_NOTE_LABEL)


def note_prefix(kind: str, text: str) -> str | None:
    """The label to show before a note, or None when the note's own text already starts with
    it (extracted notes keep their label: "Update 5/19:", "Correction:")."""
    label = note_label(kind)
    first = text.lstrip(" *_(").casefold().replace("’", "'")
    if first.startswith(label.casefold().replace("’", "'")):
        return None
    return label


def lead_images(article: Article) -> list[Image]:
    """The article's images that no figure block shows (a lead image above the body, say).

    They are rendered after the header so that no image of the article is lost.
    """
    shown = [b.image for b in article.blocks if b.kind == "figure" and b.image is not None]
    shown_srcs = {img.src for img in shown if img.src}
    return [
        img
        for img in article.images
        if img not in shown and not (img.src and img.src in shown_srcs)
    ]
