"""The shared editable table model: columns declared once, edits handed on as (id, field, new, old)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import pytest
from PySide6.QtCore import Qt

from regworkshop.ui.widgets.editable_table_model import Column, EditableTableModel, parse_date
from regworkshop.ui.widgets.row_table_model import IdRole, SortRole


@pytest.fixture(autouse=True)
def app(qapp):
    return qapp


@dataclass(frozen=True)
class Task:
    id: str
    title: str
    due: date | None
    owner: str | None = None

    def value(self, field: str):
        return getattr(self, field)


class TaskModel(EditableTableModel):
    table = (
        Column("title", lambda: "Title", lambda r: r.title, sort=lambda r: r.title.casefold()),
        Column(
            "due",
            lambda: "Due",
            lambda r: r.due.isoformat() if r.due else "",
            field="due",
            parse=parse_date,
            right_aligned=True,
        ),
        Column("owner", lambda: "Owner", lambda r: r.owner or "", field="owner", required=True),
    )


def rows() -> list[Task]:
    return [Task("a", "Ärende", date(2026, 5, 1), "kommun"), Task("b", "beslut", None)]


def test_columns_declared_once_show_sort_and_edit(qtmodeltester):
    edits: list[tuple] = []
    model = TaskModel(lambda *edit: edits.append(edit))
    model.set_rows(rows())
    qtmodeltester.check(model)
    assert model.columns == ("title", "due", "owner")
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Due"
    assert model.index(0, 0).data(SortRole) == "ärende"
    assert model.index(1, 1).data(SortRole) == ""  # no sort given: the shown text
    assert model.index(0, 1).data(Qt.ItemDataRole.EditRole) == "2026-05-01"
    assert model.index(1, 2).data(Qt.ItemDataRole.EditRole) == ""  # nothing shows as empty
    assert model.index(0, 0).data(IdRole) == "a"
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable

    assert not model.setData(model.index(0, 0), "Nytt")  # read-only
    assert not model.setData(model.index(0, 1), " 2026-05-01 ")  # unchanged
    assert not model.setData(model.index(0, 2), None)  # required: an empty choice is ignored
    assert edits == []
    assert model.setData(model.index(1, 1), "2026-06-30")
    assert not model.setData(model.index(1, 1), " 30/6 ")  # refused by the service, not here
    assert model.setData(model.index(1, 2), "region")
    assert edits == [
        ("b", "due", date(2026, 6, 30), None),
        ("b", "due", "30/6", None),
        ("b", "owner", "region", None),
    ]


def test_in_place_changes_emit_data_changed(qtmodeltester):
    model = TaskModel()
    model.set_rows(rows())
    changed, resets = [], []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), a.column(), b.column())))
    model.modelReset.connect(lambda: resets.append(1))
    fresh = rows()
    fresh[1] = replace(fresh[1], title="Beslut")
    model.set_rows(fresh)
    assert changed == [(1, 0, 2)] and resets == []
    assert model.index(1, 0).data() == "Beslut"
    assert not model.setData(model.index(1, 1), "2026-01-01")  # no edit callback: nothing to do
    qtmodeltester.check(model)
