"""Import actors and contact people from a region's spreadsheet: preview first, then all or none.

A row names an actor (matched to the project's actors by name and type) and
may name one contact person of it and its influence and interest in the
current assessment round. Empty cells never erase what is stored, so
importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from regworkshop.services.errors import ServiceError
from regworkshop.services.stakeholders.change_receipt import ChangeReceipt
from regworkshop.services.stakeholders.import_planner import (
    CREATE,
    ERROR,
    FLUSH_EVERY,
    SKIP,
    UPDATE,
    Message,
    Planner,
    RowPlan,
)
from regworkshop.services.stakeholders.stakeholder_vocabulary import FIELDS, guess_mapping
from regworkshop.services.stakeholders.table_source import SourceTable
from regworkshop.store.project_store import ProjectStore

__all__ = ["CREATE", "ERROR", "SKIP", "UPDATE", "Message", "RowPlan"]


@dataclass(frozen=True)
class ImportPreview:
    source: SourceTable
    mapping: dict[str, int | None]
    rows: tuple[RowPlan, ...]
    problems: tuple[Message, ...]  # about the whole file or mapping; they block the import

    @property
    def counts(self) -> dict[str, int]:
        counter = Counter(r.status for r in self.rows)
        return {s: counter.get(s, 0) for s in (CREATE, UPDATE, SKIP, ERROR)}

    @property
    def can_apply(self) -> bool:
        counts = self.counts
        return not self.problems and not counts[ERROR] and bool(counts[CREATE] + counts[UPDATE])


@dataclass(frozen=True)
class ImportResult:
    receipt: ChangeReceipt
    actors_created: int
    actors_updated: int
    people_created: int
    people_updated: int
    assessments: int


class ImportRefused(ServiceError):
    """The import cannot run; nothing was written."""

    def __init__(self, message: Message, line: int | None = None) -> None:
        self.message = message
        self.line = line
        where = f"row {line}: " if line else ""
        super().__init__(where + message.english())


def check_mapping(source: SourceTable, mapping: dict[str, int | None]) -> tuple[Message, ...]:
    """Return what is wrong with a field -> column mapping (nothing if it can be used)."""
    width = max([len(source.header), *(len(c) for _n, c in source.rows)])
    problems: list[Message] = []
    used = [i for i in mapping.values() if i is not None]
    for column in sorted({i for i in used if used.count(i) > 1}):
        problems.append(Message("column_twice", (column_label(source, column),)))
    for i in used:
        if not 0 <= i < width:
            problems.append(Message("column_missing", (i + 1,)))
    if mapping.get("name") is None:
        if source.format == "csv" and source.delimiter is None:
            problems.append(Message("not_a_table"))
        else:
            found = ", ".join(h for h in source.header if h) or "–"
            problems.append(Message("no_name_column", (found,)))
    return tuple(problems)


def column_label(source: SourceTable, column: int) -> str:
    """Return a column's header, or its number if the header cell is empty."""
    if column < len(source.header) and source.header[column]:
        return source.header[column]
    return str(column + 1)


def preview(
    store: ProjectStore, source: SourceTable, mapping: dict[str, int | None] | None = None
) -> ImportPreview:
    """Plan an import without writing: which rows create, update or are skipped, and why."""
    mapping = _full(mapping if mapping is not None else guess_mapping(list(source.header)))
    problems = check_mapping(source, mapping)
    if problems:
        return ImportPreview(source, mapping, (), problems)
    with store.session() as db:
        planner = Planner(store, db, mapping, write=False)
        rows = tuple(planner.plan(line, cells) for line, cells in source.rows)
    return ImportPreview(source, mapping, tuple(r for r in rows if r is not None), ())


def apply_import(
    store: ProjectStore, source: SourceTable, mapping: dict[str, int | None] | None = None
) -> ImportResult:
    """Import every row in one transaction; a bad row rolls all of them back."""
    mapping = _full(mapping if mapping is not None else guess_mapping(list(source.header)))
    problems = check_mapping(source, mapping)
    if problems:
        raise ImportRefused(problems[0])
    with store.unit_of_work() as db:
        planner = Planner(store, db, mapping, write=True)
        for n, (line, cells) in enumerate(source.rows, start=1):
            row = planner.plan(line, cells)
            if row is not None and row.status == ERROR:
                raise ImportRefused(row.messages[0], line)
            if n % FLUSH_EVERY == 0:
                planner.flush()
        planner.flush()
        receipt = planner.receipt
        return ImportResult(
            receipt=receipt,
            actors_created=receipt.count("actor", True),
            actors_updated=receipt.count("actor", False),
            people_created=receipt.count("person", True),
            people_updated=receipt.count("person", False),
            assessments=receipt.count("assessment", True) + receipt.count("assessment", False),
        )


def _full(mapping: dict[str, int | None]) -> dict[str, int | None]:
    unknown = set(mapping) - set(FIELDS)
    if unknown:
        raise ImportRefused(Message("column_missing", (", ".join(sorted(unknown)),)))
    return {f: mapping.get(f) for f in FIELDS}
