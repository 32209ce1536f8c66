"""Command line for data safety and privacy: backups, restore, salvage, erasure."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from regworkshop import paths
from regworkshop.cli.shared import EXIT_ERROR, EXIT_OK, Parser
from regworkshop.services.errors import ServiceError
from regworkshop.services.privacy.privacy_service import PrivacyService
from regworkshop.services.project.device import device_id
from regworkshop.services.project.project_service import load_project
from regworkshop.services.safety.backup_service import (
    BackupService,
    list_backups,
    preview_backup,
    restore_backup,
)
from regworkshop.services.safety.salvage import salvage
from regworkshop.store import project_file


def add_parser(sub) -> None:
    """Add `backup`, `erase`, `people` and `salvage` to the main parser's subcommands."""
    backup = sub.add_parser("backup", help="list, take and restore backups of a project")
    actions = backup.add_subparsers(dest="backup_command", metavar="ACTION", parser_class=Parser)
    p = actions.add_parser("list", help="list the backups of a project, newest first")
    p.add_argument("project", type=Path, help="the project file")
    p.set_defaults(func=cmd_backup_list)
    p = actions.add_parser("take", help="take a verified backup now")
    p.add_argument("project", type=Path, help="the project file")
    p.set_defaults(func=cmd_backup_take)
    p = actions.add_parser(
        "restore", help="restore a backup over the project (after backing up what it holds now)"
    )
    p.add_argument("project", type=Path, help="the project file (must not be open in the app)")
    p.add_argument("backup", type=Path, help="the backup file (see `backup list`)")
    p.set_defaults(func=cmd_backup_restore)
    backup.set_defaults(func=lambda _a: _usage("backup list|take|restore"))

    p = sub.add_parser("erase", help="erase a person everywhere in a project (right to erasure)")
    p.add_argument("project", help="the project file or database URL")
    p.add_argument(
        "--person", required=True, metavar="ID", help="the person's id (see `regworkshop people`)"
    )
    p.add_argument(
        "--keep-mentions",
        action="store_true",
        help="do not replace the name where it is typed in notes (they are listed)",
    )
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=cmd_erase)

    p = sub.add_parser("people", help="list the personal data a project holds")
    p.add_argument("project", help="the project file or database URL")
    p.set_defaults(func=cmd_people)

    p = sub.add_parser(
        "salvage", help="copy the readable rows of a damaged project into a new file"
    )
    p.add_argument("damaged", type=Path, help="the damaged project file (only read)")
    p.add_argument("-o", "--output", type=Path, required=True, help="the new project file")
    p.set_defaults(func=cmd_salvage)


def _usage(what: str) -> int:
    print(f"regworkshop: say what to do: {what}", file=sys.stderr)
    return EXIT_ERROR


def _project_id(path: Path) -> str:
    project_file.inspect_file(path)
    conn = project_file.readonly_connect(path)
    try:
        return conn.execute("SELECT id FROM rw_project WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        conn.close()


def cmd_backup_list(args: argparse.Namespace) -> int:
    backups = list_backups(paths.backups_dir(), _project_id(args.project))
    if not backups:
        print("no backups yet")
    for info in backups:
        counts = preview_backup(info).counts
        print(
            f"{info.taken_at:%Y-%m-%d %H:%M} UTC  {info.reason:<16} {info.size / 1024:8.0f} KiB  "
            f"{counts.get('notes', 0)} notes  {info.path}"
        )
    return EXIT_OK


def cmd_backup_take(args: argparse.Namespace) -> int:
    store = load_project(args.project, device_id=device_id())
    try:
        info = BackupService(store, paths.backups_dir()).take("manual")
    finally:
        store.close()
    print(f"backed up to {info.path}")
    return EXIT_OK


def cmd_backup_restore(args: argparse.Namespace) -> int:
    if _project_id(args.backup) != _project_id(args.project):
        raise ServiceError("the backup belongs to another project")
    before = restore_backup(args.backup, args.project, paths.backups_dir())
    print(f"restored {args.backup.name} over {args.project}; what it held before: {before}")
    return EXIT_OK


def cmd_people(args: argparse.Namespace) -> int:
    store = load_project(args.project, device_id=device_id())
    try:
        people = PrivacyService(store).people()
    finally:
        store.close()
    for p in people:
        print(
            f"{p.id}  {p.name:<28} {p.organisation:<36} store:{p.consent_store:<8} "
            f"quote:{p.consent_quote:<8} sessions {p.sessions}, notes {p.notes}, "
            f"named in {p.mentions} notes"
        )
    return EXIT_OK


def cmd_erase(args: argparse.Namespace) -> int:
    store = load_project(args.project, device_id=device_id())
    try:
        privacy = PrivacyService(store)
        person = next((p for p in privacy.people() if p.id == args.person), None)
        if person is None:
            raise ServiceError(f"no person with id {args.person}")
        if not args.yes:
            answer = input(f"Erase {person.name} ({person.organisation}) everywhere? [y/N] ")
            if answer.strip().lower() not in ("y", "yes", "j", "ja"):
                print("nothing erased")
                return EXIT_OK
        backups = BackupService(store, paths.backups_dir())
        backups.take("before-erasure")
        report = privacy.erase(
            args.person,
            redact_mentions=not args.keep_mentions,
            backups=[b.path for b in backups.backups()],
        )
    finally:
        store.close()
    print(
        f"erased: {report.participations} participations, {report.attributions} attributions, "
        f"{report.redacted_notes} notes redacted, {report.backups_scrubbed} backups scrubbed"
    )
    for note_id in report.flagged_notes if args.keep_mentions else ():
        print(f"  note {note_id} still names the person: review it")
    return EXIT_OK


def cmd_salvage(args: argparse.Namespace) -> int:
    report = salvage(args.damaged, args.output, device_id=device_id())
    print(
        f"salvaged {report.total_copied} rows into {args.output}; "
        f"{report.total_lost} rows could not be read"
    )
    return EXIT_OK
