"""The involvement plan as a table: who, which form, when, where and how."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from regworkshop.services.stakeholders.involvement_service import InvolvementInfo
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import actor_type_name, involvement_form_name
from regworkshop.ui.widgets.actor_colours import actor_colour
from regworkshop.ui.widgets.row_table_model import Index, RowTableModel, SortRole

EDITABLE = {
    "form": "form",
    "when_date": "when_date",
    "when_text": "when_text",
    "where": "where",
    "how": "how",
}


class PlanModel(RowTableModel):
    columns = ("actor", "type", "form", "when_date", "when_text", "where", "how")

    def __init__(self, edit=None, parent=None) -> None:
        super().__init__(parent)
        self.edit = edit  # edit(involvement_id, field, value, old) pushes an undoable command

    def header(self, column: str) -> str:
        return {
            "actor": tr("Actor"),
            "type": tr("Type"),
            "form": tr("Form"),
            "when_date": tr("Date"),
            "when_text": tr("When"),
            "where": tr("Where"),
            "how": tr("How"),
        }[column]

    def cell(self, row: InvolvementInfo, column: str, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            if column == "actor":
                return row.actor_name.casefold() if role == SortRole else row.actor_name
            if column == "type":
                return actor_type_name(row.actor_type)
            if column == "form":
                return involvement_form_name(row.form)
            if column == "when_date":
                if role == SortRole:
                    return (row.when_date or date.max).isoformat()
                return row.when_date.isoformat() if row.when_date else ""
            return row.value(column).replace("\n", " ")
        if role == Qt.ItemDataRole.EditRole and column in EDITABLE:
            value = row.value(EDITABLE[column])
            return value.isoformat() if isinstance(value, date) else (value or "")
        if role == Qt.ItemDataRole.DecorationRole and column == "actor":
            return QColor(actor_colour(row.actor_type))
        if role == Qt.ItemDataRole.ToolTipRole and column == "how" and row.how:
            return row.how
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.columns[index.column()] in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit is None:
            return False
        column = self.columns[index.column()]
        if column not in EDITABLE:
            return False
        row = self.row_at(index.row())
        old = row.value(EDITABLE[column])
        if column == "when_date":
            text = str(value).strip()
            try:
                value = date.fromisoformat(text) if text else None
            except ValueError:
                self.edit(row.id, column, text, old)  # the service refuses it with a message
                return False
        if value == old:
            return False
        self.edit(row.id, EDITABLE[column], value, old)
        return True
