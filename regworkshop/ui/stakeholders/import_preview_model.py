"""The import preview: what each row of the file will do, and why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from regworkshop.services.stakeholders.stakeholder_import import (
    CREATE,
    ERROR,
    SKIP,
    UPDATE,
    RowPlan,
)
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import actor_type_name
from regworkshop.ui.stakeholders.import_messages import describe_message
from regworkshop.ui.widgets.row_table_model import RowTableModel, SortRole

STATUS_COLOURS = {CREATE: "#59A14F", UPDATE: "#4E79A7", SKIP: "#9E9E9E", ERROR: "#E15759"}


def status_name(status: str) -> str:
    return {
        CREATE: tr("Create"),
        UPDATE: tr("Update"),
        SKIP: tr("Skip"),
        ERROR: tr("Error"),
    }.get(status, status)


class ImportPreviewModel(RowTableModel):
    columns = ("line", "status", "actor", "type", "contact", "why")

    def row_id(self, row: RowPlan) -> str:
        return str(row.line)

    def header(self, column: str) -> str:
        return {
            "line": tr("Row"),
            "status": tr("Action"),
            "actor": tr("Actor"),
            "type": tr("Type"),
            "contact": tr("Contact person"),
            "why": tr("Why"),
        }[column]

    def cell(self, row: RowPlan, column: str, role: int):
        if role == SortRole and column == "line":
            return row.line
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            return {
                "line": str(row.line),
                "status": status_name(row.status),
                "actor": row.actor,
                "type": actor_type_name(row.actor_type),
                "contact": row.contact,
                "why": "; ".join(describe_message(m) for m in row.messages),
            }[column]
        if role == Qt.ItemDataRole.DecorationRole and column == "status":
            return QColor(STATUS_COLOURS.get(row.status, "#9E9E9E"))
        if role == Qt.ItemDataRole.ToolTipRole and column == "why":
            return "\n".join(describe_message(m) for m in row.messages)
        return None
