"""Golden tests: hand-written pages in tests/fixtures/<case>/ against hand-written expectations.

Each case holds `page.html` (a page modelled on a real markup pattern, written by hand) and
`expected.json` (every Article field, written by reading the page). A case fails once and lists
every difference, so one run shows all that is wrong with a page.
"""

from __future__ import annotations

import difflib
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(p.parent for p in FIXTURES.glob("*/expected.json"))
SEED = FIXTURES / "seed-statecraft"

# Keys of expected.json that are not Article fields.
META_KEYS = {"removed_rules", "must_not_contain", "notes"}
FIELDS = (
    "headline", "dek", "authors", "published", "modified", "section", "site_name",
    "language", "url", "tags", "update_notes", "images", "image_credits", "body",
)  # fmt: skip
RULE_NAMES = {
    "site-header", "navigation", "site-footer", "sidebar", "share-buttons", "follow-us",
    "google-cta", "newsletter", "related-stories", "ads", "cookie-banner", "comments",
    "author-bio", "paywall", "hidden",
}  # fmt: skip
# Markdown escapes a renderer may add before punctuation: "\-", "\*", "\." ...
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_SPACES = re.compile(r"\s+")


def _load(case: Path) -> dict[str, Any]:
    return json.loads((case / "expected.json").read_text(encoding="utf-8"))


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _diff_value(name: str, want: Any, got: Any) -> list[str]:
    """Differences of one scalar or flat value, as readable lines."""
    if want == got:
        return []
    return [f"{name}:", f"    expected: {_show(want)}", f"    got:      {_show(got)}"]


def _diff_list(name: str, want: list[Any], got: Any) -> list[str]:
    """Differences of a list field; list items that are dicts are compared key by key."""
    if not isinstance(got, list):
        return _diff_value(name, want, got)
    out: list[str] = []
    if len(want) != len(got):
        out += _diff_value(f"{name} (length {len(want)} expected, {len(got)} got)", want, got)
        return out
    for i, (w, g) in enumerate(zip(want, got, strict=True)):
        if isinstance(w, dict) and isinstance(g, dict):
            for key in sorted(set(w) | set(g)):
                out += _diff_value(f"{name}[{i}].{key}", w.get(key), g.get(key))
        else:
            out += _diff_value(f"{name}[{i}]", w, g)
    return out


def _diff_body(want: str, got: Any) -> list[str]:
    """A unified diff of the body, one line per paragraph line."""
    if want == got:
        return []
    if not isinstance(got, str):
        return _diff_value("body", want, got)
    diff = difflib.unified_diff(
        want.split("\n"), got.split("\n"), "expected body", "got body", lineterm="", n=1
    )
    return ["body:"] + ["    " + line for line in diff]


def _field_diffs(expected: dict[str, Any], got: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for name in FIELDS:
        want = expected[name]
        if name == "body":
            out += _diff_body(want, got.get(name))
        elif isinstance(want, list):
            out += _diff_list(name, want, got.get(name))
        else:
            out += _diff_value(name, want, got.get(name))
    return out


def _removed_diffs(expected: dict[str, Any], got: dict[str, Any]) -> list[str]:
    fired = {r.get("rule") for r in got.get("removed", [])}
    missing = [rule for rule in expected["removed_rules"] if rule not in fired]
    if not missing:
        return []
    return [f"removed: rules expected to fire but absent: {missing}; fired: {sorted(fired)}"]


def _strings(value: Any) -> list[str]:
    """Every string inside a JSON value (iterative walk)."""
    found: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _leak_diffs(expected: dict[str, Any], article_json: str) -> list[str]:
    """Chrome strings found anywhere in the JSON output, except in the `removed` audit trail,
    whose samples are chrome by design."""
    data = json.loads(article_json)
    data.pop("removed", None)
    out = []
    for snippet in expected["must_not_contain"]:
        where = [k for k, v in data.items() if any(snippet in s for s in _strings(v))]
        if where:
            out.append(f"must_not_contain: {_show(snippet)} found in {where}")
    return out


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden(case: Path) -> None:
    import articlekit

    expected = _load(case)
    article = articlekit.extract(case / "page.html")
    got = article.to_dict()
    problems = _field_diffs(expected, got)
    problems += _removed_diffs(expected, got)
    problems += _leak_diffs(expected, article.to_json())
    if problems:
        head = f"{case.name}: {len(problems)} difference line(s)"
        pytest.fail("\n".join([head, *("  " + p for p in problems)]), pytrace=False)


def _plain_markdown(text: str) -> str:
    return _SPACES.sub(" ", _MD_ESCAPE.sub(r"\1", text))


def test_cli_markdown_on_seed() -> None:
    expected = _load(SEED)
    proc = subprocess.run(
        [sys.executable, "-m", "articlekit", "extract", str(SEED / "page.html")]
        + ["--format", "markdown"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert proc.returncode == 0, f"exit {proc.returncode}; stderr:\n{proc.stderr}"
    out = _plain_markdown(proc.stdout)
    first_paragraph = expected["body"].split("\n\n")[0]
    problems = []
    for label, want in (("headline", expected["headline"]), ("first paragraph", first_paragraph)):
        if _SPACES.sub(" ", want) not in out:
            problems.append(f"{label} missing: {_show(want)}")
    problems += [
        f"chrome in output: {_show(s)}"
        for s in expected["must_not_contain"]
        if s in proc.stdout or _SPACES.sub(" ", s) in out
    ]
    assert not problems, "\n".join(problems) + "\n--- stdout ---\n" + proc.stdout[:3000]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fixture_is_well_formed(case: Path) -> None:
    """The expectations themselves follow the documented format (no library needed)."""
    expected = _load(case)
    assert set(expected) == set(FIELDS) | META_KEYS, sorted(
        set(expected) ^ (set(FIELDS) | META_KEYS)
    )
    assert set(expected["removed_rules"]) <= RULE_NAMES, expected["removed_rules"]
    assert (case / "page.html").is_file()
    for note in expected["update_notes"]:
        assert note["kind"] in {"update", "correction", "editors_note"}
    for image in expected["images"]:
        assert set(image) == {"src", "alt", "caption", "credit"}
    credits = expected["image_credits"]
    assert len(credits) == len(set(credits)), "image_credits holds a duplicate"
    assert expected["notes"].strip(), "every case explains its judgement calls"


def test_legacy_page_is_really_cp1252() -> None:
    """The legacy page must be stored in windows-1252, so the test exercises byte decoding."""
    raw = (FIXTURES / "legacy-encoding" / "page.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert "€2,400".encode("cp1252") in raw
    assert not raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))
    assert b"<meta charset" not in raw.lower()
