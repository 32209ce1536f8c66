"""Shared set-up for board service tests: a session with two themes and a participant."""

from __future__ import annotations

from dataclasses import dataclass

from regworkshop.services.themes.theme_service import ThemeService
from regworkshop.store.models import Actor, Participation, Session


@dataclass
class Board:
    session_id: str
    themes: list[str]
    actor_id: str


def make_board(store) -> Board:
    themes = ThemeService(store)
    with store.unit_of_work() as db:
        session = Session(project_id=store.project_id, kind="workshop", title="Workshop Halmstad")
        actor = Actor(
            project_id=store.project_id, name="Falkenbergs kommun", actor_type="municipality"
        )
        db.add_all([session, actor])
        db.flush()
        db.add(Participation(session_id=session.id, actor_id=actor.id, attendance="attended"))
        session_id, actor_id = session.id, actor.id
    ids = [t.id for t in themes.list()][:2]
    if len(ids) < 2:
        ids = [themes.create("Möjligheter").id, themes.create("Utmaningar").id]
    return Board(session_id, ids, actor_id)
