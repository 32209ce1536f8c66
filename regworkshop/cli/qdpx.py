"""`regworkshop export qdpx` and `regworkshop import qdpx`: REFI-QDA interchange."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from regworkshop.cli.shared import EXIT_ERROR, EXIT_OK, Parser, warn_names_in_notes
from regworkshop.services.project.device import device_id
from regworkshop.services.project.project_service import load_project, overview
from regworkshop.services.qdpx.qdpx_format import SUFFIX
from regworkshop.services.qdpx.qdpx_import_plan import UNMAPPED_TEXT, ImportPlan
from regworkshop.services.qdpx.qdpx_import_service import QdpxImportService
from regworkshop.store.enums import SessionKind


def add_export_parser(what) -> None:
    """Add `export qdpx` to the export group."""
    p = what.add_parser(
        "qdpx",
        help="the project as a REFI-QDA .qdpx for NVivo, ATLAS.ti, MAXQDA or QualCoder",
        description="Themes become codes, sessions text sources with one coded selection per "
        "note, actors cases, insights and lessons memos (docs/qdpx.md). People appear as stable "
        "pseudonyms unless --include-names; consent is always respected.",
    )
    p.add_argument("path", help="a project file or a database URL")
    p.add_argument("-o", "--output", required=True, type=Path, help="the .qdpx file to write")
    p.add_argument(
        "--include-names",
        action="store_true",
        help="show the names of people who consented to their name being stored",
    )
    p.add_argument(
        "--lang", choices=("sv", "en"), default=None, help="language (default: the project's)"
    )
    p.set_defaults(func=cmd_export_qdpx)


def add_parser(sub) -> None:
    """Add the `import` group with `import qdpx` to the main parser's subcommands."""
    group = sub.add_parser(
        "import",
        help="import work from other programs (REFI-QDA .qdpx)",
        description="Import into the project at PROJECT, e.g. "
        "`regworkshop import qdpx project.rwproj analysis.qdpx`.",
    )
    what = group.add_subparsers(dest="import_what", metavar="FORMAT", parser_class=Parser)
    p = what.add_parser(
        "qdpx",
        help="a REFI-QDA project: sources become sessions, codings notes under themes",
        description="Text sources become sessions, coded selections notes under themes made from "
        "the codes, cases actors, memos insights. What cannot be mapped is listed. One "
        "transaction, after a backup: all or nothing.",
    )
    p.add_argument("project", help="the project file or database URL")
    p.add_argument("file", type=Path, help="the .qdpx file")
    p.add_argument(
        "--kind",
        choices=[k.value for k in SessionKind],
        default=SessionKind.INTERVIEW.value,
        help="the kind of session each text source becomes (default: interview)",
    )
    p.add_argument("--dry-run", action="store_true", help="only say what would be imported")
    p.set_defaults(func=cmd_import_qdpx)
    group.set_defaults(func=lambda _args: _missing(group))


def _missing(parser: argparse.ArgumentParser) -> int:
    print(
        "regworkshop: say what to import: qdpx (see `regworkshop import --help`)", file=sys.stderr
    )
    return EXIT_ERROR


def cmd_export_qdpx(args: argparse.Namespace) -> int:
    from regworkshop.export.qdpx.qdpx_writer import write_qdpx

    out = args.output if args.output.suffix else args.output.with_suffix(SUFFIX)
    store = load_project(args.path, device_id=device_id())
    try:
        language = args.lang or overview(store).language
        written = write_qdpx(store, out, include_names=args.include_names, language=language)
        if not args.include_names:
            warn_names_in_notes(store)  # the same warning as bundles
    finally:
        store.close()
    print(
        f"wrote {written.path}: {written.sources} sources, {written.selections} coded notes, "
        f"{written.codes} codes, {written.cases} cases, {written.memos} memos"
    )
    return EXIT_OK


def describe_plan(plan: ImportPlan) -> list[str]:
    """Return the preview of an import as lines of plain English."""
    lines = [
        f"{plan.file_name} ({plan.origin or 'unknown program'}):",
        f"  themes: {len(plan.new_themes)} new, {len(plan.themes) - len(plan.new_themes)} existing",
        f"  actors: {len(plan.new_actors)} new, {len(plan.actors) - len(plan.new_actors)} existing",
        f"  sessions ({plan.kind}): {len(plan.sessions)}",
        f"  notes: {len(plan.notes)} in {len(plan.clusters)} clusters",
        f"  insights and lessons: {len(plan.insights)}",
    ]
    if plan.unmapped:
        lines.append("not mapped:")
        lines += [f"  {count} {UNMAPPED_TEXT.get(key, key)}" for key, count in plan.unmapped]
    return lines


def cmd_import_qdpx(args: argparse.Namespace) -> int:
    store = load_project(args.project, device_id=device_id())
    try:
        service = QdpxImportService(store)
        plan = service.preview(args.file, args.kind)
        print("\n".join(describe_plan(plan)))
        if args.dry_run:
            print("dry run: nothing imported")
            return EXIT_OK
        if not plan.changes_anything:
            print("nothing to import")
            return EXIT_OK
        done = service.apply(plan)
    finally:
        store.close()
    print(
        f"imported {done.sessions} sessions, {done.notes} notes, {done.themes} new themes, "
        f"{done.actors} new actors, {done.insights} insights"
    )
    if done.backup:
        print(f"backup of the project before the import: {done.backup}")
    return EXIT_OK
