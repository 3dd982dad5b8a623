"""Batch input: INPUT arguments -> a stream of pages (`Source`) to extract.

An argument is a file (taken whatever its name), a folder (walked, without recursion, for the
page and WARC suffixes below), or a glob pattern that we expand ourselves, so that a quoted
pattern works the same in every shell. WARC files (`.warc`, `.warc.gz`) are read with `warcio`
(the `batch` extra): each HTML `response` or `resource` record is one page, with its target URI,
date, record id and the charset of its Content-Type header. Everything is lazy, so a folder of
millions of pages or a WARC of any size streams through in constant memory.

Source ids are stable across runs given the same arguments: the path as the arguments reach it
(`pages/2024/a.html`), or `warc_path#record_id` for a WARC record. `--resume` relies on that.
"""

from __future__ import annotations

import glob
import gzip
import os
import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
GZIP_MAGIC = b"\x1f\x8b"
WARCIO_MISSING = "reading WARC files needs warcio: pip install 'articlekit[batch]'"

_GLOB_MAGIC = re.compile(r"[*?\[]")
_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)
# A record without a Content-Type is kept only when its payload opens like an HTML document.
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)
_READ_CHUNK = 1 << 20


class BatchUsageError(Exception):
    """A problem with the command line itself (exit code 2): no such input, no warcio, ..."""


@dataclass(frozen=True, slots=True)
class Source:
    """One page to extract: where it comes from and how to get its bytes.

    File pages carry only their `path` and are read by the worker; WARC records carry their
    decoded payload in `data`, since reading a record means decompressing the WARC up to it.
    """

    id: str
    path: str
    url: str | None = None
    date: str | None = None
    warc_record_id: str | None = None
    http_status: int | None = None
    encoding: str | None = None
    data: bytes | None = field(default=None, repr=False)

    def read(self, limit: int) -> bytes:
        """The page's bytes, at most `limit + 1` of them (so an over-limit page is detectable).

        Gzipped files (by their magic bytes, whatever their name) are decompressed; a truncated
        gzip file yields what could be decompressed, like any truncated page.
        """
        if self.data is not None:
            return self.data
        with open(self.path, "rb") as handle:
            head = handle.read(2)
            handle.seek(0)
            if head == GZIP_MAGIC:
                return gunzip_prefix(handle, limit + 1)
            return handle.read(limit + 1)

    @property
    def size_hint(self) -> int:
        """Bytes this source holds in memory while queued (WARC payloads only)."""
        return len(self.data) if self.data is not None else 0


@dataclass(frozen=True, slots=True)
class SourceFailure:
    """An input that could not even be read into pages (a vanished file, a corrupt WARC)."""

    id: str
    error: str
    message: str
    url: str | None = None


Item = Source | SourceFailure


def gunzip_prefix(handle: BinaryIO, limit: int) -> bytes:
    """Decompress a gzip stream (members concatenated) up to `limit` bytes of output.

    Stops early at `limit` (a gzip bomb costs no memory) and at a truncated end (returns what
    was decoded). A stream that is not gzip at all raises `gzip.BadGzipFile`.
    """
    out: list[bytes] = []
    size = 0
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    pending = b""
    while size < limit:
        chunk = pending or handle.read(_READ_CHUNK)
        if not chunk:
            break
        try:
            piece = inflater.decompress(chunk, limit - size)
        except zlib.error as exc:
            if out:  # garbage after good data: keep the good part, as for truncation
                break
            raise gzip.BadGzipFile(f"corrupt gzip data: {exc}") from None
        out.append(piece)
        size += len(piece)
        pending = inflater.unconsumed_tail
        if inflater.eof:  # the next gzip member, if any
            pending = inflater.unused_data
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    return b"".join(out)


def path_id(path: str) -> str:
    """The stable id of a file: its normalised path, with forward slashes."""
    return os.path.normpath(path).replace(os.sep, "/")


def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def _is_page(name: str) -> bool:
    return name.lower().endswith(PAGE_SUFFIXES)


def _is_glob(arg: str) -> bool:
    return bool(_GLOB_MAGIC.search(arg)) and not os.path.lexists(arg)


def walk_folder(folder: str) -> Iterator[str]:
    """Page and WARC files under `folder`, in sorted order, without recursion.

    Symlinked folders are not entered (a link loop would never end); symlinked files are read.
    """
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError:
            continue  # an unreadable folder holds nothing we can read
        subdirs = []
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                subdirs.append(entry.path)
            elif _is_page(entry.name) or is_warc(entry.name):
                yield entry.path
        stack.extend(reversed(subdirs))  # popped in sorted order


def _expand_arg(arg: str) -> Iterator[str | SourceFailure]:
    if os.path.isdir(arg):
        yield from walk_folder(arg)
    elif os.path.exists(arg):
        yield arg
    elif _is_glob(arg):
        for match in sorted(glob.glob(arg, recursive=True)):
            yield from walk_folder(match) if os.path.isdir(match) else [match]
    else:
        yield SourceFailure(path_id(arg), "FileNotFoundError", f"no such file or folder: {arg}")


def iter_input_files(inputs: Iterable[str]) -> Iterator[str | SourceFailure]:
    """Every file the arguments name (pages and WARC files), each once, in argument order."""
    seen: set[str] = set()
    for arg in inputs:
        for item in _expand_arg(arg):
            if isinstance(item, SourceFailure):
                yield item
                continue
            key = path_id(item)
            if key not in seen:
                seen.add(key)
                yield item


def check_inputs(inputs: Sequence[str]) -> None:
    """Refuse arguments that name nothing, and WARC arguments when warcio is missing."""
    if not inputs:
        raise BatchUsageError("no inputs given")
    for arg in inputs:
        if os.path.exists(arg):
            if is_warc(arg) and os.path.isfile(arg):
                require_warcio()
            continue
        if not _is_glob(arg) or next(glob.iglob(arg, recursive=True), None) is None:
            raise BatchUsageError(f"no such file or folder, and no match: {arg}")


def require_warcio() -> Any:
    """The warcio ArchiveIterator class, or a one-line usage error."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        raise BatchUsageError(WARCIO_MISSING) from None
    return ArchiveIterator


def expand_inputs(inputs: Iterable[str], limit: int) -> Iterator[Item]:
    """All pages of the arguments; WARC payloads are read up to `limit + 1` bytes each."""
    for item in iter_input_files(inputs):
        if isinstance(item, SourceFailure):
            yield item
        elif is_warc(item):
            yield from warc_sources(item, limit)
        else:
            yield Source(id=path_id(item), path=item)


def warc_sources(path: str, limit: int) -> Iterator[Item]:
    """The HTML records of one WARC file. A damaged WARC yields a failure after its good part."""
    iterator_class = require_warcio()
    wid = path_id(path)
    try:
        with open(path, "rb") as stream:
            for number, record in enumerate(iterator_class(stream)):
                item = _record_item(record, number, wid, limit)
                if item is not None:
                    yield item
    except Exception as exc:  # warcio and zlib raise many kinds on a damaged archive
        yield SourceFailure(wid, type(exc).__name__, _one_line(exc) or "unreadable WARC file")


def _record_item(record: Any, number: int, wid: str, limit: int) -> Item | None:
    content_type, status = _record_type(record)
    if content_type is False:
        return None
    headers = record.rec_headers
    raw_id = headers.get_header("WARC-Record-ID") or ""
    rid = raw_id.strip().strip("<>") or f"record-{number}"  # a malformed record without id
    sid = f"{wid}#{rid}"
    url = headers.get_header("WARC-Target-URI")
    try:
        data = record.content_stream().read(limit + 1)
    except Exception as exc:  # a broken content-encoding: this page fails, the WARC goes on
        return SourceFailure(sid, type(exc).__name__, _one_line(exc), url)
    if content_type is None and not _HTML_START.match(data[:4096]):
        return None
    return Source(
        id=sid,
        path=wid,
        url=url,
        date=headers.get_header("WARC-Date"),
        warc_record_id=raw_id or None,
        http_status=status,
        encoding=_charset(content_type),
        data=data,
    )


def _record_type(record: Any) -> tuple[str | None | bool, int | None]:
    """(Content-Type, HTTP status) of an HTML page record; (False, None) for anything else.

    A Content-Type of None means "not declared": the payload is sniffed instead.
    """
    if record.rec_type == "response":
        http = record.http_headers
        if http is None:
            return False, None
        value = http.get_header("Content-Type")
        status = _status(http.get_statuscode())
    elif record.rec_type == "resource":
        value, status = record.rec_headers.get_header("Content-Type"), None
    else:
        return False, None
    if value is None:
        return None, status
    media = value.split(";", 1)[0].strip().lower()
    return (value if media in HTML_TYPES else False), status


def _status(code: str | None) -> int | None:
    try:
        return int(code) if code else None
    except ValueError:
        return None


def _charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = _CHARSET.search(content_type)
    return match.group(1) if match else None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:500]
