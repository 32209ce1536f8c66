"""The contact people of the selected actor, with consent to store their data shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from regworkshop.services.stakeholders.actor_service import PersonInfo
from regworkshop.store.enums import Consent
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import consent_name
from regworkshop.ui.widgets.row_table_model import Index, RowTableModel

FIELDS = {
    "name": "name",
    "role": "role",
    "email": "email",
    "phone": "phone",
    "consent": "consent_store",
    "consent_date": "consent_date",
}
CONSENT_COLOURS = {Consent.GIVEN: "#59A14F", Consent.REFUSED: "#E15759", Consent.UNKNOWN: "#9E9E9E"}


class PersonTableModel(RowTableModel):
    columns = tuple(FIELDS)

    def __init__(self, edit=None, parent=None) -> None:
        super().__init__(parent)
        self.edit = edit  # edit(person_id, field, value, old) pushes an undoable command

    def header(self, column: str) -> str:
        return {
            "name": tr("Name"),
            "role": tr("Role"),
            "email": tr("E-mail"),
            "phone": tr("Phone"),
            "consent": tr("Consent to store data"),
            "consent_date": tr("Consent date"),
        }[column]

    def cell(self, row: PersonInfo, column: str, role: int):
        value = row.value(FIELDS[column])
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "consent":
                return consent_name(value)
            if column == "consent_date":
                return value.isoformat() if value else ""
            return value
        if role == Qt.ItemDataRole.EditRole:
            if column == "consent_date":
                return value.isoformat() if value else ""
            return value
        if role == Qt.ItemDataRole.DecorationRole and column == "consent":
            return QColor(CONSENT_COLOURS.get(value, "#9E9E9E"))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit is None:
            return False
        row = self.row_at(index.row())
        field = FIELDS[self.columns[index.column()]]
        old = row.value(field)
        if field == "consent_date":
            text = str(value).strip()
            try:
                value = date.fromisoformat(text) if text else None
            except ValueError:
                self.edit(row.id, field, text, old)  # the view reports the bad date
                return False
        if value == old:
            return False
        self.edit(row.id, field, value, old)
        return True
