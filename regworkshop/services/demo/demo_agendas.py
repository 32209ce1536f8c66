"""Agendas for the demo's sessions, from the method's templates, with the times they took.

Past sessions are "run" through the real run service on a scripted clock, so
their actual start and end times, extensions and pauses are what run mode
would have recorded in the meeting room.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import select

from regworkshop.services.sessions.agenda_service import AgendaService
from regworkshop.services.sessions.run_service import RunService
from regworkshop.services.sessions.template_service import TemplateService
from regworkshop.store.enums import SessionKind
from regworkshop.store.models import Actor, Participation, Person, Session
from regworkshop.store.project_store import ProjectStore

TEMPLATE_FOR_KIND: dict[str, str] = {
    SessionKind.WORKSHOP: "builtin:halland_workshop",
    SessionKind.KICKOFF: "builtin:kickoff",
    SessionKind.INTERVIEW: "builtin:interview_guide",
    SessionKind.INTERNAL_EVALUATION: "builtin:lessons_learned",
}

# The meetings the method has no template for get agendas of their own.
OWN_AGENDAS: dict[str, tuple[tuple[str, str, str, int], ...]] = {
    SessionKind.MUNICIPALITY_MEETING: (
        ("Projektet i korthet", "", "Syfte, tidplan och hur kommunen kan delta.", 20),
        (
            "Kommunens bild",
            "Vilka planeringsfrågor är viktigast för kommunen just nu?",
            "",
            40,
        ),
        (
            "Förankring i kommunen",
            "Vem i kommunen behöver vara med, och hur förankrar vi arbetet?",
            "",
            20,
        ),
        ("Nästa steg", "", "Inbjudan till referensgrupp och workshop.", 10),
    ),
    SessionKind.REFERENCE_GROUP: (
        ("Välkomna och presentationsrunda", "", "", 15),
        ("Lägesrapport", "", "Intressentanalysen och kommunmötena hittills.", 20),
        (
            "Synpunkter på intressentanalysen",
            "Saknas det aktörer, och stämmer bilden av deras intresse och inflytande?",
            "",
            35,
        ),
        (
            "Upplägg för workshopparna",
            "Vilka frågor ska workshopparna rama in, och vilka ska bjudas in?",
            "",
            35,
        ),
        ("Nästa möte", "", "", 15),
    ),
}
SAVED_TEMPLATE = "Kommunmöte (Halland)"


class _ScriptedClock:
    """The clock the demo's runs are recorded on: moved by hand, never read from the wall."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


def add_agendas(store: ProjectStore, rng: random.Random, today: datetime) -> int:
    """Give every demo session an agenda and run the past ones; return the items added."""
    templates = TemplateService(store)
    agenda = AgendaService(store)
    sessions = _sessions(store)
    added = 0
    saved_from = None
    for session_id, kind, _starts_at, actor_type in sessions:
        if kind in TEMPLATE_FOR_KIND:
            applied = templates.apply(
                session_id, TEMPLATE_FOR_KIND[kind], "sv", actor_type=actor_type
            )
            added += len(applied.item_ids)
        for title, question, description, minutes in OWN_AGENDAS.get(kind, ()):
            agenda.create(
                session_id,
                title,
                framing_question=question,
                description=description,
                minutes=minutes,
            )
            added += 1
        if kind == SessionKind.MUNICIPALITY_MEETING and saved_from is None:
            saved_from = session_id
    if saved_from is not None:
        templates.save_from_session(saved_from, SAVED_TEMPLATE, "sv")
    for session_id, kind, starts_at, _actor_type in sessions:
        if starts_at is not None and starts_at < today:
            _run_as_it_happened(store, session_id, kind, starts_at, rng)
    return added


def _sessions(store: ProjectStore) -> list[tuple[str, str, datetime | None, str | None]]:
    """Each session with its kind, start and (for an interview) the interviewee's actor type."""
    with store.session() as db:
        rows = db.execute(
            select(Session.id, Session.kind, Session.starts_at)
            .where(Session.project_id == store.project_id, Session.deleted_at.is_(None))
            .order_by(Session.starts_at)
        ).all()
        result = []
        for session_id, kind, starts_at in rows:
            actor_type = None
            if kind == SessionKind.INTERVIEW:
                actor_type = db.scalar(
                    select(Actor.actor_type)
                    .join(Person, Person.actor_id == Actor.id)
                    .join(Participation, Participation.person_id == Person.id)
                    .where(Participation.session_id == session_id)
                )
            result.append((session_id, kind, starts_at, actor_type))
        return result


def _run_as_it_happened(
    store: ProjectStore, session_id: str, kind: str, starts_at: datetime, rng: random.Random
) -> None:
    clock = _ScriptedClock(starts_at + timedelta(minutes=rng.choice((0, 2, 4, 7))))
    runs = RunService(store, clock)
    state = runs.start(session_id)
    for index, item in enumerate(state.items):
        took = max(1.0, item.minutes * rng.uniform(0.75, 1.3))
        if kind == SessionKind.WORKSHOP and took > item.minutes + 3:
            # The facilitator saw the discussion was worth it and gave it five more minutes.
            clock.advance(item.minutes - 1)
            runs.extend(session_id)
            clock.advance(took - item.minutes + 1)
        elif kind == SessionKind.WORKSHOP and index == 3:
            # A fika break in the middle of the item: the clock was paused for it.
            clock.advance(took / 2)
            runs.pause(session_id)
            clock.advance(15)
            runs.resume(session_id)
            clock.advance(took / 2)
        else:
            clock.advance(took)
        runs.next(session_id)
