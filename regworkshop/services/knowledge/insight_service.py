"""Insights and lessons (lärdomar) of the knowledge base, linked to the notes that back them."""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session as DbSession

from regworkshop.services.errors import InvalidInput
from regworkshop.services.knowledge.search_filters import base_note_query, note_actor_type
from regworkshop.services.privacy.records import ensure_not_public_record
from regworkshop.services.queries import get_live
from regworkshop.store.enums import InsightKind
from regworkshop.store.models import Evidence, Insight, Note, Theme
from regworkshop.store.project_store import ProjectStore

MAX_TITLE = 300
MAX_SECTION = 200
MAX_TEXT = 100_000
KINDS = tuple(k.value for k in InsightKind)
EDITABLE = ("kind", "title", "text", "theme_id", "section")


@dataclass(frozen=True)
class Breadth:
    """How widely an insight is backed: notes, distinct actors and actor types, sessions."""

    notes: int = 0
    actors: int = 0
    actor_types: int = 0
    sessions: int = 0


@dataclass(frozen=True)
class InsightInfo:
    id: str
    kind: str
    title: str
    text: str
    theme_id: str | None
    theme_name: str
    theme_key: str | None
    section: str
    position: float
    breadth: Breadth = field(default_factory=Breadth)

    def values(self) -> dict[str, object]:
        """The editable fields (what an undo puts back)."""
        return {name: getattr(self, name) for name in EDITABLE}


@dataclass(frozen=True)
class InsightSection:
    """A section of the kunskapsunderlag: a typed section name, or else the theme."""

    title: str
    theme_key: str | None
    insights: tuple[InsightInfo, ...]


def _clean(name: str, value: object) -> Any:
    if name == "kind":
        if value not in KINDS:
            raise InvalidInput(f"not a kind of insight: {value!r}")
        return str(value)
    if name == "title":
        title = " ".join(str(value).split())
        if not title:
            raise InvalidInput("an insight needs a title")
        if len(title) > MAX_TITLE:
            raise InvalidInput(f"an insight title can be at most {MAX_TITLE} characters")
        return title
    if name == "text":
        text = str(value).strip()
        if len(text) > MAX_TEXT:
            raise InvalidInput(f"an insight's text can be at most {MAX_TEXT} characters")
        return text
    if name == "section":
        section = " ".join(str(value).split())
        if len(section) > MAX_SECTION:
            raise InvalidInput(f"a section name can be at most {MAX_SECTION} characters")
        return section
    if name == "theme_id":
        return value or None
    raise InvalidInput(f"an insight has no field {name!r}")


class InsightService:
    """Write insights and lessons, link evidence, order and group them into sections."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    def create(
        self,
        title: str,
        text: str = "",
        *,
        kind: str = InsightKind.INSIGHT,
        theme_id: str | None = None,
        section: str = "",
        note_ids: list[str] | tuple[str, ...] = (),
        insight_id: str | None = None,
    ) -> InsightInfo:
        """Write an insight at the end of the list, with *note_ids* as its evidence."""
        values = {
            name: _clean(name, value)
            for name, value in (
                ("kind", kind),
                ("title", title),
                ("text", text),
                ("theme_id", theme_id),
                ("section", section),
            )
        }
        with self.store.unit_of_work() as db:
            if values["theme_id"]:
                get_live(db, Theme, values["theme_id"])
            top = db.scalar(
                select(func.max(Insight.position)).where(
                    Insight.project_id == self.store.project_id
                )
            )
            insight = Insight(
                project_id=self.store.project_id,
                position=0.0 if top is None else float(top) + 1,
                **values,
            )
            if insight_id:
                insight.id = insight_id
            db.add(insight)
            db.flush()
            _link(db, insight.id, note_ids)
            db.flush()
            return _info_of(db, insight)

    def update(self, insight_id: str, **changes) -> InsightInfo:
        """Change some of an insight's fields."""
        values = {name: _clean(name, value) for name, value in changes.items()}
        with self.store.unit_of_work() as db:
            insight = get_live(db, Insight, insight_id)
            if values.get("theme_id"):
                get_live(db, Theme, values["theme_id"])
            for name, value in values.items():
                if getattr(insight, name) != value:
                    setattr(insight, name, value)
            db.flush()
            return _info_of(db, insight)

    def delete(self, insight_id: str) -> None:
        """Tombstone an insight (its evidence links stay, for restore)."""
        with self.store.unit_of_work() as db:
            insight = get_live(db, Insight, insight_id)
            ensure_not_public_record(insight)  # an allmän handling needs a gallringsbeslut
            insight.deleted_at = self.store.clock()

    def restore(self, insight_id: str) -> InsightInfo:
        with self.store.unit_of_work() as db:
            insight = db.get(Insight, insight_id)
            if insight is None:
                raise InvalidInput(f"no insight with id {insight_id}")
            insight.deleted_at = None
            db.flush()
            return _info_of(db, insight)

    def link(self, insight_id: str, note_ids: list[str] | tuple[str, ...]) -> list[str]:
        """Link notes as evidence; return the note ids that were not linked before."""
        with self.store.unit_of_work() as db:
            get_live(db, Insight, insight_id)
            return _link(db, insight_id, note_ids)

    def unlink(self, insight_id: str, note_ids: list[str] | tuple[str, ...]) -> list[str]:
        """Remove evidence links (tombstones); return the note ids that were linked."""
        with self.store.unit_of_work() as db:
            rows = db.scalars(
                select(Evidence).where(
                    Evidence.insight_id == insight_id,
                    Evidence.note_id.in_(list(note_ids)),
                    Evidence.deleted_at.is_(None),
                )
            )
            removed = []
            for row in rows:
                row.deleted_at = self.store.clock()
                removed.append(row.note_id)
            return removed

    def evidence(self, insight_id: str) -> list[str]:
        """Return the ids of the live notes backing an insight, in link order."""
        stmt = (
            base_note_query(Note.id)
            .join(Evidence, Evidence.note_id == Note.id)
            .where(Evidence.insight_id == insight_id, Evidence.deleted_at.is_(None))
            .order_by(Evidence.created_at, Note.id)
        )
        with self.store.session() as db:
            return list(db.scalars(stmt))

    def get(self, insight_id: str) -> InsightInfo:
        with self.store.session() as db:
            return _info_of(db, get_live(db, Insight, insight_id))

    def list(self, kind: str | None = None) -> list[InsightInfo]:
        """Return the live insights (of one *kind*, if given) in their order, with breadth."""
        stmt = (
            select(Insight, Theme.name, Theme.builtin_key)
            .outerjoin(Theme, Theme.id == Insight.theme_id)
            .where(Insight.deleted_at.is_(None), Insight.project_id == self.store.project_id)
            .order_by(Insight.position, Insight.created_at)
        )
        if kind is not None:
            stmt = stmt.where(Insight.kind == kind)
        with self.store.session() as db:
            rows = list(db.execute(stmt))
            breadth = _breadths(db, [row[0].id for row in rows])
            return [_info(i, name, key, breadth.get(i.id, Breadth())) for i, name, key in rows]

    def sections(self, kind: str | None = None) -> builtins.list[InsightSection]:
        """Group insights into the kunskapsunderlag's sections (by default their themes)."""
        order: list[tuple[str, str | None]] = []
        groups: dict[tuple[str, str | None], list[InsightInfo]] = {}
        for info in self.list(kind):
            key = (info.section, None) if info.section else (info.theme_name, info.theme_key)
            if key not in groups:
                order.append(key)
                groups[key] = []
            groups[key].append(info)
        return [InsightSection(t, k, tuple(groups[(t, k)])) for t, k in order]

    def reorder(self, insight_ids: builtins.list[str]) -> None:
        """Put insights in the given order."""
        with self.store.unit_of_work() as db:
            for position, insight_id in enumerate(insight_ids):
                insight = get_live(db, Insight, insight_id)
                if insight.position != position:
                    insight.position = float(position)


def _link(db: DbSession, insight_id: str, note_ids) -> list[str]:
    wanted = list(dict.fromkeys(note_ids))
    if not wanted:
        return []
    for note_id in wanted:
        get_live(db, Note, note_id)
    existing = {
        row.note_id: row
        for row in db.scalars(
            select(Evidence).where(Evidence.insight_id == insight_id, Evidence.note_id.in_(wanted))
        )
    }
    added = []
    for note_id in wanted:
        row = existing.get(note_id)
        if row is None:
            db.add(Evidence(insight_id=insight_id, note_id=note_id))
            added.append(note_id)
        elif row.deleted_at is not None:
            row.deleted_at = None  # a link undone and redone is the same row
            added.append(note_id)
    return added


def _breadths(db: DbSession, insight_ids: list[str]) -> dict[str, Breadth]:
    if not insight_ids:
        return {}
    stmt = (
        base_note_query(
            Evidence.insight_id,
            func.count(distinct(Note.id)),
            func.count(distinct(Note.actor_id)),
            func.count(distinct(note_actor_type())),
            func.count(distinct(Note.session_id)),
        )
        .join(Evidence, Evidence.note_id == Note.id)
        .where(Evidence.deleted_at.is_(None), Evidence.insight_id.in_(insight_ids))
        .group_by(Evidence.insight_id)
    )
    return {row[0]: Breadth(*row[1:]) for row in db.execute(stmt)}


def _info_of(db: DbSession, insight: Insight) -> InsightInfo:
    theme = db.get(Theme, insight.theme_id) if insight.theme_id else None
    breadth = _breadths(db, [insight.id]).get(insight.id, Breadth())
    return _info(
        insight, theme.name if theme else "", theme.builtin_key if theme else None, breadth
    )


def _info(insight: Insight, theme_name, theme_key, breadth: Breadth) -> InsightInfo:
    return InsightInfo(
        id=insight.id,
        kind=insight.kind,
        title=insight.title,
        text=insight.text,
        theme_id=insight.theme_id,
        theme_name=theme_name or "",
        theme_key=theme_key,
        section=insight.section,
        position=insight.position,
        breadth=breadth,
    )
