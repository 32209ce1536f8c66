"""Crash promise under load: >= 500 SIGKILLs of a process editing a project.

python bench/crash.py [--kills 500]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import crash_harness  # noqa: E402
from regworkshop.services.project.project_service import new_project  # noqa: E402
from regworkshop.store.models import Session  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=500)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "crash.rwproj"
        store = new_project(path, "Krasch", device_id=crash_harness.DEVICE)
        with store.unit_of_work() as db:
            db.add(Session(project_id=store.project_id, title="Workshop"))
        store.close()
        start = time.perf_counter()
        result = crash_harness.run(path, options.kills, seed=2026)
        elapsed = time.perf_counter() - start
    print(
        f"{options.kills} kills in {elapsed:.1f} s: {result.acked} acknowledged edits, "
        f"{len(result.notes)} notes and {len(result.themes)} themes checked after every kill; "
        "quick_check ok every time, nothing acknowledged was lost"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
