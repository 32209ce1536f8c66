"""`regworkshop export declaration|followup|lessons`: the follow-up documents from the command line."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from regworkshop.services.device import device_id
from regworkshop.services.errors import InvalidInput
from regworkshop.services.project_service import load_project, overview

EXIT_OK = 0


def add_parsers(what) -> None:
    """Add the three documents to the subparsers of `regworkshop export`."""
    p = what.add_parser(
        "declaration",
        help="the declaration of intent: parties and commitments (.pdf or .docx)",
    )
    _common(p, "the file to write: .pdf or .docx")
    p.set_defaults(func=cmd_declaration)

    p = what.add_parser(
        "followup",
        help="the follow-up report: changes between rounds, engagement, commitments (PDF)",
    )
    _common(p, "the PDF file to write")
    p.add_argument(
        "--new-round",
        metavar="NAME",
        help="first start a new round of the stakeholder analysis with this name (from the "
        "current values, dated today)",
    )
    p.set_defaults(func=cmd_followup)

    p = what.add_parser("lessons", help="the lessons learned, grouped by theme (PDF)")
    _common(p, "the PDF file to write")
    p.set_defaults(func=cmd_lessons)


def _common(p: argparse.ArgumentParser, output_help: str) -> None:
    p.add_argument("path", help="a project file or a database URL")
    p.add_argument("-o", "--output", required=True, type=Path, help=output_help)
    p.add_argument(
        "--lang", choices=("sv", "en"), default=None, help="language (default: the project's)"
    )


def _pdf(path: Path) -> Path:
    if path.suffix.lower() != ".pdf":
        raise InvalidInput(f"{path.name}: this document is written as a .pdf file")
    return path


def cmd_declaration(args: argparse.Namespace) -> int:
    from regworkshop.export.declaration import check_suffix, export_declaration

    check_suffix(args.output)
    store = load_project(args.path, device_id=device_id())
    try:
        language = args.lang or overview(store).language
        out = export_declaration(store, args.output, language, date.today())
    finally:
        store.close()
    print(f"wrote {out}: declaration of intent")
    return EXIT_OK


def cmd_followup(args: argparse.Namespace) -> int:
    from regworkshop.export.followup_report import export_followup
    from regworkshop.services.followup_service import FollowUpService

    out = _pdf(args.output)
    if not out.parent.is_dir():
        raise InvalidInput(f"{out.parent}: the folder does not exist")
    store = load_project(args.path, device_id=device_id())
    try:
        if args.new_round is not None:
            started = FollowUpService(store).start_round(args.new_round, date.today())
            print(f"started round “{started.name}” with {started.assessed} actors assessed")
        language = args.lang or overview(store).language
        export_followup(store, out, language, date.today())
    finally:
        store.close()
    print(f"wrote {out}: follow-up report")
    return EXIT_OK


def cmd_lessons(args: argparse.Namespace) -> int:
    from regworkshop.export.lessons_report import export_lessons

    out = _pdf(args.output)
    store = load_project(args.path, device_id=device_id())
    try:
        language = args.lang or overview(store).language
        export_lessons(store, out, language, date.today())
    finally:
        store.close()
    print(f"wrote {out}: lessons learned")
    return EXIT_OK
