"""Warm-up of a batch worker: the one-time costs of the first extraction, paid before any page.

The first `extract()` in a process compiles the chrome rules' regexes and builds their text
gates (a few tenths of a second). Paid inside the first page, that cost counts against the
page's time budget, so a small page could time out on a busy machine. `warm_up()` pays it once
per process: the forkserver runs it when it imports `articlekit.batch._preload` (its workers
fork already warm), and each worker's initializer calls it again, which does nothing there.
"""

from __future__ import annotations

# A small page that passes every stage (chrome rules of each tier, text gates, fields, blocks).
_PAGE = (
    "<html><head><title>Warm-up | Site</title></head><body>"
    "<nav class='menu'><a href='/'>Home</a></nav>"
    "<article><h1>Warm-up</h1><p class='byline'>By Ann Lee, 2 May 2024</p>"
    "<p>A first paragraph of plain prose that is long enough to count as the article body, "
    "with a few clauses, commas, and a full stop.</p>"
    "<figure><img src='a.jpg' alt=''><figcaption>A caption. Photo: Ann Lee</figcaption></figure>"
    "<div class='share-buttons'><a href='#'>Share</a></div>"
    "<p>Sign up for our newsletter</p></article>"
    "<aside class='related'><a href='/x'>Related story</a></aside></body></html>"
)
_warm = False


def warm_up() -> None:
    """Run one extraction so that later ones in this process start from compiled rules."""
    global _warm
    if _warm:
        return
    _warm = True
    try:
        from articlekit.api import extract

        extract(_PAGE)
    except Exception:  # a warm-up is an optimisation; a real page will show any real problem
        pass
