"""Shared hand-written prose for the test pages: a local council story, four paragraphs long
enough to count as article text, and its headline; a harbour office's moorings page; and the
whole Island Gazette page the date tests dress with their own header, head and tail."""

from __future__ import annotations

import json

P1 = (
    "The council met on Tuesday evening to debate the new budget for the harbour district, "
    "and the discussion ran well past midnight as members argued over almost every line."
)
P2 = (
    "Residents who attended the session said the proposed cuts to the ferry service would "
    "leave many older people without a practical way to reach the hospital on the mainland."
)
P3 = (
    "After several hours the chair called a vote, and the amended plan passed by a narrow "
    "margin, with two members abstaining and promising to revisit the question in spring."
)
P4 = (
    "Shopkeepers on the quay were more relaxed, saying that the small rise in mooring fees "
    "was a price worth paying for the new lighting and the repaired sea wall by the market."
)
HEADLINE = "Harbour budget passes after a long night"

MOORINGS = [
    "The harbour office rents moorings by the month from April to October, and boats that stay "
    "through the winter move to the inner basin, where the ice breaker keeps a channel open.",
    "Owners book a mooring at the office on the quay or by post; the office answers within a "
    "week and sends a map of the berth with the harbour rules and the fuel dock hours.",
    "Visitors who arrive without a booking may tie up at the guest pontoon for two nights, "
    "and the harbour master assigns them a berth for longer stays when one is free.",
]


# Four times the four paragraphs, each with two inline elements: what follows the article then
# stands well beyond the few dozen elements after the headline where a date line is read.
GAZETTE_PARAS = "".join(
    f"<p>{p} <a href='/notes/{i}'>Notes</a> <b>Harbour</b></p>"
    for i, p in enumerate((P1, P2, P3, P4) * 4)
)


def gazette_page(header: str = "", head: str = "", after: str = "", tail: str = "") -> str:
    """A whole page: masthead, the article (headline, `header`, body, `after`), `tail` below
    the article, footer."""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{HEADLINE} | Island Gazette</title>{head}</head><body>"
        "<header class='masthead'><a href='/'>Island Gazette</a></header>"
        f"<main><article><h1>{HEADLINE}</h1>{header}"
        f"<div class='article-body'>{GAZETTE_PARAS}</div>{after}</article>{tail}</main>"
        "<footer><p>© Island Gazette.</p></footer></body></html>"
    )


def article_ld(published: str, modified: str | None = None) -> str:
    """A BlogPosting JSON-LD script for the gazette story with these dates."""
    data = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": HEADLINE}
    data["datePublished"] = published
    if modified:
        data["dateModified"] = modified
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"
