"""The commitments of the declaration of intent, as reports list them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from regworkshop.store.models import Actor, Commitment
from regworkshop.store.project_store import ProjectStore


@dataclass(frozen=True)
class CommitmentLine:
    id: str
    actor: str
    text: str
    due: date | None
    status: str


def commitment_lines(store: ProjectStore) -> list[CommitmentLine]:
    """Return the live commitments by organisation, then due date."""
    stmt = (
        select(Commitment, Actor.name)
        .outerjoin(Actor, Actor.id == Commitment.actor_id)
        .where(Commitment.deleted_at.is_(None), Commitment.project_id == store.project_id)
    )
    with store.session() as db:
        rows = [
            CommitmentLine(c.id, name or "", c.text, c.due, c.status)
            for c, name in db.execute(stmt)
        ]
    return sorted(rows, key=lambda r: (r.actor.casefold(), r.due or date.max, r.text))
