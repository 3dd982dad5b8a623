"""Date traps of session 7: one hand-written page per generic pattern, each with a twin that
must keep the other date.

Expected values are read off each snippet. A publication date declared in structured data
alone (JSON-LD or microdata) that the page never shows gives way to the update the page shows
by its headline, labelled ("Updated Jun 3, 2025") or not; the same date repeated in an Open
Graph `article:published_time`, or shown anywhere on the page, stands.
"""

from __future__ import annotations

import json

import articlekit
from harbour import HEADLINE, P1, P2, P3, P4

PARAS = "".join(f"<p>{p}</p>" for p in (P1, P2, P3, P4))
DECLARED = "2024-02-10T08:00:00+00:00"  # the publication date the page declares
UPDATED = "2025-06-03T09:30:00+00:00"  # the update it declares


def page(header: str = "", head: str = "", after: str = "") -> str:
    """A whole page: masthead, the article (headline, `header`, body, `after`), footer."""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{HEADLINE} | Island Gazette</title>{head}</head><body>"
        "<header class='masthead'><a href='/'>Island Gazette</a></header>"
        f"<main><article><h1>{HEADLINE}</h1>{header}"
        f"<div class='article-body'>{PARAS}</div>{after}</article></main>"
        "<footer><p>© Island Gazette.</p></footer></body></html>"
    )


def article_ld(published: str, modified: str | None = None) -> str:
    data = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": HEADLINE}
    data["datePublished"] = published
    if modified:
        data["dateModified"] = modified
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


OG_PUBLISHED = f"<meta property='article:published_time' content='{DECLARED}'>"
BYLINE_UPDATED = "<div class='byline'>By Jane Doe · Updated June 3, 2025</div>"
BYLINE_BARE = "<div class='byline'>By Jane Doe · June 3, 2025</div>"


def published(html: str) -> str | None:
    return (articlekit.extract(html).published or "")[:10] or None


def test_structured_only_date_gives_way_to_the_shown_update() -> None:
    html = page(header=BYLINE_UPDATED, head=article_ld(DECLARED, UPDATED))
    assert published(html) == "2025-06-03"


def test_open_graph_date_keeps_the_publication() -> None:
    # The same publication date declared twice: the site stands behind it.
    html = page(header=BYLINE_UPDATED, head=article_ld(DECLARED, UPDATED) + OG_PUBLISHED)
    assert published(html) == "2024-02-10"


def test_publication_shown_below_keeps_the_publication() -> None:
    after = "<p class='note'>First published on February 10, 2024.</p>"
    html = page(header=BYLINE_UPDATED, head=article_ld(DECLARED, UPDATED), after=after)
    assert published(html) == "2024-02-10"


def test_unlabelled_shown_update_dates_a_structured_only_page() -> None:
    # The byline shows the declared update's day without a label.
    html = page(header=BYLINE_BARE, head=article_ld(DECLARED, UPDATED))
    assert published(html) == "2025-06-03"


def test_unlabelled_shown_update_keeps_an_open_graph_date() -> None:
    html = page(header=BYLINE_BARE, head=article_ld(DECLARED, UPDATED) + OG_PUBLISHED)
    assert published(html) == "2024-02-10"


def test_microdata_only_date_gives_way_to_the_shown_update() -> None:
    header = (
        f"<meta itemprop='datePublished' content='{DECLARED}'>"
        f"<meta itemprop='dateModified' content='{UPDATED}'>{BYLINE_UPDATED}"
    )
    html = page(header=header).replace(
        "<article>", "<article itemscope itemtype='https://schema.org/Article'>"
    )
    assert published(html) == "2025-06-03"


def test_modified_stamp_never_shown_changes_nothing() -> None:
    # No update shown by the headline: the declared publication stands.
    html = page(head=article_ld(DECLARED, UPDATED))
    assert published(html) == "2024-02-10"
