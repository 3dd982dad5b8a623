"""Compare two saved body runs page by page: which pages' F1 changed most (a development aid).

    python benchmarks/run_body.py --only articlekit --save before
    ... change the extractor ...
    python benchmarks/run_body.py --only articlekit --save after
    python benchmarks/compare.py before after [--extractor articlekit] [--top 25]

A and B are names given to `--save` (read from `results/pages-NAME.jsonl`) or paths to such files.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


def load(ref: str) -> list[dict[str, Any]]:
    """The rows of a saved run, by name or path."""
    path = Path(ref)
    if not path.is_file():
        path = RESULTS / f"pages-{ref}.jsonl"
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def keyed(rows: Sequence[dict[str, Any]], extractor: str) -> dict[tuple[str, str], dict[str, Any]]:
    return {(r["corpus"], r["id"]): r for r in rows if r.get("extractor") == extractor}


def diff(
    a: dict[tuple[str, str], dict[str, Any]], b: dict[tuple[str, str], dict[str, Any]]
) -> list[tuple[float, tuple[str, str], dict[str, Any], dict[str, Any]]]:
    """(F1 change, key, row A, row B) for the pages scored in both runs, biggest change first."""
    out = []
    for key in a.keys() & b.keys():
        fa, fb = a[key]["f1"], b[key]["f1"]
        if fa is not None and fb is not None:
            out.append((fb - fa, key, a[key], b[key]))
    return sorted(out, key=lambda x: (-abs(x[0]), x[1]))


def _line(delta: float, key: tuple[str, str], ra: dict[str, Any], rb: dict[str, Any]) -> str:
    corpus, page_id = key
    notes = []
    if ra.get("error") != rb.get("error"):
        notes.append(f"error: {ra.get('error')} -> {rb.get('error')}")
    leaks = f"without {ra['without_leaked']}->{rb['without_leaked']}/{rb['without_total']}"
    return (
        f"{delta:+.3f}  {corpus}/{page_id} ({rb['type']})  F1 {ra['f1']:.3f} -> {rb['f1']:.3f}"
        f"  P {ra['p']:.2f}->{rb['p']:.2f}  R {ra['r']:.2f}->{rb['r']:.2f}  {leaks}"
        + ("  " + "; ".join(notes) if notes else "")
    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("a", help="the earlier run (name or path)")
    ap.add_argument("b", help="the later run (name or path)")
    ap.add_argument("--extractor", default="articlekit")
    ap.add_argument("--top", type=int, default=25, help="how many pages to list")
    args = ap.parse_args(argv)
    try:
        a, b = keyed(load(args.a), args.extractor), keyed(load(args.b), args.extractor)
    except OSError as exc:
        print(f"compare: {exc}", file=sys.stderr)
        return 2
    changes = diff(a, b)
    if not changes:
        print(f"no page of {args.extractor} is scored in both runs")
        return 1
    mean = sum(d for d, *_ in changes) / len(changes)
    better = sum(1 for d, *_ in changes if d > 1e-9)
    worse = sum(1 for d, *_ in changes if d < -1e-9)
    print(f"{len(changes)} pages in both runs; mean F1 change {mean:+.4f}; ", end="")
    print(f"{better} better, {worse} worse, {len(changes) - better - worse} unchanged")
    for change in changes[: args.top]:
        if abs(change[0]) > 1e-9:
            print(_line(*change))
    return 0


if __name__ == "__main__":
    sys.exit(main())
