"""Scale-out on a Dask cluster: plan shards on the client, run `process_shard` on the workers.

Dask is an optional dependency (`pip install 'articlekit[dask]'`), imported only when a run
starts. The out_dir must be reachable under the same path from every worker (a shared file
system, or a local folder for a `LocalCluster`); so must the inputs.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from articlekit.batch.shard import ShardSpec, process_shard
from articlekit.batch.sources import BatchUsageError, SourceFailure, is_warc, iter_input_files
from articlekit.options import DEFAULT_TIME_BUDGET

DASK_MISSING = "running on Dask needs dask.distributed: pip install 'articlekit[dask]'"
DEFAULT_SHARD_SIZE = 1000


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise ImportError(DASK_MISSING) from None
    return distributed


def plan_shards(inputs: Iterable[str], shard_size: int = DEFAULT_SHARD_SIZE) -> list[ShardSpec]:
    """Cut the inputs into shards: `shard_size` page files each, and one shard per WARC file.

    The order is that of the arguments (folders walked in sorted order), so the same inputs
    give the same shards; a `.done` marker also checks its shard's inputs, so a changed input
    set never skips a shard by mistake. A missing input stays in its shard and becomes an
    error record there.
    """
    if shard_size < 1:
        raise ValueError(f"shard_size must be at least 1, not {shard_size}")
    specs: list[ShardSpec] = []
    batch: list[str] = []

    def cut(paths: list[str]) -> None:
        specs.append(ShardSpec(tuple(paths), len(specs)))

    for item in iter_input_files(inputs):
        path = item.id if isinstance(item, SourceFailure) else item
        if not isinstance(item, SourceFailure) and is_warc(item):
            cut([path])
            continue
        batch.append(path)
        if len(batch) == shard_size:
            cut(batch)
            batch = []
    if batch:
        cut(batch)
    return specs


def run_on_dask(
    inputs: Iterable[str],
    out_dir: str | os.PathLike[str],
    client: Any = None,
    shard_size: int = DEFAULT_SHARD_SIZE,
    *,
    time_budget: float | None = DEFAULT_TIME_BUDGET,
) -> list[Path]:
    """Process `inputs` as shards on Dask; return the shard outputs (`shard-NNNN.jsonl.gz`).

    `client`: a `distributed.Client`; default the current one, else a new local cluster that
    is closed afterwards. Finished shards are skipped on the workers. Every shard is waited
    for; if some failed as tasks (a killed worker, a missing warcio), a RuntimeError names
    them after the others have finished.
    """
    distributed = _distributed()
    specs = plan_shards(inputs, shard_size)
    if not specs:
        raise BatchUsageError("no pages found in the inputs")
    client, owned = _client(distributed, client)
    try:
        futures = {
            client.submit(
                process_shard,
                spec,
                str(out_dir),
                time_budget=time_budget,
                key=f"articlekit-{spec.name}-{spec.digest[:12]}",
            ): spec
            for spec in specs
        }
        return _gather(distributed, futures)
    finally:
        if owned:
            client.close()


def _client(distributed: Any, client: Any) -> tuple[Any, bool]:
    if client is not None:
        return client, False
    try:
        return distributed.get_client(), False
    except ValueError:  # no client yet: a local cluster of processes, one thread each
        return distributed.Client(processes=True, threads_per_worker=1), True


def _gather(distributed: Any, futures: dict[Any, ShardSpec]) -> list[Path]:
    done: dict[int, Path] = {}
    failures: list[str] = []
    order = {spec.name: n for n, spec in enumerate(futures.values())}
    for future in distributed.as_completed(list(futures)):
        spec = futures[future]
        try:
            done[order[spec.name]] = Path(future.result())
        except Exception as exc:  # a failed task: report it once all others are done
            failures.append(f"{spec.name}: {type(exc).__name__}: {exc}")
    if failures:
        raise RuntimeError(f"{len(failures)} of {len(futures)} shards failed; " + failures[0])
    return [done[n] for n in sorted(done)]
