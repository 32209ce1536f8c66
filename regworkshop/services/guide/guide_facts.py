"""What the project holds, read once, for the method guide's checklist, tips and gaps.

One read-only pass over the project gathers plain facts; the rules in
``guide_service.py`` and ``gap_rules.py`` only look at these facts, so each rule
is a small pure function that tests can reason about.

*Heard* means that someone from the actor attended a session, or that a note is
attributed to the actor (or to one of its contact people). A session is *held*
when it is marked done or its start time has passed.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Executable, func, select, text

from regworkshop.store.enums import Attendance, CommitmentStatus, InsightKind
from regworkshop.store.models import (
    Actor,
    Assessment,
    AssessmentRound,
    ChecklistTick,
    Commitment,
    Evidence,
    Insight,
    Involvement,
    Note,
    Participation,
    Person,
    Project,
    Session,
)
from regworkshop.store.project_store import ProjectStore

HELD_STATUSES = ("done", "notes_checked")


@dataclass(frozen=True)
class ActorFact:
    id: str
    name: str
    actor_type: str
    municipality: str


@dataclass(frozen=True)
class SessionFact:
    id: str
    kind: str
    title: str
    starts_at: datetime | None
    created_at: datetime
    held: bool
    participants: int  # participation records not cancelled
    attended_actors: frozenset[str]  # actors someone attended for
    actor_types: frozenset[str]  # types of the actors attending or quoted in its notes


@dataclass(frozen=True)
class GuideFacts:
    now: datetime
    actors: tuple[ActorFact, ...]
    rounds: int
    assessed_in_current_round: frozenset[str]
    actors_with_plan: frozenset[str]
    sessions: tuple[SessionFact, ...]
    heard_actors: frozenset[str]
    noted_types: frozenset[str]  # actor types notes are attributed to (also without an actor)
    insights: int
    insights_with_evidence: int
    lessons: int
    commitments: int  # not dropped
    actors_with_commitments: frozenset[str]
    forum_name: str
    forum_members: int
    ticked: frozenset[str] = field(default=frozenset())

    def sessions_of(self, kind: str, *, held: bool | None = None) -> list[SessionFact]:
        return [s for s in self.sessions if s.kind == kind and (held is None or s.held == held)]


def collect_facts(store: ProjectStore, now: datetime) -> GuideFacts:
    """Read what the guide needs from the project, in one read-only session."""
    pid = store.project_id
    with store.session() as db:
        project = db.get(Project, pid)
        assert project is not None
        actors = tuple(
            ActorFact(a.id, a.name, a.actor_type, a.municipality)
            for a in db.scalars(
                select(Actor)
                .where(Actor.deleted_at.is_(None), Actor.project_id == pid)
                .order_by(Actor.name)
            )
        )
        live_ids = {a.id for a in actors}
        type_of = {a.id: a.actor_type for a in actors}
        rounds = list(
            db.scalars(
                select(AssessmentRound.id)
                .where(AssessmentRound.deleted_at.is_(None), AssessmentRound.project_id == pid)
                .order_by(AssessmentRound.held_on, AssessmentRound.created_at)
            )
        )
        assessed: set[str] = set()
        if rounds:
            assessed = set(
                db.scalars(
                    select(Assessment.actor_id).where(
                        Assessment.round_id == rounds[-1], Assessment.deleted_at.is_(None)
                    )
                )
            )
        planned = set(
            db.scalars(select(Involvement.actor_id).where(Involvement.deleted_at.is_(None)))
        )
        session_rows = list(
            db.scalars(
                select(Session).where(Session.deleted_at.is_(None), Session.project_id == pid)
            )
        )
        session_ids = {s.id for s in session_rows}
        who = func.coalesce(Participation.actor_id, Person.actor_id)
        participants: dict[str, int] = defaultdict(int)
        attended: dict[str, set[str]] = defaultdict(set)
        for session_id, actor_id, attendance in db.execute(
            select(Participation.session_id, who, Participation.attendance)
            .select_from(Participation)
            .outerjoin(Person, Person.id == Participation.person_id)
            .where(Participation.deleted_at.is_(None))
        ):
            if session_id not in session_ids or attendance == Attendance.CANCELLED:
                continue
            participants[session_id] += 1
            if attendance == Attendance.ATTENDED and actor_id in live_ids:
                attended[session_id].add(actor_id)
        noted_actors: set[str] = set()
        noted_types: set[str] = set()
        session_types: dict[str, set[str]] = defaultdict(set)
        # Two reads: notes attributed to an actor or a type (the matrix's covering index
        # holds all three columns: no note row is read), then the few notes attributed
        # to a contact person alone.
        by_note: Executable = (
            select(Note.session_id, Note.actor_id, Note.actor_type)
            .where(Note.deleted_at.is_(None))
            .distinct()
        )
        if db.get_bind().dialect.name == "sqlite":
            # SQLite's planner walks the session_id index and reads every row (~4x slower).
            by_note = text(
                "SELECT DISTINCT session_id, actor_id, actor_type "
                "FROM rw_note INDEXED BY ix_rw_note_matrix WHERE deleted_at IS NULL"
            )
        by_person = (
            select(Note.session_id, Person.actor_id, Note.actor_type)
            .join(Person, Person.id == Note.person_id)
            .where(Note.deleted_at.is_(None), Note.actor_id.is_(None))
            .distinct()
        )
        for session_id, actor_id, actor_type in [*db.execute(by_note), *db.execute(by_person)]:
            if session_id not in session_ids:
                continue
            kind = type_of.get(actor_id) if actor_id else None
            kind = kind or actor_type
            if actor_id in live_ids:
                noted_actors.add(actor_id)
            if kind:
                noted_types.add(kind)
                session_types[session_id].add(kind)
        sessions = tuple(
            SessionFact(
                id=s.id,
                kind=s.kind,
                title=s.title,
                starts_at=s.starts_at,
                created_at=s.created_at,
                held=s.status in HELD_STATUSES or (s.starts_at is not None and s.starts_at <= now),
                participants=participants[s.id],
                attended_actors=frozenset(attended[s.id]),
                actor_types=frozenset(session_types[s.id] | {type_of[a] for a in attended[s.id]}),
            )
            for s in session_rows
        )
        heard = noted_actors | set().union(*(s.attended_actors for s in sessions))
        insight_ids = dict(
            db.execute(
                select(Insight.id, Insight.kind).where(
                    Insight.deleted_at.is_(None), Insight.project_id == pid
                )
            ).all()
        )
        evidenced = set(
            db.scalars(
                select(Evidence.insight_id).where(
                    Evidence.deleted_at.is_(None), Evidence.insight_id.in_(list(insight_ids))
                )
            )
        )
        commitment_rows = db.execute(
            select(Commitment.actor_id).where(
                Commitment.deleted_at.is_(None),
                Commitment.project_id == pid,
                Commitment.status != CommitmentStatus.DROPPED,
            )
        ).all()
        ticked = frozenset(
            db.scalars(
                select(ChecklistTick.item_key).where(
                    ChecklistTick.deleted_at.is_(None),
                    ChecklistTick.project_id == pid,
                    ChecklistTick.ticked.is_(True),
                )
            )
        )
        members = [m for m in member_ids(project.forum_members) if m in live_ids]
        return GuideFacts(
            now=now,
            actors=actors,
            rounds=len(rounds),
            assessed_in_current_round=frozenset(assessed & live_ids),
            actors_with_plan=frozenset(planned & live_ids),
            sessions=sessions,
            heard_actors=frozenset(heard),
            noted_types=frozenset(noted_types),
            insights=sum(1 for k in insight_ids.values() if k == InsightKind.INSIGHT),
            insights_with_evidence=sum(
                1 for i, k in insight_ids.items() if k == InsightKind.INSIGHT and i in evidenced
            ),
            lessons=sum(1 for k in insight_ids.values() if k == InsightKind.LESSON),
            commitments=len(commitment_rows),
            actors_with_commitments=frozenset(
                a for (a,) in commitment_rows if a is not None and a in live_ids
            ),
            forum_name=project.forum_name.strip(),
            forum_members=len(members),
            ticked=ticked,
        )


def member_ids(raw: str | None) -> list[str]:
    """Parse the platform's member list (tolerating an empty or damaged value)."""
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return []
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
