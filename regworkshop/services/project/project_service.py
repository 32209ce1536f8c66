"""Create, open and describe projects: the use cases of the File menu and `info`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from regworkshop import paths
from regworkshop.services.errors import InvalidInput
from regworkshop.services.themes.theme_service import ThemeService
from regworkshop.store.base import Synced, utcnow
from regworkshop.store.enums import InsightKind, MethodPhase, SessionKind
from regworkshop.store.models import (
    Actor,
    Assessment,
    AssessmentRound,
    Commitment,
    Insight,
    Note,
    Person,
    Project,
    Session,
    Theme,
)
from regworkshop.store.project_store import Clock, ProjectStore, create_project, open_project


def new_project(
    target: str | Path,
    title: str,
    *,
    device_id: str,
    language: str = "sv",
    clock: Clock = utcnow,
) -> ProjectStore:
    """Create a project file with the method's default themes, and return it open."""
    store = create_project(target, title, device_id=device_id, language=language, clock=clock)
    ThemeService(store).create_defaults(language)
    return store


def load_project(
    target: str | Path, *, device_id: str, backup_dir: Path | None = None, clock: Clock = utcnow
) -> ProjectStore:
    """Open an existing project, migrating a copy-protected older file if needed."""
    return open_project(
        target, device_id=device_id, backup_dir=backup_dir or paths.backups_dir(), clock=clock
    )


@dataclass(frozen=True)
class SessionBrief:
    id: str
    kind: str
    title: str
    starts_at: datetime | None


@dataclass(frozen=True)
class PhaseCount:
    """One line of the method overview: e.g. ('workshops', 2) in phase 'conduct'."""

    key: str
    count: int


@dataclass(frozen=True)
class PhaseSummary:
    phase: MethodPhase
    items: tuple[PhaseCount, ...]

    @property
    def started(self) -> bool:
        return any(item.count for item in self.items)


@dataclass(frozen=True)
class ProjectOverview:
    project_id: str
    title: str
    description: str
    language: str
    counts: dict[str, int]
    phases: tuple[PhaseSummary, ...]
    sessions: tuple[SessionBrief, ...] = field(default=())

    def as_json(self) -> dict:
        """Return the stable machine-readable form printed by `regworkshop info --json`."""
        keys = ("actors", "people", "sessions", "notes", "insights", "themes")
        return {
            "format": "regworkshop-info/1",
            "id": self.project_id,
            "title": self.title,
            "counts": {k: self.counts[k] for k in keys},
            "sessions": [
                {
                    "id": s.id,
                    "kind": s.kind,
                    "title": s.title,
                    "date": s.starts_at.date().isoformat() if s.starts_at else None,
                }
                for s in self.sessions
            ],
        }


# Which counts belong to which phase of the method, in the order shown.
PHASE_ITEMS: dict[MethodPhase, tuple[str, ...]] = {
    MethodPhase.PREPARE: ("actors", "people", "actors_assessed", "municipality_meetings"),
    MethodPhase.CONDUCT: (
        "reference_group_meetings",
        "kickoffs",
        "workshops",
        "interviews",
        "notes",
    ),
    MethodPhase.COMPILE: ("themes", "insights"),
    MethodPhase.FOLLOW_UP: ("commitments", "assessment_rounds"),
    MethodPhase.LESSONS: ("internal_evaluations", "lessons"),
}

_KIND_COUNTS = {
    "municipality_meetings": SessionKind.MUNICIPALITY_MEETING,
    "reference_group_meetings": SessionKind.REFERENCE_GROUP,
    "kickoffs": SessionKind.KICKOFF,
    "workshops": SessionKind.WORKSHOP,
    "interviews": SessionKind.INTERVIEW,
    "internal_evaluations": SessionKind.INTERNAL_EVALUATION,
}


def _count(db: DbSession, model: type[Synced], *where) -> int:
    stmt = select(func.count()).select_from(model).where(model.deleted_at.is_(None), *where)
    return db.scalar(stmt) or 0


def overview(store: ProjectStore) -> ProjectOverview:
    """Count what the project holds, phase by phase of the method."""
    pid = store.project_id
    with store.session() as db:
        project = db.get(Project, pid)
        assert project is not None
        live_sessions = Session.deleted_at.is_(None)
        kind_counts = dict(
            db.execute(
                select(Session.kind, func.count())
                .where(live_sessions, Session.project_id == pid)
                .group_by(Session.kind)
            ).all()
        )
        assessed = db.scalar(
            select(func.count(func.distinct(Assessment.actor_id)))
            .join(AssessmentRound, AssessmentRound.id == Assessment.round_id)
            .join(Actor, Actor.id == Assessment.actor_id)
            .where(
                Assessment.deleted_at.is_(None),
                AssessmentRound.deleted_at.is_(None),
                Actor.deleted_at.is_(None),
                AssessmentRound.project_id == pid,
            )
        )
        note_count = db.scalar(
            select(func.count())
            .select_from(Note)
            .join(Session, Session.id == Note.session_id)
            .where(Note.deleted_at.is_(None), live_sessions, Session.project_id == pid)
        )
        counts = {
            "actors": _count(db, Actor, Actor.project_id == pid),
            "people": _count(db, Person, Person.project_id == pid, Person.erased.is_(False)),
            "actors_assessed": assessed or 0,
            "sessions": sum(kind_counts.values()),
            "notes": note_count or 0,
            "themes": _count(db, Theme, Theme.project_id == pid, Theme.session_id.is_(None)),
            "insights": _count(
                db, Insight, Insight.project_id == pid, Insight.kind == InsightKind.INSIGHT
            ),
            "lessons": _count(
                db, Insight, Insight.project_id == pid, Insight.kind == InsightKind.LESSON
            ),
            "commitments": _count(db, Commitment, Commitment.project_id == pid),
            "assessment_rounds": _count(db, AssessmentRound, AssessmentRound.project_id == pid),
        }
        for key, kind in _KIND_COUNTS.items():
            counts[key] = kind_counts.get(kind.value, 0)
        sessions = tuple(
            SessionBrief(s.id, s.kind, s.title, s.starts_at)
            for s in db.scalars(
                select(Session)
                .where(live_sessions, Session.project_id == pid)
                .order_by(Session.starts_at, Session.title)
            )
        )
        phases = tuple(
            PhaseSummary(phase, tuple(PhaseCount(k, counts[k]) for k in keys))
            for phase, keys in PHASE_ITEMS.items()
        )
        return ProjectOverview(
            project_id=pid,
            title=project.title,
            description=project.description,
            language=project.language,
            counts=counts,
            phases=phases,
            sessions=sessions,
        )


def project_language(store: ProjectStore) -> str:
    """Return the language the project's content is written in ('sv' or 'en')."""
    with store.session() as db:
        project = db.get(Project, store.project_id)
        return "en" if project is not None and project.language == "en" else "sv"


def rename_project(store: ProjectStore, title: str) -> None:
    """Change the project's title."""
    title = " ".join(title.split())
    if not title:
        raise InvalidInput("a project needs a title")
    with store.unit_of_work() as db:
        project = db.get(Project, store.project_id)
        assert project is not None
        project.title = title
