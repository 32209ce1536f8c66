"""Files that are not (or not yet) our projects are refused and left exactly as they were."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from regworkshop.services.project.project_service import new_project
from regworkshop.store import project_file
from regworkshop.store.errors import (
    DamagedProject,
    NewerProjectVersion,
    NotAProject,
    ProjectNotFound,
)
from regworkshop.store.project_store import open_project
from tests.conftest import DEVICE
from tests.store.helpers import (
    assert_untouched,
    damaged_copy,
    is_wal_file,
    query,
    scribbled_copy,
    snapshot,
    sql,
)

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def folder(tmp_path) -> Path:
    path = tmp_path / "files"
    path.mkdir()
    return path


@pytest.fixture
def closed_project(tmp_path, clock) -> Path:
    """A real, closed project file outside the folder under test."""
    path = tmp_path / "source.rwproj"
    new_project(path, "Källa", device_id=DEVICE, clock=clock).close()
    return path


def _missing(folder: Path) -> Path:
    return folder / "finns-inte.rwproj"


def _text_file(folder: Path) -> Path:
    path = folder / "anteckningar.rwproj"
    path.write_text("Det här är ingen databas, bara text med åäö.\n", encoding="utf-8")
    return path


def _short_text_file(folder: Path) -> Path:
    path = folder / "kort.rwproj"
    path.write_bytes(b"hej")
    return path


def _empty_file(folder: Path) -> Path:
    path = folder / "tom.rwproj"
    path.touch()
    return path


def _folder(folder: Path) -> Path:
    path = folder / "mapp.rwproj"
    path.mkdir()
    (path / "inuti.txt").write_text("x", encoding="utf-8")
    return path


def _foreign_sqlite(folder: Path) -> Path:
    path = folder / "annat-program.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE foo (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO foo (name) VALUES ('bar')")
    conn.commit()
    conn.close()
    return path


def _foreign_sqlite_with_meta_table(folder: Path) -> Path:
    """Another program's database that happens to have a table called rw_meta."""
    path = folder / "likt-namn.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE rw_meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO rw_meta VALUES ('format', 'something-else')")
    conn.commit()
    conn.close()
    return path


REFUSED = [
    pytest.param(_missing, ProjectNotFound, "no such file", id="missing"),
    pytest.param(_text_file, NotAProject, "not a SQLite database", id="text-file"),
    pytest.param(_short_text_file, NotAProject, "not a SQLite database", id="short-text-file"),
    pytest.param(_empty_file, NotAProject, "the file is empty", id="empty-file"),
    pytest.param(_folder, NotAProject, "it is a folder", id="folder"),
    pytest.param(_foreign_sqlite, NotAProject, "another program", id="foreign-sqlite"),
    pytest.param(
        _foreign_sqlite_with_meta_table, NotAProject, "another program", id="foreign-rw-meta"
    ),
]


@pytest.mark.parametrize(("make", "error", "words"), REFUSED)
def test_inspect_file_refuses_and_leaves_the_file_alone(folder, make, error, words):
    path = make(folder)
    before = snapshot(folder)
    with pytest.raises(error) as info:
        project_file.inspect_file(path)
    assert words in str(info.value)
    assert str(path) in str(info.value)
    assert_untouched(before, folder)


@pytest.mark.parametrize(("make", "error", "words"), REFUSED)
def test_open_project_refuses_and_leaves_the_file_alone(folder, tmp_path, make, error, words):
    path = make(folder)
    backups = tmp_path / "backups"
    before = snapshot(folder)
    with pytest.raises(error) as info:
        open_project(path, device_id=DEVICE, backup_dir=backups)
    assert words in str(info.value)
    assert_untouched(before, folder)
    assert not backups.exists(), "no backup may be taken of a refused file"


def test_the_foreign_database_still_holds_its_own_data(folder):
    path = _foreign_sqlite(folder)
    with pytest.raises(NotAProject):
        project_file.inspect_file(path)
    assert query(path, "SELECT name FROM sqlite_master WHERE type='table'") == [("foo",)]
    assert query(path, "SELECT name FROM foo") == [("bar",)]


def test_a_missing_path_is_not_created(folder, tmp_path):
    path = _missing(folder)
    with pytest.raises(ProjectNotFound):
        open_project(path, device_id=DEVICE, backup_dir=tmp_path / "backups")
    assert not path.exists()
    assert list(folder.iterdir()) == []


# --- a project written by a newer RegWorkshop -------------------------------------------------


def _future_project(closed_project: Path, folder: Path, app_version: str | None) -> Path:
    path = folder / "framtid.rwproj"
    shutil.copyfile(closed_project, path)
    sql(path, "UPDATE alembic_version SET version_num = '9999_future'")
    if app_version is None:
        sql(path, "DELETE FROM rw_meta WHERE key = 'app_version'")
    else:
        sql(path, "UPDATE rw_meta SET value = ? WHERE key = 'app_version'", params=(app_version,))
    assert is_wal_file(path)
    assert not (folder / "framtid.rwproj-wal").exists()
    return path


def test_newer_project_names_the_app_version_that_wrote_it(closed_project, folder):
    path = _future_project(closed_project, folder, "9.9.0")
    before = snapshot(folder)
    with pytest.raises(NewerProjectVersion) as info:
        project_file.inspect_file(path)
    assert info.value.revision == "9999_future"
    assert info.value.app_version == "9.9.0"
    message = str(info.value)
    assert "RegWorkshop 9.9.0" in message
    assert "9999_future" in message
    assert "update RegWorkshop" in message
    assert_untouched(before, folder, wal_db=path.name)


def test_newer_project_without_app_version_says_a_newer_regworkshop(closed_project, folder):
    path = _future_project(closed_project, folder, None)
    before = snapshot(folder)
    with pytest.raises(NewerProjectVersion) as info:
        project_file.inspect_file(path)
    assert info.value.app_version == ""
    assert "a newer RegWorkshop" in str(info.value)
    assert_untouched(before, folder, wal_db=path.name)


def test_open_project_refuses_a_newer_project_without_migrating_or_backing_up(
    closed_project, folder, tmp_path
):
    path = _future_project(closed_project, folder, "3.0.0")
    backups = tmp_path / "backups"
    before = snapshot(folder)
    with pytest.raises(NewerProjectVersion, match="RegWorkshop 3.0.0"):
        open_project(path, device_id=DEVICE, backup_dir=backups)
    assert_untouched(before, folder, wal_db=path.name)
    assert not backups.exists()
    assert query(path, "SELECT version_num FROM alembic_version") == [("9999_future",)]


# --- a damaged project ------------------------------------------------------------------------


DAMAGE = [
    pytest.param(damaged_copy, id="theme-root-page-overwritten"),
    pytest.param(scribbled_copy, id="bytes-flipped-from-page-3"),
]


@pytest.mark.parametrize("damage", DAMAGE)
def test_inspect_file_reports_a_damaged_project_and_leaves_it_alone(closed_project, folder, damage):
    path = damage(closed_project, folder / "skadad.rwproj")
    assert path.read_bytes() != closed_project.read_bytes()
    before = snapshot(folder)
    with pytest.raises(DamagedProject) as info:
        project_file.inspect_file(path)
    assert "damaged" in str(info.value)
    assert info.value.detail
    assert_untouched(before, folder, wal_db=path.name)


@pytest.mark.parametrize("damage", DAMAGE)
def test_open_project_refuses_a_damaged_project_without_backup(
    closed_project, folder, tmp_path, damage
):
    path = damage(closed_project, folder / "skadad.rwproj")
    backups = tmp_path / "backups"
    before = snapshot(folder)
    with pytest.raises(DamagedProject):
        open_project(path, device_id=DEVICE, backup_dir=backups)
    assert_untouched(before, folder, wal_db=path.name)
    assert not backups.exists()


def test_integrity_check_mode_also_finds_the_damage(closed_project, folder):
    path = damaged_copy(closed_project, folder / "skadad.rwproj")
    before = snapshot(folder)
    with pytest.raises(DamagedProject):
        project_file.inspect_file(path, check="integrity_check")
    assert_untouched(before, folder, wal_db=path.name)


def test_a_truncated_project_is_refused(closed_project, folder):
    path = folder / "avkortad.rwproj"
    path.write_bytes(closed_project.read_bytes()[: 3 * 4096])
    before = snapshot(folder)
    with pytest.raises(DamagedProject):
        project_file.inspect_file(path)
    assert_untouched(before, folder, wal_db=path.name)


def test_a_healthy_project_passes_inspection_read_only(closed_project, folder):
    path = folder / "frisk.rwproj"
    shutil.copyfile(closed_project, path)
    before = snapshot(folder)
    facts = project_file.inspect_file(path)
    assert facts.revision == project_file.head_revision()
    assert facts.integrity == "ok"
    assert facts.app_version
    assert_untouched(before, folder, wal_db=path.name)
