"""Automatic, verified backups of the open project, thinning, listing and restore.

Backups are taken through SQLite's backup API (never a file copy of a live
database), verified with ``PRAGMA quick_check``, and kept in the backups folder
of the user data - not beside the project, which may be on a USB stick.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from regworkshop.services.errors import ServiceError
from regworkshop.store import project_file
from regworkshop.store.base import utcnow
from regworkshop.store.errors import DamagedProject, ProjectError
from regworkshop.store.project_store import Clock, ProjectStore

NAME_RE = re.compile(r"^(?P<stem>.+)\.(?P<reason>[a-z0-9-]+)\.(?P<stamp>\d{8}T\d{12}Z)\.rwproj$")
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
COUNTED = (
    ("actors", "rw_actor"),
    ("people", "rw_person"),
    ("sessions", "rw_session"),
    ("notes", "rw_note"),
    ("insights", "rw_insight"),
    ("themes", "rw_theme"),
)


@dataclass(frozen=True)
class BackupPolicy:
    """When to back up and what to keep."""

    on_open_if_older_than: timedelta = timedelta(days=1)
    while_editing_every: timedelta = timedelta(minutes=30)
    keep_all_within: timedelta = timedelta(hours=24)
    keep_recent_at_least: int = 10
    daily_for: timedelta = timedelta(days=14)
    weekly_for: timedelta = timedelta(weeks=12)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    project_id: str
    reason: str
    taken_at: datetime
    size: int


@dataclass(frozen=True)
class BackupPreview:
    info: BackupInfo
    title: str
    counts: dict[str, int]
    integrity: str


def _parse(path: Path) -> tuple[str, datetime] | None:
    match = NAME_RE.match(path.name)
    if not match:
        return None
    taken = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
    return match["reason"], taken


def _project_id(path: Path) -> str:
    try:
        conn = project_file.readonly_connect(path)
        try:
            row = conn.execute("SELECT id FROM rw_project WHERE deleted_at IS NULL").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return ""
    return row[0] if row else ""


def list_backups(backup_dir: Path, project_id: str | None = None) -> list[BackupInfo]:
    """Return the backups in *backup_dir* (of one project, if given), newest first."""
    found: list[BackupInfo] = []
    if not backup_dir.is_dir():
        return found
    for path in backup_dir.glob("*.rwproj"):
        parsed = _parse(path)
        if parsed is None:
            continue
        pid = _project_id(path)
        if project_id is not None and pid != project_id:
            continue
        reason, taken = parsed
        found.append(BackupInfo(path, pid, reason, taken, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def preview_backup(info: BackupInfo) -> BackupPreview:
    """Open a backup read-only and count what it holds."""
    try:
        conn = project_file.readonly_connect(info.path)
        try:
            integrity = conn.execute("PRAGMA quick_check").fetchone()[0]
            title_row = conn.execute(
                "SELECT title FROM rw_project WHERE deleted_at IS NULL"
            ).fetchone()
            counts = {
                key: conn.execute(
                    f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"  # noqa: S608
                ).fetchone()[0]
                for key, table in COUNTED
            }
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return BackupPreview(info, "", {}, str(exc))
    return BackupPreview(info, title_row[0] if title_row else "", counts, integrity)


def thin(backups: list[BackupInfo], now: datetime, policy: BackupPolicy) -> list[BackupInfo]:
    """Return the backups to delete: keep recent ones, then one a day, then one a week."""
    keep: set[Path] = set()
    newest_first = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    for n, backup in enumerate(newest_first):
        age = now - backup.taken_at
        if age <= policy.keep_all_within or n < policy.keep_recent_at_least:
            keep.add(backup.path)
    seen_days: set[str] = set()
    seen_weeks: set[str] = set()
    for backup in newest_first:
        age = now - backup.taken_at
        day = backup.taken_at.strftime("%Y-%m-%d")
        week = backup.taken_at.strftime("%G-W%V")
        if age <= policy.daily_for and day not in seen_days:
            seen_days.add(day)
            keep.add(backup.path)
        elif age <= policy.weekly_for and week not in seen_weeks:
            seen_weeks.add(week)
            keep.add(backup.path)
        seen_weeks.add(week)
    return [b for b in newest_first if b.path not in keep]


class BackupService:
    """Backs up one open project file according to a policy, with an injectable clock."""

    def __init__(
        self,
        store: ProjectStore,
        backup_dir: Path,
        *,
        clock: Clock = utcnow,
        policy: BackupPolicy | None = None,
    ) -> None:
        self.store = store
        self.backup_dir = backup_dir
        self.clock = clock
        self.policy = policy or BackupPolicy()
        self._last_backup_at: datetime | None = None
        self._writes_at_last_backup = store.write_count

    @property
    def available(self) -> bool:
        """Backups are for project files; a server is backed up by its own tools."""
        return self.store.path is not None

    def backups(self) -> list[BackupInfo]:
        return list_backups(self.backup_dir, self.store.project_id) if self.available else []

    def last_backup_at(self) -> datetime | None:
        if self._last_backup_at is None:
            existing = self.backups()
            self._last_backup_at = existing[0].taken_at if existing else None
        return self._last_backup_at

    def take(self, reason: str) -> BackupInfo | None:
        """Take a verified backup now, then thin the old ones."""
        if not self.available:
            return None
        assert self.store.path is not None
        now = self.clock()
        name = f"{self.store.path.stem}.{reason}.{now.strftime(STAMP_FORMAT)}.rwproj"
        target = project_file.backup_file(self.store.path, self.backup_dir / name)
        self._last_backup_at = now
        self._writes_at_last_backup = self.store.write_count
        for old in thin(self.backups(), now, self.policy):
            old.path.unlink(missing_ok=True)
        return BackupInfo(target, self.store.project_id, reason, now, target.stat().st_size)

    def on_open(self) -> BackupInfo | None:
        """Back up a project just opened if its newest backup is older than a day."""
        last = self.last_backup_at()
        if last is None or self.clock() - last >= self.policy.on_open_if_older_than:
            return self.take("on-open")
        return None

    def tick(self) -> BackupInfo | None:
        """Call now and then while the project is open: backs up after 30 minutes of edits."""
        if self.store.write_count == self._writes_at_last_backup:
            return None
        last = self.last_backup_at()
        if last is None or self.clock() - last >= self.policy.while_editing_every:
            return self.take("while-editing")
        return None


def restore_backup(backup: Path, target: Path, backup_dir: Path, *, clock: Clock = utcnow) -> Path:
    """Copy *backup* over the (closed) project *target*, after backing *target* up first.

    Returns the path of the fresh backup of what *target* held before.
    """
    try:
        project_file.inspect_file(backup)
    except ProjectError as exc:
        raise ServiceError(f"the backup cannot be restored: {exc}") from exc
    fresh = None
    if target.exists():
        stamp = clock().strftime(STAMP_FORMAT)
        try:
            fresh = project_file.backup_file(
                target, backup_dir / f"{target.stem}.before-restore.{stamp}.rwproj"
            )
        except (DamagedProject, sqlite3.DatabaseError):
            # A damaged project cannot be copied by SQLite; keep its bytes instead.
            fresh = backup_dir / f"{target.stem}.damaged.{stamp}.rwproj"
            fresh.write_bytes(target.read_bytes())
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    try:
        # The same verified copy as a backup, in the other direction: partial file,
        # quick_check, then one rename over the project.
        project_file.backup_file(backup, target)
    except DamagedProject as exc:
        raise ServiceError(f"the restored copy did not verify: {exc.detail}") from exc
    return fresh or target
