"""`regworkshop stakeholders import|export`: the stakeholder list to and from spreadsheets."""

from __future__ import annotations

import argparse
import sys

from regworkshop.cli.shared import EXIT_ERROR, EXIT_OK, Parser
from regworkshop.export.tables.stakeholder_export import UnknownFormat, export_table
from regworkshop.services.errors import InvalidInput
from regworkshop.services.project.device import device_id
from regworkshop.services.project.project_service import load_project
from regworkshop.services.stakeholders.assessment_service import AssessmentService
from regworkshop.services.stakeholders.stakeholder_import import (
    ERROR,
    ImportPreview,
    apply_import,
    column_label,
    preview,
)
from regworkshop.services.stakeholders.stakeholder_listing import stakeholder_table
from regworkshop.services.stakeholders.stakeholder_vocabulary import FIELDS, guess_mapping
from regworkshop.services.stakeholders.table_source import SourceTable, read_table


def add_parser(sub) -> None:
    """Add the `stakeholders` subcommand and its own subcommands."""
    p = sub.add_parser(
        "stakeholders",
        help="import or export the stakeholder list (CSV, xlsx)",
        description="Import or export the stakeholder list. Each action takes the project's "
        "path first; `regworkshop stakeholders ACTION --help` tells more.",
    )
    inner = p.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    p.set_defaults(func=lambda _a: _usage(p))

    imp = inner.add_parser(
        "import",
        help="import actors and contact people from a CSV or .xlsx file",
        description="Rows are matched to actors by name and type: new actors are created, known "
        "ones updated; empty cells never erase anything. All rows are imported or none.",
    )
    imp.add_argument("project", help="the project file")
    imp.add_argument("file", help="a .csv (; , or tab; UTF-8 or Windows-1252) or .xlsx file")
    imp.add_argument(
        "--mapping",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=f"which column holds a field, by header or number from 1; empty to ignore a field. "
        f"Fields: {', '.join(FIELDS)}",
    )
    imp.add_argument(
        "--dry-run", action="store_true", help="show what would happen; change nothing"
    )
    imp.set_defaults(func=cmd_import)

    exp = inner.add_parser("export", help="write the stakeholder list and a round's values")
    exp.add_argument("project", help="the project file")
    exp.add_argument("out", help="the file to write: .csv (for Excel, ;-separated) or .xlsx")
    exp.add_argument("--round", default="", help="the round's name or id (default: the latest)")
    exp.add_argument("--lang", choices=("sv", "en"), default="sv", help="headers and type names")
    exp.add_argument(
        "--include-names",
        action="store_true",
        help="also list contact people (names, roles, e-mail, phone); left out by default",
    )
    exp.set_defaults(func=cmd_export)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_ERROR


def parse_mapping(source: SourceTable, pairs: list[str]) -> dict[str, int | None]:
    """Return the detected mapping changed by FIELD=COLUMN pairs; raise InvalidInput if bad."""
    mapping = guess_mapping(list(source.header))
    headers = [h.casefold() for h in source.header]
    for pair in pairs:
        field, sep, column = pair.partition("=")
        field, column = field.strip(), column.strip()
        if not sep or field not in FIELDS:
            raise InvalidInput(
                f"--mapping {pair!r}: use FIELD=COLUMN with a field among {', '.join(FIELDS)}"
            )
        if not column:
            mapping[field] = None
        elif column.casefold() in headers:
            mapping[field] = headers.index(column.casefold())
        elif column.isdigit() and int(column) >= 1:
            mapping[field] = int(column) - 1
        else:
            raise InvalidInput(f"--mapping {pair!r}: the file has no column {column!r}")
    return mapping


def _describe(plan: ImportPreview, verbose: bool) -> None:
    src = plan.source
    delimiter = {";": "semicolon", ",": "comma", "\t": "tab", None: "none"}[src.delimiter]
    if src.format == "csv":
        print(f"{src.path}: CSV, {src.encoding}, delimiter {delimiter}, {len(src.rows)} rows")
    else:
        print(f"{src.path}: Excel workbook, {len(src.rows)} rows")
    for field in FIELDS:
        column = plan.mapping[field]
        print(
            f"  {field:<13} <- {column_label(src, column) if column is not None else '(not imported)'}"
        )
    counts = plan.counts
    print(
        f"create {counts['create']}, update {counts['update']}, skip {counts['skip']}, "
        f"errors {counts['error']}"
    )
    for row in plan.rows:
        if (
            verbose
            or row.status == ERROR
            or row.status == "skip"
            and row.messages[0].code != "unchanged"
        ):
            why = "; ".join(m.english() for m in row.messages)
            print(f"  row {row.line:>5}  {row.status:<6}  {row.actor or '–'}: {why}")


def cmd_import(args: argparse.Namespace) -> int:
    source = read_table(args.file)
    mapping = parse_mapping(source, args.mapping)
    store = load_project(args.project, device_id=device_id())
    try:
        plan = preview(store, source, mapping)
        _describe(plan, args.dry_run)
        for problem in plan.problems:
            print(f"regworkshop: {args.file}: {problem.english()}", file=sys.stderr)
        if plan.problems or plan.counts[ERROR]:
            if not plan.problems:
                print(
                    f"regworkshop: {args.file}: {plan.counts[ERROR]} rows have errors; nothing imported",
                    file=sys.stderr,
                )
            return EXIT_ERROR
        if args.dry_run:
            print("dry run: nothing imported")
            return EXIT_OK
        if store.path is not None:
            from regworkshop import paths
            from regworkshop.services.safety.backup_service import BackupService

            BackupService(store, paths.backups_dir()).take("before-import")
        result = apply_import(store, source, mapping)
    finally:
        store.close()
    print(
        f"imported: {result.actors_created} actors created, {result.actors_updated} updated, "
        f"{result.people_created} contact people created, {result.people_updated} updated, "
        f"{result.assessments} assessments set"
    )
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    store = load_project(args.project, device_id=device_id())
    try:
        round_id = None
        if args.round:
            rounds = AssessmentService(store).rounds()
            match = [r for r in rounds if args.round in (r.id, r.name)]
            if not match:
                names = ", ".join(r.name for r in rounds) or "none"
                raise InvalidInput(f"no assessment round {args.round!r} (rounds: {names})")
            round_id = match[-1].id
        table = stakeholder_table(store, round_id, args.lang, include_names=args.include_names)
    finally:
        store.close()
    try:
        path = export_table(args.out, table)
    except UnknownFormat as exc:
        raise InvalidInput(str(exc)) from None
    print(f"wrote {path}: {len(table.rows)} rows")
    return EXIT_OK
