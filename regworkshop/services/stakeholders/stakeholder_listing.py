"""The stakeholder list as one table (a row per contact person) for export to a spreadsheet."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from regworkshop.services.errors import InvalidInput
from regworkshop.services.stakeholders.actor_service import ActorService, PersonInfo
from regworkshop.services.stakeholders.assessment_service import AssessmentService
from regworkshop.services.stakeholders.engagement_service import EngagementService
from regworkshop.services.stakeholders.stakeholder_vocabulary import (
    FIELDS,
    HEADERS_EN,
    HEADERS_SV,
    TYPE_WORDS_EN,
    TYPE_WORDS_SV,
)
from regworkshop.store.models import Project
from regworkshop.store.project_store import ProjectStore

ENGAGEMENT_HEADER = {"sv": "Engagemang 0–100", "en": "Engagement 0–100"}
ABOUT = {
    "sv": ("Projekt", "Bedömningsomgång", "Datum för omgången", "Aktörer", "Rader"),
    "en": ("Project", "Assessment round", "Round held on", "Actors", "Rows"),
}


@dataclass(frozen=True)
class StakeholderTable:
    """Headers the import recognises, so an exported list imports again unchanged."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str | float | int | None, ...], ...]
    about: tuple[tuple[str, str], ...]


def stakeholder_table(
    store: ProjectStore,
    round_id: str | None = None,
    language: str = "sv",
    *,
    include_names: bool = False,
) -> StakeholderTable:
    """Return the live actors with the values of a round (and their contacts, if asked).

    Contact people are personal data: they are left out unless *include_names* is
    set, so a list sent around holds organisations only. Re-importing such a list
    changes no contacts (empty cells never erase stored values).
    """
    if language not in ("sv", "en"):
        raise InvalidInput(f"unknown language {language!r}")
    headers_for, types = (
        (HEADERS_SV, TYPE_WORDS_SV) if language == "sv" else (HEADERS_EN, TYPE_WORDS_EN)
    )
    actors = ActorService(store)
    assessments = AssessmentService(store)
    rounds = {r.id: r for r in assessments.rounds()}
    if round_id is not None and round_id not in rounds:
        raise InvalidInput(f"no assessment round with id {round_id}")
    chosen = rounds[round_id] if round_id else (list(rounds.values())[-1] if rounds else None)
    values = assessments.values(chosen.id) if chosen else {}
    engagement = EngagementService(store).measure()
    rows = []
    listed = actors.list_actors()
    for actor in listed:
        value = values.get(actor.id)
        influence = value.influence if value else None
        interest = value.interest if value else None
        people: Sequence[PersonInfo | None] = (
            actors.list_people(actor.id) if actor.people_count and include_names else []
        )
        for person in people or [None]:
            cells = {
                "name": actor.name,
                "type": types.get(actor.actor_type, actor.actor_type),
                "municipality": actor.municipality,
                "notes": actor.notes,
                "contact": person.name if person else "",
                "role": person.role if person else "",
                "email": person.email if person else "",
                "phone": person.phone if person else "",
                "influence": influence,
                "interest": interest,
            }
            score = engagement[actor.id].score if actor.id in engagement else None
            rows.append((*(cells[f] for f in FIELDS), score))
    labels = ABOUT[language]
    about = (
        (labels[0], _project_title(store)),
        (labels[1], chosen.name if chosen else "–"),
        (labels[2], chosen.held_on.isoformat() if chosen else "–"),
        (labels[3], str(len(listed))),
        (labels[4], str(len(rows))),
    )
    title = "Intressenter" if language == "sv" else "Stakeholders"
    headers = (*(headers_for[f] for f in FIELDS), ENGAGEMENT_HEADER[language])
    return StakeholderTable(title, headers, tuple(rows), about)


def _project_title(store: ProjectStore) -> str:
    with store.session() as db:
        project = db.get(Project, store.project_id)
        return project.title if project else ""
