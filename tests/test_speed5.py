"""Speed shortcuts of session 5 must give what the plain code gives: a rule set with rules
switched off that matches with its base's tiers, the attribute sets read once, the content
root's marker test, the controls found by their attributes. Hand-made snippets only."""

from __future__ import annotations

from lxml import etree

from articlekit import ingest
from articlekit.api import _without
from articlekit.chrome import _Disclosures, _Features, mark_chrome
from articlekit.dom import memoised
from articlekit.measure import measure
from articlekit.options import Options
from articlekit.rules import RuleSet

PROSE = (
    "The harbour master opened the old ledgers to the public this spring, and the town came "
    "to read them. Each page lists the boats that came in, what they carried and who paid. "
)
PAGE = (
    "<html><body><nav class='site-nav'><a href='/'>Home</a><a href='/news'>News</a></nav>"
    "<div class='share-bar'><a href='#'>Share on Facebook</a><a href='#'>Tweet</a></div>"
    f"<article><h1>The ledgers</h1><p>{PROSE}</p><p>{PROSE}</p>"
    "<div hidden class='note'>A hidden note about the ledgers.</div></article>"
    "<section id='comments' class='comments-area'><h2>2 Comments</h2>"
    "<p class='comment'>Lovely to read the old records, thank you for sharing them.</p>"
    "</section><div class='cookie-banner'>We use cookies. Accept all</div>"
    "<footer>Contact us</footer></body></html>"
)


def _marks(rules: RuleSet) -> list[tuple[str, str, str]]:
    body = ingest.load(PAGE, options=Options()).find("body")
    with memoised():
        marks = mark_chrome(body, rules, measure(body), set(), True)
    return [(el.tag, el.get("class") or "", rule) for el, rule in marks.rule_of.items()]


def test_a_variant_marks_as_a_freshly_compiled_rule_set() -> None:
    default = RuleSet.default()
    every = {rule for _, _, rule in _marks(default)}
    for name in ("comments", "hidden", "navigation", "site-footer", "share-buttons"):
        assert name in every  # the page has one of each
        fresh = RuleSet(tuple(r for r in default.rules if r.name != name))
        shared = _without(default, name)
        assert _marks(shared) == _marks(fresh), name
        assert name not in {rule for _, _, rule in _marks(shared)}


def test_a_variant_of_a_variant_keeps_both_rules_off() -> None:
    default = RuleSet.default()
    twice = _without(_without(default, "comments"), "hidden")
    fired = {rule for _, _, rule in _marks(twice)}
    assert "comments" not in fired and "hidden" not in fired
    fresh = RuleSet(tuple(r for r in default.rules if r.name not in ("comments", "hidden")))
    assert _marks(twice) == _marks(fresh)


def test_elements_with_the_same_attributes_read_the_same_and_others_differ() -> None:
    root = etree.fromstring(
        "<div><p class='Note Box' role='Note'>a</p><p class='Note Box' role='Note'>b</p>"
        "<p class='Note Box' role='Note' hidden=''>c</p><p id='x' class='note'>d</p></div>"
    )
    first, second, hidden, other = (_Features(el, "p", None) for el in root)
    assert (first.cid, first.role, first.hidden) == ("note box", "note", False)
    assert (second.cid, second.role, second.hidden) == ("note box", "note", False)
    assert (hidden.cid, hidden.hidden) == ("note box", True)
    assert (other.cid, other.role, other.hidden) == ("note x", "", False)


def test_disclosure_controls_found_by_any_of_their_attributes() -> None:
    root = etree.fromstring(
        "<div><button aria-controls='a b' aria-expanded='false'>Open</button>"
        "<a data-toggle='collapse' href='#c'>More</a>"
        "<span data-bs-toggle='tab' data-bs-target='#d'>Tab</span>"
        "<li role='tab' id='t1' aria-controls='e'>One</li>"
        "<div aria-controls='f'>not a control</div></div>"
    )
    disclosures = _Disclosures(root)
    assert disclosures._read() == {"a", "b", "c", "d", "e"}
    assert disclosures._tabs == {"t1"}
