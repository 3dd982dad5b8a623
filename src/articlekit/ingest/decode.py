"""Bytes -> str: find the page's encoding the way a browser would, then decode without failing.

Order (first that answers wins):

1. a byte order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. the caller's `encoding=` (trusted as given; an unknown name is ignored);
3. UTF-16/UTF-32 without a BOM, recognised by the pattern of NUL bytes around ASCII;
4. the HTML5 `<meta>` prescan of the first 4096 bytes (`<meta charset>` and
   `<meta http-equiv=Content-Type content="...; charset=...">`);
5. an XML declaration (`<?xml ... encoding="..."?>`);
6. no declaration: UTF-8 if the bytes are valid UTF-8 or mostly so (a damaged UTF-8 page),
   else detection with charset-normalizer on a bounded prefix, else windows-1252 (the HTML5
   default for Western pages).

Labels are mapped as the WHATWG Encoding Standard says: iso-8859-1, latin1 and ascii mean
windows-1252, Shift_JIS means windows-31j, EUC-KR means windows-949, GBK and gb2312 mean
gb18030; a `<meta>` that declares UTF-16 or UTF-32 means UTF-8 (a real UTF-16 page has a BOM).

A wrong declaration is caught in two cases: a page declared in a legacy encoding whose bytes are
valid UTF-8 with non-ASCII text is UTF-8 (legacy text is practically never valid UTF-8), and a
declared encoding that yields many replacement characters gives way to detection when detection
decodes the page more cleanly. Decoding always uses errors="replace": bad bytes never fail.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from typing import Literal

import charset_normalizer

Source = Literal["bom", "argument", "nul-pattern", "meta", "xml", "utf-8", "detected", "default"]

BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

PRESCAN_BYTES = 4096
DETECT_BYTES = 65536

# WHATWG encoding labels -> the Python codec that decodes that encoding. Written from the
# Encoding Standard's label table; "replacement" labels are left out on purpose (treated as
# unknown, so detection decides instead of turning the page into one U+FFFD).
_WHATWG: dict[str, str] = {
    "utf-8": "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8",
    "cp866": "866 cp866 csibm866 ibm866",
    "iso8859-2": (
        "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2"
    ),
    "iso8859-3": (
        "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3"
    ),
    "iso8859-4": (
        "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4"
    ),
    "iso8859-5": (
        "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 "
        "iso_8859-5:1988"
    ),
    "iso8859-6": (
        "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 "
        "iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987"
    ),
    "iso8859-7": (
        "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 "
        "iso_8859-7 iso_8859-7:1987 sun_eu_greek"
    ),
    "iso8859-8": (
        "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 "
        "iso88598 iso_8859-8 iso_8859-8:1988 visual csiso88598i iso-8859-8-i logical"
    ),
    "iso8859-10": "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6",
    "iso8859-13": "iso-8859-13 iso8859-13 iso885913",
    "iso8859-14": "iso-8859-14 iso8859-14 iso885914",
    "iso8859-15": "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9",
    "iso8859-16": "iso-8859-16",
    "koi8-r": "cskoi8r koi koi8 koi8-r koi8_r",
    "koi8-u": "koi8-ru koi8-u",
    "mac-roman": "csmacintosh mac macintosh x-mac-roman",
    "cp874": "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874",
    "cp1250": "cp1250 windows-1250 x-cp1250",
    "cp1251": "cp1251 windows-1251 x-cp1251",
    "cp1252": (
        "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 "
        "iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252"
    ),
    "cp1253": "cp1253 windows-1253 x-cp1253",
    "cp1254": (
        "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 "
        "l5 latin5 windows-1254 x-cp1254"
    ),
    "cp1255": "cp1255 windows-1255 x-cp1255",
    "cp1256": "cp1256 windows-1256 x-cp1256",
    "cp1257": "cp1257 windows-1257 x-cp1257",
    "cp1258": "cp1258 windows-1258 x-cp1258",
    "mac-cyrillic": "x-mac-cyrillic x-mac-ukrainian",
    "gb18030": (
        "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk gb18030"
    ),
    "big5hkscs": "big5 big5-hkscs cn-big5 csbig5 x-x-big5",
    "euc-jp": "cseucpkdfmtjapanese euc-jp x-euc-jp",
    "iso2022-jp": "csiso2022jp iso-2022-jp",
    "cp932": "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis",
    "cp949": (
        "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 "
        "ksc_5601 windows-949"
    ),
    "utf-16-be": "unicodefffe utf-16be",
    "utf-16-le": "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le",
}
_LABELS: dict[str, str] = {
    label: codec for codec, labels in _WHATWG.items() for label in labels.split()
}
# x-user-defined is a real (if odd) encoding, but the HTML prescan reads it as windows-1252.
_LABELS["x-user-defined"] = "cp1252"

# Python codec names (as codecs.lookup() spells them) whose WHATWG counterpart is a superset:
# applied to names that are not WHATWG labels ("latin-1", "utf_32") and to detector results.
_PY_TO_WHATWG: dict[str, str] = {
    "latin-1": "cp1252",
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "big5": "big5hkscs",
    "utf-16": "utf-16-le",
    "utf-32": "utf-32-le",
}

_UNICODE_WIDE = ("utf-16-le", "utf-16-be", "utf-16", "utf-32", "utf-32-le", "utf-32-be")

_META_CHARSET = re.compile(rb"""charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_TAGS = re.compile(rb"<[^<>]{0,2000}>")
_NON_ASCII = re.compile("[^\x00-\x7f]")
_CP1252_PRIOR = 0.1  # how much more "chaos" windows-1252 may show and still win (see _detect)
_ATTR_NAME_END = b" \t\n\x0c\r/>="
_SPACE = b" \t\n\x0c\r"


@dataclass(frozen=True, slots=True)
class Decoded:
    """The decoded text, the Python codec used, how it was chosen, and what the page declared."""

    text: str
    encoding: str
    source: Source
    declared: str | None = None
    # The input bytes when they are valid UTF-8 and `text` is their decoding: exactly the text's
    # UTF-8 encoding, which the parser takes without encoding the text again. None otherwise.
    utf8: bytes | None = field(default=None, repr=False, compare=False)


def _whatwg_c1(error: UnicodeError) -> tuple[str, int]:
    """windows-1252 as WHATWG defines it: the five bytes cp1252 leaves undefined map to C1."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(chr(b) for b in bad), error.end


codecs.register_error("articlekit-c1", _whatwg_c1)


def codec_for_label(label: str | bytes | None) -> str | None:
    """The Python codec for an encoding label (WHATWG labels first), or None if unknown."""
    if label is None:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "replace")
    key = label.strip(" \t\n\x0c\r").lower()
    if not key:
        return None
    if key in _LABELS:
        return _LABELS[key]
    try:
        name = codecs.lookup(key).name
    except (LookupError, ValueError):
        return None
    return _PY_TO_WHATWG.get(name, name)


def _decode(data: bytes, codec: str) -> str:
    errors = "articlekit-c1" if codec == "cp1252" else "replace"
    return codecs.decode(data, codec, errors)


def _utf8(data: bytes) -> tuple[str, bytes | None]:
    """`_decode(data, "utf-8")`, and `data` itself when it is valid UTF-8 (see Decoded.utf8)."""
    try:
        return data.decode("utf-8"), data
    except UnicodeDecodeError:
        return _decode(data, "utf-8"), None


def _decoded(data: bytes, codec: str, source: Source, declared: str | None = None) -> Decoded:
    """`data` decoded with `codec` (through `_utf8` for UTF-8)."""
    if codec == "utf-8":
        text, utf8 = _utf8(data)
        return Decoded(text, codec, source, declared, utf8)
    return Decoded(_decode(data, codec), codec, source, declared)


def _bom(data: bytes) -> tuple[int, str] | None:
    for bom, codec in BOMS:
        if data.startswith(bom):
            return len(bom), codec
    return None


def guess_utf16_32(head: bytes) -> str | None:
    """UTF-16/32 without a BOM: markup is mostly ASCII, so every 2nd or 4th byte is NUL."""
    sample = head[:1024]
    n = len(sample) // 4 * 4
    if n < 8:
        return None
    cols = [sample[i:n:4].count(0) / (n // 4) for i in range(4)]
    if cols[1] > 0.9 and cols[2] > 0.9 and cols[3] > 0.9 and cols[0] < 0.1:
        return "utf-32-le"
    if cols[0] > 0.9 and cols[1] > 0.9 and cols[2] > 0.9 and cols[3] < 0.1:
        return "utf-32-be"
    odd, even = (cols[1] + cols[3]) / 2, (cols[0] + cols[2]) / 2
    if odd > 0.7 and even < 0.1:
        return "utf-16-le"
    if even > 0.7 and odd < 0.1:
        return "utf-16-be"
    return None


# --- the HTML5 prescan ---------------------------------------------------------------------------


def _skip(data: bytes, pos: int, chars: bytes) -> int:
    while pos < len(data) and data[pos] in chars:
        pos += 1
    return pos


def _until(data: bytes, pos: int, stops: bytes) -> int:
    while pos < len(data) and data[pos] not in stops:
        pos += 1
    return pos


def _attribute(data: bytes, pos: int) -> tuple[bytes, bytes, int] | None:
    """One attribute of a tag at `pos`: (lower-cased name, value, new position), or None at '>'."""
    pos = _skip(data, pos, _SPACE + b"/")
    if pos >= len(data) or data[pos] == 0x3E:  # '>'
        return None
    start = pos
    pos = _until(data, pos + 1, _ATTR_NAME_END)  # the first byte may be '='
    name = data[start:pos].lower()
    pos = _skip(data, pos, _SPACE)
    if pos >= len(data) or data[pos] != 0x3D:  # no '=': an attribute without a value
        return name, b"", pos
    pos = _skip(data, pos + 1, _SPACE)
    if pos < len(data) and data[pos] in b"\"'":
        end = data.find(data[pos : pos + 1], pos + 1)
        if end < 0:
            return name, data[pos + 1 :].lower(), len(data)
        return name, data[pos + 1 : end].lower(), end + 1
    end = _until(data, pos, _SPACE + b">")
    return name, data[pos:end].lower(), end


def _content_charset(value: bytes) -> bytes | None:
    match = _META_CHARSET.search(value)
    if not match:
        return None
    return next(group for group in match.groups() if group is not None)


def _meta_encoding(data: bytes, pos: int) -> tuple[str | None, int]:
    """Read the attributes of a `<meta` tag (pos after '<meta'): (codec or None, new position)."""
    seen: set[bytes] = set()
    got_pragma, need_pragma, charset = False, None, None
    while (attr := _attribute(data, pos)) is not None:
        name, value, pos = attr
        if name in seen:
            continue
        seen.add(name)
        if name == b"http-equiv" and value == b"content-type":
            got_pragma = True
        elif name == b"content" and charset is None:
            charset = _content_charset(value)
            need_pragma = True if charset is not None else need_pragma
        elif name == b"charset":
            charset, need_pragma = value, False
    if need_pragma is None or (need_pragma and not got_pragma) or charset is None:
        return None, pos
    codec = codec_for_label(charset)
    if codec in _UNICODE_WIDE:
        codec = "utf-8"  # a page read as ASCII bytes cannot really be UTF-16 or UTF-32
    return codec, pos


def _skip_tag(data: bytes, pos: int) -> int:
    """Skip a start or end tag's name and attributes, so '>' inside quoted values is passed."""
    pos = _until(data, pos, _SPACE + b">")
    while (attr := _attribute(data, pos)) is not None:
        pos = attr[2]
    return pos + 1


def prescan(data: bytes) -> str | None:
    """The HTML5 "prescan a byte stream to determine its encoding" over the first 4096 bytes."""
    data = data[:PRESCAN_BYTES]
    pos = data.find(b"<")
    while 0 <= pos < len(data):
        rest = data[pos : pos + 6].lower()
        if rest.startswith(b"<!--"):
            end = data.find(b"-->", pos + 2)
            pos = len(data) if end < 0 else end + 3
        elif rest.startswith(b"<meta") and len(rest) == 6 and rest[5] in _SPACE + b"/":
            codec, pos = _meta_encoding(data, pos + 6)
            if codec:
                return codec
        elif len(rest) > 1 and (rest[1:2].isalpha() or (rest[1] == 0x2F and rest[2:3].isalpha())):
            pos = _skip_tag(data, pos + 1)
        elif rest[1:2] in (b"!", b"/", b"?"):
            end = data.find(b">", pos)
            pos = len(data) if end < 0 else end + 1
        else:
            pos += 1
        pos = data.find(b"<", pos)
    return None


# --- choosing and decoding -----------------------------------------------------------------------


def _is_utf8(data: bytes) -> bool:
    """Valid UTF-8, allowing one sequence cut off at the end (a truncated download).

    The cut-off allowance needs UTF-8 text before it: "caf\xe9" (latin-1) also ends in what
    looks like the start of a three-byte sequence.
    """
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        cut = error.start >= len(data) - 3 and error.reason == "unexpected end of data"
        return cut and not data[: error.start].isascii()
    return True


def _detect(data: bytes) -> str | None:
    """charset-normalizer's guess on a bounded prefix, as a Python codec name.

    Tags are blanked first: markup is ASCII and only dilutes the evidence. Among candidates
    that read the text about as plausibly as the best one, windows-1252 wins: it is by far the
    commonest legacy encoding on the web, and short Western texts fit several Latin code pages
    equally well (measured: without this, short French text came out as windows-1257).
    """
    sample = _TAGS.sub(b" ", data[:DETECT_BYTES])
    matches = charset_normalizer.from_bytes(sample)
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        # could_be_from_charset: the code pages that decode the sample to the same text.
        same = match.could_be_from_charset
        if "cp1252" in same and match.chaos <= best.chaos + _CP1252_PRIOR:
            return "cp1252"
    return codec_for_label(best.encoding)


def _replacement_share(text: str) -> float:
    return text.count("\ufffd") / max(1, len(text))


def _declared(data: bytes) -> tuple[str, Source] | None:
    codec = prescan(data)
    if codec:
        return codec, "meta"
    match = _XML_DECL.match(data[:1024])
    codec = codec_for_label(match.group(1)) if match else None
    if codec:
        return ("utf-8" if codec in _UNICODE_WIDE else codec), "xml"
    return None


def _from_declaration(data: bytes, codec: str, source: Source, label: str) -> Decoded:
    """Decode as declared, unless the declaration is visibly wrong (see the module docstring)."""
    if codec != "utf-8" and not data.isascii() and _is_utf8(data):
        return _decoded(data, "utf-8", "utf-8", label)
    if codec == "utf-8":
        text, utf8 = _utf8(data)
    else:
        text, utf8 = _decode(data, codec), None
    share = _replacement_share(text)
    if share > 0.01:
        guess = _detect(data)
        if guess and guess != codec:
            other = _decode(data, guess)
            if _replacement_share(other) < share / 2:
                return Decoded(other, guess, "detected", label)
    return Decoded(text, codec, source, label, utf8)


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few bad bytes: at least as many good multi-byte characters as bad bytes.

    Legacy 8-bit text almost never forms a valid multi-byte sequence, so one good sequence per
    bad byte is strong evidence of a UTF-8 page with some damage (a stray byte, a bad paste).
    """
    text = data[:DETECT_BYTES].decode("utf-8", "replace")
    bad = text.count("\ufffd")
    good = len(_NON_ASCII.findall(text)) - bad
    return good > 0 and good >= bad


def _undeclared(data: bytes) -> Decoded:
    try:  # valid UTF-8: `_is_utf8` would say so, after a decode of its own
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8", None, data)
    except UnicodeDecodeError:
        pass
    if _is_utf8(data) or _mostly_utf8(data):
        return Decoded(_decode(data, "utf-8"), "utf-8", "utf-8")
    guess = _detect(data)
    if guess:
        return Decoded(_decode(data, guess), guess, "detected")
    return Decoded(_decode(data, "cp1252"), "cp1252", "default")


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode a page's bytes; never fails on bad bytes (they become U+FFFD)."""
    bom = _bom(data)
    if bom:
        return _decoded(data[bom[0] :], bom[1], "bom")
    codec = codec_for_label(encoding)
    if codec:
        return _decoded(data, codec, "argument", encoding)
    wide = guess_utf16_32(data[:1024])
    if wide:
        return Decoded(_decode(data, wide), wide, "nul-pattern")
    declared = _declared(data)
    if declared:
        return _from_declaration(data, declared[0], declared[1], declared[0])
    return _undeclared(data)
