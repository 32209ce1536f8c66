"""What the demo project holds, counted from the file, so tests need not hard-code the demo."""

from __future__ import annotations

import sqlite3
from pathlib import Path

TABLES = {
    "notes": "rw_note",
    "sessions": "rw_session",
    "insights": "rw_insight",
    "clusters": "rw_cluster",
    "evidence": "rw_evidence",
    "people": "rw_person",
    "actors": "rw_actor",
}


def demo_counts(path: Path) -> dict[str, int]:
    """Count the live rows of the demo's main tables (read-only)."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return {
            key: db.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]
            for key, table in TABLES.items()
        }
