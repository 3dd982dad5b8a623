"""Speed work of session 6: the text gates by text length give the answers of one gate."""

from __future__ import annotations

from lxml import html

from articlekit.chrome import GATE_STEPS, _any_text, _Features, _tiers_of, mark_chrome
from articlekit.dom import memoised
from articlekit.measure import measure
from articlekit.rules import ChromeRule, RuleSet

# A label rule that looks only at short texts, and a blurb rule that allows long ones.
LABEL = ChromeRule(
    "label", "share labels", text=r"^\W{0,3}(?:share this|tweet)", max_text=min(GATE_STEPS)
)
BLURB = ChromeRule(
    "blurb", "newsletter blurbs", text=r"^\W{0,3}(?:get our newsletter)", max_text=600
)
FILLER = "and more words of the same sentence " * 8  # past every step of GATE_STEPS


def _features(markup: str) -> tuple[_Features, dict]:
    root = html.fromstring(markup)
    stats = measure(root)
    return _Features(root, root.tag, stats[root]), stats


def test_a_long_text_is_asked_only_of_the_rules_that_allow_its_length() -> None:
    tier = _tiers_of(RuleSet((LABEL, BLURB)))[0]["all"]
    short_label, _ = _features("<div>Share this</div>")
    long_label, _ = _features(f"<div>Share this {FILLER}</div>")
    long_blurb, _ = _features(f"<div>Get our newsletter {FILLER}</div>")
    assert _any_text(tier, short_label)
    assert not _any_text(tier, long_label)  # the label rule stops at its max_text
    assert _any_text(tier, long_blurb)
    # Asked again (from the memos), the same answers.
    assert [_any_text(tier, f) for f in (short_label, long_label, long_blurb)] == [
        True,
        False,
        True,
    ]


def test_marks_by_length_match_the_rules_max_text() -> None:
    page = (
        "<html><body><p>"
        + "The town opened its ledgers to the public this spring, and people came. " * 6
        + f"</p><div class='a'>Share this</div><div class='b'>Share this {FILLER}</div>"
        f"<div class='c'>Get our newsletter {FILLER}</div></body></html>"
    )
    body = html.fromstring(page).find("body")
    with memoised():
        marks = mark_chrome(body, RuleSet((LABEL, BLURB)), measure(body))
    removed = sorted((el.get("class"), rule) for el, rule in marks.rule_of.items())
    assert removed == [("a", "label"), ("c", "blurb")]


def test_the_walk_passes_over_subtrees_removed_before() -> None:
    hidden = ChromeRule("hidden", "hidden elements", hidden=True)
    page = (
        "<html><body><div class='gone'><p hidden>Inside a removed block</p></div>"
        "<div class='kept'><p hidden>A hidden note</p></div><p>"
        + "The town opened its ledgers to the public this spring, and people came. " * 6
        + "</p></body></html>"
    )
    body = html.fromstring(page).find("body")
    gone = body.find("div")
    with memoised():
        stats = measure(body)
        every = mark_chrome(body, RuleSet((hidden,)), stats)
        passing = mark_chrome(body, RuleSet((hidden,)), stats, passed={gone: "x"})
    texts = lambda marks: sorted(el.text for el in marks.rule_of)  # noqa: E731
    assert texts(every) == ["A hidden note", "Inside a removed block"]
    assert texts(passing) == ["A hidden note"]
