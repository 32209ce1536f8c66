"""Small query helpers shared by services (live rows, lookups)."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session as DbSession

from regworkshop.services.errors import NotFound
from regworkshop.store.base import Synced

T = TypeVar("T", bound=Synced)


def live(model: type[T]) -> Select[T]:
    """Select the rows of *model* that are not tombstoned."""
    return select(model).where(model.deleted_at.is_(None))


def get_live(db: DbSession, model: type[T], key: str) -> T:
    """Return the live row *key* of *model*, or raise NotFound."""
    row = db.get(model, key)
    if row is None or row.deleted_at is not None:
        raise NotFound(model.__tablename__.removeprefix("rw_"), key)
    return row
