"""What a bundle holds: the rows a scope includes, encoded, with people pseudonymised."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time

from sqlalchemy import Table, or_, select
from sqlalchemy.orm import Session as DbSession

from regworkshop.services.privacy.pseudonyms import pseudonyms
from regworkshop.services.sync.bundle_format import (
    ORDER,
    PERSON_PII,
    PSEUDONYM_STAMP,
    TABLES,
    Scope,
    encode_row,
)
from regworkshop.store import stamps
from regworkshop.store.models import Project
from regworkshop.store.project_store import ProjectStore


@dataclass(frozen=True)
class BundleContent:
    """The encoded rows of every table (in ``ORDER``) and the photos' bytes by id."""

    project_id: str
    project_title: str
    device_id: str
    data: dict[str, list[dict]]
    photos: dict[str, bytes]

    def counts(self) -> dict[str, int]:
        """Return how many rows each table contributes (tables without rows left out)."""
        return {name: len(self.data[name]) for name in ORDER if self.data[name]}


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


def bundle_content(
    store: ProjectStore, scope: Scope, *, include_names: bool = False, language: str = "sv"
) -> BundleContent:
    """Read what a bundle of *scope* holds; people become stable pseudonyms unless named."""
    with store.session() as db:
        project = db.get(Project, store.project_id)
        assert project is not None
        title = project.title
        rows = _select_rows(db, scope)
    data = {name: [encode_row(TABLES[name], r) for r in rows[name]] for name in ORDER}
    if not include_names:
        names = pseudonyms(store, language)
        data["rw_person"] = [_pseudonymise(row, names) for row in data["rw_person"]]
    photos = {r.id: r.data for r in rows["rw_photo"]}
    return BundleContent(store.project_id, title, store.device_id, data, photos)
