"""A small knowledge base built through the ORM for search, insight and matrix tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from regworkshop.services.themes.theme_service import ThemeService
from regworkshop.store.models import Actor, Note, Session


@dataclass
class Kb:
    themes: dict[str, str] = field(default_factory=dict)
    actors: dict[str, str] = field(default_factory=dict)
    sessions: dict[str, str] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)


ACTORS = {
    "halmstad": ("Halmstads kommun", "municipality", "Halmstad"),
    "varberg": ("Varbergs kommun", "municipality", "Varberg"),
    "region": ("Region Halland", "region", ""),
    "foretag": ("Företagarna Halland", "business_org", "Halmstad"),
}
SESSIONS = {
    "ws": ("workshop", "Workshop 1", datetime(2026, 3, 10, 9, tzinfo=UTC)),
    "int": ("interview", "Intervju Varberg", datetime(2026, 5, 4, 10, tzinfo=UTC)),
}
# key: (session, actor, theme key, text, quote, votes)
NOTES = {
    "saker": ("ws", "halmstad", "challenges", "Säker cykelväg till skolan saknas", False, 3),
    "saker2": ("ws", "region", "challenges", "Inga saker att göra på kvällen", False, 0),
    "bostad": ("ws", "halmstad", "opportunities", "Bostäder nära stationen", False, 5),
    "bostad2": ("int", "varberg", "opportunities", "Fler bostadsområden behövs i Varberg", True, 0),
    "pendling": ("int", "varberg", "challenges", "Pendling över kommungränsen tar tid", True, 1),
    "foretag": ("ws", "foretag", "priorities", "Kompetensförsörjning <först> & främst", False, 2),
    "tema_los": ("ws", "region", None, "Regional kollektivtrafik 🚆 måste hänga ihop", False, 0),
}


def build_kb(store) -> Kb:
    kb = Kb()
    kb.themes = {t.builtin_key: t.id for t in ThemeService(store).list()}
    with store.unit_of_work() as db:
        for key, (name, kind, muni) in ACTORS.items():
            actor = Actor(
                project_id=store.project_id, name=name, actor_type=kind, municipality=muni
            )
            db.add(actor)
            db.flush()
            kb.actors[key] = actor.id
        for key, (kind, title, at) in SESSIONS.items():
            session = Session(project_id=store.project_id, kind=kind, title=title, starts_at=at)
            db.add(session)
            db.flush()
            kb.sessions[key] = session.id
        for i, (key, (s, a, t, text, quote, votes)) in enumerate(NOTES.items()):
            note = Note(
                session_id=kb.sessions[s],
                actor_id=kb.actors[a],
                actor_type=ACTORS[a][1],
                theme_id=kb.themes[t] if t else None,
                text=text,
                is_quote=quote,
                votes=votes,
                position=float(i),
            )
            db.add(note)
            db.flush()
            kb.notes[key] = note.id
    return kb
