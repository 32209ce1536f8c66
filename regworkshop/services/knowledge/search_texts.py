"""The free texts of a project, for checks that read them all (names typed in notes)."""

from __future__ import annotations

from sqlalchemy import select

from regworkshop.store.models import Note, Session
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
