"""Text read once in chrome marking: a bare wrapper's text and the start of a note's text."""

from __future__ import annotations

from lxml import html

from articlekit.chrome import _editorial_note, _Features, _sole_child, _text_start
from articlekit.dom import text_of
from articlekit.measure import measure


def test_bare_wrapper_passes_its_text_to_its_child() -> None:
    root = html.fromstring("<div>\n  <span><b>Share this</b></span>  </div>")
    stats = measure(root)
    wrapped: dict = {}
    outer = _Features(root, "div", stats[root], wrapped)
    assert outer.text(100) == "Share this"
    span = root[0]
    assert _sole_child(root) is span
    assert wrapped == {span: "Share this"}


def test_wrapper_with_own_text_is_not_bare() -> None:
    root = html.fromstring("<div>Menu <span>Share this</span></div>")
    assert _sole_child(root) is None
    tailed = html.fromstring("<div><span>Share</span> now</div>")
    assert _sole_child(tailed) is None


def test_text_start_is_whole_text_of_a_short_element() -> None:
    root = html.fromstring("<div><p>Correction:</p><p>An earlier version misspelled it.</p></div>")
    assert _text_start(root, 600) == (text_of(root), True)


def test_text_start_of_a_long_element_is_a_prefix() -> None:
    words = " ".join(f"word{i}" for i in range(300))
    root = html.fromstring(f"<div><p>Intro text here.</p><p>{words}</p><p>{words}</p></div>")
    start, whole = _text_start(root, 600)
    assert not whole
    assert len(start) > 200
    assert text_of(root).startswith(start[:-1])


def test_long_note_is_still_vetoed_and_long_prose_is_not() -> None:
    sentence = "The figures in the third paragraph were wrong and have been fixed. " * 15
    note = html.fromstring(f"<aside><p>Correction: {sentence}</p></aside>")
    prose = html.fromstring(f"<aside><p>{sentence}</p><p>Correction: see below.</p></aside>")
    assert _editorial_note(note, measure(note)[note])
    assert not _editorial_note(prose, measure(prose)[prose])
