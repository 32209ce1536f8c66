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
from datetime import date
from pathlib import Path

from regworkshop import PROJECT_SUFFIX, __version__
from regworkshop.cli import exports as export_cli
from regworkshop.cli import followup as followup_cli
from regworkshop.cli import knowledge as knowledge_cli
from regworkshop.cli import qdpx as qdpx_cli
from regworkshop.cli import safety as safety_cli
from regworkshop.cli import stakeholders as stakeholder_cli
from regworkshop.export.sync.bundle_writer import write_bundle
from regworkshop.services.demo.demo_service import create_demo
from regworkshop.services.errors import ServiceError
from regworkshop.services.project.device import device_id
from regworkshop.services.project.project_service import load_project, new_project, overview
from regworkshop.services.safety.project_check import check_project
from regworkshop.services.sessions.session_service import SessionService
from regworkshop.services.sync.bundle_format import SUFFIX as BUNDLE_SUFFIX
from regworkshop.services.sync.bundle_format import BundleError, Scope
from regworkshop.services.sync.bundle_reader import read_bundle
from regworkshop.services.sync.bundle_start import project_from_bundle
from regworkshop.services.sync.merge_service import MergeService
from regworkshop.store.errors import ProjectError

EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR = 0, 1, 2
SUBCOMMANDS = (
    "new",
    "demo",
    "info",
    "check",
    "bundle",
    "merge",
    "stakeholders",
    "export",
    "import",
    "backup",
    "erase",
    "people",
    "salvage",
    "search",
    "insights",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, no usage dump
        self.exit(EXIT_ERROR, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser for all subcommands."""
    parser = _Parser(
        prog="regworkshop",
        description="RegWorkshop: workshops, interviews and the knowledge base of a "
        "regionalt planeringsunderlag. Without a subcommand, opens the app (on a .rwproj "
        "project, or on the last project with a .rwbundle ready to merge).",
        epilog="regworkshop --self-test checks an installation offscreen and exits 0 or 1.",
    )
    parser.add_argument("--version", action="version", version=f"RegWorkshop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("new", help="create an empty project file")
    p.add_argument(
        "path", help=f"the new project file (suffix {PROJECT_SUFFIX}) or a PostgreSQL URL"
    )
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

    bundle = sub.add_parser("bundle", help="bundles for moving work between laptops")
    bundle_sub = bundle.add_subparsers(
        dest="bundle_command", metavar="ACTION", parser_class=_Parser
    )
    p = bundle_sub.add_parser("export", help="write a .rwbundle of the project (or of sessions)")
    p.add_argument("project", help="the project file or database URL")
    p.add_argument("-o", "--output", type=Path, required=True, help="the bundle file to write")
    p.add_argument(
        "--session",
        action="append",
        default=[],
        metavar="ID",
        help="only this session (repeatable)",
    )
    p.add_argument(
        "--from", dest="date_from", metavar="YYYY-MM-DD", help="only sessions on or after this date"
    )
    p.add_argument(
        "--to", dest="date_to", metavar="YYYY-MM-DD", help="only sessions on or before this date"
    )
    p.add_argument(
        "--include-names",
        action="store_true",
        help="keep people's names and contact details (default: stable pseudonyms)",
    )
    p.set_defaults(func=cmd_bundle_export)

    p = bundle_sub.add_parser("open", help="start a new project file from a colleague's bundle")
    p.add_argument("bundle", type=Path, help="the bundle file")
    p.add_argument("-o", "--output", required=True, help="the new project file or a PostgreSQL URL")
    p.set_defaults(func=cmd_bundle_open)

    p = sub.add_parser(
        "merge", help="merge bundles into a project (any order, any number of times)"
    )
    p.add_argument("project", help="the project file or database URL")
    p.add_argument("bundles", nargs="+", type=Path, metavar="BUNDLE", help="bundle files")
    p.add_argument("--dry-run", action="store_true", help="only say what would change")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument(
        "--other-project",
        action="store_true",
        help="merge even bundles that come from another project",
    )
    p.set_defaults(func=cmd_merge)
    stakeholder_cli.add_parser(sub)
    safety_cli.add_parsers(sub, _Parser)
    knowledge_cli.add_parsers(sub)
    export = sub.add_parser(
        "export",
        help="write documents (PDF, Word, CSV) or a REFI-QDA .qdpx from a project",
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
    export_cli.add_parsers(what)
    qdpx_cli.add_export_parser(what)
    followup_cli.add_parsers(what)
    export.set_defaults(func=lambda _args: _missing_document(export))
    qdpx_cli.add_import_parser(sub, _Parser)
    from regworkshop.cli import board as board_cli

    board_cli.add_parser(sub)
    return parser


def _missing_document(parser: argparse.ArgumentParser) -> int:
    print(
        "regworkshop: say what to export: agenda, summary, report, notes-csv, insights-csv, "
        "declaration, followup, lessons or qdpx (see `regworkshop export --help`)",
        file=sys.stderr,
    )
    return EXIT_ERROR


def _suffixed(path: str | Path) -> str | Path:
    """Return a project file path with its suffix, or a database URL unchanged."""
    if isinstance(path, str) and "://" in path:
        return path
    path = Path(path)
    return path if path.suffix else path.with_suffix(PROJECT_SUFFIX)


def cmd_new(args: argparse.Namespace) -> int:
    path = _suffixed(args.path)
    title = args.title or (Path(path).stem if isinstance(path, Path) else "RegWorkshop")
    store = new_project(path, title, device_id=device_id(), language=args.lang)
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


def _date(text: str | None):
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ServiceError(f"not a date: {text!r} (use YYYY-MM-DD)") from exc


def cmd_bundle_export(args: argparse.Namespace) -> int:
    if args.session:
        scope = Scope(kind="sessions", session_ids=tuple(args.session))
    elif args.date_from or args.date_to:
        scope = Scope(kind="dates", date_from=_date(args.date_from), date_to=_date(args.date_to))
    else:
        scope = Scope()
    out = args.output if args.output.suffix else args.output.with_suffix(BUNDLE_SUFFIX)
    store = load_project(args.project, device_id=device_id())
    try:
        written = write_bundle(
            store, out, scope, include_names=args.include_names, language=overview(store).language
        )
        if not args.include_names:
            _warn_names_in_notes(store)
    finally:
        store.close()
    rows = sum(written.manifest.counts.values())
    print(f"wrote {written.path}: {rows} rows, {len(written.manifest.photos)} photos")
    return EXIT_OK


def _warn_names_in_notes(store) -> None:
    from regworkshop.services.knowledge.search_texts import note_texts
    from regworkshop.services.privacy.pseudonyms import find_names

    mentions = find_names(store, note_texts(store))
    if mentions:
        print(
            f"warning: {len({m.key for m in mentions})} notes name registered people in their "
            "text; the names stay in the text - review them before sending",
            file=sys.stderr,
        )


def cmd_bundle_open(args: argparse.Namespace) -> int:
    bundle = read_bundle(args.bundle)
    out = _suffixed(args.output)
    store, report = project_from_bundle(bundle, out, device_id=device_id())
    store.close()
    print(f"created {out} from {Path(args.bundle).name}: {report.totals['added']} rows")
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    bundles = [read_bundle(path) for path in args.bundles]
    store = load_project(args.project, device_id=device_id())
    try:
        service = MergeService(store)
        options = {"allow_other_project": args.other_project}
        report = (
            service.preview(bundles, **options)
            if args.dry_run
            else service.merge(bundles, **options)
        )
    finally:
        store.close()
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    verb = "would change" if report.preview else "merged"
    for outcome in report.outcomes:
        if outcome.already_imported:
            print(f"{outcome.file}: already imported, nothing to do")
            continue
        c = outcome.counts
        print(
            f"{outcome.file}: {verb}: {c['added']} added, {c['updated']} updated, "
            f"{c['deleted']} deleted"
        )
    t = report.totals
    print(
        f"total: {t['added']} added, {t['updated']} updated, {t['deleted']} deleted, "
        f"{t['conflicts']} new conflicts; {report.open_conflicts} conflicts open"
    )
    if report.backup:
        print(f"backup of the project before the merge: {report.backup}")
    return EXIT_OK


def cmd_export_agenda(args: argparse.Namespace) -> int:
    from regworkshop.export.documents.agenda_pdf import (
        export_agenda,  # reportlab loads only when needed
    )

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
