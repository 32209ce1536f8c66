"""A record of the rows one bulk use case created or changed, so it can be undone and redone."""

from __future__ import annotations

from dataclasses import dataclass, field

from regworkshop.store.base import Synced
from regworkshop.store.models import Actor, Assessment, AssessmentRound, Person
from regworkshop.store.project_store import ProjectStore

MODELS: dict[str, type[Synced]] = {
    "actor": Actor,
    "person": Person,
    "assessment": Assessment,
    "round": AssessmentRound,
}


@dataclass(frozen=True)
class Change:
    """One row: created (``before`` is None) or changed from ``before`` to ``after``."""

    model: str
    id: str
    before: dict | None
    after: dict


@dataclass
class ChangeReceipt:
    changes: list[Change] = field(default_factory=list)

    def created(self, model: str, key: str, values: dict) -> None:
        self.changes.append(Change(model, key, None, dict(values)))

    def changed(self, model: str, key: str, before: dict, after: dict) -> None:
        self.changes.append(Change(model, key, dict(before), dict(after)))

    def count(self, model: str, created: bool) -> int:
        return sum(1 for c in self.changes if c.model == model and (c.before is None) == created)

    def __bool__(self) -> bool:
        return bool(self.changes)


def undo_receipt(store: ProjectStore, receipt: ChangeReceipt) -> None:
    """Take back what a receipt records: tombstone created rows, restore changed values."""
    with store.unit_of_work() as db:
        now = store.clock()
        for change in reversed(receipt.changes):
            row = db.get(MODELS[change.model], change.id)
            if row is None:
                continue
            if change.before is None:
                row.deleted_at = now
            else:
                for key, value in change.before.items():
                    setattr(row, key, value)


def redo_receipt(store: ProjectStore, receipt: ChangeReceipt) -> None:
    """Do again what a receipt records after an undo."""
    with store.unit_of_work() as db:
        for change in receipt.changes:
            row = db.get(MODELS[change.model], change.id)
            if row is None:
                continue
            if change.before is None:
                row.deleted_at = None
            else:
                for key, value in change.after.items():
                    setattr(row, key, value)
