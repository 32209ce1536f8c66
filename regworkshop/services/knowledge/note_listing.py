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

from regworkshop.services.privacy.consent_rules import ConsentAnswers, shown
from regworkshop.services.stakeholders.stakeholder_vocabulary import TYPE_WORDS_EN, TYPE_WORDS_SV
from regworkshop.services.themes.theme_service import display_name
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
    # Plain columns, not ORM objects: a report reads every note, and rows without
    # identity-map bookkeeping are several times cheaper (and leave no cycles for the GC).
    query = (
        select(
            Note.id, Note.session_id, Note.theme_id, Note.cluster_id, Note.text, Note.actor_id,
            Note.actor_type, Note.person_id, Note.is_quote, Note.votes, Note.elapsed_minutes,
            Note.created_at, Note.updated_at,
            Session.title.label("session_title"), Session.kind.label("session_kind"),
            Session.starts_at.label("session_starts_at"),
            Theme.name.label("theme_name"), Theme.builtin_key.label("theme_key"),
            cluster.name.label("cluster_name"), cluster.id.label("live_cluster_id"),
            Actor.name.label("actor_name"), Actor.actor_type.label("actor_kind"),
            Actor.municipality.label("municipality"), Actor.deleted_at.label("actor_deleted"),
            Person.name.label("person_name"), Person.erased.label("person_erased"),
            Person.deleted_at.label("person_deleted"), Person.consent_store,
            Person.consent_quote, Person.consent_name_org,
        )
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
    )  # fmt: skip
    if session_id is not None:
        query = query.where(Note.session_id == session_id)
    wanted = None if note_ids is None else set(note_ids)
    with store.session() as db:
        rows = db.execute(query).all()
    return [_listed(row, language) for row in rows if wanted is None or row.id in wanted]


def _listed(row, language: str) -> ListedNote:
    actor_type = row.actor_type or row.actor_kind
    answers = None
    has_person = row.person_id is not None and row.person_name is not None
    if has_person and row.session_kind == SessionKind.INTERVIEW:
        answers = ConsentAnswers(row.consent_store, row.consent_quote, row.consent_name_org)
    person_name = ""
    if has_person and not row.person_erased and row.person_deleted is None:
        person_name = row.person_name
    organisation = row.actor_name if row.actor_name and row.actor_deleted is None else ""
    what = shown(
        answers,
        person=person_name if answers is not None else "",
        organisation=organisation or "",
        actor_type=actor_type,
        is_quote=row.is_quote,
    )
    return ListedNote(
        id=row.id,
        session_id=row.session_id,
        session_title=row.session_title,
        session_kind=row.session_kind,
        session_starts_at=row.session_starts_at,
        theme_id=row.theme_id,
        theme=display_name(row.theme_name, row.theme_key, language) if row.theme_name else "",
        cluster_id=row.live_cluster_id,
        cluster=row.cluster_name or "",
        text=row.text,
        actor_id=row.actor_id,
        organisation=what.organisation,
        actor_type=actor_type,
        actor_type_word=TYPE_WORDS[language].get(actor_type or "", ""),
        municipality=row.municipality or "",
        person=what.person,
        is_quote=what.as_quote,
        marked_quote=row.is_quote,
        votes=row.votes,
        elapsed_minutes=row.elapsed_minutes,
        created_at=row.created_at,
        updated_at=row.updated_at,
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
