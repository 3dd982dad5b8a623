"""Class cues read a class's role, not its style: a chrome word in a BEM modifier
("panel--secondary") or a state class ("has-sidebar", "is-secondary") does not name the block,
and a conditional utility ("md:hidden", "[&_a.hidden]:hidden") neither names nor hides it.
Hand-made snippets of service pages model the markup patterns."""

from __future__ import annotations

import pytest

import articlekit
from articlekit.dom import attrs_class_id
from articlekit.rules.chrome import words
from articlekit.rules.classmatch import ClassIndex, ClassMatcher, class_tokens, role_part

INTRO = (
    "Our harbour team repairs sails, rigging and engines for working boats and yachts, and "
    "keeps a slipway free every morning for boats that come in with urgent damage."
)
OUTRO = (
    "Bring the boat to the east quay before nine; the yard foreman signs every job card, and "
    "the invoice follows when the boat is back in the water and tested."
)
SECTION = (
    "Winter storage covers lifting out, pressure washing, antifouling and a dry berth under "
    "cover until the spring launch, with a weekly check of covers and batteries."
)


def page(inner: str) -> str:
    """A service page (no article declaration): a heading, two paragraphs around `inner`."""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Boat repairs | Quay Yard</title></head><body>"
        "<header><a href='/'>Quay Yard</a></header>"
        f"<main><h1>Boat repairs</h1><p>{INTRO}</p>{inner}<p>{OUTRO}</p></main>"
        "<footer><p>Quay Yard, Harbour Road 2</p></footer></body></html>"
    )


def extract(inner: str) -> articlekit.Article:
    return articlekit.extract(page(inner))


class TestModifiersAreNotRoles:
    @pytest.mark.parametrize(
        "cls",
        [
            "panel panel--secondary",  # a colour variant of a panel
            "node node--promoted",  # a CMS flag: shown on the front page, not an advert
            "grid grid--left-column",  # a layout variant
            "layout has-sidebar",  # a wrapper that lays a sidebar out beside the text
            "card is-secondary",  # a state class
        ],
    )
    def test_a_chrome_word_in_a_modifier_keeps_the_section(self, cls: str) -> None:
        art = extract(f"<section class='{cls}'><h2>Winter storage</h2><p>{SECTION}</p></section>")
        assert SECTION in art.body

    @pytest.mark.parametrize(
        "cls",
        ["sidebar sidebar--left", "related-posts related-posts--grid", "ad ad--wide"],
    )
    def test_the_block_name_still_removes(self, cls: str) -> None:
        art = extract(f"<div class='{cls}'><p>{SECTION}</p></div>")
        assert SECTION not in art.body
        assert INTRO in art.body and OUTRO in art.body

    def test_an_element_after_a_modifier_is_the_blocks(self) -> None:
        # "section--dark__nav": the nav element of a dark section is still a nav.
        menu = "".join(f"<li><a href='/s{n}'>Service {n}</a></li>" for n in range(5))
        art = extract(f"<div class='section--dark__nav'><ul>{menu}</ul></div>")
        assert "Service 3" not in art.body
        assert "navigation" in {r.rule for r in art.removed}

    def test_a_design_system_namespace_is_not_a_modifier(self) -> None:
        menu = "".join(f"<li><a href='/s{n}'>Service {n}</a></li>" for n in range(5))
        art = extract(f"<div class='ds--side-nav'><ul>{menu}</ul></div>")
        assert "Service 3" not in art.body

    def test_a_hiding_state_class_still_hides(self) -> None:
        art = extract(f"<div class='panel is-hidden'><p>{SECTION}</p></div>")
        assert SECTION not in art.body


class TestAdjectiveCues:
    @pytest.mark.parametrize(
        "cls", ["btn-secondary", "secondary-intro", "card__secondary", "headline-secondary"]
    )
    def test_secondary_as_part_of_a_name_keeps_the_text(self, cls: str) -> None:
        art = extract(f"<div class='{cls}'><p>{SECTION}</p></div>")
        assert SECTION in art.body

    @pytest.mark.parametrize(
        "attrs", ["id='secondary'", "class='secondary'", "class='secondary-column'"]
    )
    def test_secondary_as_the_region_removes(self, attrs: str) -> None:
        art = extract(f"<div {attrs}><p>{SECTION}</p></div>")
        assert SECTION not in art.body
        assert "sidebar" in {r.rule for r in art.removed}


class TestConditionalUtilities:
    @pytest.mark.parametrize(
        "cls",
        [
            "max-lg:hidden",  # hidden below a breakpoint only
            "md:hidden",  # hidden above one only: the phone's copy of the text
            "[&_a.hidden]:hidden",  # hides some descendants, not the element
            "marker:hidden",  # hides the list marker
            "group-[.print]:hidden",  # hidden inside a print layout only
        ],
    )
    def test_a_conditional_hidden_does_not_hide(self, cls: str) -> None:
        art = extract(f"<div class='font-light {cls}'><p>{SECTION}</p></div>")
        assert SECTION in art.body
        assert "hidden" not in {r.rule for r in art.removed}

    def test_the_plain_utility_still_hides(self) -> None:
        art = extract(f"<div class='font-light hidden md:hidden'><p>{SECTION}</p></div>")
        assert SECTION not in art.body

    def test_variants_leave_the_class_string(self) -> None:
        assert attrs_class_id({"class": "box lg:sidebar hover:nav"}).split() == ["box"]
        assert attrs_class_id({"class": "box", "id": "main:content"}) == "box main:content"


class TestMatcherAndIndexAgree:
    PATTERN = words("sidebar secondary related related-posts (?:left|right)[-_]?col(?:umn)?")
    CASES = [
        ("sidebar", True),
        ("section--secondary", False),
        ("section--secondary sidebar", True),
        ("layout--left-column", False),  # a regex alternative inside a modifier
        ("left-column--wide", True),
        ("has-sidebar main", False),
        ("this-sidebar", True),  # "this-" is not a state prefix
        ("c-related-posts__title", True),  # a block's element keeps the block's role
        ("related--posts", True),  # the block itself is "related"
        ("x is-related", False),
        ("ds--sidebar", True),  # a namespace ("ds--") is not a block
        ("ds--panel ds--panel--secondary", False),
    ]

    @pytest.mark.parametrize(("cid", "expected"), CASES)
    def test_matcher(self, cid: str, expected: bool) -> None:
        assert ClassMatcher([self.PATTERN]).matches(cid, class_tokens(cid)) is expected

    @pytest.mark.parametrize(("cid", "expected"), CASES)
    def test_index(self, cid: str, expected: bool) -> None:
        index = ClassIndex([None, ClassMatcher([self.PATTERN])])
        assert index.which(cid) == (frozenset({1}) if expected else frozenset())

    def test_a_pattern_of_another_shape_sees_the_whole_string(self) -> None:
        matcher = ClassMatcher([r"(?<![a-z0-9-])is-hidden(?![a-z0-9-])"])
        assert matcher.matches("panel is-hidden", class_tokens("panel is-hidden"))
        assert ClassIndex([matcher]).which("panel is-hidden") == frozenset({0})

    def test_role_part(self) -> None:
        assert role_part("block--mod_a c") == "block c"
        assert role_part("block--mod__elem") == "block__elem"
        assert role_part("is-open has-x keep") == "keep"
        assert role_part("plain words") == "plain words"

    @pytest.mark.parametrize(
        ("cid", "role"),
        [
            ("ds--header", "ds--header"),  # a design system's namespace, then the block
            ("ds--btn ds--btn--related", "ds--btn ds--btn"),  # its block's modifier
            ("nav nav--open", "nav nav"),  # a short block named as a class of its own
            ("shelf--related", "shelf"),  # a longer block name: a modifier
        ],
    )
    def test_namespaces_are_not_modifiers(self, cid: str, role: str) -> None:
        assert role_part(cid) == role
