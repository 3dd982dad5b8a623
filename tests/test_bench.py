"""Unit tests of the benchmark scorers and of `articlekit bench` on tiny corpora built here."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

import articlekit
from articlekit import bench
from articlekit.bench import (
    C,
    N,
    Prediction,
    caption_found,
    caption_texts,
    credit_match,
    date_equal,
    html_text,
    n_equal,
    note_match,
    parse_snippets,
    score_annotation,
    split_names,
    tokens,
    word_prf,
)

# ----------------------------------------------------------------------------- word_prf


def test_tokens_are_lowercased_word_runs() -> None:
    assert tokens("Don't STOP, café-Naïve 42") == ["don", "t", "stop", "café", "naïve", "42"]


def test_word_prf_partial_overlap() -> None:
    # 2 of the 3 predicted words are in the 3 true words.
    assert word_prf("a b c", "a b d") == pytest.approx((2 / 3, 2 / 3, 2 / 3))


def test_word_prf_is_a_multiset_overlap() -> None:
    # "the" three times predicted, once true: only one counts. P = 2/4, R = 2/2.
    p, r, f = word_prf("the the the cat", "the cat")
    assert (p, r) == pytest.approx((0.5, 1.0))
    assert f == pytest.approx(2 * 0.5 * 1.0 / 1.5)


def test_word_prf_ignores_case_and_punctuation() -> None:
    assert word_prf("The CAT, sat.", "the cat sat") == (1.0, 1.0, 1.0)


def test_word_prf_empty_cases() -> None:
    assert word_prf("", "") == (1.0, 1.0, 1.0)
    assert word_prf(None, "  ") == (1.0, 1.0, 1.0)
    assert word_prf("", "some words") == (0.0, 0.0, 0.0)
    assert word_prf("some words", "") == (0.0, 0.0, 0.0)
    assert word_prf("alpha", "beta") == (0.0, 0.0, 0.0)


# ----------------------------------------------------------------------------- snippets


def test_parse_snippets_list_passes_through() -> None:
    assert parse_snippets(["a b", "  ", "[x] y"]) == ("a b", "[x] y")


def test_parse_snippets_string_holding_a_list() -> None:
    assert parse_snippets("['first one', \"second's\"]") == ("first one", "second's")


def test_parse_snippets_bracketed_text_that_is_no_list() -> None:
    text = "[18] arXiv:2603.05129 [ pdf , html ]"
    assert parse_snippets(text) == (text,)


def test_parse_snippets_other_values() -> None:
    assert parse_snippets(None) == ()
    assert parse_snippets("") == ()
    assert parse_snippets("one snippet") == ("one snippet",)


def test_snippet_check_normalises_whitespace_and_case() -> None:
    body = "First  line\nof the BODY.\u00a0Next"
    assert bench.snippets_found(["first line of the body. next", "missing"], body) == 1


# ----------------------------------------------------------------------------- N, C


def test_N_normalises_unicode_spaces_and_case() -> None:
    raw = "  Cafe\u0301\u00a0\u200bOpen\u00ad  Now\n"
    assert N(raw) == "café open now"


def test_N_keeps_punctuation() -> None:
    assert N("It’s “here” — now") != N('It\'s "here" - now')


def test_n_equal_whitespace_free_fallback() -> None:
    assert n_equal("A caption Photo: Jane", "A captionPhoto: Jane")
    assert not n_equal("A caption", "A captions")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("(Photo by Jane Doe.)", "jane doe"),
        ("Image credit: Getty Images", "getty images"),
        ("Photo: © AP", "ap"),  # two labels, removed one after the other
        ("Courtesy of NASA.", "nasa"),
        ("Picture: Getty", "getty"),
        ("Top image credit: A. Smith", "a. smith"),
        ("Photo byron Kent", "photo byron kent"),  # a name, not the "photo by" label
        ("Image by Jane Doe", "image by jane doe"),  # not a listed label
        ("Amazon; Google", "amazon; google"),
    ],
)
def test_C_strips_labels_parens_and_final_period(raw: str, expected: str) -> None:
    assert C(raw) == expected


def test_credit_match_strict_and_lenient() -> None:
    assert credit_match("Photo: Jane Doe", "Jane Doe")
    assert not credit_match("Image by Jane Doe", "Jane Doe")
    assert credit_match("Image by Jane Doe", "Jane Doe", lenient=True)
    # The shorter side must have at least 4 characters to count as contained.
    assert not credit_match("AP", "AP Photo/Staff", lenient=True)


# ----------------------------------------------------------------------------- captions, notes


def test_caption_texts_forms() -> None:
    texts = caption_texts([("A dog", "Photo: Jane"), (None, "Credit: X"), ("", "")])
    assert texts == [["A dog", "A dog Photo: Jane", "Photo: Jane A dog"], ["Credit: X"]]


def test_caption_found_strict() -> None:
    texts = caption_texts([("A dog runs.", "Photo: Jane"), (None, "Credit: X")])
    assert caption_found("A dog runs. Photo: Jane", texts)
    assert caption_found("Photo: Jane A dog runs.", texts)  # credit first, as some pages write
    assert caption_found("credit: x", texts)
    assert not caption_found("A cat sleeps.", texts)


def test_caption_found_whitespace_free() -> None:
    # Caption and credit spans with no space between them in the markup.
    texts = caption_texts([("A dog runs.Photo: Jane", None)])
    assert caption_found("A dog runs. Photo: Jane", texts)


def test_caption_found_lenient_accepts_caption_without_credit() -> None:
    texts = caption_texts([("A dog runs across the park", None)])
    expected = "A dog runs across the park. Photo: Jane Doe"
    assert not caption_found(expected, texts)
    assert caption_found(expected, texts, lenient=True)
    # Too short a part of the expected caption is not enough.
    assert not caption_found(expected, caption_texts([("A dog", None)]), lenient=True)


def test_note_match() -> None:
    assert note_match("(Update: The company responded.)", "Update: The company responded.")
    assert note_match("Update: the company responded", "Update: The company responded.")
    assert not note_match("Update:", "Update: The company responded on Monday.")


# ----------------------------------------------------------------------------- names, dates


def test_split_names() -> None:
    assert split_names("Ann Lee, Bo Park, and Cy Dunn") == {"ann lee", "bo park", "cy dunn"}
    assert split_names("Ann Lee & Bo Park") == {"ann lee", "bo park"}
    assert split_names(["By Ann Lee", "Bo Park"]) == {"ann lee", "bo park"}
    assert split_names("Ann Lee, MS, RD, Ph.D.") == {"ann lee"}
    assert split_names("Ann Lee, CEPF®") == {"ann lee"}
    assert split_names("Ann Lee (Example News)") == {"ann lee"}
    assert split_names("Ann (Annie) Lee") == {"ann (annie) lee"}  # only a trailing one goes
    assert split_names("ACLU") == {"aclu"}  # a single all-caps author is kept
    assert split_names(None) == set() == split_names([])


def test_date_equal() -> None:
    assert date_equal("2025-08-14T10:00:00+02:00", "2025-08-14")
    assert date_equal("2025-08-14", "2025-08-14T22:10:00Z")
    assert date_equal("2025-08-30", "2025-08")
    assert not date_equal("2025-08-15", "2025-08-14")
    assert not date_equal(None, "2025-08-14")
    assert not date_equal("August 14, 2025", "2025-08-14")


def test_title_comparison_folds_quotes_and_dashes() -> None:
    assert bench.fold_equal("Why Hasn’t It — Worked?", "Why Hasn't It -- Worked?")
    assert bench.fold_equal("Wait for it…", "Wait for it...")
    assert not bench.fold_equal("Why it worked", "Why it failed")


# ----------------------------------------------------------------------------- html_text


def test_html_text_keeps_blocks_apart_and_drops_scripts() -> None:
    text = html_text(b"<div><p>one</p><p>two<script>x()</script> <b>thr</b>ee</p>caf\xc3\xa9</div>")
    assert tokens(text) == ["one", "two", "three", "café"]


def test_html_text_survives_deep_nesting() -> None:
    # Past depth 256 a default lxml parser drops the text; the walk itself is iterative.
    deep = "<div>" * 1500 + "deep text" + "</div>" * 1500
    assert "deep text" in html_text(deep)
    # libxml2 gives up on far deeper documents; what matters is that nothing raises.
    assert isinstance(html_text("<div>" * 100_000 + "x"), str)


# ----------------------------------------------------------------------------- annotations


def _record(**overrides: object) -> dict:
    base = {
        "id": "0001",
        "page_type": "article",
        "headline": "A Headline",
        "dek": None,
        "update_notes": [],
        "image_captions": [],
        "image_credits": [],
        "body_must_contain": ["the body sentence"],
        "must_not_contain": ["Sign up for our newsletter"],
    }
    return base | overrides


def test_score_annotation_counts_invented_values_apart() -> None:
    pred = Prediction(
        body="The body sentence. Sign up for our newsletter!",
        headline="A headline",
        dek="A newsletter blurb",
        notes=("Updated: yesterday",),
        images=((None, "Teaser Credit"),),
        credits=("Teaser Credit",),
    )
    s = score_annotation(_record(), pred)
    assert s["headline"] is True
    assert s["dek"] == "invented"
    assert s["notes"] | {"extra": None} == {
        "tp": 0, "fp": 1, "fn": 0, "ok": False, "invented": 1, "extra": None
    }  # fmt: skip
    assert s["captions"]["invented"] == 1
    assert s["credits_strict"]["invented_on_empty"] == 1
    assert s["body_found"] == 1
    assert [leak["fields"] for leak in s["leaks"]] == [["body"]]


def test_score_annotation_credits_and_captions() -> None:
    record = _record(
        dek="The real dek",
        image_captions=["A dog runs. Photo: Jane Doe", "A cat sleeps."],
        image_credits=["Jane Doe"],
    )
    pred = Prediction(
        body="the body sentence",
        headline="Other",
        dek="The  real dek",
        images=(("A dog runs.", "Photo: Jane Doe"), ("Unrelated", None)),
        credits=("Jane Doe", "Someone Else"),
    )
    s = score_annotation(record, pred)
    assert s["headline"] is False and s["dek"] == "ok"
    assert (s["captions"]["found_strict"], s["captions"]["expected"]) == (1, 2)
    assert s["captions"]["extra"] == ["Unrelated"]
    assert s["credits_strict"]["pred_matched"] == 1
    assert s["credits_strict"]["exp_matched"] == 1
    assert s["credits_strict"]["invented"] == ["someone else"]
    summary = bench.summarise_annotations([s])
    assert summary["credits_strict"] == pytest.approx((0.5, 1.0, 2 / 3))
    assert summary["captions_recall_strict"] == 0.5


# ----------------------------------------------------------------------------- main()


ARTICLE = """<!doctype html><html><head><meta charset="utf-8"><title>Big News | Site</title>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Big News Today</h1>
<p>The river rose three metres overnight and the town council opened two shelters.</p>
<p>Residents were moved to the school gym, where volunteers served soup until morning.</p>
</article><footer>Copyright Example Site</footer></body></html>"""


def _write_wcxb(root: Path) -> None:
    (root / "html").mkdir(parents=True)
    (root / "ground-truth").mkdir()
    pages = {
        "0001": ("article", "alpha beta gamma", ["alpha beta"], ["chrome text"]),
        "0002": ("forum", "one two three four", "['one two', 'five']", []),
    }
    for pid, (ptype, body, with_, without) in pages.items():
        (root / "html" / f"{pid}.html.gz").write_bytes(gzip.compress(ARTICLE.encode()))
        record = {
            "url": f"https://example.org/{pid}",
            "_internal": {"page_type": {"primary": ptype}},
            "ground_truth": {
                "title": "Big News Today",
                "author": "Ann Lee and Bo Park",
                "publish_date": "2024-05-01",
                "main_content": body,
                "with": with_,
                "without": without,
            },
        }
        (root / "ground-truth" / f"{pid}.json").write_text(json.dumps(record))


def _fake_extract(html: bytes, url: str | None = None) -> articlekit.Article:
    if url and url.endswith("0002"):
        raise ValueError("boom")
    return articlekit.Article(
        headline="Big News Today",
        authors=("Bo Park", "Ann Lee"),
        published="2024-05-01T09:00:00Z",
        body="alpha beta delta chrome text",
    )


def test_main_scores_a_tiny_wcxb_corpus(tmp_path: Path, monkeypatch, capsys) -> None:
    _write_wcxb(tmp_path / "c")
    monkeypatch.setattr(articlekit, "extract", _fake_extract)
    assert bench.main([str(tmp_path / "c"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    s = out["summary"]
    assert s["all"]["pages"] == 2 and s["all"]["errors"] == 1
    # Page 1: 2 common words of 5 predicted, 3 true -> P 0.4, R 2/3. Page 2 failed -> 0.
    assert s["article"]["p"] == pytest.approx(0.4)
    assert s["article"]["r"] == pytest.approx(2 / 3)
    assert s["all"]["f1"] == pytest.approx((2 * 0.4 * (2 / 3) / (0.4 + 2 / 3)) / 2)
    # with: 1 of 1 found on page 1, 0 of 2 on page 2 -> 1/3; without: 1 of 1 leaked.
    assert s["all"]["with"] == pytest.approx(1 / 3)
    assert s["all"]["without"] == 1.0
    assert s["article"]["title"] == s["article"]["author"] == s["article"]["date"] == 1.0
    assert s["forum"]["title"] == 0.0  # the failed page returned nothing: a miss
    assert out["pages_per_second"] > 0


def test_main_type_and_limit_filters(tmp_path: Path, monkeypatch, capsys) -> None:
    _write_wcxb(tmp_path / "c")
    monkeypatch.setattr(articlekit, "extract", _fake_extract)
    assert bench.main([str(tmp_path / "c"), "--type", "forum", "--json"]) == 0
    assert set(json.loads(capsys.readouterr().out)["summary"]) == {"forum", "all"}
    assert bench.main([str(tmp_path / "c"), "--limit", "1"]) == 0
    text = capsys.readouterr().out
    assert "(1 pages)" in text and "| all | 1 |" in text


def test_main_with_the_real_extractor(tmp_path: Path, capsys) -> None:
    _write_wcxb(tmp_path / "c")
    assert bench.main([str(tmp_path / "c"), "--limit", "1", "--json"]) == 0
    s = json.loads(capsys.readouterr().out)["summary"]["all"]
    assert s["errors"] == 0
    assert s["title"] == 1.0  # the page's own <h1>, not the <title> with its suffix


def test_main_readability_layout(tmp_path: Path, monkeypatch, capsys) -> None:
    case = tmp_path / "r" / "case-1"
    case.mkdir(parents=True)
    (case / "source.html").write_text(ARTICLE)
    (case / "expected.html").write_text("<div><p>alpha beta</p><p>delta chrome</p></div>")
    meta = {"title": "Big News Today", "byline": "By Ann Lee", "siteName": None}
    (case / "expected-metadata.json").write_text(json.dumps(meta | {"publishedTime": None}))
    monkeypatch.setattr(articlekit, "extract", _fake_extract)
    assert bench.main([str(tmp_path / "r"), "--json"]) == 0
    s = json.loads(capsys.readouterr().out)["summary"]["all"]
    # 4 of 5 predicted words are in the 4 expected ones.
    assert s["p"] == pytest.approx(0.8) and s["r"] == 1.0
    assert s["author"] == 0.0  # two names predicted, one expected
    assert s["date_invented"] == 1 and s["site_name"] is None


def test_main_usage_errors(tmp_path: Path, capsys) -> None:
    assert bench.main([str(tmp_path / "missing")]) == 2
    assert "not a corpus" in capsys.readouterr().err
    assert bench.main([]) == 2
    _write_wcxb(tmp_path / "c")
    assert bench.main([str(tmp_path / "c"), "--type", "nosuchtype"]) == 2


def test_stratified_sample_is_reproducible_and_covers_types(tmp_path: Path) -> None:
    pages = [
        bench.Page("wcxb-dev", f"{i:04d}", tmp_path, "article" if i % 4 else "forum", None, "")
        for i in range(100)
    ]
    a = bench.stratified_sample(pages, 20, seed=7)
    assert [p.id for p in a] == [p.id for p in bench.stratified_sample(pages, 20, seed=7)]
    assert [p.id for p in a] != [p.id for p in bench.stratified_sample(pages, 20, seed=8)]
    assert {p.page_type for p in a} == {"article", "forum"}
    assert sum(p.page_type == "forum" for p in a) == 5


def test_score_annotation_diagnostic_lists_own_fields_found_in_the_body() -> None:
    record = _record(dek="A standfirst that is long enough", update_notes=["Update: short"])
    pred = Prediction(body="A standfirst that is long  enough. The body sentence. Update: short")
    # The dek is flagged; the note is under 20 characters and so too short to judge.
    assert score_annotation(record, pred)["body_has_own_fields"] == [record["dek"]]
