"""Sticky notes on a session's board: capture, edit, attribute, move, delete and restore.

Capture is the hot path: one short unit of work per note, no reads beyond the
theme's last position, so a fast typist never waits for the file.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from regworkshop.services.errors import InvalidInput
from regworkshop.services.queries import get_live
from regworkshop.store.enums import ActorType
from regworkshop.store.models import Actor, Cluster, Note, Person, Session, Theme
from regworkshop.store.project_store import ProjectStore

ACTOR_TYPES = frozenset(t.value for t in ActorType)


@dataclass(frozen=True)
class Attribution:
    """Who a note came from: an organisation, or only the kind of organisation."""

    actor_id: str | None = None
    actor_type: str | None = None
    person_id: str | None = None


NO_ATTRIBUTION = Attribution()


@dataclass(frozen=True)
class NoteInfo:
    id: str
    session_id: str
    theme_id: str | None
    cluster_id: str | None
    text: str
    actor_id: str | None
    actor_type: str | None
    person_id: str | None
    position: float
    is_quote: bool
    votes: int
    created_at: datetime | None

    @property
    def attribution(self) -> Attribution:
        return Attribution(self.actor_id, self.actor_type, self.person_id)


@dataclass(frozen=True)
class NotePlace:
    """Where a note sits on the board (kept by commands to undo a move)."""

    note_id: str
    theme_id: str | None
    cluster_id: str | None
    position: float


def clean_note_text(text: str) -> str:
    """Return the text to store (ends trimmed, inside kept whole) or raise InvalidInput."""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise InvalidInput("an empty note is not stored")
    return text


class NoteService:
    """The notes of a session's board."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    # -- reading -------------------------------------------------------------------------------
    def list(self, session_id: str) -> list[NoteInfo]:
        """Return the session's live notes ordered by theme and position (one query, no ORM)."""
        stmt = (
            select(*_COLUMNS)
            .where(Note.session_id == session_id, Note.deleted_at.is_(None))
            .order_by(Note.theme_id, Note.position, Note.created_at)
        )
        with self.store.session() as db:
            # mypy miscounts a Row whose type has a variadic tail (SQLAlchemy types 10 columns).
            return [NoteInfo(*row) for row in db.execute(stmt)]  # type: ignore[call-arg]

    def get(self, note_id: str) -> NoteInfo:
        with self.store.session() as db:
            return _info(get_live(db, Note, note_id))

    def get_many(self, note_ids: builtins.list[str]) -> builtins.list[NoteInfo]:
        """Return the live notes among *note_ids* (tombstoned ones are left out)."""
        stmt = select(*_COLUMNS).where(Note.id.in_(note_ids), Note.deleted_at.is_(None))
        with self.store.session() as db:
            # mypy miscounts a Row whose type has a variadic tail (SQLAlchemy types 10 columns).
            return [NoteInfo(*row) for row in db.execute(stmt)]  # type: ignore[call-arg]

    # -- capture and edits ----------------------------------------------------------------------
    def capture(
        self,
        session_id: str,
        theme_id: str | None,
        text: str,
        attribution: Attribution = NO_ATTRIBUTION,
        *,
        note_id: str | None = None,
        is_quote: bool = False,
    ) -> NoteInfo:
        """Store a new note at the end of *theme_id*; committed when this returns."""
        text = clean_note_text(text)
        _check_attribution(attribution)
        with self.store.unit_of_work() as db:
            if db.get(Session, session_id) is None:
                raise InvalidInput(f"no session with id {session_id}")
            if theme_id is not None:
                get_live(db, Theme, theme_id)
            _check_attribution_rows(db, attribution)
            note = Note(
                session_id=session_id,
                theme_id=theme_id,
                text=text,
                actor_id=attribution.actor_id,
                actor_type=attribution.actor_type,
                person_id=attribution.person_id,
                position=_next_position(db, session_id, theme_id),
                is_quote=is_quote,
            )
            if note_id:
                note.id = note_id
            db.add(note)
            db.flush()
            return _info(note)

    def edit_text(self, note_id: str, text: str) -> NoteInfo:
        text = clean_note_text(text)
        with self.store.unit_of_work() as db:
            note = get_live(db, Note, note_id)
            if note.text != text:
                note.text = text
            db.flush()
            return _info(note)

    def set_quote(self, note_id: str, is_quote: bool) -> NoteInfo:
        with self.store.unit_of_work() as db:
            note = get_live(db, Note, note_id)
            note.is_quote = is_quote
            db.flush()
            return _info(note)

    def attribute(
        self, note_ids: builtins.list[str], attribution: Attribution
    ) -> builtins.list[Attribution]:
        """Set who the notes came from; return each note's previous attribution."""
        _check_attribution(attribution)
        with self.store.unit_of_work() as db:
            _check_attribution_rows(db, attribution)
            before = []
            for note_id in note_ids:
                note = get_live(db, Note, note_id)
                before.append(Attribution(note.actor_id, note.actor_type, note.person_id))
                note.actor_id = attribution.actor_id
                note.actor_type = attribution.actor_type
                note.person_id = attribution.person_id
            return before

    def restore_attributions(
        self, note_ids: builtins.list[str], attributions: builtins.list[Attribution]
    ) -> None:
        with self.store.unit_of_work() as db:
            for note_id, attribution in zip(note_ids, attributions, strict=True):
                note = get_live(db, Note, note_id)
                note.actor_id = attribution.actor_id
                note.actor_type = attribution.actor_type
                note.person_id = attribution.person_id

    # -- moving ---------------------------------------------------------------------------------
    def places(self, note_ids: builtins.list[str]) -> builtins.list[NotePlace]:
        with self.store.session() as db:
            return [_place(get_live(db, Note, note_id)) for note_id in note_ids]

    def move(
        self,
        note_ids: builtins.list[str],
        theme_id: str | None,
        before_id: str | None = None,
        *,
        cluster_id: str | None = None,
    ) -> builtins.list[NotePlace]:
        """Move notes (in order) into *theme_id* before *before_id* (None: at the end).

        Return where they were, for undo. Moved notes leave their cluster unless
        *cluster_id* (a cluster of the target theme) is given.
        """
        if not note_ids:
            return []
        with self.store.unit_of_work() as db:
            if theme_id is not None:
                get_live(db, Theme, theme_id)
            if cluster_id is not None:
                cluster = get_live(db, Cluster, cluster_id)
                if cluster.theme_id != theme_id:
                    raise InvalidInput("the cluster belongs to another theme")
            notes = [get_live(db, Note, note_id) for note_id in note_ids]
            before = [_place(n) for n in notes]
            low, high = _gap(db, notes[0].session_id, theme_id, before_id, set(note_ids))
            step = (high - low) / (len(notes) + 1)
            for number, note in enumerate(notes, start=1):
                note.theme_id = theme_id
                note.cluster_id = cluster_id
                note.position = low + step * number
            return before

    def place(self, places: builtins.list[NotePlace]) -> None:
        """Put notes back where *places* say (undo of a move)."""
        with self.store.unit_of_work() as db:
            for place in places:
                note = get_live(db, Note, place.note_id)
                note.theme_id = place.theme_id
                note.cluster_id = place.cluster_id
                note.position = place.position

    # -- deleting -------------------------------------------------------------------------------
    def delete(self, note_ids: builtins.list[str]) -> None:
        """Tombstone notes (restore brings them back)."""
        now = self.store.clock()
        with self.store.unit_of_work() as db:
            for note_id in note_ids:
                get_live(db, Note, note_id).deleted_at = now

    def restore(self, note_ids: builtins.list[str]) -> None:
        with self.store.unit_of_work() as db:
            for note_id in note_ids:
                note = db.get(Note, note_id)
                if note is None:
                    raise InvalidInput(f"no note with id {note_id}")
                note.deleted_at = None

    def count(self, session_id: str) -> int:
        stmt = select(func.count()).where(Note.session_id == session_id, Note.deleted_at.is_(None))
        with self.store.session() as db:
            return db.scalar(stmt) or 0


_COLUMNS = (
    Note.id,
    Note.session_id,
    Note.theme_id,
    Note.cluster_id,
    Note.text,
    Note.actor_id,
    Note.actor_type,
    Note.person_id,
    Note.position,
    Note.is_quote,
    Note.votes,
    Note.created_at,
)


def _info(note: Note) -> NoteInfo:
    return NoteInfo(*(getattr(note, column.key) for column in _COLUMNS))


def _place(note: Note) -> NotePlace:
    return NotePlace(note.id, note.theme_id, note.cluster_id, note.position)


def _check_attribution(attribution: Attribution) -> None:
    if attribution.actor_type is not None and attribution.actor_type not in ACTOR_TYPES:
        raise InvalidInput(f"not a kind of actor: {attribution.actor_type!r}")


def _check_attribution_rows(db: DbSession, attribution: Attribution) -> None:
    if attribution.actor_id is not None:
        get_live(db, Actor, attribution.actor_id)
    if attribution.person_id is not None:
        get_live(db, Person, attribution.person_id)


def _theme_clause(theme_id: str | None):
    return Note.theme_id.is_(None) if theme_id is None else Note.theme_id == theme_id


def _next_position(db: DbSession, session_id: str, theme_id: str | None) -> float:
    # ORDER BY … LIMIT 1 walks the (theme, position) index from the end and stops at once.
    stmt = (
        select(Note.position)
        .where(Note.session_id == session_id, _theme_clause(theme_id), Note.deleted_at.is_(None))
        .order_by(Note.position.desc())
        .limit(1)
    )
    current = db.scalar(stmt)
    return 0.0 if current is None else float(current) + 1


def _gap(
    db: DbSession, session_id: str, theme_id: str | None, before_id: str | None, moving: set[str]
) -> tuple[float, float]:
    """Return the open interval of positions where notes go before *before_id* (or at the end)."""
    scope = (
        Note.session_id == session_id,
        _theme_clause(theme_id),
        Note.deleted_at.is_(None),
        Note.id.not_in(moving),
    )
    last = select(Note.position).where(*scope).order_by(Note.position.desc()).limit(1)
    if before_id is None or before_id in moving:
        current = db.scalar(last)
        low = -1.0 if current is None else float(current)
        return low, low + 2.0
    anchor = get_live(db, Note, before_id)
    previous = db.scalar(last.where(Note.position < anchor.position))
    low = anchor.position - 1.0 if previous is None else float(previous)
    return low, anchor.position
