"""Fixtures shared by every layer: a private home folder and real project files."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

# Qt aborts the whole process without a display; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from regworkshop.services.demo_service import create_demo
from regworkshop.services.project_service import new_project
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


@pytest.fixture
def store(project_path, clock) -> ProjectStore:
    """A new project with the default themes on a real SQLite file."""
    s = new_project(project_path, "Testprojekt", device_id=DEVICE, clock=clock)
    yield s
    s.close()


@pytest.fixture
def demo_path(tmp_path) -> Path:
    path = tmp_path / "demo.rwproj"
    create_demo(path, device_id=DEVICE).close()
    return path
