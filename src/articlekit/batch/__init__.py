"""`articlekit batch`: many pages (files, folders, globs, WARC files) -> one JSON Lines file.

The pieces: `sources` (INPUT... -> pages), `runner` (process pool, isolation, time budget),
`sink` (record schema, output and errors files, resume), `shard` (the unit of scale-out) and
`dask_run` (shards on a Dask cluster). Usage and the record schema: docs/batch.md.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from articlekit.batch.runner import Result, RunConfig, default_jobs, run
from articlekit.batch.shard import ShardSpec, process_shard
from articlekit.batch.sink import Sink
from articlekit.batch.sources import (
    BatchUsageError,
    Item,
    Source,
    SourceFailure,
    check_inputs,
    expand_inputs,
)
from articlekit.options import DEFAULT_TIME_BUDGET, Options

__all__ = [
    "BatchUsageError",
    "ShardSpec",
    "Source",
    "SourceFailure",
    "default_errors_path",
    "expand_inputs",
    "process_shard",
    "run_batch",
    "run_on_dask",
]


def run_on_dask(*args: Any, **kwargs: Any) -> list[Path]:
    """See `articlekit.batch.dask_run.run_on_dask` (imported lazily: Dask is an extra)."""
    from articlekit.batch.dask_run import run_on_dask as _run_on_dask

    return _run_on_dask(*args, **kwargs)


@dataclass
class _Counts:
    seen: int = 0
    skipped: int = 0


def default_errors_path(output: Path) -> Path:
    """`out.jsonl` / `out.jsonl.gz` -> `out.errors.jsonl`."""
    name = output.name
    for suffix in (".jsonl.gz", ".jsonl"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    return output.with_name(name + ".errors.jsonl")


def run_batch(
    inputs: Sequence[str],
    output: str,
    *,
    jobs: int | None = None,
    resume: bool = False,
    errors: str | None = None,
    progress: bool | None = None,
    time_budget: float | None = DEFAULT_TIME_BUDGET,
) -> int:
    """Extract every page of `inputs` into `output` (JSON Lines, `.gz` for gzip).

    `jobs`: worker processes (default: the CPUs available; 1 runs in this process). `resume`:
    skip pages already in `output` (failed pages are retried). `errors`: the failures file
    (default `OUT.errors.jsonl`). `progress`: a progress bar (default: when stderr is a
    terminal and tqdm is installed). `time_budget`: seconds per page.
    Returns the exit code: 0 all pages succeeded, 1 some failed, 2 usage error (one line on
    stderr). On spawn-start platforms, call it under `if __name__ == "__main__":`.
    """
    try:
        with _sigterm_as_interrupt():
            return _run_batch(inputs, output, jobs, resume, errors, progress, time_budget)
    except BatchUsageError as exc:
        sys.stderr.write(f"articlekit: {exc}\n")
        return 2


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """Let SIGTERM stop a run the way Ctrl-C does: workers stopped, files closed cleanly.

    Only when SIGTERM has its default action and we are in the main thread (else leave it).
    """
    main = threading.current_thread() is threading.main_thread()
    if not main or signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        yield
        return
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def _run_batch(
    inputs: Sequence[str],
    output: str,
    jobs: int | None,
    resume: bool,
    errors: str | None,
    progress: bool | None,
    time_budget: float | None,
) -> int:
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise BatchUsageError(f"--jobs must be at least 1, not {jobs}")
    check_inputs(inputs)
    sink = _open_sink(Path(output), errors, resume)
    counts = _Counts()
    bar = _progress_bar(progress, len(sink.done))
    try:
        items = _not_done(expand_inputs(inputs, Options().max_bytes), sink.done, counts)
        run(items, RunConfig(jobs=jobs, time_budget=time_budget), _emitter(sink, bar))
    finally:
        sink.close()
        if bar is not None:
            bar.close()
    return _exit_code(sink, counts)


def _open_sink(out: Path, errors: str | None, resume: bool) -> Sink:
    err = Path(errors) if errors else default_errors_path(out)
    if out.resolve() == err.resolve():
        raise BatchUsageError(f"the output and the errors file are the same file: {out}")
    sink = Sink(out, err, resume=resume)
    try:
        return sink.open()
    except OSError as exc:
        sink.close()
        reason = exc.strerror or str(exc)
        raise BatchUsageError(f"cannot write {exc.filename or out}: {reason}") from None


def _not_done(items: Iterable[Item], done: set[str], counts: _Counts) -> Iterator[Item]:
    for item in items:
        if item.id in done:
            counts.skipped += 1
            continue
        counts.seen += 1
        yield item


def _emitter(sink: Sink, bar: Any) -> Any:
    def emit(result: Result) -> None:
        if result.ok:
            sink.write_ok(result.source_id, result.line)
        else:
            sink.write_error(result.line)
            if bar is not None:
                bar.set_postfix_str(f"failed {sink.failed}", refresh=False)
        if bar is not None:
            bar.update()

    return emit


def _progress_bar(progress: bool | None, already: int) -> Any:
    if progress is None:
        progress = sys.stderr.isatty()
    if not progress:
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # tqdm is in the batch extra; without it, no bar
        return None
    desc = f"articlekit ({already:,} done before)" if already else "articlekit"
    return tqdm(desc=desc, unit=" pages", file=sys.stderr, dynamic_ncols=True, smoothing=0.05)


def _exit_code(sink: Sink, counts: _Counts) -> int:
    if counts.seen == 0 and counts.skipped == 0:
        raise BatchUsageError(
            "no pages found in the inputs (looked for *.html, *.htm, "
            "*.xhtml, *.html.gz, *.htm.gz, *.warc, *.warc.gz)"
        )
    if sink.failed:
        sys.stderr.write(
            f"articlekit: {sink.failed:,} of {counts.seen:,} pages failed; see {sink.errors}\n"
        )
        return 1
    return 0
