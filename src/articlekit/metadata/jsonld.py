"""JSON-LD: lenient parsing of `application/ld+json` scripts and the page's main entity.

Pages ship broken JSON-LD often (trailing commas, HTML comments or CDATA around it, raw control
characters, `\\'` escapes, several objects in one script), so parsing is best effort and never
raises. Entities are gathered from top-level values, arrays, `@graph` and nested
`mainEntity`/`mainEntityOfPage`, without recursion; `{"@id": …}` references are resolved against
the gathered entities. The main entity is the best Article-like one, with WebPage as fallback.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from articlekit.textnorm import clean

MAX_SCRIPT_CHARS = 2_000_000  # a script larger than this is a data dump, not page metadata
MAX_ENTITIES = 2_000

# Types whose instance is an article (any type ending in "Article" counts too).
ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "opinionnewsarticle",
        "analysisnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "techarticle",
        "scholarlyarticle", "report", "liveblogposting", "socialmediaposting",
        "discussionforumposting", "apireference", "satiricalarticle",
    }
)  # fmt: skip
# Other creative works that can be a page's main content.
WORK_TYPES = frozenset(
    {"recipe", "review", "howto", "videoobject", "podcastepisode", "creativework", "question"}
)
# The page itself: its dates and authors are the page's when no article entity has them.
PAGE_TYPES = frozenset(
    {
        "webpage", "itempage", "aboutpage", "collectionpage", "profilepage", "qapage",
        "faqpage", "contactpage", "medicalwebpage", "searchresultspage",
    }
)  # fmt: skip

_WRAPPERS = re.compile(r"<!--|-->|<!\[CDATA\[|\]\]>|^\s*//[^\n]*$", re.M)
_REPAIR = re.compile(r'"(?:[^"\\]|\\.)*"|,(?=\s*[}\]])', re.S)
_BAD_ESCAPE = re.compile(r'\\([^"\\/bfnrtu])')
_TAGS = re.compile(r"<[^>]{0,500}>")
_DECODER = json.JSONDecoder(strict=False)  # strict=False: raw control characters in strings


@dataclass(slots=True)
class Graph:
    """All entities of a page's JSON-LD scripts, in document order, and an @id index."""

    entities: list[dict[str, Any]] = field(default_factory=list)
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)

    def resolve(self, value: Any) -> Any:
        """A `{"@id": …}` reference -> the entity it names (the value itself otherwise)."""
        if isinstance(value, dict) and "@id" in value and len(value) <= 2:
            ref = value.get("@id")
            if isinstance(ref, str) and ref in self.by_id:
                return self.by_id[ref]
        return value


def loads_lenient(text: str) -> list[Any]:
    """Every JSON value in one script's text, repairing what can be repaired; [] if nothing."""
    if not text or len(text) > MAX_SCRIPT_CHARS:
        return []
    text = _WRAPPERS.sub("", text).strip()
    if not text:
        return []
    values, complete = _decode_all(text)
    if complete:
        return values
    repaired, _ = _decode_all(_REPAIR.sub(_repair_token, text))
    return repaired if len(repaired) > len(values) else values


def build_graph(scripts: Iterable[str]) -> Graph:
    """Parse every script and gather its entities."""
    graph = Graph()
    for text in scripts:
        _gather(loads_lenient(text), graph)
        if len(graph.entities) >= MAX_ENTITIES:
            break
    return graph


def types_of(entity: dict[str, Any]) -> list[str]:
    """The entity's @type values, lower-cased, vocabulary prefixes removed."""
    raw = entity.get("@type")
    items = raw if isinstance(raw, list) else [raw]
    out = []
    for item in items:
        if isinstance(item, str) and item:
            out.append(re.split(r"[/:#]", item.strip())[-1].lower())
    return out


def tier(entity: dict[str, Any]) -> int:
    """3 for an article, 2 for another creative work, 1 for a web page, 0 for anything else."""
    kinds = types_of(entity)
    if any(t in ARTICLE_TYPES or t.endswith("article") for t in kinds):
        return 3
    if any(t in WORK_TYPES for t in kinds):
        return 2
    return 1 if any(t in PAGE_TYPES for t in kinds) else 0


def main_entity(graph: Graph, page_url: str | None) -> dict[str, Any] | None:
    """The entity the page is about: the best tier, then one whose URL is the page's, then one
    with a headline and a date, then the first."""
    best: tuple[int, int, int, int] | None = None
    chosen = None
    for index, entity in enumerate(graph.entities):
        rank = tier(entity)
        if rank == 0:
            continue
        key = (
            rank,
            int(page_url is not None and _same_url(entity_url(graph, entity), page_url)),
            int(bool(text(entity.get("headline") or entity.get("name"))))
            + int(bool(entity.get("datePublished"))),
            -index,
        )
        if best is None or key > best:
            best, chosen = key, entity
    return chosen


def page_entities(graph: Graph) -> list[dict[str, Any]]:
    """The WebPage-like entities: fallbacks for fields the main entity lacks."""
    return [e for e in graph.entities if tier(e) == 1]


def text(value: Any) -> str:
    """A JSON-LD text value as clean text: first of a list, `@value` of an object, entities and
    tags removed (publishers often HTML-escape their JSON-LD strings)."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, (str, dict))), None)
    if isinstance(value, dict):
        value = value.get("@value")
    if not isinstance(value, str):
        return ""
    if "&" in value:
        value = html.unescape(value)
    if "<" in value:
        value = _TAGS.sub(" ", value)
    return clean(value)


def entity_url(graph: Graph, entity: dict[str, Any]) -> str:
    """The entity's own URL: `url`, else the `@id`/URL of `mainEntityOfPage`."""
    url = text(entity.get("url"))
    if url:
        return url
    page = graph.resolve(entity.get("mainEntityOfPage"))
    if isinstance(page, dict):
        return text(page.get("@id")) or text(page.get("url"))
    return text(page)


def _gather(values: list[Any], graph: Graph) -> None:
    """Entities from arrays, @graph and mainEntity/mainEntityOfPage, parents before children."""
    stack: list[Any] = list(reversed(values))
    seen: set[int] = set()
    while stack and len(graph.entities) < MAX_ENTITIES:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(reversed(value))
            continue
        if not isinstance(value, dict) or id(value) in seen:
            continue
        seen.add(id(value))
        if "@type" in value:
            graph.entities.append(value)
            ref = value.get("@id")
            if isinstance(ref, str):
                graph.by_id.setdefault(ref, value)
        for key in ("mainEntityOfPage", "mainEntity", "@graph"):
            child = value.get(key)
            if isinstance(child, (list, dict)):
                stack.append(child)


def _decode_all(text: str) -> tuple[list[Any], bool]:
    """Values decoded one after another ("{…}{…}", "[…];"), and whether all of the text was."""
    values: list[Any] = []
    pos, end = 0, len(text)
    while pos < end:
        while pos < end and text[pos] in " \t\r\n;,":
            pos += 1
        if pos >= end:
            break
        try:
            value, pos = _DECODER.raw_decode(text, pos)
        except (ValueError, RecursionError):
            return values, False
        values.append(value)
    return values, True


def _repair_token(m: re.Match[str]) -> str:
    """Fix one token: drop a trailing comma; turn invalid escapes like `\\'` into the character."""
    token = m.group(0)
    if token.startswith('"'):
        return _BAD_ESCAPE.sub(r"\1", token)
    return ""


def _same_url(a: str, b: str) -> bool:
    def norm(u: str) -> str:
        u = u.split("#", 1)[0].split("?", 1)[0].rstrip("/").lower()
        return u.split("://", 1)[-1].removeprefix("www.")

    return bool(a) and norm(a) == norm(b)
