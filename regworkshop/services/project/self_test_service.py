"""What `regworkshop --self-test` writes and reads back: one sticky note in a session.

Kept apart from the board's note editing on purpose: the self-test proves an
installed copy can write and read a project, and needs nothing more than this.
"""

from __future__ import annotations

from regworkshop.services.queries import get_live
from regworkshop.store.models import Note, Session
from regworkshop.store.project_store import ProjectStore


class SelfCheckService:
    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    def add_note(self, session_id: str, text: str) -> str:
        """Add a note to a session and return its id."""
        with self.store.unit_of_work() as db:
            get_live(db, Session, session_id)
            note = Note(session_id=session_id, text=text)
            db.add(note)
            db.flush()
            return note.id

    def note_text(self, note_id: str) -> str:
        """Read a note's text back from the project file."""
        with self.store.unit_of_work() as db:
            return get_live(db, Note, note_id).text
