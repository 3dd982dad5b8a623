"""The command line (SPEC §2): formats, stdin, -o, exit codes and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SPEC_FIELDS = {
    "headline", "dek", "authors", "published", "modified", "section", "site_name", "language",
    "url", "tags", "update_notes", "images", "image_credits", "blocks", "body", "removed",
}  # fmt: skip
SPEC_RULES = (
    "site-header", "navigation", "site-footer", "sidebar", "share-buttons", "follow-us",
    "google-cta", "newsletter", "related-stories", "ads", "cookie-banner", "comments",
    "author-bio", "paywall",
)  # fmt: skip

HEADLINE = "Night trains return to the coast line"
DEK = "The sleeper service stops at six towns and runs three nights a week."
P1 = (
    "After an absence of almost thirty years, a sleeper train will once again run along the "
    "coast line, leaving the capital late in the evening and arriving at the harbour at dawn."
)
P2 = (
    "The operator says the carriages have been rebuilt with compartments for two and four "
    "people, and that a small buffet car will serve breakfast before the final stop."
)
P3 = (
    "Tickets go on sale next week, and the first departure is planned for the second Friday "
    "of May, weather and the delivery of the last refurbished carriage permitting."
)
PAGE = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
    f"<title>{HEADLINE} | Rail Weekly</title></head><body>"
    "<header><a href='/'>Rail Weekly</a><nav><a href='/news'>News</a></nav></header>"
    f"<main><article><h1>{HEADLINE}</h1><p class='standfirst'>{DEK}</p>"
    "<p class='byline'>By Jane Doe</p>"
    "<figure><img src='/img/train.jpg' alt='A sleeper carriage'>"
    "<figcaption>A rebuilt carriage. <span class='credit'>Photo: Ana Lima</span></figcaption>"
    f"</figure><p>{P1}</p><p>{P2}</p><p>{P3}</p></article></main>"
    "<footer><p>Rail Weekly</p></footer></body></html>"
)
# The eight bytes every PNG file starts with, then the start of an IHDR chunk.
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02" + bytes(64)


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "articlekit", *args],
        input=stdin,
        capture_output=True,
        timeout=60,
    )


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_extract_json_uses_the_spec_field_names(page_file: Path) -> None:
    proc = run("extract", str(page_file), "--format", "json", "--url", "https://rail.example/a")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert set(data) == SPEC_FIELDS
    assert data["headline"] == HEADLINE
    assert data["dek"] == DEK
    assert data["authors"] == ["Jane Doe"]
    assert data["images"] == [
        {
            "src": "https://rail.example/img/train.jpg",
            "alt": "A sleeper carriage",
            "caption": "A rebuilt carriage.",
            "credit": "Photo: Ana Lima",
        }
    ]
    assert data["image_credits"] == ["Ana Lima"]
    assert all(set(r) == {"rule", "sample"} for r in data["removed"])
    assert data["body"] == f"{P1}\n\n{P2}\n\n{P3}"


def test_extract_markdown(page_file: Path) -> None:
    proc = run("extract", str(page_file), "--format", "markdown")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("utf-8")
    assert out.lstrip().startswith(f"# {HEADLINE}")
    assert "<p>" not in out
    assert "sleeper train will once again run" in out


def test_extract_text(page_file: Path) -> None:
    proc = run("extract", str(page_file), "--format", "text")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("utf-8")
    assert HEADLINE in out
    assert P1 in out
    assert "<" not in out


def test_extract_html(page_file: Path) -> None:
    proc = run("extract", str(page_file), "--format", "html")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("utf-8")
    assert "<html" in out.lower()
    assert f"<h1>{HEADLINE}</h1>" in out
    assert f"<p>{P1}</p>" in out


def test_extract_reads_stdin() -> None:
    proc = run("extract", "-", "--format", "json", stdin=PAGE.encode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["headline"] == HEADLINE


def test_extract_output_file(page_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    proc = run("extract", str(page_file), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == b""
    assert json.loads(out.read_text(encoding="utf-8"))["headline"] == HEADLINE


def one_line(stderr: bytes) -> str:
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-page.html"
    proc = run("extract", str(missing))
    assert proc.returncode == 2
    assert "no-such-page.html" in one_line(proc.stderr)
    assert proc.stdout == b""


def test_png_file_is_not_html(tmp_path: Path) -> None:
    png = tmp_path / "picture.html"
    png.write_bytes(PNG)
    proc = run("extract", str(png))
    assert proc.returncode == 1
    assert "png" in one_line(proc.stderr).lower()
    assert proc.stdout == b""


def test_unknown_flag_is_a_usage_error(page_file: Path) -> None:
    proc = run("extract", str(page_file), "--no-such-flag")
    assert proc.returncode == 2
    assert "--no-such-flag" in one_line(proc.stderr)


def test_rules_lists_the_rule_names() -> None:
    proc = run("rules")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("utf-8")
    assert [n for n in SPEC_RULES if n not in out] == []


def test_url_option_fills_url_when_no_canonical(page_file: Path) -> None:
    proc = run("extract", str(page_file), "--url", "https://rail.example/a")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["url"] == "https://rail.example/a"


def test_empty_file_is_one_clear_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    proc = run("extract", str(empty))
    assert proc.returncode == 1
    assert one_line(proc.stderr)
    assert proc.stdout == b""


def test_no_subcommand_is_a_usage_error() -> None:
    proc = run()
    assert proc.returncode == 2
    assert proc.stderr.strip()
