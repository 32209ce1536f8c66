"""Recognise, create, inspect, back up and migrate project files.

Inspection opens the file read-only, so a foreign or newer file is never
modified; migrations run only after a verified backup copy exists.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Alembic is imported only when a migration runs (it costs start-up time)
    from alembic.config import Config
    from sqlalchemy import Connection

from regworkshop.store.errors import (
    DamagedProject,
    NewerProjectVersion,
    NotAProject,
    ProjectNotFound,
    ProjectUnavailable,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
# PRAGMA application_id marks our files so `file(1)` and we can tell them apart.
APPLICATION_ID = int.from_bytes(b"RWks", "big")
FORMAT_MARKER = "regworkshop-project"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True)
class FileFacts:
    """What a read-only look at a project file found."""

    path: Path
    revision: str | None
    app_version: str
    integrity: str


def alembic_config(connection: Connection | None = None) -> Config:
    """Return an Alembic configuration pointing at the shipped migrations."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


_REVISION_RE = re.compile(r'^(revision|down_revision)\s*=\s*["\']?([^"\'\s]+)["\']?', re.M)


@cache
def _revision_graph() -> dict[str, str | None]:
    """Map each shipped revision to the one it revises, read from the migration files.

    Reading the two assignments directly keeps Alembic out of every start-up;
    a test checks the answer against Alembic's own.
    """
    graph: dict[str, str | None] = {}
    for file in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict((k, v) for k, v in _REVISION_RE.findall(file.read_text("utf-8")))
        if "revision" in found:
            down = found.get("down_revision")
            graph[found["revision"]] = None if down in (None, "None") else down
    return graph


def head_revision() -> str:
    """Return the schema revision this version of the app writes."""
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"migrations must form one line, found heads {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    """Return every schema revision this version of the app understands."""
    return set(_revision_graph())


@cache
def has_fts5() -> bool:
    """Return True if this Python's SQLite has the FTS5 full-text engine."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()


def require_fts5(target: str | Path) -> None:
    """Refuse to work on a project without the full-text engine search depends on."""
    if not has_fts5():
        raise ProjectUnavailable(
            target, "this Python's SQLite lacks FTS5 full-text search; install a Python with FTS5"
        )


def readonly_connect(path: Path) -> sqlite3.Connection:
    """Open a SQLite file read-only (never creates or changes it)."""
    uri = path.resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True)


def inspect_file(path: Path, *, check: str = "quick_check") -> FileFacts:
    """Check that *path* is a RegWorkshop project this app can open, read-only."""
    path = Path(path)
    if not path.exists():
        raise ProjectNotFound(path)
    if path.is_dir():
        raise NotAProject(path, "it is a folder")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise ProjectUnavailable(path, exc.strerror or str(exc)) from exc
    if len(header) == 0:
        raise NotAProject(path, "the file is empty")
    if header != SQLITE_MAGIC:
        raise NotAProject(path, "not a SQLite database")
    try:
        conn = readonly_connect(path)
    except sqlite3.Error as exc:
        raise ProjectUnavailable(path, str(exc)) from exc
    try:
        return _facts(conn, path, check)
    except sqlite3.DatabaseError as exc:
        raise DamagedProject(path, str(exc)) from exc
    finally:
        conn.close()


def _facts(conn: sqlite3.Connection, path: Path, check: str) -> FileFacts:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    marker = ""
    app_version = ""
    if "rw_meta" in tables:
        meta = dict(conn.execute("SELECT key, value FROM rw_meta").fetchall())
        marker = meta.get("format", "")
        app_version = meta.get("app_version", "")
    if app_id != APPLICATION_ID and marker != FORMAT_MARKER:
        raise NotAProject(path, "a SQLite database of another program")
    revision = None
    if "alembic_version" in tables:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    if revision is not None and revision not in known_revisions():
        raise NewerProjectVersion(path, revision, app_version)
    pragma = "integrity_check" if check == "integrity_check" else "quick_check"
    rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
    integrity = "ok" if rows == ["ok"] else "; ".join(rows[:5])
    if integrity != "ok":
        raise DamagedProject(path, integrity)
    return FileFacts(path, revision, app_version, integrity)


def backup_file(source: Path, target: Path) -> Path:
    """Copy a (possibly live) project through SQLite's backup API, then verify it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = readonly_connect(source)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            verdict = dst.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dst.close()
    finally:
        src.close()
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise DamagedProject(source, f"backup did not verify: {verdict}")
    partial.replace(target)
    return target


def backup_path(backup_dir: Path, source: Path, reason: str) -> Path:
    """Return a new, dated backup file name for *source* taken for *reason*."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return backup_dir / f"{source.stem}.{reason}.{stamp}.rwproj"


def migration_backup_path(backup_dir: Path, source: Path, from_rev: str | None) -> Path:
    """Return where the copy taken before a migration goes."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return backup_dir / f"{source.stem}.before-migration-{from_rev or 'none'}.{stamp}.rwproj"


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Run the migrations up to *revision* on an open connection."""
    from alembic import command

    command.upgrade(alembic_config(connection), revision)


def downgrade(connection: Connection, revision: str) -> None:
    """Run migrations down to *revision* (used by tests and developer tools)."""
    from alembic import command

    command.downgrade(alembic_config(connection), revision)
