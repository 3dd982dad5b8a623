"""Scaling benchmark: does extract() stay linear as pages grow, wide or deep?

Generated pages of 4k, 8k, 16k and 64k elements, in four shapes, each with the same realistic
article (written for this benchmark) mixed into the middle:

- flat:   teaser blocks side by side (a long listing or comment section);
- nested: the same blocks wrapped in runs of 20 nested divs (template-heavy markup);
- deep:   one chain of N nested elements (flattened by the parser past 256 levels);
- table:  rows of a big data table.

For each shape it prints the best time of a few runs and the growth per doubling of the
element count (a linear extractor shows ~2.0; the target is <= 2.3), next to a bare lxml parse
of the same page for scale (for "deep" that parse is meaningless: libxml2 gives up at 256
levels, and articlekit re-parses such pages through its flattening fallback). Then it times
a 20 MB page and a 100,000-deep page once.

    python benchmarks/scaling.py            # everything
    python benchmarks/scaling.py --quick    # 4k-16k only, no 20 MB page
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections.abc import Callable

import lxml.html

import articlekit
from articlekit import Options
from articlekit.ingest import load

SIZES = (4_000, 8_000, 16_000, 64_000)
TARGET = 2.3

ARTICLE = """<article><h1>Harbour ferry adds night crossings</h1>
<p class="dek">The service will run until 1 a.m. on weekends from next month.</p>
<p class="byline">By Tomas Reyes</p>
<figure><img src="/img/ferry.jpg" alt="The ferry at dusk"><figcaption>The ferry at dusk.
Photo: Ines Laval</figcaption></figure>
<p>The harbour ferry will add late crossings on Fridays and Saturdays, the transit office said on
Tuesday, after a trial in the summer drew more riders than the day service on some evenings.</p>
<p>Crews will be hired for the new shifts, and the last boat will wait up to ten minutes for a
delayed train at the north pier, a change riders had asked for in last year's survey.</p>
<h2>Fares stay the same</h2>
<p>Tickets keep their current prices; monthly passes are valid on the night crossings too.</p>
<ul><li>Fridays: every 30 minutes until 1 a.m.</li><li>Saturdays: every 30 minutes until
1 a.m.</li></ul>
<p>The office will review the service in spring and publish rider counts each quarter.</p>
</article>"""
ARTICLE_ELEMENTS = len(lxml.html.fragment_fromstring(ARTICLE).xpath("descendant-or-self::*"))


def _teaser(i: int) -> str:
    """Four elements of typical filler: a wrapper, a link, a heading-like span, a snippet."""
    return (
        f'<div class="teaser"><a href="/story/{i}"><span>Story number {i}</span></a>'
        f"<p>A short summary of story {i} with a handful of ordinary words.</p></div>"
    )


def _with_article(filler: list[str]) -> str:
    half = len(filler) // 2
    body = "".join(filler[:half]) + ARTICLE + "".join(filler[half:])
    return f"<!DOCTYPE html><html><head><title>Scaling</title></head><body>{body}</body></html>"


def flat_page(n: int) -> str:
    return _with_article([_teaser(i) for i in range((n - ARTICLE_ELEMENTS) // 4)])


def nested_page(n: int) -> str:
    runs, per_run = [], 20 + 4 * 20  # 20 wrappers, each holding one teaser
    for r in range(max(1, (n - ARTICLE_ELEMENTS) // per_run)):
        inner = "".join(f'<div class="wrap{d}">{_teaser(r * 20 + d)}' for d in range(20))
        runs.append(inner + "</div>" * 20)
    return _with_article(runs)


def deep_page(n: int) -> str:
    count = n - ARTICLE_ELEMENTS
    return _with_article(["<div><span>level</span>" * (count // 2) + "</div>" * (count // 2)])


def table_page(n: int) -> str:
    rows = "".join(
        f"<tr><td>{i}</td><td>item {i}</td><td>{i * 3}</td></tr>"
        for i in range((n - ARTICLE_ELEMENTS) // 4)
    )
    return _with_article([f"<table><tbody>{rows}</tbody></table>"])


SHAPES: dict[str, Callable[[int], str]] = {
    "flat": flat_page,
    "nested": nested_page,
    "deep": deep_page,
    "table": table_page,
}


def best_of(runs: int, func: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def count_elements(html: str) -> int:
    """Elements of the tree extract() works on (a bare lxml parse stops at 256 levels)."""
    return int(load(html, options=Options()).xpath("count(//*)"))


def scaling(sizes: tuple[int, ...]) -> bool:
    """Print the table for every shape; True when every doubling stays within TARGET."""
    ok = True
    print(f"{'shape':8} {'elements':>9} {'extract s':>10} {'lxml s':>8} {'per doubling':>13}")
    for shape, make in SHAPES.items():
        previous: tuple[int, float] | None = None
        for n in sizes:
            html = make(n)
            runs = 5 if n <= 16_000 else 2
            seconds = best_of(runs, lambda html=html: articlekit.extract(html))
            parse = best_of(runs, lambda html=html: lxml.html.document_fromstring(html))
            growth = ""
            if previous:
                doublings = math.log2(n / previous[0])
                per = (seconds / previous[1]) ** (1 / doublings)
                ok &= per <= TARGET
                growth = f"{per:.2f}" + ("" if per <= TARGET else "  over target")
            print(f"{shape:8} {count_elements(html):9,} {seconds:10.3f} {parse:8.3f} {growth:>13}")
            previous = (n, seconds)
    return ok


def big_pages(with_20mb: bool) -> None:
    if with_20mb:
        para = "<p>" + "An ordinary sentence of a long report, repeated to fill space. " * 8
        html = _with_article([para + "</p>"] * (20_000_000 // (len(para) + 4)))
        start = time.perf_counter()
        article = articlekit.extract(html.encode("utf-8"))
        seconds = time.perf_counter() - start
        size = len(html.encode())
        print(
            f"20 MB page ({size:,} bytes): {seconds:.2f} s, body {len(article.body):,} characters"
        )
    html = _with_article(["<div>x" * 100_000 + "</div>" * 100_000])
    start = time.perf_counter()
    article = articlekit.extract(html)
    seconds = time.perf_counter() - start
    print(f"100,000-deep page: {seconds:.2f} s, body {len(article.body):,} characters")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="4k-16k only, no 20 MB page")
    args = parser.parse_args()
    ok = scaling(SIZES[:3] if args.quick else SIZES)
    big_pages(with_20mb=not args.quick)
    print("linear: every doubling within", TARGET if ok else f"{TARGET}: NO")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
