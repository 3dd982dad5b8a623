"""Scoring against a corpus: loaders, scorers and the `articlekit bench` command.

This module owns how articlekit is measured. It reads corpora in the two layouts of
`shared/corpora` (wcxb-dev: `html/NNNN.html.gz` + `ground-truth/NNNN.json`; readability-pages:
`<case>/source.html`, `expected.html`, `expected-metadata.json`), scores a body with word-level
precision/recall/F1, checks snippets, and compares fields with the normalisation `N(s)` and the
credit form `C(s)` of the wcxb-dev-fields README. It imports no third-party extractor: the scripts
in `benchmarks/` reuse these scorers to put other extractors through exactly the same scoring.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import gzip
import json
import random
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lxml.html
from lxml import etree

WCXB = "wcxb-dev"
READABILITY = "readability-pages"
# Readability's own test harness resolves every case against this base; using it keeps the
# expected links and image sources comparable.
READABILITY_URL = "http://fakehost/test/page.html"
READABILITY_TYPE = "page"
FIELDS = ("title", "author", "date", "site_name")

_WORD_RE = re.compile(r"\w+")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_SPACE_RE = re.compile(r"\s+")
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u2026": "...",
    }
)
_DASHES_RE = re.compile(r"-{2,}")
_NUMBER_RE = re.compile(r"[-+]?[\d.,%×x]+|–")
_CREDIT_LABELS = (
    "photo:",
    "photos:",
    "photograph:",
    "photograph by",
    "photo by",
    "photos by",
    "image:",
    "images:",
    "image credit:",
    "picture:",
    "credit:",
    "credits:",
    "top photo credit:",
    "top image credit:",
    "illustration:",
    "source:",
    "foto:",
    "fotos:",
    "bild:",
    "bild ©",
    "courtesy of",
    "©",
    "(c)",
)
_NAME_SPLIT_RE = re.compile(r"\s*(?:[,;&\n|]|\band\b)\s*", re.IGNORECASE)
_BYLINE_LABEL_RE = re.compile(r"^(?:by|par|von|por|door)\b\s*:?\s*", re.IGNORECASE)
# Degrees and post-nominals that follow a name after a comma ("Jane Doe, MS, RD").
_CREDENTIAL_RE = re.compile(r"^(?:(?i:ph\.?\s?d\.?|m\.?d\.?)|[A-Z]{2,6}[®™]?(?:\s*\(.*\))?)$")
# A trailing affiliation in parentheses: "Jean Dupont (Example News)".
_TRAILING_PARENS_RE = re.compile(r"\s*\([^()]*\)$")
_DATE_RE = re.compile(r"^\s*(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_BLOCK_TAGS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "dd", "details", "dialog", "div"),
        *("dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hr"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "li", "main", "nav", "ol", "p", "pre", "section"),
        *("summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"),
    }
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template"})
# Without huge_tree libxml2 silently drops everything below depth 256.
_HUGE_PARSER = lxml.html.HTMLParser(huge_tree=True)


# --------------------------------------------------------------------------- corpora


@dataclass
class Page:
    """One corpus page: where its HTML is and what the reference says about it."""

    corpus: str
    id: str
    path: Path
    page_type: str
    url: str | None
    body: str | None
    with_: tuple[str, ...] = ()
    without: tuple[str, ...] = ()
    truth: dict[str, str | None] = field(default_factory=dict)

    def read_html(self) -> bytes:
        """The page's saved bytes (gunzipped for the wcxb-dev layout)."""
        if self.path.suffix == ".gz":
            with gzip.open(self.path, "rb") as fh:
                return fh.read()
        return self.path.read_bytes()


def detect_layout(root: Path) -> str | None:
    """`WCXB`, `READABILITY` or None for a folder in neither layout."""
    if (root / "html").is_dir() and (root / "ground-truth").is_dir():
        return WCXB
    if root.is_dir() and any((d / "source.html").is_file() for d in root.iterdir()):
        return READABILITY
    return None


def load_corpus(root: Path, page_type: str | None = None, limit: int | None = None) -> list[Page]:
    """All pages of the corpus at `root`, sorted by id, optionally one type and the first N."""
    layout = detect_layout(root)
    if layout is None:
        raise ValueError(f"{root} is not a corpus in the wcxb-dev or readability-pages layout")
    loader = load_wcxb if layout == WCXB else load_readability
    pages = [p for p in loader(root) if page_type is None or p.page_type == page_type]
    return pages[:limit] if limit is not None else pages


def load_wcxb(root: Path) -> Iterator[Page]:
    """Pages in the wcxb-dev layout; a page without a ground-truth file is skipped."""
    for html_path in sorted((root / "html").glob("*.html.gz")):
        page_id = html_path.name.split(".")[0]
        gt_path = root / "ground-truth" / f"{page_id}.json"
        if gt_path.is_file():
            yield _wcxb_page(page_id, html_path, json.loads(gt_path.read_text("utf-8")))


def _wcxb_page(page_id: str, html_path: Path, record: dict[str, Any]) -> Page:
    gt = record.get("ground_truth") or {}
    page_type = ((record.get("_internal") or {}).get("page_type") or {}).get("primary")
    return Page(
        corpus=WCXB,
        id=page_id,
        path=html_path,
        page_type=page_type or "unknown",
        url=record.get("url") or gt.get("url"),
        body=gt.get("main_content"),
        with_=parse_snippets(gt.get("with")),
        without=parse_snippets(gt.get("without")),
        truth={
            "title": gt.get("title") or None,
            "author": gt.get("author") or None,
            "date": gt.get("publish_date") or None,
        },
    )


def load_readability(root: Path) -> Iterator[Page]:
    """Cases in the readability-pages layout; the reference body is the text of expected.html."""
    for case in sorted(d for d in root.iterdir() if (d / "source.html").is_file()):
        expected = case / "expected.html"
        meta_path = case / "expected-metadata.json"
        meta = json.loads(meta_path.read_text("utf-8")) if meta_path.is_file() else {}
        body = html_text(expected.read_bytes()) if expected.is_file() else None
        yield Page(
            corpus=READABILITY,
            id=case.name,
            path=case / "source.html",
            page_type=READABILITY_TYPE,
            url=READABILITY_URL,
            body=body,
            truth={
                "title": meta.get("title") or None,
                "author": meta.get("byline") or None,
                "date": meta.get("publishedTime") or None,
                "site_name": meta.get("siteName") or None,
            },
        )


def stratified_sample(pages: Sequence[Page], n: int, seed: int) -> list[Page]:
    """`n` pages drawn with `seed`, each page type in proportion (at least one of each type).

    The result depends only on the corpus listing, `n` and `seed`, so a sample is reproducible.
    """
    if n >= len(pages):
        return list(pages)
    by_type: dict[str, list[Page]] = defaultdict(list)
    for page in pages:
        by_type[page.page_type].append(page)
    rng = random.Random(seed)
    chosen: list[Page] = []
    for page_type in sorted(by_type):
        group = by_type[page_type]
        k = max(1, round(n * len(group) / len(pages)))
        chosen += rng.sample(group, min(k, len(group)))
    return sorted(chosen, key=lambda p: p.id)


def parse_snippets(value: Any) -> tuple[str, ...]:
    """`with`/`without` as a tuple of strings: a list, one string, or a string holding a list."""
    if value is None:
        return ()
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("[") and text.endswith("]"):
            try:
                parsed = ast.literal_eval(text)
            except (ValueError, SyntaxError, MemoryError, RecursionError):
                parsed = None
            if isinstance(parsed, (list, tuple)):
                return tuple(str(x) for x in parsed if str(x).strip())
        return (text,) if text else ()
    if isinstance(value, (list, tuple)):
        return tuple(str(x) for x in value if x is not None and str(x).strip())
    return (str(value),)


def html_text(markup: str | bytes) -> str:
    """Visible text of an HTML fragment, with a line break at every block boundary.

    `text_content()` would glue the last word of one paragraph to the first of the next, which
    corrupts word tokens; this walk keeps them apart. Iterative, so any depth is safe.
    """
    root = _parse_markup(markup)
    return "" if root is None else element_text(root)


def element_text(root: Any) -> str:
    """Visible text of a parsed lxml element, one line per block (see `html_text`)."""
    parts: list[str] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if tag in _SKIP_TAGS or not tag:
                walker.skip_subtree()
            elif el.text:
                parts.append(el.text)
        else:
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if el.tail and el is not root:
                parts.append(el.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _parse_markup(markup: str | bytes) -> Any:
    """Parse HTML; bytes are read as UTF-8 when they decode as such (lxml would guess Latin-1)."""
    if isinstance(markup, bytes):
        with contextlib.suppress(UnicodeDecodeError):
            markup = markup.decode("utf-8")
    if not markup or not markup.strip():
        return None
    try:
        return lxml.html.fromstring(markup, parser=_HUGE_PARSER)
    except ValueError:  # a str with an XML encoding declaration: let lxml read the bytes
        data = markup.encode("utf-8") if isinstance(markup, str) else markup
        return lxml.html.fromstring(data, parser=_HUGE_PARSER)
    except etree.ParserError:
        return None


# --------------------------------------------------------------------------- body scoring


def tokens(text: str | None) -> list[str]:
    """Lower-cased `\\w+` tokens of `text`."""
    return _WORD_RE.findall(text.lower()) if text else []


def word_prf(pred: str | None, truth: str | None) -> tuple[float, float, float]:
    """Word-level (precision, recall, F1) by multiset overlap of tokens.

    Both empty counts as a perfect score; one side empty scores zero.
    """
    p_tok, t_tok = Counter(tokens(pred)), Counter(tokens(truth))
    p_n, t_n = sum(p_tok.values()), sum(t_tok.values())
    if p_n == 0 and t_n == 0:
        return 1.0, 1.0, 1.0
    if p_n == 0 or t_n == 0:
        return 0.0, 0.0, 0.0
    common = sum((p_tok & t_tok).values())
    if common == 0:
        return 0.0, 0.0, 0.0
    precision, recall = common / p_n, common / t_n
    return precision, recall, 2 * precision * recall / (precision + recall)


def snippet_norm(text: str | None) -> str:
    """The snippet-check form: whitespace collapsed, casefolded."""
    return " ".join(text.split()).casefold() if text else ""


def snippets_found(snippets: Iterable[str], text: str | None) -> int:
    """How many snippets occur in `text` (both in `snippet_norm` form)."""
    hay = snippet_norm(text)
    return sum(1 for s in snippets if (needle := snippet_norm(s)) and needle in hay)


# --------------------------------------------------------------------------- field comparison


def N(s: str | None) -> str:  # noqa: N802 - the name the fields README gives it
    """Normalisation of the fields README: NFC, no zero-width, plain spaces, collapsed, casefold."""
    if not s:
        return ""
    text = unicodedata.normalize("NFC", s).translate(_ZERO_WIDTH)
    return _SPACE_RE.sub(" ", text).strip().casefold()


def _nospace(s: str) -> str:
    return _SPACE_RE.sub("", s)


def n_equal(a: str | None, b: str | None) -> bool:
    """`N(a) == N(b)`, or equal once all whitespace is deleted (the README's fallback)."""
    na, nb = N(a), N(b)
    return na == nb or _nospace(na) == _nospace(nb)


def n_contains(hay: str | None, needle: str | None) -> bool:
    """`N(needle)` occurs in `N(hay)`, with the whitespace-free fallback; empty needles never."""
    nh, nn = N(hay), N(needle)
    if not nn:
        return False
    return nn in nh or _nospace(nn) in _nospace(nh)


def fold(s: str | None) -> str:
    """`N(s)` with curly quotes straightened, dashes as '-', '--' as '-', '…' as '...'.

    The wcxb-dev titles and Readability's titles straighten punctuation, so comparing a page's
    own typography against them needs this looser form.
    """
    text = N(s).translate(_FOLD)
    return _DASHES_RE.sub("-", text)


def fold_equal(a: str | None, b: str | None) -> bool:
    """Equal after `fold`, or after `fold` with all whitespace deleted."""
    fa, fb = fold(a), fold(b)
    return fa == fb or _nospace(fa) == _nospace(fb)


def strip_parens(s: str) -> str:
    """`s` without one pair of enclosing parentheses (repeated while there is one)."""
    text = s.strip()
    while len(text) >= 2 and text[0] == "(" and text[-1] == ")":
        text = text[1:-1].strip()
    return text


def C(s: str | None) -> str:  # noqa: N802 - the name the fields README gives it
    """Credit form of the fields README: `N`, then strip parens, final period, one label, repeat."""
    text = N(s)
    while True:
        before = text
        text = strip_parens(text)
        if text.endswith("."):
            text = text[:-1].rstrip()
        text = _strip_credit_label(text)
        if text == before:
            return text


def _strip_credit_label(text: str) -> str:
    for label in _CREDIT_LABELS:
        if not text.startswith(label):
            continue
        rest = text[len(label) :]
        # A word label ("photo by") must end at a word boundary: "photo byron" keeps its name.
        if label[-1].isalpha() and rest[:1].isalnum():
            continue
        return rest.strip()
    return text


def _contains_ratio(a: str, b: str, ratio: float) -> bool:
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return bool(short) and short in long_ and len(short) >= ratio * len(long_)


def note_match(pred: str, expected: str) -> bool:
    """A predicted note matches an expected one: containment with the shorter >= 80% long."""
    p, e = N(strip_parens(N(pred))), N(strip_parens(N(expected)))
    return _contains_ratio(p, e, 0.8) or _contains_ratio(_nospace(p), _nospace(e), 0.8)


def caption_texts(images: Sequence[tuple[str | None, str | None]]) -> list[list[str]]:
    """For each (caption, credit), the texts it may be compared as: P, P Cr, Cr P, or Cr."""
    out = []
    for caption, credit in images:
        cap, cred = (caption or "").strip(), (credit or "").strip()
        if cap and cred:
            out.append([cap, f"{cap} {cred}", f"{cred} {cap}"])
        elif cap or cred:
            out.append([cap or cred])
    return out


def caption_found(expected: str, texts: Sequence[Sequence[str]], lenient: bool = False) -> bool:
    """Some caption text equals `expected`; lenient: one contains the other, shorter >= half."""
    for options in texts:
        for t in options:
            if n_equal(t, expected):
                return True
            if lenient:
                nt, ne = N(t), N(expected)
                if _contains_ratio(nt, ne, 0.5) or _contains_ratio(_nospace(nt), _nospace(ne), 0.5):
                    return True
    return False


def credit_match(pred: str, expected: str, lenient: bool = False) -> bool:
    """`C(pred) == C(expected)`; lenient also when one contains the other and the shorter >= 4."""
    cp, ce = C(pred), C(expected)
    if cp and cp == ce:
        return True
    if lenient:
        short, long_ = (cp, ce) if len(cp) <= len(ce) else (ce, cp)
        return len(short) >= 4 and short in long_
    return False


def split_names(value: str | Sequence[str] | None) -> set[str]:
    """A byline or author list as a set of normalised names.

    Splits on commas, semicolons, '&' and 'and'; drops a leading "By", a trailing affiliation in
    parentheses and post-nominal credentials after the first name ("Jane Doe, MS, RD" ->
    {"jane doe"}).
    """
    if not value:
        return set()
    items = [value] if isinstance(value, str) else list(value)
    names: set[str] = set()
    for item in items:
        for i, part in enumerate(_NAME_SPLIT_RE.split(item or "")):
            part = _BYLINE_LABEL_RE.sub("", " ".join(part.split()))
            part = _TRAILING_PARENS_RE.sub("", part) or part
            if part and not (i > 0 and _CREDENTIAL_RE.match(part)):
                names.add(N(part))
    return names


def date_equal(pred: str | None, truth: str | None) -> bool:
    """The predicted date's calendar part equals the reference's, to the reference's precision."""
    t, p = _DATE_RE.match(truth or ""), _DATE_RE.match(pred or "")
    if not t or not p:
        return False
    want = [g for g in t.groups() if g]
    return list(p.groups())[: len(want)] == want


# --------------------------------------------------------------------------- per-page scoring


@dataclass
class Prediction:
    """What an extractor returned, in the neutral form every scorer reads."""

    body: str = ""
    headline: str | None = None
    dek: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    site_name: str | None = None
    notes: tuple[str, ...] = ()
    images: tuple[tuple[str | None, str | None], ...] = ()
    credits: tuple[str, ...] = ()


def prediction_from_article(article: Any) -> Prediction:
    """The neutral form of an `articlekit.Article`."""
    return Prediction(
        body=article.body or "",
        headline=article.headline,
        dek=article.dek,
        authors=tuple(article.authors or ()),
        published=article.published,
        site_name=article.site_name,
        notes=tuple(n.text for n in article.update_notes or ()),
        images=tuple((im.caption, im.credit) for im in article.images or ()),
        credits=tuple(article.image_credits or ()),
    )


_FIELD_CHECKS = {
    "title": (lambda p: p.headline, fold_equal),
    "author": (lambda p: p.authors, lambda pred, truth: split_names(pred) == split_names(truth)),
    "date": (lambda p: p.published, date_equal),
    "site_name": (lambda p: p.site_name, fold_equal),
}


def field_outcome(name: str, pred: Prediction, truth: str | None) -> str:
    """`ok`, `wrong`, `missed` (truth but no value), `invented` (value but no truth) or `empty`."""
    getter, same = _FIELD_CHECKS[name]
    value = getter(pred)
    has_value = bool(split_names(value)) if name == "author" else bool(value and N(value))
    if not truth or not N(truth):
        return "invented" if has_value else "empty"
    if not has_value:
        return "missed"
    return "ok" if same(value, truth) else "wrong"


def score_page(page: Page, pred: Prediction, error: str | None = None) -> dict[str, Any]:
    """One page's scores as a JSON-ready dict (body P/R/F1 is None without a reference body)."""
    p = r = f = None
    if page.body is not None:
        p, r, f = word_prf(pred.body, page.body)
    fields_ = {name: field_outcome(name, pred, page.truth.get(name)) for name in page.truth}
    return {
        "corpus": page.corpus,
        "id": page.id,
        "type": page.page_type,
        "p": p,
        "r": r,
        "f1": f,
        "with_found": snippets_found(page.with_, pred.body),
        "with_total": len(page.with_),
        "without_leaked": snippets_found(page.without, pred.body),
        "without_total": len(page.without),
        "fields": fields_,
        "error": error,
    }


# --------------------------------------------------------------------------- annotated fields


def load_annotations(path: Path) -> list[dict[str, Any]]:
    """The records of `wcxb-dev-fields/annotations.json`."""
    return json.loads(path.read_text("utf-8"))


def _caption_main_texts(pred: Prediction) -> list[str]:
    pairs = [((c or "").strip(), (cr or "").strip()) for c, cr in pred.images]
    return [" ".join(x for x in pair if x) for pair in pairs if any(pair)]


def score_captions(record: dict[str, Any], pred: Prediction) -> dict[str, Any]:
    """Caption recall (strict and lenient), errors, invented captions and unmatched extras."""
    expected = record.get("image_captions") or []
    texts = caption_texts(pred.images)
    shown = _caption_main_texts(pred)
    chrome = record.get("must_not_contain") or []
    chrome_hits = [t for t in shown if any(n_contains(t, s) for s in chrome)]
    extras = [
        t
        for t, opts in zip(shown, texts, strict=True)
        if not any(caption_found(e, [opts], True) for e in expected)
    ]
    invented = len(shown) if not expected else 0
    return {
        "expected": len(expected),
        "found_strict": sum(caption_found(e, texts) for e in expected),
        "found_lenient": sum(caption_found(e, texts, lenient=True) for e in expected),
        "invented": invented,
        "errors": invented + (len(chrome_hits) if expected else 0),
        "extra": extras if expected else [],
    }


def score_credits(record: dict[str, Any], pred: Prediction, lenient: bool) -> dict[str, Any]:
    """Credit set comparison after `C`: matched counts both ways and the invented credits."""
    expected = list(dict.fromkeys(c for c in map(C, record.get("image_credits") or []) if c))
    predicted = list(dict.fromkeys(c for c in map(C, pred.credits) if c))
    unmatched = [p for p in predicted if not any(credit_match(p, e, lenient) for e in expected)]
    return {
        "expected": len(expected),
        "predicted": len(predicted),
        "pred_matched": len(predicted) - len(unmatched),
        "exp_matched": sum(any(credit_match(p, e, lenient) for p in predicted) for e in expected),
        "invented": unmatched,
        "invented_on_empty": len(predicted) if not expected else 0,
    }


def score_notes(record: dict[str, Any], pred: Prediction) -> dict[str, Any]:
    """Greedy one-to-one note matching: TP, FP, FN and whether the page is right."""
    expected = list(record.get("update_notes") or [])
    unused = [n for n in pred.notes if N(n)]
    tp = 0
    for e in expected:
        hit = next((i for i, n in enumerate(unused) if note_match(n, e)), None)
        if hit is not None:
            unused.pop(hit)
            tp += 1
    fp, fn = len(unused), len(expected) - tp
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "ok": fp == 0 and fn == 0,
        "invented": fp if not expected else 0,
        "extra": unused,
    }


def field_texts(pred: Prediction) -> dict[str, list[str]]:
    """Every text an extractor returned, by field, for the chrome-leak check."""
    return {
        "body": [pred.body],
        "headline": [pred.headline or ""],
        "dek": [pred.dek or ""],
        "notes": list(pred.notes),
        "captions": [x for pair in pred.images for x in pair if x],
        "credits": list(pred.credits),
    }


def score_annotation(record: dict[str, Any], pred: Prediction) -> dict[str, Any]:
    """All field checks of the fields README for one annotated page."""
    expected_dek = record.get("dek")
    has_dek = bool(N(pred.dek))
    if expected_dek:
        dek = "ok" if n_equal(pred.dek, expected_dek) else ("wrong" if has_dek else "missed")
    else:
        dek = "invented" if has_dek else "empty"
    texts = field_texts(pred)
    leaks = [
        {
            "snippet": s,
            "fields": [f for f, vals in texts.items() if any(n_contains(v, s) for v in vals)],
        }
        for s in record.get("must_not_contain") or []
    ]
    musts = record.get("body_must_contain") or []
    return {
        "id": record["id"],
        "type": record.get("page_type"),
        "headline": n_equal(pred.headline, record.get("headline")) if pred.headline else False,
        "dek": dek,
        "notes": score_notes(record, pred),
        "captions": score_captions(record, pred),
        "credits_strict": score_credits(record, pred, lenient=False),
        "credits_lenient": score_credits(record, pred, lenient=True),
        "body_found": sum(n_contains(pred.body, s) for s in musts),
        "body_total": len(musts),
        "chrome_total": len(leaks),
        "leaks": [x for x in leaks if x["fields"]],
        "body_has_own_fields": _body_duplicates(record, pred),
    }


def _body_duplicates(record: dict[str, Any], pred: Prediction) -> list[str]:
    """The optional diagnostic: expected dek, notes and captions that also sit in the body."""
    own = [record.get("dek") or ""] + list(record.get("update_notes") or [])
    own += list(record.get("image_captions") or [])
    return [s for s in own if len(N(s)) >= 20 and n_contains(pred.body, s)]


def _prf(
    tp: float, n_pred: float, n_true: float
) -> tuple[float | None, float | None, float | None]:
    p = tp / n_pred if n_pred else None
    r = tp / n_true if n_true else None
    if p and r:
        return p, r, 2 * p * r / (p + r)
    # Nothing right: F1 is 0 whenever there was something to find or something predicted.
    return p, r, (0.0 if n_pred or n_true else None)


def summarise_annotations(scores: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Totals over the annotated pages, in the terms of the fields README."""
    n = len(scores)
    deks = Counter(x["dek"] for x in scores)
    notes = {k: sum(x["notes"][k] for x in scores) for k in ("tp", "fp", "fn", "invented")}
    out: dict[str, Any] = {
        "pages": n,
        "headline": _mean([float(x["headline"]) for x in scores]),
        "dek": (deks["ok"] + deks["empty"]) / n if n else None,
        "dek_with_value": _ratio(deks["ok"], deks["ok"] + deks["wrong"] + deks["missed"]),
        "dek_invented": deks["invented"],
        "notes_p_r_f1": _prf(notes["tp"], notes["tp"] + notes["fp"], notes["tp"] + notes["fn"]),
        "notes_pages_ok": _mean([float(x["notes"]["ok"]) for x in scores]),
        "notes_invented": notes["invented"],
        "body_found": _share(scores, "body_found", "body_total"),
        "chrome_leaked": _ratio(
            sum(len(x["leaks"]) for x in scores), sum(x["chrome_total"] for x in scores)
        ),
        "pages_with_leak": sum(1 for x in scores if x["leaks"]),
        "body_duplicates": sum(len(x["body_has_own_fields"]) for x in scores),
    }
    out |= _summarise_captions([x["captions"] for x in scores])
    for form in ("strict", "lenient"):
        out |= _summarise_credits([x[f"credits_{form}"] for x in scores], form)
    return out


def _ratio(hit: float, total: float) -> float | None:
    return hit / total if total else None


def _summarise_captions(caps: Sequence[dict[str, Any]]) -> dict[str, Any]:
    total = {
        k: sum(c[k] for c in caps)
        for k in ("expected", "found_strict", "found_lenient", "errors", "invented")
    }
    return {
        "captions_recall_strict": _ratio(total["found_strict"], total["expected"]),
        "captions_recall_lenient": _ratio(total["found_lenient"], total["expected"]),
        "captions_page_recall_strict": _mean(
            [c["found_strict"] / c["expected"] for c in caps if c["expected"]]
        ),
        "captions_errors": total["errors"],
        "captions_invented": total["invented"],
    }


def _summarise_credits(credits: Sequence[dict[str, Any]], form: str) -> dict[str, Any]:
    total = {
        k: sum(c[k] for c in credits)
        for k in ("expected", "predicted", "pred_matched", "exp_matched", "invented_on_empty")
    }
    p = _ratio(total["pred_matched"], total["predicted"])
    r = _ratio(total["exp_matched"], total["expected"])
    f = (
        2 * p * r / (p + r)
        if p and r
        else (0.0 if total["predicted"] or total["expected"] else None)
    )
    return {
        f"credits_{form}": (p, r, f),
        f"credits_{form}_unmatched": sum(len(c["invented"]) for c in credits),
        f"credits_{form}_invented_on_empty": total["invented_on_empty"],
    }


# --------------------------------------------------------------------------- aggregation


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def summarise(results: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Macro-averaged body P/R/F1, snippet shares, field accuracy and counts for a set of pages."""
    scored = [x for x in results if x["f1"] is not None]
    out: dict[str, Any] = {
        "pages": len(results),
        "scored": len(scored),
        "p": _mean([x["p"] for x in scored]),
        "r": _mean([x["r"] for x in scored]),
        "f1": _mean([x["f1"] for x in scored]),
        "with": _share(results, "with_found", "with_total"),
        "without": _share(results, "without_leaked", "without_total"),
        "errors": sum(1 for x in results if x.get("error")),
    }
    for name in FIELDS:
        outcomes = Counter(x["fields"][name] for x in results if name in x["fields"])
        if outcomes:
            judged = outcomes["ok"] + outcomes["wrong"] + outcomes["missed"]
            out[name] = outcomes["ok"] / judged if judged else None
            out[f"{name}_n"] = judged
            out[f"{name}_invented"] = outcomes["invented"]
    return out


def _share(results: Sequence[dict[str, Any]], hit: str, total: str) -> float | None:
    n = sum(x[total] for x in results)
    return sum(x[hit] for x in results) / n if n else None


def summarise_by_type(results: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """`summarise` per page type (sorted), plus `all`."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for x in results:
        groups[x["type"]].append(x)
    out = {t: summarise(groups[t]) for t in sorted(groups)}
    out["all"] = summarise(results)
    return out


def fmt(value: float | None, digits: int = 3) -> str:
    """A score for a table: fixed digits, '–' when there is nothing to score."""
    return "–" if value is None else f"{value:.{digits}f}"


def md_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A GitHub Markdown table; numbers right-aligned."""
    rows = [[str(c) for c in row] for row in rows]
    align = [
        "---:" if rows and _numeric(r[i] for r in rows) else "---" for i in range(len(headers))
    ]
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(align) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _numeric(cells: Iterable[str]) -> bool:
    return all(_NUMBER_RE.fullmatch(c) for c in cells)


# --------------------------------------------------------------------------- command


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articlekit bench",
        description="Score articlekit on a corpus in the wcxb-dev or readability-pages layout: "
        "body precision/recall/F1 per page type, snippet checks, field accuracy, pages/s.",
    )
    parser.add_argument("corpus", type=Path, help="corpus folder (wcxb-dev or readability-pages)")
    parser.add_argument("--limit", type=int, help="score only the first N pages (by id)")
    parser.add_argument("--type", dest="page_type", help="score only pages of this type")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    return parser


def run_articlekit(pages: Sequence[Page], progress: bool = False) -> tuple[list[dict], float]:
    """Extract and score every page; returns the per-page results and the extraction seconds."""
    import articlekit  # late: the scorers above must stay importable on their own

    results, seconds = [], 0.0
    for i, page in enumerate(pages, 1):
        html = page.read_html()
        start = time.perf_counter()
        try:
            pred, error = prediction_from_article(articlekit.extract(html, url=page.url)), None
        except Exception as exc:  # a benchmark counts failures instead of stopping
            pred, error = Prediction(), f"{type(exc).__name__}: {exc}"[:300]
        elapsed = time.perf_counter() - start
        seconds += elapsed
        results.append(score_page(page, pred, error) | {"seconds": elapsed})
        if progress and i % 50 == 0:
            print(f"  {i}/{len(pages)} pages", file=sys.stderr, flush=True)
    return results, seconds


def main(argv: Sequence[str] | None = None) -> int:
    """`articlekit bench CORPUS_DIR [--limit N] [--type TYPE] [--json]`; returns the exit code."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on a usage error and 0 on --help
        return int(exc.code or 0)
    if args.limit is not None and args.limit < 0:
        print("articlekit bench: error: --limit must be >= 0", file=sys.stderr)
        return 2
    try:
        pages = load_corpus(args.corpus, args.page_type, args.limit)
    except (OSError, ValueError) as exc:
        print(f"articlekit bench: error: {exc}", file=sys.stderr)
        return 2
    if not pages:
        print("articlekit bench: error: no pages to score", file=sys.stderr)
        return 2
    results, seconds = run_articlekit(pages, progress=sys.stderr.isatty())
    summary = summarise_by_type(results)
    speed = len(pages) / seconds if seconds > 0 else None
    if args.json:
        payload = {"corpus": str(args.corpus), "pages_per_second": speed, "summary": summary}
        print(json.dumps(payload, indent=2))
    else:
        print(report_text(args.corpus, summary, results, speed))
    return 0


def report_text(
    corpus: Path, summary: dict[str, dict[str, Any]], results: Sequence[dict], speed: float | None
) -> str:
    """The human report: one row per page type, then errors and speed."""
    names = [n for n in FIELDS if any(n in s for s in summary.values())]
    headers = ["type", "pages", "P", "R", "F1", "with found", "without leaked", *names, "errors"]
    rows = []
    for page_type, s in summary.items():
        if len(summary) == 2 and page_type != "all":
            continue  # one page type: its row would repeat "all"
        rows.append(
            [page_type, s["pages"], fmt(s["p"]), fmt(s["r"]), fmt(s["f1"])]
            + [fmt(s["with"]), fmt(s["without"])]
            + [fmt(s.get(n)) for n in names]
            + [s["errors"]]
        )
    lines = [f"articlekit bench: {corpus} ({len(results)} pages)", "", md_table(headers, rows), ""]
    invented = ", ".join(f"{n} {summary['all'].get(f'{n}_invented', 0)}" for n in names)
    if names:
        lines.append(f"fields: share correct where the reference has a value; invented: {invented}")
    failures = [x for x in results if x.get("error")]
    for x in failures[:10]:
        lines.append(f"error {x['id']}: {x['error']}")
    lines.append(f"pages/s: {fmt(speed, 1)}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
