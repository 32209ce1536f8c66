"""Write a .rwbundle: everything that can travel, or the rows of chosen sessions."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time
from pathlib import Path

from sqlalchemy import Table, or_, select
from sqlalchemy.orm import Session as DbSession

from regworkshop import __version__
from regworkshop.services.privacy.pseudonyms import pseudonyms
from regworkshop.services.sync.bundle_format import (
    DATA_NAME,
    FORMAT_VERSION,
    MANIFEST_NAME,
    ORDER,
    PERSON_PII,
    PHOTO_PREFIX,
    PSEUDONYM_STAMP,
    TABLES,
    Manifest,
    Scope,
    encode_row,
)
from regworkshop.store import stamps
from regworkshop.store.models import Project
from regworkshop.store.project_store import ProjectStore

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BundleWritten:
    path: Path
    manifest: Manifest


def _t(name: str) -> Table:
    return TABLES[name]


def _scoped_session_ids(db: DbSession, scope: Scope) -> list[str]:
    sessions = _t("rw_session")
    stmt = select(sessions.c.id)
    if scope.kind == "sessions":
        stmt = stmt.where(sessions.c.id.in_(scope.session_ids))
    else:
        start = datetime.combine(scope.date_from, time.min, tzinfo=UTC) if scope.date_from else None
        end = datetime.combine(scope.date_to, time.max, tzinfo=UTC) if scope.date_to else None
        if start:
            stmt = stmt.where(sessions.c.starts_at >= start)
        if end:
            stmt = stmt.where(sessions.c.starts_at <= end)
    return list(db.scalars(stmt))


def _select_rows(db: DbSession, scope: Scope) -> dict[str, list]:
    """Return the rows of each table that the scope includes, tombstones too."""
    if scope.kind == "all":
        return {name: list(db.execute(select(TABLES[name]))) for name in ORDER}
    ids = _scoped_session_ids(db, scope)
    rows: dict[str, list] = {name: [] for name in ORDER}

    def where(name: str, clause) -> list:
        return list(db.execute(select(_t(name)).where(clause)))

    rows["rw_project"] = list(db.execute(select(_t("rw_project"))))
    rows["rw_agenda_template"] = list(db.execute(select(_t("rw_agenda_template"))))
    rows["rw_session"] = where("rw_session", _t("rw_session").c.id.in_(ids))
    for name in (
        "rw_participation",
        "rw_agenda_item",
        "rw_cluster",
        "rw_note",
        "rw_voting_round",
        "rw_photo",
        "rw_session_run",
    ):
        rows[name] = where(name, _t(name).c.session_id.in_(ids))
    item_ids = [r.id for r in rows["rw_agenda_item"]]
    rows["rw_agenda_item_theme"] = where(
        "rw_agenda_item_theme", _t("rw_agenda_item_theme").c.agenda_item_id.in_(item_ids)
    )
    round_ids = [r.id for r in rows["rw_voting_round"]]
    rows["rw_vote"] = where("rw_vote", _t("rw_vote").c.round_id.in_(round_ids))
    theme = _t("rw_theme")
    rows["rw_theme"] = where(
        "rw_theme", or_(theme.c.session_id.is_(None), theme.c.session_id.in_(ids))
    )
    note_ids = [r.id for r in rows["rw_note"]]
    rows["rw_text_version"] = where("rw_text_version", _t("rw_text_version").c.row_id.in_(note_ids))
    person_ids = {r.person_id for r in rows["rw_participation"] + rows["rw_note"] if r.person_id}
    rows["rw_person"] = where("rw_person", _t("rw_person").c.id.in_(person_ids))
    actor_ids = {
        r.actor_id
        for r in rows["rw_participation"] + rows["rw_note"] + rows["rw_person"]
        if r.actor_id
    }
    rows["rw_actor"] = where("rw_actor", _t("rw_actor").c.id.in_(actor_ids))
    return rows


def _pseudonymise(row: dict, names: dict[str, str]) -> dict:
    stamps_of = stamps.load(row["field_stamps"])
    for field in PERSON_PII:
        row[field] = names.get(row["id"], "") if field == "name" and not row["erased"] else ""
        stamps_of[field] = {"s": PSEUDONYM_STAMP}
    row["field_stamps"] = stamps.dump(stamps_of)
    return row


def write_bundle(
    store: ProjectStore,
    out: Path,
    scope: Scope | None = None,
    *,
    include_names: bool = False,
    language: str = "sv",
    progress: Progress | None = None,
) -> BundleWritten:
    """Export the project (or a part of it) as a bundle file, written atomically.

    People are pseudonymised unless *include_names* is set: their names become
    stable pseudonyms and their contact details are left out.
    """
    scope = scope or Scope()
    out = Path(out)
    with store.session() as db:
        project = db.get(Project, store.project_id)
        assert project is not None
        rows = _select_rows(db, scope)
    data = {name: [encode_row(TABLES[name], r) for r in rows[name]] for name in ORDER}
    if not include_names:
        names = pseudonyms(store, language)
        data["rw_person"] = [_pseudonymise(row, names) for row in data["rw_person"]]
    photos = {r.id: r.data for r in rows["rw_photo"]}
    data_bytes = json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
    digest = hashlib.sha256(data_bytes)
    for photo_id in sorted(photos):
        digest.update(photo_id.encode())
        digest.update(photos[photo_id])
    manifest = Manifest(
        bundle_id=str(uuid.uuid4()),
        format_version=FORMAT_VERSION,
        app_version=__version__,
        created_at=datetime.now(UTC),
        project_id=store.project_id,
        project_title=project.title,
        device_id=store.device_id,
        scope=scope.as_json(),
        counts={name: len(rows[name]) for name in ORDER if rows[name]},
        content_hash=digest.hexdigest(),
        photos=tuple(sorted(photos)),
        pseudonymised=not include_names,
    )
    total = 2 + len(photos)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(
                MANIFEST_NAME, json.dumps(manifest.as_json(), ensure_ascii=False, indent=2)
            )
            archive.writestr(DATA_NAME, data_bytes)
            if progress:
                progress(2, total)
            for done, photo_id in enumerate(sorted(photos), start=3):
                archive.writestr(f"{PHOTO_PREFIX}{photo_id}", photos[photo_id])
                if progress:
                    progress(done, total)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BundleWritten(out, manifest)
