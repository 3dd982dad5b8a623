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


# The text gate keys phrases by their first ASCII characters; these phrases model the usual
# shapes: literal starts, branches, optional groups, classes, non-ASCII words, a case-sensitive
# name, and letters that equal ASCII ones under re.IGNORECASE (long s, Kelvin sign, dotted
# and dotless i).
GATE_PATTERNS = [
    r"^\W{0,3}(?:share (?:this|on)|sign up|(?:follow|add) us on|ok$|\d+ comments?$)",
    r"^\W{0,3}(?:über uns|síguenos|подписаться|関連記事|ſuper deal|\u212aeep reading)",
    r"^\W{0,3}(?:(?-i:[A-Z]\w+ [A-Z]\w+) is a (?:writer|reporter)|[#@]\w+ trending)",
    r"^\W{0,3}(?:.{0,40}newsletter.{0,40}subscribe|(?:please )?donate|İndir|ıslak)",
    r"^\W{0,3}(?:a|b[cd]e|x(?:y|zz)w)",
]
GATE_TEXTS = [
    "",
    "!",
    "«»",
    "Share this",
    "SHARE ON X",
    "» share this story",
    "... sign up",
    "....sign up",  # four marks: past what ^\W{0,3} allows
    "Follow us on",
    "add US on",
    "ok",
    "OK then",
    "12 comments",
    "Über uns",
    "ÜBER UNS",
    "Síguenos",
    "— Подписаться",
    "関連記事",
    "super deal",  # "s" equals "ſ" under re.IGNORECASE
    "ſuper deal",
    "keep reading",  # "k" equals the Kelvin sign
    "Jane Doe is a writer",
    "jane doe is a writer",
    "#python trending",
    "Our newsletter: subscribe",
    "Please donate",
    "indir",  # "i" equals the dotted capital I
    "Islak",  # and the dotless i
    "islak",
    "a",
    "bce",
    "bxe",
    "xyw",
    "xzzw",
    "xz",
    "Ab",
    "(a)",
    "ſhare this",
]


@pytest.mark.parametrize("text", GATE_TEXTS)
def test_text_gate_by_ascii_prefix_says_what_the_combined_regex_says(text: str) -> None:
    from articlekit.chrome import _combine, _TextGate

    combined = _combine(GATE_PATTERNS, re.I)
    assert combined is not None
    gate = _TextGate(GATE_PATTERNS)
    assert gate.match(text) == (combined.match(text) is not None)
    assert gate.match(text) == gate.match(text)  # again, from the window's memo


def test_text_gate_answers_read_from_the_phrases() -> None:
    from articlekit.chrome import _TextGate

    gate = _TextGate(GATE_PATTERNS)
    yes = ["» share this story", "add US on", "ſuper deal", "keep reading", "Islak", "bce"]
    no = ["....sign up", "OK then", "jane doe is a writer", "bxe", "xz", "cab"]
    assert [gate.match(t) for t in yes] == [True] * len(yes)
    assert [gate.match(t) for t in no] == [False] * len(no)


def test_ascii_prefixes_of_phrases() -> None:
    from articlekit.chrome import _ascii_prefixes

    assert _ascii_prefixes("share (?:this|on)") == {"sha"}
    assert _ascii_prefixes("(?:follow|add) us") == {"fol", "add"}
    assert _ascii_prefixes("ok$") == {"ok"}
    assert _ascii_prefixes(r"\d+ comments") == {""}  # a class: any character it allows
    assert _ascii_prefixes("a(?:b|c)?d") == {"a"}  # an optional group stops the prefix
    assert _ascii_prefixes("über uns") == set()  # no ASCII text starts so
    assert _ascii_prefixes("ab(?:cé|x)") == {"abc", "abx"}  # "é" is past the third character
    assert _ascii_prefixes("ſuper") == {""}  # equal to "s" under re.IGNORECASE


def test_default_rules_gate_equals_their_combined_regex() -> None:
    from articlekit.chrome import _combine, _TextGate
    from articlekit.rules import RuleSet

    patterns = [r.text for r in RuleSet.default() if r.text]
    combined = _combine(patterns, re.I)
    assert combined is not None
    gate = _TextGate(patterns)
    texts = [*GATE_TEXTS, "Accept all cookies", "Read more", "Related articles", "3 min read"]
    texts += ["The harbour master opened the ledgers to the public.", "Subscribe to our newsletter"]
    for text in texts:
        assert gate.match(text) == (combined.match(text) is not None), text


# An editorial note is judged by the start of a matched block's text: the start must be the
# start of text_of (same pieces: block spaces, scripts left out, tails kept), long enough.
NOTE_BLOCK = (
    "<div><p>Editor&#8217;s note: this story was changed after publication to correct the"
    " date of the harbour vote, which took place on a Tuesday.</p>"
    "<script>var x = 'Correction: not text';</script><ul>"
    + "".join(
        f"<li><a href='/s{i}'>Story number {i} of the related list</a></li>" for i in range(30)
    )
    + "</ul></div>"
)
MENU_BLOCK = (
    "<div><!-- menu --><span>Home</span><b>News</b>tail<p>World</p>"
    + "".join(f"<div>Section {i} <i>more</i></div>" for i in range(40))
    + "</div>"
)


@pytest.mark.parametrize("markup", [NOTE_BLOCK, MENU_BLOCK, "<div><p>Short</p> text</div>"])
@pytest.mark.parametrize("chars", [5, 40, 171, 5000])
def test_text_start_is_the_start_of_text_of(markup: str, chars: int) -> None:
    from lxml import html

    from articlekit.chrome import _text_start
    from articlekit.dom import text_of

    el = html.fromstring(markup)
    full = text_of(el)
    start, whole = _text_start(el, chars)
    if whole:
        assert start == full
    else:
        assert full.startswith(start)
        assert len(start) >= chars
        assert len(start) < len(full)


def test_editorial_note_read_from_the_start_of_a_block() -> None:
    from lxml import html

    from articlekit.chrome import _editorial_note
    from articlekit.dom import memoised
    from articlekit.measure import measure

    for markup, expected in ((NOTE_BLOCK, True), (MENU_BLOCK, False)):
        el = html.fromstring(markup)
        stats = measure(el)
        with memoised():
            assert _editorial_note(el, stats[el]) is expected
    # The menu's text is long: only its start was read.
    from articlekit.chrome import _note_tests, _text_start

    assert _text_start(html.fromstring(MENU_BLOCK), _note_tests()[2])[1] is False


def test_the_chrome_walk_leaves_what_it_read_in_the_extraction_memos() -> None:
    from lxml import html

    from articlekit.chrome import mark_chrome
    from articlekit.dom import attrs_class_id, attrs_hidden, extraction_memo, memoised
    from articlekit.measure import measure
    from articlekit.rules import RuleSet

    body = html.fromstring(
        "<html><body><div class='story-body' id='main'><p>The harbour opened its ledgers to"
        " the public this spring.</p><p hidden class='later'>A hidden line.</p></div>"
        "<nav class='site-nav'><a href='/'>Home</a></nav></body></html>"
    ).find("body")
    with memoised():
        mark_chrome(body, RuleSet.default(), measure(body))
        memo = extraction_memo()
        assert memo is not None
        div, par = body[0], body[0][0]
        assert memo.class_ids[div] == attrs_class_id(div) == "story-body main"
        assert memo.hidden[div] is attrs_hidden(div) is False
        assert memo.class_ids[par] == "" and memo.hidden[par] is False
