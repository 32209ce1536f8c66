"""`check`: SQLite's integrity check plus the app's own invariants, read-only."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from regworkshop.services.safety.project_check import check_project
from regworkshop.store.engine import make_engine
from regworkshop.store.errors import NotAProject, ProjectNotFound
from regworkshop.store.project_file import downgrade, head_revision
from tests.store.helpers import (
    assert_untouched,
    damaged_copy,
    query,
    snapshot,
    sql,
)

pytestmark = pytest.mark.sqlite_only

ORPHAN_NOTE = (
    "INSERT INTO rw_note (id, session_id, text, position, is_quote, votes, "
    "created_at, updated_at, device_id) VALUES (?, 'no-such-session', 'Föräldralös lapp', "
    "0, 0, 0, '2026-03-10 09:00:00.000000', '2026-03-10 09:00:00.000000', '')"
)
NOTE_IN_FIRST_SESSION = (
    "INSERT INTO rw_note (id, session_id, text, position, is_quote, votes, "
    "created_at, updated_at, device_id) SELECT ?, id, 'Oindexerad lapp om vatten', 0, 0, 0, "
    "created_at, updated_at, device_id FROM rw_session LIMIT 1"
)


@pytest.fixture
def copy(demo_path, tmp_path) -> Path:
    """A copy of the (closed) demo project to break in some way."""
    folder = tmp_path / "copies"
    folder.mkdir()
    path = folder / "kopia.rwproj"
    shutil.copyfile(demo_path, path)
    return path


def test_the_demo_is_ok(demo_path):
    before = snapshot(demo_path.parent)
    report = check_project(demo_path)
    assert report.ok
    assert report.problems == ()
    assert report.sqlite_verdict == "ok"
    assert report.target == str(demo_path)
    assert report.summary().endswith(": ok (SQLite integrity check passed; no broken links)")
    assert_untouched(before, demo_path.parent, wal_db=demo_path.name)


def test_a_new_project_is_ok(store, project_path):
    store.close()
    assert check_project(project_path).ok


def test_an_orphan_note_is_reported(copy):
    sql(copy, ORPHAN_NOTE, params=("orphan-1",))
    report = check_project(copy)
    assert not report.ok
    assert report.sqlite_verdict == "ok"  # the file is sound; the data is not
    assert report.problems == ("1 notes whose session is missing",)
    assert "PROBLEMS FOUND" in report.summary()
    assert "  - 1 notes whose session is missing" in report.summary()


def test_checking_does_not_change_the_file(copy):
    sql(copy, ORPHAN_NOTE, params=("orphan-1",))
    before = snapshot(copy.parent)
    check_project(copy)
    assert_untouched(before, copy.parent, wal_db=copy.name)
    assert query(copy, "SELECT count(*) FROM rw_note WHERE id = 'orphan-1'") == [(1,)]


def test_a_person_of_a_missing_organisation_is_reported(copy):
    sql(
        copy,
        "UPDATE rw_person SET actor_id = 'no-such-actor' WHERE rowid IN "
        "(SELECT rowid FROM rw_person LIMIT 2)",
    )
    report = check_project(copy)
    assert not report.ok
    assert report.problems == ("2 people of a missing organisation",)


def test_evidence_for_a_missing_note_is_reported(copy):
    sql(copy, "DELETE FROM rw_note WHERE id = (SELECT note_id FROM rw_evidence LIMIT 1)")
    report = check_project(copy)
    assert not report.ok
    assert any(p.endswith("evidence links to missing notes") for p in report.problems)


def test_an_agenda_item_feeding_another_sessions_theme_is_reported(copy):
    # The kickoff has themes of its own; point a workshop item's link at one of them.
    sql(
        copy,
        "UPDATE rw_agenda_item_theme SET theme_id = (SELECT id FROM rw_theme "
        "WHERE session_id IS NOT NULL LIMIT 1) WHERE rowid = (SELECT l.rowid FROM "
        "rw_agenda_item_theme l JOIN rw_agenda_item i ON i.id = l.agenda_item_id "
        "JOIN rw_session s ON s.id = i.session_id WHERE s.kind = 'workshop' LIMIT 1)",
    )
    report = check_project(copy)
    assert report.problems == ("1 agenda items feeding a theme of another session",)


def test_a_run_pointing_into_another_session_is_reported(copy):
    sql(
        copy,
        "UPDATE rw_session_run SET current_item_id = (SELECT i.id FROM rw_agenda_item i "
        "WHERE i.session_id <> rw_session_run.session_id LIMIT 1) "
        "WHERE rowid = (SELECT min(rowid) FROM rw_session_run)",
    )
    report = check_project(copy)
    assert report.problems == ("1 runs whose current item belongs to another session",)


def test_a_second_project_in_the_file_is_reported(copy):
    sql(
        copy,
        "INSERT INTO rw_project (id, title, description, language, forum_name, forum_cadence, "
        "created_at, updated_at, device_id) SELECT 'second', title, description, language, "
        "forum_name, forum_cadence, created_at, updated_at, device_id FROM rw_project",
    )
    report = check_project(copy)
    assert not report.ok
    assert report.problems == ("1 more than one project in the file",)


def test_a_note_missing_from_the_full_text_index_is_reported(copy):
    sql(copy, "DROP TRIGGER rw_fts_note_ai")
    sql(copy, NOTE_IN_FIRST_SESSION, params=("unindexed-1",))
    report = check_project(copy)
    assert not report.ok
    assert report.problems == ("full-text index rw_fts_note out of step (1 rows missing, 0 stale)",)
    assert "full-text index" in report.summary()


def test_a_stale_full_text_entry_is_reported(copy):
    sql(
        copy,
        "DROP TRIGGER rw_fts_note_ad",
        "DELETE FROM rw_note WHERE id = "
        "(SELECT id FROM rw_note WHERE id NOT IN (SELECT note_id FROM rw_evidence) LIMIT 1)",
    )
    report = check_project(copy)
    assert not report.ok
    assert report.problems == ("full-text index rw_fts_note out of step (0 rows missing, 1 stale)",)


def test_full_text_docsize_rows_lost_is_reported(copy):
    sql(
        copy,
        "DELETE FROM rw_fts_note_docsize WHERE id IN (SELECT id FROM rw_fts_note_docsize LIMIT 3)",
    )
    report = check_project(copy)
    assert not report.ok
    assert any(
        "full-text index rw_fts_note" in p and "3 rows missing" in p for p in report.problems
    )


def test_a_missing_full_text_index_is_reported(copy):
    sql(
        copy,
        "DROP TRIGGER rw_fts_insight_ai",
        "DROP TRIGGER rw_fts_insight_ad",
        "DROP TRIGGER rw_fts_insight_au",
        "DROP TABLE rw_fts_insight",
    )
    report = check_project(copy)
    assert not report.ok
    assert report.problems == ("full-text index rw_fts_insight is missing",)


def test_several_problems_are_all_reported(copy):
    sql(copy, ORPHAN_NOTE, params=("orphan-1",))
    sql(copy, ORPHAN_NOTE, params=("orphan-2",))
    sql(copy, "DELETE FROM rw_fts_insight_docsize")
    report = check_project(copy)
    assert not report.ok
    assert "2 notes whose session is missing" in report.problems
    assert any(p.startswith("full-text index rw_fts_insight out of step") for p in report.problems)


def test_a_damaged_file_is_not_ok(demo_path, tmp_path):
    folder = tmp_path / "damaged"
    folder.mkdir()
    path = damaged_copy(demo_path, folder / "skadad.rwproj", table="rw_note")
    before = snapshot(folder)
    report = check_project(path)
    assert not report.ok
    assert report.sqlite_verdict != "ok"
    assert report.problems and report.problems[0].startswith("SQLite: ")
    assert "PROBLEMS FOUND" in report.summary()
    assert_untouched(before, folder, wal_db=path.name)


def test_an_older_schema_is_reported_as_needing_an_upgrade(copy):
    engine = make_engine(copy)
    try:
        with engine.begin() as conn:
            downgrade(conn, "0001")
    finally:
        engine.dispose()
    report = check_project(copy)
    assert not report.ok
    assert len(report.problems) == 1
    assert f"schema 0001 is older than {head_revision()}" in report.problems[0]


def test_check_refuses_what_is_not_a_project(tmp_path):
    with pytest.raises(ProjectNotFound):
        check_project(tmp_path / "finns-inte.rwproj")
    text = tmp_path / "text.rwproj"
    text.write_text("inte en databas", encoding="utf-8")
    with pytest.raises(NotAProject):
        check_project(text)
