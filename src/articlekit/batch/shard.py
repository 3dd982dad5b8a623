"""The unit of scale-out: one shard of inputs -> one finished, atomically written output.

`process_shard(shard, out_dir)` writes `shard-NNNN.jsonl.gz` (records) and
`shard-NNNN.errors.jsonl` (failures) under temporary names, renames them into place, and only
then writes `shard-NNNN.done` (a small JSON summary holding a digest of the shard's inputs).
A shard whose `.done` marker matches its inputs is skipped, so a rerun after any interruption
redoes only unfinished shards; a shard killed half-way leaves no final file and is redone whole.
The same function runs under the local process pool (`jobs`) or as a Dask task.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from articlekit.batch.runner import Result, RunConfig, run
from articlekit.batch.sink import LineWriter
from articlekit.batch.sources import expand_inputs
from articlekit.options import DEFAULT_TIME_BUDGET, Options


@dataclass(frozen=True)
class ShardSpec:
    """The inputs of one shard (files, folders, globs, WARC files) and its number.

    Without an index the shard is named after the digest of its inputs.
    """

    inputs: tuple[str, ...]
    index: int | None = None

    @property
    def digest(self) -> str:
        return hashlib.sha256("\n".join(self.inputs).encode("utf-8")).hexdigest()

    @property
    def name(self) -> str:
        if self.index is None:
            return f"shard-{self.digest[:16]}"
        return f"shard-{self.index:04d}"


@dataclass(frozen=True)
class ShardPaths:
    """Where a shard's files go."""

    output: Path
    errors: Path
    marker: Path

    @classmethod
    def of(cls, spec: ShardSpec, out_dir: Path) -> ShardPaths:
        return cls(
            out_dir / f"{spec.name}.jsonl.gz",
            out_dir / f"{spec.name}.errors.jsonl",
            out_dir / f"{spec.name}.done",
        )


def as_spec(shard: Sequence[str] | ShardSpec) -> ShardSpec:
    if isinstance(shard, ShardSpec):
        return shard
    if isinstance(shard, str):  # a lone path is a one-input shard, not a list of characters
        return ShardSpec((shard,))
    return ShardSpec(tuple(shard))


def read_marker(spec: ShardSpec, out_dir: str | os.PathLike[str]) -> dict[str, Any] | None:
    """The summary of a finished shard, or None when it is not finished (for these inputs)."""
    paths = ShardPaths.of(spec, Path(out_dir))
    try:
        summary = json.loads(paths.marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(summary, dict) or summary.get("inputs_digest") != spec.digest:
        return None
    return summary if paths.output.exists() else None


def process_shard(
    shard: Sequence[str] | ShardSpec,
    out_dir: str | os.PathLike[str],
    *,
    jobs: int = 1,
    time_budget: float | None = DEFAULT_TIME_BUDGET,
) -> Path:
    """Process one shard into `out_dir`; return the path of its `.jsonl.gz` output.

    `jobs=1` (the default) runs in this process, as a Dask task should (Dask workers are
    daemonic processes and may not start a pool of their own).
    """
    spec = as_spec(shard)
    directory = Path(out_dir)
    paths = ShardPaths.of(spec, directory)
    if read_marker(spec, directory) is not None:
        return paths.output
    directory.mkdir(parents=True, exist_ok=True)
    counts = _write_atomically(spec, paths, RunConfig(jobs=jobs, time_budget=time_budget))
    summary = {"shard": spec.name, "inputs_digest": spec.digest, "inputs": len(spec.inputs)}
    summary.update(counts)
    _replace_with_text(paths.marker, json.dumps(summary, sort_keys=True) + "\n")
    return paths.output


def _write_atomically(spec: ShardSpec, paths: ShardPaths, config: RunConfig) -> dict[str, int]:
    tag = f".tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"  # two runs of one shard never collide
    tmp_out = paths.output.with_name(paths.output.name + tag + ".gz")
    tmp_err = paths.errors.with_name(paths.errors.name + tag)
    out, err = LineWriter(tmp_out, append=False), LineWriter(tmp_err, append=False)
    counts = {"pages": 0, "failed": 0}

    def emit(result: Result) -> None:
        (out if result.ok else err).write(result.line)
        counts["pages"] += 1
        counts["failed"] += not result.ok

    try:
        run(expand_inputs(spec.inputs, Options().max_bytes), config, emit)
        out.close()
        err.close()
        os.replace(tmp_out, paths.output)
        os.replace(tmp_err, paths.errors)
    finally:
        out.close()
        err.close()
        for tmp in (tmp_out, tmp_err):
            tmp.unlink(missing_ok=True)
    return counts


def _replace_with_text(path: Path, text: str) -> None:
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
