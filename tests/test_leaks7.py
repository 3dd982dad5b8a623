"""Chrome snippets that used to leak into the body (issue 3, session 7): drop-down menus named
only by a `dropdown` class, and the accordion panels of the same name that hold the page's own
text."""

from __future__ import annotations

import pytest

import articlekit
from chromepage import assert_removed, page_around, paragraphs, removed_by

_PARAS = paragraphs(
    "Paragraph {n} of the guide explains, in full sentences, how the clinic books a visit "
    "and what a patient should bring along on the first morning there."
)


def _page(inner: str) -> str:
    return page_around(inner, _PARAS, "Clinic guide", "div class='page'")


def test_dropdown_link_list_is_navigation() -> None:
    menu = (
        '<div class="hero-select__dropdown"><ul>'
        '<li><a href="/a">Dental care</a><ul><li><a href="/a/1">Cleaning</a></li>'
        '<li><a href="/a/2">Fillings</a></li></ul></li>'
        '<li><a href="/b">Eye care</a></li></ul></div>'
    )
    article = articlekit.extract(_page(menu))
    assert "Fillings" not in article.body
    assert "Eye care" not in article.body
    assert "Paragraph 4 of the guide" in article.body
    assert any("Dental care" in s for s in removed_by(article, "navigation"))


def test_dropdown_menu_class_word() -> None:
    menu = (
        '<ul class="mega-dropdown"><li><a href="/x">Opening hours</a></li>'
        '<li><a href="/y">Find a doctor</a></li></ul>'
    )
    article = articlekit.extract(_page(menu))
    assert "Find a doctor" not in article.body


def test_accordion_dropdown_panel_stays() -> None:
    faq = (
        '<div class="accordion-item"><button>When is the clinic open?</button>'
        '<div class="accordion-item__dropdown" role="region">The clinic opens at eight on '
        "weekdays and closes at noon on Saturdays.</div></div>"
    )
    article = articlekit.extract(_page(faq))
    assert "closes at noon on Saturdays" in article.body


def _headed(before: str) -> str:
    return (
        "<html><head><title>Clinic guide</title></head><body><div class='page'>"
        f"{before}<h1>Clinic guide</h1>{_PARAS}</div></body></html>"
    )


def test_short_label_before_the_headline_goes() -> None:
    article = articlekit.extract(_headed("<div>Riverside Health Notes</div>"))
    assert article.headline == "Clinic guide"
    assert "Riverside Health Notes" not in article.body
    assert "Paragraph 1 of the guide" in article.body
    assert removed_by(article, "before-headline") == ["Riverside Health Notes"]


def test_long_run_before_the_headline_stays() -> None:
    intro = (
        "<p>This guide was written with the nurses of the ward, who answered our questions "
        "about visits, forms and waiting times over several weeks, and who read every page "
        "of it before it went out to patients and their families.</p>"
    )
    article = articlekit.extract(_headed(intro))
    assert "who answered our questions" in article.body
    assert not removed_by(article, "before-headline")


def test_before_headline_rule_can_be_switched_off() -> None:
    html = _headed("<div>Riverside Health Notes</div>")
    article = articlekit.extract(html, rules=["-before-headline"])
    assert "Riverside Health Notes" in article.body


@pytest.mark.parametrize(
    ("inner", "gone", "rule"),
    [
        pytest.param("<div><span>33 Results</span></div>", "33 Results", "navigation", id="count"),
        pytest.param("<div>(1.204 Ergebnisse)</div>", "Ergebnisse", "navigation", id="count-de"),
        pytest.param("<p>Filter &amp; Sort</p>", "Filter & Sort", "navigation", id="filter-sort"),
        pytest.param("<div>Trier par :</div>", "Trier par", "navigation", id="sort-fr"),
        pytest.param(
            "<fieldset><legend>Select a size</legend><span>XS</span> <span>M</span></fieldset>",
            "Select a size",
            "shop-controls",
            id="select-size",
        ),
        pytest.param("<div>FREE Fast Delivery</div>", "Fast Delivery", "shop-controls", id="ship"),
    ],
)
def test_shop_and_listing_labels_go(inner: str, gone: str, rule: str) -> None:
    assert_removed(articlekit.extract(_page(inner)), gone, "Paragraph 3 of the guide", rule)


@pytest.mark.parametrize(
    "sentence",
    [
        "33 results came back from the lab in May, and all of them were negative.",
        "Filters in the water tank are changed every spring by the clinic's own staff.",
        "Select a size of bandage that covers the wound with a finger's width to spare.",
    ],
)
def test_sentences_that_start_like_labels_stay(sentence: str) -> None:
    article = articlekit.extract(_page(f"<p>{sentence}</p>"))
    assert sentence in article.body


@pytest.mark.parametrize(
    "line",
    ["(800) 555-0199", "Call 1-800-555-0199", "+44 20 7946 0958", "Telefon: 030 1234567"],
)
def test_phone_number_alone_goes(line: str) -> None:
    article = articlekit.extract(_page(f"<p>{line}</p>"))
    assert line not in article.body
    assert "Paragraph 3 of the guide" in article.body
    assert removed_by(article, "stray-lines") == [line]


def test_phone_number_in_a_sentence_stays() -> None:
    sentence = 'In a hurry? Give us a call now at <a href="tel:8005550199">800-555-0199</a>.'
    article = articlekit.extract(_page(f"<p>{sentence}</p>"))
    assert "Give us a call now at 800-555-0199." in article.body


@pytest.mark.parametrize(
    ("inner", "gone", "rule"),
    [
        pytest.param("<p>Follow Riverside Clinic</p>", "Follow River", "follow-us", id="follow"),
        pytest.param("<p>Suivez Clinique Rive</p>", "Suivez Clinique", "follow-us", id="follow-fr"),
        pytest.param("<a href='/s'>Subscribe &amp; Save*</a>", "Save", "shop-controls", id="save"),
        pytest.param(
            "<a href='/start'>Start building</a>", "Start building", "call-to-action", id="start"
        ),
    ],
)
def test_follow_save_and_start_labels_go(inner: str, gone: str, rule: str) -> None:
    assert_removed(
        articlekit.extract(_page(f"<div>{inner}</div>")), gone, "Paragraph 3 of the guide", rule
    )


@pytest.mark.parametrize(
    "text",
    [
        "Follow the signs",
        "Follow These Steps",
        "Follow Up",
        "Follow The Instructions Below",
        "Follow the signs to the second floor, where the nurses will meet you.",
        "Subscribe & save:",
        "Start building your list of questions a week before the visit.",
    ],
)
def test_follow_save_and_start_text_stays(text: str) -> None:
    article = articlekit.extract(_page(f"<p>{text}</p>"))
    assert text in article.body


@pytest.mark.parametrize(
    "heading",
    [
        "Why Riverside is the best place to buy hearing aids.",
        "Why trust us?",
        "Warum uns vertrauen?",
    ],
)
def test_why_buy_here_headings_go(heading: str) -> None:
    article = articlekit.extract(_page(f"<h2>{heading}</h2>"))
    assert heading not in article.body
    assert "Paragraph 3 of the guide" in article.body
    assert removed_by(article, "call-to-action") == [heading]


def test_why_question_in_the_text_stays() -> None:
    heading = "Why choose a clinic close to home"
    article = articlekit.extract(_page(f"<h2>{heading}</h2>"))
    assert heading in article.body


def _dated(first: str) -> str:
    return (
        "<html><head><title>Clinic guide</title></head><body><article><h1>Clinic guide</h1>"
        f"<p>{first}</p>{_PARAS}</article></body></html>"
    )


@pytest.mark.parametrize("line", ["15 Dec, 2025", "Posted Dec 19, 2025", "15. Dezember 2025"])
def test_dateline_first_paragraph_goes(line: str) -> None:
    article = articlekit.extract(_dated(line))
    assert line not in article.body
    assert article.body.startswith("Paragraph 1 of the guide")
    assert removed_by(article, "stray-lines") == [line]


def test_first_paragraph_that_starts_with_a_date_stays() -> None:
    line = "On 15 Dec, 2025 the clinic moved to the old post office on Mill Street."
    article = articlekit.extract(_dated(line))
    assert article.body.startswith(line)


@pytest.mark.parametrize("heading", ["Follow These Steps", "Follow Up", "Follow The Steps Below"])
def test_follow_how_to_headings_stay(heading: str) -> None:
    # A how-to's section heading says "Follow" to the reader; it names no profile to follow.
    article = articlekit.extract(_page(f"<h2>{heading}</h2>"))
    assert heading in article.body
