"""The command line: the same services as the GUI, without Qt.

Each command group lives in its own module with an `add_parser(sub)`; this module
puts them together in one parser, and the parser alone says which commands exist.

Exit codes: 0 success, 1 the check found problems, 2 a bad path, a bad file
or bad arguments (one clear line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from collections.abc import Callable, Sequence

from regworkshop import PROJECT_SUFFIX, __version__
from regworkshop.cli import (
    board,
    exports,
    followup,
    knowledge,
    project,
    qdpx,
    safety,
    stakeholders,
    sync,
)
from regworkshop.cli.shared import EXIT_ERROR, EXIT_OK, Parser
from regworkshop.services.errors import ServiceError
from regworkshop.services.sync.bundle_format import BundleError
from regworkshop.store.errors import ProjectError


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser for all subcommands."""
    parser = Parser(
        prog="regworkshop",
        description="RegWorkshop: workshops, interviews and the knowledge base of a "
        "regionalt planeringsunderlag. Without a subcommand, opens the app (on a .rwproj "
        "project, or on the last project with a .rwbundle ready to merge).",
        epilog="regworkshop --self-test checks an installation offscreen and exits 0 or 1.",
    )
    parser.add_argument("--version", action="version", version=f"RegWorkshop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    project.add_parser(sub)
    sync.add_parser(sub)
    stakeholders.add_parser(sub)
    safety.add_parser(sub)
    knowledge.add_parser(sub)
    documents = exports.add_parser(sub)
    qdpx.add_export_parser(documents)
    followup.add_export_parsers(documents)
    qdpx.add_parser(sub)
    board.add_parser(sub)
    return parser


def subcommand_names(parser: argparse.ArgumentParser | None = None) -> frozenset[str]:
    """Return the names of the top-level subcommands, read from the parser."""
    parser = parser or build_parser()
    return frozenset(
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    )


def is_command_line(args: Sequence[str]) -> bool:
    """Say whether *args* ask for the command line: a subcommand or an option first."""
    if not args:
        return False
    # -h, --help, --version, and any other option too: argparse refuses those in one line.
    return args[0].startswith("-") or args[0] in subcommand_names()


def unknown_command(word: str) -> str:
    """Return the one-line error for a word that is neither a command nor a project."""
    close = difflib.get_close_matches(word, sorted(subcommand_names()), n=3)
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    return (
        f"regworkshop: unknown command {word!r}{hint} "
        f"(see `regworkshop --help`; a project to open ends in {PROJECT_SUFFIX})"
    )


def run(argv: Sequence[str]) -> int:
    """Run a subcommand and return its exit code."""
    args = build_parser().parse_args(list(argv))
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        build_parser().print_help()
        return EXIT_ERROR
    try:
        return func(args)
    except (ProjectError, ServiceError, BundleError) as exc:
        print(f"regworkshop: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # Output piped into `head` and cut short: not an error worth a message.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return EXIT_OK
    except OSError as exc:
        print(f"regworkshop: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
