"""What a .qdpx export reads: the project's live rows, read in one session, as plain rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from regworkshop.store.models import (
    Actor,
    AgendaItem,
    Cluster,
    Evidence,
    Insight,
    Note,
    Person,
    Project,
    Session,
    Theme,
)
from regworkshop.store.project_store import ProjectStore


@dataclass(frozen=True)
class ProjectRow:
    title: str
    description: str
    created_at: datetime


@dataclass(frozen=True)
class ThemeRow:
    id: str
    name: str
    builtin_key: str | None
    colour: str


@dataclass(frozen=True)
class ClusterRow:
    id: str
    theme_id: str
    name: str


@dataclass(frozen=True)
class SessionRow:
    id: str
    title: str
    kind: str
    starts_at: datetime | None
    place: str
    created_at: datetime


@dataclass(frozen=True)
class AgendaItemRow:
    id: str
    session_id: str
    title: str


@dataclass(frozen=True)
class NoteRow:
    id: str
    session_id: str
    theme_id: str | None
    cluster_id: str | None
    agenda_item_id: str | None
    text: str
    actor_id: str | None
    actor_type: str | None
    person_id: str | None
    is_quote: bool
    created_at: datetime


@dataclass(frozen=True)
class ActorRow:
    id: str
    name: str
    actor_type: str | None
    municipality: str


@dataclass(frozen=True)
class PersonRow:
    id: str
    name: str
    actor_id: str | None
    erased: bool
    consent_store: str
    consent_quote: str
    consent_name_org: str


@dataclass(frozen=True)
class InsightRow:
    id: str
    kind: str
    section: str
    title: str
    text: str


@dataclass(frozen=True)
class QdpxRows:
    """The live rows a .qdpx export maps, in the order the export shows them."""

    project: ProjectRow
    themes: tuple[ThemeRow, ...]
    clusters: tuple[ClusterRow, ...]
    sessions: tuple[SessionRow, ...]
    items: tuple[AgendaItemRow, ...]
    notes: tuple[NoteRow, ...]
    actors: tuple[ActorRow, ...]
    people: tuple[PersonRow, ...]
    insights: tuple[InsightRow, ...]
    evidence: tuple[tuple[str, str], ...]  # (insight id, note id)


def read_qdpx_rows(store: ProjectStore) -> QdpxRows:
    """Read every live row a .qdpx export holds, in one session."""
    pid = store.project_id
    with store.session() as db:
        project = db.get(Project, pid)
        assert project is not None
        themes = db.scalars(
            select(Theme)
            .where(Theme.project_id == pid, Theme.deleted_at.is_(None))
            .order_by(Theme.session_id.is_not(None), Theme.position, Theme.created_at)
        )
        clusters = db.scalars(
            select(Cluster).where(Cluster.deleted_at.is_(None)).order_by(Cluster.position)
        )
        sessions = db.scalars(
            select(Session)
            .where(Session.project_id == pid, Session.deleted_at.is_(None))
            .order_by(Session.starts_at, Session.title, Session.id)
        )
        items = db.scalars(
            select(AgendaItem)
            .where(AgendaItem.deleted_at.is_(None))
            .order_by(AgendaItem.position, AgendaItem.id)
        )
        notes = db.execute(
            select(
                Note.id,
                Note.session_id,
                Note.theme_id,
                Note.cluster_id,
                Note.agenda_item_id,
                Note.text,
                Note.actor_id,
                Note.actor_type,
                Note.person_id,
                Note.is_quote,
                Note.created_at,
            )
            .where(Note.deleted_at.is_(None))
            .order_by(Note.position, Note.created_at, Note.id)
        )
        actors = db.scalars(
            select(Actor)
            .where(Actor.project_id == pid, Actor.deleted_at.is_(None))
            .order_by(Actor.name, Actor.id)
        )
        people = db.scalars(
            select(Person)
            .where(Person.project_id == pid, Person.deleted_at.is_(None))
            .order_by(Person.created_at, Person.id)
        )
        insights = db.scalars(
            select(Insight)
            .where(Insight.project_id == pid, Insight.deleted_at.is_(None))
            .order_by(Insight.kind, Insight.position, Insight.id)
        )
        evidence = db.execute(
            select(Evidence.insight_id, Evidence.note_id).where(Evidence.deleted_at.is_(None))
        )
        return QdpxRows(
            project=ProjectRow(project.title, project.description, project.created_at),
            themes=tuple(ThemeRow(t.id, t.name, t.builtin_key, t.colour) for t in themes),
            clusters=tuple(ClusterRow(c.id, c.theme_id, c.name) for c in clusters),
            sessions=tuple(
                SessionRow(s.id, s.title, s.kind, s.starts_at, s.place, s.created_at)
                for s in sessions
            ),
            items=tuple(AgendaItemRow(i.id, i.session_id, i.title) for i in items),
            notes=tuple(NoteRow(*n) for n in notes),
            actors=tuple(ActorRow(a.id, a.name, a.actor_type, a.municipality) for a in actors),
            people=tuple(
                PersonRow(
                    p.id,
                    p.name,
                    p.actor_id,
                    p.erased,
                    p.consent_store,
                    p.consent_quote,
                    p.consent_name_org,
                )
                for p in people
            ),
            insights=tuple(InsightRow(i.id, i.kind, i.section, i.title, i.text) for i in insights),
            evidence=tuple((insight_id, note_id) for insight_id, note_id in evidence),
        )
