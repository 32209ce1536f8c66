"""The knowledge base as a theme × actor-type matrix of note counts (where is it thin?)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from regworkshop.services.knowledge.search_filters import (
    NONE,
    SearchFilters,
    note_actor_type_alone,
    note_scope,
)
from regworkshop.store.models import Note
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
        kind = note_actor_type_alone()
        dialect = self.store.engine.dialect.name
        clauses = note_scope(filters or SearchFilters(), self.store.project_id, dialect)
        stmt = (
            select(Note.theme_id, kind, func.count()).where(*clauses).group_by(Note.theme_id, kind)
        )
        with self.store.engine.connect() as conn:
            return Matrix({(t or NONE, a or NONE): n for t, a, n in conn.execute(stmt)})
