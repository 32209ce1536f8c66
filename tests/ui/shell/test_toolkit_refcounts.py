"""The Qt bindings must not eat references to None, True and False.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a
void method (``setText``…) and one to True on every signal emit. Run mode's
countdown makes such calls four times a second, so the process aborted
("deallocating None") within minutes of a meeting. pyproject.toml excludes that
release; this test fails on any binding with the same fault.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

from regworkshop.services.sessions.agenda_service import AgendaService
from regworkshop.services.sessions.session_service import SessionService


def refcounts() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def test_a_thousand_ticks_of_run_mode_keep_every_reference(open_window, clock):
    store = open_window.ctx.store
    session = SessionService(store).create("Lång workshop", starts_at=clock())
    AgendaService(store).create(session.id, "Punkt", minutes=60, framing_question="Varför?")
    open_window.ctx.notify("sessions")
    open_window.show_area("sessions")
    view = open_window.views["sessions"]
    view.list.select(session.id)
    run = view.editor.run
    run.toggle()
    run.tick()
    before = refcounts()
    for _ in range(1000):
        clock.advance(seconds=0.25)
        run.tick()
    after = refcounts()
    assert after == before, f"references lost (None, True, False): {before} -> {after}"
    assert clock() == datetime(2026, 3, 10, 9, 0, tzinfo=UTC) + timedelta(seconds=250)
