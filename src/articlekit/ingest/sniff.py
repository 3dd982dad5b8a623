"""Recognise input that is not an HTML document at all, and say in one line what it looks like.

Three kinds of input are refused with `NotHTMLError`: empty or white-space-only input, files with
a known binary signature (PDF, images, archives, office documents, media, executables), and
"binary" data without a signature (many control bytes). Everything else is treated as text:
plain text without a single tag is not an error, it becomes a page of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from articlekit.errors import NotHTMLError
from articlekit.ingest.decode import BOMS, guess_utf16_32

# (signature at offset 0, what the input looks like). Longer signatures first where they share
# a prefix. Each is a documented magic number of its format.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x00\x00\x01\x00", "an icon (ICO) image"),
    (b"8BPS", "a Photoshop image"),
    (b"PK\x03\x04", "a ZIP archive (or a document stored as one: docx, xlsx, epub)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"PK\x07\x08", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"BZh", "bzip2-compressed data (decompress it first)"),
    (b"\xfd7zXZ\x00", "xz-compressed data (decompress it first)"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data (decompress it first)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (doc, xls, ppt)"),
    (b"{\\rtf", "an RTF document"),
    (b"%!PS", "a PostScript document"),
    (b"WARC/", "a WARC archive (use `articlekit batch` for WARC files)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "an ELF executable"),
    (b"\xca\xfe\xba\xbe", "a Java class file or Mach-O binary"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O binary"),
    (b"\x00asm", "a WebAssembly module"),
    (b"OggS", "an Ogg media file"),
    (b"fLaC", "a FLAC audio file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x1aE\xdf\xa3", "a Matroska/WebM media file"),
    (b"wOFF", "a WOFF font"),
    (b"wOF2", "a WOFF2 font"),
    (b"OTTO", "an OpenType font"),
)

# Control bytes that never occur in text (tab, LF, FF, CR and ESC, used by ISO-2022, excluded).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_SAMPLE = 8192
# Share of control bytes in the sample above which the input is called binary. Text has none;
# uniformly random or compressed data has about 27/256 = 10.5%; executables have far more.
_BINARY_SHARE = 0.05
_BINARY_MIN = 4  # a few stray controls in a short text do not make it binary


def _riff_kind(head: bytes) -> str | None:
    if head[:4] != b"RIFF" or len(head) < 12:
        return None
    kinds = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}
    return kinds.get(head[8:12], "a RIFF media file")


def _ftyp_kind(head: bytes) -> str | None:
    if head[4:8] != b"ftyp":
        return None
    brand = head[8:12]
    if brand in (b"avif", b"avis"):
        return "an AVIF image"
    if brand[:3] in (b"hei", b"hev", b"mif"):
        return "a HEIF image"
    return "an MP4/QuickTime media file"


def _bmp_kind(head: bytes) -> str | None:
    # "BM" alone could start a line of text; the four reserved bytes after the size are zero.
    return "a BMP image" if head[:2] == b"BM" and head[6:10] == b"\x00\x00\x00\x00" else None


def _exe_kind(head: bytes) -> str | None:
    return "a Windows executable" if head[:2] == b"MZ" and b"\x00" in head[2:64] else None


_MAGIC_CHECKS: tuple[Callable[[bytes], str | None], ...] = (
    _riff_kind,
    _ftyp_kind,
    _bmp_kind,
    _exe_kind,
)


def signature_kind(head: bytes) -> str | None:
    """What a known file signature at the start of `head` says the input is, or None."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    for check in _MAGIC_CHECKS:
        kind = check(head)
        if kind:
            return kind
    return None


def _refuse(kind: str) -> NotHTMLError:
    return NotHTMLError(f"input looks like {kind}, not HTML")


def sniff_bytes(data: bytes) -> None:
    """Raise `NotHTMLError` if raw bytes are empty, white space, a known binary format or binary."""
    if not data:
        raise NotHTMLError("input is empty (0 bytes)")
    kind = signature_kind(data[:64])
    if kind:
        raise _refuse(kind)
    head = data[:_SAMPLE]
    if any(head.startswith(bom) for bom, _ in BOMS) or guess_utf16_32(head):
        return  # a Unicode encoding with NUL bytes in it; the decoded text is checked later
    if data.isspace():  # (`not data.strip()` for non-empty bytes, without copying them)
        raise NotHTMLError(f"input is only white space ({len(data)} bytes)")
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > max(_BINARY_MIN, _BINARY_SHARE * len(head)):
        raise _refuse(f"binary data ({controls} control bytes in the first {len(head)})")


_INVISIBLE = "\ufeff\u200b"  # byte order marks and zero-width spaces
_VISIBLE = re.compile(r"[^\s\ufeff\u200b]")


def _blank(text: str) -> bool:
    """True when the text is white space and `_INVISIBLE` characters only (inside its outer
    white space). A text holding any other character is not: found by a search that stops at
    the page's first one, instead of copying the whole page as a strip does."""
    return _VISIBLE.search(text) is None and not text.strip().strip(_INVISIBLE)


def sniff_text(text: str) -> None:
    """Raise `NotHTMLError` if text is empty, white space, a binary file read as text, or binary."""
    if not text:
        raise NotHTMLError("input is empty (0 characters)")
    # A binary file read in text mode keeps its ASCII signature bytes (%PDF-, GIF8, PK..).
    kind = signature_kind(text[:64].encode("latin-1", "replace"))
    if kind:
        raise _refuse(kind)
    if _blank(text):
        raise NotHTMLError(f"input is only white space ({len(text)} characters)")
    head = text[:_SAMPLE]
    controls = len(_CONTROL_CHARS.findall(head))
    if controls > max(_BINARY_MIN, _BINARY_SHARE * len(head)):
        raise _refuse(f"binary data ({controls} control characters in the first {len(head)})")
