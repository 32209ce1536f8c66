"""Ordering insights by dragging them within their section of the kunskapsunderlag."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from regworkshop.services.knowledge.insight_service import InsightService
from tests.services.knowledge.knowledge_helpers import build_kb


@pytest.fixture
def panel(store, open_window):
    build_kb(store)
    insights = InsightService(open_window.ctx.store)
    for title, section in (
        ("Bostäder nära stationer", "Bostäder"),
        ("Fler hyresrätter", "Bostäder"),
        ("Bygg i orterna", "Bostäder"),
        ("Tätare regionbussar", "Trafik"),
    ):
        insights.create(title, section=section)
    insights.create("Boka lokalen tidigt", kind="lesson")
    open_window.show_area("knowledge")
    panel = open_window.views["knowledge"].insights
    panel.refresh()
    panel.table.resize(700, 400)
    panel.table.show()
    return panel


def stored(panel) -> list[str]:
    return [i.title for i in InsightService(panel.ctx.store).list()]


def shown(panel) -> list[str]:
    model = panel.model
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def drag_row_to(view, source_row: int, target_row: int) -> bool:
    """Drag a row onto another row's top edge with the events a real drag sends."""
    model = view.model()
    mime = model.mimeData([model.index(source_row, 1)])
    rect = view.visualRect(model.index(target_row, 1))
    pos = QPointF(QPoint(rect.center().x(), rect.top() + 1))
    viewport = view.viewport()
    actions = Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(viewport, QDragEnterEvent(pos.toPoint(), actions, mime, buttons, mods))
    move = QDragMoveEvent(pos.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, move)
    drop = QDropEvent(pos, actions, mime, buttons, mods, QEvent.Type.Drop)
    drop.setDropAction(Qt.DropAction.MoveAction)
    QApplication.sendEvent(viewport, drop)
    return move.isAccepted()


def test_drag_reorders_within_a_section_and_undoes(panel, open_window, qtmodeltester):
    assert shown(panel)[:3] == ["Bostäder nära stationer", "Fler hyresrätter", "Bygg i orterna"]
    assert drag_row_to(panel.table, 2, 0)
    assert stored(panel)[:4] == [
        "Bygg i orterna",
        "Bostäder nära stationer",
        "Fler hyresrätter",
        "Tätare regionbussar",
    ]
    assert shown(panel)[:3] == ["Bygg i orterna", "Bostäder nära stationer", "Fler hyresrätter"]
    assert panel.current_id() == InsightService(panel.ctx.store).list()[0].id  # still selected
    qtmodeltester.check(panel.model)
    open_window.ctx.undo_stack.undo()
    assert stored(panel)[:3] == ["Bostäder nära stationer", "Fler hyresrätter", "Bygg i orterna"]
    open_window.ctx.undo_stack.redo()
    assert stored(panel)[0] == "Bygg i orterna"


def test_a_drop_outside_its_section_is_refused(panel, open_window):
    before, count = stored(panel), open_window.ctx.undo_stack.count()
    assert not drag_row_to(panel.table, 3, 0)  # "Trafik" into "Bostäder"
    assert stored(panel) == before and open_window.ctx.undo_stack.count() == count
    # Dropping a row where it already is pushes nothing either.
    drag_row_to(panel.table, 1, 1)
    assert open_window.ctx.undo_stack.count() == count


def test_model_moves_keep_other_kinds_in_their_places(panel, open_window):
    panel.kind.setCurrentIndex(panel.kind.findData("insight"))  # lessons hidden
    assert "Boka lokalen tidigt" not in shown(panel)
    # The model's move API (what a drop calls): the first insight to the end of its section.
    assert panel.model.moveRows(
        panel.model.index(0, 0).parent(), 0, 1, panel.model.index(0, 0).parent(), 3
    )
    assert stored(panel) == [
        "Fler hyresrätter",
        "Bygg i orterna",
        "Bostäder nära stationer",
        "Tätare regionbussar",
        "Boka lokalen tidigt",
    ]
    assert not panel.model.moveRows(
        panel.model.index(0, 0).parent(), 3, 1, panel.model.index(0, 0).parent(), 0
    )


def test_move_buttons_stay_within_the_section(panel, open_window):
    panel.select(InsightService(panel.ctx.store).list()[1].id)  # "Fler hyresrätter"
    panel.buttons["up"].click()
    assert stored(panel)[:2] == ["Fler hyresrätter", "Bostäder nära stationer"]
    panel.buttons["up"].click()  # already first: nothing happens
    assert stored(panel)[:2] == ["Fler hyresrätter", "Bostäder nära stationer"]
    panel.buttons["down"].click()
    panel.buttons["down"].click()
    assert stored(panel)[:3] == ["Bostäder nära stationer", "Bygg i orterna", "Fler hyresrätter"]
    count = open_window.ctx.undo_stack.count()
    panel.buttons["down"].click()  # last of "Bostäder": it does not leave the section
    assert open_window.ctx.undo_stack.count() == count
    open_window.ctx.undo_stack.undo()
    assert stored(panel)[:3] == ["Bostäder nära stationer", "Fler hyresrätter", "Bygg i orterna"]
