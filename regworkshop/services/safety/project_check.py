"""Check a project file: SQLite's own integrity check plus the app's invariants.

Everything here reads the file through a read-only connection, so checking a
damaged file never makes it worse.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from regworkshop.store import project_file
from regworkshop.store.errors import DamagedProject, ProjectError

# Each invariant: (name, SQL counting the rows that break it).
INVARIANTS: tuple[tuple[str, str], ...] = (
    (
        "notes whose session is missing",
        "SELECT count(*) FROM rw_note n LEFT JOIN rw_session s ON s.id = n.session_id "
        "WHERE s.id IS NULL",
    ),
    (
        "notes in a theme of another session",
        "SELECT count(*) FROM rw_note n JOIN rw_theme t ON t.id = n.theme_id "
        "WHERE t.session_id IS NOT NULL AND t.session_id <> n.session_id",
    ),
    (
        "people of a missing organisation",
        "SELECT count(*) FROM rw_person p LEFT JOIN rw_actor a ON a.id = p.actor_id "
        "WHERE p.actor_id IS NOT NULL AND a.id IS NULL",
    ),
    (
        "evidence links to missing notes",
        "SELECT count(*) FROM rw_evidence e LEFT JOIN rw_note n ON n.id = e.note_id "
        "WHERE n.id IS NULL",
    ),
    (
        "agenda items feeding a theme of another session",
        "SELECT count(*) FROM rw_agenda_item_theme l "
        "JOIN rw_agenda_item i ON i.id = l.agenda_item_id "
        "JOIN rw_theme t ON t.id = l.theme_id "
        "WHERE l.deleted_at IS NULL AND t.session_id IS NOT NULL AND t.session_id <> i.session_id",
    ),
    (
        "runs whose current item belongs to another session",
        "SELECT count(*) FROM rw_session_run r JOIN rw_agenda_item i ON i.id = r.current_item_id "
        "WHERE i.session_id <> r.session_id",
    ),
    (
        "more than one project in the file",
        "SELECT max(count(*) - 1, 0) FROM rw_project WHERE deleted_at IS NULL",
    ),
)

# Full-text indexes must hold exactly the rows of their content tables.
FTS_INDEXES = (("rw_fts_note", "rw_note"), ("rw_fts_insight", "rw_insight"))


@dataclass(frozen=True)
class CheckReport:
    target: str
    ok: bool
    sqlite_verdict: str
    problems: tuple[str, ...] = field(default=())

    def summary(self) -> str:
        if self.ok:
            return f"{self.target}: ok (SQLite integrity check passed; no broken links)"
        return f"{self.target}: PROBLEMS FOUND\n" + "\n".join(f"  - {p}" for p in self.problems)


def check_project(path: Path) -> CheckReport:
    """Run the full integrity check and the app's own invariants on a project file."""
    try:
        facts = project_file.inspect_file(path, check="integrity_check")
    except DamagedProject as exc:
        return CheckReport(str(path), False, exc.detail, (f"SQLite: {exc.detail}",))
    except ProjectError:
        raise
    conn = project_file.readonly_connect(path)
    try:
        problems = _invariant_problems(conn, facts.revision)
    except sqlite3.DatabaseError as exc:
        problems = [f"SQLite: {exc}"]
    finally:
        conn.close()
    return CheckReport(str(path), not problems, facts.integrity, tuple(problems))


def _invariant_problems(conn: sqlite3.Connection, revision: str | None) -> list[str]:
    problems = []
    if revision != project_file.head_revision():
        problems.append(
            f"schema {revision} is older than {project_file.head_revision()}; "
            "open the project once to upgrade it"
        )
        return problems
    for name, sql in INVARIANTS:
        broken = conn.execute(sql).fetchone()[0]
        if broken:
            problems.append(f"{broken} {name}")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for fts, content in FTS_INDEXES:
        if fts not in tables:
            problems.append(f"full-text index {fts} is missing")
            continue
        missing = conn.execute(
            f"SELECT count(*) FROM {content} WHERE rowid NOT IN (SELECT id FROM {fts}_docsize)"
        ).fetchone()[0]
        stale = conn.execute(
            f"SELECT count(*) FROM {fts}_docsize WHERE id NOT IN (SELECT rowid FROM {content})"
        ).fetchone()[0]
        if missing or stale:
            problems.append(
                f"full-text index {fts} out of step ({missing} rows missing, {stale} stale)"
            )
    return problems
