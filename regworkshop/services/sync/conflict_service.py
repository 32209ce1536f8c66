"""Conflicts: note and insight texts written concurrently on two laptops, and their resolution."""

from __future__ import annotations

from dataclasses import dataclass

from regworkshop.services.errors import InvalidInput, NotFound
from regworkshop.services.sync import row_merge
from regworkshop.services.sync.merge_service import open_conflicts
from regworkshop.store import stamps
from regworkshop.store.base import Synced
from regworkshop.store.models import Insight, Note, Session
from regworkshop.store.project_store import ProjectStore

MODELS: dict[str, type[Synced]] = {"rw_note": Note, "rw_insight": Insight}


@dataclass(frozen=True)
class ConflictInfo:
    """One field with concurrent versions: the one shown now and the others kept aside."""

    entity: str
    row_id: str
    field: str
    current: str
    current_stamp: str
    others: tuple[tuple[str, str], ...]  # (text, stamp), newest first
    context: str  # e.g. the session title of a note, the kind of an insight

    @property
    def versions(self) -> tuple[str, ...]:
        return (self.current, *(text for text, _ in self.others))


class ConflictService:
    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    def list(self) -> list[ConflictInfo]:
        """Return every open conflict, with the versions to choose from."""
        result = []
        with self.store.session() as db:
            for c in open_conflicts(db.connection()):
                model = MODELS[c.entity]
                row = db.get(model, c.row_id)
                context = ""
                if isinstance(row, Note):
                    session = db.get(Session, row.session_id)
                    context = session.title if session else ""
                elif isinstance(row, Insight):
                    context = row.title
                result.append(
                    ConflictInfo(
                        c.entity,
                        c.row_id,
                        c.field,
                        c.current.value,
                        c.current.stamp,
                        tuple((v.value, v.stamp) for v in c.others),
                        context,
                    )
                )
        return result

    def resolve(self, entity: str, row_id: str, field: str, text: str) -> None:
        """Keep *text* (one of the versions, or a combination) and close the conflict everywhere.

        The resolved text is a new edit whose history names every version it
        replaces, so when it travels, other laptops close the conflict too.
        """
        model = MODELS.get(entity)
        if model is None or field not in stamps.TEXT_FIELDS.get(entity, ()):
            raise InvalidInput(f"no text field {field} on {entity}")
        with self.store.unit_of_work() as db:
            conflicts = [
                c
                for c in open_conflicts(db.connection())
                if (c.entity, c.row_id, c.field) == (entity, row_id, field)
            ]
            row = db.get(model, row_id)
            if row is None:
                raise NotFound(entity, row_id)
            replaced = {v.stamp for c in conflicts for v in (c.current, *c.others)}
            setattr(row, field, text)
            db.flush()
            # Always a new write (even when the chosen text is the current one), so the
            # resolution has a stamp of its own that other laptops can recognise.
            current = stamps.load(row.field_stamps)
            write = stamps.stamp(self.store.clock(), self.store.device_id)
            created = stamps.creation_stamp(row.created_at)
            if stamps.field_stamp(current, field, created) != write:
                stamps.record_write(current, field, write, created, True)
            entry = current[field]
            history = [h for h in dict.fromkeys([*entry.get("h", []), *sorted(replaced)])]
            current[field] = {"s": entry["s"], "h": [h for h in history if h != entry["s"]]}
            row.field_stamps = stamps.dump(current)


__all__ = ["ConflictInfo", "ConflictService", "row_merge"]
