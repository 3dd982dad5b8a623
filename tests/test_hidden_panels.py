"""Hidden panels that a disclosure control opens (session 4): an answer a button's
aria-controls points at, a data-toggle target, a tab panel, a schema.org answer, and an
accordion marked up as a tab list are the page's text; menus, dialogs and screen-reader text
that the same markup hides stay out."""

from __future__ import annotations

import articlekit
from harbour import MOORINGS as STORY

# Short answers: less text than a panel without other evidence needs to be kept.
ANSWER = "Yes, the fuel dock takes cards and cash."
OTHER = "Dogs are welcome on the pontoons, on a lead."

HEAD = "<html><head><title>Moorings | Harbour office</title></head><body><main>"
TAIL = "</main></body></html>"


def _page(extra: str) -> str:
    paras = "".join(f"<p>{text}</p>" for text in STORY)
    return f"{HEAD}<h1>Moorings and berths</h1>{paras}{extra}{TAIL}"


def _body(extra: str) -> str:
    return articlekit.extract(_page(extra)).body


def test_an_answer_a_button_controls_is_kept() -> None:
    faq = (
        "<div class='qa'><button aria-expanded='false' aria-controls='a1'>Can I pay by card?"
        f"</button><div id='a1' aria-hidden='true'><p>{ANSWER}</p></div></div>"
    )
    assert ANSWER in _body(faq)


def test_a_collapse_target_of_a_toggle_link_is_kept() -> None:
    faq = (
        "<div class='qa'><a data-toggle='collapse' href='#a2'>Are dogs allowed?</a>"
        f"<div id='a2' style='display:none'><p>{OTHER}</p></div></div>"
    )
    assert OTHER in _body(faq)


def test_a_hidden_tab_panel_is_kept() -> None:
    tabs = (
        "<div class='box'><ul role='tablist'>"
        "<li><a role='tab' id='t1' href='#p1'>Fuel</a></li>"
        "<li><a role='tab' id='t2' href='#p2'>Pets</a></li></ul>"
        f"<div id='p1' aria-labelledby='t1'><p>{ANSWER}</p></div>"
        f"<div id='p2' aria-labelledby='t2' hidden><p>{OTHER}</p></div></div>"
    )
    body = _body(tabs)
    assert OTHER in body
    assert "Fuel" not in body.split()  # the tab row itself is still navigation


def test_a_schema_answer_is_kept() -> None:
    faq = (
        "<div itemscope itemtype='https://schema.org/Question'><h3 itemprop='name'>Pets?</h3>"
        f"<div itemprop='acceptedAnswer' hidden><p>{OTHER}</p></div></div>"
    )
    assert OTHER in _body(faq)


def test_an_accordion_marked_up_as_a_tab_list_is_kept() -> None:
    items = "".join(
        f"<div><h4 role='tab'><a href='#c{i}'>Question {i}</a></h4>"
        f"<div id='c{i}'><p>{text}</p></div></div>"
        for i, text in enumerate([ANSWER, OTHER, STORY[0]])
    )
    body = _body(f"<div role='tablist'>{items}</div>")
    assert ANSWER in body
    assert OTHER in body


def test_a_mobile_menu_a_button_opens_is_removed() -> None:
    links = "".join(
        f"<li><a href='/p{i}'>Berth plan {i}</a> for boats up to ten metres.</li>"
        for i in range(12)
    )
    menu = (
        "<button aria-expanded='false' aria-controls='m1'>Menu</button>"
        f"<div id='m1' hidden><ul>{links}</ul></div>"
    )
    assert "Berth plan 3" not in _body(menu)


def test_a_dialog_a_button_opens_is_removed() -> None:
    dialog = (
        "<button aria-expanded='false' aria-controls='d1'>Subscribe</button>"
        f"<div id='d1' class='modal' hidden><p>{OTHER}</p></div>"
        "<button aria-controls='d2' aria-expanded='false'>Sign in</button>"
        f"<div id='d2' role='dialog' hidden><p>{ANSWER}</p></div>"
    )
    body = _body(dialog)
    assert OTHER not in body
    assert ANSWER not in body


def test_screen_reader_text_is_removed() -> None:
    sr = f"<div id='s1' class='visually-hidden'><p>{ANSWER}</p></div>"
    control = "<button aria-expanded='false' aria-controls='s1'>More</button>"
    assert ANSWER not in _body(control + sr)


def test_the_hidden_body_of_a_details_element_is_kept() -> None:
    faq = (
        "<details><summary>Can I pay by card?</summary>"
        f"<div aria-hidden='true'><p>{ANSWER}</p></div></details>"
    )
    assert ANSWER in _body(faq)


def test_a_streamed_segment_with_a_hex_id_is_kept() -> None:
    """A streaming renderer sends a block hidden under id="S:<hex>" and moves it into place."""
    segment = f"<div hidden id='S:1f'><p>{STORY[0]}</p><p>{ANSWER}</p></div>"
    late = (
        "The harbour master's office on the quay is open every day from eight until six in "
        "summer, and until four from November to March, with a radio watch at night."
    )
    visible = "".join(f"<p>{text}</p>" for text in (STORY[1], STORY[2], late))
    page = f"{HEAD}<h1>Moorings and berths</h1>{visible}{segment}{TAIL}"
    assert STORY[0] in articlekit.extract(page).body


def test_an_answer_right_after_its_toggle_button_is_kept() -> None:
    faq = (
        "<div class='qa'><h3><button aria-expanded='false'>Are dogs allowed?</button></h3>"
        f"<div hidden><p>{OTHER}</p></div></div>"
    )
    assert OTHER in _body(faq)


def test_a_filter_a_toggle_button_opens_is_removed() -> None:
    boxes = "".join(
        f"<label><input type='checkbox' name='c{i}'> Berth for boats up to {i + 6} metres</label>"
        for i in range(6)
    )
    facet = f"<h3><button aria-expanded='false'>Length</button></h3><div hidden>{boxes}</div>"
    assert "up to 8 metres" not in _body(facet)
