"""Speed shortcuts must give what the plain code gives: memoised rule matches, the inlined
measuring walk, attributes read in one call. Hand-made snippets model the markup patterns."""

from __future__ import annotations

import re

from lxml import etree

from articlekit import ingest
from articlekit.chrome import _combine, _Features, _phrase_body, mark_chrome
from articlekit.dom import (
    attrs_class_id,
    attrs_hidden,
    class_id,
    default_skip,
    is_hidden,
    memoised,
    text_of,
)
from articlekit.ingest.build import clean_utf8
from articlekit.measure import measure
from articlekit.options import Options
from articlekit.rules import RuleSet
from articlekit.rules.chrome import words
from articlekit.rules.classmatch import ClassIndex, ClassMatcher, class_tokens

FIELDS = ("raw", "link", "mass", "lmass", "cmass", "size")
PROSE = (
    "The harbour master opened the old ledgers to the public this spring, and the town came "
    "to read them. Each page lists the boats that came in, what they carried and who paid. "
)


def _body(html: str) -> etree._Element:
    return ingest.load(html, options=Options()).find("body")


def _same_stats(a: dict, b: dict) -> None:
    assert list(a) == list(b)
    for el, stat in a.items():
        for name in FIELDS:
            assert getattr(b[el], name) == getattr(stat, name), (el.tag, name)


def test_measure_default_skip_equals_the_same_test_passed_as_a_function() -> None:
    xhtml = (
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><div><p>Hi, there.</p>'
        "<script>var x = 1;</script>tail<!-- note --><p>More <b>text</b> here</p></div>"
        "</body></html>"
    )
    body = etree.fromstring(xhtml)[0]
    div = body[0]
    etree.SubElement(div, "STYLE").text = "p { color: red }"  # an upper-case skipped tag
    etree.SubElement(div, "P").text = "Upper case paragraph."
    fast = measure(body)
    plain = measure(body, skip=lambda el: default_skip(el))
    _same_stats(fast, plain)
    assert fast[body].raw == len("Hi,there.tailMoretexthereUppercaseparagraph.")


def test_measure_counts_only_visible_characters_of_html() -> None:
    body = _body("<html><body><div>  <p> One, two. </p>\n<span>three</span>  </div></body></html>")
    stats = measure(body)
    _same_stats(stats, measure(body, skip=lambda el: default_skip(el)))
    assert stats[body].raw == len("One,two.three")
    assert stats[body.find(".//p")].mass > 0  # punctuated prose in a block
    assert stats[body.find(".//span")].mass == 0  # an inline element has no paragraph of its own


def test_features_read_from_the_attribute_map_equal_the_element_helpers() -> None:
    body = _body(
        '<html><body><div CLASS="Share-Bar Top" id="Tools" role=" Navigation " '
        'aria-hidden=" TRUE " style="color: red">x</div>'
        '<p style="display : none">y</p><span hidden>z</span><i>w</i></body></html>'
    )
    for el in body.iter("div", "p", "span", "i"):
        f = _Features(el, el.tag, None)
        assert f.cid == class_id(el)
        assert f.hidden == is_hidden(el)
        assert f.role == (el.get("role") or "").strip().lower()
    div = body.find("div")
    assert _Features(div, "div", None).cid == "share-bar top tools"
    assert _Features(div, "div", None).role == "navigation"
    assert all(_Features(el, el.tag, None).hidden for el in body.iter("div", "p", "span"))
    assert not _Features(body.find("i"), "i", None).hidden


def test_a_protected_element_does_not_stop_the_same_markup_elsewhere() -> None:
    # The same class string twice: on a wrapper holding the page's prose (protected from
    # removal) and on a small share bar. Memoised rule matches must not carry protection over.
    html = (
        '<html><body><div class="share"><p>' + PROSE * 3 + "</p></div>"
        '<div class="share"><a href="/x">Share on X</a></div></body></html>'
    )
    body = _body(html)
    rules = RuleSet(RuleSet.default().rules)  # a fresh rule set: its caches start empty
    for _ in range(2):  # cold caches, then warm ones
        marks = mark_chrome(body, rules, measure(body))
        wrapper, bar = body.findall("div")
        assert wrapper not in marks
        assert marks.rule_of.get(bar) == "share-buttons"
        assert [r.rule for r in marks.removed] == ["share-buttons"]


def test_the_same_label_text_matches_by_size_not_by_memory() -> None:
    # "Share this" as a small label is a share bar; as the start of a long paragraph it is
    # prose. The text match is memoised by text, so both must still be decided on their own.
    html = (
        "<html><body><article><p>" + PROSE * 3 + "</p>"
        "<div><span>Share this</span></div>"
        "<p>Share this " + PROSE * 4 + "</p></article></body></html>"
    )
    body = _body(html)
    rules = RuleSet(RuleSet.default().rules)
    for _ in range(2):
        marks = mark_chrome(body, rules, measure(body))
        names = {text_of(el)[:10]: rule for el, rule in marks.rule_of.items()}
        assert names == {"Share this": "share-buttons"}
        long_p = body.findall(".//p")[1]
        assert long_p not in marks


CLASS_PATTERNS = [
    words("share share-bar article-teaser"),
    words("nav (?:left|right)nav"),
    None,  # a rule without class patterns
    r"(?<![a-z0-9-])(?:hidden|sr-only)(?![a-z0-9-])",  # not words()-shaped: a plain regex
    words("teaser related-posts"),
]
CLASS_CASES = {
    "post-share-bar": {0},
    "article-teaser leftnav": {0, 1, 4},
    "ea-article__teaser": {4},  # "__" is not "-": not "article-teaser", but the word "teaser"
    "menu sr-only": {3},
    "is-hidden nav": {1},  # "is-hidden" is not "hidden" for the plain regex
    "related-posts hidden": {3, 4},
    "": set(),
}


def test_class_index_names_the_matchers_that_match() -> None:
    matchers = [ClassMatcher([p]) if p else None for p in CLASS_PATTERNS]
    index = ClassIndex(matchers)
    for cid, expected in CLASS_CASES.items():
        tokens = class_tokens(cid)
        assert index.which(cid) == expected, cid
        one_by_one = {i for i, m in enumerate(matchers) if m and m.matches(cid, tokens)}
        assert one_by_one == expected, cid


def test_text_of_default_skip_equals_the_same_test_passed_as_a_function() -> None:
    xhtml = (
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><div>One<p>two</p>three'
        "<script>hidden()</script><!-- a comment --><span>four</span><ul><li>five</li></ul>"
        "</div></body></html>"
    )
    div = etree.fromstring(xhtml)[0][0]
    etree.SubElement(div, "STYLE").text = "p {}"  # upper case, skipped
    etree.SubElement(div, "P").text = "six"  # upper case, a block
    fast = text_of(div)
    assert fast == text_of(div, skip=lambda el: default_skip(el))
    assert fast == "One two threefour five six"  # <span> is inline: no space
    assert text_of(div, skip=None).startswith("One two threehidden()")


def test_text_of_spaces_blocks_but_not_inline_elements() -> None:
    body = _body(
        "<html><body><div>A<b>B</b><p>C</p><i>D</i><br>E<select>F</select></div></body></html>"
    )
    assert text_of(body.find("div")) == "AB C D E"


def test_memoised_class_id_and_hidden_agree_and_end_with_their_scope() -> None:
    body = _body(
        '<html><body><div class="Lead Story" id="Top">a</div><p style="display:none">b</p>'
        "<span>c</span></body></html>"
    )
    div, p, span = body.find("div"), body.find("p"), body.find("span")
    with memoised():
        assert class_id(div) == class_id(div) == "lead story top"
        assert class_id(span) == ""
        assert is_hidden(p) and not is_hidden(div) and not is_hidden(span)
        for el in (div, p, span):
            assert class_id(el) == attrs_class_id(el)
    div.set("class", "Teaser")  # outside any extraction the tree may change: no stale answer
    span.set("hidden", "")
    assert class_id(div) == "teaser top"
    assert is_hidden(span)
    assert attrs_hidden({"aria-hidden": " True "}) and not attrs_hidden({"style": "color:red"})


def test_clean_utf8_drops_controls_and_non_characters_of_any_page() -> None:
    assert clean_utf8("plain ascii\tpage\n") == b"plain ascii\tpage\n"
    assert clean_utf8("caf\u00e9 \u2014 ok") == "caf\u00e9 \u2014 ok".encode()
    assert clean_utf8("a\x00b\x0bc\x0cd") == b"ab c d"  # NUL dropped, VT/FF become spaces
    assert clean_utf8("caf\u00e9\ufffe!\uffff") == "caf\u00e9!".encode()
    assert clean_utf8("ascii\ufffe") == b"ascii"


def test_combined_text_patterns_match_where_one_of_them_matches() -> None:
    patterns = [
        r"^\W{0,3}(?:share (?:this|on)|teilen)",
        r"^\W{0,3}(?:x[(])|(?:y[)])",  # looks like the phrase shape, but its group closes early
        r"sponsored$",
        r"^\W{0,3}(?:follow us)",
    ]
    combined = _combine(patterns, re.IGNORECASE)
    assert combined is not None
    assert _phrase_body(patterns[1]) is None
    texts = ["Share this", "» Teilen", "x(", "y)", "zz y)", "Sponsored", "follow US now", "shar"]
    for text in texts:
        one = any(re.match(p, text, re.IGNORECASE) for p in patterns)
        assert (combined.match(text) is not None) == one, text
    assert [t for t in texts if combined.match(t)] == texts[:4] + texts[5:7]


def test_text_gate_says_what_the_combined_text_regex_says() -> None:
    from articlekit.chrome import _TextGate

    patterns = [
        r"^\W{0,3}(?:subscribe now|sign up for (?:our )?newsletters?|\d+ comments?$)",
        r"^\W{0,3}(?:.{0,60}\bnewsletters?\b.{0,60}\b(?:sign up|subscribe)|(?:please )?donate)",
        r"^\W{0,3}(?:(?-i:[A-Z]\w+ [A-Z]\w+) is a (?:writer|reporter))|^\W{0,3}(?:über uns)",
        r"share this",  # not of the phrases() shape
    ]
    combined = _combine(patterns, re.IGNORECASE)
    gate = _TextGate(patterns)
    texts = [
        "Subscribe now",
        "— SUBSCRIBE NOW for more",
        "The harbour master opened the ledgers",
        "12 comments",
        "12 comments today",
        "Our weekly Newsletter: sign up here",
        "Our weekly letter: sign up here",
        "Die Newsletter-Seite: subscribe",
        "Please donate",
        "donate",
        "Jane Doe is a reporter at the paper",
        "jane doe is a reporter at the paper",
        "ÜBER UNS",
        "Share this story",
        "…sign up for newsletters",
        "",
        "!!!",
        "ſubscribe now",  # long s: equal to "s" under re.IGNORECASE
    ]
    for text in texts:
        assert gate.match(text) == (combined.match(text) is not None), text
    assert gate.match("Our weekly Newsletter: sign up here")
    assert not gate.match("The harbour master opened the ledgers")


def test_author_cues_and_figure_nodes_equal_their_xpaths() -> None:
    from articlekit.fields.byline import _XPATH_AUTHOR_CUES, _author_cued
    from articlekit.fields.figures import _XPATH_FIGURES, _figure_nodes
    from articlekit.metadata import Metadata
    from articlekit.page import Page

    html = (
        "<html><body><div class='Byline-wrap'><a rel='author' href='/a'>Ann Lee</a></div>"
        "<main><figure class='hero'><img src='a.jpg'><figcaption>Boats</figcaption></figure>"
        "<p class='wp-caption-text'>A caption</p><span itemprop='author'>Bo</span>"
        "<amp-img src='b.jpg'></amp-img><div class='post-author'>x</div><!-- c -->"
        "<p class='Figure'>no</p><p>" + PROSE + "</p></main></body></html>"
    )
    root = ingest.load(html, options=Options())
    page = Page(root=root, body=root.find("body"), meta=Metadata(), options=Options())
    page.index()
    main = root.find(".//main")
    assert _author_cued(page, main) == _XPATH_AUTHOR_CUES(main)
    assert [el.tag for el in _author_cued(page, main)] == ["div", "a", "span", "div"]
    assert _figure_nodes(main) == _XPATH_FIGURES(main)
    # 'Figure' holds 'igure': the XPath's case-sensitive contains() takes it too
    tags = [el.tag for el in _figure_nodes(main)]
    assert tags == ["figure", "img", "figcaption", "p", "amp-img", "p"]


def test_text_of_a_leaf_is_its_cleaned_text() -> None:
    body = _body("<html><body><p>  Two\n words\u200b </p><b></b></body></html>")
    assert text_of(body.find("p")) == "Two words"
    assert text_of(body.find("b")) == ""
