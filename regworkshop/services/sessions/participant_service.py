"""Who takes part in a session: people and organisations from the stakeholder register."""

from __future__ import annotations

import builtins
from dataclasses import dataclass

from sqlalchemy import select

from regworkshop.services.errors import InvalidInput, NotFound
from regworkshop.services.queries import get_live, live
from regworkshop.store.base import Synced
from regworkshop.store.enums import ActorType, Attendance, ParticipantRole
from regworkshop.store.models import Actor, Participation, Person, Session
from regworkshop.store.project_store import ProjectStore

ATTENDANCES = tuple(a.value for a in Attendance)
ROLES = tuple(r.value for r in ParticipantRole)
ACTOR_TYPES = tuple(t.value for t in ActorType)
MAX_NAME = 300


@dataclass(frozen=True)
class ParticipantInfo:
    """A person (with their organisation) or an organisation alone, taking part in a session."""

    id: str
    session_id: str
    person_id: str | None
    person_name: str
    actor_id: str | None
    actor_name: str
    actor_type: str | None
    role: str
    attendance: str

    @property
    def label(self) -> str:
        return self.person_name or self.actor_name


@dataclass(frozen=True)
class PersonChoice:
    """A person in the stakeholder register who can be invited."""

    id: str
    name: str
    role: str
    actor_id: str | None
    actor_name: str


@dataclass(frozen=True)
class ActorChoice:
    """An organisation in the stakeholder register."""

    id: str
    name: str
    actor_type: str
    municipality: str


@dataclass(frozen=True)
class AddedOnTheSpot:
    """A participant typed in during a meeting, and what was created for them."""

    participant: ParticipantInfo
    person_id: str
    actor_id: str | None
    actor_created: bool


def _clean_name(text: str, what: str) -> str:
    text = " ".join(str(text).split())
    if len(text) > MAX_NAME:
        raise InvalidInput(f"a {what} can be at most {MAX_NAME} characters")
    return text


class ParticipantService:
    """Invite, record attendance of, and remove the participants of a session."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    def list(self, session_id: str) -> list[ParticipantInfo]:
        """Return a session's participants, by organisation and then name."""
        stmt = (
            select(Participation, Person, Actor)
            .outerjoin(Person, Person.id == Participation.person_id)
            .outerjoin(Actor, Actor.id == Participation.actor_id)
            .where(Participation.session_id == session_id, Participation.deleted_at.is_(None))
        )
        with self.store.session() as db:
            rows = [_info(p, person, actor) for p, person, actor in db.execute(stmt)]
        return sorted(rows, key=lambda r: (r.actor_name.casefold(), r.person_name.casefold()))

    def organisations(self, session_id: str) -> builtins.list[str]:
        """Return the names of the organisations taking part (cancellations left out)."""
        names = {
            p.actor_name
            for p in self.list(session_id)
            if p.actor_name and p.attendance != Attendance.CANCELLED
        }
        return sorted(names, key=str.casefold)

    def people(self) -> builtins.list[PersonChoice]:
        """Return the register's people who can be invited (erased people left out)."""
        stmt = (
            select(Person, Actor)
            .outerjoin(Actor, Actor.id == Person.actor_id)
            .where(
                Person.deleted_at.is_(None),
                Person.erased.is_(False),
                Person.project_id == self.store.project_id,
            )
        )
        with self.store.session() as db:
            rows = [
                PersonChoice(
                    person.id,
                    person.name,
                    person.role,
                    actor.id if actor else None,
                    actor.name if actor and actor.deleted_at is None else "",
                )
                for person, actor in db.execute(stmt)
            ]
        return sorted(rows, key=lambda p: (p.name.casefold(), p.actor_name.casefold()))

    def actors(self) -> builtins.list[ActorChoice]:
        """Return the register's organisations."""
        stmt = live(Actor).where(Actor.project_id == self.store.project_id)
        with self.store.session() as db:
            rows = [
                ActorChoice(a.id, a.name, a.actor_type, a.municipality) for a in db.scalars(stmt)
            ]
        return sorted(rows, key=lambda a: a.name.casefold())

    def add(
        self,
        session_id: str,
        *,
        person_id: str | None = None,
        actor_id: str | None = None,
        role: str = ParticipantRole.PARTICIPANT,
        attendance: str = Attendance.INVITED,
        participation_id: str | None = None,
    ) -> ParticipantInfo:
        """Add a person (with their organisation) or an organisation to a session."""
        _check(role, ROLES, "role")
        _check(attendance, ATTENDANCES, "attendance")
        with self.store.unit_of_work() as db:
            get_live(db, Session, session_id)
            person = get_live(db, Person, person_id) if person_id else None
            if person is not None and person.erased:
                raise InvalidInput("this person has been erased and cannot take part")
            if person is not None and actor_id is None:
                actor_id = person.actor_id
            if person is None and actor_id is None:
                raise InvalidInput("choose a person or an organisation")
            actor = get_live(db, Actor, actor_id) if actor_id else None
            taken = select(Participation.id).where(
                Participation.session_id == session_id, Participation.deleted_at.is_(None)
            )
            if person is not None:
                taken = taken.where(Participation.person_id == person.id)
            else:
                taken = taken.where(
                    Participation.person_id.is_(None), Participation.actor_id == actor_id
                )
            if db.scalar(taken) is not None:
                who = person.name if person else actor.name if actor else ""
                raise InvalidInput(f"{who} already takes part in this session")
            row = Participation(
                session_id=session_id,
                person_id=person.id if person else None,
                actor_id=actor_id,
                role=str(role),
                attendance=str(attendance),
            )
            if participation_id:
                row.id = participation_id
            db.add(row)
            db.flush()
            return _info(row, person, actor)

    def add_on_the_spot(
        self,
        session_id: str,
        name: str,
        organisation: str = "",
        actor_type: str = ActorType.OTHER,
        attendance: str = Attendance.ATTENDED,
    ) -> AddedOnTheSpot:
        """Add someone who was not in the register: creates the person (and organisation)."""
        name = _clean_name(name, "name")
        organisation = _clean_name(organisation, "organisation name")
        if not name:
            raise InvalidInput("a participant needs a name")
        _check(actor_type, ACTOR_TYPES, "kind of organisation")
        actor_created = False
        with self.store.unit_of_work() as db:
            get_live(db, Session, session_id)
            actor = None
            if organisation:
                actor = next(
                    (
                        a
                        for a in db.scalars(
                            live(Actor).where(Actor.project_id == self.store.project_id)
                        )
                        if a.name.casefold() == organisation.casefold()
                    ),
                    None,
                )
                if actor is None:
                    actor = Actor(
                        project_id=self.store.project_id, name=organisation, actor_type=actor_type
                    )
                    db.add(actor)
                    actor_created = True
            person = Person(project_id=self.store.project_id, name=name, actor=actor)
            db.add(person)
            db.flush()
            row = Participation(
                session_id=session_id,
                person_id=person.id,
                actor_id=actor.id if actor else None,
                role=ParticipantRole.PARTICIPANT,
                attendance=str(attendance),
            )
            db.add(row)
            db.flush()
            return AddedOnTheSpot(
                _info(row, person, actor), person.id, actor.id if actor else None, actor_created
            )

    def undo_on_the_spot(self, added: AddedOnTheSpot) -> None:
        """Take back an on-the-spot addition: the participation, the person, a new organisation."""
        self._tombstone(added, deleted=True)

    def redo_on_the_spot(self, added: AddedOnTheSpot) -> None:
        """Bring back what undo_on_the_spot took away."""
        self._tombstone(added, deleted=False)

    def _tombstone(self, added: AddedOnTheSpot, *, deleted: bool) -> None:
        stamp = self.store.clock() if deleted else None
        with self.store.unit_of_work() as db:
            rows: builtins.list[Synced | None] = [
                db.get(Participation, added.participant.id),
                db.get(Person, added.person_id),
            ]
            if added.actor_created and added.actor_id:
                rows.append(db.get(Actor, added.actor_id))
            for row in rows:
                if row is not None:
                    row.deleted_at = stamp

    def set_attendance(self, participation_id: str, attendance: str) -> ParticipantInfo:
        """Record whether someone was invited, attended or cancelled."""
        _check(attendance, ATTENDANCES, "attendance")
        return self._set(participation_id, attendance=str(attendance))

    def remove(self, participation_id: str) -> None:
        """Take someone off a session (a tombstone; restore brings them back)."""
        with self.store.unit_of_work() as db:
            get_live(db, Participation, participation_id).deleted_at = self.store.clock()

    def restore(self, participation_id: str) -> ParticipantInfo:
        """Bring back a removed participant."""
        with self.store.unit_of_work() as db:
            row = db.get(Participation, participation_id)
            if row is None:
                raise NotFound("participation", participation_id)
            row.deleted_at = None
            db.flush()
            return _info(row, _opt(db, Person, row.person_id), _opt(db, Actor, row.actor_id))

    def _set(self, participation_id: str, **values: str) -> ParticipantInfo:
        with self.store.unit_of_work() as db:
            row = get_live(db, Participation, participation_id)
            for name, value in values.items():
                setattr(row, name, value)
            db.flush()
            return _info(row, _opt(db, Person, row.person_id), _opt(db, Actor, row.actor_id))


def _check(value: str, allowed: tuple[str, ...], what: str) -> None:
    if value not in allowed:
        raise InvalidInput(f"not a valid {what}: {value!r}")


def _opt(db, model, key: str | None):
    return db.get(model, key) if key else None


def _info(row: Participation, person: Person | None, actor: Actor | None) -> ParticipantInfo:
    erased = person is not None and person.erased
    return ParticipantInfo(
        id=row.id,
        session_id=row.session_id,
        person_id=row.person_id,
        person_name="" if person is None or erased else person.name,
        actor_id=row.actor_id,
        actor_name=actor.name if actor is not None else "",
        actor_type=actor.actor_type if actor is not None else None,
        role=row.role,
        attendance=row.attendance,
    )
