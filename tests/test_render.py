"""Tests of the renderers: body text, Markdown escaping and layout, HTML allow-list and safety.

Expected values are written from the inputs by hand. The safety checks re-parse the output
(lxml for HTML, markdown-it when installed for Markdown) and judge URLs with a normalisation
written here, independent of `articlekit.render.urls`.
"""

from __future__ import annotations

import html as htmllib
import re
import unicodedata
from urllib.parse import unquote

import lxml.etree
import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articlekit.model import Article, Block, Image, Note
from articlekit.render.html import element, render_html
from articlekit.render.markdown import render_markdown
from articlekit.render.text import body_from_blocks, render_text
from articlekit.render.urls import markdown_target, safe_url

try:
    from markdown_it import MarkdownIt
except ImportError:  # optional: the Markdown re-parse checks skip without it
    MarkdownIt = None

needs_markdown_it = pytest.mark.skipif(
    MarkdownIt is None, reason="markdown-it-py not installed: Markdown re-parse checks skipped"
)

FORBIDDEN_ELEMENTS = {
    "script", "iframe", "object", "embed", "base", "form", "style", "svg", "math", "link",
    "frame", "frameset", "applet", "input", "button", "textarea", "template", "noscript",
}  # fmt: skip
ALLOWED_SRC = {"http", "https"}
ALLOWED_HREF = {"http", "https", "mailto"}


# ---------------------------------------------------------------- helpers written for the tests


def _browser_scheme(url: str) -> str | None:
    """The scheme a browser would see: tab/newline removed, C0 and space stripped at the ends."""
    value = re.sub(r"[\t\n\r]", "", url).strip("".join(chr(c) for c in range(0x21)))
    match = re.match(r"([A-Za-z][A-Za-z0-9+.\-]*):", value)
    return match.group(1).lower() if match else None


def _paranoid_scheme(url: str) -> str | None:
    """The scheme after undoing entities and %-escapes many times and dropping every invisible."""
    value = url
    for _ in range(10):
        value = unquote(htmllib.unescape(value))
    value = "".join(
        ch for ch in value if not unicodedata.category(ch).startswith(("C", "Z")) and ch != " "
    )
    match = re.match(r"([^:/?#]*):", value)
    return match.group(1).lower() if match else None


def _assert_safe_html(out: str) -> lxml.html.HtmlElement:
    """Parse `out` and assert it holds nothing live; return the parsed document."""
    doc = lxml.html.document_fromstring(out)
    assert not list(doc.iter(lxml.etree.Comment)), "comment found"
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        assert el.tag.lower() not in FORBIDDEN_ELEMENTS, el.tag
        for name, value in el.attrib.items():
            name = name.lower()
            assert not name.startswith("on"), name
            assert name not in {"srcdoc", "style", "formaction", "action", "background"}, name
            if name == "http-equiv":
                assert value.lower() != "refresh"
            if name in {"href", "src"}:
                allowed = ALLOWED_HREF if name == "href" else ALLOWED_SRC
                assert _browser_scheme(value) in allowed | {None}, value
                assert _paranoid_scheme(value) in allowed | {None}, value
    return doc


def _collapse(text: str) -> str:
    """What the renderers promise to keep of a one-line text: no controls, white space collapsed."""
    kept = "".join(
        ch
        for ch in text
        if unicodedata.category(ch) not in {"Cc", "Cs"} or ch in "\t\n\r\x0b\x0c"
        if not (0xFDD0 <= ord(ch) <= 0xFDEF or (ord(ch) & 0xFFFE) == 0xFFFE)
    )
    return " ".join(kept.split())


def _md_tokens(markdown: str) -> list:
    """All markdown-it tokens (children included), raw HTML recognised as in CommonMark."""
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    out = []
    stack = list(md.parse(markdown))
    while stack:
        token = stack.pop()
        out.append(token)
        stack.extend(token.children or [])
    return out


def _md_to_doc(markdown: str) -> lxml.html.HtmlElement:
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    return lxml.html.fragment_fromstring(md.render(markdown) or "<p></p>", create_parent="div")


def _unescaped_tag_opening(markdown: str) -> str | None:
    """The first '<' + letter not escaped by a backslash, outside fenced code; else None."""
    fence = None
    for line in markdown.split("\n"):
        if fence is not None:
            fence = None if line == fence else fence
            continue
        if re.fullmatch(r"`{3,}", line):
            fence = line
            continue
        i = 0
        while i < len(line):
            if line[i] == "\\":
                i += 2
                continue
            if line[i] == "<" and i + 1 < len(line) and line[i + 1].isalpha():
                return line
            i += 1
    return None


# ---------------------------------------------------------------------------- body_from_blocks


def test_body_heading_paragraph_quote_are_their_text() -> None:
    blocks = (
        Block("heading", "What happened", level=2),
        Block("paragraph", "First paragraph."),
        Block("quote", "A quoted line."),
    )
    assert body_from_blocks(blocks) == "What happened\n\nFirst paragraph.\n\nA quoted line."


def test_body_list_items_one_per_line_without_bullets() -> None:
    blocks = (Block("list", items=("apples", "  ", "pears")), Block("paragraph", "After."))
    assert body_from_blocks(blocks) == "apples\npears\n\nAfter."


def test_body_ordered_list_has_no_numbers() -> None:
    assert body_from_blocks((Block("list", items=("one", "two"), ordered=True),)) == "one\ntwo"


def test_body_table_rows_cells_joined_by_pipes() -> None:
    rows = (("Year", "Tons"), ("", ""), ("2020", "1.5"))
    assert body_from_blocks((Block("table", rows=rows, header=True),)) == "Year | Tons\n2020 | 1.5"


def test_body_code_and_preformatted_kept_as_is() -> None:
    code = "def f():\n    return 1"
    blocks = (Block("code", "\n" + code + "\n"), Block("preformatted", "  a  b\n c"))
    assert body_from_blocks(blocks) == code + "\n\n  a  b\n c"


def test_body_leaves_figures_and_empty_blocks_out() -> None:
    fig = Block("figure", image=Image("https://x.test/a.jpg", caption="A caption", credit="Ann"))
    blocks = (Block("paragraph", "One."), fig, Block("paragraph", "  "), Block("paragraph", "Two."))
    assert body_from_blocks(blocks) == "One.\n\nTwo."


def test_body_of_no_blocks_is_empty() -> None:
    assert body_from_blocks(()) == ""


# ---------------------------------------------------------------------------- render_text


def test_text_headline_dek_body() -> None:
    art = Article(headline="Title", dek="The dek", body="Para one.\n\nPara two.")
    assert render_text(art) == "Title\n\nThe dek\n\nPara one.\n\nPara two.\n"


def test_text_without_dek_or_headline() -> None:
    assert render_text(Article(headline="Title", body="Body.")) == "Title\n\nBody.\n"
    assert render_text(Article(body="Body.")) == "Body.\n"
    assert render_text(Article()) == ""


# ---------------------------------------------------------------------------- Markdown


def _md_of_paragraph(text: str) -> str:
    """The rendered Markdown of a one-paragraph article, without the final newline."""
    return render_markdown(Article(blocks=(Block("paragraph", text),))).rstrip("\n")


@pytest.mark.parametrize("char", list("\\`*_[]<>#|~{}"))
def test_markdown_escapes_special_char_anywhere(char: str) -> None:
    assert _md_of_paragraph(f"a{char}b") == f"a\\{char}b"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- not a bullet", "\\- not a bullet"),
        ("+ not a bullet", "\\+ not a bullet"),
        ("1. not a list", "1\\. not a list"),
        ("12) not a list", "12\\) not a list"),
        ("> not a quote", "\\> not a quote"),
        ("# not a heading", "\\# not a heading"),
        ("===", "\\==="),
        (": not a definition", "\\: not a definition"),
        ("    not code", "not code"),
        ("well-known 1. and + stay", "well-known 1. and + stay"),
    ],
)
def test_markdown_escapes_line_start_markers(text: str, expected: str) -> None:
    assert _md_of_paragraph(text) == expected


def test_markdown_escapes_script_tag() -> None:
    assert _md_of_paragraph("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>"


def test_markdown_escapes_entity_references_only() -> None:
    assert _md_of_paragraph("AT&T &amp; &#60;") == "AT&T \\&amp; &\\#60;"


def test_markdown_escapes_each_line_of_a_paragraph() -> None:
    assert _md_of_paragraph("first\n- second\n2. third") == "first\n\\- second\n2\\. third"


def test_markdown_header_dek_meta_and_notes() -> None:
    art = Article(
        headline="A *big* day",
        dek="What it means",
        authors=("Ann Lee", "Bo_Chen"),
        published="2024-05-01",
        update_notes=(
            Note("update", "Added a quote."),
            Note("correction", "Fixed a name."),
            Note("editors_note", "See also."),
        ),
    )
    assert render_markdown(art) == (
        "# A \\*big\\* day\n\n"
        "_What it means_\n\n"
        "By Ann Lee, Bo\\_Chen · Published 2024-05-01\n\n"
        "> **Update:** Added a quote.\n\n"
        "> **Correction:** Fixed a name.\n\n"
        "> **Editor's note:** See also.\n"
    )


def test_markdown_no_meta_line_without_authors_or_date() -> None:
    out = render_markdown(Article(headline="T", blocks=(Block("paragraph", "x"),)))
    assert out == "# T\n\nx\n"


def test_markdown_headings_shift_only_when_body_has_level_one() -> None:
    plain = (Block("heading", "Two", level=2), Block("heading", "Three", level=3))
    assert render_markdown(Article(blocks=plain)) == "## Two\n\n### Three\n"
    shifted = (Block("heading", "One", level=1), Block("heading", "Two", level=2))
    assert render_markdown(Article(blocks=shifted)) == "## One\n\n### Two\n"
    odd = (Block("heading", "None"), Block("heading", "Deep", level=9))
    assert render_markdown(Article(blocks=odd)) == "## None\n\n###### Deep\n"


def test_markdown_lists() -> None:
    blocks = (
        Block("list", items=("a", "- b")),
        Block("list", items=("c",)),
        Block("list", items=("x", "", "y"), ordered=True),
    )
    assert render_markdown(Article(blocks=blocks)) == ("- a\n- \\- b\n\n* c\n\n1. x\n2. y\n")


@needs_markdown_it
def test_markdown_consecutive_lists_stay_separate() -> None:
    blocks = (
        Block("list", items=("a",)),
        Block("list", items=("b",)),
        Block("list", items=("c",), ordered=True),
        Block("list", items=("d",), ordered=True),
    )
    doc = _md_to_doc(render_markdown(Article(blocks=blocks)))
    assert [len(lst) for lst in doc.xpath("//ul|//ol")] == [1, 1, 1, 1]


def test_markdown_quote_prefixes_every_line() -> None:
    out = render_markdown(Article(blocks=(Block("quote", "one\ntwo\n\n> three"),)))
    assert out == "> one\n> two\n>\n> \\> three\n"


def test_markdown_table_with_pipes_and_header() -> None:
    rows = (("Name", "a|b"), ("x | y", "z"))
    out = render_markdown(Article(blocks=(Block("table", rows=rows, header=True),)))
    assert out == "| Name | a\\|b |\n| --- | --- |\n| x \\| y | z |\n"


def test_markdown_table_without_header_gets_empty_header_and_padding() -> None:
    rows = (("1", "2", "3"), ("4",))
    out = render_markdown(Article(blocks=(Block("table", rows=rows),)))
    assert out == "|  |  |  |\n| --- | --- | --- |\n| 1 | 2 | 3 |\n| 4 |  |  |\n"


@needs_markdown_it
def test_markdown_table_cells_parse_back() -> None:
    rows = (("h|1", "h2"), ("c|1", "*c2*"))
    doc = _md_to_doc(render_markdown(Article(blocks=(Block("table", rows=rows, header=True),))))
    assert [th.text_content() for th in doc.iter("th")] == ["h|1", "h2"]
    assert [td.text_content() for td in doc.iter("td")] == ["c|1", "*c2*"]


def test_markdown_code_fence_longer_than_backtick_runs() -> None:
    code = "x = 1\n````\ny = `z`"
    out = render_markdown(Article(blocks=(Block("code", code),)))
    assert out == "`````\n" + code + "\n`````\n"


def test_markdown_code_without_backticks_uses_three() -> None:
    out = render_markdown(Article(blocks=(Block("preformatted", "<b>raw</b>"),)))
    assert out == "```\n<b>raw</b>\n```\n"


@needs_markdown_it
def test_markdown_code_parses_back_verbatim() -> None:
    code = "``` not a fence\n<script>x</script>\n    ````"
    doc = _md_to_doc(render_markdown(Article(blocks=(Block("code", code),))))
    assert [c.text_content() for c in doc.iter("code")] == [code + "\n"]


def test_markdown_figure_image_and_caption_credit() -> None:
    image = Image("https://x.test/a b(1).jpg", alt="A [dog]", caption="A dog", credit="Ann/AP")
    out = render_markdown(Article(blocks=(Block("figure", image=image),)))
    assert out == "![A \\[dog\\]](https://x.test/a%20b%281%29.jpg)\n_A dog_ (Credit: Ann/AP)\n"


def test_markdown_figure_unsafe_src_dropped_caption_kept() -> None:
    image = Image("javascript:alert(1)", alt="x", caption="Cap", credit=None)
    out = render_markdown(Article(blocks=(Block("figure", image=image),)))
    assert out == "_Cap_\n"


def test_markdown_figure_credit_only() -> None:
    image = Image(None, credit="Getty")
    assert render_markdown(Article(blocks=(Block("figure", image=image),))) == "Credit: Getty\n"


def test_markdown_lead_image_not_in_blocks_comes_after_header() -> None:
    lead = Image("https://x.test/lead.jpg", alt="", caption="Lead")
    inline = Image("https://x.test/in.jpg", alt="", caption="In")
    art = Article(
        headline="H",
        images=(lead, inline),
        blocks=(Block("paragraph", "P"), Block("figure", image=inline)),
    )
    assert render_markdown(art) == (
        "# H\n\n![](https://x.test/lead.jpg)\n_Lead_\n\nP\n\n![](https://x.test/in.jpg)\n_In_\n"
    )


def test_markdown_source_link_only_for_safe_url() -> None:
    good = render_markdown(Article(url="https://x.test/a_b"))
    assert good == "Source: [https://x.test/a\\_b](https://x.test/a_b)\n"
    assert render_markdown(Article(url="javascript:alert(1)")) == ""


@needs_markdown_it
@pytest.mark.parametrize(
    "text",
    [
        "*not em* _not em_ **not strong** `not code` ~~not struck~~",
        "[not a link](javascript:alert(1)) ![not an image](x.png)",
        "<script>alert(1)</script> <img src=x onerror=alert(1)> <!-- c -->",
        "&amp; &#60; &lt; AT&T \\ back\\slash trailing\\",
        "# not heading ## | pipe | {: .attr} 1. 2) - + > : ===",
    ],
)
def test_markdown_paragraph_text_parses_back_as_itself(text: str) -> None:
    markdown = _md_of_paragraph(text)
    tokens = _md_tokens(markdown)
    assert not [t for t in tokens if t.type in {"html_inline", "html_block"}]
    assert not [t for t in tokens if t.type in {"link_open", "image", "code_inline", "em_open"}]
    assert _md_to_doc(markdown).text_content().strip("\n") == text


# ---------------------------------------------------------------------------- HTML


def _body_of(blocks: tuple[Block, ...], **fields: object) -> lxml.html.HtmlElement:
    out = render_html(Article(blocks=blocks, **fields))
    return _assert_safe_html(out).find(".//article")


def test_html_document_shell() -> None:
    out = render_html(Article(headline="T", language="en_GB"))
    assert out.startswith('<!DOCTYPE html>\n<html lang="en-GB">')
    doc = _assert_safe_html(out)
    assert doc.find(".//meta[@charset]").get("charset") == "utf-8"
    csp = doc.find(".//meta[@http-equiv]").get("content")
    assert "default-src 'none'" in csp and "script-src" not in csp
    assert doc.find(".//title").text == "T"


def test_html_lang_dropped_when_not_a_language_tag() -> None:
    doc = _assert_safe_html(render_html(Article(language='en" onload="x')))
    assert doc.get("lang") is None


def test_html_header_fields() -> None:
    art = Article(
        headline="Head",
        dek="Dek",
        authors=("Ann", "Bo"),
        published="2024-05-01T10:00:00Z",
        update_notes=(Note("correction", "Fixed."),),
    )
    doc = _assert_safe_html(render_html(art))
    assert doc.findtext(".//h1") == "Head"
    assert doc.find(".//p[@class='dek']").text == "Dek"
    assert doc.find(".//p[@class='byline']").text == "By Ann, Bo"
    assert doc.find(".//time").get("datetime") == "2024-05-01T10:00:00Z"
    aside = doc.find(".//aside")
    assert aside.get("class") == "note note-correction"
    assert aside.text_content() == "Correction: Fixed."


def test_html_time_without_datetime_when_not_iso() -> None:
    doc = _assert_safe_html(render_html(Article(published="May 1st")))
    assert doc.find(".//time").get("datetime") is None
    assert doc.find(".//time").text == "May 1st"


def test_html_blocks_of_each_kind() -> None:
    blocks = (
        Block("heading", "Sub", level=2),
        Block("paragraph", "Para <b>"),
        Block("list", items=("a", "b")),
        Block("list", items=("one",), ordered=True),
        Block("quote", "Q1\n\nQ2"),
        Block(
            "figure", image=Image("https://x.test/i.jpg", alt="Alt", caption="Cap", credit="Ann")
        ),
        Block("table", rows=(("H1", "H2"), ("c1", "c2")), header=True),
        Block("code", "if a < b:\n    pass"),
        Block("preformatted", "  x  y"),
    )
    art = _body_of(blocks)
    assert art.findtext("h2") == "Sub"
    assert art.find("p").text == "Para <b>"
    assert [li.text for li in art.find("ul")] == ["a", "b"]
    assert [li.text for li in art.find("ol")] == ["one"]
    assert [p.text for p in art.find("blockquote")] == ["Q1", "Q2"]
    fig = art.find("figure")
    assert (fig.find("img").get("src"), fig.find("img").get("alt")) == (
        "https://x.test/i.jpg",
        "Alt",
    )
    assert fig.find("figcaption").text_content() == "Cap Credit: Ann"
    assert fig.find("figcaption/small").get("class") == "credit"
    assert [th.text for th in art.iter("th")] == ["H1", "H2"]
    assert [td.text for td in art.findall("table/tbody/tr/td")] == ["c1", "c2"]
    assert art.find("pre/code").text == "if a < b:\n    pass"
    assert art.findall("pre")[1].text == "  x  y"


def test_html_table_without_header_has_no_thead() -> None:
    art = _body_of((Block("table", rows=(("a", "b"),)),))
    assert art.find("table/thead") is None
    assert [td.text for td in art.iter("td")] == ["a", "b"]


def test_html_heading_levels_shift_when_body_has_h1() -> None:
    art = _body_of((Block("heading", "A", level=1), Block("heading", "B", level=2)))
    assert [h.tag for h in art if h.tag.startswith("h") and h.tag != "header"] == ["h2", "h3"]


def test_html_figure_with_bad_src_keeps_caption_only() -> None:
    art = _body_of((Block("figure", image=Image("data:text/html,<b>", caption="Cap")),))
    assert art.find("figure/img") is None
    assert art.findtext("figure/figcaption") == "Cap"


def test_html_source_link() -> None:
    doc = _assert_safe_html(render_html(Article(url="https://x.test/a?b=1&c=2")))
    assert doc.find(".//footer//a").get("href") == "https://x.test/a?b=1&c=2"


def test_html_builder_refuses_what_is_not_allowed() -> None:
    with pytest.raises(ValueError):
        element("script")
    with pytest.raises(ValueError):
        element("img", {"onerror": "x"})
    with pytest.raises(ValueError):
        element("p", {"class": "evil"})
    with pytest.raises(ValueError):
        element("meta", {"http-equiv": "refresh"})
    assert element("a", {"href": "javascript:x"}, "t") == "<a>t</a>"


# ---------------------------------------------------------------------------- URL policy


BAD_URLS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "&#0000106avascript:alert(1)",
    "javascript&colon;alert(1)",
    "   javascript:alert(1)",
    "\x01\x02 javascript:alert(1)",
    "\u200bjavascript:alert(1)",
    "%6Aavascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:image/png;base64,iVBORw0KGgo=",
    "file:///etc/passwd",
    "about:blank",
    ":nothing",
]


@pytest.mark.parametrize("url", BAD_URLS)
@pytest.mark.parametrize("attribute", ["href", "src"])
def test_url_policy_refuses(url: str, attribute: str) -> None:
    assert safe_url(url, attribute) is None
    assert markdown_target(url, attribute) is None


@pytest.mark.parametrize(
    ("url", "attribute", "expected"),
    [
        ("https://x.test/a.jpg", "src", "https://x.test/a.jpg"),
        ("  HTTP://x.test/a.jpg\n", "src", "HTTP://x.test/a.jpg"),
        ("/img/a.jpg", "src", "/img/a.jpg"),
        ("//cdn.x.test/a.jpg", "src", "//cdn.x.test/a.jpg"),
        ("a.jpg?x=1:2", "src", "a.jpg?x=1:2"),
        ("mailto:a@x.test", "href", "mailto:a@x.test"),
        ("mailto:a@x.test", "src", None),
        ("", "src", None),
        (None, "href", None),
    ],
)
def test_url_policy_allows(url: str | None, attribute: str, expected: str | None) -> None:
    assert safe_url(url, attribute) == expected


def test_markdown_target_encodes_spaces_parens_and_entities() -> None:
    assert markdown_target("/a b(c).png?x=&amp;", "src") == "/a%20b%28c%29.png?x=\\&amp;"


# ---------------------------------------------------------------------------- attack corpus


ATTACK_TEXTS = [
    '"><script>alert(1)</script>',
    "<img src=x onerror=alert(1)>",
    "</title><script>alert(1)</script>",
    "<svg onload=alert(1)>",
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<div style="width: expression(alert(1))">',
    "</textarea><base href=//evil.test/><form action=//evil.test>",
    "<meta http-equiv=refresh content='0;url=javascript:alert(1)'>",
    "<!-- comment --><![CDATA[x]]>",
    "' onmouseover='alert(1)",
]


def _attack_article(text: str, url: str) -> Article:
    image = Image(url, alt=text, caption=text, credit=text)
    return Article(
        headline=text,
        dek=text,
        authors=(text,),
        published=text,
        section=text,
        site_name=text,
        language=text,
        url=url,
        tags=(text,),
        update_notes=(Note("update", text), Note(text, text)),  # type: ignore[arg-type]
        images=(image, Image(url)),
        image_credits=(text,),
        blocks=(
            Block("heading", text, level=1),
            Block("paragraph", text),
            Block("list", items=(text, text)),
            Block("quote", text),
            Block("figure", image=image),
            Block("table", rows=((text, text), (text,)), header=True),
            Block("code", text),
            Block("preformatted", text),
        ),
        body=text,
    )


@pytest.mark.parametrize("url", BAD_URLS)
@pytest.mark.parametrize("text", ATTACK_TEXTS)
def test_attack_corpus_html_has_nothing_live(text: str, url: str) -> None:
    out = render_html(_attack_article(text, url))
    doc = _assert_safe_html(out)
    assert not doc.xpath("//*[@src or @href]"), "a refused URL was emitted"
    # The attack text survives as text: the title holds it in full.
    assert doc.findtext(".//title") == text


@pytest.mark.parametrize("url", BAD_URLS)
@pytest.mark.parametrize("text", ATTACK_TEXTS)
def test_attack_corpus_markdown_has_no_raw_html(text: str, url: str) -> None:
    out = render_markdown(_attack_article(text, url))
    assert _unescaped_tag_opening(out) is None
    assert "](" not in out.replace("\\]", ""), "a refused URL was emitted"
    if MarkdownIt is not None:
        assert not [t for t in _md_tokens(out) if t.type in {"html_inline", "html_block"}]


def test_attack_corpus_good_url_survives_next_to_attack_text() -> None:
    out = render_html(_attack_article(ATTACK_TEXTS[0], "https://x.test/p?q=1"))
    doc = _assert_safe_html(out)
    assert {el.get("src") for el in doc.iter("img")} == {"https://x.test/p?q=1"}


# ---------------------------------------------------------------------------- properties

_PIECES = st.sampled_from(ATTACK_TEXTS + BAD_URLS + ["<", ">", "&", "`", "\\", "|", "\n", "1. "])
_TEXT = st.one_of(
    st.text(max_size=40),
    st.lists(st.one_of(st.text(max_size=8), _PIECES), max_size=6).map("".join),
)
_OPT_TEXT = st.one_of(st.none(), _TEXT)
_URL = st.one_of(st.none(), _TEXT, st.sampled_from(BAD_URLS + ["https://x.test/a b.jpg", "/r"]))
_IMAGE = st.builds(Image, src=_URL, alt=_OPT_TEXT, caption=_OPT_TEXT, credit=_OPT_TEXT)
_BLOCK = st.builds(
    Block,
    kind=st.sampled_from(
        ["heading", "paragraph", "list", "quote", "figure", "table", "code", "preformatted"]
    ),
    text=_TEXT,
    level=st.one_of(st.none(), st.integers(-2, 9)),
    items=st.lists(_TEXT, max_size=3).map(tuple),
    ordered=st.booleans(),
    rows=st.lists(st.lists(_TEXT, max_size=3).map(tuple), max_size=3).map(tuple),
    header=st.booleans(),
    image=st.one_of(st.none(), _IMAGE),
)
_NOTE = st.builds(
    Note,
    kind=st.one_of(st.sampled_from(["update", "correction", "editors_note"]), _TEXT),
    text=_TEXT,
)
_ARTICLE = st.builds(
    Article,
    headline=_OPT_TEXT,
    dek=_OPT_TEXT,
    authors=st.lists(_TEXT, max_size=2).map(tuple),
    published=_OPT_TEXT,
    modified=_OPT_TEXT,
    section=_OPT_TEXT,
    site_name=_OPT_TEXT,
    language=_OPT_TEXT,
    url=_URL,
    tags=st.lists(_TEXT, max_size=2).map(tuple),
    update_notes=st.lists(_NOTE, max_size=2).map(tuple),
    images=st.lists(_IMAGE, max_size=2).map(tuple),
    blocks=st.lists(_BLOCK, max_size=6).map(tuple),
    body=_TEXT,
)
_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(_ARTICLE)
def test_property_html_never_live(article: Article) -> None:
    doc = _assert_safe_html(render_html(article))
    headline = _collapse(article.headline or "")
    if headline:
        assert doc.findtext(".//h1") == headline


@_SETTINGS
@given(_ARTICLE)
def test_property_markdown_never_raw_html(article: Article) -> None:
    out = render_markdown(article)
    assert _unescaped_tag_opening(out) is None
    if MarkdownIt is not None:
        tokens = _md_tokens(out)
        assert not [t for t in tokens if t.type in {"html_inline", "html_block"}]
        for token in tokens:
            for name in ("href", "src"):
                value = token.attrGet(name) if token.attrs else None
                if value is not None:
                    allowed = ALLOWED_HREF if name == "href" else ALLOWED_SRC
                    assert _paranoid_scheme(str(value)) in allowed | {None}


@needs_markdown_it
@_SETTINGS
@given(_TEXT, _TEXT)
def test_property_markdown_text_round_trips(text: str, caption: str) -> None:
    blocks = (
        Block("paragraph", text),
        Block("heading", text, level=3),
        Block("list", items=(text,)),
        Block("table", rows=((text, "x"),), header=True),
        Block("figure", image=Image(None, caption=caption)),
    )
    expected, expected_caption = _collapse(text), _collapse(caption)
    doc = _md_to_doc(render_markdown(Article(blocks=blocks)))
    if expected:
        paragraph = " ".join(_flat(p) for p in doc.xpath("h3/preceding-sibling::p"))
        assert paragraph == expected
        assert _flat(doc.find("h3")) == expected
        assert _flat(doc.find("ul/li")) == expected
        assert _flat(doc.find(".//th")) == expected
    if expected_caption:
        assert _flat(doc.findall(".//em")[-1]) == expected_caption


def _flat(el: lxml.html.HtmlElement) -> str:
    return " ".join(el.text_content().split())
