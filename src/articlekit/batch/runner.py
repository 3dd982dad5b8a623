"""Batch execution: run `extract()` over a stream of pages, isolated page by page.

- `jobs == 1`: in this process, no pool (easy to debug; an exception is still one error record).
- `jobs > 1`: a `ProcessPoolExecutor` fed a bounded window of pages (a count and a byte budget),
  so memory stays flat however many pages stream in.

Isolation, in three layers:
1. an exception in `extract()` (or in reading the page) becomes an error record;
2. the time budget: `Options.time_budget` is honoured inside `extract()`, and a pool worker also
   arms a SIGALRM a few seconds later (a worker is our own process, so a signal is safe there)
   for code that does not poll the budget;
3. a worker that dies (segfault, out-of-memory kill) breaks the pool: the pages that were in
   flight are the suspects. The pool is rebuilt and the suspects are rerun one at a time in a
   one-worker pool: the page that kills it again is recorded as `WorkerCrashed`, the others get
   their results. A pool where nothing completes for far longer than the budget allows (a hang
   in C code) is killed the same way, and the page that hangs alone is recorded as `PageTimeout`.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, CancelledError, Future, ProcessPoolExecutor, wait
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any

from articlekit.batch.sink import article_record, dumps, error_record, failure_record
from articlekit.batch.sources import Item, Source, SourceFailure
from articlekit.batch.warm import warm_up
from articlekit.options import DEFAULT_TIME_BUDGET, Options

_IN_WORKER = False
STALL_MARGIN = 30.0  # seconds past the hard limit with no page finishing before a pool is killed
PARENT_POLL = 1.0  # seconds between a worker's checks that its parent still lives


class PageTimeout(Exception):
    """A page ran past the hard time limit of a worker."""


@dataclass(frozen=True)
class RunConfig:
    """How to run: worker count, time budget, and the extract function (a stand-in in tests)."""

    jobs: int = 1
    time_budget: float | None = DEFAULT_TIME_BUDGET
    grace: float = 5.0
    extract: Callable[..., Any] | None = None
    stall_margin: float = STALL_MARGIN
    window_per_job: int = 2
    max_inflight_bytes: int = 256 << 20

    def options(self) -> Options:
        return Options(time_budget=self.time_budget)

    @property
    def hard_limit(self) -> float | None:
        """Seconds after which a worker interrupts a page (None: no limit)."""
        return None if self.time_budget is None else self.time_budget + self.grace

    @property
    def stall_limit(self) -> float | None:
        """Seconds without any page finishing after which the parent kills the pool."""
        hard = self.hard_limit
        return None if hard is None else hard + self.stall_margin


@dataclass(frozen=True, slots=True)
class Result:
    """One finished page: its id, whether it succeeded, and its JSON line."""

    source_id: str
    ok: bool
    line: str


Emit = Callable[[Result], None]


def default_jobs() -> int:
    """The CPUs this process may use (affinity-aware where the OS tells)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def failed(source_id: str, url: str | None, error: str, message: str) -> Result:
    return Result(source_id, False, dumps(error_record(source_id, url, error, message)))


def one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:500]


def process_source(source: Source, config: RunConfig) -> Result:
    """Read and extract one page; never raises for a page's sake."""
    if config.extract is None:
        from articlekit.api import extract
    else:
        extract = config.extract
    options = config.options()
    try:
        with _alarm(config.hard_limit):
            data = source.read(options.max_bytes)
            article = extract(data, url=source.url, encoding=source.encoding, options=options)
            line = dumps(article_record(source, article))
    except Exception as exc:  # the point of isolation: any failure is this page's record
        return failed(source.id, source.url, type(exc).__name__, one_line(exc))
    return Result(source.id, True, line)


@contextmanager
def _alarm(seconds: float | None) -> Iterator[None]:
    """In a pool worker, interrupt the block with PageTimeout after `seconds`."""
    if not _IN_WORKER or seconds is None or not hasattr(signal, "setitimer"):
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def _on_alarm(signum: int, frame: object) -> None:
    raise PageTimeout("page ran past the worker's hard time limit")


def _init_worker(parent: int) -> None:
    global _IN_WORKER
    _IN_WORKER = True
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if hasattr(signal, "SIGALRM"):
        signal.signal(signal.SIGALRM, _on_alarm)
    # A parent killed outright (SIGKILL, OOM) leaves its workers waiting for work forever;
    # they would also hold its stderr open. A watcher thread ends them.
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    warm_up()  # one-time rule compilation outside any page's time budget


def _watch_parent(parent: int) -> None:
    while not _gone(parent):
        time.sleep(PARENT_POLL)
    os._exit(1)


def _gone(pid: int) -> bool:
    """True once `pid` has exited (a zombie counts as exited)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # alive, but not ours to signal
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            return handle.read().rsplit(")", 1)[-1].split()[:1] in (["Z"], ["X"])
    except OSError:  # no /proc: the kill probe is all we have
        return False


def run(items: Iterable[Item], config: RunConfig, emit: Emit) -> None:
    """Process every item, calling `emit` once per page (or unreadable input), in any order."""
    if config.jobs <= 1:
        for item in items:
            is_failure = isinstance(item, SourceFailure)
            emit(_failure(item) if is_failure else process_source(item, config))
        return
    _PoolRunner(config, emit).run(items)


def _failure(item: SourceFailure) -> Result:
    return Result(item.id, False, dumps(failure_record(item)))


def _mp_context() -> Any:
    # forkserver: workers fork from a clean server, never from a parent that runs threads
    # (a progress bar, a Dask client); spawn where there is no forkserver.
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    # The server imports (and so warms up) articlekit once; its workers fork from it warm.
    # No effect if a forkserver already runs in this process.
    context.set_forkserver_preload(["articlekit.batch._preload"])
    return context


def new_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=_mp_context(),
        initializer=_init_worker,
        initargs=(os.getpid(),),
    )


def kill_pool(pool: ProcessPoolExecutor) -> None:
    """Stop a pool now: kill its workers (their pages are lost) and drop queued work."""
    kill_workers = getattr(pool, "kill_workers", None)  # Python 3.14+
    if kill_workers is not None:
        with suppress(Exception):
            kill_workers()
    processes = getattr(pool, "_processes", None) or {}  # the only way before Python 3.14
    for process in list(processes.values()):
        with suppress(Exception):
            process.kill()
    pool.shutdown(wait=False, cancel_futures=True)


class _PoolRunner:
    """The parallel loop: a bounded window of futures, crash and stall recovery."""

    def __init__(self, config: RunConfig, emit: Emit) -> None:
        self.config = config
        self.emit = emit
        self.window = max(1, config.jobs * config.window_per_job)
        self.pending: dict[Future[Result], Source] = {}
        self.inflight_bytes = 0
        self.pool: ProcessPoolExecutor | None = None

    def run(self, items: Iterable[Item]) -> None:
        self.pool = new_pool(self.config.jobs)
        try:
            source_iter, exhausted = iter(items), False
            while not exhausted or self.pending:
                if not exhausted:
                    exhausted = self._fill(source_iter)
                if self.pending:
                    self._drain()
        except BaseException:
            kill_pool(self.pool)
            raise
        self.pool.shutdown(wait=True)

    def _fill(self, source_iter: Iterator[Item]) -> bool:
        """Submit pages until the window is full; True once the input is exhausted."""
        byte_budget = self.config.max_inflight_bytes
        while len(self.pending) < self.window and self.inflight_bytes < byte_budget:
            item = next(source_iter, None)
            if item is None:
                return True
            if isinstance(item, SourceFailure):
                self.emit(_failure(item))
                continue
            if not self._submit(item):
                return False
        return False

    def _submit(self, source: Source) -> bool:
        assert self.pool is not None
        try:
            future = self.pool.submit(process_source, source, self.config)
        except BrokenProcessPool:  # broke since the last look: recover, including this page
            self._recover([source])
            return False
        self.pending[future] = source
        self.inflight_bytes += source.size_hint
        return True

    def _pop(self, future: Future[Result]) -> Source:
        source = self.pending.pop(future)
        self.inflight_bytes -= source.size_hint
        return source

    def _drain(self) -> None:
        """Wait for at least one page; handle a broken or stalled pool."""
        done, _ = wait(self.pending, timeout=self.config.stall_limit, return_when=FIRST_COMPLETED)
        if not done:  # nothing finished for far too long: a worker hangs where no signal reaches
            assert self.pool is not None
            kill_pool(self.pool)
            done, _ = wait(self.pending)
        suspects = self._collect(done)
        if suspects:
            # The pool is broken: every other future fails too; gather those that finished.
            done, _ = wait(self.pending)
            suspects += self._collect(done)
            self._recover(suspects)

    def _collect(self, done: Iterable[Future[Result]]) -> list[Source]:
        suspects = []
        for future in done:
            source = self._pop(future)
            try:
                self.emit(future.result())
            except (BrokenProcessPool, CancelledError):
                suspects.append(source)  # cancelled: queued when the pool was killed
            except Exception as exc:  # e.g. a page that cannot be pickled
                self.emit(failed(source.id, source.url, type(exc).__name__, one_line(exc)))
        return suspects

    def _recover(self, suspects: list[Source]) -> None:
        """Rerun the suspects of a broken pool one by one, then rebuild the pool."""
        assert self.pool is not None
        kill_pool(self.pool)
        isolated = _Isolated(self.config)
        try:
            for source in suspects:
                self.emit(isolated.run(source))
        finally:
            isolated.close()
        self.pool = new_pool(self.config.jobs)


class _Isolated:
    """A one-worker pool that runs suspects one at a time, rebuilt whenever it breaks."""

    def __init__(self, config: RunConfig) -> None:
        self.config = config
        self.pool: ProcessPoolExecutor | None = None

    def run(self, source: Source) -> Result:
        if self.pool is None:
            self.pool = new_pool(1)
        future = self.pool.submit(process_source, source, self.config)
        try:
            return future.result(timeout=self.config.stall_limit)
        except FutureTimeout:
            self.close()
            return failed(source.id, source.url, "PageTimeout", "worker hung on this page; killed")
        except BrokenProcessPool:
            self.close()
            return failed(source.id, source.url, "WorkerCrashed", "a worker process died on it")

    def close(self) -> None:
        if self.pool is not None:
            kill_pool(self.pool)
            self.pool = None
