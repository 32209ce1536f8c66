"""Helpers for tests that handle project files directly: snapshots, damage, raw SQL."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from regworkshop.store.project_file import SQLITE_MAGIC

PAGE_SIZE = 4096


@dataclass(frozen=True)
class FileState:
    size: int
    mtime_ns: int
    sha256: str


def snapshot(folder: Path) -> dict[str, FileState | None]:
    """Return every entry of *folder* with its size, mtime and hash (None for folders)."""
    state: dict[str, FileState | None] = {}
    for entry in sorted(folder.iterdir()):
        if entry.is_dir():
            state[entry.name] = None
            continue
        data = entry.read_bytes()
        state[entry.name] = FileState(
            len(data), entry.stat().st_mtime_ns, hashlib.sha256(data).hexdigest()
        )
    return state


def is_wal_file(path: Path) -> bool:
    """Return True if *path* is a SQLite database whose header says WAL mode."""
    if not path.is_file():
        return False
    header = path.read_bytes()[:20]
    return header.startswith(SQLITE_MAGIC) and len(header) == 20 and header[18] == 2


def assert_untouched(before: dict[str, FileState | None], folder: Path, wal_db: str = "") -> None:
    """Assert that no file in *folder* changed and nothing new appeared.

    A read-only SQLite connection to a WAL database (*wal_db*) cannot clean up
    after itself, so an ``-shm`` file and an *empty* ``-wal`` file may be left;
    an empty ``-wal`` proves nothing was written.
    """
    after = snapshot(folder)
    for name, state in before.items():
        assert after.get(name) == state, f"{name} changed"
    new = set(after) - set(before)
    if wal_db:
        allowed = {f"{wal_db}-shm", f"{wal_db}-wal"}
        assert new <= allowed, f"unexpected new files: {sorted(new - allowed)}"
        wal = after.get(f"{wal_db}-wal")
        assert wal is None or wal.size == 0, "something was written to the WAL"
    else:
        assert not new, f"unexpected new files: {sorted(new)}"


def sql(path: Path, *statements: str, params: tuple = ()) -> None:
    """Run statements on *path* with plain sqlite3 (foreign keys off, as sqlite3 defaults)."""
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement, params)
        conn.commit()
    finally:
        conn.close()


def query(path: Path, statement: str) -> list[tuple]:
    """Return the rows of one query on *path*, read-only."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute(statement).fetchall()
    finally:
        conn.close()


def damaged_copy(source: Path, target: Path, table: str = "rw_theme") -> Path:
    """Copy a closed project and overwrite the root page of *table* with garbage."""
    shutil.copyfile(source, target)
    conn = sqlite3.connect(target)
    try:
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type='table' AND name=?", (table,)
        ).fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    assert root >= 3, "the damage must land in the middle of the file, not on page 1"
    data = bytearray(target.read_bytes())
    start = (root - 1) * page_size
    data[start : start + page_size] = b"\xde\xad\xbe\xef" * (page_size // 4)
    target.write_bytes(bytes(data))
    return target


def scribbled_copy(source: Path, target: Path) -> Path:
    """Copy a closed project and flip every seventh byte from page 3 to the middle."""
    shutil.copyfile(source, target)
    data = bytearray(target.read_bytes())
    for i in range(2 * PAGE_SIZE, len(data) // 2, 7):
        data[i] ^= 0x55
    target.write_bytes(bytes(data))
    return target
