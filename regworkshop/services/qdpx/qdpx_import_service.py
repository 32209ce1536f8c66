"""Import a .qdpx into the open project: all of the plan in one transaction, or nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from regworkshop import paths
from regworkshop.services.qdpx.qdpx_format import QdpxError
from regworkshop.services.qdpx.qdpx_import_plan import ImportPlan, plan_import
from regworkshop.services.qdpx.qdpx_reader import read_qdpx
from regworkshop.store import project_file
from regworkshop.store.enums import SessionKind
from regworkshop.store.models import (
    Actor,
    Cluster,
    Evidence,
    Insight,
    Note,
    Session,
    Theme,
)
from regworkshop.store.project_store import ProjectStore

Progress = Callable[[int, int], None]
CHUNK = 500


@dataclass(frozen=True)
class QdpxImported:
    themes: int
    actors: int
    sessions: int
    clusters: int
    notes: int
    insights: int
    evidence: int
    backup: str | None


class QdpxImportService:
    """Preview and import REFI-QDA projects."""

    def __init__(self, store: ProjectStore, backup_dir: Path | None = None) -> None:
        self.store = store
        self.backup_dir = backup_dir

    def preview(self, path: Path, kind: str = SessionKind.INTERVIEW) -> ImportPlan:
        """Read and check *path* and plan its import, changing nothing."""
        return plan_import(self.store, read_qdpx(Path(path)), kind)

    def apply(self, plan: ImportPlan, progress: Progress | None = None) -> QdpxImported:
        """Write the plan in one unit of work, after a backup of a file project."""
        backup = None
        if plan.changes_anything and self.store.path is not None:
            target = project_file.backup_path(
                self.backup_dir or paths.backups_dir(), self.store.path, "before-qdpx-import"
            )
            backup = str(project_file.backup_file(self.store.path, target))
        pid = self.store.project_id
        total = len(plan.notes) + 1
        with self.store.unit_of_work() as db:
            self._check_still_new(db, plan)
            position = db.scalar(select(func.max(Theme.position)).where(Theme.project_id == pid))
            position = -1.0 if position is None else float(position)
            for theme in plan.new_themes:
                position += 1
                db.add(
                    Theme(
                        id=theme.id,
                        project_id=pid,
                        name=theme.name,
                        colour=theme.colour,
                        position=position,
                    )
                )
            for actor in plan.new_actors:
                db.add(
                    Actor(
                        id=actor.id,
                        project_id=pid,
                        name=actor.name,
                        actor_type=actor.actor_type,
                        municipality=actor.municipality,
                    )
                )
            for session in plan.sessions:
                db.add(
                    Session(
                        id=session.id,
                        project_id=pid,
                        kind=session.kind,
                        title=session.title,
                        status="done",
                    )
                )
            db.flush()
            for i, cluster in enumerate(plan.clusters):
                db.add(
                    Cluster(
                        id=cluster.id,
                        session_id=cluster.session_id,
                        theme_id=cluster.theme_id,
                        name=cluster.name,
                        position=float(i),
                    )
                )
            db.flush()
            for done, note in enumerate(plan.notes, start=1):
                db.add(
                    Note(
                        id=note.id,
                        session_id=note.session_id,
                        theme_id=note.theme_id,
                        cluster_id=note.cluster_id,
                        text=note.text,
                        actor_id=note.actor_id,
                        actor_type=note.actor_type,
                        is_quote=note.is_quote,
                        position=note.position,
                    )
                )
                if done % CHUNK == 0:
                    db.flush()
                    if progress:
                        progress(done, total)
            db.flush()
            evidence = 0
            for i, insight in enumerate(plan.insights):
                db.add(
                    Insight(
                        id=insight.id,
                        project_id=pid,
                        kind=insight.kind,
                        title=insight.title,
                        text=insight.text,
                        section=insight.section,
                        position=float(i),
                    )
                )
            db.flush()  # insights before their evidence: no ORM relationship orders them
            for insight in plan.insights:
                for note_id in insight.evidence:
                    db.add(Evidence(insight_id=insight.id, note_id=note_id))
                    evidence += 1
            db.flush()
            if progress:
                progress(total, total)
        return QdpxImported(
            themes=len(plan.new_themes),
            actors=len(plan.new_actors),
            sessions=len(plan.sessions),
            clusters=len(plan.clusters),
            notes=len(plan.notes),
            insights=len(plan.insights),
            evidence=evidence,
            backup=backup,
        )

    def _check_still_new(self, db, plan: ImportPlan) -> None:
        """Refuse a plan whose new rows exist by now (the project changed since the preview)."""
        wanted = (
            (Theme, [t.id for t in plan.new_themes]),
            (Actor, [a.id for a in plan.new_actors]),
            (Session, [s.id for s in plan.sessions]),
            (Cluster, [c.id for c in plan.clusters]),
            (Note, [n.id for n in plan.notes]),
            (Insight, [i.id for i in plan.insights]),
        )
        for model, ids in wanted:
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start : start + CHUNK]
                if db.scalar(select(func.count()).where(model.id.in_(chunk))):
                    raise QdpxError(
                        f"{plan.file_name}: the project changed since the preview; "
                        "preview the import again"
                    )
