"""Alembic environment: run against the connection the store hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from regworkshop.store import models  # noqa: F401  (registers the tables)
from regworkshop.store.base import Base

config = context.config
target_metadata = Base.metadata

# Full-text tables and their shadow tables are managed by hand-written
# migrations; autogenerate must not try to drop them.
FTS_PREFIXES = ("rw_fts",)


def include_name(name, type_, parent_names) -> bool:
    return not (type_ == "table" and name and name.startswith(FTS_PREFIXES))


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        # Only for developers running `alembic revision --autogenerate`.
        url = config.get_main_option("sqlalchemy.url")
        if url is None:
            raise RuntimeError("alembic's configuration names no sqlalchemy.url")
        engine = create_engine(url)
        with engine.connect() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_name=include_name,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
