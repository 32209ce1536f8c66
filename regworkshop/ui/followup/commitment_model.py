"""Commitments as a table: actor, what it commits to, by when, and the status; edited in place."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from regworkshop.services.followup.commitment_service import CommitmentInfo
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import commitment_status_name, commitment_statuses
from regworkshop.ui.widgets.actor_colours import actor_colour
from regworkshop.ui.widgets.row_table_model import Index, RowTableModel, SortRole

EDITABLE = {"actor": "actor_id", "text": "text", "due": "due", "status": "status"}


def status_name(status: str) -> str:
    """Return the commitment status's name in the UI language."""
    return commitment_status_name(status)


def statuses() -> list[tuple[str, str]]:
    """Return (key, name) of every commitment status, for the status column's editor."""
    return commitment_statuses()


class CommitmentModel(RowTableModel):
    columns = ("actor", "text", "due", "status")

    def __init__(self, edit=None, parent=None) -> None:
        super().__init__(parent)
        self.edit = edit  # edit(commitment_id, field, value, old) pushes an undoable command

    def header(self, column: str) -> str:
        return {
            "actor": tr("Actor"),
            "text": tr("Commits to"),
            "due": tr("By"),
            "status": tr("Status"),
        }[column]

    def cell(self, row: CommitmentInfo, column: str, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            if column == "actor":
                name = row.actor_name or tr("(no actor)")
                return name.casefold() if role == SortRole else name
            if column == "text":
                return row.text.replace("\n", " ")
            if column == "due":
                if role == SortRole:
                    return (row.due or date.max).isoformat()
                return row.due.isoformat() if row.due else ""
            return status_name(row.status)
        if role == Qt.ItemDataRole.EditRole and column in EDITABLE:
            value = row.value(EDITABLE[column])
            return value.isoformat() if isinstance(value, date) else (value or "")
        if role == Qt.ItemDataRole.DecorationRole and column == "actor" and row.actor_type:
            return QColor(actor_colour(row.actor_type))
        if role == Qt.ItemDataRole.ToolTipRole and column == "text":
            return row.text
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
        field = EDITABLE[column]
        old = row.value(field)
        if column == "due":
            text = str(value).strip()
            try:
                value = date.fromisoformat(text) if text else None
            except ValueError:
                self.edit(row.id, field, text, old)  # the service refuses it with a message
                return False
        if value == old or (column == "actor" and not value):
            return False
        self.edit(row.id, field, value, old)
        return True
