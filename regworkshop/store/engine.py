"""Engines for project files (SQLite) and shared servers (PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

BUSY_TIMEOUT_MS = 5000

# Pragmas every SQLite connection gets; a test reads them back.
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA secure_delete=ON",
)


def is_url(target: str | Path) -> bool:
    """Return True if *target* names a database server URL rather than a file."""
    return isinstance(target, str) and "://" in target


def sqlite_url(path: Path) -> str:
    """Return the SQLAlchemy URL of a project file."""
    return f"sqlite+pysqlite:///{Path(path).resolve()}"


def make_engine(target: str | Path) -> Engine:
    """Create an engine for a project file path or a database URL."""
    url = str(target) if is_url(target) else sqlite_url(Path(target))
    if make_url(url).get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url)
    _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    # pysqlite's own BEGIN handling defers transactions and breaks savepoints;
    # take over as SQLAlchemy's SQLite dialect documentation recommends.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            for pragma in SQLITE_PRAGMAS:
                cursor.execute(pragma)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        conn.exec_driver_sql("BEGIN")
