"""The engagement measure: computed per actor from what happened, never typed in.

An actor's engagement (0–100) adds three parts. Attendance gives up to 50
points: the share of the sessions the actor was invited to (through its own
participation records or those of its contact people) that it attended.
Notes give up to 30 points: one point for each note attributed to the actor,
full at 30 notes. Commitments give up to 20 points: 10 for each commitment
that is not dropped, full at 2. 60 and above is *high*, 30–59 *medium*,
1–29 *low*, 0 *none*.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from regworkshop.store.enums import Attendance, CommitmentStatus
from regworkshop.store.models import Actor, Commitment, Note, Participation, Person, Session
from regworkshop.store.project_store import ProjectStore

ATTENDANCE_POINTS, NOTE_POINTS, COMMITMENT_POINTS = 50, 30, 20
NOTES_FOR_FULL, COMMITMENTS_FOR_FULL = 30, 2
HIGH, MEDIUM = 60, 30


class Level:
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    NONE = "none"


@dataclass(frozen=True)
class Engagement:
    actor_id: str
    invited: int  # sessions the actor was invited to (any attendance)
    attended: int  # of those, sessions someone from the actor attended
    notes: int
    commitments: int

    @property
    def score(self) -> int:
        attendance = self.attended / self.invited if self.invited else 0.0
        notes = min(self.notes, NOTES_FOR_FULL) / NOTES_FOR_FULL
        commitments = min(self.commitments, COMMITMENTS_FOR_FULL) / COMMITMENTS_FOR_FULL
        return round(
            ATTENDANCE_POINTS * attendance + NOTE_POINTS * notes + COMMITMENT_POINTS * commitments
        )

    @property
    def level(self) -> str:
        score = self.score
        if score >= HIGH:
            return Level.HIGH
        if score >= MEDIUM:
            return Level.MEDIUM
        return Level.LOW if score > 0 else Level.NONE


class EngagementService:
    """Compute the engagement of every live actor in one pass."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    def measure(self) -> dict[str, Engagement]:
        """Return the engagement of each live actor of the project, by actor id."""
        pid = self.store.project_id
        live_session = Session.deleted_at.is_(None) & (Session.project_id == pid)
        who = func.coalesce(Participation.actor_id, Person.actor_id)
        invited: dict[str, set[str]] = defaultdict(set)
        attended: dict[str, set[str]] = defaultdict(set)
        with self.store.session() as db:
            actor_ids = list(
                db.scalars(
                    select(Actor.id).where(Actor.deleted_at.is_(None), Actor.project_id == pid)
                )
            )
            rows = db.execute(
                select(who, Participation.session_id, Participation.attendance)
                .select_from(Participation)
                .outerjoin(Person, Person.id == Participation.person_id)
                .join(Session, Session.id == Participation.session_id)
                .where(Participation.deleted_at.is_(None), live_session)
            )
            for actor_id, session_id, attendance in rows:
                if actor_id is None:
                    continue
                invited[actor_id].add(session_id)
                if attendance == Attendance.ATTENDED:
                    attended[actor_id].add(session_id)
            notes = dict(
                db.execute(
                    select(Note.actor_id, func.count())
                    .join(Session, Session.id == Note.session_id)
                    .where(Note.deleted_at.is_(None), Note.actor_id.is_not(None), live_session)
                    .group_by(Note.actor_id)
                ).all()
            )
            commitments = dict(
                db.execute(
                    select(Commitment.actor_id, func.count())
                    .where(
                        Commitment.deleted_at.is_(None),
                        Commitment.project_id == pid,
                        Commitment.actor_id.is_not(None),
                        Commitment.status != CommitmentStatus.DROPPED,
                    )
                    .group_by(Commitment.actor_id)
                ).all()
            )
        return {
            a: Engagement(
                actor_id=a,
                invited=len(invited[a]),
                attended=len(attended[a]),
                notes=notes.get(a, 0),
                commitments=commitments.get(a, 0),
            )
            for a in actor_ids
        }
