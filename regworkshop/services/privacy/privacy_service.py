"""Personal data: who is held and where, consent, erasure, and document status.

Erasure (the right to be forgotten) empties the person's row for good, removes
them from sessions and attributions, can redact their name where it was typed
in notes, and then scrubs the file: the full-text index is rebuilt and the WAL
folded back, so with ``secure_delete`` on the name is gone from the bytes. A
content-free tombstone stays, so an older bundle cannot bring the data back.
What is an allmän handling (public record) cannot be erased or deleted
without a gallringsbeslut, so those are refused with an explanation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import cast

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session as DbSession

from regworkshop.services.errors import InvalidInput
from regworkshop.services.privacy.records import PublicRecordProtected, ensure_not_public_record
from regworkshop.services.queries import get_live
from regworkshop.store.engine import make_engine
from regworkshop.store.enums import Consent, DocStatus
from regworkshop.store.models import Actor, Insight, Note, Participation, Person, Session
from regworkshop.store.project_store import ProjectStore

REDACTED = "[namn borttaget]"
PERSON_PII = ("name", "role", "email", "phone", "consent_how")


@dataclass(frozen=True)
class PersonPrivacy:
    id: str
    name: str
    organisation: str
    role: str
    consent_store: str
    consent_quote: str
    consent_name_org: str
    consent_date: date | None
    consent_how: str
    sessions: int
    notes: int
    mentions: int
    public_record_sessions: int


@dataclass(frozen=True)
class Mention:
    note_id: str
    session_title: str
    text: str


@dataclass(frozen=True)
class ErasureReport:
    person_id: str
    participations: int
    attributions: int
    redacted_notes: int
    flagged_notes: tuple[str, ...]
    backups_scrubbed: int


@dataclass(frozen=True)
class RecordInfo:
    """A session or insight with its document status."""

    kind: str  # "session" | "insight"
    id: str
    title: str
    when: date | None
    doc_status: str
    diarienummer: str
    retain_until: date | None


@dataclass(frozen=True)
class RecordDue:
    kind: str  # "session" | "insight"
    id: str
    title: str
    doc_status: str
    diarienummer: str
    retain_until: date


def _mention_filter(name: str, email: str):
    clauses = [Note.text.ilike(f"%{value}%") for value in (name, email) if len(value or "") >= 3]
    return or_(*clauses) if clauses else None


class PrivacyService:
    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    # -- what the project holds -------------------------------------------------
    def people(self) -> list[PersonPrivacy]:
        """Every person in the project with consent and where they appear."""
        with self.store.session() as db:
            rows = db.execute(
                select(Person, Actor.name)
                .outerjoin(Actor, Actor.id == Person.actor_id)
                .where(
                    Person.project_id == self.store.project_id,
                    Person.erased.is_(False),
                    Person.deleted_at.is_(None),
                )
                .order_by(Person.name)
            ).all()
            result = []
            for person, organisation in rows:
                sessions = (
                    db.scalar(
                        select(func.count(func.distinct(Participation.session_id))).where(
                            Participation.person_id == person.id, Participation.deleted_at.is_(None)
                        )
                    )
                    or 0
                )
                notes = (
                    db.scalar(
                        select(func.count()).where(
                            Note.person_id == person.id, Note.deleted_at.is_(None)
                        )
                    )
                    or 0
                )
                clause = _mention_filter(person.name, person.email)
                mentions = 0
                if clause is not None:
                    mentions = (
                        db.scalar(select(func.count()).where(clause, Note.deleted_at.is_(None)))
                        or 0
                    )
                result.append(
                    PersonPrivacy(
                        person.id,
                        person.name,
                        organisation or "",
                        person.role,
                        person.consent_store,
                        person.consent_quote,
                        person.consent_name_org,
                        person.consent_date,
                        person.consent_how,
                        sessions,
                        notes,
                        mentions,
                        len(self._public_sessions(db, person.id)),
                    )
                )
            return result

    def mentions(self, person_id: str) -> list[Mention]:
        """Notes whose text names the person (to review before export or erasure)."""
        with self.store.session() as db:
            person = get_live(db, Person, person_id)
            clause = _mention_filter(person.name, person.email)
            if clause is None:
                return []
            rows = db.execute(
                select(Note.id, Session.title, Note.text)
                .join(Session, Session.id == Note.session_id)
                .where(clause, Note.deleted_at.is_(None))
                .order_by(Session.title, Note.position)
            ).all()
            return [Mention(*row) for row in rows]

    def set_consent(
        self,
        person_id: str,
        *,
        store: str,
        quote: str,
        name_org: str,
        given_on: date | None,
        how: str,
    ) -> None:
        """Record what the person has agreed to, when and how."""
        allowed = {c.value for c in Consent}
        if not {store, quote, name_org} <= allowed:
            raise InvalidInput("consent must be given, refused or unknown")
        with self.store.unit_of_work() as db:
            person = get_live(db, Person, person_id)
            person.consent_store, person.consent_quote = store, quote
            person.consent_name_org, person.consent_date = name_org, given_on
            person.consent_how = how.strip()

    # -- erasure --------------------------------------------------------------
    def erase(
        self, person_id: str, *, redact_mentions: bool = True, backups: list[Path] | None = None
    ) -> ErasureReport:
        """Erase a person everywhere in the project (and in the given backup files)."""
        with self.store.unit_of_work() as db:
            blocked = self._public_sessions(db, person_id)
            if blocked:
                raise PublicRecordProtected(
                    f"The session “{blocked[0].title}”", blocked[0].diarienummer
                )
            report = _erase_in(db, person_id, redact_mentions, self.store.clock())
        scrub_file(self.store)
        scrubbed = 0
        for path in backups or []:
            if _erase_in_file(path, person_id, redact_mentions, self.store):
                scrubbed += 1
        return ErasureReport(**{**report.__dict__, "backups_scrubbed": scrubbed})

    def _public_sessions(self, db: DbSession, person_id: str) -> list[Session]:
        in_sessions = select(Participation.session_id).where(Participation.person_id == person_id)
        by_notes = select(Note.session_id).where(Note.person_id == person_id)
        return list(
            db.scalars(
                select(Session).where(
                    Session.doc_status == DocStatus.PUBLIC_RECORD,
                    or_(Session.id.in_(in_sessions), Session.id.in_(by_notes)),
                )
            )
        )

    # -- document status ------------------------------------------------------
    def set_doc_status(
        self,
        kind: str,
        row_id: str,
        status: str,
        diarienummer: str = "",
        retain_until: date | None = None,
    ) -> None:
        """Mark a session or insight as arbetsmaterial or allmän handling (with diarienummer)."""
        models: dict[str, type[Session] | type[Insight]] = {"session": Session, "insight": Insight}
        model = models.get(kind)
        if model is None or status not in {s.value for s in DocStatus}:
            raise InvalidInput(f"unknown document kind or status: {kind} {status}")
        if status == DocStatus.PUBLIC_RECORD and not diarienummer.strip():
            raise InvalidInput("an allmän handling needs its diarienummer")
        with self.store.unit_of_work() as db:
            row = get_live(db, model, row_id)
            if row.doc_status == DocStatus.PUBLIC_RECORD and status != DocStatus.PUBLIC_RECORD:
                ensure_not_public_record(row)
            row.doc_status, row.diarienummer = status, diarienummer.strip()
            if isinstance(row, Session):
                row.retain_until = retain_until

    def records(self) -> list[RecordInfo]:
        """Every session and insight with its status, diarienummer and retention date."""
        with self.store.session() as db:
            sessions = db.scalars(
                select(Session)
                .where(Session.deleted_at.is_(None), Session.project_id == self.store.project_id)
                .order_by(Session.starts_at, Session.title)
            )
            result = [
                RecordInfo(
                    "session",
                    s.id,
                    s.title,
                    s.starts_at.date() if s.starts_at else None,
                    s.doc_status,
                    s.diarienummer,
                    s.retain_until,
                )
                for s in sessions
            ]
            insights = db.scalars(
                select(Insight)
                .where(Insight.deleted_at.is_(None), Insight.project_id == self.store.project_id)
                .order_by(Insight.kind, Insight.position)
            )
            result += [
                RecordInfo("insight", i.id, i.title, None, i.doc_status, i.diarienummer, None)
                for i in insights
            ]
            return result

    def due_for_review(self, today: date) -> list[RecordDue]:
        """Sessions whose retention date has come, for review or a gallringsbeslut."""
        with self.store.session() as db:
            rows = db.scalars(
                select(Session)
                .where(
                    Session.deleted_at.is_(None),
                    Session.retain_until.is_not(None),
                    Session.retain_until <= today,
                )
                .order_by(Session.retain_until)
            )
            # The query keeps only sessions with a retention date.
            return [
                RecordDue(
                    "session",
                    s.id,
                    s.title,
                    s.doc_status,
                    s.diarienummer,
                    cast(date, s.retain_until),
                )
                for s in rows
            ]


def _erase_in(db: DbSession, person_id: str, redact: bool, now) -> ErasureReport:
    person = db.get(Person, person_id)
    if person is None:
        raise InvalidInput(f"no person with id {person_id}")
    patterns = [
        re.compile(rf"(?<!\w){re.escape(v)}(?!\w)", re.I)
        for v in (person.name, person.email)
        if len((v or "").strip()) >= 3
    ]
    participations = list(
        db.scalars(select(Participation).where(Participation.person_id == person_id))
    )
    for p in participations:
        p.person_id = None
        if p.actor_id is None:
            p.deleted_at = p.deleted_at or now
    attributed = list(db.scalars(select(Note).where(Note.person_id == person_id)))
    for note in attributed:
        note.person_id = None
    flagged, redacted = [], 0
    clause = _mention_filter(person.name, person.email)
    if clause is not None:
        for note in db.scalars(select(Note).where(clause)):
            new = note.text
            for pattern in patterns:
                new = pattern.sub(REDACTED, new)
            if new != note.text:
                flagged.append(note.id)
                if redact:
                    note.text = new
                    redacted += 1
    for field in PERSON_PII:
        setattr(person, field, "")
    person.erased = True
    person.deleted_at = person.deleted_at or now
    person.consent_date = None
    return ErasureReport(
        person_id, len(participations), len(attributed), redacted, tuple(flagged), 0
    )


def scrub_file(store: ProjectStore) -> None:
    """Rewrite the full-text index and fold the WAL in, so erased text leaves the bytes."""
    if store.engine.dialect.name != "sqlite":
        return
    with store.engine.begin() as conn:
        for fts in ("rw_fts_note", "rw_fts_insight"):
            conn.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
            conn.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")
    # VACUUM cannot run inside a transaction: use the driver connection directly
    # (the store's connections run in autocommit mode below SQLAlchemy).
    raw = store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.execute("VACUUM")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        raw.close()


def _erase_in_file(path: Path, person_id: str, redact: bool, like: ProjectStore) -> bool:
    """Apply the same erasure to a backup file; return True if the person was in it."""
    engine = make_engine(path)
    try:
        backup = ProjectStore(engine, path, like.device_id, like.clock)
        with backup.unit_of_work() as db:
            if db.get(Person, person_id) is None:
                return False
            _erase_in(db, person_id, redact, like.clock())
        scrub_file(backup)
        return True
    finally:
        engine.dispose()
