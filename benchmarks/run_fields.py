"""Field benchmark: headline, dek, notes, captions, credits, title/author/date, one run.

Scores articlekit on the 54 hand-annotated pages of `wcxb-dev-fields` with the comparison rules of
its README (implemented in `articlekit.bench`), and articlekit, trafilatura
(`bare_extraction(..., with_metadata=True)`) and newspaper4k on title/author/date over all of
wcxb-dev and on title/byline/date/site name over readability-pages. Writes `results/fields.md`.

    python benchmarks/run_fields.py                    # everything (a few minutes)
    python benchmarks/run_fields.py --sample 100       # the 54 annotated pages + a sample
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from articlekit.bench import (
    FIELDS,
    Page,
    fmt,
    load_annotations,
    load_corpus,
    md_table,
    score_annotation,
    score_page,
    stratified_sample,
    summarise,
    summarise_annotations,
)
from common import (
    RESULTS,
    Extractor,
    articlekit_extractor,
    corpora_root,
    newspaper_extractor,
    no_network,
    progress,
    run_info,
    timed_call,
    trafilatura_fields_extractor,
)

FACTORIES = {
    "articlekit": articlekit_extractor,
    "trafilatura": trafilatura_fields_extractor,
    "newspaper4k": newspaper_extractor,
}
# What each extractor returns at all; a field it does not return is shown as "–", not scored
# (an extractor without a dek would otherwise score perfectly on the pages that have none).
RICH_FIELDS = {"articlekit"}


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sample", type=int, help="wcxb-dev: a stratified sample of N pages")
    ap.add_argument("--seed", type=int, default=1, help="seed for --sample (default 1)")
    ap.add_argument("--only", help="comma-separated: " + ",".join(FACTORIES))
    ap.add_argument("--out", type=Path, default=RESULTS, help="results folder")
    return ap.parse_args(argv)


def select(args: argparse.Namespace) -> tuple[list[Page], dict[str, dict[str, Any]]]:
    """wcxb-dev pages (all, or a sample plus every annotated page), readability, annotations."""
    root = corpora_root()
    annotations = {
        r["id"]: r for r in load_annotations(root / "wcxb-dev-fields" / "annotations.json")
    }
    wcxb = load_corpus(root / "wcxb-dev")
    if args.sample is not None:
        keep = {p.id for p in stratified_sample(wcxb, args.sample, args.seed)} | set(annotations)
        wcxb = [p for p in wcxb if p.id in keep]
    return wcxb + load_corpus(root / "readability-pages"), annotations


def run(
    pages: Sequence[Page], extractors: Sequence[Extractor], annotations: dict[str, dict[str, Any]]
) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """Per extractor: `pages` (field outcomes per page) and `annotated` (README checks)."""
    out: dict[str, dict[str, list]] = {e.name: {"pages": [], "annotated": []} for e in extractors}
    for i, page in enumerate(pages, 1):
        html = page.read_html()
        for ex in extractors:
            pred, error, timing = timed_call(ex, html, page.url)
            out[ex.name]["pages"].append(score_page(page, pred, error) | {"seconds": timing.wall})
            if page.corpus == "wcxb-dev" and page.id in annotations:
                out[ex.name]["annotated"].append(score_annotation(annotations[page.id], pred))
        progress(i, len(pages))
    return out


def _f3(values: tuple[float | None, ...]) -> str:
    return "/".join(fmt(v) for v in values)


def _dup(s: dict[str, Any]) -> str:
    return str(s["body_duplicates"])


# One row per measure: label, target text, function of the summary, rich-fields-only flag.
ANNOTATED_ROWS: list[tuple[str, str, Callable[[dict[str, Any]], str], bool]] = [
    ("headline exact", "≥ 0.95", lambda s: fmt(s["headline"]), False),
    ("dek exact (all 54 pages)", "≥ 0.90", lambda s: fmt(s["dek"]), True),
    ("dek exact (pages with a dek)", "", lambda s: fmt(s["dek_with_value"]), True),
    ("invented deks (truth null)", "0", lambda s: str(s["dek_invented"]), True),
    ("update notes P/R/F1", "F1 ≥ 0.90", lambda s: _f3(s["notes_p_r_f1"]), True),
    ("pages with notes exactly right", "", lambda s: fmt(s["notes_pages_ok"]), True),
    ("invented notes (truth [])", "", lambda s: str(s["notes_invented"]), True),
    ("captions recall, strict", "≥ 0.90", lambda s: fmt(s["captions_recall_strict"]), True),
    ("captions recall, lenient", "", lambda s: fmt(s["captions_recall_lenient"]), True),
    (
        "captions recall, strict, per-page mean",
        "",
        lambda s: fmt(s["captions_page_recall_strict"]),
        True,
    ),
    ("caption errors (on [] pages or chrome)", "", lambda s: str(s["captions_errors"]), True),
    ("invented captions (truth [])", "", lambda s: str(s["captions_invented"]), True),
    ("credits P/R/F1, strict", "F1 ≥ 0.90", lambda s: _f3(s["credits_strict"]), True),
    ("credits P/R/F1, lenient", "", lambda s: _f3(s["credits_lenient"]), True),
    ("unmatched credits, strict", "", lambda s: str(s["credits_strict_unmatched"]), True),
    ("unmatched credits, lenient", "", lambda s: str(s["credits_lenient_unmatched"]), True),
    ("invented credits (truth [])", "", lambda s: str(s["credits_strict_invented_on_empty"]), True),
    ("chrome snippets leaked into any field", "≤ 0.01", lambda s: fmt(s["chrome_leaked"]), False),
    ("pages with a chrome leak", "", lambda s: str(s["pages_with_leak"]), False),
    ("body_must_contain found", "", lambda s: fmt(s["body_found"]), False),
    ("diagnostic: dek/note/caption strings also in the body", "", _dup, False),
]


def annotated_table(results: dict[str, dict[str, list]]) -> str:
    names = [n for n in results if results[n]["annotated"]]
    sums = {n: summarise_annotations(results[n]["annotated"]) for n in names}
    rows = []
    for label, target, get, rich in ANNOTATED_ROWS:
        cells = [get(sums[n]) if (n in RICH_FIELDS or not rich) else "–" for n in names]
        rows.append([label, target or "", *cells])
    return md_table(["measure", "target", *names], rows)


def metadata_table(results: dict[str, dict[str, list]], corpus: str) -> str:
    """Title/author/date(/site name): share right where the reference has a value, invented."""
    names = list(results)
    fields_ = [f for f in FIELDS if corpus != "wcxb-dev" or f != "site_name"]
    rows = []
    for n in names:
        pages = [x for x in results[n]["pages"] if x["corpus"] == corpus]
        articles = summarise([x for x in pages if x["type"] == "article"])
        s = summarise(pages)
        cells = [fmt(articles.get("title"))] if corpus == "wcxb-dev" else []
        for f in fields_:
            cells.append(
                f"{fmt(s.get(f))} (n={s.get(f + '_n', 0)}, inv {s.get(f + '_invented', 0)})"
            )
        rows.append([n, *cells])
    head = ["title (articles)"] if corpus == "wcxb-dev" else []
    return md_table(["extractor", *head, *[f"{f} (n, invented)" for f in fields_]], rows)


def targets_wcxb(results: dict[str, dict[str, list]]) -> str | None:
    if "articlekit" not in results:
        return None
    pages = [x for x in results["articlekit"]["pages"] if x["corpus"] == "wcxb-dev"]
    arts = summarise([x for x in pages if x["type"] == "article"])
    rows = []
    for label, key, want in (
        ("title", "title", 0.90),
        ("author", "author", 0.85),
        ("date", "date", 0.92),
    ):
        value = arts.get(key)
        met = "yes" if value is not None and value >= want else "no"
        rows.append([f"{label} (article pages)", fmt(value), f"≥ {want:.2f}", met])
    return md_table(["target", "articlekit", "wanted", "met"], rows)


def by_type_table(results: dict[str, dict[str, list]]) -> str:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for x in results["articlekit"]["pages"]:
        if x["corpus"] == "wcxb-dev":
            groups[x["type"]].append(x)
    rows = []
    for t in sorted(groups):
        s = summarise(groups[t])
        rows.append(
            [t, s["pages"]]
            + [
                f"{fmt(s.get(f))} (inv {s.get(f + '_invented', 0)})"
                for f in ("title", "author", "date")
            ]
        )
    return md_table(
        ["type", "pages", "title (invented)", "author (invented)", "date (invented)"], rows
    )


def details(results: dict[str, dict[str, list]]) -> list[str]:
    """articlekit's misses on the annotated pages, by page id (a development aid)."""
    if "articlekit" not in results:
        return []
    lines = []
    for x in results["articlekit"]["annotated"]:
        issues = []
        if not x["headline"]:
            issues.append("headline")
        if x["dek"] in ("wrong", "missed", "invented"):
            issues.append(f"dek {x['dek']}")
        n = x["notes"]
        if n["fp"] or n["fn"]:
            issues.append(f"notes fp {n['fp']} fn {n['fn']}")
        c = x["captions"]
        if c["found_strict"] < c["expected"] or c["errors"]:
            issues.append(f"captions {c['found_strict']}/{c['expected']} errors {c['errors']}")
        cr = x["credits_strict"]
        if cr["exp_matched"] < cr["expected"] or cr["invented"]:
            issues.append(
                f"credits {cr['exp_matched']}/{cr['expected']} unmatched {len(cr['invented'])}"
            )
        if x["leaks"]:
            where = Counter(f for leak in x["leaks"] for f in leak["fields"])
            issues.append(
                f"{len(x['leaks'])} chrome snippets leaked ("
                + ", ".join(f"{f} {k}" for f, k in sorted(where.items()))
                + ")"
            )
        if x["body_found"] < x["body_total"]:
            issues.append(f"body snippets {x['body_found']}/{x['body_total']}")
        if issues:
            lines.append(f"- {x['id']} ({x['type']}): " + "; ".join(issues))
    return lines or ["None."]


def write_report(
    results: dict, extractors: Sequence[Extractor], args: argparse.Namespace, attempts: list[str]
) -> str:
    sel = (
        f"wcxb-dev stratified sample of {args.sample} (seed {args.seed}) + the annotated pages"
        if args.sample
        else "all of wcxb-dev"
    )
    lines = [
        "# Field benchmark",
        "",
        f"Run {dt.date.today().isoformat()}: {run_info()}. Versions: "
        + ", ".join(f"{e.name} {e.version}" for e in extractors)
        + ".",
        f"Selection: {sel}; all of readability-pages. Network attempts blocked: {len(attempts)}.",
        "",
        "## wcxb-dev-fields: the 54 hand-annotated pages",
        "",
        'Compared per `shared/corpora/wcxb-dev-fields/README.md`. "–": the extractor does not '
        "return that field.",
        "",
        annotated_table(results),
        "",
        "## wcxb-dev: title, author, date",
        "",
        "Share right among pages whose reference has a value; `inv`: pages where the reference "
        "is empty and the extractor returned a value (counted apart).",
        "",
        metadata_table(results, "wcxb-dev"),
        "",
    ]
    targets = targets_wcxb(results)
    if targets:
        lines += ["### articlekit against the field targets", "", targets, ""]
        lines += ["### articlekit by page type (wcxb-dev)", "", by_type_table(results), ""]
    lines += [
        "## readability-pages: title, byline, date, site name",
        "",
        metadata_table(results, "readability-pages"),
        "",
    ]
    lines += ["## articlekit on the annotated pages: what went wrong", ""] + details(results)
    lines += ["", "See `benchmarks/README.md` for what each number means.", ""]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    names = [n.strip() for n in args.only.split(",")] if args.only else list(FACTORIES)
    extractors = [FACTORIES[n]() for n in names]
    pages, annotations = select(args)
    print(f"{len(pages)} pages × {len(extractors)} extractors", file=sys.stderr)
    attempts: list[str] = []
    with no_network(attempts):
        results = run(pages, extractors, annotations)
    report = write_report(results, extractors, args, attempts)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "fields.md").write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
