"""The board: capture by keyboard, drag between themes with undo, clusters, dot voting, filter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from regworkshop.services.sessions.participant_service import ParticipantService
from regworkshop.services.sessions.session_service import SessionService
from regworkshop.store.models import Actor, Cluster, Note, Vote
from regworkshop.ui.board.board_column_model import NoteColumnModel
from regworkshop.ui.sessions.session_editor import TAB_BOARD

PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cf00000301010018dd8db40000000049454e44ae426082"
)


@pytest.fixture
def board(open_window):
    store = open_window.ctx.store
    session = SessionService(store).create("Workshop 1 – Halmstad")
    with store.unit_of_work() as db:
        actor = Actor(
            project_id=store.project_id, name="Falkenbergs kommun", actor_type="municipality"
        )
        db.add(actor)
        db.flush()
        actor_id = actor.id
    ParticipantService(store).add(session.id, actor_id=actor_id)
    open_window.ctx.notify("sessions")
    open_window.show_area("sessions")
    view = open_window.views["sessions"]
    view.list.select(session.id)
    editor = view.editor
    editor.show_tab(TAB_BOARD)
    assert editor.tabs.currentWidget() is editor.board
    return editor.board


def type_text(widget, text: str) -> None:
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        elif ch.isascii():
            QTest.keyClick(widget, ch)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )


def db_notes(board):
    with board.ctx.store.session() as db:
        return list(
            db.execute(
                select(
                    Note.text, Note.theme_id, Note.actor_id, Note.deleted_at, Note.position
                ).order_by(Note.created_at, Note.position)
            )
        )


def test_column_model_passes_the_model_tester(board, qtmodeltester):
    board.capture.edit.setPlainText("ett")
    board.capture_note()
    first = board.ordered_columns()[0].model
    qtmodeltester.check(first)


def test_capture_ten_notes_by_keyboard_only(board, qtbot):
    board.window().activateWindow()
    edit = board.capture.edit
    edit.setFocus()
    themes = [t.id for t in board.themes]
    texts = [f"Idé nummer {n} om pendling" for n in range(8)] + ["a < b & c 🚲", "rad ett\nrad två"]
    for number, text in enumerate(texts):
        if number == 5:
            # Alt+2 picks the second theme, Alt+A the attribution field
            QTest.keyClick(edit, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
            QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
            who = board.capture.who
            assert who.hasFocus() or board.capture.who is board.focusWidget()
            type_text(who, "Falkenberg")
            QTest.keyClick(who, Qt.Key.Key_Return)
        type_text(edit, text)
        QTest.keyClick(edit, Qt.Key.Key_Return)
        assert edit.toPlainText() == ""
    QTest.keyClick(edit, Qt.Key.Key_Return)  # an empty note is not stored
    rows = sorted(db_notes(board), key=lambda r: (themes.index(r.theme_id), r.position))
    assert [r.text for r in rows] == texts
    assert {r.theme_id for r in rows[:5]} == {themes[0]}
    assert {r.theme_id for r in rows[5:]} == {themes[1]}
    assert rows[0].actor_id is None and rows[7].actor_id is not None
    assert board.columns[themes[1]].model.rowCount() == 5
    assert "(5)" in board.columns[themes[0]].header.text()
    # Undo from the Edit menu's stack takes the last note away (a tombstone), redo brings it back
    board.ctx.undo_stack.undo()
    assert [r.text for r in db_notes(board) if r.deleted_at is not None] == ["rad ett\nrad två"]
    assert board.columns[themes[1]].model.rowCount() == 4
    board.ctx.undo_stack.redo()
    assert board.columns[themes[1]].model.rowCount() == 5


def capture(board, theme_index: int, *texts: str) -> None:
    board.capture.pick_theme(theme_index)
    for text in texts:
        board.capture.edit.setPlainText(text)
        assert board.capture_note()


def test_drag_between_themes_and_undo(board):
    capture(board, 0, "buss", "tåg")
    capture(board, 1, "cykel")
    first, second = (c.model for c in board.ordered_columns()[:2])
    mime = first.mimeData([first.index(0)])
    second.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [r.text for r in second.rows] == ["buss", "cykel"]
    assert [r.text for r in first.rows] == ["tåg"]
    with board.ctx.store.session() as db:
        assert db.scalar(select(Note.theme_id).where(Note.text == "buss")) == second.theme_id
    board.ctx.undo_stack.undo()
    assert [r.text for r in first.rows] == ["buss", "tåg"]
    assert [r.text for r in second.rows] == ["cykel"]


def test_keys_delete_move_aside_and_edit(board, interaction):
    capture(board, 0, "ett", "två")
    column = board.ordered_columns()[0]
    view = column.view
    view.setFocus()
    view.setCurrentIndex(column.model.index(0))
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    second = board.ordered_columns()[1].model
    assert [r.text for r in second.rows] == ["ett"]
    view.setCurrentIndex(column.model.index(0))
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert column.model.rowCount() == 0
    board.ctx.undo_stack.undo()
    assert [r.text for r in column.model.rows] == ["två"]
    column.model.setData(column.model.index(0), "tvåa")
    assert db_notes(board)[1].text == "tvåa"


def test_group_by_drop_and_by_keys_then_ungroup(board, interaction):
    capture(board, 0, "buss", "tåg", "cykel")
    model: NoteColumnModel = board.ordered_columns()[0].model
    # drop "tåg" onto "buss": a cluster of the two
    model.dropMimeData(
        model.mimeData([model.index(1)]), Qt.DropAction.MoveAction, -1, 0, model.index(0)
    )
    assert type(model.rows[0]).__name__ == "ClusterInfo"
    assert [getattr(r, "text", None) for r in model.rows[1:]] == ["buss", "tåg", "cykel"]
    board.ctx.undo_stack.undo()
    assert [r.text for r in model.rows] == ["buss", "tåg", "cykel"]
    view = board.ordered_columns()[0].view
    view.setFocus()
    view.selectAll()
    interaction.answers.append("Resor")
    QTest.keyClick(view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    with board.ctx.store.session() as db:
        assert db.scalar(select(Cluster.name).where(Cluster.deleted_at.is_(None))) == "Resor"
    view.setCurrentIndex(model.index(0))
    QTest.keyClick(view, Qt.Key.Key_Space)  # collapse
    assert model.rowCount() == 1
    QTest.keyClick(
        view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert model.rowCount() == 3


def test_voting_round_with_keys(board, interaction):
    capture(board, 0, "buss", "tåg")
    interaction.answers.extend(["Före diskussion", "2"])
    board.buttons["vote"].click()
    assert board.round is not None and board.round.open
    view = board.ordered_columns()[0].view
    view.setFocus()
    view.setCurrentIndex(view.model().index(1))
    QTest.keyClick(view, Qt.Key.Key_Plus)
    QTest.keyClick(view, Qt.Key.Key_Plus)
    QTest.keyClick(view, Qt.Key.Key_Plus)  # beyond the room's two dots: refused, said so
    assert interaction.errors
    with board.ctx.store.session() as db:
        assert db.scalar(select(Vote.count)) == 2
    assert "2 / 2" in board.round_label.text()
    board.buttons["vote"].click()  # end
    assert not board.round.open
    interaction.answers.clear()
    board.buttons["results"].click()
    assert "1. (2) tåg" in interaction.infos[-1]


def test_filter_by_text_and_actor_type(board):
    capture(board, 0, "Bättre buss", "Tåg")
    board.capture.who.setText("Falkenbergs kommun")
    capture(board, 1, "Buss till Ullared")
    board.filter.setText("BUSS")
    assert sum(c.model.rowCount() for c in board.ordered_columns()) == 2
    board.filter.clear()
    board.type_filter.setCurrentIndex(board.type_filter.findData("municipality"))
    assert sum(c.model.rowCount() for c in board.ordered_columns()) == 1


def test_photo_is_stored_and_shown(board, interaction, tmp_path):
    path = tmp_path / "vagg.png"
    path.write_bytes(PNG_1PX)
    interaction.answers.append([str(path)])
    board.buttons["photos"].click()
    board.photos.add.click()
    assert board.photos.list.count() == 1
    assert board.ctx.services.photos.list(board.session_id)[0].caption == "vagg"
    board.ctx.undo_stack.undo()
    assert board.photos.list.count() == 0


def test_projector_follows_the_board(board):
    board.toggle_projector()
    projector = board.projector
    try:
        assert len(projector.parts) == len(board.themes)
        capture(board, 0, "syns på projektorn")
        # the projector shows the board's own column models, so the note is there at once
        shown = projector.parts[0].findChildren(type(board.ordered_columns()[0].view).__base__)
        assert shown and shown[0].model().rowCount() == 1
        assert "(1)" in projector.parts[0].title.text()
        projector.set_focus(0)
        assert not projector.parts[1].isVisible()
    finally:
        projector.close()


def test_delete_theme_asks_where_notes_go(board, interaction):
    capture(board, 0, "kvar")
    first, second = board.themes[0].id, board.themes[1].id
    interaction.answers.append(second)
    board.actions.delete_theme(first)
    assert first not in board.columns
    assert [r.text for r in board.columns[second].model.rows] == ["kvar"]


def test_attribute_selected_notes_with_the_picker(board, interaction):
    capture(board, 0, "ett", "två")
    view = board.ordered_columns()[0].view
    view.setFocus()
    view.selectAll()
    interaction.answers.append("Falkenbergs kommun")
    QTest.keyClick(view, Qt.Key.Key_A)
    rows = db_notes(board)
    assert all(r.actor_id is not None for r in rows)
    board.ctx.undo_stack.undo()
    assert all(r.actor_id is None for r in db_notes(board))


def test_awkward_notes_render_and_long_text_is_kept(board):
    long = "lång " * 20_000
    capture(board, 0, long, "a < b & <i>c</i> 🚲 שלום", "Donaudampfschifffahrt" * 10)
    column = board.ordered_columns()[0]
    column.view.viewport().grab()  # paints every visible card without error
    model = column.model
    assert model.data(model.index(0), Qt.ItemDataRole.EditRole) == long.strip()
    assert len(model.data(model.index(0), Qt.ItemDataRole.ToolTipRole)) < 2000


def test_themes_are_edited_from_the_board(board, interaction):
    first = board.themes[0]
    interaction.answers.append("Styrkor")
    board.actions.rename_theme(first.id)
    assert board.columns[first.id].label == "Styrkor"
    interaction.answers.append("#123456")
    board.actions.recolour_theme(first.id)
    assert board.columns[first.id].model.colour == "#123456"
    board.actions.move_theme(first.id, 1)
    assert board.themes[1].id == first.id
    board.actions.hide_theme(first.id, True)
    assert first.id not in board.columns
    assert [t.id for t in board.hidden_themes] == [first.id]
    for _ in range(4):
        board.ctx.undo_stack.undo()
    assert board.themes[0].id == first.id
    assert board.columns[first.id].label != "Styrkor"
    interaction.answers.append("Ny fråga")
    board.actions.add_theme()
    assert board.columns[board.themes[-1].id].label == "Ny fråga"


def test_n_and_ctrl_enter_go_to_the_capture_field(board):
    board.window().activateWindow()
    view = board.ordered_columns()[0].view
    for key, mods in (
        (Qt.Key.Key_N, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),
    ):
        view.setFocus()
        assert view.hasFocus()
        QTest.keyClick(view, key, mods)
        assert board.capture.edit.hasFocus()


def open_menu_on(click) -> tuple[QPoint, bool, list[str]]:
    """Click something that opens a menu; return where Qt was asked to open it and its entries."""
    seen: dict = {}

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        # Qt shifts a menu left to keep it on the screen; undo that to get the asked point.
        room = menu.screen().availableGeometry().right() - menu.width() + 1
        seen["pos"] = menu.pos()
        seen["shifted"] = menu.pos().x() == room
        seen["texts"] = [a.text() for a in menu.actions() if not a.isSeparator()]
        menu.close()

    QTimer.singleShot(0, read_and_close)
    click()
    return seen["pos"], seen["shifted"], seen["texts"]


def opened_under(at: QPoint, shifted: bool, widget) -> bool:
    """Whether a menu opened at ``at`` hangs under the widget's bottom-left corner."""
    corner = widget.mapToGlobal(QPoint(0, widget.height()))
    return at.y() == corner.y() and (at.x() == corner.x() or (shifted and at.x() < corner.x()))


def test_theme_menus_open_under_their_button_and_header(board):
    button = board.buttons["themes"]
    at, shifted, texts = open_menu_on(button.click)
    assert opened_under(at, shifted, button)
    assert texts == ["Add theme…"]
    header = board.ordered_columns()[0].header
    at, shifted, texts = open_menu_on(header.click)
    assert opened_under(at, shifted, header)
    assert texts[0] == "Rename…" and texts[-1] == "Delete…" and len(texts) == 6


def test_move_aside_follows_the_note_and_votes_need_a_round(board):
    capture(board, 0, "ett", "två")
    first, second = board.ordered_columns()[:2]
    first.view.setFocus()
    first.view.setCurrentIndex(first.model.index(1))
    QTest.keyClick(first.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert second.view.hasFocus()
    assert second.model.rows[second.view.currentIndex().row()].text == "två"
    QTest.keyClick(second.view, Qt.Key.Key_Plus)
    assert board.message.text() == "Start a voting round to give notes dots."
