"""The command line: `articlekit extract | batch | bench | rules`.

Errors are one line on stderr. Exit codes: 0 success, 1 some inputs failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from articlekit.errors import ExtractionError

FORMATS = ("json", "markdown", "text", "html")


class _Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"articlekit: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="articlekit", description="Turn saved web pages into clean articles.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    ext = sub.add_parser("extract", help="extract one page")
    ext.add_argument("page", help="an HTML file, or - for standard input")
    ext.add_argument("--url", help="the page's URL (resolves relative links)")
    ext.add_argument("--format", choices=FORMATS, default="json")
    ext.add_argument("--encoding", help="character encoding hint for the page's bytes")
    ext.add_argument("--favor", choices=("balanced", "precision", "recall"), default="balanced")
    ext.add_argument("--include-comments", action="store_true")
    ext.add_argument("-o", "--output", help="write here instead of standard output")
    bat = sub.add_parser("batch", help="extract many pages (files, folders, globs, WARC)")
    bat.add_argument("inputs", nargs="+")
    bat.add_argument("-o", "--output", required=True, help="output JSON Lines file")
    bat.add_argument("--jobs", type=int, default=None, help="worker processes (default: cores)")
    bat.add_argument("--resume", action="store_true", help="skip pages already in the output")
    bat.add_argument("--errors", help="where failures go (default: OUTPUT.errors.jsonl)")
    ben = sub.add_parser("bench", help="score articlekit on a corpus (wcxb-dev layout)")
    ben.add_argument("args", nargs=argparse.REMAINDER, help="CORPUS_DIR [options]")
    sub.add_parser("rules", help="list the chrome rules")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "batch":
            return _batch(args)
        if args.command == "bench":
            from articlekit.bench import main as bench_main

            return bench_main(list(args.args))
        return _rules()
    except ExtractionError as exc:
        return _fail(str(exc), 1)
    except OSError as exc:
        return _fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), 1)
    except KeyboardInterrupt:
        return _fail("interrupted", 1)


def _fail(message: str, code: int) -> int:
    sys.stderr.write(f"articlekit: {message}\n")
    return code


def _extract(args: argparse.Namespace) -> int:
    from articlekit.api import extract

    if args.page == "-":
        source: object = sys.stdin.buffer.read()
    else:
        path = Path(args.page)
        if not path.is_file():
            return _fail(f"no such file: {args.page}", 2)
        source = path
    article = extract(
        source,
        url=args.url,
        encoding=args.encoding,
        favor=args.favor,
        include_comments=args.include_comments,
    )
    rendered = {
        "json": article.to_json,
        "markdown": article.to_markdown,
        "text": article.to_text,
        "html": article.to_html,
    }[args.format]()
    _write(rendered, args.output)
    return 0


def _write(text: str, output: str | None) -> None:
    if not text.endswith("\n"):
        text += "\n"
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def _batch(args: argparse.Namespace) -> int:
    from articlekit.batch import run_batch

    return run_batch(
        args.inputs, args.output, jobs=args.jobs, resume=args.resume, errors=args.errors
    )


def _rules() -> int:
    from articlekit.rules import RuleSet

    for rule in RuleSet.default():
        sys.stdout.write(f"{rule.name:16} {rule.description}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
