"""Agenda work at the size of a long day: 100 items, on a real project file.

What a facilitator feels: an edit in the agenda editor (the command, the service,
the start times recomputed and the table updated), a drag that reorders, one tick
of run mode's countdown, and the agenda handout. Each figure is a median, printed
with its floor (the most we accept) and the ratio floor / measured (above 1 is good).

    python bench/agenda.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ITEMS = 100
# Floors: what still feels instant at the keyboard (100 ms), a countdown tick that
# leaves the GUI thread idle (5 ms of a 250 ms interval), a handout worth waiting for.
FLOORS_MS = {"edit": 100.0, "reorder": 150.0, "tick": 5.0, "handout": 3000.0}


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as home:
        os.environ["REGWORKSHOP_HOME"] = home
        from PySide6.QtCore import QSettings

        from regworkshop.export.documents.agenda_pdf import build_handout, write_agenda_pdf
        from regworkshop.services.project.project_service import new_project
        from regworkshop.services.sessions.agenda_service import AgendaService
        from regworkshop.services.sessions.session_service import SessionService
        from regworkshop.ui.app import build_window, create_app
        from regworkshop.ui.shell.settings import Settings

        create_app()
        path = Path(home) / "lang-dag.rwproj"
        store = new_project(path, "Bench", device_id="bench")
        session = SessionService(store).create(
            "Lång dag", starts_at=datetime(2026, 3, 10, 8, tzinfo=UTC), planned_minutes=480
        )
        agenda = AgendaService(store)
        for n in range(ITEMS):
            agenda.create(
                session.id, f"Punkt {n + 1}", framing_question=f"Fråga {n + 1}?", minutes=5
            )
        store.close()
        settings = Settings(QSettings(str(Path(home) / "s.ini"), QSettings.Format.IniFormat))
        window = build_window(settings, apply_style=False)
        window.open_project(str(path))
        view = window.views["sessions"]
        window.show_area("sessions")
        view.list.select(session.id)
        editor = view.editor.agenda
        model = editor.model
        minutes = iter(range(10**6))

        def edit() -> None:  # change the first time box: every start after it moves
            assert model.setData(model.index(0, model.COL_MINUTES), 6 + next(minutes) % 50)

        def reorder() -> None:  # drag the last item to the top
            ids = model.ids()
            assert model.moveRows(
                model.index(0, 0).parent(), len(ids) - 1, 1, model.index(0, 0).parent(), 0
            )

        run = view.editor.run
        view.editor.show_tab("run")
        run.toggle()

        def tick() -> None:
            run.tick()

        handout_path = Path(home) / "dagordning.pdf"

        def handout() -> None:
            write_agenda_pdf(build_handout(window.ctx.store, session.id, "sv"), handout_path)

        figures = {
            "edit": median_ms(edit, runs),
            "reorder": median_ms(reorder, runs),
            "tick": median_ms(tick, runs * 10),
            "handout": median_ms(handout, max(3, runs // 3)),
        }
        window.ctx.close_project()
    labels = {
        "edit": f"edit a time box ({ITEMS} items)",
        "reorder": f"drag-reorder ({ITEMS} items)",
        "tick": "run-mode countdown tick",
        "handout": f"agenda handout PDF ({ITEMS} items)",
    }
    for key, value in figures.items():
        floor = FLOORS_MS[key]
        print(
            f"{labels[key]:34s} median {value:8.2f} ms   floor {floor:7.0f} ms   ratio {floor / value:6.1f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
