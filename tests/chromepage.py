"""Shared builders for the chrome-leak tests: a page of prose with a snippet set in its
middle, and what a rule removed from it."""

from __future__ import annotations

import articlekit


def paragraphs(sentence: str, count: int = 4) -> str:
    """`count` numbered paragraphs of one sentence ("Paragraph {n} ..." filled in)."""
    return "".join(f"<p>{sentence.format(n=n)}</p>" for n in range(1, count + 1))


def page_around(inner: str, paras: str, title: str, container: str) -> str:
    """A page whose `container` holds the headline, then `inner` between the two halves of
    `paras`."""
    half = len(paras) // 2
    return (
        f"<html><head><title>{title}</title></head><body><{container}><h1>{title}</h1>"
        f"{paras[:half]}{inner}{paras[half:]}</{container.split()[0]}></body></html>"
    )


def removed_by(article: articlekit.Article, rule: str) -> list[str]:
    """The samples the rule named `rule` removed."""
    return [r.sample for r in article.removed if r.rule == rule]


def assert_removed(article: articlekit.Article, gone: str, kept: str, rule: str) -> None:
    """`gone` left the body under `rule` (its sample holds it), and `kept` stayed."""
    assert gone not in article.body
    assert kept in article.body
    assert any(gone in s for s in removed_by(article, rule)), article.removed
