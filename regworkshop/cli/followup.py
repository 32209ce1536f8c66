"""`regworkshop export declaration|followup|lessons`: the follow-up documents from the command line."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from regworkshop.cli.exports import add_document_options, run_on_project
from regworkshop.services.errors import InvalidInput


def add_export_parsers(what) -> None:
    """Add the three documents to the subparsers of `regworkshop export`."""
    p = what.add_parser(
        "declaration",
        help="the declaration of intent: parties and commitments (.pdf or .docx)",
    )
    add_document_options(p, "the file to write: .pdf or .docx")
    p.set_defaults(func=cmd_declaration)

    p = what.add_parser(
        "followup",
        help="the follow-up report: changes between rounds, engagement, commitments (PDF)",
    )
    add_document_options(p, "the PDF file to write")
    p.add_argument(
        "--new-round",
        metavar="NAME",
        help="first start a new round of the stakeholder analysis with this name (from the "
        "current values, dated today)",
    )
    p.set_defaults(func=cmd_followup)

    p = what.add_parser("lessons", help="the lessons learned, grouped by theme (PDF)")
    add_document_options(p, "the PDF file to write")
    p.set_defaults(func=cmd_lessons)


def _pdf(path: Path) -> Path:
    if path.suffix.lower() != ".pdf":
        raise InvalidInput(f"{path.name}: this document is written as a .pdf file")
    return path


def cmd_declaration(args: argparse.Namespace) -> int:
    from regworkshop.export.documents.declaration import check_suffix, export_declaration

    check_suffix(args.output)

    def work(store, language):
        out = export_declaration(store, args.output, language, date.today())
        return f"wrote {out}: declaration of intent"

    return run_on_project(args, work)


def cmd_followup(args: argparse.Namespace) -> int:
    from regworkshop.export.documents.followup_report import export_followup
    from regworkshop.services.followup.followup_service import FollowUpService

    out = _pdf(args.output)
    if not out.parent.is_dir():
        raise InvalidInput(f"{out.parent}: the folder does not exist")

    def work(store, language):
        if args.new_round is not None:
            started = FollowUpService(store).start_round(args.new_round, date.today())
            print(f"started round “{started.name}” with {started.assessed} actors assessed")
        export_followup(store, out, language, date.today())
        return f"wrote {out}: follow-up report"

    return run_on_project(args, work)


def cmd_lessons(args: argparse.Namespace) -> int:
    from regworkshop.export.documents.lessons_report import export_lessons

    out = _pdf(args.output)

    def work(store, language):
        export_lessons(store, out, language, date.today())
        return f"wrote {out}: lessons learned"

    return run_on_project(args, work)
