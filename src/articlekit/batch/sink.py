"""Batch output: the record schema, JSON Lines writers, and what `--resume` reads back.

One record per page (schema in docs/batch.md): `{"source", "url", "warc_record_id",
"warc_date", "http_status", "article"}`; one per failure: `{"source", "url", "error",
"message"}`. Both start with `"source"`, so resume can read a line's id without parsing the
whole article.

Lines are flushed one by one. A gzip output (`.gz`) is written as a series of gzip members of
at most `MEMBER_LINES` lines (or `MEMBER_SECONDS` seconds): a run killed mid-member leaves a
member without its trailer, and resume cuts the file back to the end of the last complete
member, so the pages of the torn member are done again, never twice. A plain output is cut back
to its last newline.
"""

from __future__ import annotations

import gzip
import json
import os
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from articlekit.batch.sources import Source, SourceFailure

MEMBER_LINES = 500
MEMBER_SECONDS = 30.0
_CHUNK = 1 << 20
_DECODER = json.JSONDecoder()
# json.dumps keeps U+2028/U+2029 raw with ensure_ascii=False; some line readers split on them.
_LINE_SEPARATORS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029"})


def dumps(record: dict[str, Any]) -> str:
    """One JSON line (no newline): compact, UTF-8 text, safe for every line splitter."""
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    return text.translate(_LINE_SEPARATORS)


def article_record(source: Source, article: Any) -> dict[str, Any]:
    """The output record of one extracted page."""
    return {
        "source": source.id,
        "url": source.url,
        "warc_record_id": source.warc_record_id,
        "warc_date": source.date,
        "http_status": source.http_status,
        "article": article.to_dict(),
    }


def error_record(source_id: str, url: str | None, error: str, message: str) -> dict[str, Any]:
    """The errors-file record of one failed page (or unreadable input)."""
    return {"source": source_id, "url": url, "error": error, "message": message}


def failure_record(failure: SourceFailure) -> dict[str, Any]:
    return error_record(failure.id, failure.url, failure.error, failure.message)


def line_id(line: bytes) -> str | None:
    """The `source` of a JSON line, reading only its start when it is one of ours."""
    text = line.decode("utf-8", "replace")
    for prefix in ('{"source":', '{"source": '):
        if text.startswith(prefix):
            try:
                value, _ = _DECODER.raw_decode(text, len(prefix))
            except ValueError:
                return None
            return value if isinstance(value, str) else None
    try:  # someone else's line: the full parse
        value = json.loads(text).get("source")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def is_gzip_name(path: Path) -> bool:
    return path.name.lower().endswith(".gz")


class LineWriter:
    """Appends JSON lines to a file (gzip members for a `.gz` name), flushing each line."""

    def __init__(self, path: Path, *, append: bool, gzipped: bool | None = None) -> None:
        self.path = path
        self._raw: BinaryIO = open(path, "ab" if append else "wb")  # noqa: SIM115 - kept open
        self._gzip = is_gzip_name(path) if gzipped is None else gzipped
        self._member: gzip.GzipFile | None = None
        self._lines = 0
        self._started = 0.0

    def write(self, line: str) -> None:
        data = line.encode("utf-8") + b"\n"
        if not self._gzip:
            self._raw.write(data)
            self._raw.flush()
            return
        if self._member is None:
            self._member = gzip.GzipFile(filename="", mode="wb", fileobj=self._raw, mtime=0)
            self._lines, self._started = 0, time.monotonic()
        self._member.write(data)
        self._lines += 1
        if self._lines >= MEMBER_LINES or time.monotonic() - self._started > MEMBER_SECONDS:
            self._end_member()
        else:
            self._member.flush()  # a sync flush: the line is readable by zcat now
            self._raw.flush()

    def _end_member(self) -> None:
        if self._member is not None:
            self._member.close()  # writes the trailer; leaves the raw file open
            self._member = None
            self._raw.flush()

    def close(self) -> None:
        if self._raw.closed:
            return
        self._end_member()
        self._raw.close()


def scan(path: Path, on_id: Callable[[str], None]) -> int:
    """Report the id of every complete line of `path`; return the byte length of that part.

    Whatever follows (a torn last line, a gzip member without its end) is not reported.
    """
    if not path.exists():
        return 0
    with open(path, "rb") as handle:
        if handle.read(2) == b"\x1f\x8b":
            handle.seek(0)
            return _scan_gzip(handle, on_id)
        handle.seek(0)
        return _scan_plain(handle, on_id)


def _scan_plain(handle: BinaryIO, on_id: Callable[[str], None]) -> int:
    good = 0
    for line in handle:  # binary iteration splits on b"\n" only
        if not line.endswith(b"\n"):
            break
        good += len(line)
        _report(line, on_id)
    return good


def _report(line: bytes, on_id: Callable[[str], None]) -> None:
    sid = line_id(line.rstrip(b"\r\n"))
    if sid is not None:
        on_id(sid)


def _scan_gzip(handle: BinaryIO, on_id: Callable[[str], None]) -> int:
    """Walk the gzip members; ids are reported per complete member ending on a newline."""
    good = offset = 0
    member_ids: list[str] = []
    partial = b""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    data = handle.read(_CHUNK)
    while data:
        try:
            out = inflater.decompress(data)
        except zlib.error:
            break  # garbage: everything from the last good member end is dropped
        lines = (partial + out).split(b"\n")
        partial = lines.pop()
        member_ids.extend(sid for sid in map(line_id, lines) if sid is not None)
        if not inflater.eof:
            offset += len(data)
            data = handle.read(_CHUNK)
            continue
        offset += len(data) - len(inflater.unused_data)
        if not partial:  # a member that ends on a line boundary: a safe place to cut
            good = offset
            for sid in member_ids:
                on_id(sid)
            member_ids.clear()
        data = inflater.unused_data or handle.read(_CHUNK)
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    return good


def repair(path: Path, on_id: Callable[[str], None]) -> None:
    """Report the ids of `path` and cut away its torn tail, so appending is safe."""
    if not path.exists():
        return
    good = scan(path, on_id)
    if good < path.stat().st_size:
        with open(path, "r+b") as handle:
            handle.truncate(good)


def read_lines(path: Path) -> Iterator[bytes]:
    """The complete lines of a (possibly gzip) JSON Lines file, without newlines."""
    if not path.exists():
        return
    opener = gzip.open if is_gzip_name(path) else open
    with opener(path, "rb") as handle:
        for line in handle:
            if line.endswith(b"\n"):
                yield line.rstrip(b"\r\n")


@dataclass
class Sink:
    """The output and errors files of one run, with the resume bookkeeping."""

    output: Path
    errors: Path
    resume: bool = False
    done: set[str] = field(default_factory=set)
    old_errors: set[str] = field(default_factory=set)
    recovered: set[str] = field(default_factory=set)
    written: int = 0
    failed: int = 0
    _out: LineWriter | None = None
    _err: LineWriter | None = None

    def open(self) -> Sink:
        """Read back what a resumed run already did, then open both files for writing."""
        if self.resume:
            repair(self.output, self.done.add)
            repair(self.errors, self.old_errors.add)
        self._out = LineWriter(self.output, append=self.resume)
        self._err = LineWriter(self.errors, append=self.resume)
        return self

    def write_ok(self, source_id: str, line: str) -> None:
        assert self._out is not None
        self._out.write(line)
        self.written += 1
        if source_id in self.old_errors:
            self.recovered.add(source_id)

    def write_error(self, line: str) -> None:
        assert self._err is not None
        self._err.write(line)
        self.failed += 1

    def close(self) -> None:
        for writer in (self._out, self._err):
            if writer is not None:
                writer.close()
        if self.resume and self.old_errors and self._err is not None:
            compact_errors(self.errors, lambda sid: sid in self.done or sid in self.recovered)


def compact_errors(path: Path, succeeded: Callable[[str], bool]) -> None:
    """Keep the latest error line per source, minus sources that have since succeeded."""
    latest: dict[str, bytes] = {}
    for line in read_lines(path):
        sid = line_id(line)
        if sid is not None and not succeeded(sid):
            latest.pop(sid, None)  # re-insert, so the order is that of the latest attempts
            latest[sid] = line
    tmp = path.with_name(path.name + f".tmp-{os.getpid()}")
    writer = LineWriter(tmp, append=False, gzipped=is_gzip_name(path))
    try:
        for line in latest.values():
            writer.write(line.decode("utf-8"))
    finally:
        writer.close()
    os.replace(tmp, path)
