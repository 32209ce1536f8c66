"""Sessions: workshops, interviews, kickoffs and the method's other meetings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from regworkshop.services.errors import InvalidInput, NotFound
from regworkshop.services.privacy.records import ensure_not_public_record
from regworkshop.services.queries import get_live
from regworkshop.store.enums import SessionKind
from regworkshop.store.models import AgendaItem, Participation, Person, Session
from regworkshop.store.project_store import ProjectStore

MAX_TITLE = 300
MAX_PLANNED_MINUTES = 24 * 60
_TEXT_LIMITS = {"place": 300, "facilitator": 200, "note_taker": 200, "purpose": 10000}
EDITABLE = ("kind", "title", "starts_at", "planned_minutes", *_TEXT_LIMITS)
KINDS = tuple(k.value for k in SessionKind)


@dataclass(frozen=True)
class SessionInfo:
    """One session's details."""

    id: str
    kind: str
    title: str
    starts_at: datetime | None
    planned_minutes: int | None
    place: str
    facilitator: str
    note_taker: str
    purpose: str
    status: str

    @property
    def planned_end(self) -> datetime | None:
        if self.starts_at is None or self.planned_minutes is None:
            return None
        return self.starts_at + timedelta(minutes=self.planned_minutes)

    def values(self) -> dict[str, object]:
        """Return the editable fields (what an undo puts back)."""
        return {name: getattr(self, name) for name in EDITABLE}


@dataclass(frozen=True)
class SessionRow:
    """A session as the session list shows it."""

    id: str
    kind: str
    title: str
    starts_at: datetime | None
    planned_minutes: int | None
    place: str
    participants: int
    items: int


def clean_title(title: str) -> str:
    """Return a session title with tidy spaces, or raise InvalidInput."""
    title = " ".join(str(title).split())
    if not title:
        raise InvalidInput("a session needs a title")
    if len(title) > MAX_TITLE:
        raise InvalidInput(f"a session title can be at most {MAX_TITLE} characters")
    return title


def _clean(name: str, value: object) -> object:
    if name == "title":
        return clean_title(str(value))
    if name == "kind":
        if value not in KINDS:
            raise InvalidInput(f"not a kind of session: {value!r}")
        return str(value)
    if name == "starts_at":
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise InvalidInput("a session's start needs a date, a time and a time zone")
        return value.astimezone(UTC)
    if name == "planned_minutes":
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInput("a session's planned length is a whole number of minutes")
        if not 1 <= value <= MAX_PLANNED_MINUTES:
            raise InvalidInput(f"a session lasts 1 to {MAX_PLANNED_MINUTES} minutes")
        return value
    if name in _TEXT_LIMITS:
        text = str(value).strip()
        if len(text) > _TEXT_LIMITS[name]:
            raise InvalidInput(
                f"the {name.replace('_', ' ')} can be at most {_TEXT_LIMITS[name]} characters"
            )
        return text
    raise InvalidInput(f"a session has no field {name!r}")


class SessionService:
    """Create, edit, list and delete sessions."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    def list(
        self,
        *,
        kind: str | None = None,
        starts_from: datetime | None = None,
        starts_before: datetime | None = None,
        actor_id: str | None = None,
    ) -> list[SessionRow]:
        """Return sessions by date (undated last), filtered by kind, date range and actor.

        A date filter leaves out undated sessions; the actor filter keeps sessions
        where the actor, or one of its people, takes part.
        """
        stmt = select(Session).where(
            Session.deleted_at.is_(None), Session.project_id == self.store.project_id
        )
        if kind:
            stmt = stmt.where(Session.kind == kind)
        if starts_from is not None:
            stmt = stmt.where(Session.starts_at >= starts_from.astimezone(UTC))
        if starts_before is not None:
            stmt = stmt.where(Session.starts_at < starts_before.astimezone(UTC))
        if actor_id:
            takes_part = (
                select(Participation.session_id)
                .outerjoin(Person, Person.id == Participation.person_id)
                .where(
                    Participation.deleted_at.is_(None),
                    (Participation.actor_id == actor_id) | (Person.actor_id == actor_id),
                )
            )
            stmt = stmt.where(Session.id.in_(takes_part))
        with self.store.session() as db:
            sessions = list(db.scalars(stmt))
            ids = [s.id for s in sessions]
            people = _counts(db, Participation, Participation.session_id, ids)
            items = _counts(db, AgendaItem, AgendaItem.session_id, ids)
        far = datetime.max.replace(tzinfo=UTC)
        sessions.sort(key=lambda s: (s.starts_at or far, s.title.casefold()))
        return [
            SessionRow(
                id=s.id,
                kind=s.kind,
                title=s.title,
                starts_at=s.starts_at,
                planned_minutes=s.planned_minutes,
                place=s.place,
                participants=people.get(s.id, 0),
                items=items.get(s.id, 0),
            )
            for s in sessions
        ]

    def get(self, session_id: str) -> SessionInfo:
        """Return one session."""
        with self.store.session() as db:
            return _info(self._get(db, session_id))

    def find(self, key: str) -> SessionInfo:
        """Return the session whose id is *key* or starts with it (at least 4 characters)."""
        key = key.strip()
        with self.store.session() as db:
            session = db.get(Session, key)
            if session is not None and session.deleted_at is None:
                return _info(session)
            if len(key) >= 4:
                found = list(
                    db.scalars(
                        select(Session).where(
                            Session.deleted_at.is_(None),
                            Session.project_id == self.store.project_id,
                            Session.id.startswith(key, autoescape=True),
                        )
                    )
                )
                if len(found) == 1:
                    return _info(found[0])
                if len(found) > 1:
                    raise InvalidInput(f"{len(found)} sessions have ids starting with {key}")
        raise NotFound("session", key)

    def create(
        self,
        title: str,
        kind: str = SessionKind.WORKSHOP,
        *,
        session_id: str | None = None,
        **fields,
    ) -> SessionInfo:
        """Add a session (other fields as keyword arguments: starts_at, place …)."""
        values = {"title": title, "kind": str(kind), **fields}
        clean = {name: _clean(name, value) for name, value in values.items()}
        with self.store.unit_of_work() as db:
            session = Session(project_id=self.store.project_id, **clean)
            if session_id:
                session.id = session_id
            db.add(session)
            db.flush()
            return _info(session)

    def update(self, session_id: str, **changes) -> SessionInfo:
        """Change some of a session's fields."""
        clean = {name: _clean(name, value) for name, value in changes.items()}
        with self.store.unit_of_work() as db:
            session = self._get(db, session_id)
            for name, value in clean.items():
                if getattr(session, name) != value:
                    setattr(session, name, value)
            db.flush()
            return _info(session)

    def delete(self, session_id: str) -> None:
        """Tombstone a session (its agenda, notes and participants stay with it for undo)."""
        with self.store.unit_of_work() as db:
            session = self._get(db, session_id)
            ensure_not_public_record(session)
            session.deleted_at = self.store.clock()

    def restore(self, session_id: str) -> SessionInfo:
        """Bring back a deleted session."""
        with self.store.unit_of_work() as db:
            session = db.get(Session, session_id)
            if session is None or session.project_id != self.store.project_id:
                raise NotFound("session", session_id)
            session.deleted_at = None
            db.flush()
            return _info(session)

    def _get(self, db: DbSession, session_id: str) -> Session:
        session = get_live(db, Session, session_id)
        if session.project_id != self.store.project_id:
            raise NotFound("session", session_id)
        return session


def _counts(db: DbSession, model, column, ids: list[str]) -> dict[str, int]:
    if not ids:
        return {}
    stmt = (
        select(column, func.count())
        .where(column.in_(ids), model.deleted_at.is_(None))
        .group_by(column)
    )
    return dict(db.execute(stmt).all())


def _info(session: Session) -> SessionInfo:
    return SessionInfo(
        id=session.id,
        kind=session.kind,
        title=session.title,
        starts_at=session.starts_at,
        planned_minutes=session.planned_minutes,
        place=session.place,
        facilitator=session.facilitator,
        note_taker=session.note_taker,
        purpose=session.purpose,
        status=session.status,
    )
