"""Building an agenda by keyboard, reordering it by drag, start times recomputed, undo."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QSpinBox

from regworkshop.services.sessions.agenda_service import AgendaService
from regworkshop.services.sessions.session_service import SessionService
from regworkshop.services.themes.theme_service import ThemeService
from regworkshop.ui.sessions.agenda_model import AgendaModel

NINE = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def type_text(widget, text: str) -> None:
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


@pytest.fixture
def session_id(open_window) -> str:
    session = SessionService(open_window.ctx.store).create(
        "Workshop 1", starts_at=NINE, planned_minutes=60
    )
    open_window.ctx.notify("sessions")
    view = open_window.views["sessions"]
    open_window.show_area("sessions")
    view.list.select(session.id)
    return session.id


@pytest.fixture
def editor(open_window, session_id):
    return open_window.views["sessions"].editor.agenda


def stored(window, session_id) -> list[tuple[str, str, int]]:
    return [
        (i.title, i.framing_question, i.minutes)
        for i in AgendaService(window.ctx.store).list(session_id)
    ]


def column(model: AgendaModel, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def focused_editor(kind):
    widget = QApplication.focusWidget()
    assert isinstance(widget, kind), widget
    return widget


def add_by_keyboard(table, title: str, question: str, minutes: int) -> None:
    """Ctrl+Enter, type the title, Tab, the framing question, Tab, the minutes, Enter."""
    QTest.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    title_edit = focused_editor(QLineEdit)
    title_edit.selectAll()
    type_text(title_edit, title)
    QTest.keyClick(title_edit, Qt.Key.Key_Tab)
    question_edit = focused_editor(QLineEdit)
    type_text(question_edit, question)
    QTest.keyClick(question_edit, Qt.Key.Key_Tab)
    spin = focused_editor(QSpinBox)
    spin.selectAll()
    type_text(spin, str(minutes))
    press_return(spin)


def press_return(editor) -> None:
    """Enter in an item editor: the delegate commits on the next turn of the event loop."""
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_build_an_agenda_by_keyboard(open_window, editor, session_id, qtbot):
    open_window.activateWindow()
    qtbot.waitUntil(open_window.isActiveWindow)
    editor.table.setFocus()
    add_by_keyboard(editor.table, "Inledning", "", 15)
    add_by_keyboard(editor.table, "Möjligheter", "Vilka möjligheter ser ni?", 25)
    add_by_keyboard(editor.table, "Utmaningar", "Vad är svårast – och varför?", 30)
    assert stored(open_window, session_id) == [
        ("Inledning", "", 15),
        ("Möjligheter", "Vilka möjligheter ser ni?", 25),
        ("Utmaningar", "Vad är svårast – och varför?", 30),
    ]
    assert column(editor.model, AgendaModel.COL_START) == ["09:00", "09:15", "09:40"]
    # 70 minutes in a 60-minute session: the last item overruns and the total says so.
    assert [editor.model.index(r, 0).data(AgendaModel.OverrunRole) for r in range(3)] == [
        False,
        False,
        True,
    ]
    assert "10 min past the planned end 10:00" in editor.total.text()
    assert "#E53935" in editor.total.styleSheet()
    # Insert lands after the current item, and every later start moves.
    editor.table.setCurrentIndex(editor.model.index(0, AgendaModel.COL_TITLE))
    QTest.keyClick(editor.table, Qt.Key.Key_Insert)
    title_edit = focused_editor(QLineEdit)
    title_edit.selectAll()
    type_text(title_edit, "Fika")
    press_return(title_edit)
    assert column(editor.model, AgendaModel.COL_TITLE) == [
        "Inledning",
        "Fika",
        "Möjligheter",
        "Utmaningar",
    ]
    assert column(editor.model, AgendaModel.COL_START) == ["09:00", "09:15", "09:30", "09:55"]
    # Each step is one undoable command: undo the insert and the three additions' edits.
    stack = open_window.ctx.undo_stack
    stack.undo()  # the title "Fika"
    stack.undo()  # the insert
    assert column(editor.model, AgendaModel.COL_START) == ["09:00", "09:15", "09:40"]
    stack.redo()
    stack.redo()
    assert column(editor.model, AgendaModel.COL_TITLE)[1] == "Fika"


def test_changing_a_duration_in_place_recomputes_later_starts(open_window, editor, session_id):
    agenda = AgendaService(open_window.ctx.store)
    for title, minutes in (("A", 10), ("B", 20), ("C", 30)):
        agenda.create(session_id, title, minutes=minutes)
    open_window.ctx.notify("agenda")
    changed = []
    editor.model.dataChanged.connect(lambda tl, br, roles=(): changed.append((tl.row(), br.row())))
    resets = []
    editor.model.modelReset.connect(lambda: resets.append(1))
    index = editor.model.index(0, AgendaModel.COL_MINUTES)
    assert editor.model.setData(index, 45)
    assert column(editor.model, AgendaModel.COL_START) == ["09:00", "09:45", "10:05"]
    assert resets == [] and {row for row, _ in changed} == {0, 1, 2}
    assert stored(open_window, session_id)[0] == ("A", "", 45)
    # Bad input through the editor is refused with a message and changes nothing.
    index = editor.model.index(1, AgendaModel.COL_TITLE)
    assert not editor.model.setData(index, "   ")
    assert stored(open_window, session_id)[1] == ("B", "", 20)
    assert not editor.model.setData(editor.model.index(1, AgendaModel.COL_MINUTES), 601)


def drag_event(cls, pos: QPointF, *args):
    """Qt 6.12 takes a QPointF (and deprecates QPoint); earlier releases take a QPoint."""
    try:
        return cls(pos, *args)
    except TypeError:
        return cls(pos.toPoint(), *args)


def drag_row_to(view, source_row: int, target_row: int, *, below: bool = False) -> None:
    """Drag a row onto another row's top (or bottom) edge, with the events a real drag sends."""
    model = view.model()
    mime = model.mimeData([model.index(source_row, AgendaModel.COL_TITLE)])
    rect = view.visualRect(model.index(target_row, AgendaModel.COL_TITLE))
    y = rect.bottom() - 1 if below else rect.top() + 1
    pos = QPointF(QPoint(rect.center().x(), y))
    viewport = view.viewport()
    actions = Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = drag_event(QDragEnterEvent, pos, actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = drag_event(QDragMoveEvent, pos, actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(pos, actions, mime, buttons, mods, QEvent.Type.Drop)
    drop.setDropAction(Qt.DropAction.MoveAction)
    QApplication.sendEvent(viewport, drop)


def test_reorder_by_drag_recomputes_start_times_and_undoes(open_window, editor, session_id):
    agenda = AgendaService(open_window.ctx.store)
    for title, minutes in (
        ("Inledning", 15),
        ("Möjligheter", 25),
        ("Utmaningar", 20),
        ("Avslut", 10),
    ):
        agenda.create(session_id, title, minutes=minutes)
    open_window.ctx.notify("agenda")
    editor.table.resize(900, 400)
    editor.table.show()
    moves = []
    editor.model.rowsMoved.connect(lambda *args: moves.append(args[1:3]))
    # Drag "Avslut" (row 3) onto the top edge of "Möjligheter" (row 1).
    drag_row_to(editor.table, 3, 1)
    assert [t for t, _, _ in stored(open_window, session_id)] == [
        "Inledning",
        "Avslut",
        "Möjligheter",
        "Utmaningar",
    ]
    assert column(editor.model, AgendaModel.COL_TITLE) == [
        "Inledning",
        "Avslut",
        "Möjligheter",
        "Utmaningar",
    ]
    assert column(editor.model, AgendaModel.COL_START) == ["09:00", "09:15", "09:25", "09:50"]
    assert moves == [(3, 3)]  # a row move, not a reset
    # Drag the first item below the last one.
    drag_row_to(editor.table, 0, 3, below=True)
    assert column(editor.model, AgendaModel.COL_TITLE)[-1] == "Inledning"
    assert column(editor.model, AgendaModel.COL_START)[0] == "09:00"
    open_window.ctx.undo_stack.undo()
    open_window.ctx.undo_stack.undo()
    assert [t for t, _, _ in stored(open_window, session_id)] == [
        "Inledning",
        "Möjligheter",
        "Utmaningar",
        "Avslut",
    ]
    # Dropping a row where it already is changes nothing and pushes nothing.
    count = open_window.ctx.undo_stack.count()
    drag_row_to(editor.table, 1, 1)
    assert open_window.ctx.undo_stack.count() == count


def test_model_level_moves_and_foreign_drops(open_window, editor, session_id):
    agenda = AgendaService(open_window.ctx.store)
    ids = [agenda.create(session_id, t, minutes=10).id for t in ("A", "B", "C")]
    open_window.ctx.notify("agenda")
    model = editor.model
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert [i.id for i in agenda.list(session_id)] == [ids[1], ids[2], ids[0]]
    # Rows of another session (a drag from another window) are not accepted.
    other = SessionService(open_window.ctx.store).create("Annan")
    stranger = agenda.create(other.id, "X").id
    mime = model.mimeData([model.index(0, 0)])
    mime.setData("application/x-regworkshop-agenda-items", f'["{stranger}"]'.encode())
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_keyboard_move_delete_and_themes(open_window, editor, session_id, interaction):
    agenda = AgendaService(open_window.ctx.store)
    for title in ("A", "B", "C"):
        agenda.create(session_id, title, minutes=10)
    open_window.ctx.notify("agenda")
    editor.table.setCurrentIndex(editor.model.index(0, AgendaModel.COL_TITLE))
    QTest.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [t for t, _, _ in stored(open_window, session_id)] == ["B", "A", "C"]
    assert editor.current_row() == 1
    QTest.keyClick(editor.table, Qt.Key.Key_Delete)
    assert [t for t, _, _ in stored(open_window, session_id)] == ["B", "C"]
    open_window.ctx.undo_stack.undo()
    assert [t for t, _, _ in stored(open_window, session_id)] == ["B", "A", "C"]
    themes = ThemeService(open_window.ctx.store).list()
    editor.table.setCurrentIndex(editor.model.index(1, AgendaModel.COL_TITLE))
    interaction.answers.append([themes[0].id, themes[4].id])
    editor.buttons["themes"].click()
    assert editor.model.index(1, AgendaModel.COL_THEMES).data() == "Opportunities, Priorities"
    editor.description.setPlainText("Post-it i två färger.")
    editor.description.committed.emit(editor.description.toPlainText())
    item = agenda.list(session_id)[1]
    assert item.description == "Post-it i två färger." and len(item.theme_ids) == 2


def test_a_hundred_items_and_past_midnight(open_window, editor, session_id):
    SessionService(open_window.ctx.store).update(
        session_id, starts_at=datetime(2026, 3, 10, 22, 0, tzinfo=UTC), planned_minutes=None
    )
    agenda = AgendaService(open_window.ctx.store)
    for n in range(100):
        agenda.create(session_id, f"Punkt {n + 1}", minutes=5)
    open_window.ctx.notify("sessions")
    assert editor.model.rowCount() == 100
    starts = column(editor.model, AgendaModel.COL_START)
    assert starts[0] == "22:00" and starts[24] == "00:00 (+1)" and starts[99] == "06:15 (+1)"
    assert "22:00–06:20 (+1)" in editor.total.text()


def test_agenda_models_pass_the_model_tester(open_window, editor, session_id, qtmodeltester):
    agenda = AgendaService(open_window.ctx.store)
    for title, minutes in (("A", 0), ("B", 600), ("C", 15)):
        agenda.create(session_id, title, minutes=minutes, framing_question="Varför?")
    open_window.ctx.notify("agenda")
    qtmodeltester.check(editor.model)
    view = open_window.views["sessions"]
    qtmodeltester.check(view.list.model)
    qtmodeltester.check(view.editor.participants.model)
    qtmodeltester.check(view.editor.run.items_model)


def test_overrun_rows_are_painted_red_under_the_real_theme(open_window, editor, session_id):
    """qt-material's ::item rules hide BackgroundRole; the delegate must paint the row itself."""
    from regworkshop.ui.shell import appearance

    appearance.apply_theme(QApplication.instance(), "dark")
    agenda = AgendaService(open_window.ctx.store)
    agenda.create(session_id, "Ryms", minutes=50)
    agenda.create(session_id, "Ryms inte", minutes=30)
    open_window.ctx.notify("agenda")
    editor.table.resize(900, 300)
    editor.table.clearSelection()
    editor.table.setCurrentIndex(QModelIndex())
    image = editor.table.viewport().grab().toImage()

    def colour_of(row):
        rect = editor.table.visualRect(editor.model.index(row, AgendaModel.COL_START))
        return image.pixelColor(rect.left() + 4, rect.center().y())

    fits, over = colour_of(0), colour_of(1)
    assert over.red() - over.blue() > 25, over.name()
    assert abs(fits.red() - fits.blue()) < 25, fits.name()
