"""The register tab: filter, inline edit and multi-select delete, each undoable; people with consent."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLineEdit

from regworkshop.services.project.project_service import load_project
from regworkshop.services.stakeholders.actor_service import ActorService
from tests.conftest import DEVICE


@pytest.fixture
def demo_window(window, demo_path):
    assert window.open_project(str(demo_path))
    window.show_area("stakeholders")
    window.show()
    return window


def register(window):
    return window.views["stakeholders"].register


def stored_actors(window) -> dict[str, object]:
    return {a.name: a for a in ActorService(window.ctx.store).list_actors()}


def test_the_area_replaces_the_placeholder(demo_window):
    view = demo_window.views["stakeholders"]
    assert view.tabs.count() == 4
    assert register(demo_window).model.rowCount() == 19


def test_filter_by_type_and_text(demo_window, qtbot):
    tab = register(demo_window)
    tab.type_filter.setCurrentIndex(tab.type_filter.findData("municipality"))
    assert tab.model.rowCount() == 6
    qtbot.keyClicks(tab.text_filter, "berg")
    names = {tab.model.row_at(r).actor.name for r in range(tab.model.rowCount())}
    assert names == {"Falkenbergs kommun", "Varbergs kommun"}
    tab.type_filter.setCurrentIndex(0)
    tab.text_filter.clear()
    assert tab.model.rowCount() == 19


def test_sorting_by_influence(demo_window):
    tab = register(demo_window)
    column = tab.model.column_of("influence")
    tab.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    first = tab.proxy.index(0, 0).data()
    assert first == "Region Halland"


def test_inline_edit_is_undoable(demo_window, qtbot):
    tab = register(demo_window)
    row = tab.model.row_of(stored_actors(demo_window)["Hylte kommun"].id)
    index = tab.proxy.mapFromSource(tab.model.index(row, tab.model.column_of("municipality")))
    tab.table.setCurrentIndex(index)
    tab.table.edit(index)
    editor = tab.table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "Hylte"
    editor.selectAll()
    qtbot.keyClicks(editor, "Hylte och Unnaryd")
    # moving to another cell commits the edit, as a click elsewhere would
    tab.table.setCurrentIndex(tab.proxy.index(0, 0))
    assert stored_actors(demo_window)["Hylte kommun"].municipality == "Hylte och Unnaryd"
    assert demo_window.ctx.undo_stack.count() == 1
    demo_window.ctx.undo_stack.undo()
    assert stored_actors(demo_window)["Hylte kommun"].municipality == "Hylte"
    demo_window.ctx.undo_stack.redo()
    assert stored_actors(demo_window)["Hylte kommun"].municipality == "Hylte och Unnaryd"


def test_type_edit_through_the_model(demo_window):
    tab = register(demo_window)
    row = tab.model.row_of(stored_actors(demo_window)["LRF Halland"].id)
    index = tab.model.index(row, tab.model.column_of("type"))
    assert tab.model.setData(index, "other")
    assert stored_actors(demo_window)["LRF Halland"].actor_type == "other"
    demo_window.ctx.undo_stack.undo()
    assert stored_actors(demo_window)["LRF Halland"].actor_type == "business_org"


def test_a_refused_edit_says_why_and_stacks_nothing(demo_window, interaction):
    tab = register(demo_window)
    row = tab.model.row_of(stored_actors(demo_window)["Hylte kommun"].id)
    tab.model.setData(tab.model.index(row, 0), "Laholms kommun")
    assert interaction.errors and "already an actor" in interaction.errors[0]
    assert demo_window.ctx.undo_stack.count() == 0
    assert "Hylte kommun" in stored_actors(demo_window)


def test_multi_select_delete_and_undo(demo_window, qtbot):
    tab = register(demo_window)
    selection = tab.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for r in (0, 2, 4):
        selection.select(tab.proxy.index(r, 0), flags)
    doomed = set(tab.selected_ids())
    assert len(doomed) == 3
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert tab.model.rowCount() == 16
    assert not doomed & {a.id for a in stored_actors(demo_window).values()}
    demo_window.ctx.undo_stack.undo()
    assert tab.model.rowCount() == 19
    assert doomed <= {a.id for a in stored_actors(demo_window).values()}


def test_add_actor_and_contact_with_consent(demo_window, interaction, demo_path):
    tab = register(demo_window)
    interaction.answers.extend(["Falkenbergs Energi AB", "company"])
    tab.add_button.click()
    actor = stored_actors(demo_window)["Falkenbergs Energi AB"]
    assert actor.actor_type == "company"
    assert tab.selected_ids() == [actor.id]
    people = tab.people
    assert people.title.text() == "Contact people of Falkenbergs Energi AB"
    interaction.answers.append("Olle Ek")
    people.add_button.click()
    assert people.model.rowCount() == 1
    consent = people.model.index(0, people.model.column_of("consent"))
    assert consent.data() == "Unknown"
    assert people.model.setData(consent, "given")
    consent = people.model.index(0, people.model.column_of("consent"))
    assert consent.data() == "Given"
    date_cell = people.model.index(0, people.model.column_of("consent_date"))
    assert date_cell.data() == demo_window.ctx.clock().date().isoformat()
    # a bad date is refused with a message
    assert not people.model.setData(date_cell, "igår")
    assert "date" in interaction.errors[-1]
    for _ in range(3):
        demo_window.ctx.undo_stack.undo()
    assert "Falkenbergs Energi AB" not in stored_actors(demo_window)
    demo_window.ctx.close_project()
    store = load_project(demo_path, device_id=DEVICE)
    try:
        assert "Falkenbergs Energi AB" not in {a.name for a in ActorService(store).list_actors()}
    finally:
        store.close()


def test_people_panel_shows_consent_of_the_selected_actor(demo_window):
    tab = register(demo_window)
    tab.select_actor(stored_actors(demo_window)["Nissadalens Trä AB"].id)
    people = tab.people
    assert people.model.rowCount() == 1
    assert people.model.index(0, 0).data() == "Jonas Wikström"
    assert people.model.index(0, people.model.column_of("consent")).data() == "Unknown"


def test_the_tab_shown_last_is_remembered(demo_window, settings):
    view = demo_window.views["stakeholders"]
    view.tabs.setCurrentWidget(view.compare)
    assert settings.stakeholder_tab == "compare"
    assert view.compare.model.rowCount() == 19
    assert "changed quadrant" in view.compare.summary.text()
