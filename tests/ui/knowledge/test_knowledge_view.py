"""The Knowledge base area: search typed by keyboard, filters, paging, insights, matrix."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from regworkshop.services.interviews.interview_service import InterviewService
from regworkshop.services.knowledge.insight_service import Breadth, InsightService
from regworkshop.ui.knowledge.search_results_model import SearchResultsModel
from tests.services.knowledge.knowledge_helpers import build_kb


def type_text(widget, text: str) -> None:
    """Type text one character at a time (keyClicks aborts on å, ä, ö)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


@pytest.fixture
def kb(store):
    return build_kb(store)


@pytest.fixture
def view(kb, open_window):
    open_window.show_area("knowledge")
    return open_window.views["knowledge"]


def search_for(qtbot, view, text: str) -> None:
    view.search.clear()
    view.search.setFocus()
    type_text(view.search, text)
    QTest.keyClick(view.search, Qt.Key.Key_Return)


def shown_texts(view) -> list[str]:
    return [h.text for h in view.model.hits]


def test_typing_swedish_words_finds_notes(qtbot, view):
    search_for(qtbot, view, "säker")
    assert shown_texts(view) == ["Säker cykelväg till skolan saknas"]
    html = view.model.index(0).data(Qt.ItemDataRole.UserRole + 1)
    assert '<span style="' in html and ">Säker</span>" in html


def test_debounced_search_runs_by_itself(qtbot, view):
    view.search.setFocus()
    type_text(view.search, "bost*")
    qtbot.waitUntil(lambda: len(view.model.hits) == 2, timeout=2000)


def test_hostile_query_gives_a_hint_not_an_error(qtbot, view, interaction):
    search_for(qtbot, view, '"NEAR( *')
    assert interaction.errors == []
    search_for(qtbot, view, "*")
    assert view.model.rowCount() == 0
    assert "letters or digits" in view.hint.text()


def test_special_text_is_escaped(qtbot, view):
    search_for(qtbot, view, "först")
    html = view.model.index(0).data(Qt.ItemDataRole.UserRole + 1)
    assert "&lt;" in html and "&amp;" in html


def test_filters_narrow_results(qtbot, view):
    search_for(qtbot, view, "")
    assert view.model.rowCount() == 7
    f = view.filters
    f.actor_type.setCurrentIndex(f.actor_type.findData("municipality"))
    assert view.model.rowCount() == 4
    f.quotes_only.setChecked(True)
    assert view.model.rowCount() == 2
    f.clear()
    f.min_votes.setValue(2)
    assert view.model.rowCount() == 3


def test_create_insight_from_selected_results(qtbot, view, interaction, open_window):
    search_for(qtbot, view, "bost*")
    view.select_rows([0, 1])
    interaction.answers.append("Bostäder <nära> & kollektivtrafik")
    view.insights.buttons["new"].click()
    stored = InsightService(open_window.ctx.store).list()
    assert [i.title for i in stored] == ["Bostäder <nära> & kollektivtrafik"]
    assert stored[0].breadth == Breadth(notes=2, actors=2, actor_types=1, sessions=2)
    assert view.insights.model.rowCount() == 1
    assert "2 notes · 2 actors · 1 actor types · 2 sessions" in view.insights.detail.text()
    open_window.ctx.undo_stack.undo()
    assert InsightService(open_window.ctx.store).list() == []
    open_window.ctx.undo_stack.redo()
    assert InsightService(open_window.ctx.store).list()[0].breadth.notes == 2


def test_link_more_evidence_and_show_it(qtbot, view, interaction, open_window):
    search_for(qtbot, view, "pendling")
    view.select_rows([0])
    interaction.answers.append("Pendling")
    view.insights.buttons["new"].click()
    search_for(qtbot, view, "säker")
    view.select_rows([0])
    view.insights.buttons["link"].click()
    info = InsightService(open_window.ctx.store).list()[0]
    assert info.breadth == Breadth(notes=2, actors=2, actor_types=1, sessions=2)
    view.insights.buttons["evidence"].click()
    assert sorted(shown_texts(view)) == [
        "Pendling över kommungränsen tar tid",
        "Säker cykelväg till skolan saknas",
    ]
    open_window.ctx.undo_stack.undo()
    assert InsightService(open_window.ctx.store).list()[0].breadth.notes == 1


def test_matrix_click_shows_the_cell(qtbot, view, kb):
    assert view.matrix_model.rowCount() == 0  # counted only when its tab is shown
    view.tabs.setCurrentIndex(1)
    model = view.matrix_model
    column = [t for t, _ in model.themes].index(kb.themes["challenges"])
    row = [a for a, _ in model.types].index("municipality")
    index = model.index(row, column)
    assert index.data() == "2"
    view.open_cell(index)
    assert view.tabs.currentIndex() == 0
    assert sorted(shown_texts(view)) == [
        "Pendling över kommungränsen tar tid",
        "Säker cykelväg till skolan saknas",
    ]


def test_results_load_a_page_at_a_time(qtbot, view, kb, open_window):
    svc = InterviewService(open_window.ctx.store)
    for i in range(250):
        svc.add_note(kb.sessions["int"], text=f"Anteckning {i} om vägar")
    search_for(qtbot, view, "vägar")
    assert view.model.rowCount() == 100 and view.model.canFetchMore()
    view.model.fetchMore()
    view.model.fetchMore()
    assert view.model.rowCount() == 250 and not view.model.canFetchMore()


def test_models_pass_the_model_tester(qtbot, qtmodeltester, view):
    search_for(qtbot, view, "")
    view.tabs.setCurrentIndex(1)
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.matrix_model)
    qtmodeltester.check(view.insights.model)
    empty = SearchResultsModel(view.ctx)
    qtmodeltester.check(empty)


def test_drop_results_on_an_insight_links_them(qtbot, view, interaction, open_window):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    search_for(qtbot, view, "pendling")
    view.select_rows([0])
    interaction.answers.append("Pendling")
    view.insights.buttons["new"].click()
    search_for(qtbot, view, "bost*")
    data = view.model.mimeData([view.model.index(0), view.model.index(1)])
    table = view.insights.table
    pos = QPointF(table.visualRect(view.insights.model.index(0, 1)).center())
    drop = QDropEvent(
        pos,
        Qt.DropAction.LinkAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(
        pos.toPoint(),
        Qt.DropAction.LinkAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(table.viewport(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(table.viewport(), drop)
    info = InsightService(open_window.ctx.store).list()[0]
    assert info.breadth.notes == 3
    open_window.ctx.undo_stack.undo()
    assert InsightService(open_window.ctx.store).list()[0].breadth.notes == 1


def test_matrix_passes_the_model_tester_while_filtered(qtbot, qtmodeltester, view):
    search_for(qtbot, view, "")
    view.tabs.setCurrentIndex(1)
    model = view.matrix_model

    def total() -> int:
        return int(model.index(model.rowCount() - 1, model.columnCount() - 1).data())

    assert total() == 7
    f = view.filters
    f.quotes_only.setChecked(True)
    qtmodeltester.check(model)
    assert total() == view.model.rowCount() == 2  # the matrix counts what the list shows
    f.quotes_only.setChecked(False)
    f.session_kind.setCurrentIndex(f.session_kind.findData("interview"))
    qtmodeltester.check(model)
    assert 0 < total() == view.model.rowCount() < 7
    cells = [
        int(model.index(r, c).data())
        for r in range(model.rowCount() - 1)
        for c in range(model.columnCount() - 1)
    ]
    assert sum(cells) == total()
    f.clear()
    qtmodeltester.check(model)
    assert total() == 7
