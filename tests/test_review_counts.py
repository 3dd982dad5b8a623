"""Count labels ("12 reviews", "3 comments") read by the comments rule's text pattern.

Inside a link card such a label is the card's rating count: the card stays. As the header of a
section under an article it still removes the comment section.

Every page is written by hand; the expected outcome follows from reading the page.
"""

from __future__ import annotations

import articlekit
from harbour import HEADLINE, P1, P2, P3, P4

PRODUCTS = (
    ("Oak garden bench with armrests", "12 reviews"),
    ("Folding teak deck chair", "7 reviews"),
    ("Cast iron fire pit bowl", "31 reviews"),
    ("Woven rattan hanging chair", "4 reviews"),
)
SHOP_INTRO = (
    "Our outdoor furniture is made to last through every season, from solid oak benches to "
    "woven chairs, and every piece is delivered fully assembled to your door within a week."
)
COMMENTS = (
    "Glad to hear the ferry stays, my mother depends on it to get to her appointments.",
    "The new lighting on the quay is long overdue, it was far too dark in winter.",
)


def extract(html: str) -> articlekit.Article:
    return articlekit.extract(html)


def shop_page(cards: str) -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Garden furniture | Yard Shop</title></head><body>"
        "<header><a href='/'>Yard Shop</a></header><main><h1>Garden furniture</h1>"
        f"<p>{SHOP_INTRO}</p>{cards}</main>"
        "<footer><p>Yard Shop, Mill Lane 9</p></footer></body></html>"
    )


def grid_cards() -> str:
    """Cards whose count sits beside the title link, in a row of same-class cards."""
    cards = "".join(
        f"<li class='product-card'><a href='/p/{i}'><img src='/p{i}.jpg' alt=''>"
        f"<h3>{name}</h3></a><span class='price'>$1{i}9</span><span>{count}</span></li>"
        for i, (name, count) in enumerate(PRODUCTS)
    )
    return f"<ul class='products'>{cards}</ul>"


def link_cards() -> str:
    """Cards that are one link each, the count inside the link under the title."""
    cards = "".join(
        f"<div><a href='/p/{i}'><img src='/p{i}.jpg' alt=''><div><span>{name}</span></div>"
        f"<div><span>{count}</span></div></a></div>"
        for i, (name, count) in enumerate(PRODUCTS)
    )
    return f"<div>{cards}</div>"


def article_with_comments(header: str) -> str:
    comments = "".join(f"<li><b>Reader {i}</b><p>{c}</p></li>" for i, c in enumerate(COMMENTS))
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{HEADLINE} | Coast News</title>"
        "<meta property='og:type' content='article'></head><body>"
        "<header><a href='/'>Coast News</a></header>"
        f"<main><article><h1>{HEADLINE}</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p>"
        f"</article><section>{header}<ol>{comments}</ol></section></main>"
        "<footer><p>Coast News, Quay Road 4</p></footer></body></html>"
    )


class TestRatingCountsInCards:
    def test_grid_cards_with_review_counts_stay(self) -> None:
        article = extract(shop_page(grid_cards()))
        assert "comments" not in [r.rule for r in article.removed]
        assert not [r for r in article.removed if any(n in r.sample for n, _ in PRODUCTS)]

    def test_link_cards_with_review_counts_stay(self) -> None:
        article = extract(shop_page(link_cards()))
        assert "comments" not in [r.rule for r in article.removed]
        assert not [r for r in article.removed if any(n in r.sample for n, _ in PRODUCTS)]


class TestCommentSectionHeader:
    def test_heading_count_removes_the_comment_section(self) -> None:
        article = extract(article_with_comments("<h3>3 Comments</h3>"))
        assert "comments" in [r.rule for r in article.removed]
        assert P4 in article.body
        for comment in COMMENTS:
            assert comment not in article.body

    def test_plain_count_label_removes_the_comment_section(self) -> None:
        article = extract(article_with_comments("<div><span>2 comments</span></div>"))
        assert "comments" in [r.rule for r in article.removed]
        for comment in COMMENTS:
            assert comment not in article.body
