"""Actors and their contact people: the stakeholder register."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from regworkshop.services.errors import InvalidInput, NotFound
from regworkshop.services.queries import get_live, live
from regworkshop.store.enums import ActorType, Consent
from regworkshop.store.models import Actor, Person
from regworkshop.store.project_store import ProjectStore

# Field lengths follow the columns of the store.
ACTOR_LIMITS = {"name": 300, "municipality": 120, "notes": 10_000}
PERSON_LIMITS = {"name": 300, "role": 200, "email": 300, "phone": 80}
ACTOR_FIELDS = ("name", "actor_type", "municipality", "notes")
PERSON_FIELDS = ("name", "role", "email", "phone", "consent_store", "consent_date")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^[0-9+()\-./ ]+$")


@dataclass(frozen=True)
class ActorInfo:
    id: str
    name: str
    actor_type: str
    municipality: str
    notes: str
    people_count: int

    def value(self, field: str):
        return getattr(self, field)


@dataclass(frozen=True)
class PersonInfo:
    id: str
    actor_id: str | None
    name: str
    role: str
    email: str
    phone: str
    consent_store: str
    consent_date: date | None

    def value(self, field: str):
        return getattr(self, field)


def tidy(text: str) -> str:
    """Return *text* with runs of white space folded to one space and no ends."""
    return " ".join(str(text).split())


def actor_key(name: str, actor_type: str) -> tuple[str, str]:
    """Return the key that makes two actors the same: tidy, case-folded name plus type."""
    return tidy(name).casefold(), actor_type


def _limit(field: str, value: str, limits: dict[str, int]) -> str:
    if len(value) > limits[field]:
        raise InvalidInput(f"{field.replace('_', ' ')} can be at most {limits[field]} characters")
    return value


def clean_actor_fields(fields: dict) -> dict:
    """Validate and tidy actor fields; raise InvalidInput on a broken rule."""
    out: dict = {}
    for key, value in fields.items():
        if key not in ACTOR_FIELDS:
            raise InvalidInput(f"an actor has no field {key!r}")
        if key == "name":
            value = tidy(value)
            if not value:
                raise InvalidInput("an actor needs a name")
            out[key] = _limit(key, value, ACTOR_LIMITS)
        elif key == "actor_type":
            if value not in set(ActorType):
                raise InvalidInput(f"unknown actor type {value!r}")
            out[key] = str(value)
        elif key == "municipality":
            out[key] = _limit(key, tidy(value), ACTOR_LIMITS)
        else:
            out[key] = _limit(key, str(value).strip(), ACTOR_LIMITS)
    return out


def clean_person_fields(fields: dict, today: date) -> dict:
    """Validate and tidy contact-person fields; raise InvalidInput on a broken rule."""
    out: dict = {}
    for key, value in fields.items():
        if key not in PERSON_FIELDS:
            raise InvalidInput(f"a contact person has no field {key!r}")
        if key == "consent_store":
            if value not in set(Consent):
                raise InvalidInput(f"unknown consent {value!r} (given, refused or unknown)")
            out[key] = str(value)
        elif key == "consent_date":
            if value is not None and not isinstance(value, date):
                raise InvalidInput("the consent date must be a date")
            if value is not None and value > today:
                raise InvalidInput("the consent date cannot be in the future")
            out[key] = value
        else:
            value = tidy(value)
            if key == "name" and not value:
                raise InvalidInput("a contact person needs a name")
            if key == "email" and value and not EMAIL_RE.fullmatch(value):
                raise InvalidInput(f"not an e-mail address: {value}")
            if key == "phone" and value and not PHONE_RE.fullmatch(value):
                raise InvalidInput(f"not a phone number: {value}")
            out[key] = _limit(key, value, PERSON_LIMITS)
    # Consent given or refused without a date is dated today: the date is when it was recorded.
    answered = out.get("consent_store") in (Consent.GIVEN, Consent.REFUSED)
    if answered and "consent_date" in out and out["consent_date"] is None:
        out["consent_date"] = today
    return out


class ActorService:
    """Create, edit, filter, delete and restore actors and their contact people."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    # -- actors ------------------------------------------------------------
    def list_actors(self, actor_type: str | None = None, text: str = "") -> list[ActorInfo]:
        """Return live actors by name, optionally of one type and matching *text*."""
        counts = (
            select(Person.actor_id, func.count().label("n"))
            .where(Person.deleted_at.is_(None), Person.erased.is_(False))
            .group_by(Person.actor_id)
            .subquery()
        )
        stmt = (
            select(Actor, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.actor_id == Actor.id)
            .where(Actor.deleted_at.is_(None), Actor.project_id == self.store.project_id)
        )
        if actor_type:
            stmt = stmt.where(Actor.actor_type == actor_type)
        with self.store.session() as db:
            rows = [_actor_info(a, n) for a, n in db.execute(stmt)]
        needle = tidy(text).casefold()
        if needle:
            # Filtering in Python keeps case-folding right for å, ä and ö (SQLite's lower() is ASCII).
            rows = [
                r
                for r in rows
                if needle in r.name.casefold()
                or needle in r.municipality.casefold()
                or needle in r.notes.casefold()
            ]
        return sorted(rows, key=lambda r: (r.name.casefold(), r.actor_type))

    def get_actor(self, actor_id: str) -> ActorInfo:
        """Return one live actor."""
        with self.store.session() as db:
            return _actor_info(get_live(db, Actor, actor_id), _people_count(db, actor_id))

    def create_actor(
        self,
        name: str,
        actor_type: str = ActorType.OTHER,
        municipality: str = "",
        notes: str = "",
        *,
        actor_id: str | None = None,
    ) -> ActorInfo:
        """Add an actor; a live actor with the same name and type is refused."""
        fields = clean_actor_fields(
            {"name": name, "actor_type": actor_type, "municipality": municipality, "notes": notes}
        )
        with self.store.unit_of_work() as db:
            self._refuse_duplicate(db, fields["name"], fields["actor_type"], None)
            actor = Actor(project_id=self.store.project_id, **fields)
            if actor_id:
                actor.id = actor_id
            db.add(actor)
            db.flush()
            return _actor_info(actor, 0)

    def update_actor(self, actor_id: str, **fields) -> ActorInfo:
        """Change some fields of an actor (name, actor_type, municipality, notes)."""
        fields = clean_actor_fields(fields)
        with self.store.unit_of_work() as db:
            actor = get_live(db, Actor, actor_id)
            name = fields.get("name", actor.name)
            kind = fields.get("actor_type", actor.actor_type)
            if actor_key(name, kind) != actor_key(actor.name, actor.actor_type):
                self._refuse_duplicate(db, name, kind, actor_id)
            for key, value in fields.items():
                if getattr(actor, key) != value:
                    setattr(actor, key, value)
            db.flush()
            return _actor_info(actor, _people_count(db, actor_id))

    def delete_actors(self, actor_ids: list[str]) -> None:
        """Tombstone actors (their people, plans and assessments stay, hidden with them)."""
        with self.store.unit_of_work() as db:
            now = self.store.clock()
            for actor_id in actor_ids:
                get_live(db, Actor, actor_id).deleted_at = now

    def restore_actors(self, actor_ids: list[str]) -> None:
        """Bring deleted actors back (undo of a delete)."""
        with self.store.unit_of_work() as db:
            for actor_id in actor_ids:
                actor = db.get(Actor, actor_id)
                if actor is None:
                    raise NotFound("actor", actor_id)
                self._refuse_duplicate(db, actor.name, actor.actor_type, actor_id)
                actor.deleted_at = None

    def _refuse_duplicate(self, db: DbSession, name: str, kind: str, own_id: str | None) -> None:
        wanted = actor_key(name, kind)
        stmt = live(Actor).where(
            Actor.project_id == self.store.project_id, Actor.actor_type == kind
        )
        for other in db.scalars(stmt):
            if other.id != own_id and actor_key(other.name, other.actor_type) == wanted:
                raise InvalidInput(f"there is already an actor named {tidy(name)} of that type")

    # -- contact people ----------------------------------------------------
    def list_people(self, actor_id: str) -> list[PersonInfo]:
        """Return the live, not erased contact people of an actor, by name."""
        stmt = (
            live(Person)
            .where(Person.actor_id == actor_id, Person.erased.is_(False))
            .order_by(Person.name)
        )
        with self.store.session() as db:
            return [_person_info(p) for p in db.scalars(stmt)]

    def create_person(
        self,
        actor_id: str,
        name: str,
        role: str = "",
        email: str = "",
        phone: str = "",
        consent_store: str = Consent.UNKNOWN,
        consent_date: date | None = None,
        *,
        person_id: str | None = None,
    ) -> PersonInfo:
        """Add a contact person to an actor."""
        fields = clean_person_fields(
            {
                "name": name,
                "role": role,
                "email": email,
                "phone": phone,
                "consent_store": consent_store,
                "consent_date": consent_date,
            },
            self.store.clock().date(),
        )
        with self.store.unit_of_work() as db:
            get_live(db, Actor, actor_id)
            person = Person(project_id=self.store.project_id, actor_id=actor_id, **fields)
            if person_id:
                person.id = person_id
            db.add(person)
            db.flush()
            return _person_info(person)

    def update_person(self, person_id: str, **fields) -> PersonInfo:
        """Change some fields of a contact person."""
        fields = clean_person_fields(fields, self.store.clock().date())
        with self.store.unit_of_work() as db:
            person = get_live(db, Person, person_id)
            answered = fields.get("consent_store") in (Consent.GIVEN, Consent.REFUSED)
            if answered and "consent_date" not in fields and person.consent_date is None:
                fields["consent_date"] = self.store.clock().date()
            for key, value in fields.items():
                if getattr(person, key) != value:
                    setattr(person, key, value)
            db.flush()
            return _person_info(person)

    def delete_people(self, person_ids: list[str]) -> None:
        """Tombstone contact people."""
        with self.store.unit_of_work() as db:
            now = self.store.clock()
            for person_id in person_ids:
                get_live(db, Person, person_id).deleted_at = now

    def restore_people(self, person_ids: list[str]) -> None:
        """Bring deleted contact people back (undo of a delete)."""
        with self.store.unit_of_work() as db:
            for person_id in person_ids:
                person = db.get(Person, person_id)
                if person is None:
                    raise NotFound("person", person_id)
                person.deleted_at = None


def _actor_info(actor: Actor, people: int) -> ActorInfo:
    return ActorInfo(
        id=actor.id,
        name=actor.name,
        actor_type=actor.actor_type,
        municipality=actor.municipality,
        notes=actor.notes,
        people_count=people,
    )


def _person_info(person: Person) -> PersonInfo:
    return PersonInfo(
        id=person.id,
        actor_id=person.actor_id,
        name=person.name,
        role=person.role,
        email=person.email,
        phone=person.phone,
        consent_store=person.consent_store,
        consent_date=person.consent_date,
    )


def _people_count(db: DbSession, actor_id: str) -> int:
    stmt = select(func.count()).where(
        Person.actor_id == actor_id, Person.deleted_at.is_(None), Person.erased.is_(False)
    )
    return db.scalar(stmt) or 0
