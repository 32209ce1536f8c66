"""The command line: the same services as the GUI, without Qt.

Exit codes: 0 success, 1 the check found problems, 2 a bad path, a bad file
or bad arguments (one clear line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from regworkshop import PROJECT_SUFFIX, __version__
from regworkshop.services.check_service import check_project
from regworkshop.services.demo_service import create_demo
from regworkshop.services.device import device_id
from regworkshop.services.errors import ServiceError
from regworkshop.services.project_service import load_project, new_project, overview
from regworkshop.services.session_service import SessionService
from regworkshop.store.errors import ProjectError

EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR = 0, 1, 2
SUBCOMMANDS = ("new", "demo", "info", "check", "export")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, no usage dump
        self.exit(EXIT_ERROR, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser for all subcommands."""
    parser = _Parser(
        prog="regworkshop",
        description="RegWorkshop: workshops, interviews and the knowledge base of a "
        "regionalt planeringsunderlag. Without a subcommand, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"RegWorkshop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("new", help="create an empty project file")
    p.add_argument("path", type=Path, help=f"the new project file (suffix {PROJECT_SUFFIX})")
    p.add_argument("--title", default="", help="project title (default: the file name)")
    p.add_argument("--lang", choices=("sv", "en"), default="sv", help="project language")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("demo", help="create a project filled with realistic demo content")
    p.add_argument("path", type=Path, help="the new project file")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("info", help="print what a project holds")
    p.add_argument("path", help="a project file or a database URL")
    p.add_argument("--json", action="store_true", help="print a stable JSON object")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("check", help="check a project file's integrity (read-only)")
    p.add_argument("path", type=Path, help="the project file")
    p.set_defaults(func=cmd_check)

    export = sub.add_parser(
        "export",
        help="write documents (PDF) from a project",
        description="Write a document from the project at path, e.g. "
        "`regworkshop export agenda path/to/project.rwproj --session ID -o agenda.pdf`.",
    )
    what = export.add_subparsers(dest="what", metavar="DOCUMENT", parser_class=_Parser)
    p = what.add_parser("agenda", help="a session's agenda handout as a one-page PDF")
    p.add_argument("path", help="a project file or a database URL")
    p.add_argument(
        "--session", required=True, metavar="ID", help="the session's id (or its first characters)"
    )
    p.add_argument("-o", "--output", required=True, type=Path, help="the PDF file to write")
    p.add_argument(
        "--lang", choices=("sv", "en"), default=None, help="language (default: the project's)"
    )
    p.set_defaults(func=cmd_export_agenda)
    export.set_defaults(func=lambda _args: _missing_document(export))
    return parser


def _missing_document(parser: argparse.ArgumentParser) -> int:
    print(
        "regworkshop: say what to export: agenda (see `regworkshop export --help`)", file=sys.stderr
    )
    return EXIT_ERROR


def _suffixed(path: Path) -> Path:
    return path if path.suffix else path.with_suffix(PROJECT_SUFFIX)


def cmd_new(args: argparse.Namespace) -> int:
    path = _suffixed(args.path)
    store = new_project(path, args.title or path.stem, device_id=device_id(), language=args.lang)
    store.close()
    print(f"created {path}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    path = _suffixed(args.path)
    store = create_demo(path, device_id=device_id())
    counts = overview(store).counts
    store.close()
    print(
        f"created {path}: {counts['actors']} actors, {counts['sessions']} sessions, "
        f"{counts['notes']} notes"
    )
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    store = load_project(args.path, device_id=device_id())
    try:
        info = overview(store)
    finally:
        store.close()
    if args.json:
        print(json.dumps(info.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(info.title)
    print(f"  id: {info.project_id}")
    for phase in info.phases:
        line = ", ".join(f"{item.key.replace('_', ' ')} {item.count}" for item in phase.items)
        print(f"  {phase.phase.value}: {line}")
    for s in info.sessions:
        when = s.starts_at.date().isoformat() if s.starts_at else "no date"
        print(f"    {when}  {s.id[:8]}  {s.kind:<22} {s.title}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    report = check_project(args.path)
    print(report.summary())
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def cmd_export_agenda(args: argparse.Namespace) -> int:
    from regworkshop.export.agenda_pdf import export_agenda  # reportlab loads only when needed

    store = load_project(args.path, device_id=device_id())
    try:
        session = SessionService(store).find(args.session)
        language = args.lang or overview(store).language
        out = export_agenda(store, session.id, args.output, language)
    finally:
        store.close()
    print(f"wrote {out}: agenda of “{session.title}”")
    return EXIT_OK


def run(argv: Sequence[str]) -> int:
    """Run a subcommand and return its exit code."""
    args = build_parser().parse_args(list(argv))
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        build_parser().print_help()
        return EXIT_ERROR
    try:
        return func(args)
    except (ProjectError, ServiceError) as exc:
        print(f"regworkshop: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # Output piped into `head` and cut short: not an error worth a message.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return EXIT_OK
    except OSError as exc:
        print(f"regworkshop: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
