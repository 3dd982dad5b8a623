"""The metadata pass (articlekit.metadata.read_metadata) on small hand-written pages."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import lxml.html
import pytest

from articlekit.metadata import Metadata, read_metadata
from articlekit.metadata.jsonld import loads_lenient
from articlekit.metadata.reader import normalise_lang


def page(head: str = "", body: str = "", html_attrs: str = "") -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(
        f"<html {html_attrs}><head>{head}</head><body>{body}<p>text</p></body></html>"
    )


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def read(head: str = "", body: str = "", url: str | None = None, **kw: str) -> Metadata:
    return read_metadata(page(head, body, **kw), url)


ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Rivers Rise in Spring",
    "alternativeHeadline": "Floods expected along the delta",
    "description": "Water levels climbed all week.",
    "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
    "datePublished": "2021-05-19T22:00:00-04:00",
    "dateModified": "2021-05-20T08:00:00-04:00",
    "articleSection": ["Environment", "Science"],
    "keywords": "rivers, floods , spring",
    "publisher": {"@type": "Organization", "name": "Delta Times"},
    "image": [{"@type": "ImageObject", "url": "https://example.com/river.jpg"}],
    "inLanguage": "en-GB",
    "url": "https://example.com/rivers",
}


# --- JSON-LD ------------------------------------------------------------------------------------


def test_jsonld_article_fields() -> None:
    md = read(ld(ARTICLE))
    assert md.headlines[0] == ("jsonld", "Rivers Rise in Spring")
    assert ("jsonld", "Water levels climbed all week.") in md.descriptions
    assert ("jsonld-alternative", "Floods expected along the delta") in md.descriptions
    assert md.authors == ["Jane Doe", "John Roe"]
    assert md.published == "2021-05-19T22:00:00-04:00"
    assert md.modified == "2021-05-20T08:00:00-04:00"
    assert md.section == "Environment"  # a list: the first
    assert md.tags == ["rivers", "floods", "spring"]
    assert md.site_name == "Delta Times"
    assert md.image == "https://example.com/river.jpg"
    assert md.language == "en-GB"
    assert md.canonical_url == "https://example.com/rivers"
    assert md.types == ["NewsArticle"]
    assert md.sources["authors"] == "jsonld"


@pytest.mark.parametrize(
    "script",
    [
        pytest.param('{"@type": "Article", "headline": "Broken",}', id="trailing-comma-object"),
        pytest.param('{"@type": "Article", "headline": "Broken", "k": [1, 2,],}', id="in-array"),
        pytest.param('<!-- {"@type": "Article", "headline": "Broken"} -->', id="html-comment"),
        pytest.param('//<![CDATA[\n{"@type": "Article", "headline": "Broken"}\n//]]>', id="cdata"),
        pytest.param('<![CDATA[{"@type": "Article", "headline": "Broken"}]]>', id="bare-cdata"),
        pytest.param('{"@type": "Article", "headline": "Bro\nken"}', id="raw-newline"),
        pytest.param('{"@type": "Article", "headline": "Broken", "x": "it\\\'s"}', id="bad-escape"),
        pytest.param('{"@type": "Person"}{"@type": "Article", "headline": "Broken"}', id="concat"),
        pytest.param('[{"@type": "Article", "headline": "Broken"}];', id="semicolon"),
    ],
)
def test_broken_jsonld_is_read(script: str) -> None:
    md = read(f'<script type="application/ld+json">{script}</script>')
    assert md.headlines and md.headlines[0][0] == "jsonld"
    assert md.headlines[0][1].replace(" ", "") == "Broken"


@pytest.mark.parametrize(
    "script",
    ["", "{", "not json at all", '{"@type": "Article", "headline": }', "[" * 50_000, "null",
     '"just a string"', "12"],
)  # fmt: skip
def test_hopeless_jsonld_never_raises(script: str) -> None:
    md = read(f'<script type="application/ld+json">{script}</script>')
    assert md.headlines == []


def test_loads_lenient_keeps_good_values_before_a_broken_one() -> None:
    values = loads_lenient('{"a": 1} {"b": ')
    assert values == [{"a": 1}]


def test_top_level_array() -> None:
    md = read(ld([{"@type": "BreadcrumbList"}, {"@type": "BlogPosting", "headline": "Posted"}]))
    assert md.headlines[0] == ("jsonld", "Posted")
    assert md.types == ["BlogPosting"]


def test_graph_with_id_references() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "@id": "https://ex.com/#site", "name": "Example Site"},
            {"@type": "WebPage", "@id": "https://ex.com/a#page", "name": "A | Example Site"},
            {
                "@type": "Article",
                "headline": "A",
                "author": {"@id": "https://ex.com/#/person/1"},
                "publisher": {"@id": "https://ex.com/#org"},
                "image": {"@id": "https://ex.com/a#img"},
                "datePublished": "2021-05-19",
            },
            {"@type": "Person", "@id": "https://ex.com/#/person/1", "name": "Jane Doe"},
            {"@type": "Organization", "@id": "https://ex.com/#org", "name": "Example Org"},
            {"@type": "ImageObject", "@id": "https://ex.com/a#img", "url": "https://ex.com/i.png"},
        ],
    }
    md = read(ld(graph))
    assert md.authors == ["Jane Doe"]
    assert md.site_name == "Example Org"
    assert md.image == "https://ex.com/i.png"
    assert md.headlines[0] == ("jsonld", "A")


def test_nested_main_entity() -> None:
    web_page = {
        "@type": "WebPage",
        "name": "Page name",
        "mainEntity": {"@type": "NewsArticle", "headline": "Nested", "datePublished": "2021-05-19"},
    }
    md = read(ld(web_page))
    assert md.headlines[0] == ("jsonld", "Nested")
    assert md.types == ["NewsArticle"]
    assert md.published == "2021-05-19"


def test_article_preferred_over_earlier_webpage() -> None:
    md = read(
        ld({"@type": "WebPage", "name": "Title | Site", "datePublished": "2020-01-01"})
        + ld({"@type": "Article", "headline": "Title", "datePublished": "2021-05-19"})
    )
    assert md.headlines[0] == ("jsonld", "Title")
    assert md.published == "2021-05-19"


def test_webpage_is_the_fallback() -> None:
    md = read(ld({"@type": "WebPage", "name": "Only a page", "datePublished": "2021-05-19"}))
    assert md.types == ["WebPage"]
    assert md.published == "2021-05-19"


def test_article_matching_canonical_wins() -> None:
    head = '<link rel="canonical" href="https://ex.com/this">'
    teaser = {"@type": "NewsArticle", "headline": "Other", "url": "https://ex.com/other",
              "datePublished": "2020-01-01"}  # fmt: skip
    own = {"@type": "NewsArticle", "headline": "This", "url": "https://ex.com/this/",
           "datePublished": "2021-05-19"}  # fmt: skip
    md = read(head + ld(teaser) + ld(own))
    assert md.headlines[0] == ("jsonld", "This")
    assert md.published == "2021-05-19"


def test_type_list_and_uri_types() -> None:
    md = read(ld({"@type": ["http://schema.org/ReportageNewsArticle"], "headline": "H"}))
    assert md.types == ["ReportageNewsArticle"]


def test_page_dates_fill_what_the_article_lacks() -> None:
    md = read(
        ld({"@type": "WebPage", "datePublished": "2021-05-19", "dateModified": "2021-05-21"})
        + ld({"@type": "Article", "headline": "No dates here"})
    )
    assert (md.published, md.modified) == ("2021-05-19", "2021-05-21")


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        pytest.param({"@type": "Organization", "name": "Reuters"}, [], id="organization"),
        pytest.param(
            [{"@type": "NewsMediaOrganization", "name": "Daily Planet"},
             {"@type": "Person", "name": "Lois Lane"}],
            ["Lois Lane"], id="org-skipped-person-kept",
        ),
        pytest.param("Jane Doe and John Roe", ["Jane Doe", "John Roe"], id="string"),
        pytest.param({"@type": "Person", "givenName": "Jane", "familyName": "Doe"}, ["Jane Doe"],
                     id="given-family"),
        pytest.param({"@type": "Person", "name": ["Jane Doe"]}, ["Jane Doe"], id="name-list"),
        pytest.param({"@type": "Person", "name": "By JANE DOE"}, ["Jane Doe"], id="cleaned"),
        pytest.param({"@type": "Person", "name": ", Daily Planet"}, [], id="empty-name-template"),
        pytest.param({"@type": "Person", "name": "Jane Doe &amp; John Roe"},
                     ["Jane Doe", "John Roe"], id="escaped-html"),
    ],
)  # fmt: skip
def test_jsonld_authors(author: object, expected: list[str]) -> None:
    md = read(ld({"@type": "Article", "headline": "H", "author": author}))
    assert md.authors == expected


def test_creator_when_no_author() -> None:
    md = read(ld({"@type": "Article", "creator": {"@type": "Person", "name": "Jane Doe"}}))
    assert md.authors == ["Jane Doe"]


@pytest.mark.parametrize(
    ("keywords", "expected"),
    [
        pytest.param(["rivers", "floods", "Rivers"], ["rivers", "floods"], id="list-deduped"),
        pytest.param("a; b; c", ["a", "b", "c"], id="semicolons"),
        pytest.param([["nested"], "flat"], ["flat"], id="nested-lists-ignored"),
    ],
)
def test_jsonld_keywords(keywords: object, expected: list[str]) -> None:
    assert read(ld({"@type": "Article", "keywords": keywords})).tags == expected


@pytest.mark.parametrize(
    ("image", "expected"),
    [
        pytest.param("https://ex.com/a.jpg", "https://ex.com/a.jpg", id="string"),
        pytest.param({"@type": "ImageObject", "contentUrl": "https://ex.com/b.jpg"},
                     "https://ex.com/b.jpg", id="content-url"),
        pytest.param(["https://ex.com/c.jpg", "https://ex.com/d.jpg"], "https://ex.com/c.jpg",
                     id="list"),
        pytest.param("/rel.jpg", "https://ex.com/rel.jpg", id="relative"),
    ],
)  # fmt: skip
def test_jsonld_image(image: object, expected: str) -> None:
    md = read(ld({"@type": "Article", "image": image}), url="https://ex.com/story")
    assert md.image == expected


# --- OpenGraph, Twitter, <meta name> --------------------------------------------------------


OG_HEAD = """
<title>Rivers Rise | Delta Times</title>
<meta property="og:title" content="Rivers Rise">
<meta property="og:description" content="OG description">
<meta property="og:site_name" content="Delta Times">
<meta property="og:url" content="https://example.com/og-url">
<meta property="og:image" content="/img/river.jpg">
<meta property="og:locale" content="en_US">
<meta property="article:published_time" content="2021-05-19T22:00:00Z">
<meta property="article:modified_time" content="2021-05-20T10:00:00Z">
<meta property="article:section" content="Environment">
<meta property="article:tag" content="rivers">
<meta property="article:tag" content="floods">
<meta property="article:author" content="https://facebook.com/janedoe">
<meta property="article:author" content="Jane Doe">
<meta name="twitter:title" content="Rivers Rise (Twitter)">
<meta name="twitter:description" content="Twitter description">
<meta name="description" content="Meta description">
<meta name="keywords" content="seo, junk">
<meta name="application-name" content="Delta App">
"""


def test_opengraph_and_meta() -> None:
    md = read(OG_HEAD, url="https://example.com/page")
    assert md.title == "Rivers Rise | Delta Times"
    assert md.headlines == [("og", "Rivers Rise"), ("twitter", "Rivers Rise (Twitter)")]
    assert md.descriptions == [
        ("og", "OG description"),
        ("twitter", "Twitter description"),
        ("meta", "Meta description"),
    ]
    assert md.site_name == "Delta Times"
    assert md.canonical_url == "https://example.com/og-url"
    assert md.image == "https://example.com/img/river.jpg"
    assert md.language == "en-US"
    assert md.published == "2021-05-19T22:00:00Z"
    assert md.modified == "2021-05-20T10:00:00Z"
    assert md.section == "Environment"
    assert md.tags == ["rivers", "floods"]  # article:tag outranks meta keywords
    assert md.authors == ["Jane Doe"]  # the profile URL is skipped
    assert md.sources["authors"] == "meta:article:author"


def test_name_keywords_and_application_name() -> None:
    md = read(
        '<meta name="news_keywords" content="one, two"><meta name="keywords" content="three">'
        '<meta name="application-name" content="Delta App">'
    )
    assert md.tags == ["one", "two", "three"]
    assert md.site_name == "Delta App"


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        pytest.param('<meta name="date" content="2021-05-19">', "2021-05-19", id="date"),
        pytest.param('<meta name="pubdate" content="20210519">', "2021-05-19", id="pubdate"),
        pytest.param('<meta name="publish-date" content="May 19, 2021">', "2021-05-19",
                     id="publish-date-visible-form"),
        pytest.param('<meta name="DC.date.issued" content="2021-05-19">', "2021-05-19", id="dc"),
        pytest.param('<meta name="dcterms.created" content="2021-05-19">', "2021-05-19",
                     id="dcterms"),
        pytest.param('<meta name="sailthru.date" content="2021-05-19 22:00:00 -0400">',
                     "2021-05-19T22:00:00-04:00", id="sailthru"),
        pytest.param('<meta name="parsely-pub-date" content="2021-05-19T22:00:00Z">',
                     "2021-05-19T22:00:00Z", id="parsely"),
        pytest.param('<meta name="parsely-page" content=\'{"pub_date": "2021-05-19"}\'>',
                     "2021-05-19", id="parsely-page-blob"),
        pytest.param('<meta itemprop="datePublished" content="2021-05-19">', "2021-05-19",
                     id="itemprop-meta"),
    ],
)  # fmt: skip
def test_other_date_conventions(meta: str, expected: str) -> None:
    assert read(meta).published == expected


def test_author_meta_conventions() -> None:
    assert read('<meta name="author" content="By Jane Doe">').authors == ["Jane Doe"]
    assert read('<meta name="author" content="Delta Times Staff">').authors == []
    assert read('<meta name="parsely-author" content="Jane Doe">').authors == ["Jane Doe"]
    md = read('<meta name="citation_author" content="Doe, Jane">')
    assert md.authors == ["Jane Doe"]


def test_modified_meta_conventions() -> None:
    assert read('<meta property="og:updated_time" content="2021-05-20">').modified == "2021-05-20"
    assert read('<meta name="dcterms.modified" content="2021-05-20">').modified == "2021-05-20"


def test_double_escaped_meta() -> None:
    md = read('<meta property="og:title" content="It&amp;#8217;s here">')
    assert md.headlines == [("og", "It\u2019s here")]


# --- date priority and plausibility ------------------------------------------------------------


JSONLD_DATE = ld({"@type": "Article", "datePublished": "2021-01-01"})
ARTICLE_META = '<meta property="article:published_time" content="2021-02-02">'
ITEMPROP = '<span itemprop="datePublished" content="2021-03-03"></span>'
OTHER_META = '<meta name="date" content="2021-04-04">'
TIME = '<p class="byline"><time datetime="2021-05-05">May 5</time></p>'


@pytest.mark.parametrize(
    ("head", "body", "expected", "source"),
    [
        pytest.param(JSONLD_DATE + ARTICLE_META + OTHER_META, ITEMPROP + TIME, "2021-01-01",
                     "jsonld", id="jsonld-first"),
        pytest.param(ARTICLE_META + OTHER_META, ITEMPROP + TIME, "2021-02-02",
                     "meta:article:published_time", id="article-meta-second"),
        pytest.param(OTHER_META, ITEMPROP + TIME, "2021-03-03", "itemprop", id="itemprop-third"),
        pytest.param(OTHER_META, TIME, "2021-04-04", "meta:date", id="other-meta-fourth"),
        pytest.param("", TIME, "2021-05-05", "time", id="time-last"),
    ],
)  # fmt: skip
def test_published_priority(head: str, body: str, expected: str, source: str) -> None:
    md = read(head, body)
    assert md.published == expected
    assert md.sources["published"] == source


@pytest.mark.parametrize(
    "bad",
    ["2021-02-30", "1970-01-01T00:00:00Z", "0000-00-00", "1800-05-05", "soon", "0"],
)
def test_implausible_dates_fall_through(bad: str) -> None:
    md = read(ld({"@type": "Article", "datePublished": bad}) + OTHER_META)
    assert md.published == "2021-04-04"


def test_no_date_anywhere() -> None:
    md = read("<title>t</title>", "<p>Nothing dated here, 2021 was a year.</p>")
    assert md.published is None and md.modified is None


# --- microdata ----------------------------------------------------------------------------------


MICRODATA = """
<div itemscope itemtype="https://schema.org/BreadcrumbList">
  <span itemprop="name">Home</span>
</div>
<article itemscope itemtype="https://schema.org/NewsArticle">
  <h1 itemprop="name">Microdata Headline</h1>
  <span itemprop="author" itemscope itemtype="https://schema.org/Person">
    By <span itemprop="name">Jane Doe</span>
  </span>
  <time itemprop="datePublished" datetime="2021-05-19T10:00:00+02:00">May 19</time>
  <time itemprop="dateModified" datetime="2021-05-20">May 20</time>
  <span itemprop="articleSection">Science</span>
  <meta itemprop="keywords" content="alpha, beta">
</article>
<aside class="related-stories">
  <div itemscope itemtype="https://schema.org/NewsArticle">
    <span itemprop="name">Teaser</span>
    <span itemprop="author">John Roe</span>
  </div>
</aside>
"""


def test_microdata_article() -> None:
    md = read(body=MICRODATA)
    assert md.headlines == [("itemprop", "Microdata Headline")]
    assert md.authors == ["Jane Doe"]
    assert md.published == "2021-05-19T10:00:00+02:00"
    assert md.modified == "2021-05-20"
    assert md.section == "Science"
    assert md.tags == ["alpha", "beta"]


def test_microdata_name_outside_article_is_not_a_headline() -> None:
    body = '<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane Doe'
    body += '</span></div><span itemprop="name">Loose name</span>'
    assert read(body=body).headlines == []


def test_unscoped_itemprop_author_uses_text_not_href() -> None:
    body = '<p class="byline"><a itemprop="author" href="/authors/jd">Jane Doe</a></p>'
    assert read(body=body).authors == ["Jane Doe"]


def test_teaser_authors_in_related_list_ignored() -> None:
    body = '<div class="related-posts"><div class="card"><span itemprop="author">John Roe</span>'
    body += "</div></div>"
    assert read(body=body).authors == []


# --- <time>, rel=author, canonical, lang, base, title ---------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param('<time pubdate datetime="2021-05-19">x</time>', "2021-05-19", id="pubdate"),
        pytest.param('<time class="entry-date published" datetime="2021-05-19">x</time>',
                     "2021-05-19", id="published-class"),
        pytest.param('<div class="post-meta"><time datetime="2021-05-19">x</time></div>',
                     "2021-05-19", id="byline-container"),
        pytest.param('<div class="byline"><time>May 19, 2021</time></div>', "2021-05-19",
                     id="text-only-time"),
        pytest.param('<div class="content-sidebar-wrap"><div class="entry-meta">'
                     '<time datetime="2021-05-19">x</time></div></div>', "2021-05-19",
                     id="layout-wrapper-is-not-a-sidebar"),
        pytest.param('<time datetime="2021-05-19">x</time>', None, id="no-context"),
        pytest.param('<div class="related"><div class="meta"><time datetime="2021-05-19">x'
                     "</time></div></div>", None, id="in-related-list"),
        pytest.param('<nav><p class="date"><time datetime="2021-05-19">x</time></p></nav>', None,
                     id="in-nav"),
        pytest.param('<div class="comments"><div class="comment-meta">'
                     '<time datetime="2021-05-19" pubdate>x</time></div></div>', None,
                     id="in-comments"),
    ],
)  # fmt: skip
def test_time_elements(body: str, expected: str | None) -> None:
    assert read(body=body).published == expected


def test_updated_time_is_modified_not_published() -> None:
    md = read(body='<div class="byline"><time class="updated" datetime="2021-05-20">x</time></div>')
    assert (md.published, md.modified) == (None, "2021-05-20")


def test_rel_author() -> None:
    assert read(body='<p>By <a rel="author" href="/jd">Jane Doe</a></p>').authors == ["Jane Doe"]
    assert read(body='<a rel="author" href="/a">admin</a>').authors == []
    assert read(body='<a rel="author nofollow" href="/a">Jane Doe</a>').authors == ["Jane Doe"]


def test_rel_author_on_a_listing_is_no_byline() -> None:
    teasers = "".join(
        f'<li><h2>Story {i}</h2><p class="by"><a rel="author" href="/a{i}">{name}</a></p></li>'
        for i, name in enumerate(["Jane Doe", "John Roe", "Ann Poe"])
    )
    md = read(body=f"<ul>{teasers}</ul>")
    assert md.authors == []


def test_rel_author_repeated_in_an_author_box_is_still_the_byline() -> None:
    body = '<article><header><p class="byline">By <a rel="author" href="/jd">Jane Doe</a></p>'
    body += "</header><div><p>Story.</p></div><footer><div class='author-box'><p>"
    body += '<a rel="author" href="/jd">Jane Doe</a></p></div></footer></article>'
    body += '<section class="more"><ul><li><p><a rel="author" href="/jr">John Roe</a></p></li>'
    body += "</ul></section>"
    assert read(body=body).authors == ["Jane Doe"]


def test_rel_author_two_in_one_byline() -> None:
    body = '<p class="byline">By <a rel="author" href="/jd">Jane Doe</a> and '
    body += '<a rel="author" href="/jr">John Roe</a></p>'
    assert read(body=body).authors == ["Jane Doe", "John Roe"]


@pytest.mark.parametrize(
    ("head", "url", "expected"),
    [
        pytest.param('<link rel="canonical" href="https://ex.com/a">', None, "https://ex.com/a",
                     id="absolute"),
        pytest.param('<link rel="canonical" href="/a">', "https://ex.com/x/y", "https://ex.com/a",
                     id="relative-resolved"),
        pytest.param('<link rel="canonical" href="a">', "https://ex.com/x/y",
                     "https://ex.com/x/a", id="path-relative"),
        pytest.param('<base href="https://cdn.ex.com/base/"><link rel="canonical" href="a">',
                     "https://ex.com/x/y", "https://cdn.ex.com/base/a", id="base-href"),
        pytest.param('<base href="/base/"><link rel="canonical" href="a">',
                     "https://ex.com/x/y", "https://ex.com/base/a", id="relative-base"),
        pytest.param('<link rel="canonical" href="/a">', None, None, id="relative-without-url"),
        pytest.param('<link rel="canonical" href="javascript:alert(1)">', "https://ex.com/",
                     None, id="javascript"),
        pytest.param('<meta property="og:url" content="https://ex.com/og">', None,
                     "https://ex.com/og", id="og-url-fallback"),
        pytest.param(ld({"@type": "Article", "url": "https://ex.com/ld"}), None,
                     "https://ex.com/ld", id="jsonld-url-fallback"),
        pytest.param('<link rel="canonical" href="https://ex.com/c"><meta property="og:url" '
                     'content="https://ex.com/og">', None, "https://ex.com/c",
                     id="canonical-before-og"),
        pytest.param("", "https://ex.com/page", None, id="none-declared"),
    ],
)  # fmt: skip
def test_canonical(head: str, url: str | None, expected: str | None) -> None:
    assert read(head, url=url).canonical_url == expected


@pytest.mark.parametrize(
    ("head", "attrs", "expected"),
    [
        pytest.param("", 'lang="en"', "en", id="html-lang"),
        pytest.param("", 'lang="EN-us"', "en-US", id="case"),
        pytest.param("", 'lang="zh-hant-tw"', "zh-Hant-TW", id="script"),
        pytest.param('<meta http-equiv="content-language" content="de-AT">', "", "de-AT",
                     id="content-language"),
        pytest.param('<meta property="og:locale" content="pt_BR">', "", "pt-BR", id="og-locale"),
        pytest.param('<meta property="og:locale" content="pt_BR">', 'lang="fr"', "fr",
                     id="html-lang-first"),
        pytest.param("", 'lang="{{lang}}"', None, id="template-junk"),
    ],
)  # fmt: skip
def test_language(head: str, attrs: str, expected: str | None) -> None:
    assert read(head, html_attrs=attrs).language == expected


def test_normalise_lang_first_of_list() -> None:
    assert normalise_lang("en-us, fr") == "en-US"
    assert normalise_lang("") is None


def test_svg_title_is_not_the_page_title() -> None:
    root = lxml.html.document_fromstring(
        "<html><body><svg><title>icon</title></svg><p>x</p></body></html>"
    )
    assert read_metadata(root, None).title is None


def test_headlines_deduplicated_in_priority_order() -> None:
    head = ld({"@type": "Article", "headline": "Same"})
    head += '<meta property="og:title" content="same">'
    head += '<meta name="twitter:title" content="Other">'
    md = read(head, '<article itemscope itemtype="http://schema.org/Article">'
                    '<h1 itemprop="headline">Third</h1></article>')  # fmt: skip
    assert md.headlines == [("jsonld", "Same"), ("twitter", "Other"), ("itemprop", "Third")]


def test_site_name_og_outranks_publisher() -> None:
    head = ld({"@type": "Article", "publisher": {"name": "Publisher Name"}})
    head += '<meta property="og:site_name" content="OG Site">'
    assert read(head).site_name == "OG Site"


def test_read_only() -> None:
    root = page(OG_HEAD + ld(ARTICLE), MICRODATA + TIME)
    before = lxml.html.tostring(root)
    read_metadata(root, "https://example.com/")
    assert lxml.html.tostring(root) == before


def test_accepts_any_element_of_the_tree() -> None:
    root = page(ld(ARTICLE))
    body = root.find("body")
    assert read_metadata(body, None).headlines[0] == ("jsonld", "Rivers Rise in Spring")


def test_empty_page() -> None:
    md = read_metadata(lxml.html.fromstring("<p>x</p>"), None)
    assert md == Metadata()


# --- the real pages: never crash (read from ../shared/corpora when present) ------------------


def _corpus() -> Path:
    env = os.environ.get("ARTICLEKIT_CORPORA")
    base = Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "corpora"
    return base / "wcxb-dev" / "html"


@pytest.mark.skipif(not _corpus().is_dir(), reason="wcxb-dev corpus not found beside the repo")
def test_corpus_pages_never_crash() -> None:
    files = sorted(_corpus().glob("*.html.gz"))[::4]  # a quarter of the pages keeps this quick
    assert files
    for path in files:
        text = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        md = read_metadata(lxml.html.document_fromstring(text), "https://example.com/page")
        assert isinstance(md, Metadata)


def test_space_separated_properties_and_dc_colon() -> None:
    md = read('<meta property="dc:creator twitter:site_name" content="Jane Doe">')
    assert md.authors == ["Jane Doe"]
    assert read('<meta name="DCTERMS:created" content="2021-05-19">').published == "2021-05-19"


@pytest.mark.parametrize(
    ("body", "published", "modified"),
    [
        pytest.param('<p class="meta">Updated: <time datetime="2021-05-20">x</time></p>',
                     None, "2021-05-20", id="updated-label"),
        pytest.param('<p>Published <time datetime="2021-05-19">x</time> · Last updated '
                     '<time datetime="2021-05-20">y</time></p>', "2021-05-19", "2021-05-20",
                     id="both-labels"),
        pytest.param('<div class="field--name-changed"><time datetime="2021-05-20">x</time>'
                     "</div>", None, "2021-05-20", id="changed-field"),
    ],
)  # fmt: skip
def test_time_labels(body: str, published: str | None, modified: str | None) -> None:
    md = read(body=body)
    assert (md.published, md.modified) == (published, modified)


def test_itemprop_author_nested_names() -> None:
    body = '<article itemscope itemtype="https://schema.org/Article"><p itemprop="author" '
    body += 'itemscope itemtype="https://schema.org/Person">Follow <span itemprop="name">Jane '
    body += 'Doe</span> on social media</p><div itemprop="author">By <b itemprop="name">John Roe'
    body += "</b> · 5 min read</div></article>"
    assert read(body=body).authors == ["Jane Doe", "John Roe"]
