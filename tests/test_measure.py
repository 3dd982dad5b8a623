"""`remeasure` must give what a fresh `measure` with the removed elements skipped gives."""

from pathlib import Path

import pytest

from articlekit import ingest
from articlekit.chrome import mark_chrome
from articlekit.dom import default_skip
from articlekit.measure import measure, remeasure
from articlekit.options import Options
from articlekit.rules import RuleSet

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*/page.html"))
FIELDS = ("raw", "link", "mass", "lmass", "cmass", "size")


@pytest.mark.parametrize("page", FIXTURES, ids=lambda p: p.parent.name)
def test_remeasure_equals_a_fresh_measure(page: Path) -> None:
    body = ingest.load(page, options=Options()).find("body")
    marks = mark_chrome(body, RuleSet.default(), measure(body))
    assert marks.rule_of, "the fixture should have chrome to remove"
    fresh = measure(body, skip=lambda el: default_skip(el) or el in marks.rule_of)
    derived = remeasure(measure(body), marks.rule_of)
    assert list(derived) == list(fresh)  # same elements, same (document) order
    for el, stat in fresh.items():
        other = derived[el]
        for name in FIELDS:
            assert getattr(other, name) == pytest.approx(getattr(stat, name)), (el.tag, name)


def test_remeasure_of_a_nested_removal() -> None:
    html = (
        "<html><body><div><p>Kept paragraph, with words.</p>"
        "<div class='x'><p>Gone paragraph, with words.</p><span>inline <b>gone</b></span></div>"
        "tail text.</div></body></html>"
    )
    body = ingest.load(html, options=Options()).find("body")
    removed = body.xpath("//div[@class='x'] | //b")
    fresh = measure(body, skip=lambda el: default_skip(el) or el in removed)
    derived = remeasure(measure(body), removed)
    assert derived[body].raw == fresh[body].raw == len("Keptparagraph,withwords.tailtext.")
    assert derived[body].mass == pytest.approx(fresh[body].mass)
