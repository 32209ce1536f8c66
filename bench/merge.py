"""Merge speed: 10 bundles x 5,000 notes into one project, then a re-import.

Ten laptops each start from the same project and capture 5,000 notes; the
project lead merges all ten bundles at once. The floor is a bare SQLite
executemany of the same note rows into an empty table with the same pragmas.

    python bench/merge.py [--laptops 10] [--notes 5000]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from regworkshop.export.sync.bundle_writer import write_bundle
from regworkshop.services.project.project_service import new_project
from regworkshop.services.sync.bundle_reader import read_bundle
from regworkshop.services.sync.bundle_start import project_from_bundle
from regworkshop.services.sync.merge_service import MergeService
from regworkshop.store.models import Note, Session, Theme


def build(folder: Path, laptops: int, notes: int) -> tuple[Path, list[Path]]:
    lead = new_project(
        folder / "lead.rwproj", "Bench", device_id="00000000-0000-4000-8000-00000000000a"
    )
    base = folder / "base.rwbundle"
    write_bundle(lead, base)
    lead.close()
    bundles = []
    for i in range(laptops):
        device = f"00000000-0000-4000-8000-{i:012d}"
        store, _ = project_from_bundle(read_bundle(base), folder / f"l{i}.rwproj", device_id=device)
        with store.unit_of_work() as db:
            themes = list(db.scalars(select(Theme.id)))
            session = Session(project_id=store.project_id, title=f"Intervju {i}")
            db.add(session)
            db.flush()
            db.add_all(
                Note(
                    session_id=session.id,
                    theme_id=themes[n % len(themes)],
                    text=f"Lapp {n} från dator {i}: pendling, vatten och bostäder i Halland",
                    position=float(n),
                )
                for n in range(notes)
            )
        path = folder / f"l{i}.rwbundle"
        write_bundle(store, path)
        store.close()
        bundles.append(path)
    return folder / "lead.rwproj", bundles


def floor(folder: Path, bundles) -> float:
    rows = [(r["id"], r["session_id"], r["text"]) for b in bundles for r in b.tables["rw_note"]]
    conn = sqlite3.connect(folder / "floor.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE n(id TEXT PRIMARY KEY, session_id TEXT, text TEXT)")
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO n VALUES (?, ?, ?)", rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--laptops", type=int, default=10)
    parser.add_argument("--notes", type=int, default=5000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        lead_path, paths = build(folder, options.laptops, options.notes)
        print(
            f"built {options.laptops} bundles x {options.notes} notes in {time.perf_counter() - t0:.1f} s"
        )
        from regworkshop.services.project.project_service import load_project

        lead = load_project(
            lead_path,
            device_id="00000000-0000-4000-8000-00000000000a",
            backup_dir=folder / "backups",
        )
        start = time.perf_counter()
        bundles = [read_bundle(p) for p in paths]
        read_s = time.perf_counter() - start
        report = MergeService(lead, folder / "backups").merge(bundles)
        merge_s = time.perf_counter() - start
        assert report.totals["added"] == options.laptops * (options.notes + 1)
        start = time.perf_counter()
        again = MergeService(lead, folder / "backups").merge([read_bundle(paths[0])])
        again_s = time.perf_counter() - start
        assert again.totals["added"] == again.totals["updated"] == 0
        lead.close()
        floor_s = floor(folder, bundles)
    print(
        f"merge {options.laptops} bundles (read {read_s:.2f} s incl.)   {merge_s:6.2f} s   (target <= 5 s)"
    )
    print(
        f"re-import an imported bundle             {again_s:6.3f} s   (target <= 0.5 s, no change)"
    )
    print(
        f"floor: bare SQLite insert of the notes   {floor_s:6.2f} s   ratio {merge_s / floor_s:.1f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
