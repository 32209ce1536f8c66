"""Notes with everything an export prints beside them, with the consent rules applied.

One query joins each note to its session, theme, cluster, organisation and person;
:func:`listed_notes` then decides, per note, what may be shown: a person's name only
with consent to store it, an interviewee's organisation only with consent to name it,
and a quote as a quote only with consent to quote (services/consent_rules.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from regworkshop.services.consent_rules import ConsentAnswers, shown
from regworkshop.services.stakeholder_vocabulary import TYPE_WORDS_EN, TYPE_WORDS_SV
from regworkshop.services.theme_service import display_name
from regworkshop.store.enums import Consent, SessionKind
from regworkshop.store.models import Actor, Cluster, Note, Person, Session, Theme
from regworkshop.store.project_store import ProjectStore

TYPE_WORDS = {"sv": TYPE_WORDS_SV, "en": TYPE_WORDS_EN}


@dataclass(frozen=True)
class ListedNote:
    id: str
    session_id: str
    session_title: str
    session_kind: str
    session_starts_at: datetime | None
    theme_id: str | None
    theme: str  # in the export's language ("" when the note has no theme)
    cluster_id: str | None
    cluster: str
    text: str
    actor_id: str | None
    organisation: str  # "" when it may not be named
    actor_type: str | None
    actor_type_word: str
    municipality: str
    person: str  # "" unless the person consented to their name being stored
    is_quote: bool  # marked as a quote AND quoting consented to (or a workshop note)
    marked_quote: bool  # marked as a quote by the note-taker
    votes: int
    elapsed_minutes: float | None
    created_at: datetime | None
    updated_at: datetime | None

    @property
    def source(self) -> str:
        """Who said it, as far as consent allows: "Anna, Malmö stad (kommun)" or "kommun"."""
        who = ", ".join(part for part in (self.person, self.organisation) if part)
        if who and self.actor_type_word:
            return f"{who} ({self.actor_type_word})"
        return who or self.actor_type_word


def listed_notes(
    store: ProjectStore,
    language: str = "sv",
    *,
    session_id: str | None = None,
    note_ids: Iterable[str] | None = None,
) -> list[ListedNote]:
    """Return the live notes of the project (or of a session, or these ids), in board order."""
    language = "en" if language == "en" else "sv"
    cluster = aliased(Cluster)
    query = (
        select(Note, Session, Theme, cluster, Actor, Person)
        .join(Session, Session.id == Note.session_id)
        .outerjoin(Theme, Theme.id == Note.theme_id)
        .outerjoin(cluster, (cluster.id == Note.cluster_id) & cluster.deleted_at.is_(None))
        .outerjoin(Actor, Actor.id == Note.actor_id)
        .outerjoin(Person, Person.id == Note.person_id)
        .where(
            Note.deleted_at.is_(None),
            Session.deleted_at.is_(None),
            Session.project_id == store.project_id,
        )
        .order_by(Session.starts_at, Session.id, Theme.position, Note.position, Note.id)
    )
    if session_id is not None:
        query = query.where(Note.session_id == session_id)
    wanted = None if note_ids is None else set(note_ids)
    with store.session() as db:
        rows = db.execute(query).all()
    result = []
    for note, session, theme, clust, actor, person in rows:
        if wanted is not None and note.id not in wanted:
            continue
        result.append(_listed(note, session, theme, clust, actor, person, language))
    return result


def _listed(note, session, theme, clust, actor, person, language: str) -> ListedNote:
    actor_type = note.actor_type or (actor.actor_type if actor else None)
    answers = None
    if person is not None and session.kind == SessionKind.INTERVIEW:
        answers = ConsentAnswers(
            person.consent_store, person.consent_quote, person.consent_name_org
        )
    person_name = ""
    if person is not None and not person.erased and person.deleted_at is None:
        person_name = person.name
    what = shown(
        answers,
        person=person_name if answers is not None else "",
        organisation=actor.name if actor is not None and actor.deleted_at is None else "",
        actor_type=actor_type,
        is_quote=note.is_quote,
    )
    return ListedNote(
        id=note.id,
        session_id=session.id,
        session_title=session.title,
        session_kind=session.kind,
        session_starts_at=session.starts_at,
        theme_id=note.theme_id,
        theme=display_name(theme.name, theme.builtin_key, language) if theme else "",
        cluster_id=clust.id if clust is not None else None,
        cluster=clust.name if clust is not None else "",
        text=note.text,
        actor_id=note.actor_id,
        organisation=what.organisation,
        actor_type=actor_type,
        actor_type_word=TYPE_WORDS[language].get(actor_type or "", ""),
        municipality=actor.municipality if actor is not None else "",
        person=what.person,
        is_quote=what.as_quote,
        marked_quote=note.is_quote,
        votes=note.votes,
        elapsed_minutes=note.elapsed_minutes,
        created_at=note.created_at,
        updated_at=note.updated_at,
    )


def people_who_may_be_named(store: ProjectStore, person_ids: Iterable[str]) -> set[str]:
    """Return the ids among *person_ids* whose owner consented to their name being stored."""
    ids = set(person_ids)
    if not ids:
        return set()
    with store.session() as db:
        rows = db.execute(
            select(Person.id).where(
                Person.id.in_(ids),
                Person.consent_store == Consent.GIVEN,
                Person.erased.is_(False),
            )
        ).all()
    return {row[0] for row in rows}
