"""Plan one row of a stakeholder import against the project as earlier rows leave it."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import insert, update

from regworkshop.services.queries import live
from regworkshop.services.stakeholders.actor_service import (
    ACTOR_LIMITS,
    EMAIL_RE,
    PERSON_LIMITS,
    PHONE_RE,
    actor_key,
    tidy,
)
from regworkshop.services.stakeholders.assessment_service import DEFAULT_VALUE, HIGH, LOW
from regworkshop.services.stakeholders.change_receipt import ChangeReceipt
from regworkshop.services.stakeholders.stakeholder_vocabulary import SCALE_WORDS, actor_type_of
from regworkshop.store.base import new_id
from regworkshop.store.enums import ActorType
from regworkshop.store.models import Actor, Assessment, AssessmentRound, Person, Project
from regworkshop.store.project_store import ProjectStore

CREATE, UPDATE, SKIP, ERROR = "create", "update", "skip", "error"
LIMITS = {
    **ACTOR_LIMITS,
    "contact": PERSON_LIMITS["name"],
    **{k: PERSON_LIMITS[k] for k in ("role", "email", "phone")},
}
FLUSH_EVERY = 1000
PERSON_DEFAULTS = {
    "consent_store": "unknown",
    "consent_quote": "unknown",
    "consent_name_org": "unknown",
    "consent_date": None,
    "consent_how": "",
    "erased": False,
}
# An export neutralises formulas with a leading apostrophe; an import takes it off again.
_NEUTRALISED = ("'=", "'+", "'-", "'@", "'\t", "'\r")

ENGLISH = {
    "new_actor": "new actor",
    "new_contact": "new contact person {0}",
    "actor_changes": "changes {0}",
    "contact_changes": "changes {0} of {1}",
    "sets_assessment": "sets influence {0} and interest {1}",
    "unchanged": "already in the project",
    "no_name": "no actor name",
    "repeats_row": "repeats row {0}",
    "unknown_type": "type “{0}” not recognised; stored as Other",
    "too_long": "{0} is longer than {1} characters",
    "bad_scale": "{0} must be a number from 1 to 5, not “{1}”",
    "bad_email": "not an e-mail address: {0}",
    "bad_phone": "not a phone number: {0}",
    "conflict": "row {0} gives this actor another {1}",
    "type_conflict": "row {0} gives this name another type",
    "no_name_column": "no column holds the actor's name (columns found: {0})",
    "column_twice": "column {0} is chosen for two fields",
    "column_missing": "there is no column {0}",
    "not_a_table": "the file does not look like a table: no line has ; , or tab between columns",
}


@dataclass(frozen=True)
class Message:
    code: str
    args: tuple = ()

    def english(self) -> str:
        return ENGLISH[self.code].format(*self.args)


@dataclass(frozen=True)
class RowPlan:
    line: int
    status: str
    actor: str
    actor_type: str
    contact: str
    messages: tuple[Message, ...]


def clean_cell(text: str) -> str:
    """Return a cell's text without a formula-neutralising apostrophe and outer spaces."""
    if text.startswith(_NEUTRALISED):
        text = text[1:]
    return text.strip()


def parse_scale(text: str) -> float | None:
    """Return a 1–5 value from '4', '3,5', '4.0' or 'hög'/'high'; None if unreadable."""
    word = SCALE_WORDS.get(text.casefold())
    if word is not None:
        return word
    try:
        value = float(text.replace(",", ".").replace("\u2212", "-"))
    except ValueError:
        return None
    return round(value, 1) if LOW <= value <= HIGH else None


@dataclass
class _PersonState:
    row: Person | dict | None
    id: str
    values: dict


@dataclass
class _ActorState:
    row: Actor | dict | None
    id: str
    values: dict
    people: dict[str, _PersonState] = field(default_factory=dict)
    assessment: tuple[float, float] | None = None
    assessment_row: Assessment | dict | None = None


@dataclass
class _Seen:
    line: int
    values: dict
    contacts: dict[str, tuple[int, dict]] = field(default_factory=dict)


class Planner:
    """Walks the rows in order against the project as the earlier rows leave it."""

    def __init__(self, store: ProjectStore, db, mapping: dict[str, int | None], write: bool):
        self.store, self.db, self.mapping, self.write = store, db, mapping, write
        self.receipt = ChangeReceipt()
        self.today = store.clock().date()
        pid = store.project_id
        self.actors: dict[tuple[str, str], _ActorState] = {}
        self.by_name: dict[str, list[tuple[str, str]]] = {}
        for actor in db.scalars(live(Actor).where(Actor.project_id == pid)):
            state = _ActorState(
                actor if write else None,
                actor.id,
                {"municipality": actor.municipality, "notes": actor.notes},
            )
            self._index(actor_key(actor.name, actor.actor_type), state)
        by_id = {s.id: s for s in self.actors.values()}
        people = live(Person).where(Person.project_id == pid, Person.erased.is_(False))
        for person in db.scalars(people):
            owner = by_id.get(person.actor_id or "")
            if owner is not None:
                values = {"role": person.role, "email": person.email, "phone": person.phone}
                person_state = _PersonState(person if write else None, person.id, values)
                owner.people.setdefault(tidy(person.name).casefold(), person_state)
        rounds = live(AssessmentRound).where(AssessmentRound.project_id == pid)
        current = db.scalars(
            rounds.order_by(AssessmentRound.held_on.desc(), AssessmentRound.created_at.desc())
        ).first()
        self.round_id = current.id if current else None
        if current is not None:
            for row in db.scalars(live(Assessment).where(Assessment.round_id == current.id)):
                owner = by_id.get(row.actor_id)
                if owner is not None:
                    owner.assessment = (float(row.influence), float(row.interest))
                    owner.assessment_row = row if write else None
        self.seen: dict[tuple[str, str], _Seen] = {}
        self.seen_names: dict[str, tuple[int, str]] = {}
        # New rows wait here, parents first, and go in as bulk inserts.
        self.pending: tuple[list, list, list] = ([], [], [])
        self.flushed: set[str] = set()

    def _index(self, key: tuple[str, str], state: _ActorState) -> None:
        self.actors[key] = state
        self.by_name.setdefault(key[0], []).append(key)

    # -- one row -----------------------------------------------------------
    def plan(self, line: int, cells: tuple[str, ...]) -> RowPlan | None:
        raw = {
            f: clean_cell(cells[i]) if i is not None and i < len(cells) else ""
            for f, i in self.mapping.items()
        }
        if not any(raw.values()):
            return None
        name, contact = tidy(raw["name"]), tidy(raw["contact"])
        messages: list[Message] = []
        errors = self._validate(raw, messages)
        kind = actor_type_of(raw["type"]) if raw["type"] else None
        if raw["type"] and kind is None:
            messages.append(Message("unknown_type", (raw["type"],)))
            kind = ActorType.OTHER
        kind = kind or self._type_by_name(name)

        def result(status: str, extra: list[Message]) -> RowPlan:
            return RowPlan(line, status, name, kind, contact, tuple(extra + messages))

        if not name:
            return result(SKIP, [Message("no_name")])
        if errors:
            return result(ERROR, errors)
        values = self._values(raw)
        key = actor_key(name, kind)
        clash = self._file_clash(line, key, contact, values)
        if clash is not None:
            return result(clash[0], [clash[1]])
        return self._changes(key, name, kind, contact, values, result)

    def _validate(self, raw: dict, messages: list[Message]) -> list[Message]:
        errors = []
        for f, value in raw.items():
            if f in LIMITS and len(value) > LIMITS[f]:
                errors.append(Message("too_long", (f, LIMITS[f])))
        for f in ("influence", "interest"):
            if raw[f] and parse_scale(raw[f]) is None:
                errors.append(Message("bad_scale", (f, raw[f][:40])))
        if raw["email"] and not EMAIL_RE.fullmatch(tidy(raw["email"])):
            errors.append(Message("bad_email", (raw["email"][:80],)))
        if raw["phone"] and not PHONE_RE.fullmatch(tidy(raw["phone"])):
            errors.append(Message("bad_phone", (raw["phone"][:80],)))
        return errors

    def _values(self, raw: dict) -> dict:
        return {
            "municipality": tidy(raw["municipality"]),
            "notes": raw["notes"],
            "role": tidy(raw["role"]),
            "email": tidy(raw["email"]),
            "phone": tidy(raw["phone"]),
            "influence": parse_scale(raw["influence"]) if raw["influence"] else None,
            "interest": parse_scale(raw["interest"]) if raw["interest"] else None,
        }

    def _type_by_name(self, name: str) -> str:
        folded = tidy(name).casefold()
        if folded in self.seen_names:
            return self.seen_names[folded][1]
        keys = self.by_name.get(folded, [])
        return keys[0][1] if len(keys) == 1 else ActorType.OTHER

    def _file_clash(self, line, key, contact, values) -> tuple[str, Message] | None:
        """Check a row against earlier rows of the same file."""
        earlier = self.seen_names.get(key[0])
        if earlier is not None and earlier[1] != key[1]:
            return ERROR, Message("type_conflict", (earlier[0],))
        seen = self.seen.get(key)
        actor_values = {k: values[k] for k in ("municipality", "notes", "influence", "interest")}
        person_values = {k: values[k] for k in ("role", "email", "phone")}
        if seen is None:
            self.seen[key] = _Seen(line, actor_values)
            self.seen_names[key[0]] = (line, key[1])
            if contact:
                self.seen[key].contacts[contact.casefold()] = (line, person_values)
            return None
        for k, v in actor_values.items():
            if v not in (None, "") and seen.values[k] not in (None, "") and seen.values[k] != v:
                return ERROR, Message("conflict", (seen.line, k))
        for k, v in actor_values.items():
            if seen.values[k] in (None, ""):
                seen.values[k] = v
        if not contact:
            return SKIP, Message("repeats_row", (seen.line,))
        other = seen.contacts.get(contact.casefold())
        if other is None:
            seen.contacts[contact.casefold()] = (line, person_values)
            return None
        for k, v in person_values.items():
            if v and other[1][k] and other[1][k] != v:
                return ERROR, Message("conflict", (other[0], k))
        return SKIP, Message("repeats_row", (other[0],))

    def _changes(self, key, name, kind, contact, values, result) -> RowPlan:
        changes: list[Message] = []
        state = self.actors.get(key)
        created = state is None
        if state is None:
            state = self._create_actor(key, name, kind, values)
            changes.append(Message("new_actor"))
        else:
            updated = {
                k: values[k]
                for k in ("municipality", "notes")
                if values[k] and values[k] != state.values[k]
            }
            if updated:
                self._update_actor(state, updated)
                changes.append(Message("actor_changes", (", ".join(updated),)))
        if contact:
            person = state.people.get(contact.casefold())
            if person is None:
                self._create_person(state, contact, values)
                changes.append(Message("new_contact", (contact,)))
            else:
                updated = {
                    k: values[k]
                    for k in ("role", "email", "phone")
                    if values[k] and values[k] != person.values[k]
                }
                if updated:
                    self._update_person(person, updated)
                    changes.append(Message("contact_changes", (", ".join(updated), contact)))
        if values["influence"] is not None or values["interest"] is not None:
            old = state.assessment or (DEFAULT_VALUE, DEFAULT_VALUE)
            new = (
                values["influence"] if values["influence"] is not None else old[0],
                values["interest"] if values["interest"] is not None else old[1],
            )
            if state.assessment is None or new != state.assessment:
                self._assess(state, new)
                changes.append(Message("sets_assessment", new))
        if created:
            return result(CREATE, changes)
        return result(UPDATE, changes) if changes else result(SKIP, [Message("unchanged")])

    # -- effects (recorded in the plan; written only when applying) ---------
    # New rows are plain dicts inserted in bulk (ten thousand ORM objects cost seconds);
    # rows that were already in the project are ORM objects changed in place.
    def _new(self, level: int, model, values: dict) -> dict:
        now = self.store.clock()
        row = {
            "id": new_id(),
            **values,
            "created_at": now,
            "updated_at": now,
            "device_id": self.store.device_id,
            "deleted_at": None,
        }
        self.pending[level].append((model, row))
        return row

    def _change(self, model, row, updated: dict, receipt_model: str) -> None:
        if isinstance(row, dict):  # created by this import: no receipt entry needed
            row.update(updated)
            if row["id"] in self.flushed:
                stamps = {"updated_at": self.store.clock(), "device_id": self.store.device_id}
                self.db.execute(
                    update(model).where(model.id == row["id"]).values(**updated, **stamps)
                )
            return
        before = {k: getattr(row, k) for k in updated}
        for k, v in updated.items():
            setattr(row, k, v)
        self.receipt.changed(receipt_model, row.id, before, updated)

    def flush(self) -> None:
        """Insert the new rows parents first (actors and rounds, then people and values)."""
        for level in self.pending:
            for model in dict.fromkeys(m for m, _r in level):
                self.db.execute(insert(model), [r for m, r in level if m is model])
            self.flushed.update(r["id"] for _m, r in level)
            level.clear()
        self.db.flush()

    def _create_actor(self, key, name, kind, values) -> _ActorState:
        fields = {
            "name": name,
            "actor_type": kind,
            "municipality": values["municipality"],
            "notes": values["notes"],
        }
        row = None
        if self.write:
            row = self._new(0, Actor, {"project_id": self.store.project_id, **fields})
            self.receipt.created("actor", row["id"], fields)
        state = _ActorState(
            row, row["id"] if row else "", {k: fields[k] for k in ("municipality", "notes")}
        )
        self._index(key, state)
        return state

    def _update_actor(self, state: _ActorState, updated: dict) -> None:
        if self.write and state.row is not None:
            self._change(Actor, state.row, updated, "actor")
        state.values.update(updated)

    def _create_person(self, state: _ActorState, contact: str, values: dict) -> None:
        fields = {k: values[k] for k in ("role", "email", "phone")}
        row = None
        if self.write:
            person = {"project_id": self.store.project_id, "actor_id": state.id, "name": contact}
            row = self._new(1, Person, {**person, **fields, **PERSON_DEFAULTS})
            self.receipt.created("person", row["id"], {"name": contact, **fields})
        state.people[contact.casefold()] = _PersonState(row, row["id"] if row else "", fields)

    def _update_person(self, person: _PersonState, updated: dict) -> None:
        if self.write and person.row is not None:
            self._change(Person, person.row, updated, "person")
        person.values.update(updated)

    def _assess(self, state: _ActorState, new: tuple[float, float]) -> None:
        if self.write:
            if self.round_id is None:
                self.round_id = self._create_round()
            after = {"influence": new[0], "interest": new[1]}
            if state.assessment_row is None:
                values = {"round_id": self.round_id, "actor_id": state.id, "comment": "", **after}
                state.assessment_row = self._new(2, Assessment, values)
                self.receipt.created("assessment", state.assessment_row["id"], after)
            else:
                self._change(Assessment, state.assessment_row, after, "assessment")
        state.assessment = new

    def _create_round(self) -> str:
        project = self.db.get(Project, self.store.project_id)
        day = self.today.isoformat()
        name = (
            f"Stakeholder analysis {day}"
            if project and project.language == "en"
            else f"Intressentanalys {day}"
        )
        values = {"project_id": self.store.project_id, "name": name, "held_on": self.today}
        row = self._new(0, AssessmentRound, values)
        self.receipt.created("round", row["id"], {"name": name})
        return row["id"]
