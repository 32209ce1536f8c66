"""Salvage a damaged project: copy every row SQLite can still read into a new file.

The damaged file is only ever opened read-only. Rows are read table by table;
where a whole-table read fails, rows are read one rowid at a time and the
unreadable ones are counted, not guessed.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from regworkshop.services.sync.bundle_format import ORDER, TABLES
from regworkshop.store import project_file
from regworkshop.store.base import utcnow
from regworkshop.store.project_store import Clock, create_project

MAX_PROBE = 2_000_000


@dataclass(frozen=True)
class SalvageReport:
    target: Path
    copied: dict[str, int]
    lost: dict[str, int] = field(default_factory=dict)

    @property
    def total_copied(self) -> int:
        return sum(self.copied.values())

    @property
    def total_lost(self) -> int:
        return sum(self.lost.values())


def _read_rows(conn: sqlite3.Connection, table: str, columns: list[str]) -> tuple[list, int]:
    cols = ", ".join(columns)
    try:
        return conn.execute(f"SELECT {cols} FROM {table}").fetchall(), 0  # noqa: S608
    except sqlite3.DatabaseError:
        pass
    rows, lost = [], 0
    try:
        top = conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0  # noqa: S608
    except sqlite3.DatabaseError:
        top = MAX_PROBE
    for rowid in range(1, min(top, MAX_PROBE) + 1):
        try:
            row = conn.execute(
                f"SELECT {cols} FROM {table} WHERE rowid = ?",
                (rowid,),  # noqa: S608
            ).fetchone()
        except sqlite3.DatabaseError:
            lost += 1
            continue
        if row is not None:
            rows.append(row)
    return rows, lost


def salvage(damaged: Path, target: Path, *, device_id: str, clock: Clock = utcnow) -> SalvageReport:
    """Create *target* and copy into it every readable row of *damaged*."""
    conn = project_file.readonly_connect(damaged)
    try:
        project_rows, _ = _read_rows(
            conn, "rw_project", [c.name for c in TABLES["rw_project"].columns]
        )
        project_row = None
        if project_rows:
            names = [c.name for c in TABLES["rw_project"].columns]
            project_row = dict(zip(names, project_rows[0], strict=True))
        store = create_project(
            target,
            (project_row or {}).get("title") or damaged.stem,
            device_id=device_id,
            clock=clock,
            project_id=(project_row or {}).get("id"),
        )
        copied: dict[str, int] = {}
        lost: dict[str, int] = {}
        try:
            with store.engine.begin() as out:
                out.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
                for name in ORDER:
                    if name == "rw_project":
                        continue
                    table = TABLES[name]
                    columns = [c.name for c in table.columns]
                    try:
                        rows, missing = _read_rows(conn, name, columns)
                    except sqlite3.DatabaseError:
                        rows, missing = [], 1
                    if missing:
                        lost[name] = missing
                    if rows:
                        placeholders = ", ".join("?" for _ in columns)
                        out.exec_driver_sql(
                            f"INSERT OR IGNORE INTO {name} ({', '.join(columns)}) "  # noqa: S608
                            f"VALUES ({placeholders})",
                            [tuple(r) for r in rows],
                        )
                        copied[name] = len(rows)
                # Rows whose parents were lost cannot stay: drop them rather than break links.
                for name in reversed(ORDER):
                    for fk in TABLES[name].foreign_keys:
                        parent = fk.column.table.name
                        col = fk.parent.name
                        out.exec_driver_sql(
                            f"DELETE FROM {name} WHERE {col} IS NOT NULL AND {col} NOT IN "  # noqa: S608
                            f"(SELECT id FROM {parent})"
                        )
        finally:
            store.close()
    finally:
        conn.close()
    return SalvageReport(target, copied, lost)
