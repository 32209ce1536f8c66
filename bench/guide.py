"""The method guide at the size of a large project: 100,000 notes, 200 sessions, 60 actors.

The overview recomputes the checklist, tips and gaps when it is shown and after
edits while it is visible; this prints the p95 of one full computation
(``MethodGuideService.guide``), next to the p95 of the overview's counts that were
there before it, and the ratio floor / measured (above 1 is good).

    python bench/guide.py [--notes 100000] [--runs 30]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from knowledge import build, median, p95, timed  # noqa: E402  (the same 100,000 notes)

FLOOR_MS = 150.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    from regworkshop.services.guide.guide_service import MethodGuideService
    from regworkshop.services.project.project_service import overview

    with tempfile.TemporaryDirectory() as folder:
        store, _themes = build(Path(folder) / "bench.rwproj", args.notes)
        try:
            guide = MethodGuideService(store)
            ours = timed(guide.guide, args.runs)
            counts = timed(lambda: overview(store), args.runs)
        finally:
            store.close()
    print(f"{args.notes} notes, {args.runs} runs")
    print(
        f"method guide (checklist, tips, gaps): p95 {p95(ours):.1f} ms (median "
        f"{median(ours):.1f}), floor {FLOOR_MS:.0f} ms, ratio {FLOOR_MS / p95(ours):.2f}"
    )
    print(
        f"overview counts (before this issue):  p95 {p95(counts):.1f} ms (median {median(counts):.1f})"
    )
    return 0 if p95(ours) <= FLOOR_MS else 1


if __name__ == "__main__":
    sys.exit(main())
