"""Speed work of session 7 on the chrome engine: each shortcut gives the plain answer.

The class index's one search for all residual (regex) alternatives must name the same rules as
each rule's own regex; hand-made class strings model the usual shapes (BEM blocks, ad slots,
navigation columns, utility words)."""

from __future__ import annotations

import re

import pytest

from articlekit.rules.chrome import words
from articlekit.rules.classmatch import ClassIndex, ClassMatcher, class_tokens, role_part

# Each pattern mixes plain words (matched as tokens) with regex alternatives (the residual).
CLASS_PATTERNS = [
    words("share share-bar (?:left|right)nav"),
    words("ad-slot div-gpt-ad[a-z0-9_-]* ad-[a-z0-9]+-(?:slot|unit)"),
    words("comments?[-_]?(?:list|area) discussion"),
    words("footer footer(?:links|nav)"),
    r"(?<![a-z0-9_-])(?:is-hidden|sr-only)(?![a-z0-9_-])",  # not words()-shaped: a raw regex
]
CLASS_STRINGS = [
    "",
    "share",
    "post-share-bar",
    "mainleftnav",  # "leftnav" is not a whole word here
    "col leftnav",
    "div-gpt-ad-1234 ad",
    "ad-top-slot",
    "ad-top-banner",
    "comments-list",
    "commentarea wrap",
    "comment_area",
    "footerlinks",
    "footer--dark",  # a modifier keeps its block word
    "site-footer__nav",
    "is-hidden",
    "box sr-only",
    "has-footerlinks",  # a state class: not the block's own word
    "card card--leftnav",  # a modifier's word does not count
    "article-body",
]


def _by_each_matcher(cid: str) -> frozenset[int]:
    return frozenset(
        i
        for i, pattern in enumerate(CLASS_PATTERNS)
        if ClassMatcher([pattern]).matches(cid, class_tokens(cid))
    )


@pytest.mark.parametrize("cid", CLASS_STRINGS)
def test_class_index_names_the_rules_each_matcher_names(cid: str) -> None:
    index = ClassIndex([ClassMatcher([p]) for p in CLASS_PATTERNS])
    assert index.which(cid) == _by_each_matcher(cid)


def test_class_index_residual_search_hits_the_right_rules() -> None:
    index = ClassIndex([ClassMatcher([p]) for p in CLASS_PATTERNS])
    # Read from the patterns: the regex alternatives of rules 0, 1 and 2, each alone.
    assert index.which("col leftnav") == {0}
    assert index.which("ad-top-slot") == {1}
    assert index.which("comment_area") == {2}
    assert index.which("footerlinks") == {3}
    assert index.which("box sr-only") == {4}
    assert index.which("ad-top-banner") == frozenset()
    assert index.which("card card--leftnav") == frozenset()
    # The one search for all residual alternatives fails where every rule's regex fails.
    combined = index.any_residual
    assert combined is not None
    for cid in CLASS_STRINGS:
        role = role_part(cid)
        each = any(p.search(role) for _, p in index.residual)
        assert (combined.search(role) is not None) == each, cid


def test_a_matcher_keeps_its_residual_alternatives_whole_word() -> None:
    matcher = ClassMatcher([words("promo (?:top|side)bar")])
    assert matcher.residual is not None
    assert matcher.residual.search("sidebar") is not None
    assert matcher.residual.search("mysidebar") is None
    assert matcher.matches("x sidebar", class_tokens("x sidebar"))
    assert not matcher.matches("sidebars", class_tokens("sidebars"))
    assert re.search(words("promo (?:top|side)bar"), "sidebars") is None
