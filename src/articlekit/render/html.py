"""HTML output: a standalone HTML5 document built from the article's fields and blocks.

Owns the allow-lists below and the tiny builder that enforces them. Nothing from the page's
markup is carried over: every element and attribute name is fixed by this module, every
piece of page text is escaped, every class value comes from `CLASSES`, and every URL passes
the shared URL policy (`urls.safe_url`). The promise is written down in docs/safety.md.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from articlekit.model import Article, Block, Image, Note
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
from articlekit.render.urls import html_target

# The only elements this renderer can emit.
ELEMENTS: frozenset[str] = frozenset(
    {
        "html", "head", "meta", "title", "body", "article", "header", "footer",
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "strong", "small", "time", "a",
        "aside", "ul", "ol", "li", "blockquote", "figure", "img", "figcaption",
        "table", "thead", "tbody", "tr", "th", "td", "pre", "code",
    }
)  # fmt: skip
VOID_ELEMENTS: frozenset[str] = frozenset({"meta", "img", "br"})
# The only attributes, per element ("*": any element).
ATTRIBUTES: dict[str, frozenset[str]] = {
    "*": frozenset({"class"}),
    "html": frozenset({"lang"}),
    "meta": frozenset({"charset", "http-equiv", "name", "content"}),
    "img": frozenset({"src", "alt"}),
    "a": frozenset({"href"}),
    "time": frozenset({"datetime"}),
}
# Attributes whose value is a URL, checked by `urls.safe_url` (which holds the schemes).
URL_ATTRIBUTES: frozenset[str] = frozenset({"href", "src"})
# Attributes whose value may only be one of these constants.
FIXED_VALUES: dict[str, frozenset[str]] = {
    "charset": frozenset({"utf-8"}),
    "http-equiv": frozenset({"Content-Security-Policy"}),
    "name": frozenset({"referrer", "viewport"}),
}
CLASSES: frozenset[str] = frozenset(
    {
        "dek", "byline", "dateline", "credit", "source", "lead",
        "note", "note-update", "note-correction", "note-editors_note", "note-other",
    }
)  # fmt: skip
NOTE_CLASSES: dict[str, str] = {
    "update": "note note-update",
    "correction": "note note-correction",
    "editors_note": "note note-editors_note",
}
# No scripts, no plugins, no forms, no <base>; images from the web only.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src http: https:; style-src 'unsafe-inline'; "
    "base-uri 'none'; form-action 'none'"
)

_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
_DATETIME = re.compile(
    r"^\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$"
)


class Markup(str):
    """A fragment built by `element`: inserted as is. Any other `str` child is page text."""


Child = Markup | str | None


def _check_attribute(tag: str, name: str, value: str) -> None:
    """Refuse (ValueError) an attribute the allow-lists do not grant; a bug, not page data."""
    if name not in ATTRIBUTES["*"] and name not in ATTRIBUTES.get(tag, frozenset()):
        raise ValueError(f"attribute {name!r} not allowed on <{tag}>")
    if name in FIXED_VALUES and value not in FIXED_VALUES[name]:
        raise ValueError(f"value {value!r} not allowed for {name!r}")
    if name == "class" and not set(value.split()) <= CLASSES:
        raise ValueError(f"class {value!r} not allowed")


def element(tag: str, attrs: dict[str, str | None] | None = None, *children: Child) -> Markup:
    """`<tag attrs>children</tag>` through the allow-lists.

    Attributes whose value is None are left out; a URL attribute refused by the URL policy
    is left out too. `str` children are escaped, `Markup` children inserted as they are.
    """
    if tag not in ELEMENTS:
        raise ValueError(f"element <{tag}> not allowed")
    parts = [tag]
    for name, value in (attrs or {}).items():
        if value is None:
            continue
        if name in URL_ATTRIBUTES:
            value = html_target(value, name)
            if value is None:
                continue
        _check_attribute(tag, name, value)
        parts.append(f'{name}="{html.escape(clean(value), quote=True)}"')
    start = "<" + " ".join(parts) + ">"
    if tag in VOID_ELEMENTS:
        return Markup(start)
    return Markup(start + _content(children) + f"</{tag}>")


def _content(children: Iterable[Child]) -> str:
    out = []
    for child in children:
        if isinstance(child, Markup):
            out.append(child)
        elif child:
            out.append(html.escape(clean(child), quote=True))
    return "".join(out)


def _lines(lines: list[str]) -> list[Child]:
    """Lines of text with <br> between them."""
    out: list[Child] = []
    for line in lines:
        if out:
            out.append(element("br"))
        out.append(line)
    return out


def _paragraph_elements(
    text: str | None, attrs: dict[str, str | None] | None = None
) -> list[Markup]:
    return [element("p", attrs, *_lines(para)) for para in paragraphs(text)]


def _list_item(item: str) -> Markup | None:
    """One list item: its text inline, or as <p> elements when it has several paragraphs."""
    paras = paragraphs(item)
    if len(paras) == 1:
        return element("li", None, *_lines(paras[0]))
    return element("li", None, *(element("p", None, *_lines(p)) for p in paras)) if paras else None


def _list(block: Block) -> Markup | None:
    items = [li for li in map(_list_item, block.items) if li is not None]
    return element("ol" if block.ordered else "ul", None, *items) if items else None


def _table(block: Block) -> Markup | None:
    rows = [[one_line(cell) for cell in row] for row in block.rows]
    if not any(any(row) for row in rows):
        return None
    head = rows[0] if block.header else None
    body = rows[1:] if block.header else rows
    sections: list[Child] = []
    if head is not None:
        cells = [element("th", None, cell) for cell in head]
        sections.append(element("thead", None, element("tr", None, *cells)))
    trs = [element("tr", None, *(element("td", None, cell) for cell in row)) for row in body]
    if trs:
        sections.append(element("tbody", None, *trs))
    return element("table", None, *sections)


def _code(block: Block) -> Markup | None:
    text = clean(block.text).strip("\n")
    if not text.strip():
        return None
    if block.kind == "code":
        return element("pre", None, element("code", None, text))
    return element("pre", None, text)


def _figure(image: Image | None, attrs: dict[str, str | None] | None = None) -> Markup | None:
    if image is None:
        return None
    src = html_target(image.src, "src")
    caption, credit = one_line(image.caption), one_line(image.credit)
    parts: list[Child] = []
    if src:
        parts.append(element("img", {"src": src, "alt": one_line(image.alt)}))
    if caption or credit:
        small = element("small", {"class": "credit"}, credit_text(credit)) if credit else None
        parts.append(element("figcaption", None, caption, " " if caption and small else "", small))
    return element("figure", attrs, *parts) if parts else None


def _block(block: Block, shift: int) -> list[Markup]:
    """One block as elements (none for a block with nothing to show)."""
    if block.kind == "heading":
        text = one_line(block.text)
        return [element(f"h{heading_level(block, shift)}", None, text)] if text else []
    if block.kind == "quote":
        paras = _paragraph_elements(block.text)
        return [element("blockquote", None, *paras)] if paras else []
    if block.kind == "list":
        built = _list(block)
    elif block.kind == "table":
        built = _table(block)
    elif block.kind in ("code", "preformatted"):
        built = _code(block)
    elif block.kind == "figure":
        built = _figure(block.image)
    else:
        return _paragraph_elements(block.text)
    return [built] if built is not None else []


def _note(note: Note) -> Markup | None:
    paras = paragraphs(note.text)
    if not paras:
        return None
    prefix = note_prefix(note.kind, note.text)
    lead: list[Child] = [] if prefix is None else [element("strong", None, f"{prefix}:"), " "]
    first = element("p", None, *lead, *_lines(paras[0]))
    rest = [element("p", None, *_lines(p)) for p in paras[1:]]
    css = NOTE_CLASSES.get(note.kind, "note note-other")
    return element("aside", {"class": css}, first, *rest)


def _header(article: Article) -> Markup | None:
    parts: list[Child] = []
    headline = one_line(article.headline)
    if headline:
        parts.append(element("h1", None, headline))
    parts.extend(_paragraph_elements(one_line(article.dek), {"class": "dek"}))
    authors = [a for a in map(one_line, article.authors) if a]
    if authors:
        parts.append(element("p", {"class": "byline"}, "By " + ", ".join(authors)))
    published = one_line(article.published)
    if published:
        stamp = published if _DATETIME.match(published) else None
        parts.append(
            element("p", {"class": "dateline"}, element("time", {"datetime": stamp}, published))
        )
    parts.extend(n for n in map(_note, article.update_notes) if n is not None)
    return element("header", None, Markup("\n"), *_newlines(parts)) if parts else None


def _footer(article: Article) -> Markup | None:
    href = html_target(article.url, "href")
    if href is None:
        return None
    link = element("a", {"href": href}, one_line(article.url))
    return element("footer", None, element("p", {"class": "source"}, "Source: ", link))


def _head(article: Article) -> Markup:
    title = one_line(article.headline) or one_line(article.site_name) or "Article"
    csp = {"http-equiv": "Content-Security-Policy", "content": CONTENT_SECURITY_POLICY}
    viewport = {"name": "viewport", "content": "width=device-width, initial-scale=1"}
    parts: list[Child] = [
        element("meta", {"charset": "utf-8"}),
        element("meta", csp),
        element("meta", {"name": "referrer", "content": "no-referrer"}),
        element("meta", viewport),
        element("title", None, title),
    ]
    return element("head", None, Markup("\n"), *_newlines(parts))


def _language(article: Article) -> str | None:
    lang = (article.language or "").strip().replace("_", "-")
    return lang if _LANGUAGE.match(lang) else None


def render_html(article: Article) -> str:
    """The article as a standalone, script-free HTML5 document."""
    shift = heading_shift(article.blocks)
    parts: list[Child] = [_header(article)]
    parts += [_figure(img, {"class": "lead"}) for img in lead_images(article)]
    for block in article.blocks:
        parts += _block(block, shift)
    parts.append(_footer(article))
    article_element = element("article", None, Markup("\n"), *_newlines(parts))
    body = element("body", None, Markup("\n"), article_element, Markup("\n"))
    head = _head(article)
    doc = element("html", {"lang": _language(article)}, Markup("\n"), head, Markup("\n"), body)
    return "<!DOCTYPE html>\n" + doc + "\n"


def _newlines(parts: list[Child]) -> list[Child]:
    """Fragments with a newline after each, so the source reads one block a line."""
    out: list[Child] = []
    for part in parts:
        if part:
            out += [part, Markup("\n")]
    return out
