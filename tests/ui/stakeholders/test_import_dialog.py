"""The import dialog end to end: preview off the GUI thread, mapping change, import, undo; export."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from regworkshop.services.stakeholders.actor_service import ActorService
from tests.services.stakeholders.import_files import write_csv, write_xlsx, xml_bomb


@pytest.fixture
def view(open_window):
    open_window.show_area("stakeholders")
    return open_window.views["stakeholders"]


def names(view) -> set[str]:
    return {a.name for a in ActorService(view.ctx.store).list_actors()}


def test_import_end_to_end(view, qtbot, interaction, tmp_path):
    header = ["Vem", "Aktörstyp", "Kommun", "Kontaktperson", "E-post"]
    rows = [
        ["Halmstads kommun", "Kommun", "Halmstad", "Anna Lindqvist", "anna@halmstad.se"],
        ["Ätradalens Livsmedel AB", "Företag", "Falkenberg", "Helena Sjöberg", ""],
    ]
    path = write_csv(tmp_path / "lista.csv", rows, header=header, encoding="cp1252")
    interaction.answers.append(str(path))
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert "Windows-1252" in dialog.detected.text() and "semicolon" in dialog.detected.text()
    assert "actor's name" in dialog.problems.text()  # "Vem" is not a known header
    assert not dialog.import_button.isEnabled()
    dialog.set_mapping("name", 0)  # the user picks the column in the combo box
    qtbot.waitUntil(lambda: dialog.plan.mapping["name"] == 0 and dialog.import_button.isEnabled())
    assert dialog.counts.text().startswith("2 to create")
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(0, dialog.model.column_of("why")).data().startswith("new actor")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert names(view) == {"Halmstads kommun", "Ätradalens Livsmedel AB"}
    assert view.register.model.rowCount() == 2
    assert view.ctx.undo_stack.undoText() == "Import lista.csv"
    view.ctx.undo_stack.undo()
    assert names(view) == set()
    view.ctx.undo_stack.redo()
    assert len(names(view)) == 2
    # the same file again: nothing to import
    dialog = view.import_file(str(path))
    qtbot.waitUntil(lambda: dialog.plan is not None)
    dialog.set_mapping("name", 0)
    qtbot.waitUntil(lambda: dialog.plan.mapping["name"] == 0 and dialog.busy.isHidden())
    assert "Nothing to import" in dialog.problems.text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def test_an_xml_bomb_gets_a_message_and_changes_nothing(view, qtbot, tmp_path):
    bomb = xml_bomb(write_xlsx(tmp_path / "bra.xlsx"), tmp_path / "bomb.xlsx")
    dialog = view.import_file(str(bomb))
    qtbot.waitUntil(lambda: dialog.problems.isVisible())
    assert "XML bomb" in dialog.problems.text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    assert names(view) == set()


def test_rows_with_errors_block_the_import(view, qtbot, tmp_path):
    rows = [["Hylte kommun", "kommun", "Hylte", "", "", "99", ""]]
    dialog = view.import_file(str(write_csv(tmp_path / "fel.csv", rows)))
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert "1 with errors" in dialog.counts.text()
    assert "Fix the rows" in dialog.problems.text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def test_export_runs_in_the_background(view, qtbot, interaction, tmp_path):
    target = tmp_path / "ut.xlsx"
    ActorService(view.ctx.store).create_actor("=Region Halland", "region")
    view.refresh()
    interaction.answers.extend(["organisations", str(target)])
    view.export_button.click()
    qtbot.waitUntil(lambda: view.status.text().startswith("Exported"))
    sheet = load_workbook(target).active
    assert sheet["A1"].value == "Actor"
    assert sheet["A2"].value == "=Region Halland" and sheet["A2"].data_type == "s"
