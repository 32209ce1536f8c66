"""Commitments: what each actor commits to in the follow-up (the declaration of intent)."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from regworkshop.services.errors import InvalidInput, NotFound
from regworkshop.services.queries import get_live, live
from regworkshop.services.stakeholders.actor_service import tidy
from regworkshop.store.enums import CommitmentStatus
from regworkshop.store.models import Actor, Commitment
from regworkshop.store.project_store import ProjectStore

MAX_TEXT = 4000
STATUSES = tuple(s.value for s in CommitmentStatus)
FIELDS = ("actor_id", "text", "due", "status")


@dataclass(frozen=True)
class CommitmentInfo:
    id: str
    actor_id: str | None
    actor_name: str
    actor_type: str
    text: str
    due: date | None
    status: str

    def value(self, field: str):
        return getattr(self, field)


def clean_commitment(fields: dict) -> dict:
    """Return the fields of a commitment tidied, or raise InvalidInput."""
    out = dict(fields)
    if "text" in out:
        text = (out["text"] or "").strip()
        if not text:
            raise InvalidInput("a commitment needs a text")
        if len(text) > MAX_TEXT:
            raise InvalidInput(f"a commitment can be at most {MAX_TEXT} characters")
        out["text"] = text
    if "status" in out and out["status"] not in STATUSES:
        raise InvalidInput(f"not a commitment status: {out['status']!r}")
    if isinstance(out.get("due"), str):
        text = out["due"].strip()
        try:
            out["due"] = date.fromisoformat(text) if text else None
        except ValueError:
            raise InvalidInput(f"not a date: {text!r} (use YYYY-MM-DD)") from None
    if "due" in out and out["due"] is not None and not isinstance(out["due"], date):
        raise InvalidInput("a due date must be a date")
    unknown = set(out) - set(FIELDS)
    if unknown:
        raise InvalidInput(f"unknown commitment fields: {', '.join(sorted(unknown))}")
    return out


class CommitmentService:
    """Record, change, delete and restore commitments."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    def list(self) -> list[CommitmentInfo]:
        """Return the live commitments, grouped by actor name, oldest first within an actor."""
        stmt = (
            select(Commitment, Actor)
            .outerjoin(Actor, Actor.id == Commitment.actor_id)
            .where(Commitment.deleted_at.is_(None), Commitment.project_id == self.store.project_id)
            .order_by(Commitment.created_at)
        )
        with self.store.session() as db:
            rows = [_info(c, a) for c, a in db.execute(stmt)]
        return sorted(rows, key=lambda c: (c.actor_name == "", c.actor_name.casefold()))

    def get(self, commitment_id: str) -> CommitmentInfo:
        with self.store.session() as db:
            row = get_live(db, Commitment, commitment_id)
            return _info(row, db.get(Actor, row.actor_id) if row.actor_id else None)

    def create(
        self,
        actor_id: str | None,
        text: str,
        *,
        due: date | None = None,
        status: str = CommitmentStatus.PROPOSED,
        commitment_id: str | None = None,
    ) -> CommitmentInfo:
        """Record what an actor commits to."""
        fields = clean_commitment({"text": text, "due": due, "status": status})
        with self.store.unit_of_work() as db:
            actor = get_live(db, Actor, actor_id) if actor_id else None
            row = Commitment(project_id=self.store.project_id, actor_id=actor_id, **fields)
            if commitment_id:
                row.id = commitment_id
            db.add(row)
            db.flush()
            return _info(row, actor)

    def update(self, commitment_id: str, **fields) -> CommitmentInfo:
        """Change fields of a commitment (actor_id, text, due, status)."""
        fields = clean_commitment(fields)
        with self.store.unit_of_work() as db:
            row = get_live(db, Commitment, commitment_id)
            if fields.get("actor_id"):
                get_live(db, Actor, fields["actor_id"])
            for name, value in fields.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
            db.flush()
            return _info(row, db.get(Actor, row.actor_id) if row.actor_id else None)

    def delete(self, commitment_id: str) -> None:
        """Tombstone a commitment (restore brings it back)."""
        with self.store.unit_of_work() as db:
            get_live(db, Commitment, commitment_id).deleted_at = self.store.clock()

    def restore(self, commitment_id: str) -> None:
        with self.store.unit_of_work() as db:
            row = db.get(Commitment, commitment_id)
            if row is None:
                raise NotFound("commitment", commitment_id)
            row.deleted_at = None

    def actors(self) -> builtins.list[tuple[str, str]]:
        """Return (id, name) of the live actors a commitment can belong to."""
        stmt = live(Actor).where(Actor.project_id == self.store.project_id).order_by(Actor.name)
        with self.store.session() as db:
            return [(a.id, a.name) for a in db.scalars(stmt)]


def _info(row: Commitment, actor: Actor | None) -> CommitmentInfo:
    live_actor = actor if actor is not None and actor.deleted_at is None else None
    return CommitmentInfo(
        id=row.id,
        actor_id=row.actor_id,
        actor_name=tidy(live_actor.name) if live_actor else "",
        actor_type=live_actor.actor_type if live_actor else "",
        text=row.text,
        due=row.due,
        status=row.status,
    )
