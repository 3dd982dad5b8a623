"""Speed cuts of session 7 (helper speed11) that must not change any answer.

- `measure` looks each tag's kind up once (block, link, skipped, other): names that are not
  plain lower-case (a user's lxml tree, XHTML namespaces), custom elements and comments must
  count exactly as before.
- `decode` hands the parser the input bytes of a valid UTF-8 page instead of encoding the text
  again: the tree must be the same as from the text.
"""

from __future__ import annotations

import pytest
from lxml import etree

import articlekit
from articlekit import ingest
from articlekit.ingest.decode import decode
from articlekit.measure import measure
from articlekit.options import Options

_PARAGRAPH = "<p>One sentence, with <a href='/x'>a link</a> in it. <em>Inline</em> end.</p>"


def _body(html: str) -> etree._Element:
    return ingest.load(html, options=Options()).find("body")


def test_measure_counts_a_paragraph_by_hand() -> None:
    body = _body(f"<html><body><div>{_PARAGRAPH}<script>var x = 1;</script></div></body></html>")
    p = body.find(".//p")
    stat = measure(body)[p]
    # "One sentence, with" + "a link" + "in it." + "Inline" + "end." without white space
    assert stat.raw == len("Onesentence,with") + len("alink") + len("init.Inlineend.")
    assert stat.link == len("alink")
    assert stat.size == 3  # p, a, em
    assert body.find(".//script") not in measure(body)


def test_measure_reads_upper_case_and_namespaced_names_as_their_plain_names() -> None:
    plain = etree.fromstring(f"<body><div>{_PARAGRAPH}<script>x = 1;</script></div></body>")
    upper = etree.fromstring(
        "<BODY><DIV><P>One sentence, with <A href='/x'>a link</A> in it. <EM>Inline</EM> end."
        "</P><SCRIPT>x = 1;</SCRIPT></DIV></BODY>"
    )
    spaced = etree.fromstring(
        "<body xmlns='http://www.w3.org/1999/xhtml'><div>"
        f"{_PARAGRAPH}<script>x = 1;</script></div></body>"
    )
    want = [(s.raw, s.link, s.mass, s.size) for s in measure(plain).values()]
    for tree in (upper, spaced):
        got = [(s.raw, s.link, s.mass, s.size) for s in measure(tree).values()]
        assert got == want  # the script is skipped in all three; the link counts as a link


def test_measure_treats_a_custom_element_as_inline_and_skips_comments() -> None:
    body = etree.fromstring(
        "<body><p>Words before, <my-widget>widget words</my-widget> after.<!-- a note --></p>"
        "</body>"
    )
    stats = measure(body)
    p = body[0]
    # A custom element is inline: its words belong to the paragraph's own line.
    assert stats[p].inline_raw == len("Wordsbefore,widgetwordsafter.")
    assert all(isinstance(el.tag, str) for el in stats)  # the comment has no Stat


def test_measure_of_a_skipped_or_comment_root_still_measures_it() -> None:
    script = etree.fromstring("<script>var answer = 42;</script>")
    assert measure(script)[script].raw == len("varanswer=42;")


@pytest.mark.parametrize(
    "raw",
    [
        "<html><head><meta charset='utf-8'></head><body><p>Café crème, naïve.</p></body></html>",
        "<html><body><p>Café crème, naïve, undeclared.</p></body></html>",
        "\ufeff<html><body><p>Café crème after a byte order mark.</p></body></html>",
    ],
)
def test_valid_utf8_input_is_handed_over_as_is(raw: str) -> None:
    data = raw.encode("utf-8")
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert decoded.utf8 is not None
    assert decoded.utf8 == decoded.text.encode("utf-8")  # what the parser would have got


def test_invalid_or_legacy_bytes_are_not_handed_over() -> None:
    broken = b"<html><head><meta charset='utf-8'></head><body><p>caf\xe9 cr\xe8me</p></body>"
    assert decode(broken).utf8 is None  # bad bytes became U+FFFD: the text is re-encoded
    legacy = "<html><head><meta charset='windows-1252'></head><body>Café</body></html>"
    decoded = decode(legacy.encode("cp1252"))
    assert decoded.encoding == "cp1252"
    assert decoded.utf8 is None


def test_bytes_and_text_give_the_same_article() -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>Crème brûlée</title></head><body><article>"
        "<h1>Crème brûlée for beginners</h1><p>First caramelise the sugar, then wait a minute "
        "before you crack it. It is worth the patience, every time.</p></article></body></html>"
    )
    from_bytes = articlekit.extract(html.encode("utf-8"))
    from_text = articlekit.extract(html)
    assert from_bytes == from_text
    assert from_bytes.headline == "Crème brûlée for beginners"


def test_blocks_split_at_blank_lines_and_skip_white_space_between_blocks() -> None:
    from articlekit.blocks import build_blocks
    from articlekit.dom import default_skip

    body = _body(
        "<html><body><div><p>One.</p>\n\n<p>Two, <a href='/b'>linked</a> here.</p>"
        " text\n\n  after<br>line <em>end</em></div></body></html>"
    )
    blocks = build_blocks(body, default_skip, {})
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "One."),
        ("paragraph", "Two, linked here."),
        ("paragraph", "text"),
        ("paragraph", "after line end"),
    ]


def test_blocks_drop_a_link_only_line_but_keep_a_heading_and_a_list() -> None:
    from articlekit.blocks import build_blocks
    from articlekit.dom import default_skip

    body = _body(
        "<html><body><h2>Heading <script>x()</script>here</h2><p><a href='/next'>Next story</a>"
        "</p><ul><li>first</li><li>second</li></ul><p>Closing words.</p></body></html>"
    )
    blocks = build_blocks(body, default_skip, {})
    assert [(b.kind, b.text, b.items) for b in blocks] == [
        ("heading", "Heading here", ()),
        ("list", "", ("first", "second")),
        ("paragraph", "Closing words.", ()),
    ]


def test_text_of_spaces_blocks_and_skips_scripts_in_plain_and_odd_trees() -> None:
    from articlekit.dom import text_of

    plain = etree.fromstring(
        "<div>Intro<p>First <b>bold</b></p><script>skip()</script>tail<my-tag>own</my-tag>"
        "<!-- note --><p>Last</p></div>"
    )
    upper = etree.fromstring(
        "<DIV>Intro<P>First <B>bold</B></P><SCRIPT>skip()</SCRIPT>tail<my-tag>own</my-tag>"
        "<!-- note --><P>Last</P></DIV>"
    )
    # Blocks are set apart by a space, inline tags and custom elements are not, the script
    # and the comment add nothing but their tails.
    assert text_of(plain) == "Intro First bold tailown Last"
    assert text_of(upper) == "Intro First bold tailown Last"
    own_skip = lambda el: not isinstance(el.tag, str) or el.tag in ("b", "script")  # noqa: E731
    assert text_of(plain, skip=own_skip) == "Intro First tailown Last"


def test_element_limit_still_applies_where_the_bound_cannot_rule_it_out() -> None:
    from articlekit.errors import LimitExceeded

    html = "<html><head></head><body>" + "<b>x</b>" * 200 + "</body></html>"
    # html, head, body and 200 <b>: 203 elements.
    tree = ingest.load(html, options=Options(max_elements=203))
    assert len(tree.xpath("//b")) == 200
    with pytest.raises(LimitExceeded):
        ingest.load(html, options=Options(max_elements=202))


def test_a_small_page_is_not_counted_under_a_large_limit() -> None:
    from articlekit.ingest import parse

    counted: list[int] = []
    real = parse.count_elements

    def spy(root: etree._Element) -> int:
        counted.append(1)
        return real(root)

    html = "<html><body><p>" + "<i>y</i>" * 50 + "</p></body></html>"
    parse.count_elements = spy  # type: ignore[assignment]
    try:
        ingest.load(html, options=Options(max_elements=10_000))  # 2 per byte is under 10,000
        assert counted == []
        ingest.load(html, options=Options(max_elements=100))  # over: it must count
        assert counted == [1]
    finally:
        parse.count_elements = real  # type: ignore[assignment]


def test_headings_and_headline_props_come_in_document_order() -> None:
    from articlekit.fields.headline import _headings, _titled_elements
    from articlekit.metadata import read_metadata

    root = ingest.load(
        "<html><body><h2>Section</h2><div itemprop='headline'>The story</div>"
        "<span itemprop='name'>not a headline</span><h1>Site</h1><h3>More</h3>"
        "<p class='post-title'>Styled title</p><a class='title'>a link</a>"
        "<h2 class='headline'>heading</h2></body></html>",
        options=Options(),
    )
    meta = read_metadata(root)
    names = [(el.tag, el.text) for el in _headings(root, meta)]
    assert names == [
        ("h2", "Section"),
        ("div", "The story"),
        ("h1", "Site"),
        ("h3", "More"),
        ("h2", "heading"),
    ]
    # Title-classed elements other than headings, links and <title>.
    assert [el.text for el in _titled_elements(root)] == ["Styled title"]


def test_hidden_or_chrome_shares_its_memo_and_keeps_the_depth_limit() -> None:
    from articlekit.fields.headline import _hidden_or_chrome

    deep = "<div>" * 70 + "<h2>deep</h2>" + "</div>" * 70
    root = etree.fromstring(
        f"<html><body><nav><h2>menu</h2></nav><div hidden='hidden'>{deep}</div>"
        "<article><h2>kept</h2><h3>kept too</h3></article></body></html>"
    )
    menu, deep_h2, kept, kept_too = root.iter("h2", "h3")
    memo: dict[etree._Element, float] = {}
    assert _hidden_or_chrome(menu, memo=memo)  # inside a <nav>
    assert not _hidden_or_chrome(kept, memo=memo)
    assert not _hidden_or_chrome(kept_too, memo=memo)
    # The hidden <div> is 71 steps above the deep heading: beyond 60, within 80.
    assert not _hidden_or_chrome(deep_h2, memo=memo)
    assert _hidden_or_chrome(deep_h2, depth=80, memo=memo)
    assert _hidden_or_chrome(deep_h2, depth=80)  # the same without a memo
