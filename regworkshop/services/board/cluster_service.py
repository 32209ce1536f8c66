"""Clusters: named groups of notes inside one theme of a session's board."""

from __future__ import annotations

import builtins
from dataclasses import dataclass

from sqlalchemy import func, select

from regworkshop.services.errors import InvalidInput
from regworkshop.services.queries import get_live, live
from regworkshop.store.models import Cluster, Note, Theme
from regworkshop.store.project_store import ProjectStore

MAX_NAME = 200


@dataclass(frozen=True)
class ClusterInfo:
    id: str
    session_id: str
    theme_id: str
    name: str
    position: float
    collapsed: bool


def clean_cluster_name(name: str) -> str:
    name = " ".join(str(name).split())
    if len(name) > MAX_NAME:
        raise InvalidInput(f"a cluster name can be at most {MAX_NAME} characters")
    return name


class ClusterService:
    """Group, rename, collapse and ungroup notes."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    def list(self, session_id: str) -> list[ClusterInfo]:
        stmt = (
            live(Cluster)
            .where(Cluster.session_id == session_id)
            .order_by(Cluster.position, Cluster.created_at)
        )
        with self.store.session() as db:
            return [_info(c) for c in db.scalars(stmt)]

    def group(
        self,
        session_id: str,
        theme_id: str,
        name: str,
        note_ids: builtins.list[str],
        *,
        cluster_id=None,
    ) -> ClusterInfo:
        """Make a cluster in *theme_id* holding *note_ids* (they move into that theme)."""
        name = clean_cluster_name(name)
        if not note_ids:
            raise InvalidInput("choose the notes to group")
        with self.store.unit_of_work() as db:
            get_live(db, Theme, theme_id)
            last = db.scalar(
                select(func.max(Cluster.position)).where(Cluster.session_id == session_id)
            )
            cluster = Cluster(
                session_id=session_id,
                theme_id=theme_id,
                name=name,
                position=0.0 if last is None else float(last) + 1,
            )
            if cluster_id:
                cluster.id = cluster_id
            db.add(cluster)
            db.flush()
            for note_id in note_ids:
                note = get_live(db, Note, note_id)
                if note.session_id != session_id:
                    raise InvalidInput("a note of another session cannot join this cluster")
                note.theme_id = theme_id
                note.cluster_id = cluster.id
            return _info(cluster)

    def rename(self, cluster_id: str, name: str) -> ClusterInfo:
        name = clean_cluster_name(name)
        with self.store.unit_of_work() as db:
            cluster = get_live(db, Cluster, cluster_id)
            cluster.name = name
            db.flush()
            return _info(cluster)

    def set_collapsed(self, cluster_id: str, collapsed: bool) -> ClusterInfo:
        with self.store.unit_of_work() as db:
            cluster = get_live(db, Cluster, cluster_id)
            cluster.collapsed = collapsed
            db.flush()
            return _info(cluster)

    def ungroup(self, cluster_id: str) -> builtins.list[str]:
        """Tombstone the cluster; its notes stay where they are. Return their ids (for undo)."""
        with self.store.unit_of_work() as db:
            cluster = get_live(db, Cluster, cluster_id)
            notes = list(
                db.scalars(
                    select(Note).where(Note.cluster_id == cluster_id, Note.deleted_at.is_(None))
                )
            )
            for note in notes:
                note.cluster_id = None
            cluster.deleted_at = self.store.clock()
            return [n.id for n in notes]

    def restore(self, cluster_id: str, note_ids: builtins.list[str]) -> ClusterInfo:
        """Undo an ungroup (or redo a group): bring the cluster back with its notes."""
        with self.store.unit_of_work() as db:
            cluster = db.get(Cluster, cluster_id)
            if cluster is None:
                raise InvalidInput(f"no cluster with id {cluster_id}")
            cluster.deleted_at = None
            for note_id in note_ids:
                note = get_live(db, Note, note_id)
                note.cluster_id = cluster_id
                note.theme_id = cluster.theme_id
            db.flush()
            return _info(cluster)


def _info(cluster: Cluster) -> ClusterInfo:
    return ClusterInfo(
        id=cluster.id,
        session_id=cluster.session_id,
        theme_id=cluster.theme_id,
        name=cluster.name,
        position=cluster.position,
        collapsed=cluster.collapsed,
    )
