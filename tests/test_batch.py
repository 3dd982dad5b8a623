"""Tests of `articlekit batch`: inputs, WARC records, isolation, resume, shards, Dask.

Every page here is generated in tmp_path; the expected ids, headlines and texts are written from
those generated inputs by hand. Tests run with tmp_path as the working directory, so source ids
are the relative paths the arguments name.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import sys
import time
from pathlib import Path

import pytest

import articlekit
from articlekit.batch import default_errors_path, process_shard, run_batch
from articlekit.batch.runner import RunConfig, run
from articlekit.batch.shard import ShardSpec, read_marker
from articlekit.batch.sink import dumps, line_id
from articlekit.batch.sources import Source, expand_inputs, gunzip_prefix

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

FILLER = (
    "The council met on Tuesday to discuss the budget for the coming year, and members "
    "argued at length about roads, schools and the library before a late vote. "
)
RID = "urn:uuid:00000000-0000-4000-8000-00000000000{}"
WARC_DATE = "2024-05-06T07:08:09Z"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def page(title: str, extra: str = "") -> str:
    body = f"<p>{FILLER * 3}</p><p>{extra or FILLER}</p>"
    return (
        f"<!DOCTYPE html><html><head><title>{title} | Example Site</title></head>"
        f"<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{title}</h1>{body}</article></body></html>"
    )


def chunked(data: bytes, size: int = 100) -> bytes:
    parts = [
        b"%x\r\n%s\r\n" % (len(data[i : i + size]), data[i : i + size])
        for i in range(0, len(data), size)
    ]
    return b"".join(parts) + b"0\r\n\r\n"


def http_record(writer, n: int, url: str, body: bytes, headers: list[tuple[str, str]]):
    http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
    warc_headers = {"WARC-Record-ID": f"<{RID.format(n)}>", "WARC-Date": WARC_DATE}
    return writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict=warc_headers
    )


def write_warc(path: Path) -> None:
    """Records 1, 2 and 5 are HTML pages; 3 (an image) and 4 (a request) must be skipped."""
    one = page("Chunked Record").encode("utf-8")
    # Bytes that are valid UTF-8 ("café") but declared Latin-1: only the header hint gives "cafÃ©".
    two = page("Gzipped Record", "Served as caf\u00c3\u00a9 by a Latin-1 server. " + FILLER)
    three = PNG
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        writer.write_record(
            http_record(
                writer,
                1,
                "http://example.test/one",
                chunked(one),
                [("Content-Type", "text/html; charset=utf-8"), ("Transfer-Encoding", "chunked")],
            )
        )
        writer.write_record(
            http_record(
                writer,
                2,
                "http://example.test/two",
                gzip.compress(two.encode("latin-1")),
                [("Content-Type", "text/html; charset=ISO-8859-1"), ("Content-Encoding", "gzip")],
            )
        )
        writer.write_record(
            http_record(
                writer, 3, "http://example.test/pic.png", three, [("Content-Type", "image/png")]
            )
        )
        request = writer.create_warc_record(
            "http://example.test/one",
            "request",
            payload=io.BytesIO(b"GET /one HTTP/1.1\r\n\r\n"),
            warc_headers_dict={"WARC-Record-ID": f"<{RID.format(4)}>"},
        )
        writer.write_record(request)
        resource = writer.create_warc_record(
            "http://example.test/five",
            "resource",
            payload=io.BytesIO(page("Resource Record").encode("utf-8")),
            warc_content_type="text/html",
            warc_headers_dict={"WARC-Record-ID": f"<{RID.format(5)}>", "WARC-Date": WARC_DATE},
        )
        writer.write_record(resource)


GOOD_IDS = {
    "pages/alpha.html": "Alpha Story",
    "pages/beta.htm": "Beta Story",
    "pages/deep/gamma.xhtml": "Gamma Story",
    "pages/deep/er/delta.html.gz": "Delta Story",
    f"crawl.warc.gz#{RID.format(1)}": "Chunked Record",
    f"crawl.warc.gz#{RID.format(2)}": "Gzipped Record",
    f"crawl.warc.gz#{RID.format(5)}": "Resource Record",
}
BAD_ID = "pages/broken.html"


@pytest.fixture()
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    deep = tmp_path / "pages" / "deep" / "er"
    deep.mkdir(parents=True)
    (tmp_path / "pages" / "alpha.html").write_text(page("Alpha Story"), encoding="utf-8")
    (tmp_path / "pages" / "beta.htm").write_text(page("Beta Story"), encoding="utf-8")
    (tmp_path / "pages" / "deep" / "gamma.xhtml").write_text(page("Gamma Story"), encoding="utf-8")
    (deep / "delta.html.gz").write_bytes(gzip.compress(page("Delta Story").encode("utf-8")))
    (tmp_path / "pages" / "notes.txt").write_text("not a page: skipped by the folder walk")
    (tmp_path / "pages" / "broken.html").write_bytes(PNG)  # a PNG under an HTML name
    write_warc(tmp_path / "crawl.warc.gz")
    return tmp_path


def records(path: Path) -> list[dict]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def by_id(path: Path) -> dict[str, dict]:
    recs = records(path)
    ids = [r["source"] for r in recs]
    assert len(ids) == len(set(ids)), "a page was written twice"
    return {r["source"]: r for r in recs}


INPUTS = ["pages", "crawl.warc.gz"]


def test_folder_and_warc_records(corpus: Path) -> None:
    assert run_batch(INPUTS, "out.jsonl", jobs=1) == 1  # one page failed
    out = by_id(corpus / "out.jsonl")
    assert {sid: r["article"]["headline"] for sid, r in out.items()} == GOOD_IDS
    two = out[f"crawl.warc.gz#{RID.format(2)}"]
    assert two["url"] == "http://example.test/two"
    assert two["warc_date"] == WARC_DATE
    assert two["warc_record_id"] == f"<{RID.format(2)}>"
    assert two["http_status"] == 200
    assert "caf\u00c3\u00a9" in two["article"]["body"]  # the Content-Type charset was the hint
    assert out[f"crawl.warc.gz#{RID.format(5)}"]["http_status"] is None
    alpha = out["pages/alpha.html"]
    assert alpha["url"] is None and alpha["warc_record_id"] is None
    assert set(alpha) == {"source", "url", "warc_record_id", "warc_date", "http_status", "article"}
    errors = records(corpus / "out.errors.jsonl")
    assert [(e["source"], e["error"]) for e in errors] == [(BAD_ID, "NotHTMLError")]


def test_jobs_two_equals_jobs_one(corpus: Path) -> None:
    assert run_batch(INPUTS, "one.jsonl", jobs=1) == 1
    assert run_batch(INPUTS, "two.jsonl", jobs=2) == 1
    for a, b in (("one.jsonl", "two.jsonl"), ("one.errors.jsonl", "two.errors.jsonl")):
        left = {json.dumps(r, sort_keys=True) for r in records(corpus / a)}
        right = {json.dumps(r, sort_keys=True) for r in records(corpus / b)}
        assert left == right and left


def test_glob_expanded_by_us(corpus: Path) -> None:
    assert run_batch(["pages/**/*.htm*"], "out.jsonl", jobs=1) == 1
    assert set(by_id(corpus / "out.jsonl")) == {
        "pages/alpha.html",
        "pages/beta.htm",
        "pages/deep/er/delta.html.gz",
    }


def test_resume_after_torn_plain_output(corpus: Path) -> None:
    assert run_batch(INPUTS, "full.jsonl", jobs=1) == 1
    full = (corpus / "full.jsonl").read_bytes().splitlines(keepends=True)
    assert len(full) == len(GOOD_IDS)
    torn = b"".join(full[:3]) + full[3][: len(full[3]) // 2]  # killed mid-write
    (corpus / "out.jsonl").write_bytes(torn)
    (corpus / "out.errors.jsonl").write_bytes(
        (corpus / "full.errors.jsonl").read_bytes() + b'{"source":"pages/bro'
    )
    assert run_batch(INPUTS, "out.jsonl", jobs=1, resume=True) == 1
    assert (corpus / "out.jsonl").read_bytes().startswith(b"".join(full[:3]))  # kept, not redone
    after = by_id(corpus / "out.jsonl")
    assert {json.dumps(r, sort_keys=True) for r in after.values()} == {
        json.dumps(r, sort_keys=True) for r in records(corpus / "full.jsonl")
    }
    # The failed page was retried, failed again, and is listed once.
    assert [e["source"] for e in records(corpus / "out.errors.jsonl")] == [BAD_ID]


def test_resume_retries_errors_and_drops_fixed_ones(corpus: Path) -> None:
    assert run_batch(INPUTS, "out.jsonl", jobs=1) == 1
    (corpus / "pages" / "broken.html").write_text(page("Fixed Story"), encoding="utf-8")
    assert run_batch(INPUTS, "out.jsonl", jobs=1, resume=True) == 0
    assert by_id(corpus / "out.jsonl")[BAD_ID]["article"]["headline"] == "Fixed Story"
    assert len(by_id(corpus / "out.jsonl")) == len(GOOD_IDS) + 1
    assert records(corpus / "out.errors.jsonl") == []
    assert run_batch(INPUTS, "out.jsonl", jobs=1, resume=True) == 0  # all done: nothing to do
    assert len(records(corpus / "out.jsonl")) == len(GOOD_IDS) + 1


def test_gzip_output_and_resume_after_torn_member(corpus: Path) -> None:
    assert run_batch(INPUTS, "full.jsonl.gz", jobs=1) == 1
    assert (corpus / "full.jsonl.gz").read_bytes()[:2] == b"\x1f\x8b"
    assert (corpus / "full.errors.jsonl").exists()  # default errors name drops .jsonl.gz
    lines = gzip.decompress((corpus / "full.jsonl.gz").read_bytes()).splitlines(keepends=True)
    assert len(lines) == len(GOOD_IDS)
    whole = gzip.compress(b"".join(lines[:2]))
    cut = gzip.compress(b"".join(lines[2:5]))
    (corpus / "out.jsonl.gz").write_bytes(whole + cut[: len(cut) // 2])
    assert run_batch(INPUTS, "out.jsonl.gz", jobs=1, resume=True) == 1
    assert (corpus / "out.jsonl.gz").read_bytes().startswith(whole)
    assert {json.dumps(r, sort_keys=True) for r in by_id(corpus / "out.jsonl.gz").values()} == {
        json.dumps(r, sort_keys=True) for r in records(corpus / "full.jsonl.gz")
    }


def test_exit_codes(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_batch(["pages/alpha.html", "pages/beta.htm"], "ok.jsonl", jobs=1) == 0
    assert run_batch(["missing-folder"], "x.jsonl", jobs=1) == 2
    assert "missing-folder" in capsys.readouterr().err
    (corpus / "empty").mkdir()
    (corpus / "empty" / "readme.txt").write_text("no pages here")
    assert run_batch(["empty"], "x.jsonl", jobs=1) == 2
    assert "no pages found" in capsys.readouterr().err
    assert run_batch(["pages"], "no-such-dir/x.jsonl", jobs=1) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot write" in err
    assert run_batch(["pages"], "x.jsonl", jobs=0) == 2
    assert run_batch([], "x.jsonl", jobs=1) == 2


def test_cli_batch(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from articlekit.cli import main

    assert main(["batch", "pages/alpha.html", "-o", "cli.jsonl", "--jobs", "1"]) == 0
    assert set(by_id(corpus / "cli.jsonl")) == {"pages/alpha.html"}
    assert main(["batch", "pages", "-o", "cli.jsonl", "--jobs", "1", "--errors", "e.jsonl"]) == 1
    assert [e["source"] for e in records(corpus / "e.jsonl")] == [BAD_ID]


def test_warc_without_warcio_is_a_usage_error(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    assert run_batch(["crawl.warc.gz"], "x.jsonl", jobs=1) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "warcio" in err
    assert run_batch(["."], "y.jsonl", jobs=1) == 2  # found while walking a folder: same


def test_damaged_warc_keeps_its_good_records(corpus: Path) -> None:
    data = (corpus / "crawl.warc.gz").read_bytes()
    (corpus / "cut.warc.gz").write_bytes(data[: len(data) - 40])  # the last record is torn
    items = list(expand_inputs(["cut.warc.gz"], 10_000_000))
    ids = [i.id for i in items]
    assert f"cut.warc.gz#{RID.format(1)}" in ids and f"cut.warc.gz#{RID.format(2)}" in ids
    assert ids[-1] in ("cut.warc.gz", f"cut.warc.gz#{RID.format(5)}")


def test_gunzip_prefix_truncated_bomb_and_garbage(tmp_path: Path) -> None:
    text = page("Truncated").encode("utf-8")
    packed = gzip.compress(text)
    assert text.startswith(gunzip_prefix(io.BytesIO(packed[: len(packed) // 2]), 10**6))
    assert len(gunzip_prefix(io.BytesIO(packed[: len(packed) // 2]), 10**6)) > 100
    bomb = gzip.compress(b"\x00" * 5_000_000)
    assert len(gunzip_prefix(io.BytesIO(bomb), 1000)) == 1000
    with pytest.raises(gzip.BadGzipFile):
        gunzip_prefix(io.BytesIO(b"\x1f\x8bnot really gzip at all"), 100)
    path = tmp_path / "p.html.gz"
    path.write_bytes(packed + gzip.compress(b"<!-- second member -->"))
    assert Source(id="p", path=str(path)).read(10**6) == text + b"<!-- second member -->"


def test_json_line_is_one_line_and_id_is_read_back() -> None:
    line = dumps({"source": "a\u2028b", "text": "x\ny\u2029z"})
    assert "\n" not in line and "\u2028" not in line and "\u2029" not in line
    assert line_id(line.encode("utf-8")) == "a\u2028b"
    assert json.loads(line)["text"] == "x\ny\u2029z"
    assert line_id(b'{"url": null, "source": "late"}') == "late"
    assert line_id(b'{"source":"tor') is None
    assert default_errors_path(Path("d/out.jsonl.gz")) == Path("d/out.errors.jsonl")
    assert default_errors_path(Path("out.txt")) == Path("out.txt.errors.jsonl")


# --- isolation: stand-in extractors, importable by the workers as test_batch.<name> ---------


def _crashing_extract(data: bytes, **kwargs):
    if b"CRASH-ME" in data:
        os._exit(3)  # a worker that dies without a word, as on a segfault
    return articlekit.extract(data, **kwargs)


def _cold_refusing_extract(data: bytes, **kwargs):
    from articlekit.batch import warm

    if not warm._warm:
        raise RuntimeError("this worker was not warmed up before its first page")
    return articlekit.extract(data, **kwargs)


def _slow_extract(data: bytes, **kwargs):
    if b"SLOW-ME" in data:
        time.sleep(60)  # a Python-level loop that never polls the budget
    return articlekit.extract(data, **kwargs)


def _hanging_extract(data: bytes, **kwargs):
    if b"HANG-ME" in data:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # as if stuck in C code
        time.sleep(60)
    return articlekit.extract(data, **kwargs)


def _run_with(extract, marker: bytes, tmp_path: Path, **config) -> dict[str, dict]:
    folder = tmp_path / "iso"
    folder.mkdir()
    for n in range(6):
        (folder / f"p{n}.html").write_text(page(f"Story {n}"), encoding="utf-8")
    (folder / "p3.html").write_bytes(page("Bad").encode("utf-8") + b"<!--" + marker + b"-->")
    out: dict[str, dict] = {}

    def emit(result) -> None:
        assert result.source_id not in out
        out[result.source_id] = {"ok": result.ok, **json.loads(result.line)}

    run(expand_inputs([str(folder)], 10**6), RunConfig(jobs=2, extract=extract, **config), emit)
    assert len(out) == 6
    bad = out.pop(str(folder / "p3.html"))
    assert not bad["ok"]
    assert all(r["ok"] for r in out.values())
    assert sorted(r["article"]["headline"] for r in out.values()) == [
        f"Story {n}" for n in (0, 1, 2, 4, 5)
    ]
    return bad


@pytest.mark.skipif(not hasattr(signal, "SIGALRM"), reason="POSIX signals only")
def test_worker_crash_marks_only_that_page_failed(tmp_path: Path) -> None:
    bad = _run_with(_crashing_extract, b"CRASH-ME", tmp_path)
    assert bad["error"] == "WorkerCrashed"


def test_workers_are_warm_before_their_first_page(tmp_path: Path) -> None:
    # The rules' one-time compilation must not count against a page's time budget.
    for n in range(4):
        (tmp_path / f"p{n}.html").write_text(page(f"Story {n}"), encoding="utf-8")
    out: list = []
    config = RunConfig(jobs=2, extract=_cold_refusing_extract)
    run(expand_inputs([str(tmp_path)], 10**6), config, out.append)
    assert [r.ok for r in out] == [True] * 4, [r.line for r in out]


@pytest.mark.skipif(not hasattr(signal, "SIGALRM"), reason="POSIX signals only")
def test_worker_time_limit(tmp_path: Path) -> None:
    started = time.monotonic()
    bad = _run_with(_slow_extract, b"SLOW-ME", tmp_path, time_budget=0.5, grace=0.5)
    assert bad["error"] == "PageTimeout"
    assert time.monotonic() - started < 20


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signals only")
def test_hung_worker_is_killed(tmp_path: Path) -> None:
    started = time.monotonic()
    bad = _run_with(
        _hanging_extract, b"HANG-ME", tmp_path, time_budget=0.5, grace=0.5, stall_margin=1.0
    )
    assert bad["error"] == "PageTimeout"
    assert time.monotonic() - started < 20


# --- shards ----------------------------------------------------------------------------------


def test_process_shard_atomic_and_skipped(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = ShardSpec(("pages", "crawl.warc.gz"), index=7)
    out = process_shard(spec, "shards")
    assert out == Path("shards/shard-0007.jsonl.gz")
    assert set(by_id(corpus / out)) == set(GOOD_IDS)
    assert [e["source"] for e in records(corpus / "shards/shard-0007.errors.jsonl")] == [BAD_ID]
    marker = read_marker(spec, "shards")
    assert marker is not None and marker["pages"] == len(GOOD_IDS) + 1 and marker["failed"] == 1
    assert sorted(p.name for p in (corpus / "shards").iterdir()) == [
        "shard-0007.done",
        "shard-0007.errors.jsonl",
        "shard-0007.jsonl.gz",
    ]

    def refuse(*args, **kwargs):
        raise AssertionError("a finished shard was processed again")

    monkeypatch.setattr("articlekit.batch.shard.run", refuse)
    assert process_shard(spec, "shards") == out
    changed = ShardSpec(("pages/alpha.html",), index=7)  # same name, other inputs: redone
    with pytest.raises(AssertionError):
        process_shard(changed, "shards")


def test_interrupted_shard_leaves_nothing(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = articlekit.api.extract
    seen = []

    def interrupted(data, **kwargs):
        seen.append(1)
        if len(seen) == 3:
            raise KeyboardInterrupt  # not an Exception: it stops the shard, as a kill would
        return real(data, **kwargs)

    monkeypatch.setattr("articlekit.api.extract", interrupted)
    with pytest.raises(KeyboardInterrupt):
        process_shard(["pages"], "shards")
    assert list((corpus / "shards").iterdir()) == []
    monkeypatch.setattr("articlekit.api.extract", real)
    out = process_shard(["pages"], "shards")
    assert out.name.startswith("shard-") and out.name.endswith(".jsonl.gz")
    assert len(by_id(out)) == 4


def test_dask_local_cluster(corpus: Path) -> None:
    distributed = pytest.importorskip("distributed")
    from articlekit.batch import run_on_dask

    inputs = [str(corpus / "pages"), str(corpus / "crawl.warc.gz")]
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        paths = run_on_dask(inputs, corpus / "dask-out", client=client, shard_size=2)
        assert [p.name for p in paths] == [f"shard-{n:04d}.jsonl.gz" for n in range(4)]
        markers = {
            p: p.with_name(p.name.replace(".jsonl.gz", ".done")).stat().st_mtime_ns for p in paths
        }
        assert run_on_dask(inputs, corpus / "dask-out", client=client, shard_size=2) == paths
        assert {
            p: p.with_name(p.name.replace(".jsonl.gz", ".done")).stat().st_mtime_ns for p in paths
        } == markers
    ids = set()
    for path in paths:
        for sid in by_id(path):
            assert sid not in ids
            ids.add(sid)
    prefix = str(corpus) + "/"
    assert ids == {prefix + sid for sid in GOOD_IDS}


def test_progress_bar_when_asked(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    assert run_batch(["pages/alpha.html"], "p.jsonl", jobs=1, progress=True) == 0
    assert "1 pages" in capsys.readouterr().err
    assert run_batch(["pages/alpha.html"], "q.jsonl", jobs=1) == 0  # stderr is not a terminal
    assert capsys.readouterr().err == ""


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name != "posix", reason="POSIX only")
def test_sigterm_stops_cleanly(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = articlekit.api.extract
    calls = []

    def terminated(data, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            os.kill(os.getpid(), signal.SIGTERM)
        return real(data, **kwargs)

    monkeypatch.setattr("articlekit.api.extract", terminated)
    with pytest.raises(KeyboardInterrupt):
        run_batch(["pages"], "out.jsonl.gz", jobs=1)
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # restored
    assert len(records(corpus / "out.jsonl.gz")) == 1  # a clean gzip file: the trailer is there
    monkeypatch.setattr("articlekit.api.extract", real)
    assert run_batch(["pages"], "out.jsonl.gz", jobs=1, resume=True) == 1
    assert set(by_id(corpus / "out.jsonl.gz")) == {s for s in GOOD_IDS if s.startswith("pages/")}


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_worker_sees_a_dead_parent() -> None:
    import subprocess

    from articlekit.batch.runner import _gone

    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert not _gone(child.pid)
        child.kill()
        time.sleep(0.3)  # not reaped yet: a zombie, which must count as gone
        assert _gone(child.pid)
    finally:
        child.kill()
        child.wait()
    assert _gone(child.pid)


def test_gzip_errors_file_resumed(corpus: Path) -> None:
    for _ in range(2):
        assert run_batch(["pages"], "o.jsonl", jobs=1, errors="e.jsonl.gz", resume=True) == 1
    assert (corpus / "e.jsonl.gz").read_bytes()[:2] == b"\x1f\x8b"
    assert [e["source"] for e in records(corpus / "e.jsonl.gz")] == [BAD_ID]
