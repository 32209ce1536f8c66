"""Interviews: sessions of kind interview with an interviewee, consent, a guide and notes.

Notes taken in an interview are ordinary notes (the same entity as on the
board), attributed to the interviewee's actor and person, so the knowledge
base sees interviews and workshops alike.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from regworkshop.services.errors import InvalidInput
from regworkshop.services.privacy.consent_rules import ConsentAnswers
from regworkshop.services.queries import get_live
from regworkshop.store.enums import Consent, ParticipantRole, SessionKind
from regworkshop.store.models import Actor, AgendaItem, Note, Participation, Person, Session

STATUSES = ("planned", "done", "notes_checked")
CONSENT_FIELDS = ("consent_store", "consent_quote", "consent_name_org")
MAX_NOTE = 20_000
NOTE_FIELDS = ("text", "theme_id", "is_quote", "elapsed_minutes", "agenda_item_id")


@dataclass(frozen=True)
class InterviewRow:
    id: str
    title: str
    starts_at: datetime | None
    status: str
    person_id: str | None
    person_name: str
    actor_id: str | None
    actor_name: str
    actor_type: str | None
    municipality: str
    notes: int
    consent: ConsentAnswers
    place: str = ""
    interviewer: str = ""
    note_taker: str = ""


@dataclass(frozen=True)
class GuideQuestion:
    id: str
    title: str
    question: str


@dataclass(frozen=True)
class InterviewNote:
    id: str
    text: str
    theme_id: str | None
    is_quote: bool
    elapsed_minutes: float | None
    agenda_item_id: str | None
    position: float

    def values(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in NOTE_FIELDS}


def _clean_note(name: str, value: Any) -> object:
    if name == "text":
        text = str(value)
        if len(text) > MAX_NOTE:
            raise InvalidInput(f"a note can be at most {MAX_NOTE} characters")
        return text
    if name == "is_quote":
        return bool(value)
    if name == "elapsed_minutes":
        if value is None:
            return None
        minutes = float(value)
        if not 0 <= minutes <= 24 * 60:
            raise InvalidInput("elapsed time is 0 to 1440 minutes into the interview")
        return minutes
    if name in ("theme_id", "agenda_item_id"):
        return value or None
    raise InvalidInput(f"a note has no field {name!r}")


class InterviewService:
    """List interviews, record consent and status, and take notes."""

    def __init__(self, store) -> None:
        self.store = store

    def list(
        self,
        *,
        actor_types: tuple[str, ...] = (),
        municipalities: tuple[str, ...] = (),
        statuses: tuple[str, ...] = (),
    ) -> list[InterviewRow]:
        """Return the interviews, newest first, narrowed by the interviewee's actor."""
        with self.store.session() as db:
            sessions = list(
                db.scalars(
                    select(Session)
                    .where(
                        Session.deleted_at.is_(None),
                        Session.project_id == self.store.project_id,
                        Session.kind == SessionKind.INTERVIEW,
                    )
                    .order_by(Session.starts_at.desc(), Session.title)
                )
            )
            counts = dict(
                db.execute(
                    select(Note.session_id, func.count())
                    .where(Note.deleted_at.is_(None))
                    .group_by(Note.session_id)
                ).all()
            )
            rows = [_row(db, s, counts.get(s.id, 0)) for s in sessions]
        return [
            r
            for r in rows
            if (not actor_types or r.actor_type in actor_types)
            and (not municipalities or r.municipality in municipalities)
            and (not statuses or r.status in statuses)
        ]

    def get(self, session_id: str) -> InterviewRow:
        with self.store.session() as db:
            session = get_live(db, Session, session_id)
            count = db.scalar(
                select(func.count()).where(Note.session_id == session_id, Note.deleted_at.is_(None))
            )
            return _row(db, session, count or 0)

    def guide(self, session_id: str) -> builtins.list[GuideQuestion]:
        """The interview guide: the session's agenda items, in order."""
        with self.store.session() as db:
            items = db.scalars(
                select(AgendaItem)
                .where(AgendaItem.session_id == session_id, AgendaItem.deleted_at.is_(None))
                .order_by(AgendaItem.position)
            )
            return [GuideQuestion(i.id, i.title, i.framing_question) for i in items]

    def set_status(self, session_id: str, status: str) -> str:
        """Set an interview's status; return the previous one."""
        if status not in STATUSES:
            raise InvalidInput(f"not an interview status: {status!r}")
        with self.store.unit_of_work() as db:
            session = get_live(db, Session, session_id)
            before = session.status
            session.status = status
            return before if before in STATUSES else "planned"

    def set_consent(self, person_id: str, field: str, value: str) -> str:
        """Record one consent answer of a person; return the previous answer."""
        if field not in CONSENT_FIELDS:
            raise InvalidInput(f"not a consent question: {field!r}")
        if value not in tuple(c.value for c in Consent):
            raise InvalidInput(f"unknown consent {value!r} (given, refused or unknown)")
        with self.store.unit_of_work() as db:
            person = get_live(db, Person, person_id)
            before = getattr(person, field)
            setattr(person, field, value)
            return before

    def notes(self, session_id: str) -> builtins.list[InterviewNote]:
        with self.store.session() as db:
            rows = db.scalars(
                select(Note)
                .where(Note.session_id == session_id, Note.deleted_at.is_(None))
                .order_by(Note.position, Note.created_at)
            )
            return [_note(n) for n in rows]

    def add_note(self, session_id: str, note_id: str | None = None, **values) -> InterviewNote:
        """Add a note at the end, attributed to the interviewee's actor and person."""
        clean = {name: _clean_note(name, value) for name, value in values.items()}
        clean.setdefault("text", "")
        with self.store.unit_of_work() as db:
            get_live(db, Session, session_id)
            part = _interviewee(db, session_id)
            actor = db.get(Actor, part.actor_id) if part and part.actor_id else None
            top = db.scalar(select(func.max(Note.position)).where(Note.session_id == session_id))
            note = Note(
                session_id=session_id,
                actor_id=actor.id if actor else None,
                actor_type=actor.actor_type if actor else None,
                person_id=part.person_id if part else None,
                position=0.0 if top is None else float(top) + 1,
                **clean,
            )
            if note_id:
                existing = db.get(Note, note_id)
                if existing is not None:  # redo of an undone add: bring the same note back
                    existing.deleted_at = None
                    for name, value in clean.items():
                        setattr(existing, name, value)
                    db.flush()
                    return _note(existing)
                note.id = note_id
            db.add(note)
            db.flush()
            return _note(note)

    def update_note(self, note_id: str, **changes) -> InterviewNote:
        clean = {name: _clean_note(name, value) for name, value in changes.items()}
        with self.store.unit_of_work() as db:
            note = get_live(db, Note, note_id)
            for name, value in clean.items():
                if getattr(note, name) != value:
                    setattr(note, name, value)
            db.flush()
            return _note(note)

    def delete_note(self, note_id: str) -> None:
        with self.store.unit_of_work() as db:
            get_live(db, Note, note_id).deleted_at = self.store.clock()

    def restore_note(self, note_id: str) -> None:
        with self.store.unit_of_work() as db:
            note = db.get(Note, note_id)
            if note is None:
                raise InvalidInput(f"no note with id {note_id}")
            note.deleted_at = None


def _interviewee(db: DbSession, session_id: str) -> Participation | None:
    return db.scalars(
        select(Participation)
        .where(
            Participation.session_id == session_id,
            Participation.deleted_at.is_(None),
            Participation.role == ParticipantRole.INTERVIEWEE,
        )
        .order_by(Participation.created_at)
    ).first()


def _row(db: DbSession, session: Session, notes: int) -> InterviewRow:
    part = _interviewee(db, session.id)
    person = db.get(Person, part.person_id) if part and part.person_id else None
    actor_id = part.actor_id if part else None
    if actor_id is None and person is not None:
        actor_id = person.actor_id
    actor = db.get(Actor, actor_id) if actor_id else None
    consent = (
        ConsentAnswers(person.consent_store, person.consent_quote, person.consent_name_org)
        if person
        else ConsentAnswers()
    )
    return InterviewRow(
        id=session.id,
        title=session.title,
        starts_at=session.starts_at,
        status=session.status if session.status in STATUSES else "planned",
        person_id=person.id if person else None,
        person_name=person.name if person and not person.erased else "",
        actor_id=actor.id if actor else None,
        actor_name=actor.name if actor else "",
        actor_type=actor.actor_type if actor else None,
        municipality=actor.municipality if actor else "",
        notes=notes,
        consent=consent,
        place=session.place,
        interviewer=session.facilitator,
        note_taker=session.note_taker,
    )


def _note(note: Note) -> InterviewNote:
    return InterviewNote(
        id=note.id,
        text=note.text,
        theme_id=note.theme_id,
        is_quote=note.is_quote,
        elapsed_minutes=note.elapsed_minutes,
        agenda_item_id=note.agenda_item_id,
        position=note.position,
    )
