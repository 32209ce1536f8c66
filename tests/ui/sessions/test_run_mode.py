"""Run mode with a simulated clock: controls, keys, the countdown and the projector's text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtTest import QTest

from regworkshop.services.sessions.agenda_service import AgendaService
from regworkshop.services.sessions.run_service import RunService
from regworkshop.services.sessions.session_service import SessionService
from tests.conftest import DEVICE

NINE = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def session_id(open_window) -> str:
    store = open_window.ctx.store
    session = SessionService(store).create(
        "Workshop 1 – Halmstad", starts_at=NINE, planned_minutes=60
    )
    agenda = AgendaService(store)
    agenda.create(session.id, "Inledning", minutes=10)
    agenda.create(
        session.id,
        "Möjligheter",
        minutes=20,
        framing_question="Vilka möjligheter ser ni för regionen?",
    )
    agenda.create(session.id, "Utmaningar", minutes=20, framing_question="Vad är svårast?")
    agenda.create(session.id, "Avslut", minutes=10)
    open_window.ctx.notify("sessions")
    open_window.show_area("sessions")
    view = open_window.views["sessions"]
    view.list.select(session.id)
    return session.id


@pytest.fixture
def run(open_window, session_id):
    editor = open_window.views["sessions"].editor
    editor.actions["run"].click()
    assert editor.tabs.currentWidget() is editor.run
    return editor.run


def countdown_colour(projector) -> str:
    """The colour the countdown is really painted in (after style sheets)."""
    projector.countdown.ensurePolished()
    return projector.countdown.palette().color(QPalette.ColorRole.WindowText).name()


def key(widget, k) -> None:
    QTest.keyClick(widget, k)


def test_the_run_view_before_the_start(open_window, run, clock):
    table = open_window.views["sessions"].editor.agenda.table
    assert table.isColumnHidden(table.model().COL_ACTUAL)
    assert run.status.text() == "Not started"
    assert run.title.text() == "Inledning"
    assert run.countdown.text() == "10:00"
    assert run.next.text() == "Next: Möjligheter (20 min)"
    assert run.drift.text() == "On schedule"
    assert not run.buttons["next"].isEnabled()
    assert run.buttons["toggle"].text() == "Start"


def test_run_a_session_by_keyboard_with_a_fake_clock(open_window, run, clock, session_id):
    key(run, Qt.Key.Key_Space)  # start
    assert run.status.text() == "Running"
    assert run.timer.isActive()
    clock.advance(minutes=3, seconds=30)
    run.tick()  # what the QTimer does every 250 ms
    assert run.countdown.text() == "6:30"
    assert run.progress.value() == 350
    clock.advance(seconds=30)
    key(run, Qt.Key.Key_Right)  # next, six minutes early
    assert run.title.text() == "Möjligheter"
    assert run.question.text() == "Vilka möjligheter ser ni för regionen?"
    assert run.countdown.text() == "20:00"
    assert run.drift.text() == "6 min ahead of schedule"
    clock.advance(minutes=19)
    run.tick()
    assert run.countdown.text() == "1:00"
    assert "#F9A825" in run.countdown.styleSheet()  # amber in the last two minutes
    key(run, Qt.Key.Key_Plus)  # five more minutes
    assert run.countdown.text() == "6:00"
    clock.advance(minutes=7)
    run.tick()
    assert run.countdown.text() == "+1:00"
    assert "#E53935" in run.countdown.styleSheet()
    assert run.drift.text() == "On schedule"  # six minutes saved, six minutes over
    key(run, Qt.Key.Key_Space)  # pause
    assert run.status.text() == "Paused"
    clock.advance(minutes=10)
    run.tick()
    assert run.countdown.text() == "+1:00"  # the item's clock stands still
    assert run.drift.text() == "10 min behind schedule"
    assert "#E53935" in run.drift.styleSheet()
    key(run, Qt.Key.Key_Space)  # resume
    key(run, Qt.Key.Key_PageDown)
    key(run, Qt.Key.Key_PageUp)  # straight back: the skipped item leaves no trace
    assert run.title.text() == "Möjligheter"
    key(run, Qt.Key.Key_PageDown)
    clock.advance(minutes=20)
    key(run, Qt.Key.Key_Right)
    clock.advance(minutes=10)
    key(run, Qt.Key.Key_Right)
    assert run.status.text() == "Finished"
    assert run.countdown.text() == "✓"
    # What the store holds: actual times of every item, and the extension.
    items = AgendaService(open_window.ctx.store).list(session_id)
    assert all(i.actual_start and i.actual_end for i in items)
    assert items[0].actual_end - items[0].actual_start == timedelta(minutes=4)
    assert items[1].extra_minutes == 5
    assert items[1].spent_seconds == 26 * 60
    # The agenda editor's "Actual" column (hidden until a run) shows how the time was spent.
    table = open_window.views["sessions"].editor.agenda.table
    assert not table.isColumnHidden(table.model().COL_ACTUAL)
    model = open_window.views["sessions"].editor.agenda.model
    assert [model.index(r, model.COL_ACTUAL).data() for r in range(4)] == [
        "4 min",
        "26 min",
        "20 min",
        "10 min",
    ]


def test_extend_is_undoable(open_window, run, clock, session_id):
    run.buttons["toggle"].click()
    run.buttons["extend"].click()
    assert run.countdown.text() == "15:00"
    open_window.ctx.undo_stack.undo()
    assert run.countdown.text() == "10:00"
    assert AgendaService(open_window.ctx.store).list(session_id)[0].extra_minutes == 0
    open_window.ctx.undo_stack.redo()
    assert run.countdown.text() == "15:00"


def test_the_projector_follows_the_controls(open_window, run, clock):
    key(run, Qt.Key.Key_F5)
    projector = run.projector
    assert projector is not None and projector.isVisible()
    assert projector.isFullScreen()
    assert projector.screen() in QGuiApplication.screens()
    assert projector.title.text() == "Inledning"
    assert projector.countdown.text() == "10:00"
    assert countdown_colour(projector) == "#ffffff"
    assert projector.next.text() == "Next: Möjligheter (20 min)"
    assert projector.meta.text() == "Workshop 1 – Halmstad  ·  09:00"
    run.buttons["toggle"].click()
    clock.advance(minutes=9, seconds=15)
    run.tick()
    assert projector.countdown.text() == "0:45"
    assert countdown_colour(projector) == "#ffc107"  # amber in the last two minutes
    # Keys pressed on the projector (a presenter remote) reach run mode.
    key(projector, Qt.Key.Key_PageDown)
    assert projector.title.text() == "Möjligheter"
    assert projector.question.text() == "Vilka möjligheter ser ni för regionen?"
    assert projector.countdown.text() == "20:00"
    assert projector.next.text() == "Next: Utmaningar (20 min)"
    assert projector.meta.text().endswith("09:09")
    clock.advance(minutes=21)
    run.tick()
    assert projector.countdown.text() == "+1:00"
    assert countdown_colour(projector) == "#ff5252"  # red once over
    key(projector, Qt.Key.Key_Space)
    assert projector.next.text().startswith("Paused")
    # Large type, whatever the application's style sheet says about fonts.
    projector.question.ensurePolished()
    assert projector.question.font().pixelSize() >= projector.height() // 13 >= 40
    key(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()
    key(run, Qt.Key.Key_F5)
    assert projector.isVisible()
    key(run, Qt.Key.Key_F5)
    assert not projector.isVisible()


def test_leaving_and_reopening_resumes_the_run(open_window, run, clock, session_id, settings):
    run.buttons["toggle"].click()
    clock.advance(minutes=10)
    run.buttons["next"].click()
    clock.advance(minutes=5)
    path = open_window.ctx.store.path
    open_window.ctx.close_project()  # like closing the app mid-session
    clock.advance(minutes=2)
    assert open_window.open_project(str(path))
    open_window.show_area("sessions")
    view = open_window.views["sessions"]
    view.list.select(session_id)
    view.editor.show_tab("run")
    run = view.editor.run
    assert run.status.text() == "Running"
    assert run.title.text() == "Möjligheter"
    assert run.countdown.text() == "13:00"
    state = RunService(open_window.ctx.store, clock).state(session_id)
    assert state.current.title == "Möjligheter"
    assert DEVICE


def test_reset_asks_and_can_be_undone(open_window, run, clock, interaction, session_id):
    run.buttons["toggle"].click()
    clock.advance(minutes=11)
    run.buttons["next"].click()
    interaction.answers.append(True)
    run.buttons["reset"].click()
    assert run.status.text() == "Not started"
    assert AgendaService(open_window.ctx.store).list(session_id)[0].actual_start is None
    open_window.ctx.undo_stack.undo()
    assert run.status.text() == "Running" and run.title.text() == "Möjligheter"


def test_an_empty_agenda_cannot_run(open_window, interaction):
    session = SessionService(open_window.ctx.store).create("Tomt")
    open_window.ctx.notify("sessions")
    open_window.show_area("sessions")
    view = open_window.views["sessions"]
    view.list.select(session.id)
    view.editor.show_tab("run")
    run = view.editor.run
    assert run.title.text() == "The agenda is empty"
    assert not run.buttons["toggle"].isEnabled()
    key(run, Qt.Key.Key_Space)
    assert interaction.errors and "no items" in interaction.errors[-1]
    key(run, Qt.Key.Key_F5)
    assert run.projector is None
