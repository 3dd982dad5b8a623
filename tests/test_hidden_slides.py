"""Slides a slider hides with aria-hidden (session 4): the slides out of view of a slick,
swiper or ARIA carousel are the page's text, kept; its clones (which repeat real slides), slides
that display:none hides, and a hidden mobile menu stay out."""

from __future__ import annotations

import articlekit
from harbour import MOORINGS as STORY

QUOTES = [
    "The berth was ready when we arrived and the staff helped us tie up in a strong wind.",
    "We have wintered in the inner basin for six years and never once worried about the ice.",
    "Booking by post sounded old-fashioned, but the map of the berth was a real help.",
]

HEAD = "<html><head><title>Moorings | Harbour office</title></head><body><main>"
TAIL = "</main></body></html>"


def _body(extra: str) -> str:
    paras = "".join(f"<p>{text}</p>" for text in STORY)
    page = f"{HEAD}<h1>Moorings and berths</h1>{paras}{extra}{TAIL}"
    return articlekit.extract(page).body


def _slick(shown: str = "aria-hidden='false'", hidden: str = "aria-hidden='true'") -> str:
    """A slick testimonial slider: the first slide in view, the others hidden, one clone."""
    slides = (
        f"<div class='slick-slide slick-active' {shown}><blockquote>{QUOTES[0]}</blockquote></div>"
    )
    for quote in QUOTES[1:]:
        slides += f"<div class='slick-slide' {hidden}><blockquote>{quote}</blockquote></div>"
    slides += (
        f"<div class='slick-slide slick-cloned' aria-hidden='true'><blockquote>{QUOTES[0]}"
        "</blockquote></div>"
    )
    track = f"<div class='slick-list'><div class='slick-track'>{slides}</div></div>"
    return f"<div class='slick-slider'>{track}</div>"


def test_the_hidden_slides_of_a_slick_slider_are_kept() -> None:
    body = _body(_slick())
    for quote in QUOTES:
        assert quote in body


def test_a_clone_slide_stays_out() -> None:
    body = _body(_slick())
    assert body.count(QUOTES[0]) == 1  # the real slide, not its clone too


def test_swiper_duplicates_stay_out_and_hidden_slides_stay_in() -> None:
    slides = (
        "<div class='swiper-slide swiper-slide-duplicate' aria-hidden='true'>"
        f"<p>{QUOTES[2]}</p></div>"
        f"<div class='swiper-slide swiper-slide-active'><p>{QUOTES[0]}</p></div>"
        f"<div class='swiper-slide' aria-hidden='true'><p>{QUOTES[1]}</p></div>"
        f"<div class='swiper-slide' aria-hidden='true'><p>{QUOTES[2]}</p></div>"
    )
    body = _body(f"<div class='swiper'><div class='swiper-wrapper'>{slides}</div></div>")
    assert QUOTES[1] in body
    assert body.count(QUOTES[2]) == 1


def test_an_aria_carousel_without_slider_classes_is_kept() -> None:
    hide = ["", "aria-hidden='true'", "aria-hidden='true'"]
    slides = "".join(
        f"<li aria-roledescription='slide' {h}><p>{quote}</p></li>"
        for h, quote in zip(hide, QUOTES, strict=True)
    )
    body = _body(
        f"<section aria-roledescription='carousel'><ul class='quotes'>{slides}</ul></section>"
    )
    assert QUOTES[2] in body


def test_slides_display_none_hides_stay_out() -> None:
    body = _body(_slick(hidden="aria-hidden='true' style='display:none'"))
    assert QUOTES[0] in body
    assert QUOTES[1] not in body


def test_a_slider_with_no_slide_in_view_stays_out() -> None:
    body = _body(_slick(shown="aria-hidden='true'"))
    assert QUOTES[1] not in body


def test_a_hidden_mobile_menu_is_still_removed() -> None:
    menu = (
        "<div class='mobile-menu' aria-hidden='true'><ul>"
        "<li><a href='/moorings'>Moorings and berths for visiting boats</a></li>"
        "<li><a href='/fuel'>Fuel dock opening hours and prices</a></li></ul></div>"
        "<div class='desktop-menu'><ul><li><a href='/'>Home</a></li></ul></div>"
    )
    body = _body(menu)
    assert "Fuel dock opening hours" not in body


def test_hidden_labels_of_a_ticker_stay_out() -> None:
    """A slider of short labels (a badge ticker) is not prose: its hidden slides stay out."""
    names = ["Open all year", "Fresh water", "Winter storage", "Boat repairs"]
    hide = ["", "aria-hidden='true'", "aria-hidden='true'", "aria-hidden='true'"]
    items = "".join(
        f"<li class='glide__slide' {h}><p>{n}</p></li>" for h, n in zip(hide, names, strict=True)
    )
    body = _body(f"<div class='glide'><ul class='glide__slides'>{items}</ul></div>")
    assert "Winter storage" not in body
