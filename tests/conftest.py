"""Fixtures shared by every layer: a private home folder and real project files."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

# Qt aborts the whole process without a display; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from regworkshop.services.demo.demo_service import create_demo
from regworkshop.services.project.project_service import new_project
from regworkshop.store.project_store import ProjectStore

DEVICE = "00000000-0000-4000-8000-000000000001"


class FakeClock:
    """A clock tests move by hand; never sleeps."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 3, 10, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs) -> datetime:
        self.now += timedelta(**kwargs)
        return self.now


def pytest_configure(config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: about project files themselves; skipped on PostgreSQL"
    )


def pytest_collection_modifyitems(config, items) -> None:
    if not on_postgres():
        return
    skip = pytest.mark.skip(reason="about SQLite project files; not run on PostgreSQL")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory, monkeypatch) -> Path:
    """Keep settings, device id, caches and backups of each test in its own folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("REGWORKSHOP_HOME", str(home))
    return home


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def project_path(tmp_path) -> Path:
    return tmp_path / "projekt.rwproj"


# Set to a PostgreSQL admin URL to run the store, service and merge tests on a server
# (.ci/run does): each project then gets a database of its own, dropped afterwards.
PG_ENV = "RW_TEST_DATABASE_URL"


def on_postgres() -> bool:
    return bool(os.environ.get(PG_ENV))


@pytest.fixture
def project_target(tmp_path):
    """Return a factory of project locations: files, or fresh PostgreSQL databases."""
    admin_url = os.environ.get(PG_ENV)
    created: list[str] = []
    engine = None
    if admin_url:
        from sqlalchemy import create_engine

        engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")

    def make(name: str):
        if engine is None:
            return tmp_path / f"{name}.rwproj"
        import uuid

        database = f"rw_{name.lower()[:20]}_{uuid.uuid4().hex[:10]}"
        with engine.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{database}"')
        created.append(database)
        return engine.url.set(database=database).render_as_string(hide_password=False)

    yield make
    if engine is not None:
        with engine.connect() as conn:
            for database in created:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        engine.dispose()


@pytest.fixture
def store(project_target, clock) -> ProjectStore:
    """A new project with the default themes on a real SQLite file (or PostgreSQL database)."""
    s = new_project(project_target("projekt"), "Testprojekt", device_id=DEVICE, clock=clock)
    yield s
    s.close()


@pytest.fixture
def demo_path(tmp_path) -> Path:
    path = tmp_path / "demo.rwproj"
    create_demo(path, device_id=DEVICE).close()
    return path
