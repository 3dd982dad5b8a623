"""Shared pieces of the benchmark scripts: corpus paths, extractor adapters, guards, timing.

Each adapter splits an extractor into the call that is timed (`run`) and the conversion of its
result into the neutral `articlekit.bench.Prediction` that every scorer reads (`convert`, not
timed). Input handling is the same for all: the page's saved bytes are passed to extractors that
accept bytes (articlekit, trafilatura, readability-lxml, lxml) so each detects the encoding its
own way; newspaper4k takes text only and gets the bytes decoded as UTF-8 with replacement.
"""

from __future__ import annotations

import os
import platform
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from articlekit.bench import (
    Page,
    Prediction,
    element_text,
    html_text,
    load_corpus,
    prediction_from_article,
    stratified_sample,
)

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results"
PAGE_TIMEOUT = 120  # seconds; a page that takes longer counts as an exception


def corpora_root() -> Path:
    """`$ARTICLEKIT_CORPORA`, else `../shared/corpora` beside the repository."""
    env = os.environ.get("ARTICLEKIT_CORPORA")
    return Path(env) if env else REPO.parent / "shared" / "corpora"


@dataclass
class Extractor:
    """An extractor under test: `run(html, url)` is timed, `convert(result)` is not."""

    name: str
    run: Callable[[bytes, str | None], Any]
    convert: Callable[[Any], Prediction]
    version: str


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


def articlekit_extractor() -> Extractor:
    import articlekit

    return Extractor(
        "articlekit",
        lambda html, url: articlekit.extract(html, url=url),
        prediction_from_article,
        _version("articlekit"),
    )


def trafilatura_extractor() -> Extractor:
    """Body as `trafilatura.extract(html, url=url)` with its default settings."""
    import trafilatura

    return Extractor(
        "trafilatura",
        lambda html, url: trafilatura.extract(html, url=url),
        lambda text: Prediction(body=text or ""),
        _version("trafilatura"),
    )


def trafilatura_fields_extractor() -> Extractor:
    """`trafilatura.bare_extraction(..., with_metadata=True)`: body plus title/author/date."""
    import trafilatura

    def convert(doc: Any) -> Prediction:
        if doc is None:
            return Prediction()
        return Prediction(
            body=doc.text or "",
            headline=doc.title,
            authors=tuple((doc.author or "").split(";")),
            published=doc.date,
            site_name=doc.sitename,
        )

    return Extractor(
        "trafilatura",
        lambda html, url: trafilatura.bare_extraction(html, url=url, with_metadata=True),
        convert,
        _version("trafilatura"),
    )


def readability_extractor() -> Extractor:
    """readability-lxml `Document(html).summary()`; its HTML made text outside the timing."""
    from readability import Document

    return Extractor(
        "readability-lxml",
        lambda html, url: Document(html, url=url).summary(),
        lambda summary: Prediction(body=html_text(summary or "")),
        _version("readability-lxml"),
    )


def lxml_floor() -> Extractor:
    """The floor: a bare `lxml.html.fromstring` parse; its 'body' is all the page's text."""
    import lxml.html

    return Extractor(
        "lxml parse (floor)",
        lambda html, url: lxml.html.fromstring(html),
        lambda root: Prediction(body=_body_text(root)),
        _version("lxml"),
    )


def _body_text(root: Any) -> str:
    body = root.find(".//body") if root.tag != "body" else root
    return element_text(body if body is not None else root)


def newspaper_extractor() -> Extractor:
    """newspaper4k fed the saved HTML: `download(input_html=...)` then `parse()`.

    `fetch_images=False` matters: by default parse() downloads images to size them.
    """
    import newspaper

    def run(html: bytes, url: str | None) -> Any:
        art = newspaper.Article(url or "http://localhost/", fetch_images=False)
        art.download(input_html=html.decode("utf-8", "replace"))
        art.parse()
        return art

    def convert(art: Any) -> Prediction:
        date = art.publish_date
        return Prediction(
            body=art.text or "",
            headline=art.title or None,
            authors=tuple(art.authors or ()),
            published=date.isoformat() if hasattr(date, "isoformat") else (date or None),
        )

    return Extractor("newspaper4k", run, convert, _version("newspaper4k"))


class PageTimeout(Exception):
    """Raised inside an extraction that ran past `PAGE_TIMEOUT`."""


def _on_alarm(signum: int, frame: Any) -> None:
    raise PageTimeout(f"no result after {PAGE_TIMEOUT} s")


@dataclass
class Timing:
    """Wall-clock and CPU seconds of one extraction call."""

    wall: float
    cpu: float


def timed_call(
    ex: Extractor, html: bytes, url: str | None
) -> tuple[Prediction, str | None, Timing]:
    """Run one extraction under a time limit: (prediction, error or None, timing).

    CPU time is kept beside wall time: on a shared machine other processes stretch the wall
    clock of every extractor, while the process's CPU time stays what the extraction cost.
    """
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, PAGE_TIMEOUT)
    start, cpu = time.perf_counter(), time.process_time()
    try:
        result, error = ex.run(html, url), None
    except Exception as exc:  # every failure is counted, none stops the run
        result, error = None, f"{type(exc).__name__}: {exc}"[:300]
    finally:
        timing = Timing(time.perf_counter() - start, time.process_time() - cpu)
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if error is not None:
        return Prediction(), error, timing
    try:
        return ex.convert(result), None, timing
    except Exception as exc:
        return Prediction(), f"convert {type(exc).__name__}: {exc}"[:300], timing


class NetworkAttempt(OSError):
    """An extractor tried to open a connection during a benchmark."""


@contextmanager
def no_network(attempts: list[str]) -> Iterator[None]:
    """Refuse every connection and DNS look-up for the duration; record who tried."""
    saved = socket.socket.connect, socket.getaddrinfo, socket.create_connection

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(repr(args[1:] if args and isinstance(args[0], socket.socket) else args))
        raise NetworkAttempt("network access is blocked during benchmarks")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.getaddrinfo = refuse  # type: ignore[assignment]
    socket.create_connection = refuse  # type: ignore[assignment]
    try:
        yield
    finally:
        socket.socket.connect, socket.getaddrinfo, socket.create_connection = saved


def select_pages(
    corpus_dirs: Sequence[Path], limit: int | None, sample: int | None, seed: int
) -> list[Page]:
    """Pages of each corpus: all, the first `limit`, or a stratified seeded `sample`."""
    pages: list[Page] = []
    for root in corpus_dirs:
        group = load_corpus(root)
        if sample is not None:
            group = stratified_sample(group, sample, seed)
        if limit is not None:
            group = group[:limit]
        pages += group
    return pages


def resolve_corpora(names: Sequence[str] | None) -> list[Path]:
    """`--corpus` values (a name under the corpora root, or a path) as folders."""
    root = corpora_root()
    chosen = names or ["wcxb-dev", "readability-pages"]
    return [Path(n) if Path(n).is_dir() else root / n for n in chosen]


def run_info() -> str:
    """One line on what produced a result: commit, Python, machine."""
    try:
        commit = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--", "src"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        commit += " + uncommitted changes in src/" if dirty else ""
    except OSError:
        commit = "?"
    cpu = os.cpu_count()
    py = platform.python_version()
    return f"commit {commit or '?'}, Python {py}, {platform.machine()} ×{cpu} CPUs, single process"


def progress(i: int, total: int, every: int = 100) -> None:
    """A line on stderr every `every` pages."""
    if i % every == 0 or i == total:
        print(f"  {i}/{total} pages", file=sys.stderr, flush=True)
