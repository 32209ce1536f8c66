"""Kill a process that is editing a project at random moments; check nothing acknowledged is lost.

A forked child opens the project and edits it through the services: adds notes,
edits their text, adds and renames themes. Before each call it writes
``TRY kind id value`` to a pipe, after the call returns ``ACK kind id``. The
parent kills it with SIGKILL at a random moment, then opens the file: it must
pass ``PRAGMA quick_check``, and every acknowledged edit must be there (with
the value of that edit, or of the one the child had started after it).

Used by tests/store/test_crash.py (>= 100 kills) and bench/crash.py (>= 500).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

DEVICE = "00000000-0000-4000-8000-00000000dead"


@dataclass
class Expected:
    """What the file must hold: for each row, the values the child may have left."""

    notes: dict[str, set[str]] = field(default_factory=dict)
    themes: dict[str, set[str]] = field(default_factory=dict)
    acked: int = 0


def _child(path: Path, write_fd: int, seed: int) -> None:
    from regworkshop.services.project.project_service import load_project
    from regworkshop.services.themes.theme_service import ThemeService
    from regworkshop.store.models import Note, Session, Theme

    def say(line: str) -> None:
        os.write(write_fd, (line + "\n").encode())

    rng = random.Random(seed)
    store = load_project(path, device_id=DEVICE, backup_dir=path.parent / "backups")
    themes = ThemeService(store)
    with store.session() as db:
        session_id = db.scalars(select(Session.id)).first()
        theme_ids = list(db.scalars(select(Theme.id).where(Theme.deleted_at.is_(None))))
        note_ids = list(db.scalars(select(Note.id)))
    say("READY")
    n = 0
    while True:
        n += 1
        op = rng.random()
        text = f"s{seed}-{n} åäö <&>"
        if op < 0.55 or not note_ids:
            note_id = str(__import__("uuid").uuid4())
            say(f"TRY note {note_id} {text}")
            with store.unit_of_work() as db:
                db.add(
                    Note(
                        id=note_id, session_id=session_id, theme_id=rng.choice(theme_ids), text=text
                    )
                )
            note_ids.append(note_id)
            say(f"ACK note {note_id}")
        elif op < 0.85:
            note_id = rng.choice(note_ids)
            say(f"TRY note {note_id} {text}")
            with store.unit_of_work() as db:
                db.get(Note, note_id).text = text
            say(f"ACK note {note_id}")
        elif op < 0.93:
            theme_id = str(__import__("uuid").uuid4())
            say(f"TRY theme {theme_id} {text}")
            themes.create(text, theme_id=theme_id)
            theme_ids.append(theme_id)
            say(f"ACK theme {theme_id}")
        else:
            theme_id = rng.choice(theme_ids)
            say(f"TRY theme {theme_id} {text}")
            themes.rename(theme_id, text)
            say(f"ACK theme {theme_id}")


def _read_lines(read_fd: int) -> list[str]:
    chunks = []
    while chunk := os.read(read_fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks).decode(errors="replace").splitlines()


def kill_once(path: Path, expected: Expected, rng: random.Random, max_delay: float = 0.04) -> int:
    """Run one child, kill it at a random moment, and fold its log into *expected*."""
    read_fd, write_fd = os.pipe()
    seed = rng.randrange(1 << 30)
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read_fd)
        try:
            _child(path, write_fd, seed)
        finally:
            os._exit(0)
    os.close(write_fd)
    ready = b""
    while not ready.endswith(b"READY\n"):
        byte = os.read(read_fd, 1)
        if not byte:
            break
        ready += byte
    time.sleep(rng.uniform(0, max_delay))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    lines = _read_lines(read_fd)
    os.close(read_fd)
    acked = 0
    pending: dict[tuple[str, str], str] = {}
    for line in lines:
        parts = line.split(" ", 3)
        if parts[0] == "TRY" and len(parts) == 4:
            pending[(parts[1], parts[2])] = parts[3]
        elif parts[0] == "ACK" and len(parts) == 3:
            key = (parts[1], parts[2])
            table = expected.notes if key[0] == "note" else expected.themes
            table[key[1]] = {pending.pop(key)}
            acked += 1
    # An edit that started but was not acknowledged may or may not have landed.
    for (kind, row_id), value in pending.items():
        table = expected.notes if kind == "note" else expected.themes
        table.setdefault(row_id, {"<absent>"}).add(value)
    expected.acked += acked
    return acked


def verify(path: Path, expected: Expected) -> None:
    """Raise AssertionError unless the file is sound and holds every acknowledged edit."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
        assert verdict == "ok", f"quick_check: {verdict}"
        notes = dict(conn.execute("SELECT id, text FROM rw_note").fetchall())
        themes = dict(conn.execute("SELECT id, name FROM rw_theme").fetchall())
    finally:
        conn.close()
    for rows, held in ((expected.notes, notes), (expected.themes, themes)):
        for row_id, allowed in rows.items():
            value = held.get(row_id, "<absent>")
            assert value in allowed, f"{row_id}: found {value!r}, expected one of {allowed!r}"
            rows[row_id] = {value}  # what is on disk now is what the next child starts from
        for row_id, value in held.items():
            rows.setdefault(row_id, {value})


def run(path: Path, kills: int, seed: int = 1) -> Expected:
    """Kill *kills* children editing *path* and verify after each; return the tally."""
    rng = random.Random(seed)
    expected = Expected()
    verify(path, expected)  # learn the rows that exist before the first child
    for _ in range(kills):
        kill_once(path, expected, rng)
        verify(path, expected)
    return expected
