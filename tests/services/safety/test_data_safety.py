"""Backups, restore, salvage and unsafe locations."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from regworkshop.services.errors import ServiceError
from regworkshop.services.project.project_service import load_project, overview
from regworkshop.services.safety.backup_service import (
    BackupService,
    list_backups,
    preview_backup,
    restore_backup,
    thin,
)
from regworkshop.services.safety.file_location import location_risk
from regworkshop.services.safety.salvage import salvage
from regworkshop.services.themes.theme_service import ThemeService
from regworkshop.store import project_file
from regworkshop.store.errors import DamagedProject
from tests.conftest import DEVICE
from tests.store.helpers import damaged_copy

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def backups(tmp_path):
    return tmp_path / "backups"


def test_on_open_backs_up_once_a_day(store, clock, backups):
    service = BackupService(store, backups, clock=clock)
    first = service.on_open()
    assert first is not None and first.reason == "on-open"
    clock.advance(hours=23)
    assert BackupService(store, backups, clock=clock).on_open() is None
    clock.advance(hours=2)
    assert BackupService(store, backups, clock=clock).on_open() is not None
    assert len(service.backups()) == 2


def test_every_thirty_minutes_of_editing(store, clock, backups):
    service = BackupService(store, backups, clock=clock)
    service.take("manual")
    clock.advance(minutes=45)
    assert service.tick() is None  # no edits since the last backup: nothing to do
    ThemeService(store).create("Vatten")
    assert service.tick().reason == "while-editing"  # edited, and 45 minutes have passed
    clock.advance(minutes=10)
    ThemeService(store).create("Energi")
    assert service.tick() is None  # edited, but the last backup is only 10 minutes old
    clock.advance(minutes=21)
    assert service.tick() is not None  # 31 minutes: the edit is backed up
    clock.advance(minutes=40)
    assert service.tick() is None  # no edits since


def test_each_backup_is_verified_and_previewed(store, clock, backups):
    info = BackupService(store, backups, clock=clock).take("manual")
    with sqlite3.connect(info.path) as raw:
        assert raw.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    preview = preview_backup(info)
    assert preview.title == "Testprojekt" and preview.counts["themes"] == 5
    assert preview.integrity == "ok"


def test_thinning_keeps_recent_daily_and_weekly(store, clock, backups):
    service = BackupService(store, backups, clock=clock)
    taken = []
    for _ in range(6 * 40):  # a backup every four hours for 40 days
        taken.append(service.take("while-editing"))
        clock.advance(hours=4)
    kept = service.backups()
    assert len(kept) < 40
    now = taken[-1].taken_at
    ages = sorted(now - b.taken_at for b in kept)
    assert sum(1 for a in ages if a <= timedelta(hours=24)) == 7  # the last day in full
    assert any(a > timedelta(days=20) for a in ages)  # weeks back, one a week
    assert all(b.path.exists() for b in kept)
    assert thin(kept, now, service.policy) == []  # thinning again keeps what it kept


def test_restore_round_trip_backs_up_the_current_state_first(store, clock, backups):
    service = BackupService(store, backups, clock=clock)
    info = service.take("manual")
    ThemeService(store).create("Efter backupen")
    path = store.path
    store.close()
    clock.advance(minutes=5)
    before = restore_backup(info.path, path, backups, clock=clock)
    assert before.exists() and ".before-restore." in before.name
    reopened = load_project(path, device_id=DEVICE, backup_dir=backups)
    names = [t.name for t in ThemeService(reopened).list()]
    reopened.close()
    assert "Efter backupen" not in names
    saved = load_project(before, device_id=DEVICE, backup_dir=backups)
    assert "Efter backupen" in [t.name for t in ThemeService(saved).list()]
    saved.close()


def test_a_damaged_backup_is_not_restored(store, clock, backups, tmp_path):
    info = BackupService(store, backups, clock=clock).take("manual")
    broken = damaged_copy(info.path, tmp_path / "broken.rwproj")
    path = store.path
    store.close()
    before = path.read_bytes()
    with pytest.raises(ServiceError):
        restore_backup(broken, path, backups)
    assert path.read_bytes() == before


def test_a_damaged_file_is_never_written_and_can_be_salvaged(demo_path, tmp_path):
    damaged = damaged_copy(demo_path, tmp_path / "skadad.rwproj", table="rw_involvement")
    before = damaged.read_bytes()
    with pytest.raises(DamagedProject):
        load_project(damaged, device_id=DEVICE, backup_dir=tmp_path / "b")
    assert damaged.read_bytes() == before
    report = salvage(damaged, tmp_path / "räddad.rwproj", device_id=DEVICE)
    assert damaged.read_bytes() == before
    assert report.total_copied > 100
    rescued = load_project(tmp_path / "räddad.rwproj", device_id=DEVICE, backup_dir=tmp_path / "b")
    counts = overview(rescued).counts
    rescued.close()
    assert counts["actors"] > 0 and counts["notes"] > 0
    from regworkshop.services.safety.project_check import check_project

    assert check_project(tmp_path / "räddad.rwproj").ok


def test_backups_of_other_projects_are_not_listed(store, clock, backups, tmp_path):
    from regworkshop.services.project.project_service import new_project

    other = new_project(tmp_path / "annat.rwproj", "Annat", device_id=DEVICE)
    BackupService(other, backups, clock=clock).take("manual")
    BackupService(store, backups, clock=clock).take("manual")
    assert len(list_backups(backups)) == 2
    assert [b.project_id for b in list_backups(backups, store.project_id)] == [store.project_id]
    other.close()


@pytest.mark.parametrize(
    "path, windows, kind, detail",
    [
        ("C:\\Users\\anna\\OneDrive - Region Halland\\Projekt\\p.rwproj", True, "sync", "OneDrive"),
        ("C:\\Users\\anna\\Dropbox\\p.rwproj", True, "sync", "Dropbox"),
        ("\\\\filserver\\plan\\p.rwproj", True, "network", "UNC"),
        (
            "/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/p.rwproj",
            False,
            "sync",
            "iCloud",
        ),
        ("/Users/anna/Google Drive/My Drive/p.rwproj", False, "sync", "Google Drive"),
        ("/home/anna/Nextcloud/p.rwproj", False, "sync", "Nextcloud"),
        ("/mnt/gemensam/plan/p.rwproj", False, "network", "cifs"),
        ("/net/home/p.rwproj", False, "network", "nfs4"),
    ],
)
def test_unsafe_locations_are_recognised(path, windows, kind, detail):
    mounts = "//srv/gemensam /mnt/gemensam cifs rw 0 0\nsrv:/home /net/home nfs4 rw 0 0\n/dev/sda1 / ext4 rw 0 0\n"
    risk = location_risk(path, mounts_text=mounts, windows=windows)
    assert risk is not None and (risk.kind, risk.detail) == (kind, detail)


@pytest.mark.parametrize(
    "path, windows",
    [
        ("C:\\Users\\anna\\Documents\\p.rwproj", True),
        ("/home/anna/Dokument/p.rwproj", False),
        ("/home/anna/boxning/p.rwproj", False),
        ("D:\\Projekt\\p.rwproj", True),
    ],
)
def test_local_folders_are_safe(path, windows):
    assert location_risk(path, mounts_text="/dev/sda1 / ext4 rw 0 0\n", windows=windows) is None


def test_migration_backups_are_found_by_the_backup_list(demo_path, tmp_path):
    from regworkshop.store.engine import make_engine

    engine = make_engine(demo_path)
    with engine.begin() as conn:
        project_file.downgrade(conn, "0002")
    engine.dispose()
    store = load_project(demo_path, device_id=DEVICE, backup_dir=tmp_path / "bk")
    found = list_backups(tmp_path / "bk", store.project_id)
    store.close()
    assert [b.reason for b in found] == ["before-migration-0002"]
    assert Path(found[0].path).exists()
