"""Kill a process that is capturing notes on the board, again and again; check the file each time.

The capture path itself (``NoteService.capture``, what Enter on the board calls);
bench/crash_harness.py on main covers mixed edits through the ORM.

A child process opens the project and captures notes as fast as it can through
``NoteService.capture`` (one unit of work per note, synchronous=FULL); after each
capture returns it reports the note's id to the parent. The parent kills it with
SIGKILL at a random moment (after a random number of acknowledged notes, plus a
random few hundred microseconds, so kills land inside commits too), then reopens
the file: every acknowledged note must be there and ``PRAGMA quick_check`` must
say ok. Children are forked from a preloaded fork server, so a kill costs
milliseconds, not an interpreter start.

Used by tests/services/board/test_crash_capture.py (100 kills) and, from the command line,
for more:  python bench/board_crash.py [--kills 1000] [--seed 7]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PRELOAD = ["regworkshop.services.board.note_service", "regworkshop.services.project.project_service"]


@dataclass
class CrashReport:
    kills: int
    acknowledged: int
    stored: int
    lost: list[str]
    checks: list[str]

    @property
    def ok(self) -> bool:
        return not self.lost and all(c == "ok" for c in self.checks)


def make_project(folder: Path) -> tuple[Path, str, str]:
    """Create a project with one session; return (path, session id, theme id)."""
    from regworkshop.services.project.project_service import new_project
    from regworkshop.services.sessions.session_service import SessionService
    from regworkshop.services.themes.theme_service import ThemeService

    path = folder / "krasch.rwproj"
    store = new_project(path, "Kraschtest", device_id="crash-parent")
    session = SessionService(store).create("Workshop som kraschar")
    theme_id = ThemeService(store).list()[0].id
    store.close()
    return path, session.id, theme_id


def capture_forever(path: str, session_id: str, theme_id: str, conn, backup_dir: str) -> None:
    """The child: capture notes until killed, acknowledging each committed one."""
    from regworkshop.services.board.note_service import NoteService
    from regworkshop.services.project.project_service import load_project

    store = load_project(path, device_id="crash-child", backup_dir=Path(backup_dir))
    notes = NoteService(store)
    conn.send("ready")
    n = 0
    while True:
        note = notes.capture(session_id, theme_id, f"Lapp {n} – åäö 🚲")
        conn.send(note.id)
        n += 1


def check_file(path: Path) -> tuple[str, set[str]]:
    con = sqlite3.connect(path)
    try:
        check = con.execute("PRAGMA quick_check").fetchone()[0]
        ids = {row[0] for row in con.execute("SELECT id FROM rw_note")}
    finally:
        con.close()
    return check, ids


def run_kills(folder: Path, kills: int, seed: int = 1, max_acks: int = 25) -> CrashReport:
    rng = random.Random(seed)
    path, session_id, theme_id = make_project(folder)
    backups = folder / "backups"
    backups.mkdir(exist_ok=True)
    context = mp.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    acknowledged: set[str] = set()
    checks: list[str] = []
    lost: list[str] = []
    for _ in range(kills):
        parent, child = context.Pipe(duplex=False)
        process = context.Process(
            target=capture_forever, args=(str(path), session_id, theme_id, child, str(backups))
        )
        process.start()
        child.close()
        if parent.recv() != "ready":
            raise RuntimeError("the capturing child did not start")
        for _ack in range(rng.randint(0, max_acks)):
            acknowledged.add(parent.recv())
        deadline = time.perf_counter() + rng.uniform(0, 0.002)
        while time.perf_counter() < deadline:
            pass
        process.kill()
        process.join()
        # What the child sent before it died was acknowledged too.
        while True:
            try:
                if not parent.poll():
                    break
                acknowledged.add(parent.recv())
            except (EOFError, OSError, ValueError):
                break
        parent.close()
        check, stored = check_file(path)
        checks.append(check)
        lost.extend(sorted(acknowledged - stored))
    _check, stored = check_file(path)
    # The file must also still open as a project.
    from regworkshop.services.project.project_service import load_project

    load_project(path, device_id="crash-parent", backup_dir=backups).close()
    return CrashReport(kills, len(acknowledged), len(stored), lost, checks)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        report = run_kills(Path(folder), args.kills, args.seed)
        seconds = time.perf_counter() - start
    bad = [c for c in report.checks if c != "ok"]
    print(
        f"{report.kills} kills in {seconds:.1f} s: {report.acknowledged} notes acknowledged, "
        f"{report.stored} stored, {len(report.lost)} lost, {len(bad)} failed quick_checks"
    )
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
