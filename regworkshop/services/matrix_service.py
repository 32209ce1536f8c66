"""The knowledge base as a theme × actor-type matrix of note counts (where is it thin?)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func

from regworkshop.services.search_filters import (
    NONE,
    SearchFilters,
    apply_filters,
    base_note_query,
    note_actor_type,
)
from regworkshop.store.models import Note, Session
from regworkshop.store.project_store import ProjectStore


@dataclass(frozen=True)
class Matrix:
    """counts[(theme_id or NONE, actor_type or NONE)] = live notes."""

    counts: dict[tuple[str, str], int]

    def count(self, theme_id: str | None, actor_type: str | None) -> int:
        return self.counts.get((theme_id or NONE, actor_type or NONE), 0)

    def theme_total(self, theme_id: str | None) -> int:
        key = theme_id or NONE
        return sum(n for (t, _), n in self.counts.items() if t == key)

    def type_total(self, actor_type: str | None) -> int:
        key = actor_type or NONE
        return sum(n for (_, a), n in self.counts.items() if a == key)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


class MatrixService:
    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    def matrix(self, filters: SearchFilters | None = None) -> Matrix:
        """Count live notes by theme and actor type (within *filters*)."""
        kind = note_actor_type()
        stmt = base_note_query(Note.theme_id, kind, func.count()).where(
            Session.project_id == self.store.project_id
        )
        stmt = apply_filters(stmt, filters or SearchFilters()).group_by(Note.theme_id, kind)
        with self.store.session() as db:
            return Matrix({(t or NONE, a or NONE): n for t, a, n in db.execute(stmt)})
