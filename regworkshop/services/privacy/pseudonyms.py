"""Stable pseudonyms for people, and names typed inside free text.

Exports and bundles show "Intervjuperson 7, kommun" instead of a name unless
the user explicitly includes names. A person's number is fixed by the order
people were registered, so it is the same in every export of the project.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from regworkshop.services.stakeholders.stakeholder_vocabulary import TYPE_WORDS_EN, TYPE_WORDS_SV
from regworkshop.services.vocabulary import LANGUAGES, PARTICIPANT_ROLE
from regworkshop.store.enums import ParticipantRole
from regworkshop.store.models import Actor, Participation, Person
from regworkshop.store.project_store import ProjectStore

# The same Swedish and English type words as the stakeholder lists use.
TYPE_NAMES = {"sv": TYPE_WORDS_SV, "en": TYPE_WORDS_EN}
ROLE_WORDS = {
    lang: (
        PARTICIPANT_ROLE.name(lang, ParticipantRole.INTERVIEWEE),
        PARTICIPANT_ROLE.name(lang, ParticipantRole.PARTICIPANT),
    )
    for lang in LANGUAGES
}


@dataclass(frozen=True)
class NameMention:
    key: str  # the id of the text that mentions the name (a note id, an insight id …)
    person_id: str
    name: str


def pseudonyms(store: ProjectStore, language: str = "sv") -> dict[str, str]:
    """Map every person's id to a pseudonym that stays the same across exports."""
    language = language if language in ROLE_WORDS else "sv"
    interviewee, participant = ROLE_WORDS[language]
    with store.session() as db:
        people = db.execute(
            select(Person.id, Actor.actor_type)
            .outerjoin(Actor, Actor.id == Person.actor_id)
            .where(Person.project_id == store.project_id)
            .order_by(Person.created_at, Person.id)
        ).all()
        interviewed = set(
            db.scalars(
                select(Participation.person_id).where(
                    Participation.role == ParticipantRole.INTERVIEWEE,
                    Participation.person_id.is_not(None),
                )
            )
        )
    result = {}
    for number, (person_id, actor_type) in enumerate(people, start=1):
        word = interviewee if person_id in interviewed else participant
        kind = TYPE_NAMES[language].get(actor_type or "", "")
        result[person_id] = f"{word} {number}, {kind}" if kind else f"{word} {number}"
    return result


def name_patterns(store: ProjectStore) -> list[tuple[str, str, re.Pattern[str]]]:
    """Return (person id, name, pattern) for every registered name and e-mail address."""
    with store.session() as db:
        people = db.execute(
            select(Person.id, Person.name, Person.email).where(
                Person.project_id == store.project_id, Person.erased.is_(False)
            )
        ).all()
    patterns = []
    for person_id, name, email in people:
        for value in (name, email):
            value = (value or "").strip()
            if len(value) >= 3:
                patterns.append(
                    (person_id, value, re.compile(rf"(?<!\w){re.escape(value)}(?!\w)", re.I))
                )
    return patterns


def find_names(store: ProjectStore, texts: dict[str, str]) -> list[NameMention]:
    """Return where registered names or e-mail addresses are typed inside free text."""
    patterns = name_patterns(store)
    found = []
    for key, text in texts.items():
        for person_id, name, pattern in patterns:
            if text and pattern.search(text):
                found.append(NameMention(key, person_id, name))
    return found
