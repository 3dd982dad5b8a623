"""No function of the library opens a connection: extract() and every to_*() run with sockets
replaced by tripwires, on a page full of things a careless extractor would fetch.

The tripwires record each call as well as raising, so a call swallowed by a broad `except`
somewhere still fails the test.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest

import articlekit

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<base href="https://static.example.org/base/">
<meta http-equiv="refresh" content="0; url=https://example.org/elsewhere">
<link rel="stylesheet" href="https://cdn.example.org/site.css">
<link rel="canonical" href="https://example.org/news/tripwire">
<link rel="preload" href="//fonts.example.net/font.woff2">
<script src="https://ads.example.com/tag.js"></script>
<meta property="og:image" content="https://img.example.org/og.jpg">
<title>Tripwire story | Example</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Tripwire story", "image": "https://img.example.org/ld.jpg",
 "author": {"@type": "Person", "name": "Ann Example", "url": "https://example.org/ann"}}</script>
</head><body>
<article>
<h1>Tripwire story</h1>
<figure><img src="photo.jpg" srcset="photo-2x.jpg 2x, https://img.example.org/p3.jpg 3x"
  alt="A photo"><figcaption>A caption. Photo: Someone/Agency</figcaption></figure>
<p>The first paragraph links to <a href="https://example.org/other">another story</a> and
to <a href="/relative/path">a relative one</a>, with enough words to be a real paragraph.</p>
<p>The second paragraph has an <img src="http://tracker.example.com/pixel.gif" width="1"
height="1"> inline pixel and an <iframe src="https://video.example.com/embed/1"></iframe>.</p>
<p style="background:url(https://img.example.org/bg.png)">A third paragraph with a styled
background image and a <object data="https://example.org/movie.swf"></object> plugin.</p>
<video src="https://video.example.com/v.mp4" poster="https://img.example.org/poster.jpg"></video>
</article>
<img src="https://img.example.org/lazy.jpg" loading="lazy" data-src="https://img.example.org/l2.jpg">
</body></html>"""


@pytest.fixture
def tripwires(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    calls: list[str] = []

    def tripwire(name: str) -> Any:
        def refuse(*args: object, **kwargs: object) -> None:
            calls.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise AssertionError(f"network access attempted: {name}")

        return refuse

    for name in ("connect", "connect_ex", "sendto", "sendall", "send"):
        monkeypatch.setattr(socket.socket, name, tripwire(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, tripwire(name))
    yield calls


def test_tripwires_fire(tripwires: list[str]) -> None:
    # The test must be able to fail: a real connection attempt is caught and recorded.
    with pytest.raises(AssertionError, match="network access attempted"):
        socket.create_connection(("example.org", 80), timeout=1)
    assert tripwires


@pytest.mark.parametrize("url", [None, "https://example.org/news/tripwire?from=feed"])
@pytest.mark.parametrize("kind", ["str", "bytes", "soup"])
def test_extract_and_renderers_open_no_socket(tripwires: list[str], url: str, kind: str) -> None:
    source: object = PAGE
    if kind == "bytes":
        source = PAGE.encode("utf-8")
    elif kind == "soup":
        bs4 = pytest.importorskip("bs4")
        source = bs4.BeautifulSoup(PAGE, "html.parser")
    article = articlekit.extract(source, url=url)
    outputs = [
        article.to_dict(),
        article.to_json(),
        article.to_text(),
        article.to_markdown(),
        article.to_html(),
    ]
    assert all(outputs[1:]) and "Tripwire" in outputs[1]
    assert tripwires == []
