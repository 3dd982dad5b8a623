"""`long_text_of` (the XSLT walk for a page's whole body) reads the same text as `text_of`."""

from __future__ import annotations

import lxml.html

import articlekit
from articlekit.dom import long_text_of, memoised, text_of
from articlekit.ingest.adapters import _usable_as_is
from articlekit.options import Options

PAGE = """<html><head><title>T</title></head><body>
<div class="wrap">Intro<p>First <b>bold</b> words.</p>tail text<script>var x = 1;</script>
<ul><li>one</li><li>two<span>inline</span></li></ul><style>p {}</style>
<table><tr><td>cell</td><td>next</td></tr></table>caf\u00e9 &amp; &lt;tag&gt;\u00a0end</div>
</body></html>"""


def test_long_text_matches_text_of() -> None:
    body = lxml.html.document_fromstring(PAGE).find("body")
    expected = "Intro First bold words. tail text one twoinline cell next café & <tag> end"
    assert text_of(body) == expected
    assert long_text_of(body) == expected


def test_long_text_inside_an_extraction_is_remembered() -> None:
    body = lxml.html.document_fromstring(PAGE).find("body")
    with memoised():
        first = long_text_of(body)
        assert text_of(body) == first
        assert long_text_of(body) is first


def test_long_text_of_a_leaf_and_of_a_skipped_root() -> None:
    leaf = lxml.html.fromstring("<p>  just   words </p>")
    script = lxml.html.fromstring("<script>code<b>x</b></script>")
    assert long_text_of(leaf) == "just words"
    assert long_text_of(script) == text_of(script)


def test_a_tree_with_upper_case_names_is_copied_not_used_as_is() -> None:
    """`long_text_of` assumes plain lower-case names: an lxml tree passed in with others (a
    hand-built "DIV") is copied into plain names first, so its blocks keep their spaces."""
    doc = lxml.html.fromstring(
        "<html><body><article><p>One two three.</p><div>Four five.</div></article></body></html>"
    )
    assert _usable_as_is(doc, Options())
    doc.find(".//div").tag = "DIV"
    assert not _usable_as_is(doc, Options())
    assert articlekit.extract(doc).body == "One two three.\n\nFour five."
