"""Every pooled SQLite connection carries the pragmas the store relies on."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from regworkshop.services.project.project_service import load_project
from regworkshop.store.models import Note
from regworkshop.store.project_file import APPLICATION_ID
from tests.conftest import DEVICE

pytestmark = pytest.mark.sqlite_only

EXPECTED = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "secure_delete": 1,
}


def read_pragmas(conn) -> dict:
    return {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in EXPECTED}


def test_pooled_connection_has_the_pragmas(store):
    with store.engine.connect() as conn:
        assert read_pragmas(conn) == EXPECTED


def test_a_second_checkout_still_has_the_pragmas(store):
    with store.engine.connect() as conn:
        assert read_pragmas(conn) == EXPECTED
    with store.engine.connect() as conn:
        assert read_pragmas(conn) == EXPECTED


def test_two_connections_at_once_both_have_the_pragmas(store):
    with store.engine.connect() as first, store.engine.connect() as second:
        assert first.connection.dbapi_connection is not second.connection.dbapi_connection
        assert read_pragmas(first) == EXPECTED
        assert read_pragmas(second) == EXPECTED


def test_fresh_connections_after_dispose_have_the_pragmas(store):
    with store.engine.connect() as conn:
        old = conn.connection.dbapi_connection
    store.engine.dispose()
    with store.engine.connect() as conn:
        assert conn.connection.dbapi_connection is not old
        assert read_pragmas(conn) == EXPECTED


def test_a_reopened_project_has_the_pragmas_and_our_application_id(store, project_path, tmp_path):
    store.close()
    reopened = load_project(project_path, device_id=DEVICE, backup_dir=tmp_path / "backups")
    try:
        with reopened.engine.connect() as conn:
            assert read_pragmas(conn) == EXPECTED
            assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
    finally:
        reopened.close()


def test_foreign_keys_are_enforced(store):
    with pytest.raises(IntegrityError), store.unit_of_work() as db:
        db.add(Note(session_id="no-such-session", text="föräldralös"))
    with store.session() as db:
        assert db.scalar(text("SELECT count(*) FROM rw_note")) == 0


def test_begin_opens_a_real_sqlite_transaction_that_rolls_back(store):
    """The begin hook replaces pysqlite's own (deferred, autocommit) handling."""
    with store.engine.connect() as conn:
        trans = conn.begin()
        assert conn.connection.dbapi_connection.in_transaction
        conn.exec_driver_sql("INSERT INTO rw_meta (key, value) VALUES ('probe', 'x')")
        trans.rollback()
        assert not conn.connection.dbapi_connection.in_transaction
        count = conn.exec_driver_sql("SELECT count(*) FROM rw_meta WHERE key='probe'").scalar()
    assert count == 0


def test_savepoint_rolls_back_only_the_inner_part(store):
    with store.engine.connect() as conn, conn.begin():
        conn.exec_driver_sql("INSERT INTO rw_meta (key, value) VALUES ('outer', '1')")
        inner = conn.begin_nested()
        conn.exec_driver_sql("INSERT INTO rw_meta (key, value) VALUES ('inner', '1')")
        inner.rollback()
    with store.engine.connect() as conn:
        keys = set(conn.exec_driver_sql("SELECT key FROM rw_meta").scalars())
    assert "outer" in keys
    assert "inner" not in keys


def test_this_sqlite_has_fts5_and_projects_refuse_to_open_without_it(project_path, monkeypatch):
    from regworkshop.store import project_file
    from regworkshop.store.errors import ProjectUnavailable
    from regworkshop.store.project_store import create_project

    assert project_file.has_fts5()
    monkeypatch.setattr(project_file, "has_fts5", lambda: False)
    import pytest

    with pytest.raises(ProjectUnavailable, match="FTS5"):
        create_project(project_path, "x", device_id="d")
    assert not project_path.exists()
