"""Text read once in chrome marking: a bare wrapper's text is its sole child's."""

from __future__ import annotations

from lxml import html

from articlekit.chrome import _Features, _sole_child
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
