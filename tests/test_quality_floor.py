"""Quality floors: articlekit's scores on a fixed, seeded corpus sample must not drop.

The sample is 120 wcxb-dev pages stratified by page type (seed 7), 30 readability pages (seed 7)
and the 54 hand-annotated wcxb-dev-fields pages. Floors live in `quality_floors.json`; they are
raised as the extractor improves and never lowered to make this test pass. The corpora are read
from `$ARTICLEKIT_CORPORA` or `../shared/corpora` beside the repository; without them the tests
are skipped.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from articlekit import bench

SEED = 7
WCXB_SAMPLE = 120
READABILITY_SAMPLE = 30
FLOORS = json.loads((Path(__file__).with_name("quality_floors.json")).read_text("utf-8"))


def _corpora() -> Path:
    env = os.environ.get("ARTICLEKIT_CORPORA")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "corpora"


CORPORA = _corpora()
NEEDED = [
    CORPORA / "wcxb-dev",
    CORPORA / "readability-pages",
    CORPORA / "wcxb-dev-fields" / "annotations.json",
]


@pytest.fixture(scope="module")
def measured() -> dict[str, Any]:
    """Run articlekit once over the whole sample and summarise."""
    missing = [str(p) for p in NEEDED if not p.exists()]
    if missing:
        pytest.skip(
            f"quality floors need the corpora (missing {', '.join(missing)}); "
            "put them at ../shared/corpora or set ARTICLEKIT_CORPORA"
        )
    wcxb = bench.load_corpus(CORPORA / "wcxb-dev")
    sample = bench.stratified_sample(wcxb, WCXB_SAMPLE, SEED)
    readability = bench.load_corpus(CORPORA / "readability-pages")
    rsample = bench.stratified_sample(readability, READABILITY_SAMPLE, SEED)
    annotations = bench.load_annotations(CORPORA / "wcxb-dev-fields" / "annotations.json")
    by_id = {p.id: p for p in wcxb}
    body, _ = bench.run_articlekit(sample + rsample)
    annotated = [_annotate(record, by_id[record["id"]]) for record in annotations]
    wc = bench.summarise_by_type([r for r in body if r["corpus"] == bench.WCXB])
    fields = bench.summarise_annotations(annotated)
    return {
        "wcxb_f1_all": wc["all"]["f1"],
        "wcxb_f1_article": wc["article"]["f1"],
        "wcxb_title_article": wc["article"]["title"],
        "readability_f1": bench.summarise([r for r in body if r["corpus"] != bench.WCXB])["f1"],
        "fields_headline": fields["headline"],
        "fields_dek": fields["dek"],
        "fields_notes_f1": fields["notes_p_r_f1"][2],
        "fields_captions_strict": fields["captions_recall_strict"],
        "fields_credits_f1": fields["credits_strict"][2],
        # a floor on the share of chrome snippets kept out of every field (1 - leaked)
        "fields_chrome_kept_out": 1.0 - fields["chrome_leaked"],
        "wcxb_author_article": wc["article"]["author"],
        "wcxb_date_article": wc["article"]["date"],
        "invented_deks": fields["dek_invented"],
        "invented_credits": fields["credits_strict_invented_on_empty"],
        "exceptions": sum(1 for r in body if r["error"]),
    }


def _annotate(record: dict[str, Any], page: bench.Page) -> dict[str, Any]:
    import articlekit

    article = articlekit.extract(page.read_html(), url=page.url)
    return bench.score_annotation(record, bench.prediction_from_article(article))


@pytest.mark.parametrize("name", sorted(k for k in FLOORS["floors"]))
def test_score_is_at_least_its_floor(measured: dict[str, Any], name: str) -> None:
    floor = FLOORS["floors"][name]
    assert measured[name] is not None
    assert measured[name] >= floor, f"{name} fell to {measured[name]:.4f}, floor {floor}"


def test_no_exceptions_on_the_sample(measured: dict[str, Any]) -> None:
    assert measured["exceptions"] == 0


def test_no_invented_deks_or_credits_on_the_annotated_pages(measured: dict[str, Any]) -> None:
    # A dek or a credit where the page shows none is the error the annotations exist to catch.
    assert measured["invented_deks"] == 0
    assert measured["invented_credits"] == 0


def test_floors_file_is_sane() -> None:
    floors = FLOORS["floors"]
    assert floors, "no floors pinned"
    assert all(0.0 < v <= 1.0 for v in floors.values())
