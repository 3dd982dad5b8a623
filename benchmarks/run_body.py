"""Body benchmark: articlekit, trafilatura, readability-lxml and a bare lxml parse, one run.

All extractors run in one process over the same pages, page by page (each page's bytes are read
once and handed to every extractor in turn). Only the extraction call is timed. Writes
`results/body.md`, `results/body.png` (F1 against pages/s) and, with `--save NAME`, the per-page
scores to `results/pages-NAME.jsonl` for `compare.py`.

    python benchmarks/run_body.py                      # everything (several minutes)
    python benchmarks/run_body.py --sample 100 --seed 1 --only articlekit,trafilatura
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from articlekit.bench import Page, fmt, md_table, score_page, summarise, summarise_by_type
from common import (
    RESULTS,
    Extractor,
    articlekit_extractor,
    lxml_floor,
    no_network,
    progress,
    readability_extractor,
    resolve_corpora,
    run_info,
    select_pages,
    timed_call,
    trafilatura_extractor,
)

FACTORIES = {
    "articlekit": articlekit_extractor,
    "trafilatura": trafilatura_extractor,
    "readability-lxml": readability_extractor,
    "lxml": lxml_floor,
}
BASELINE = "trafilatura"
FLOOR = "lxml parse (floor)"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpus", action="append", help="wcxb-dev, readability-pages or a path")
    ap.add_argument("--limit", type=int, help="first N pages of each corpus")
    ap.add_argument("--sample", type=int, help="N pages per corpus, stratified by type")
    ap.add_argument("--seed", type=int, default=1, help="seed for --sample (default 1)")
    ap.add_argument("--only", help="comma-separated: " + ",".join(FACTORIES))
    ap.add_argument("--save", metavar="NAME", help="write per-page scores to pages-NAME.jsonl")
    ap.add_argument("--out", type=Path, default=RESULTS, help="results folder")
    return ap.parse_args(argv)


def build_extractors(only: str | None) -> list[Extractor]:
    names = [n.strip() for n in only.split(",")] if only else list(FACTORIES)
    unknown = [n for n in names if n not in FACTORIES]
    if unknown:
        raise SystemExit(f"unknown extractor(s): {', '.join(unknown)}")
    return [FACTORIES[n]() for n in names]


def run(pages: Sequence[Page], extractors: Sequence[Extractor]) -> list[dict[str, Any]]:
    """Every extractor on every page; one scored row per (extractor, page)."""
    rows = []
    for i, page in enumerate(pages, 1):
        html = page.read_html()
        for ex in extractors:
            pred, error, timing = timed_call(ex, html, page.url)
            row = score_page(page, pred, error)
            rows.append(row | {"extractor": ex.name, "seconds": timing.wall, "cpu": timing.cpu})
        progress(i, len(pages))
    return rows


def speed(rows: Sequence[dict[str, Any]], clock: str = "cpu") -> float | None:
    """Pages per second of extraction time, by CPU time (default) or wall clock (`seconds`)."""
    total = sum(r.get(clock, r["seconds"]) for r in rows)
    return len(rows) / total if total > 0 else None


def by_key(rows: Sequence[dict[str, Any]], *keys: str) -> dict[tuple, list[dict[str, Any]]]:
    groups: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[tuple(r[k] for k in keys)].append(r)
    return groups


def overview_table(rows: Sequence[dict[str, Any]], names: Sequence[str], corpus: str) -> str:
    groups = by_key([r for r in rows if r["corpus"] == corpus], "extractor")
    base = speed(groups.get((BASELINE,), []))
    out = []
    for name in names:
        g = groups.get((name,), [])
        s, sp = summarise(g), speed(g)
        ratio = f"{sp / base:.2f}×" if sp and base else "–"
        out.append(
            [name, s["pages"], fmt(s["p"]), fmt(s["r"]), fmt(s["f1"]), fmt(s["with"])]
            + [fmt(s["without"]), s["errors"], fmt(sp, 1), fmt(speed(g, "seconds"), 1), ratio]
        )
    headers = ["extractor", "pages", "P", "R", "F1", "with found", "without leaked", "exceptions"]
    return md_table(headers + ["pages/s", "pages/s (wall)", f"speed vs {BASELINE}"], out)


def type_table(rows: Sequence[dict[str, Any]], names: Sequence[str], corpus: str) -> str:
    per = {
        n: summarise_by_type(g)
        for (n,), g in by_key([r for r in rows if r["corpus"] == corpus], "extractor").items()
    }
    types = sorted({t for s in per.values() for t in s if t != "all"})
    types = types + ["all"] if len(types) > 1 else types
    out = []
    for t in types:
        cells = []
        for n in names:
            s = per.get(n, {}).get(t)
            cells.append(f"{fmt(s['f1'])} ({fmt(s['p'], 2)}/{fmt(s['r'], 2)})" if s else "–")
        pages = next((per[n][t]["pages"] for n in names if t in per.get(n, {})), 0)
        out.append([t, pages, *cells])
    return md_table(["type", "pages", *[f"{n} F1 (P/R)" for n in names]], out)


def targets_table(rows: Sequence[dict[str, Any]]) -> str | None:
    """The body targets of the project, with articlekit's values (wcxb-dev)."""
    groups = by_key([r for r in rows if r["corpus"] == "wcxb-dev"], "extractor")
    ours, base = groups.get(("articlekit",)), groups.get((BASELINE,))
    if not ours:
        return None
    mine, theirs = summarise_by_type(ours), summarise_by_type(base) if base else {}
    out = [_target("F1, all pages", mine["all"]["f1"], 0.87)]
    for t in sorted(k for k in mine if k != "all"):
        want = 0.95 if t == "article" else 0.94 if t == "documentation" else None
        if want is None and t in theirs and theirs[t]["f1"] is not None:
            want, label = theirs[t]["f1"] + 0.05, f"{BASELINE} + 0.05"
        else:
            label = None
        out.append(_target(f"F1, {t}", mine[t]["f1"], want, label))
    out.append(_target("without leaked", mine["all"]["without"], 0.035, upper=True))
    ratio = (speed(ours) or 0) / speed(base) if base and speed(base) else None
    out.append(_target(f"pages/s vs {BASELINE}", ratio, 2.0, suffix="×"))
    return md_table(["target", "articlekit", "wanted", "met"], out)


def _target(
    label: str,
    value: float | None,
    want: float | None,
    want_label: str | None = None,
    upper: bool = False,
    suffix: str = "",
) -> list[str]:
    if want is None:
        return [label, fmt(value), "–", "–"]
    met = value is not None and (value <= want if upper else value >= want)
    sign = "≤" if upper else "≥"
    wanted = f"{sign} {fmt(want)}{suffix}" + (f" ({want_label})" if want_label else "")
    return [
        label,
        fmt(value) + (suffix if value is not None else ""),
        wanted,
        "yes" if met else "no",
    ]


def write_plot(rows: Sequence[dict[str, Any]], names: Sequence[str], path: Path) -> bool:
    """F1 on wcxb-dev against pages/s over the whole run, one point per extractor."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed: no plot", file=sys.stderr)
        return False
    from matplotlib.ticker import FuncFormatter, NullFormatter

    groups = by_key(rows, "extractor")
    fig, ax = plt.subplots(figsize=(7.5, 4.5))
    speeds, scores = [], []
    for i, name in enumerate(names):
        g = groups.get((name,), [])
        f1 = summarise([r for r in g if r["corpus"] == "wcxb-dev"] or g)["f1"]
        sp = speed(g)
        if f1 is None or not sp:
            continue
        speeds.append(sp)
        scores.append(f1)
        ax.scatter([sp], [f1], s=60)
        # Alternate labels above and below: neighbouring extractors often sit close together.
        offset = (6, 6) if i % 2 == 0 else (6, -14)
        ax.annotate(name, (sp, f1), textcoords="offset points", xytext=offset)
    ax.set_xscale("log")
    if speeds:  # room for the labels on both sides
        ax.set_xlim(min(speeds) / 2, max(speeds) * 3)
        ax.set_ylim(max(0.0, int((min(scores) - 0.05) * 10) / 10), 1.0)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.set_xlabel("pages per second of CPU time (log scale, single process)")
    ax.set_ylabel("body word F1 (wcxb-dev, macro over pages)")
    ax.grid(True, which="both", alpha=0.3)
    ax.set_title("Body extraction: quality against speed")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return True


def write_report(
    rows: list[dict], extractors: Sequence[Extractor], args: argparse.Namespace, attempts: list[str]
) -> str:
    names = [e.name for e in extractors]
    corpora = sorted({r["corpus"] for r in rows}, key=lambda c: c != "wcxb-dev")
    lines = [
        "# Body benchmark",
        "",
        f"Run {dt.date.today().isoformat()}: {run_info()}. Versions: "
        + ", ".join(f"{e.name} {e.version}" for e in extractors)
        + ".",
        f"Selection: {_selection(args)}. Network attempts blocked: {len(attempts)}.",
        "",
    ]
    for corpus in corpora:
        lines += [f"## {corpus}", "", overview_table(rows, names, corpus), ""]
        lines += [f"### {corpus}: F1 by page type", "", type_table(rows, names, corpus), ""]
    targets = targets_table(rows)
    if targets:
        lines += ["## articlekit against the body targets (wcxb-dev)", "", targets, ""]
    lines += ["## Exceptions", ""] + _errors(rows) + [""]
    lines += ["See `benchmarks/README.md` for what each number means.", ""]
    return "\n".join(lines)


def _selection(args: argparse.Namespace) -> str:
    parts = [", ".join(args.corpus or ["wcxb-dev", "readability-pages"])]
    if args.sample:
        parts.append(f"stratified sample of {args.sample} per corpus, seed {args.seed}")
    if args.limit:
        parts.append(f"first {args.limit} pages per corpus")
    return "; ".join(parts) if len(parts) > 1 else parts[0] + ", all pages"


def _errors(rows: Sequence[dict[str, Any]]) -> list[str]:
    failed = [r for r in rows if r.get("error")]
    if not failed:
        return ["None."]
    return [f"- {r['extractor']} {r['corpus']}/{r['id']}: {r['error']}" for r in failed[:40]]


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    extractors = build_extractors(args.only)
    pages = select_pages(resolve_corpora(args.corpus), args.limit, args.sample, args.seed)
    print(f"{len(pages)} pages × {len(extractors)} extractors", file=sys.stderr)
    attempts: list[str] = []
    with no_network(attempts):
        rows = run(pages, extractors)
    args.out.mkdir(parents=True, exist_ok=True)
    report = write_report(rows, extractors, args, attempts)
    (args.out / "body.md").write_text(report, encoding="utf-8")
    write_plot(rows, [e.name for e in extractors], args.out / "body.png")
    if args.save:
        with open(args.out / f"pages-{args.save}.jsonl", "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
