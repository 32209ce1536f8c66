"""Projects: create, open, describe (overview and `info --json`), rename."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from regworkshop.services.demo.demo_content import HALLAND_MUNICIPALITIES
from regworkshop.services.errors import InvalidInput
from regworkshop.services.project.project_service import (
    PHASE_ITEMS,
    load_project,
    new_project,
    overview,
    rename_project,
)
from regworkshop.store.enums import MethodPhase
from regworkshop.store.errors import ProjectExists, ProjectUnavailable
from regworkshop.store.models import Actor, Project, Session
from tests.conftest import DEVICE
from tests.store.helpers import query

JSON_KEYS = {"format", "id", "title", "counts", "sessions"}
JSON_COUNT_KEYS = {"actors", "people", "sessions", "notes", "insights", "themes"}
JSON_SESSION_KEYS = {"id", "kind", "title", "date"}


@pytest.fixture
def demo(demo_path, tmp_path):
    store = load_project(demo_path, device_id=DEVICE, backup_dir=tmp_path / "backups")
    yield store
    store.close()


# --- a new project ---------------------------------------------------------------------------


def test_a_new_project_is_empty_apart_from_its_five_themes(store):
    info = overview(store)
    assert info.title == "Testprojekt"
    assert info.language == "sv"
    assert info.project_id == store.project_id
    assert info.counts["themes"] == 5
    assert {k: v for k, v in info.counts.items() if k != "themes"} == dict.fromkeys(
        set(info.counts) - {"themes"}, 0
    )
    assert info.sessions == ()


def test_a_new_projects_phases_follow_the_method(store):
    info = overview(store)
    assert [p.phase for p in info.phases] == list(MethodPhase)
    assert [p.started for p in info.phases] == [False, False, True, False, False]
    every_key = [item.key for phase in info.phases for item in phase.items]
    assert every_key == [k for keys in PHASE_ITEMS.values() for k in keys]
    # Every count is shown in a phase, except the total of sessions.
    assert set(every_key) == set(info.counts) - {"sessions"}


def test_a_new_projects_json(store):
    data = overview(store).as_json()
    assert set(data) == JSON_KEYS
    assert data["format"] == "regworkshop-info/1"
    assert data["id"] == store.project_id
    assert data["title"] == "Testprojekt"
    assert data["counts"] == {
        "actors": 0,
        "people": 0,
        "sessions": 0,
        "notes": 0,
        "insights": 0,
        "themes": 5,
    }
    assert data["sessions"] == []


@pytest.mark.sqlite_only
def test_new_project_refuses_an_existing_file(store, project_path, clock):
    before = project_path.read_bytes()
    with pytest.raises(ProjectExists):
        new_project(project_path, "Igen", device_id=DEVICE, clock=clock)
    assert project_path.read_bytes() == before
    assert overview(store).title == "Testprojekt"


def test_new_project_in_a_missing_folder_is_refused(tmp_path, clock):
    target = tmp_path / "finns-inte" / "projekt.rwproj"
    with pytest.raises(ProjectUnavailable, match="folder does not exist"):
        new_project(target, "Ingenstans", device_id=DEVICE, clock=clock)
    assert not target.parent.exists()


def test_the_project_row_is_stamped(store, clock):
    with store.session() as db:
        project = db.get(Project, store.project_id)
    assert project.created_at == clock.now
    assert project.device_id == DEVICE


# --- the demo project ------------------------------------------------------------------------


def test_the_demo_holds_a_whole_method_run(demo):
    counts = overview(demo).counts
    assert counts["actors"] >= 6
    assert counts["people"] >= 6
    assert counts["kickoffs"] == 1
    assert counts["workshops"] == 2
    assert counts["interviews"] >= 8
    assert counts["notes"] >= 200
    assert counts["insights"] >= 1
    assert counts["lessons"] >= 1
    assert counts["commitments"] >= 1
    assert counts["themes"] == 5
    assert counts["actors_assessed"] == counts["actors"]
    assert all(phase.started for phase in overview(demo).phases)


def test_the_demo_has_the_six_halland_municipalities_among_its_actors(demo):
    with demo.session() as db:
        municipalities = db.scalars(
            select(Actor.municipality).where(
                Actor.project_id == demo.project_id, Actor.actor_type == "municipality"
            )
        ).all()
    assert sorted(municipalities) == sorted(HALLAND_MUNICIPALITIES)
    assert len(municipalities) == 6


def test_the_demo_counts_match_the_file(demo, demo_path):
    counts = overview(demo).counts
    assert counts["notes"] == query(demo_path, "SELECT count(*) FROM rw_note")[0][0]
    assert counts["actors"] == query(demo_path, "SELECT count(*) FROM rw_actor")[0][0]
    assert counts["sessions"] == query(demo_path, "SELECT count(*) FROM rw_session")[0][0]
    kinds = dict(query(demo_path, "SELECT kind, count(*) FROM rw_session GROUP BY kind"))
    assert counts["interviews"] == kinds["interview"]
    assert counts["workshops"] == kinds["workshop"]


def test_the_demos_json(demo):
    info = overview(demo)
    data = json.loads(json.dumps(info.as_json(), ensure_ascii=False))
    assert set(data) == JSON_KEYS
    assert data["format"] == "regworkshop-info/1"
    assert data["id"] == demo.project_id
    assert data["title"] == info.title
    assert set(data["counts"]) == JSON_COUNT_KEYS
    assert data["counts"] == {k: info.counts[k] for k in JSON_COUNT_KEYS}
    assert len(data["sessions"]) == info.counts["sessions"]
    for session in data["sessions"]:
        assert set(session) == JSON_SESSION_KEYS
        assert date.fromisoformat(session["date"])
    dates = [s["date"] for s in data["sessions"]]
    assert dates == sorted(dates)
    kinds = [s["kind"] for s in data["sessions"]]
    assert kinds.count("kickoff") == 1
    assert kinds.count("workshop") == 2
    assert kinds.count("interview") == info.counts["interviews"]
    assert any("ö" in s["title"] or "å" in s["title"] for s in data["sessions"])


def test_a_session_without_a_date_has_date_null(store):
    with store.unit_of_work() as db:
        db.add(Session(project_id=store.project_id, kind="interview", title="Ej bokad"))
    data = overview(store).as_json()
    assert data["sessions"] == [
        {"id": data["sessions"][0]["id"], "kind": "interview", "title": "Ej bokad", "date": None}
    ]
    assert data["counts"]["sessions"] == 1


def test_opening_the_demo_takes_no_backup(demo, tmp_path):
    backups = tmp_path / "backups"
    assert not backups.exists() or not list(backups.iterdir())


# --- rename ----------------------------------------------------------------------------------


def test_rename_project(store, project_path, clock, tmp_path):
    later = clock.advance(minutes=7)
    rename_project(store, "  Regionplan   Halland – 2027 & framåt 🌲 ")
    assert overview(store).title == "Regionplan Halland – 2027 & framåt 🌲"
    with store.session() as db:
        project = db.get(Project, store.project_id)
        assert project.updated_at == later
    store.close()
    reopened = load_project(store.target, device_id=DEVICE, backup_dir=tmp_path / "b")
    try:
        assert overview(reopened).title == "Regionplan Halland – 2027 & framåt 🌲"
    finally:
        reopened.close()


@pytest.mark.parametrize("title", ["", "   ", "\n\t"])
def test_rename_project_refuses_an_empty_title(store, title):
    with pytest.raises(InvalidInput):
        rename_project(store, title)
    assert overview(store).title == "Testprojekt"
