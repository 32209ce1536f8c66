"""Importing 10,000 stakeholder rows vs a floor of csv.reader plus a bare executemany insert.

The file is what Swedish Excel writes: `;`-separated Windows-1252 with an
actor, its type, municipality, a contact person with e-mail and phone, and
influence/interest per row. The app reads and sniffs it, plans every row
against the project (the preview), then applies it in one transaction. The
floor reads the same file with csv.reader and inserts the rows with one
executemany into a SQLite table with the same pragmas. Prints medians.

    python bench/import_stakeholders.py [--rows 10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("REGWORKSHOP_HOME", tempfile.mkdtemp(prefix="rw-bench-home-"))

from regworkshop.services.project.project_service import new_project  # noqa: E402
from regworkshop.services.stakeholders.stakeholder_import import apply_import, preview  # noqa: E402
from regworkshop.services.stakeholders.table_source import read_table  # noqa: E402

HEADER = "Aktör;Typ;Kommun;Kontaktperson;Roll;E-post;Telefon;Inflytande;Intresse"
TYPES = ("kommun", "företag", "näringslivsorganisation", "forskare", "statlig myndighet")
TOWNS = ("Halmstad", "Varberg", "Falkenberg", "Kungsbacka", "Laholm", "Hylte")


def write_file(path: Path, rows: int) -> None:
    lines = [HEADER]
    for n in range(rows):
        lines.append(
            f"Aktör {n} Ätradalen AB;{TYPES[n % 5]};{TOWNS[n % 6]};Person Öberg {n};Planerare;"
            f"person{n}@example.se;035-{n:06d};{1 + n % 5};{1 + (n * 3) % 5}"
        )
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def run_app(path: Path, folder: Path, n: int) -> dict[str, float]:
    store = new_project(folder / f"app{n}.rwproj", "Bench", device_id="bench")
    try:
        t0 = time.perf_counter()
        source = read_table(path)
        t1 = time.perf_counter()
        plan = preview(store, source)
        t2 = time.perf_counter()
        result = apply_import(store, source)
        t3 = time.perf_counter()
        assert result.actors_created == len(source.rows), plan.counts
    finally:
        store.close()
    return {"read": t1 - t0, "preview": t2 - t1, "apply": t3 - t2, "total": t3 - t0}


def run_floor(path: Path, folder: Path, n: int) -> float:
    db = sqlite3.connect(folder / f"floor{n}.db", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE t (a, b, c, d, e, f, g, h, i)")
    t0 = time.perf_counter()
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("cp1252")), delimiter=";"))[1:]
    db.execute("BEGIN")
    db.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.execute("COMMIT")
    elapsed = time.perf_counter() - t0
    db.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rw-bench-") as tmp:
        folder = Path(tmp)
        path = folder / "intressenter.csv"
        write_file(path, args.rows)
        app = [run_app(path, folder, n) for n in range(args.runs)]
        floor = [run_floor(path, folder, n) for n in range(args.runs)]
    median = {k: statistics.median(r[k] for r in app) for k in app[0]}
    floor_median = statistics.median(floor)
    print(f"import of {args.rows} rows (Windows-1252, ;-separated, actor + contact + values each)")
    print(
        f"  app:   read {median['read'] * 1000:.0f} ms, preview {median['preview'] * 1000:.0f} ms, "
        f"apply {median['apply'] * 1000:.0f} ms, total {median['total'] * 1000:.0f} ms"
    )
    print(f"  floor: csv.reader + executemany {floor_median * 1000:.0f} ms")
    print(f"  ratio: {median['total'] / floor_median:.1f}x the floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
