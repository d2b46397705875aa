"""Command line: ``briefing [ARTICLE]`` opens the reader; subcommands analyse and export."""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from briefing import __version__

if TYPE_CHECKING:
    _Sub = argparse._SubParsersAction[argparse.ArgumentParser]

EXIT_USAGE = 2
EXIT_NO_TTY = 3

SUBCOMMANDS = ("open", "analyze", "export")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


def _parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line parser; ``only`` builds just that subcommand (start-up time)."""
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="A keyboard-driven terminal reader for analyst briefings.",
        epilog="Without a subcommand, 'briefing [ARTICLE]' opens ARTICLE (the example when "
        "omitted) in the reader. See 'briefing SUBCOMMAND --help'.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--published",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the article's date, the reference for relative dates",
    )
    common.add_argument(
        "--store",
        type=Path,
        metavar="PATH",
        help="the notes store (default: $BRIEFING_STORE or the user data dir)",
    )

    if only in (None, "open"):
        _open_parser(sub, common)
    if only in (None, "analyze"):
        _analyze_parser(sub, common)
    if only in (None, "export"):
        _export_parser(sub, common)
    return parser


def _open_parser(sub: _Sub, common: argparse.ArgumentParser) -> None:
    p_open = sub.add_parser("open", parents=[common], help="open an article in the reader")
    p_open.add_argument("article", nargs="?", type=Path, help=".txt, .md or saved .html")
    p_open.add_argument("--theme", metavar="NAME", help="colour theme (dark, light, contrast, ...)")


def _analyze_parser(sub: _Sub, common: argparse.ArgumentParser) -> None:
    p_an = sub.add_parser(
        "analyze", parents=[common], help="print clauses, open issues, timeline, quotes and actors"
    )
    p_an.add_argument("article", type=Path)
    p_an.add_argument("--format", choices=("json", "markdown", "text"), default="text")


def _export_parser(sub: _Sub, common: argparse.ArgumentParser) -> None:
    p_ex = sub.add_parser("export", parents=[common], help="export a briefing as Markdown")
    p_ex.add_argument("article", type=Path)
    p_ex.add_argument("-o", "--output", metavar="FILE", help="output file, or - for stdout")
    p_ex.add_argument(
        "--include",
        metavar="LIST",
        help="comma list of: clauses,open-issues,timeline,quotes,actors,highlights",
    )
    p_ex.add_argument("--force", action="store_true", help="overwrite an existing file")


def _fail(message: str, code: int) -> int:
    print(f"briefing: {message}", file=sys.stderr)
    return code


def cmd_analyze(args: argparse.Namespace) -> int:
    from briefing.core.analysis import analyze
    from briefing.core.analysis.report import to_json, to_markdown, to_text
    from briefing.core.document import load_document

    doc = load_document(args.article, published=args.published)
    result = analyze(doc)
    render = {"json": to_json, "markdown": to_markdown, "text": to_text}[args.format]
    sys.stdout.write(render(doc, result))
    if args.format == "json":
        sys.stdout.write("\n")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from briefing.core import export

    runner = getattr(export, "run_cli", None)
    if runner is None:
        return _fail("export is not available in this build", 1)
    code: int = runner(args)
    return code


def cmd_open(args: argparse.Namespace) -> int:
    from briefing.core.config import default_store_path, seed_path, settings_path
    from briefing.core.document import open_article, read_article

    has_tty = sys.stdin.isatty() and sys.stdout.isatty()
    raw = read_article(args.article or seed_path())  # input errors first
    if not has_tty and not os.environ.get("BRIEFING_NO_TTY_OK"):
        return _fail(
            "the reader needs a terminal (stdin and stdout must be a TTY); "
            "for a text report use 'briefing analyze ARTICLE'",
            EXIT_NO_TTY,
        )
    # The parse is cached only when the reader will show it; an article opened for the
    # first time is parsed in a child process while the reader's modules load.
    job = None
    if has_tty:
        from briefing.core import doccache

        job = doccache.prefetch(raw)
    from briefing.ui.app import BriefingApp

    if job is not None:
        job.finish()
    doc, rest = open_article(raw, published=args.published, cache=has_tty)

    app = BriefingApp(
        doc,
        store_path=args.store or default_store_path(),
        theme=args.theme,
        full_loader=rest,
        published=args.published,
        settings_file=settings_path(),
        gc_paused=not gc.isenabled(),
    )
    app.run()
    return app.return_code or 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in SUBCOMMANDS and argv[0] not in ("-h", "--help", "--version")):
        argv = ["open", *argv]
    # One subcommand's parser is all a command needs; --help and --version see them all.
    args = _parser(argv[0] if argv[0] in SUBCOMMANDS else None).parse_args(argv)
    if args.command == "open":
        # Start-up makes many objects and little cyclic garbage: the cyclic collector
        # would walk the growing heap a hundred times before the first frame (about a
        # sixth of the start-up time). The app turns it back on once it has painted.
        gc.disable()
    from briefing.core.document import LoadError

    handlers = {"open": cmd_open, "analyze": cmd_analyze, "export": cmd_export}
    try:
        return handlers[args.command](args)
    except LoadError as exc:
        return _fail(exc.message, exc.exit_code)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
