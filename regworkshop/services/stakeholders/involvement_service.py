"""The involvement plan: when, where and how each actor takes part."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from regworkshop.services.errors import InvalidInput, NotFound
from regworkshop.services.queries import get_live
from regworkshop.store.enums import InvolvementForm
from regworkshop.store.models import Actor, Involvement
from regworkshop.store.project_store import ProjectStore

FIELDS = ("form", "when_date", "when_text", "where", "how")
LIMITS = {"when_text": 200, "where": 300, "how": 5_000}


@dataclass(frozen=True)
class InvolvementInfo:
    id: str
    actor_id: str
    actor_name: str
    actor_type: str
    form: str
    when_date: date | None
    when_text: str
    where: str
    how: str

    def value(self, field: str):
        return getattr(self, field)

    @property
    def when(self) -> str:
        """The date (ISO) and the period text, whichever are set."""
        parts = [self.when_date.isoformat()] if self.when_date else []
        if self.when_text:
            parts.append(self.when_text)
        return " · ".join(parts)


def clean_involvement_fields(fields: dict) -> dict:
    """Validate and tidy involvement fields; raise InvalidInput on a broken rule."""
    out: dict = {}
    for key, value in fields.items():
        if key not in FIELDS:
            raise InvalidInput(f"an involvement has no field {key!r}")
        if key == "form":
            if value not in set(InvolvementForm):
                raise InvalidInput(f"unknown involvement form {value!r}")
            out[key] = str(value)
        elif key == "when_date":
            if value is not None and not isinstance(value, date):
                raise InvalidInput("when must be a date")
            out[key] = value
        else:
            value = str(value).strip() if key == "how" else " ".join(str(value).split())
            if len(value) > LIMITS[key]:
                raise InvalidInput(
                    f"{key.replace('_', ' ')} can be at most {LIMITS[key]} characters"
                )
            out[key] = value
    return out


class InvolvementService:
    """List, add, edit, delete and restore the plan's entries."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    def list(self, form: str | None = None, actor_id: str | None = None) -> list[InvolvementInfo]:
        """Return the plan (live entries of live actors), by date, then actor; filter by form."""
        stmt = (
            select(Involvement, Actor)
            .join(Actor, Actor.id == Involvement.actor_id)
            .where(
                Involvement.deleted_at.is_(None),
                Actor.deleted_at.is_(None),
                Actor.project_id == self.store.project_id,
            )
        )
        if form:
            stmt = stmt.where(Involvement.form == form)
        if actor_id:
            stmt = stmt.where(Involvement.actor_id == actor_id)
        with self.store.session() as db:
            rows = [_info(i, a) for i, a in db.execute(stmt)]
        order: dict[str, int] = {f: n for n, f in enumerate(InvolvementForm)}
        return sorted(
            rows,
            key=lambda r: (
                r.when_date or date.max,
                r.actor_name.casefold(),
                order.get(r.form, 99),
            ),
        )

    def get(self, involvement_id: str) -> InvolvementInfo:
        with self.store.session() as db:
            row = get_live(db, Involvement, involvement_id)
            return _info(row, get_live(db, Actor, row.actor_id))

    def create(
        self,
        actor_id: str,
        form: str,
        when_date: date | None = None,
        when_text: str = "",
        where: str = "",
        how: str = "",
        *,
        involvement_id: str | None = None,
    ) -> InvolvementInfo:
        """Plan an involvement form for an actor."""
        fields = clean_involvement_fields(
            {
                "form": form,
                "when_date": when_date,
                "when_text": when_text,
                "where": where,
                "how": how,
            }
        )
        with self.store.unit_of_work() as db:
            actor = get_live(db, Actor, actor_id)
            row = Involvement(actor_id=actor_id, **fields)
            if involvement_id:
                row.id = involvement_id
            db.add(row)
            db.flush()
            return _info(row, actor)

    def update(self, involvement_id: str, **fields) -> InvolvementInfo:
        """Change some fields of an entry (form, when_date, when_text, where, how)."""
        fields = clean_involvement_fields(fields)
        with self.store.unit_of_work() as db:
            row = get_live(db, Involvement, involvement_id)
            for key, value in fields.items():
                if getattr(row, key) != value:
                    setattr(row, key, value)
            db.flush()
            return _info(row, get_live(db, Actor, row.actor_id))

    def delete(self, involvement_ids: builtins.list[str]) -> None:
        """Tombstone plan entries."""
        with self.store.unit_of_work() as db:
            for key in involvement_ids:
                get_live(db, Involvement, key).deleted_at = self.store.clock()

    def restore(self, involvement_ids: builtins.list[str]) -> None:
        with self.store.unit_of_work() as db:
            for key in involvement_ids:
                row = db.get(Involvement, key)
                if row is None:
                    raise NotFound("involvement", key)
                row.deleted_at = None


def _info(row: Involvement, actor: Actor) -> InvolvementInfo:
    return InvolvementInfo(
        id=row.id,
        actor_id=row.actor_id,
        actor_name=actor.name,
        actor_type=actor.actor_type,
        form=row.form,
        when_date=row.when_date,
        when_text=row.when_text,
        where=row.where,
        how=row.how,
    )
