"""Property tests: whatever the input, extract() returns an Article or raises ExtractionError.

Inputs: arbitrary bytes, arbitrary text, HTML-like strings from a small grammar of tags,
attributes, text, entities, comments and broken markup, deep nesting, and a realistic page cut
at random offsets. Also: the same input always gives the same Article, and every renderer
accepts every Article that comes out.

Runs are modest by default. `HYPOTHESIS_PROFILE=long` gives each property many more examples
(about a minute for the whole module).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import articlekit
from articlekit import Article, ExtractionError, Options
from articlekit.ingest import load
from articlekit.ingest.parse import DEPTH_CEILING

LONG = os.environ.get("HYPOTHESIS_PROFILE") == "long"
LONG_FACTOR = 12  # measured: 60–90 s for the module on one core (a "60-second run")


def budget(examples: int) -> settings:
    """Settings for one property: `examples` by default, LONG_FACTOR times more when long."""
    return settings(
        max_examples=examples * LONG_FACTOR if LONG else examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def outcome(source: object) -> Article | ExtractionError:
    """The Article, or the ExtractionError; any other exception fails the property."""
    try:
        article = articlekit.extract(source)
    except ExtractionError as error:
        assert str(error) and "\n" not in str(error)
        return error
    assert isinstance(article, Article)
    for render in (article.to_dict, article.to_json, article.to_text, article.to_markdown):
        render()
    html = article.to_html()
    assert "<script" not in html.lower()
    return article


# --- a small grammar of HTML-like text -----------------------------------------------------------

TAGS = [
    "html", "head", "body", "title", "meta", "div", "p", "span", "a", "b", "i", "h1", "h2", "ul",
    "ol", "li", "table", "tr", "td", "th", "img", "br", "figure", "figcaption", "article",
    "section", "nav", "header", "footer", "aside", "script", "style", "noscript", "iframe",
    "form", "input", "blockquote", "pre", "code", "time", "svg", "template", "select", "option",
]  # fmt: skip
ATTRS = [
    "class", "id", "href", "src", "alt", "style", "hidden", "itemprop", "property", "content",
    "charset", "rel", "srcset", "datetime", "role", "aria-hidden", "onclick", "data-x", "lang",
]  # fmt: skip
WORDS = st.sampled_from(
    ["the", "news", "Update:", "By", "Jane Doe", "Photo:", "©", "café", "日本", "&amp;", "&nbsp;",
     "&#0;", "&bogus;", "<", ">", "\x00", "\u200b", "\ufffd", "\ud800", "javascript:alert(1)",
     "2024-05-01", "\n\n", "   "]
)  # fmt: skip
TEXT = st.one_of(st.lists(WORDS, max_size=8).map(" ".join), st.text(max_size=30))
ATTRIBUTE = st.builds(
    lambda name, value, quote: (
        f" {name}={quote}{value.replace(quote, '')}{quote}" if quote else f" {name}"
    ),
    st.sampled_from(ATTRS),
    TEXT,
    st.sampled_from(['"', "'", ""]),
)


def _element(tag: str, attrs: list[str], children: list[str], close: bool) -> str:
    return f"<{tag}{''.join(attrs)}>{''.join(children)}" + (f"</{tag}>" if close else "")


NOISE = st.sampled_from(
    ["<!-- c -->", "<!--", "-->", "<!DOCTYPE html>", "</div>", "</p></p>", "<?xml version='1.0'?>",
     "<![CDATA[x]]>", "<", "</", "<a href='", "<p <p>", "&", "<meta charset='koi8-r'>"]
)  # fmt: skip
NODES = st.recursive(
    st.one_of(TEXT, NOISE),
    lambda children: st.builds(
        _element,
        st.sampled_from(TAGS),
        st.lists(ATTRIBUTE, max_size=3),
        st.lists(children, max_size=5),
        st.booleans(),
    ),
    max_leaves=40,
)
HTMLISH = st.lists(NODES, min_size=1, max_size=6).map("".join)


@budget(150)
@given(st.binary(max_size=3000))
def test_arbitrary_bytes(data: bytes) -> None:
    outcome(data)


@budget(100)
@given(st.text(max_size=2000))
def test_arbitrary_text(text: str) -> None:
    outcome(text)


@budget(150)
@given(HTMLISH)
def test_html_like_strings(html: str) -> None:
    outcome(html)


@budget(60)
@given(HTMLISH, st.sampled_from(["utf-8", "utf-16", "cp1252", "shift_jis", "koi8_r"]))
def test_html_like_bytes_in_any_encoding(html: str, codec: str) -> None:
    outcome(html.encode(codec, "replace"))


@budget(60)
@given(HTMLISH)
def test_same_input_same_article(html: str) -> None:
    first, second = outcome(html), outcome(html)
    if isinstance(first, Article):
        assert first == second
        assert first.to_json() == second.to_json()
    else:
        assert type(first) is type(second) and str(first) == str(second)


@budget(40)
@given(
    st.lists(st.sampled_from(["div", "span", "b", "td", "table", "p", "li", "a"]), min_size=1),
    st.integers(min_value=1, max_value=4000),
    st.booleans(),
)
def test_deep_nesting(tags: list[str], depth: int, close: bool) -> None:
    opening = "".join(f"<{tags[i % len(tags)]}>w{i} " for i in range(depth))
    closing = "".join(f"</{tags[i % len(tags)]}>" for i in reversed(range(depth))) if close else ""
    html = f"<html><body>{opening}END{closing}</body></html>"
    root = load(html, options=Options())
    stack, deepest = [(root, iter(root), 1)], 1
    while stack:
        child = next(stack[-1][1], None)
        if child is None:
            stack.pop()
            continue
        deepest = max(deepest, stack[-1][2] + 1)
        stack.append((child, iter(child), stack[-1][2] + 1))
    assert deepest <= DEPTH_CEILING
    assert "END" in root.text_content()
    assert isinstance(outcome(html), Article)


# --- a realistic page cut anywhere ---------------------------------------------------------------

REALISTIC = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Brückenbau am Fluss verzögert sich | Stadtbote</title>
<meta name="description" content="Die neue Brücke wird später fertig.">
<meta property="og:site_name" content="Stadtbote">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Brückenbau am Fluss
verzögert sich", "datePublished": "2023-11-02T08:30:00+01:00",
"author": [{"@type": "Person", "name": "Lena Vogt"}]}</script>
<style>.nav{display:flex}</style></head>
<body><header><nav><a href="/">Start</a> <a href="/politik">Politik</a>
<a href="/kultur">Kultur</a></nav></header>
<main><article>
<p class="kicker">Stadt</p>
<h1>Brückenbau am Fluss verzögert sich</h1>
<p class="dek">Die Stadt rechnet nun mit einer Eröffnung im Frühjahr – ein halbes Jahr später.</p>
<p class="byline">Von Lena Vogt · <time datetime="2023-11-02">2. November 2023</time></p>
<figure><img src="/img/bruecke.jpg" alt="Baustelle an der Brücke">
<figcaption>Die Baustelle im Oktober. Foto: Max Ebert</figcaption></figure>
<p>Die Arbeiten an der neuen Fußgängerbrücke dauern länger als geplant. Nach Angaben des
Bauamts fehlen noch Stahlträger, deren Lieferung sich wegen eines Engpasses verzögert hat.</p>
<h2>Was sich für Pendler ändert</h2>
<p>Bis zur Eröffnung bleibt die Umleitung über die Hafenstraße bestehen. Radfahrer sollen
den ausgeschilderten Weg am Ufer nutzen, der im Winter beleuchtet wird.</p>
<ul><li>Umleitung bis März</li><li>Fähre fährt alle 20 Minuten</li></ul>
<blockquote>„Wir bitten um Geduld“, sagte die Baudezernentin.</blockquote>
<p>Die Kosten steigen nach ersten Schätzungen um rund 1,2 Millionen Euro.</p>
<p class="update">Aktualisiert am 3. November: Die Fähre fährt nun auch am Wochenende.</p>
</article>
<aside><h3>Mehr aus der Stadt</h3><ul><li><a href="/a">Neuer Spielplatz eröffnet</a></li>
<li><a href="/b">Markt zieht um</a></li></ul></aside>
<div class="newsletter">Abonnieren Sie unseren Newsletter! <input type="email"></div>
</main><footer>© Stadtbote · <a href="/impressum">Impressum</a></footer>
<script>window.dataLayer=[];</script></body></html>"""
REALISTIC_BYTES = REALISTIC.encode("utf-8")


@budget(120)
@given(st.integers(min_value=0, max_value=len(REALISTIC_BYTES)))
def test_realistic_page_truncated_anywhere(offset: int) -> None:
    result = outcome(REALISTIC_BYTES[:offset])
    if offset > REALISTIC_BYTES.index(b"<body>"):
        assert isinstance(result, Article)  # a cut page is still a page


@budget(60)
@given(st.integers(min_value=0, max_value=len(REALISTIC_BYTES)), st.binary(max_size=200))
def test_realistic_page_with_garbage_spliced_in(offset: int, garbage: bytes) -> None:
    outcome(REALISTIC_BYTES[:offset] + garbage + REALISTIC_BYTES[offset:])


def test_realistic_page_is_read_in_full() -> None:
    # The property tests above need the page to be a sane article when whole.
    article = outcome(REALISTIC_BYTES)
    assert isinstance(article, Article)
    assert "Stahlträger" in article.body
