"""Author and date traps: one hand-written snippet per generic byline/date pattern.

Expected values are read off each snippet by eye, following the rules for `authors`,
`published` and `modified` (SPEC §1): person names only, one each, without "By", roles,
credentials, organisations or reviewers; dates as the page gives them, an explicit date beating
one in the URL, an update date never taken as the publication date.
"""

from __future__ import annotations

import json

import pytest

import articlekit
from articlekit.metadata.people import looks_like_person, split_byline

PARAS = "".join(
    f"<p>{p}</p>"
    for p in (
        "The council met on Tuesday evening to debate the new budget for the harbour district, "
        "and the discussion ran well past midnight as members argued over almost every line.",
        "Residents who attended the session said the proposed cuts to the ferry service would "
        "leave many older people without a practical way to reach the hospital on the mainland.",
        "After several hours the chair called a vote, and the amended plan passed by a narrow "
        "margin, with two members abstaining and promising to revisit the question in spring.",
        "Shopkeepers on the quay were more relaxed, saying that the small rise in mooring fees "
        "was a price worth paying for the new lighting and the repaired sea wall by the market.",
    )
)
HEADLINE = "Harbour budget passes after a long night"


def article_page(header: str = "", after: str = "", head: str = "") -> str:
    """A whole page: masthead, one article (headline, `header`, body, `after`), footer."""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{HEADLINE} | The Coast Courier</title>{head}</head><body>"
        "<header class='masthead'><a href='/'>The Coast Courier</a></header>"
        f"<main><article><header><h1>{HEADLINE}</h1>{header}</header>"
        f"<div class='article-body'>{PARAS}</div>{after}</article></main>"
        "<footer><p>© The Coast Courier.</p></footer></body></html>"
    )


def jsonld(data: dict) -> str:
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def authors(html: str, url: str | None = None) -> list[str]:
    return list(articlekit.extract(html, url=url).authors)


# --------------------------------------------------------------------------- one-word names


@pytest.mark.parametrize(
    ("text", "single", "expected"),
    [
        pytest.param("By Kristin", False, ["Kristin"], id="by-label"),
        pytest.param("Written by | Kristin", False, ["Kristin"], id="label-apart"),
        pytest.param("Kristin", False, [], id="bare-word-in-visible-text"),
        pytest.param("Kristin", True, ["Kristin"], id="declared"),
        pytest.param("By Staff", False, [], id="by-staff"),
        pytest.param("Staff", True, [], id="declared-staff"),
        pytest.param("admin", True, [], id="account"),
        pytest.param("AFP", True, [], id="acronym"),
        pytest.param("GitHub", True, [], id="brand-with-inner-capital"),
        pytest.param("Luxury Travel Expert", True, [], id="word-left-after-role"),
        pytest.param("Jane Doe - Drupal", True, ["Jane Doe"], id="word-in-second-part"),
        pytest.param("By Jane Doe, FAND", False, ["Jane Doe"], id="credential-after-comma"),
    ],
)
def test_one_word_names(text: str, single: bool, expected: list[str]) -> None:
    assert split_byline(text, single=single) == expected


def test_declared_person_handle() -> None:
    # a JSON-LD Person may be named by a user name; a bare declared word may not have capitals
    assert looks_like_person("DaleJack", single=True, handle=True)
    assert not looks_like_person("DaleJack", single=True)


def test_affiliation_cut() -> None:
    assert split_byline("Jane Doe on behalf of the Working Group") == ["Jane Doe"]
    assert split_byline("By Jane Doe for The Courier") == ["Jane Doe"]


# --------------------------------------------------------------------------- visible bylines


def test_label_and_name_in_separate_elements() -> None:
    header = "<div class='meta-line'><div>Written by</div><div>Jane Doe</div></div>"
    assert authors(article_page(header)) == ["Jane Doe"]


def test_one_word_name_after_written_by() -> None:
    header = (
        "<div class='post-author-container'><span class='intro'>Written by</span> "
        "<span class='post_author'>Kristin</span></div>"
    )
    assert authors(article_page(header)) == ["Kristin"]


def test_by_colon_text_byline() -> None:
    assert authors(article_page("<p class='x'>by: Jane Doe, May 19, 2021</p>")) == ["Jane Doe"]


def test_reviewer_link_is_not_an_author() -> None:
    header = (
        "<div class='byline'>By <a href='/a/jane'>Jane Doe</a> | "
        "Medically reviewed by <a href='/a/john'>John Roe, MD</a></div>"
    )
    assert authors(article_page(header)) == ["Jane Doe"]


def test_category_link_after_byline_is_not_a_name() -> None:
    header = (
        "<div class='header-byline'>By <a href='/u/jd'>Jane Doe</a> in "
        "<a href='/c/w'>Workshop</a></div>"
    )
    assert authors(article_page(header)) == ["Jane Doe"]


def test_fact_checked_link_is_not_a_name() -> None:
    header = (
        "<div class='byline'>By <a href='/a/jane'>Jane Doe</a> "
        "<a href='/fact-checking'>Fact Checked</a></div>"
    )
    assert authors(article_page(header)) == ["Jane Doe"]


def test_author_box_at_the_end_names_the_author() -> None:
    box = (
        "<div class='author-box'><img src='/jd.jpg' alt='Jane Doe'>"
        "<div class='author-name'>Jane Doe</div>"
        "<p>Jane Doe is a reporter who covers the harbour and the islands.</p></div>"
    )
    assert authors(article_page(after=box)) == ["Jane Doe"]


def test_author_boxes_naming_different_people_name_nobody() -> None:
    # two contributor boxes under one story: a team list, not this article's byline
    box = (
        "<div class='author-box'><div class='author-name'>{name}</div>"
        "<p>{name} is a reporter who covers the harbour and the islands.</p></div>"
    )
    after = box.format(name="Jane Doe") + box.format(name="Tom Reyes")
    assert authors(article_page(after=after)) == []
    assert authors(article_page(after=box.format(name="Tom Reyes"))) == ["Tom Reyes"]


def test_author_box_job_line_is_not_a_name() -> None:
    box = (
        "<div class='author-box'><div class='x'>Community Development</div>"
        "<p>Writes about the harbour and the islands every week.</p></div>"
    )
    assert authors(article_page(after=box)) == []


# --------------------------------------------------------------------------- declared authors


def test_declared_one_word_author() -> None:
    head = jsonld({"@type": "Article", "author": {"@type": "Person", "name": "Kristin"}})
    assert authors(article_page(head=head)) == ["Kristin"]


def test_declared_author_that_is_the_site() -> None:
    head = "<meta name='author' content='Acmecourier'>"
    assert authors(article_page(head=head), url="https://www.acmecourier.com/a/1") == []


def test_declared_organisation_author() -> None:
    head = jsonld({"@type": "Article", "author": {"@type": "Organization", "name": "Acme"}})
    assert authors(article_page(head=head)) == []


# --------------------------------------------------------------------------- dates


def dates(html: str, url: str | None = None) -> tuple[str | None, str | None]:
    article = articlekit.extract(html, url=url)
    return article.published, article.modified


def test_update_date_is_not_the_published_date() -> None:
    # (a page with no other date takes its update stamp as published: see test_dates5)
    head = "<meta property='article:published_time' content='2025-01-10'>"
    header = "<div class='byline'>By Jane Doe · Updated May 6, 2025</div>"
    assert dates(article_page(header, head=head)) == ("2025-01-10", "2025-05-06")


def test_published_and_updated_in_one_line() -> None:
    header = "<p class='dateline'>Posted on May 19, 2021 | Updated June 1, 2021</p>"
    assert dates(article_page(header)) == ("2021-05-19", "2021-06-01")


def test_label_and_date_in_separate_elements() -> None:
    header = "<div class='info'><h4>Published</h4><div class='x'>July 8, 2025</div></div>"
    assert dates(article_page(header))[0] == "2025-07-08"


def test_updated_label_apart_from_its_date() -> None:
    head = "<meta property='article:published_time' content='2025-01-10'>"
    header = "<div class='info'><span>Last updated</span> <span class='x'>Dec 12, 2025</span></div>"
    assert dates(article_page(header, head=head)) == ("2025-01-10", "2025-12-12")


def test_bare_date_line_under_the_headline() -> None:
    assert dates(article_page("<div class='x'>December 15, 2025</div>"))[0] == "2025-12-15"


def test_date_inside_a_sentence_is_not_a_date_line() -> None:
    header = "<p class='x'>The plan was first drafted on March 3, 2019 by the harbour board.</p>"
    assert dates(article_page(header))[0] is None


def test_declared_date_beats_the_visible_one() -> None:
    # the visible date is the declared update's (a page that never shows its declared date
    # and shows another day instead: tests/test_authors_dates4.py); declared in Open Graph too
    # (a date in JSON-LD alone gives way to the shown update: tests/test_dates7.py)
    head = jsonld(
        {
            "@type": "NewsArticle",
            "datePublished": "2021-05-19T10:00:00Z",
            "dateModified": "2025-12-15T10:00:00Z",
        }
    )
    head += "<meta property='article:published_time' content='2021-05-19T10:00:00Z'>"
    header = "<div class='x'>December 15, 2025</div>"
    assert dates(article_page(header, head=head))[0] == "2021-05-19T10:00:00Z"


def test_time_element_datetime_next_to_headline() -> None:
    header = "<time datetime='2021-06-06'>June 6, 2021</time>"
    assert dates(article_page(header))[0] == "2021-06-06"


def test_author_page_link_is_a_byline() -> None:
    header = "<div class='x'><a href='/author/jane-doe/'>Jane Doe</a> · May 19, 2021</div>"
    assert authors(article_page(header)) == ["Jane Doe"]


def test_category_link_is_not_an_author_link() -> None:
    header = "<div class='x'><a href='/category/columns/proof/'>Proof Points</a></div>"
    assert authors(article_page(header)) == []


def test_role_inside_the_author_link() -> None:
    header = (
        "<div class='byline'>By <a href='/author/jd'><div>Jane Doe</div>"
        "<div>Tech Reporter</div></a></div>"
    )
    assert authors(article_page(header)) == ["Jane Doe"]


def test_visible_name_running_into_a_role_is_the_declared_name() -> None:
    head = jsonld({"@type": "Article", "author": {"@type": "Person", "name": "Jane Doe"}})
    header = "<div class='byline'>By <span>Jane Doe</span><span>Trending</span></div>"
    assert authors(article_page(header, head=head)) == ["Jane Doe"]


def test_date_in_url_is_the_last_resort() -> None:
    url = "https://courier.example/2019/04/02/harbour-budget/"
    assert dates(article_page(), url=url)[0] == "2019-04-02"


def test_explicit_date_beats_the_url_date() -> None:
    url = "https://courier.example/2019/04/02/harbour-budget/"
    head = "<meta property='article:published_time' content='2021-05-19T10:00:00+02:00'>"
    assert dates(article_page(head=head), url=url)[0] == "2021-05-19T10:00:00+02:00"
    visible = "<p class='dateline'>Published May 20, 2021</p>"
    assert dates(article_page(visible), url=url)[0] == "2021-05-20"


@pytest.mark.parametrize(
    "url",
    [
        "https://courier.example/2019/04/harbour-budget/",  # no day
        "https://courier.example/story/20190402/",  # a number, perhaps an id
        "https://courier.example/2019/13/40/harbour/",  # no such day
    ],
)
def test_no_date_from_url(url: str) -> None:
    assert dates(article_page(), url=url)[0] is None


def test_dated_line_of_names_is_a_byline() -> None:
    header = "<div class='x'><span>Dec 17, 2025</span> · <span>Jane Doe</span> · 6 min read</div>"
    assert authors(article_page(header)) == ["Jane Doe"]


def test_dated_line_with_other_words_is_not_a_byline() -> None:
    header = "<div class='x'><span>Dec 17, 2025</span> · <span>Harbour News Today</span></div>"
    assert authors(article_page(header)) == []


def test_unlinked_co_author_joined_by_and() -> None:
    header = (
        "<div class='byline'>By <span>Jane Doe</span> and "
        "<a href='/author/john-roe'>John Roe</a></div>"
    )
    assert authors(article_page(header)) == ["Jane Doe", "John Roe"]


def test_role_after_and_is_not_a_co_author() -> None:
    header = (
        "<div class='byline'>Written by <a href='/author/jane-doe'>Jane Doe</a> "
        "Executive Editor and Master Gardener</div>"
    )
    assert authors(article_page(header)) == ["Jane Doe"]


@pytest.mark.parametrize(
    "credit",
    ["Fact Checked by:", "Reviewed By:", "Updated by", "Data Analysis By"],
)
def test_other_credits_beside_the_byline(credit: str) -> None:
    header = (
        "<div class='byline'><a href='/author/jane-doe'>Jane Doe</a> | "
        f"{credit} <a href='/author/john-roe'>John Roe</a></div>"
    )
    assert authors(article_page(header)) == ["Jane Doe"]


# --------------------------------------------------------------------------- dates of other pages

SERVICES = "".join(
    f"<div class='service'><h3><a href='/services/{slug}'>{name}</a></h3>"
    f"<p>{name} for homes and small offices, booked online.</p></div>"
    for slug, name in (
        ("boilers", "Boiler repair"),
        ("pipes", "Burst pipes"),
        ("drains", "Drain clearing"),
        ("heating", "Heating checks"),
        ("taps", "Tap fitting"),
        ("showers", "Shower installation"),
    )
)


def service_page(shown: str = "") -> str:
    """A plumber's services page declared as a WebPage with a creation date."""
    data = {
        "@context": "https://schema.org",
        "@type": "WebPage",
        "name": "Our services",
        "datePublished": "2019-04-02T09:15:00+00:00",
    }
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>Our services | Harbour Plumbing</title>{jsonld(data)}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/services'>Services</a></nav>"
        f"<main><h1>Our services</h1>{shown}{SERVICES}</main>"
        "<footer><p>© 2024 Harbour Plumbing.</p></footer></body></html>"
    )


def test_other_page_declared_date_never_shown_is_not_published() -> None:
    assert articlekit.extract(service_page()).published is None


def test_other_page_declared_date_shown_is_kept() -> None:
    page = service_page("<p class='updated'>Page created 2 April 2019</p>")
    assert (articlekit.extract(page).published or "")[:10] == "2019-04-02"


def test_date_beside_a_linked_name_in_one_line() -> None:
    # icons between the headline and the byline line put its date beyond the date window
    icons = "".join(f"<a href='/s/{i}'><svg><g><path d='M0'/></g></svg></a>" for i in range(15))
    header = (
        f"<div class='topics'>{icons}</div>"
        "<p><span><a href='/author/jane-doe' class='author-link'>Jane Doe</a></span>"
        "<span>•</span><span>Oct 20, 2025</span></p>"
    )
    assert articlekit.extract(article_page(header)).published == "2025-10-20"


def test_labelled_date_in_a_line_with_a_kind_word() -> None:
    header = "<p><span>Essay - Published: 2025.12.17 |</span></p>"
    assert articlekit.extract(article_page(header)).published == "2025-12-17"


def test_job_title_line_under_the_name_is_not_a_co_author() -> None:
    header = "<div class='author'><p>By Jane Doe</p><p>Co-founder and Chief Architect</p></div>"
    assert authors(article_page(header)) == ["Jane Doe"]


def test_person_icon_marks_a_byline() -> None:
    header = (
        "<ul class='info'><li><i class='bi bi-person'></i> Jane Doe</li>"
        "<li><i class='bi bi-clock'></i> 5 min</li></ul>"
    )
    assert authors(article_page(header)) == ["Jane Doe"]


def test_group_icon_is_not_a_byline() -> None:
    header = "<ul class='info'><li><i class='fa fa-users'></i> Harbour Team</li></ul>"
    assert authors(article_page(header)) == []


def test_person_icon_class_on_the_name_itself_does_not_take_the_whole_line() -> None:
    header = (
        "<div class='entry-info'><span class='fa fa-user'><a href='/author/jane-doe'>Jane Doe</a>"
        "</span> <span class='when'>25 March 2025</span> <span class='fa fa-tag'>"
        "<a href='/tag/coastal-walks'>Coastal Walks</a>, <a href='/tag/budget'>Budget</a>"
        "</span></div>"
    )
    assert authors(article_page(header)) == ["Jane Doe"]
