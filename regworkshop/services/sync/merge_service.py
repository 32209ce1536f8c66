"""Merge bundles into a project: any number, any order, any number of times.

The whole merge of one or many bundles is one transaction: all of it or
nothing. A file project is backed up first. Rows meet by UUID and merge field
by field (services/row_merge.py); free text written concurrently is kept as
text versions, and the conflict view lists the ones not yet resolved.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select
from sqlalchemy.exc import DataError, IntegrityError

from regworkshop import paths
from regworkshop.services.sync import row_merge
from regworkshop.services.sync.bundle_format import (
    ORDER,
    TABLES,
    BundleFromOtherProject,
    DamagedBundle,
)
from regworkshop.services.sync.bundle_reader import Bundle
from regworkshop.store import project_file, stamps
from regworkshop.store.models import BundleImport
from regworkshop.store.project_store import KEEP_STAMPS, ProjectStore

Progress = Callable[[int, int], None]
CHUNK = 500
VERSIONS = "rw_text_version"


@dataclass
class Counts:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0

    def as_json(self) -> dict[str, int]:
        return {
            "added": self.added,
            "updated": self.updated,
            "deleted": self.deleted,
            "conflicts": self.conflicts,
        }

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.deleted or self.conflicts)


@dataclass(frozen=True)
class BundleOutcome:
    bundle_id: str
    file: str
    source_title: str
    source_device: str
    already_imported: bool
    counts: dict[str, int]
    per_table: dict[str, dict[str, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class MergeReport:
    """What a merge did (or, from a preview, would do)."""

    outcomes: tuple[BundleOutcome, ...]
    totals: dict[str, int]
    open_conflicts: int
    backup: str | None = None
    preview: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "preview": self.preview,
            "totals": self.totals,
            "open_conflicts": self.open_conflicts,
            "backup": self.backup,
            "bundles": [
                {
                    "bundle_id": o.bundle_id,
                    "file": o.file,
                    "source_title": o.source_title,
                    "source_device": o.source_device,
                    "already_imported": o.already_imported,
                    "counts": o.counts,
                    "tables": o.per_table,
                }
                for o in self.outcomes
            ],
        }


class _Rollback(Exception):
    """Raised inside the transaction to undo a preview."""


class MergeService:
    """Preview and merge bundles; keep the log of what was imported."""

    def __init__(self, store: ProjectStore, backup_dir: Path | None = None) -> None:
        self.store = store
        self.backup_dir = backup_dir

    def preview(
        self, bundles: Iterable[Bundle], *, allow_other_project: bool = False
    ) -> MergeReport:
        """Say what merging would add, update, delete and flag, changing nothing."""
        result: list[MergeReport] = []
        try:
            with self.store.unit_of_work() as db:
                result.append(
                    self._merge(db.connection(), list(bundles), allow_other_project, None)
                )
                raise _Rollback
        except _Rollback:
            pass
        report = result[0]
        return MergeReport(report.outcomes, report.totals, report.open_conflicts, None, True)

    def merge(
        self,
        bundles: Iterable[Bundle],
        *,
        allow_other_project: bool = False,
        progress: Progress | None = None,
    ) -> MergeReport:
        """Merge the bundles in one transaction, after a backup of a file project."""
        bundles = list(bundles)
        self._check_projects(bundles, allow_other_project)
        backup = None
        if self.store.path is not None and self._has_new(bundles):
            target = project_file.backup_path(
                self.backup_dir or paths.backups_dir(), self.store.path, "before-merge"
            )
            backup = str(project_file.backup_file(self.store.path, target))
        with self.store.unit_of_work() as db:
            db.info[KEEP_STAMPS] = True
            report = self._merge(db.connection(), bundles, allow_other_project, progress)
        return MergeReport(report.outcomes, report.totals, report.open_conflicts, backup, False)

    def log(self) -> list[dict[str, Any]]:
        """Return the bundles imported into this project, newest first."""
        with self.store.session() as db:
            rows = db.scalars(select(BundleImport).order_by(BundleImport.imported_at.desc()))
            return [
                {
                    "bundle_id": r.bundle_id,
                    "file": r.file_name,
                    "source_title": r.source_title,
                    "source_device": r.source_device_id,
                    "imported_at": r.imported_at,
                    "counts": json.loads(r.counts or "{}"),
                }
                for r in rows
            ]

    def _has_new(self, bundles: list[Bundle]) -> bool:
        with self.store.session() as db:
            seen = set(db.scalars(select(BundleImport.content_hash)))
        return any(b.manifest.content_hash not in seen for b in bundles)

    # -- the merge itself ------------------------------------------------------
    def _check_projects(self, bundles: list[Bundle], allow_other_project: bool) -> None:
        for bundle in bundles:
            if bundle.manifest.project_id != self.store.project_id and not allow_other_project:
                raise BundleFromOtherProject(
                    bundle.manifest.project_id, bundle.manifest.project_title, self.store.project_id
                )

    def _merge(
        self, conn: Connection, bundles: list[Bundle], allow_other: bool, progress: Progress | None
    ) -> MergeReport:
        self._check_projects(bundles, allow_other)
        before = len(open_conflicts(conn))
        outcomes = []
        totals = Counts()
        seen = set(conn.scalars(select(BundleImport.content_hash)))
        total_rows = sum(b.row_count for b in bundles) or 1
        done = 0
        for bundle in bundles:
            manifest = bundle.manifest
            if manifest.content_hash in seen:
                outcomes.append(
                    BundleOutcome(
                        manifest.bundle_id,
                        bundle.path.name,
                        manifest.project_title,
                        manifest.device_id,
                        True,
                        Counts().as_json(),
                    )
                )
                done += bundle.row_count
                continue
            seen.add(manifest.content_hash)
            counts, per_table = self._merge_bundle(conn, bundle, allow_other)
            done += bundle.row_count
            if progress:
                progress(done, total_rows)
            totals.added += counts.added
            totals.updated += counts.updated
            totals.deleted += counts.deleted
            conn.execute(
                insert(BundleImport),
                {
                    "id": str(uuid.uuid4()),
                    "bundle_id": manifest.bundle_id,
                    "content_hash": manifest.content_hash,
                    "source_project_id": manifest.project_id,
                    "source_device_id": manifest.device_id,
                    "source_title": manifest.project_title,
                    "file_name": bundle.path.name,
                    "imported_at": datetime.now(UTC),
                    "counts": json.dumps(counts.as_json()),
                },
            )
            outcomes.append(
                BundleOutcome(
                    manifest.bundle_id,
                    bundle.path.name,
                    manifest.project_title,
                    manifest.device_id,
                    False,
                    counts.as_json(),
                    per_table,
                )
            )
        after = len(open_conflicts(conn))
        totals.conflicts = max(0, after - before)
        return MergeReport(tuple(outcomes), totals.as_json(), after)

    def _merge_bundle(
        self, conn: Connection, bundle: Bundle, allow_other: bool
    ) -> tuple[Counts, dict[str, dict[str, int]]]:
        counts = Counts()
        per_table: dict[str, dict[str, int]] = {}
        rewrite = bundle.manifest.project_id != self.store.project_id
        touched_text: set[tuple[str, str]] = set()
        for name in ORDER:
            rows = bundle.tables.get(name)
            if not rows:
                continue
            if rewrite:
                if name == "rw_project":
                    continue
                rows = [_rewrite_project(r, self.store.project_id) for r in rows]
            if name == "rw_photo":
                rows = [dict(r, data=bundle.photos[r["id"]]) for r in rows]
            table_counts = Counts()
            try:
                self._merge_table(conn, name, rows, table_counts, touched_text)
            except (IntegrityError, DataError) as exc:
                raise DamagedBundle(
                    f"{bundle.path.name}: rows in {name} refer to rows that are neither in the "
                    "bundle nor in the project, or break one of its rules"
                ) from exc
            per_table[name] = table_counts.as_json()
            counts.added += table_counts.added
            counts.updated += table_counts.updated
            counts.deleted += table_counts.deleted
        for entity, row_id in _with_versions(conn, touched_text):
            settle_text(conn, entity, row_id)
        return counts, per_table

    def _merge_table(
        self,
        conn: Connection,
        name: str,
        rows: list[dict[str, Any]],
        counts: Counts,
        touched_text: set[tuple[str, str]],
    ) -> None:
        table = TABLES[name]
        text_table = name in stamps.TEXT_FIELDS
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            ids = [r["id"] for r in chunk]
            existing = {
                r.id: dict(r._mapping)
                for r in conn.execute(select(table).where(table.c.id.in_(ids)))
            }
            for incoming in chunk:
                local = existing.get(incoming["id"])
                if local is None:
                    inserts.append(incoming)
                    counts.added += 1
                    if text_table:
                        touched_text.add((name, incoming["id"]))
                    elif name == VERSIONS:
                        touched_text.add((incoming["entity"], incoming["row_id"]))
                    continue
                if name == VERSIONS:
                    continue  # text versions never change once written
                if name == "rw_photo":
                    incoming = dict(incoming, data=local["data"])
                merged, losers = row_merge.merge_rows(name, local, incoming)
                for field_name, version in losers:
                    _insert_version(conn, name, incoming["id"], field_name, version)
                if losers or text_table:
                    touched_text.add((name, incoming["id"]))
                if merged != local:
                    if local["deleted_at"] is None and merged["deleted_at"] is not None:
                        counts.deleted += 1
                    else:
                        counts.updated += 1
                    updates.append(merged)
        if inserts:
            conn.execute(table.insert(), inserts)
        if updates:
            columns = [c.name for c in table.columns if c.name != "id"]
            stmt = (
                table.update()
                .where(table.c.id == bindparam("_id"))
                .values({c: bindparam(c) for c in columns})
            )
            conn.execute(stmt, [{"_id": u["id"], **{c: u[c] for c in columns}} for u in updates])


def _rewrite_project(row: dict[str, Any], project_id: str) -> dict[str, Any]:
    return dict(row, project_id=project_id) if "project_id" in row else row


def _insert_version(
    conn: Connection, entity: str, row_id: str, field: str, version: row_merge.Version
) -> None:
    table = TABLES[VERSIONS]
    vid = row_merge.version_id(entity, row_id, field, version.stamp)
    if conn.execute(select(table.c.id).where(table.c.id == vid)).first():
        return
    when = row_merge.stamp_time(version.stamp)
    conn.execute(
        table.insert(),
        {
            "id": vid,
            "entity": entity,
            "row_id": row_id,
            "field": field,
            "value": version.value,
            "stamp": version.stamp,
            "history": json.dumps(list(version.history)),
            "created_at": when,
            "updated_at": when,
            "device_id": row_merge.stamp_device(version.stamp),
            "deleted_at": None,
            "field_stamps": "{}",
        },
    )


def _with_versions(conn: Connection, rows: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """Return the rows among *rows* that have text versions (only those can need settling)."""
    table = TABLES[VERSIONS]
    ids = sorted({row_id for _entity, row_id in rows})
    found: set[tuple[str, str]] = set()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        found.update(
            (entity, row_id)
            for entity, row_id in conn.execute(
                select(table.c.entity, table.c.row_id).where(table.c.row_id.in_(chunk)).distinct()
            ).all()
        )
    return sorted(found & rows)


def _versions_of(conn: Connection, entity: str, row_id: str, field: str) -> list[row_merge.Version]:
    table = TABLES[VERSIONS]
    rows = conn.execute(
        select(table.c.value, table.c.stamp, table.c.history).where(
            table.c.entity == entity, table.c.row_id == row_id, table.c.field == field
        )
    )
    return [row_merge.Version(v, s, tuple(json.loads(h or "[]"))) for v, s, h in rows]


def settle_text(conn: Connection, entity: str, row_id: str) -> None:
    """Make the row hold the newest concurrent version of each text field.

    Pairwise merges can leave an older version in the row when clocks were
    skewed; settling over every known version makes every laptop agree.
    """
    table = TABLES[entity]
    found = conn.execute(select(table).where(table.c.id == row_id)).first()
    if found is None:
        return
    row = dict(found._mapping)
    field_stamps = stamps.load(row["field_stamps"])
    created = stamps.creation_stamp(row["created_at"])
    changed = False
    for field_name in stamps.TEXT_FIELDS[entity]:
        main = row_merge.Version(
            row[field_name],
            stamps.field_stamp(field_stamps, field_name, created),
            tuple(stamps.field_history(field_stamps, field_name)),
        )
        others = _versions_of(conn, entity, row_id, field_name)
        if not others:
            continue
        live = row_merge.heads([main, *others])
        best = live[0]
        if best.stamp == main.stamp:
            continue
        if any(v.stamp == main.stamp for v in live):
            _insert_version(conn, entity, row_id, field_name, main)
        row[field_name] = best.value
        field_stamps[field_name] = {"s": best.stamp, "h": list(best.history)}
        changed = True
    if changed:
        row["field_stamps"] = stamps.dump(field_stamps)
        values = {k: v for k, v in row.items() if k != "id"}
        conn.execute(table.update().where(table.c.id == row_id).values(values))


@dataclass(frozen=True)
class Conflict:
    """A text field with versions written concurrently on different laptops."""

    entity: str
    row_id: str
    field: str
    current: row_merge.Version
    others: tuple[row_merge.Version, ...]


def open_conflicts(conn: Connection) -> list[Conflict]:
    """Return every text field that still has concurrent versions to resolve."""
    table = TABLES[VERSIONS]
    keys = conn.execute(select(table.c.entity, table.c.row_id, table.c.field).distinct()).all()
    conflicts = []
    for entity, row_id, field_name in keys:
        main_table = TABLES.get(entity)
        if main_table is None or field_name not in stamps.TEXT_FIELDS.get(entity, ()):
            continue
        found = conn.execute(select(main_table).where(main_table.c.id == row_id)).first()
        if found is None:
            continue
        row = found._mapping
        fs = stamps.load(row["field_stamps"])
        created = stamps.creation_stamp(row["created_at"])
        main = row_merge.Version(
            row[field_name],
            stamps.field_stamp(fs, field_name, created),
            tuple(stamps.field_history(fs, field_name)),
        )
        live = row_merge.heads([main, *_versions_of(conn, entity, row_id, field_name)])
        if len(live) > 1:
            others = tuple(v for v in live if v.stamp != main.stamp)
            conflicts.append(Conflict(entity, row_id, field_name, main, others))
    return sorted(conflicts, key=lambda c: (c.entity, c.row_id, c.field))
