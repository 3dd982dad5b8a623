"""Tests of the ingest stage: encodings, bad input, limits, every kind of input, deep/wide pages.

Every page here is built in the test from Python strings and encoded with Python's own codecs,
so each expected value can be read off the input. Times are checked only against generous
"no hang" bounds; the real measurements live in benchmarks/scaling.py.
"""

from __future__ import annotations

import codecs
import io
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import lxml.etree
import lxml.html
import pytest

import articlekit
from articlekit import ExtractionError, LimitExceeded, NotHTMLError, Options
from articlekit.ingest import load
from articlekit.ingest.budget import Deadline, current
from articlekit.ingest.decode import _LABELS, codec_for_label, decode, prescan
from articlekit.ingest.parse import DEPTH_CEILING

OPTS = Options()
CAFE = "Le café coûte 3 € — «très» cher"


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def text_of(source: object, **kwargs: object) -> str:
    return load(source, options=OPTS, **kwargs).text_content()


def depth_of(root: lxml.etree._Element) -> int:
    """Deepest level under root (root = 1), walking iteratively with ancestors kept alive."""
    best, stack = 1, [(root, iter(root), 1)]
    while stack:
        child = next(stack[-1][1], None)
        if child is None:
            stack.pop()
            continue
        level = stack[-1][2] + 1
        best = max(best, level)
        stack.append((child, iter(child), level))
    return best


# --- byte order marks ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_bom_decides_and_beats_a_contrary_meta(bom: bytes, codec: str) -> None:
    html = page(f"<p>{CAFE} 日本</p>", '<meta charset="windows-1251">')
    data = bom + html.encode(codec)
    result = decode(data)
    assert (result.encoding, result.source) == (codec, "bom")
    assert result.text == html  # the BOM itself is not part of the text
    assert f"{CAFE} 日本" in text_of(data)


def test_utf16_without_bom_is_recognised_by_its_nul_pattern() -> None:
    data = page(f"<p>{CAFE}</p>").encode("utf-16-le")
    assert decode(data).encoding == "utf-16-le"
    assert CAFE in text_of(data)


# --- the caller's encoding= ----------------------------------------------------------------------


def test_caller_encoding_beats_meta() -> None:
    html = page("<p>Привет, мир</p>", '<meta charset="koi8-r">')
    data = html.encode("cp1251")
    assert decode(data, "windows-1251").source == "argument"
    assert "Привет, мир" in text_of(data, encoding="windows-1251")


def test_unknown_caller_encoding_is_ignored() -> None:
    data = page("<p>Привет</p>", '<meta charset="koi8-r">').encode("koi8_r")
    assert decode(data, "no-such-charset").source == "meta"
    assert "Привет" in text_of(data, encoding="no-such-charset")


# --- the <meta> prescan --------------------------------------------------------------------------

LEGACY = [
    ("shift_jis", "cp932", "日本語のページです。東京は首都です。"),
    ("gbk", "gbk", "这是一个中文网页。北京是首都。"),
    ("euc-kr", "euc_kr", "한국어 웹 페이지입니다. 서울은 수도입니다."),
    ("koi8-r", "koi8_r", "Это русская страница. Москва - столица."),
]


@pytest.mark.parametrize(("label", "codec", "sample"), LEGACY)
def test_legacy_encoding_declared_only_in_meta_charset(label: str, codec: str, sample: str) -> None:
    data = page(f"<p>{sample}</p>", f'<meta charset="{label}">').encode(codec)
    assert decode(data).source == "meta"
    assert sample in text_of(data)


@pytest.mark.parametrize(("label", "codec", "sample"), LEGACY)
def test_legacy_encoding_declared_in_http_equiv(label: str, codec: str, sample: str) -> None:
    meta = f'<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset={label.upper()}">'
    data = page(f"<p>{sample}</p>", meta).encode(codec)
    assert decode(data).source == "meta"
    assert sample in text_of(data)


def test_declared_iso_8859_1_is_decoded_as_windows_1252() -> None:
    # 0x80, 0x93, 0x94 are C1 controls in ISO-8859-1 but €, “, ” in windows-1252 (HTML5 rule).
    data = page("<p>\x80 \x93quoted\x94</p>", '<meta charset="iso-8859-1">').encode("latin-1")
    assert decode(data).encoding == "cp1252"
    assert "€ “quoted”" in text_of(data)


@pytest.mark.parametrize(
    "label", ["latin1", "US-ASCII", "ascii", "l1", "latin-1", "x-user-defined"]
)
def test_latin1_and_ascii_labels_mean_windows_1252(label: str) -> None:
    assert codec_for_label(label) == "cp1252"


def test_bytes_cp1252_leaves_undefined_become_c1_controls_not_errors() -> None:
    data = page("<p>a\x81b</p>", '<meta charset="windows-1252">').encode("latin-1")
    assert "a\x81b" in decode(data).text


def test_meta_declaring_utf16_means_utf8() -> None:
    data = page(f"<p>{CAFE}</p>", '<meta charset="utf-16">').encode("utf-8")
    assert decode(data).encoding == "utf-8"
    assert CAFE in text_of(data)


def test_prescan_ignores_meta_inside_a_comment_and_skips_quoted_gt() -> None:
    head = '<!-- <meta charset="koi8-r"> --><link title="a > b"><meta charset="windows-1251">'
    assert prescan(page("", head).encode("ascii")) == "cp1251"


def test_prescan_needs_http_equiv_for_content_charset() -> None:
    head = '<meta name="x" content="text/html; charset=koi8-r">'
    assert prescan(page("", head).encode("ascii")) is None


def test_prescan_looks_no_further_than_4096_bytes() -> None:
    filler = "<meta name='filler' content='" + "x" * 5000 + "'>"
    assert prescan(page("", filler + '<meta charset="koi8-r">').encode("ascii")) is None


def test_xml_declaration() -> None:
    html = '<?xml version="1.0" encoding="ISO-8859-5"?><html><body><p>Привет</p></body></html>'
    result = decode(html.encode("iso8859_5"))
    assert (result.encoding, result.source) == ("iso8859-5", "xml")
    assert "Привет" in text_of(html.encode("iso8859_5"))


def test_every_whatwg_label_maps_to_an_existing_codec() -> None:
    for label, codec in _LABELS.items():
        assert codecs.lookup(codec), label


# --- wrong declarations, bad bytes, detection ----------------------------------------------------


def test_utf8_bytes_declared_as_latin1_are_read_as_utf8() -> None:
    data = page(f"<p>{CAFE}</p>", '<meta charset="iso-8859-1">').encode("utf-8")
    result = decode(data)
    assert (result.encoding, result.declared) == ("utf-8", "cp1252")
    assert CAFE in text_of(data)


def test_windows_1252_bytes_declared_as_utf8_fall_back_to_detection() -> None:
    sentence = "Le café était très animé à l'époque où ma sœur étudiait là-bas. "
    data = page(f"<p>{sentence * 20}</p>", '<meta charset="utf-8">').encode("cp1252")
    assert decode(data).encoding == "cp1252"
    assert sentence.strip() in text_of(data)


def test_invalid_bytes_are_replaced_not_fatal() -> None:
    data = page("<p>good \xff\xfe bytes</p>").encode("latin-1").replace(b"good", "gööd".encode())
    text = text_of(data)
    assert "gööd" in text and "\ufffd" in text


def test_a_page_cut_inside_a_utf8_sequence_is_still_utf8() -> None:
    data = page(f"<p>{CAFE} 日本").encode("utf-8")
    data = data[: data.index("本".encode()) + 1]
    assert decode(data).encoding == "utf-8"
    assert CAFE in text_of(data)


@pytest.mark.parametrize(
    ("codec", "sample"),
    [
        ("cp1252", "Le café était très animé à l'époque où ma sœur étudiait là-bas."),
        ("cp1251", "Москва является столицей России и крупнейшим городом страны."),
        ("cp932", "日本語のテキストです。東京都は日本の首都です。文字コードの判定です。"),
    ],
)
def test_undeclared_legacy_encoding_is_detected(codec: str, sample: str) -> None:
    data = page(f"<p>{sample}</p>").encode(codec)
    assert decode(data).source == "detected"
    assert sample in text_of(data)


# --- str input: NULs, surrogates, controls -------------------------------------------------------


def test_nul_and_control_characters_in_str_are_dropped() -> None:
    root = load(page("<p>a\x00b\x01c\x0bd\ufffee</p>"), options=OPTS)
    assert root.find(".//p").text == "abc de"


def test_lone_surrogates_become_replacement_and_pairs_are_joined() -> None:
    root = load(page("<p>x\ud83d\ude00y\ud800z\udfff</p>"), options=OPTS)
    assert root.find(".//p").text == "x\U0001f600y\ufffdz\ufffd"


def test_str_with_an_xml_declaration_is_accepted() -> None:
    html = '<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>é</p></body></html>'
    assert text_of(html) == "é"


# --- not HTML at all -----------------------------------------------------------------------------

NOT_HTML = [
    (b"", "empty"),
    (b" \r\n\t  \n", "white space"),
    ("", "empty"),
    ("  \n\u200b ", "white space"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"),
    (b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "GIF"),
    (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "WebP"),
    (b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml", "ZIP"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", "gzip"),
    (b"\x7fELF\x02\x01\x01\x00", "ELF"),
    ("%PDF-1.4 read as text", "PDF"),
]


@pytest.mark.parametrize(("data", "word"), NOT_HTML)
def test_not_html_is_refused_in_one_line_naming_it(data: bytes | str, word: str) -> None:
    with pytest.raises(NotHTMLError) as caught:
        articlekit.extract(data)
    message = str(caught.value)
    assert word in message and "\n" not in message


def test_random_binary_is_refused() -> None:
    data = random.Random(7).randbytes(20_000)
    with pytest.raises(NotHTMLError, match="binary data"):
        articlekit.extract(data)


def test_not_html_error_is_an_extraction_error() -> None:
    assert issubclass(NotHTMLError, ExtractionError)
    assert issubclass(LimitExceeded, ExtractionError)


def test_plain_text_without_tags_is_a_page() -> None:
    text = "Just a line of plain text.\n\nAnd a second paragraph with more words in it."
    root = load(text, options=OPTS)
    assert root.tag == "html" and root.find("body") is not None
    assert "second paragraph" in root.text_content()
    assert isinstance(articlekit.extract(text), articlekit.Article)


@pytest.mark.parametrize(
    "html", ["<!-- only a comment -->", "<html></html>", "<head><title>t</title></head>"]
)
def test_markup_without_a_body_still_gets_html_head_and_body(html: str) -> None:
    root = load(html, options=OPTS)
    assert [child.tag for child in root] == ["head", "body"]


# --- limits --------------------------------------------------------------------------------------


def test_max_bytes_refuses_bytes_str_and_files(tmp_path: Path) -> None:
    small = Options(max_bytes=100)
    html = page("<p>" + "x" * 200 + "</p>")
    path = tmp_path / "big.html"
    path.write_text(html)
    for source in (html, html.encode(), path, io.BytesIO(html.encode())):
        with pytest.raises(LimitExceeded, match="max_bytes"):
            load(source, options=small)
    assert "x" * 200 in load(html, options=Options(max_bytes=len(html))).text_content()


def test_max_elements_refuses_a_wide_page_and_a_deep_one() -> None:
    limited = Options(max_elements=100)
    with pytest.raises(LimitExceeded, match="max_elements"):
        load(page("<p>x</p>" * 200), options=limited)
    with pytest.raises(LimitExceeded, match="max_elements"):
        load(page("<div>" * 5000), options=limited)
    assert load(page("<p>x</p>" * 50), options=limited) is not None


def test_max_depth_flattens_and_keeps_every_text_in_order() -> None:
    html = page("".join(f"<div><b>{i}</b>" for i in range(40)) + "end")
    root = load(html, options=Options(max_depth=10))
    assert depth_of(root) <= 10
    words = root.find("body").text_content().split("end")[0]
    assert words == "".join(str(i) for i in range(40))
    assert len(root.findall(".//b")) == 40  # the tags are kept too, only the nesting goes


def test_deadline_check_raises_with_the_stage_and_budget() -> None:
    deadline = Deadline(0.0)
    time.sleep(0.002)
    with pytest.raises(LimitExceeded, match=r"time budget of 0s exceeded while parsing"):
        deadline.check("parsing")
    Deadline(None).check("anything")  # an unlimited budget never expires
    assert Deadline(60).remaining() > 59


def test_load_uses_the_current_deadline() -> None:
    bs4 = pytest.importorskip("bs4")
    soup = bs4.BeautifulSoup(page("<p>x</p>" * 5000), "html.parser")
    with Deadline(0.0) as deadline:
        assert current() is deadline
        time.sleep(0.002)
        with pytest.raises(LimitExceeded, match="converting a BeautifulSoup tree"):
            load(soup, options=OPTS)
    assert current() is None


# --- kinds of input ------------------------------------------------------------------------------


def test_path_binary_file_and_text_file(tmp_path: Path) -> None:
    data = page("<p>Привет</p>", '<meta charset="koi8-r">').encode("koi8_r")
    path = tmp_path / "page.html"
    path.write_bytes(data)
    assert "Привет" in text_of(path)
    with path.open("rb") as handle:
        assert "Привет" in text_of(handle)
    assert "Привет" in text_of(io.StringIO(page("<p>Привет</p>")))


def test_a_str_is_html_even_when_it_names_a_file(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(page("<p>file content</p>"))
    assert "file content" not in text_of(str(path))
    assert str(path) in text_of(str(path))


@pytest.mark.parametrize("wrap", [bytes, bytearray, memoryview])
def test_bytes_like_inputs(wrap: type) -> None:
    assert CAFE in text_of(wrap(page(f"<p>{CAFE}</p>").encode("utf-8")))


def test_unsupported_input_is_a_type_error() -> None:
    for source in (42, None, ["<p>x</p>"], {"html": "x"}):
        with pytest.raises(TypeError, match="cannot read"):
            articlekit.extract(source)


def test_lxml_html_document_is_used_as_is() -> None:
    doc = lxml.html.document_fromstring(page("<p>mine</p>"))
    assert load(doc.body, options=OPTS) is doc


def test_lxml_document_with_comments_is_copied_without_them_keeping_tails() -> None:
    doc = lxml.html.document_fromstring(page("<p>one <!-- c -->two<?pi x?> three</p>"))
    before = lxml.etree.tostring(doc)
    root = load(doc, options=OPTS)
    assert root is not doc and root.find("body/p").text == "one two three"
    assert lxml.etree.tostring(doc) == before  # the caller's tree is untouched


def test_lxml_fragment_and_xhtml_tree_are_copied_into_a_document() -> None:
    xhtml = lxml.etree.fromstring(
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p class="c">x<!--c-->y</p></body></html>'
    )
    root = load(xhtml, options=OPTS)
    assert isinstance(root, lxml.html.HtmlElement)
    assert (
        lxml.etree.tostring(root.find("body"), encoding=str) == '<body><p class="c">xy</p></body>'
    )
    tree = lxml.etree.ElementTree(lxml.etree.fromstring("<div><p>in a tree</p></div>"))
    root = load(tree, options=OPTS)
    assert root.tag == "html" and root.find("body/div/p").text == "in a tree"


def test_beautifulsoup_objects_and_tags() -> None:
    bs4 = pytest.importorskip("bs4")
    html = page(
        '<p id="a" class="x y">Hello <b>bold</b> tail<!-- no -->after</p>', "<title>T</title>"
    )
    soup = bs4.BeautifulSoup(html, "html.parser")
    root = load(soup, options=OPTS)
    para = root.find("body/p")
    assert para.get("class") == "x y" and para.get("id") == "a"
    assert para.text_content() == "Hello bold tailafter"
    assert root.findtext("head/title") == "T"
    root = load(soup.find("b"), options=OPTS)
    assert [child.tag for child in root] == ["head", "body"] and root.findtext("body/b") == "bold"


def _sources() -> list[object]:
    bs4 = pytest.importorskip("bs4")
    html = page("<p>x</p>", "<title>T</title>")
    return [
        html,
        html.encode(),
        page("<div>x" * 1000, "<title>T</title>"),  # the deep-page fallback
        bs4.BeautifulSoup(html, "html.parser"),
        lxml.etree.fromstring("<div><title>T</title><p>x</p></div>"),
        lxml.html.document_fromstring(html),
    ]


def test_every_result_is_its_documents_root_so_absolute_xpaths_work() -> None:
    for source in _sources():
        root = load(source, options=OPTS)
        assert root.getroottree().getroot() is root, type(source)
        assert root.xpath("count(//*)") == root.xpath("count(descendant-or-self::*)")
        assert root.xpath("string(//title)") == "T", type(source)


# --- deep and wide pages -------------------------------------------------------------------------

DEEP = 100_000


def deep_page(tag: str = "div") -> str:
    return page("<p>before</p>" + f"<{tag}>x" * DEEP + f"</{tag}>" * DEEP + "<p>AFTER</p>")


@pytest.mark.parametrize(
    "html",
    [
        deep_page(),
        page("<span><div>x</span>" * DEEP + "<p>AFTER</p>"),  # libxml2 cannot close these
        "<p>AFTER" + "<b>" * DEEP,  # never closed at all
    ],
    ids=["nested-divs", "misnested-span-div", "unclosed"],
)
def test_deep_pages_parse_fast_flattened_and_lose_nothing(html: str) -> None:
    start = time.perf_counter()
    root = load(html, options=OPTS)
    assert time.perf_counter() - start < 10
    assert depth_of(root) <= DEPTH_CEILING
    text = root.text_content()
    assert "AFTER" in text
    assert text.count("x") == html.count("x")


def test_deep_page_through_extract_gives_a_sane_article() -> None:
    start = time.perf_counter()
    article = articlekit.extract(deep_page())
    assert time.perf_counter() - start < 60  # "no hang": measured about 5 s
    assert article.body.endswith("AFTER")


def test_two_hundred_thousand_siblings_through_extract() -> None:
    html = page("<p>x</p>" * 200_000)
    start = time.perf_counter()
    root = load(html, options=OPTS)
    assert time.perf_counter() - start < 10
    assert len(root.find("body")) == 200_000
    article = articlekit.extract(html)
    assert time.perf_counter() - start < 60  # measured about 8 s
    assert article.body.count("x") == 200_000


def test_deep_beautifulsoup_is_converted_without_recursion() -> None:
    bs4 = pytest.importorskip("bs4")
    soup = bs4.BeautifulSoup("<div class='a'>x" * DEEP + "AFTER", "html.parser")
    start = time.perf_counter()
    root = load(soup, options=OPTS)
    assert time.perf_counter() - start < 10
    assert depth_of(root) <= DEPTH_CEILING
    assert root.text_content() == "x" * DEEP + "AFTER"


def test_deep_lxml_tree_is_copied_flat_in_linear_time() -> None:
    builder_parser = lxml.etree.HTMLParser(huge_tree=True, target=lxml.etree.TreeBuilder())
    deep = lxml.etree.fromstring(deep_page(), builder_parser)  # a plain lxml tree, 100k deep
    start = time.perf_counter()
    root = load(deep, options=OPTS)
    assert time.perf_counter() - start < 10
    assert depth_of(root) <= DEPTH_CEILING and root.text_content().endswith("AFTER")


def test_nested_tables_do_not_hang() -> None:
    # Found by test_properties.py::test_deep_nesting. Run in a child process so that the
    # suite waits at most 20 s for it; 2,000 nested tables should take well under a second.
    code = (
        "import articlekit; "
        "articlekit.extract('<html><body>' + '<table>w ' * 2000 + 'END</body></html>')"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=20)


@pytest.mark.skipif(not os.environ.get("ARTICLEKIT_BIG"), reason="set ARTICLEKIT_BIG=1 for 20 MB")
def test_twenty_megabyte_page() -> None:
    para = "<p>" + "word " * 200 + "</p>"
    html = page(para * (20_000_000 // len(para)))
    assert isinstance(articlekit.extract(html), articlekit.Article)
