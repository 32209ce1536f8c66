"""The crash promise: a process killed mid-edit leaves a sound file with every acknowledged edit."""

from __future__ import annotations

import pytest

from bench import crash_harness
from regworkshop.services.project.project_service import new_project
from regworkshop.store.models import Session

pytestmark = pytest.mark.sqlite_only


def test_a_hundred_kills_lose_nothing_acknowledged(tmp_path):
    path = tmp_path / "krasch.rwproj"
    store = new_project(path, "Krasch", device_id=crash_harness.DEVICE)
    with store.unit_of_work() as db:
        db.add(Session(project_id=store.project_id, title="Workshop"))
    store.close()
    result = crash_harness.run(path, kills=100, seed=7)
    assert result.acked > 200  # the children really were editing when they died
    assert len(result.notes) > 50
