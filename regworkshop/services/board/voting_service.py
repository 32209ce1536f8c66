"""Dot voting: rounds with N dots per participant, votes per note, totals and rank."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from regworkshop.services.errors import InvalidInput
from regworkshop.services.queries import get_live, live
from regworkshop.store.enums import Attendance
from regworkshop.store.models import Note, Participation, Session, Vote, VotingRound
from regworkshop.store.project_store import ProjectStore

MAX_DOTS = 50


@dataclass(frozen=True)
class RoundInfo:
    id: str
    session_id: str
    name: str
    dots_per_participant: int
    started_at: datetime | None
    ended_at: datetime | None
    participants: int
    used: int

    @property
    def open(self) -> bool:
        return self.ended_at is None

    @property
    def budget(self) -> int:
        """All the dots the room has (0: nobody registered, no limit)."""
        return self.dots_per_participant * self.participants


@dataclass(frozen=True)
class RankedNote:
    note_id: str
    votes: int
    rank: int


class VotingService:
    """Start and end voting rounds; add and remove dots."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    def list(self, session_id: str) -> list[RoundInfo]:
        stmt = (
            live(VotingRound)
            .where(VotingRound.session_id == session_id)
            .order_by(VotingRound.started_at, VotingRound.created_at)
        )
        with self.store.session() as db:
            return [_info(db, r) for r in db.scalars(stmt)]

    def current(self, session_id: str) -> RoundInfo | None:
        """The open round, if any."""
        return next((r for r in self.list(session_id) if r.open), None)

    def start(
        self, session_id: str, name: str, dots_per_participant: int, *, round_id=None
    ) -> RoundInfo:
        name = " ".join(str(name).split())[:200]
        if not 1 <= dots_per_participant <= MAX_DOTS:
            raise InvalidInput(f"dots per participant must be 1 to {MAX_DOTS}")
        with self.store.unit_of_work() as db:
            get_live(db, Session, session_id)
            already = db.scalar(
                select(func.count()).where(
                    VotingRound.session_id == session_id,
                    VotingRound.deleted_at.is_(None),
                    VotingRound.ended_at.is_(None),
                )
            )
            if already:
                raise InvalidInput("end the open voting round first")
            row = VotingRound(
                session_id=session_id,
                name=name,
                dots_per_participant=dots_per_participant,
                started_at=self.store.clock(),
            )
            if round_id:
                row.id = round_id
            db.add(row)
            db.flush()
            return _info(db, row)

    def end(self, round_id: str) -> RoundInfo:
        with self.store.unit_of_work() as db:
            row = get_live(db, VotingRound, round_id)
            row.ended_at = self.store.clock()
            db.flush()
            return _info(db, row)

    def reopen(self, round_id: str) -> RoundInfo:
        with self.store.unit_of_work() as db:
            row = get_live(db, VotingRound, round_id)
            row.ended_at = None
            db.flush()
            return _info(db, row)

    def delete(self, round_id: str) -> None:
        """Tombstone a round (undo of start); note totals drop its votes."""
        with self.store.unit_of_work() as db:
            row = get_live(db, VotingRound, round_id)
            row.deleted_at = self.store.clock()
            db.flush()
            _retotal(db, _voted_notes(db, round_id))

    def restore(self, round_id: str) -> RoundInfo:
        with self.store.unit_of_work() as db:
            row = db.get(VotingRound, round_id)
            if row is None:
                raise InvalidInput(f"no voting round with id {round_id}")
            row.deleted_at = None
            db.flush()
            _retotal(db, _voted_notes(db, round_id))
            return _info(db, row)

    def vote(self, round_id: str, note_id: str, delta: int) -> int:
        """Add (or with a negative delta remove) dots on a note; return its count this round."""
        with self.store.unit_of_work() as db:
            row = get_live(db, VotingRound, round_id)
            if row.ended_at is not None:
                raise InvalidInput("this voting round has ended")
            note = get_live(db, Note, note_id)
            if note.session_id != row.session_id:
                raise InvalidInput("the note belongs to another session")
            vote = db.scalars(
                select(Vote).where(Vote.round_id == round_id, Vote.note_id == note_id)
            ).first()
            current = vote.count if vote is not None and vote.deleted_at is None else 0
            new = current + delta
            if new < 0:
                raise InvalidInput("the note has no dots to remove")
            info = _info(db, row)
            if delta > 0 and info.budget and info.used + delta > info.budget:
                raise InvalidInput(f"all {info.budget} dots of this round are used")
            if vote is None:
                vote = Vote(round_id=round_id, note_id=note_id, count=new)
                db.add(vote)
            else:
                vote.deleted_at = None
                vote.count = new
            db.flush()
            _retotal(db, [note_id])
            return new

    def counts(self, round_id: str) -> dict[str, int]:
        """Dots per note in a round (notes without dots are left out)."""
        stmt = select(Vote.note_id, Vote.count).where(
            Vote.round_id == round_id, Vote.deleted_at.is_(None), Vote.count > 0
        )
        with self.store.session() as db:
            return dict(db.execute(stmt).all())

    def results(self, round_id: str) -> builtins.list[RankedNote]:
        """Notes with dots, most first; equal counts share a rank (1, 2, 2, 4)."""
        ordered = sorted(self.counts(round_id).items(), key=lambda item: (-item[1], item[0]))
        ranked: list[RankedNote] = []
        for index, (note_id, votes) in enumerate(ordered):
            rank = ranked[-1].rank if ranked and ranked[-1].votes == votes else index + 1
            ranked.append(RankedNote(note_id, votes, rank))
        return ranked


def _voted_notes(db: DbSession, round_id: str) -> list[str]:
    return list(db.scalars(select(Vote.note_id).where(Vote.round_id == round_id)))


def _retotal(db: DbSession, note_ids: list[str]) -> None:
    """Keep Note.votes as the dots of every live round (through the ORM, for the stamps)."""
    for note_id in set(note_ids):
        total = db.scalar(
            select(func.coalesce(func.sum(Vote.count), 0))
            .join(VotingRound, VotingRound.id == Vote.round_id)
            .where(
                Vote.note_id == note_id,
                Vote.deleted_at.is_(None),
                VotingRound.deleted_at.is_(None),
            )
        )
        note = db.get(Note, note_id)
        if note is not None and note.votes != total:
            note.votes = int(total or 0)


def _info(db: DbSession, row: VotingRound) -> RoundInfo:
    participants = db.scalar(
        select(func.count()).where(
            Participation.session_id == row.session_id,
            Participation.deleted_at.is_(None),
            Participation.attendance != Attendance.CANCELLED,
        )
    )
    used = db.scalar(
        select(func.coalesce(func.sum(Vote.count), 0)).where(
            Vote.round_id == row.id, Vote.deleted_at.is_(None)
        )
    )
    return RoundInfo(
        id=row.id,
        session_id=row.session_id,
        name=row.name,
        dots_per_participant=row.dots_per_participant,
        started_at=row.started_at,
        ended_at=row.ended_at,
        participants=participants or 0,
        used=int(used or 0),
    )
