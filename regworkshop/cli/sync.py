"""`regworkshop bundle export|open` and `regworkshop merge`: work moved between laptops."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from regworkshop.cli.shared import EXIT_OK, Parser, suffixed, warn_names_in_notes
from regworkshop.export.sync.bundle_writer import write_bundle
from regworkshop.services.errors import ServiceError
from regworkshop.services.project.device import device_id
from regworkshop.services.project.project_service import load_project, overview
from regworkshop.services.sync.bundle_format import SUFFIX as BUNDLE_SUFFIX
from regworkshop.services.sync.bundle_format import Scope
from regworkshop.services.sync.bundle_reader import read_bundle
from regworkshop.services.sync.bundle_start import project_from_bundle
from regworkshop.services.sync.merge_service import MergeService


def add_parser(sub) -> None:
    """Add `bundle` (export, open) and `merge` to the main parser's subcommands."""
    bundle = sub.add_parser("bundle", help="bundles for moving work between laptops")
    bundle_sub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", parser_class=Parser)
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


def _date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ServiceError(f"not a date: {text!r} (use YYYY-MM-DD)") from exc


def cmd_bundle_export(args: argparse.Namespace) -> int:
    """Write a bundle of the project, of some sessions or of a date range."""
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
            warn_names_in_notes(store)
    finally:
        store.close()
    rows = sum(written.manifest.counts.values())
    print(f"wrote {written.path}: {rows} rows, {len(written.manifest.photos)} photos")
    return EXIT_OK


def cmd_bundle_open(args: argparse.Namespace) -> int:
    """Start a new project from a bundle."""
    bundle = read_bundle(args.bundle)
    out = suffixed(args.output)
    store, report = project_from_bundle(bundle, out, device_id=device_id())
    store.close()
    print(f"created {out} from {Path(args.bundle).name}: {report.totals['added']} rows")
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    """Merge bundles into a project, or preview the merge with --dry-run."""
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
