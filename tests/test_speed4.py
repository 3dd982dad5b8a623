"""Speed shortcuts of session 4 must give what the plain code gives. Hand-made snippets model
the markup patterns: the metadata pass's tag iteration against its one-XPath form, and the
page-kind declarations gathered by that pass against the tree scan."""

from __future__ import annotations

from lxml import etree

from articlekit import ingest
from articlekit.kind import declared_kind, declares_product, is_discussion
from articlekit.metadata import read_metadata
from articlekit.metadata.reader import _collect_plain, collect
from articlekit.metadata.types import Metadata
from articlekit.options import Options

DECLARING_PAGE = """<html lang="en"><head>
<title>Harbour ledgers | Town Gazette</title>
<base href="/news/">
<meta property="og:type" content=" Article ">
<meta property="og:title" content="Harbour ledgers opened">
<meta name="author" content="Ada Lind">
<link rel="canonical" href="https://example.org/news/ledgers">
<link rel="image_src" href="/img/ledger.jpg">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ledgers"}</script>
<script type="Application/LD+JSON">{"@type": "Person", "name": "Ada Lind"}</script>
<script>var tracking = 1;</script>
<script itemprop="note">not json at all</script>
</head><body>
<div itemscope itemtype="https://schema.org/Article">
<h1 itemprop="headline">Harbour ledgers opened</h1>
<a rel="Author" href="/ada">Ada Lind</a> <a href="/x" itemprop="url">link</a>
<time datetime="2024-05-02">May 2</time>
<svg><title>icon tooltip</title></svg>
<base itemprop="odd">
</div>
<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ada</span></div>
</body></html>"""


def _root(html: str) -> etree._Element:
    return ingest.load(html, options=Options())


def _same_raw(fast, plain) -> None:
    for name in ("title", "base", "meta", "canonical", "image_links", "scripts"):
        assert getattr(fast, name) == getattr(plain, name), name
    for name in ("props", "times", "rel_authors"):
        assert [id(e) for e in getattr(fast, name)] == [id(e) for e in getattr(plain, name)]


def test_collect_by_tag_iteration_equals_the_one_xpath_walk() -> None:
    root = _root(DECLARING_PAGE)
    fast = collect(root)
    plain = _collect_plain(root.getroottree().getroot())
    _same_raw(fast, plain)
    assert fast.title == "Harbour ledgers | Town Gazette"  # not the SVG tooltip
    assert fast.base == "/news/"
    # The ld+json test ignores case, and a script with an itemprop is read too.
    assert fast.scripts[2] == "not json at all"
    assert len(fast.scripts) == 3
    assert [a.text for a in fast.rel_authors] == ["Ada Lind"]


def test_declarations_gathered_by_the_metadata_pass_equal_the_tree_scan() -> None:
    root = _root(DECLARING_PAGE)
    meta = read_metadata(root)
    gathered = meta.declarations
    assert gathered is not None
    assert gathered.og_type == ("article",)
    # Only the exact type "application/ld+json" counts for the kind tests.
    assert gathered.scripts == ('{"@type": "NewsArticle", "headline": "Ledgers"}',)
    assert gathered.itemtypes == ("https://schema.org/Article", "https://schema.org/Person")
    bare = Metadata(types=meta.types)  # nothing gathered: the kind tests scan the tree
    for test in (declared_kind, is_discussion, declares_product):
        assert test(root, meta) == test(root, bare)


def test_upper_case_itemprop_tags_take_the_plain_walk() -> None:
    root = _root("<html><head></head><body><p>x</p></body></html>")
    head = root.find("head")
    meta = etree.SubElement(head, "META", itemprop="description", content="Upper case meta")
    meta.set("name", "description")
    raw = collect(root)
    assert raw.meta.get("description") == ["Upper case meta"]
    assert raw.declarations is None  # the plain walk: the kind tests scan the tree
    assert read_metadata(root).declarations is None


def test_metadata_equality_ignores_the_declarations() -> None:
    root = _root("<html><head><title>T</title></head><body><p>x</p></body></html>")
    meta = read_metadata(root)
    assert meta.declarations is not None
    assert meta == Metadata(title="T", language=None)


def test_required_words_of_phrases() -> None:
    from articlekit.chrome import _required_words

    floating = r".{0,150}\bnewsletters?\b.{0,150}\b(?:sign up|subscribe)"
    assert _required_words(floating, True) == ("newsletter",)
    assert _required_words(r"(?:please )?(?:donate|make a donation)", True) == (
        "donate",
        "make a donation",
    )
    # The longest required run wins over a short one.
    assert _required_words(r".{0,99}\b(?:sent|mailed) to your inbox", True) == (" to your inbox",)
    # A required letter no ASCII text holds: no ASCII text can match; other texts: unknown.
    assert _required_words(r".{0,40}订阅.{0,20}邮件", True) == ()
    assert _required_words(r".{0,40}订阅.{0,20}邮件", False) is None
    # A branch of which one side is impossible on ASCII texts leaves the other side.
    assert _required_words(r".{0,9}(?:boletín|newsletter)", True) == ("newsletter",)
    # Letters that match ASCII ones under re.IGNORECASE count as those.
    assert _required_words(r".{0,9}ſign up", True) == ("sign up",)
    assert _required_words(r"[^.]{3,60}[.!] call us", False) == (" call us",)
    assert _required_words(r"(?:\w+ ){0,3}", True) is None  # nothing required


def test_text_gate_on_phrases_without_a_first_letter_equals_the_combined_regex() -> None:
    import re

    from articlekit.chrome import _combine, _TextGate

    patterns = [
        r"^\W{0,3}(?:.{0,60}\bnewsletters?\b.{0,60}\b(?:sign up|subscribe)"
        r"|(?:please )?(?:donate|make a donation)|.{0,40}订阅.{0,20}邮件"
        r"|[^.!?]{3,60}[.!?] (?:talk|speak) to (?:our )?experts?|(?:temps de )?lecture:? ?\d+ ?min"
        r"|.{0,30}(?:boletín|bulletin) (?:gratuit|free))",
        r"^\W{0,3}(?:share this|abonnez-vous)",
    ]
    combined = _combine(patterns, re.IGNORECASE)
    assert combined is not None
    gate = _TextGate(patterns)
    texts = [
        "Our weekly NEWSLETTER: sign up here",
        "Our weekly newsletter, now in print",
        "Please DONATE today",
        "— make a donation",
        "请订阅我们的邮件",
        "订阅",
        "Got questions? Talk to our experts",
        "Got questions. Chat to our experts",
        "Temps de lecture : 4 min",
        "LECTURE 4 MIN",
        "Das Bulletin free",
        "Le boletín gratuit",
        "ſhare this",  # long s
        "Our weekly newsletter: ſign up here",
        "Our weekly NEWSLETTER: \u0130 sign up",
        "Make a donat\u0131on",  # dotless i: equal to "i" under re.IGNORECASE
        "Café newsletter — subscribe",
        "The harbour master opened the ledgers",
        "",
    ]
    for text in texts:
        assert gate.match(text) == (combined.match(text) is not None), text
    assert gate.match("Café newsletter — subscribe")
    assert gate.match("Make a donat\u0131on")
    assert not gate.match("Our weekly newsletter, now in print")


def test_headings_by_tag_iteration_equal_the_xpath() -> None:
    from articlekit.fields.headline import _XPATH_HEADINGS, _headings

    plain = (
        "<html><head><title>T</title></head><body><h2>Kicker</h2><div><h1>Ledgers opened</h1>"
        "<h3>Part one</h3></div><h4>Not read</h4><h2>More</h2></body></html>"
    )
    root = _root(plain)
    meta = read_metadata(root)
    assert meta.headline_props == ()
    assert [el.text for el in _headings(root, meta)] == [
        "Kicker",
        "Ledgers opened",
        "Part one",
        "More",
    ]
    assert _headings(root, meta) == _XPATH_HEADINGS(root)
    # An itemprop="headline" element anywhere: the XPath, in document order.
    with_prop = plain.replace("<h4>Not read</h4>", '<p itemprop="headline">Declared</p>')
    root = _root(with_prop)
    meta = read_metadata(root)
    assert [el.text for el in meta.headline_props] == ["Declared"]
    found = [el.text for el in _headings(root, meta)]
    assert found == ["Kicker", "Ledgers opened", "Part one", "Declared", "More"]
    assert _headings(root, Metadata()) == _XPATH_HEADINGS(root)  # nothing gathered


def test_remeasure_leaves_the_stats_it_was_given_unchanged() -> None:
    from articlekit.measure import measure, remeasure

    html = (
        "<html><body><div><p>Kept paragraph, with words.</p>"
        "<div class='x'><p>Gone paragraph, with words.</p><span>inline <b>gone</b></span></div>"
        "tail text.</div><nav><a href='/'>Home</a></nav></body></html>"
    )
    body = _root(html).find("body")
    before = measure(body)
    copy = dict(before)
    values = {el: (s.raw, s.link, s.mass, s.lmass, s.cmass, s.size) for el, s in before.items()}
    removed = body.xpath("//div[@class='x'] | //nav")
    after = remeasure(before, removed)
    assert after[body].raw == len("Keptparagraph,withwords.tailtext.")
    # The copy taken before is still a fresh measurement of the unchanged tree.
    fresh = measure(body)
    assert list(copy) == list(fresh)
    for el, stat in copy.items():
        other = fresh[el]
        assert (stat.raw, stat.link, stat.mass, stat.lmass, stat.cmass, stat.size) == values[el]
        assert (other.raw, other.link, other.mass, other.lmass, other.cmass, other.size) == values[
            el
        ]


def test_chrome_pass_leaves_the_class_and_hidden_memos_it_read() -> None:
    from articlekit.chrome import mark_chrome
    from articlekit.dom import (
        attrs_class_id,
        attrs_hidden,
        class_id,
        extraction_memo,
        is_hidden,
        memoised,
    )
    from articlekit.measure import measure
    from articlekit.rules import RuleSet

    html = (
        "<html><body><div class='story' id='main'><p style='display: none'>Hidden note.</p>"
        "<p>Plain paragraph, with words.</p><span class='text-dark byline'>By Ada</span></div>"
        "</body></html>"
    )
    body = _root(html).find("body")
    with memoised():
        memo = extraction_memo()
        assert memo is not None
        mark_chrome(body, RuleSet.default(), measure(body))
        div = body[0]
        assert memo.class_ids[div] == "story main"  # stored by the chrome pass
        for el in body.iter():
            if el in memo.class_ids:
                assert memo.class_ids[el] == attrs_class_id(el) == class_id(el)
            if el in memo.hidden:
                assert memo.hidden[el] == attrs_hidden(el) == is_hidden(el)
    assert extraction_memo() is None  # nothing outside the extraction


def test_declarations_without_metadata_scan_the_tree() -> None:
    from articlekit.kind import _declarations

    root = _root(DECLARING_PAGE)
    assert _declarations(root) == read_metadata(root).declarations
