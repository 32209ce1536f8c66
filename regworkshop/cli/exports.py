"""`regworkshop export agenda|summary|report|notes-csv|insights-csv`: documents from a terminal."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from regworkshop.cli.shared import EXIT_ERROR, EXIT_OK, Parser
from regworkshop.services.errors import InvalidInput
from regworkshop.services.project.device import device_id
from regworkshop.services.project.project_service import load_project, overview
from regworkshop.services.sessions.session_service import SessionService


def add_parser(sub):
    """Add the `export` group with its documents; return its subparsers for other groups' ones."""
    export = sub.add_parser(
        "export",
        help="write documents (PDF, Word, CSV) or a REFI-QDA .qdpx from a project",
        description="Write a document from the project at path, e.g. "
        "`regworkshop export agenda path/to/project.rwproj --session ID -o agenda.pdf`.",
    )
    what = export.add_subparsers(dest="what", metavar="DOCUMENT", parser_class=Parser)
    export.set_defaults(func=lambda _args: _missing_document(export))
    p = what.add_parser("agenda", help="a session's agenda handout as a one-page PDF")
    p.add_argument("path", help="a project file or a database URL")
    p.add_argument(
        "--session", required=True, metavar="ID", help="the session's id (or its first characters)"
    )
    p.add_argument("-o", "--output", required=True, type=Path, help="the PDF file to write")
    p.add_argument(
        "--lang", choices=("sv", "en"), default=None, help="language (default: the project's)"
    )
    p.set_defaults(func=cmd_agenda)

    p = what.add_parser("summary", help="a session's workshop summary as a PDF")
    add_document_options(p, "the PDF file to write")
    p.add_argument(
        "--session", required=True, metavar="ID", help="the session's id (or its first characters)"
    )
    p.set_defaults(func=cmd_summary)

    p = what.add_parser("report", help="the kunskapsunderlag of the project (PDF or Word)")
    add_document_options(p, "the .pdf or .docx file to write")
    p.add_argument(
        "--format", choices=("pdf", "docx"), default=None,
        help="pdf or docx (default: from the output's suffix, else pdf)",
    )  # fmt: skip
    p.set_defaults(func=cmd_report)

    p = what.add_parser("notes-csv", help="every note (or a session's) as CSV for Excel")
    add_document_options(p, "the CSV file to write")
    p.add_argument("--session", metavar="ID", help="only this session's notes")
    p.set_defaults(func=cmd_notes_csv)

    p = what.add_parser("insights-csv", help="insights and lessons with their evidence as CSV")
    add_document_options(p, "the CSV file to write")
    p.set_defaults(func=cmd_insights_csv)
    return what


def _missing_document(parser: argparse.ArgumentParser) -> int:
    print(
        "regworkshop: say what to export: agenda, summary, report, notes-csv, insights-csv, "
        "declaration, followup, lessons or qdpx (see `regworkshop export --help`)",
        file=sys.stderr,
    )
    return EXIT_ERROR


def add_document_options(p: argparse.ArgumentParser, output_help: str) -> None:
    """The project, -o OUTPUT and --lang: what every document subcommand takes."""
    p.add_argument("path", help="a project file or a database URL")
    p.add_argument("-o", "--output", required=True, type=Path, help=output_help)
    p.add_argument(
        "--lang", choices=("sv", "en"), default=None, help="language (default: the project's)"
    )


def run_on_project(args: argparse.Namespace, work) -> int:
    """Open the project, call *work(store, language)*, close it, print what it returns."""
    store = load_project(args.path, device_id=device_id())
    try:
        language = args.lang or overview(store).language
        message = work(store, language)
    finally:
        store.close()
    print(message)
    return EXIT_OK


def cmd_agenda(args: argparse.Namespace) -> int:
    """Write a session's agenda handout."""
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


def cmd_summary(args: argparse.Namespace) -> int:
    from regworkshop.export.documents.workshop_summary import export_summary

    def work(store, language):
        session = SessionService(store).find(args.session)
        out = export_summary(store, session.id, args.output, language)
        return f"wrote {out}: summary of “{session.title}”"

    return run_on_project(args, work)


def cmd_report(args: argparse.Namespace) -> int:
    from regworkshop.export.documents.knowledge_report import export_report

    fmt = args.format or ("docx" if args.output.suffix.lower() == ".docx" else "pdf")
    if args.output.suffix.lower() in (".pdf", ".docx") and args.output.suffix.lower() != f".{fmt}":
        raise InvalidInput(f"--format {fmt} does not match the file name {args.output.name}")

    def work(store, language):
        out = export_report(store, args.output, language, fmt)
        return f"wrote {out}: kunskapsunderlag ({fmt})"

    return run_on_project(args, work)


def cmd_notes_csv(args: argparse.Namespace) -> int:
    from regworkshop.export.tables.csv_export import export_notes_csv

    def work(store, language):
        session_id = SessionService(store).find(args.session).id if args.session else None
        out = export_notes_csv(store, args.output, language, session_id)
        return f"wrote {out}: notes"

    return run_on_project(args, work)


def cmd_insights_csv(args: argparse.Namespace) -> int:
    from regworkshop.export.tables.csv_export import export_insights_csv

    def work(store, language):
        return f"wrote {export_insights_csv(store, args.output, language)}: insights"

    return run_on_project(args, work)
