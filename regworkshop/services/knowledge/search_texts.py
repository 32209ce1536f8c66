"""The free texts of a project, for checks that read them all (names typed in notes)."""

from __future__ import annotations

from sqlalchemy import select

from regworkshop.store.models import Insight, Note, Session
from regworkshop.store.project_store import ProjectStore


def note_texts(store: ProjectStore) -> dict[str, str]:
    """Return {note id: text} of the project's live notes."""
    with store.session() as db:
        rows = db.execute(
            select(Note.id, Note.text)
            .join(Session, Session.id == Note.session_id)
            .where(Note.deleted_at.is_(None), Session.project_id == store.project_id)
        )
        return dict(rows.all())


def insight_texts(store: ProjectStore) -> dict[str, str]:
    """Return {insight id: title and text} of the project's live insights and lessons."""
    with store.session() as db:
        rows = db.execute(
            select(Insight.id, Insight.title, Insight.text).where(
                Insight.deleted_at.is_(None), Insight.project_id == store.project_id
            )
        )
        return {key: f"{title}\n{text}" for key, title, text in rows}
