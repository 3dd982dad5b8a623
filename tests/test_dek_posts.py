"""A forum thread's first post is not a dek: a dek is the standfirst under the headline, not
the first of several same-shaped posts. Hand-made snippets; expected values read off them."""

from __future__ import annotations

from tests.harbour import HEADLINE, P1, P2, P3, P4

import articlekit

FIRST_POST = (
    "Does anyone know why the evening ferry to the island was cancelled twice this week? "
    "I could not find any notice at the quay."
)
REPLIES = (P1, P2, P3)


def _post(number: int, author: str, text: str) -> str:
    """A post as boards lay one out: a head line, an author column and a message column
    with the post's subject and its text."""
    subject = "Evening ferry cancelled?" if number == 1 else "Re: Evening ferry cancelled?"
    return (
        f"<div class='post post{number}' id='p{number}'>"
        f"<div class='post-head'><a href='#p{number}'>#{number}</a> 3 March 2025</div>"
        f"<div class='post-author'><strong>{author}</strong><span>Member</span></div>"
        f"<div class='post-main'><h3>{subject}</h3>"
        f"<div class='post-message'><p>{text}</p></div></div>"
        "<div class='post-foot'><a href='#report'>Report</a></div></div>"
    )


def thread_page(head: str, *, h1: bool = True) -> str:
    posts = [_post(1, "harbourfan", FIRST_POST)] + [
        _post(i, f"member{i}", text) for i, text in enumerate(REPLIES, start=2)
    ]
    return (
        f"<html><head><title>Evening ferry cancelled?</title>{head}</head><body>"
        "<header class='masthead'><a href='/'>Forum home</a></header>"
        f"<main>{'<h1>Evening ferry cancelled?</h1>' if h1 else ''}"
        f"<div class='posts'>{''.join(posts)}</div></main>"
        "<footer><p>Forum rules</p></footer></body></html>"
    )


def test_first_post_of_a_thread_declared_an_article_is_not_a_dek() -> None:
    head = (
        "<meta property='og:type' content='article'>"
        f"<meta name='description' content='{FIRST_POST}'>"
    )
    article = articlekit.extract(thread_page(head))
    assert article.headline == "Evening ferry cancelled?"
    assert article.dek is None
    assert FIRST_POST in article.body


def test_first_post_under_its_own_subject_line_is_not_a_dek() -> None:
    # No page heading: the first post's subject is the headline, and each reply has one too.
    article = articlekit.extract(thread_page("", h1=False))
    assert article.headline == "Evening ferry cancelled?"
    assert article.dek is None
    assert FIRST_POST in article.body


STANDFIRST = "Councillors backed the plan by a narrow margin after a debate that ran past midnight."


def test_a_news_standfirst_in_a_header_beside_the_body_is_kept() -> None:
    html = (
        f"<html><head><title>{HEADLINE}</title>"
        f"<meta name='description' content='{STANDFIRST}'></head><body>"
        "<header class='masthead'><a href='/'>Home</a></header>"
        f"<main><article><div class='block'><h1>{HEADLINE}</h1><p>{STANDFIRST}</p></div>"
        f"<div class='block'><p>{P1}</p><p>{P2}</p></div>"
        f"<div class='block'><p>{P3}</p><p>{P4}</p></div></article></main>"
        "<footer><p>Contact us</p></footer></body></html>"
    )
    article = articlekit.extract(html)
    assert article.headline == HEADLINE
    assert article.dek == STANDFIRST
    assert STANDFIRST not in article.body
