"""Table model of a session's participants: name, organisation, attendance (editable)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from regworkshop.services.sessions.participant_service import ParticipantInfo
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import actor_type_name, attendance_name

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 4


class ParticipantModel(QAbstractTableModel):
    COL_NAME, COL_ORGANISATION, COL_KIND, COL_ATTENDANCE = range(COLUMNS)
    IdRole = Qt.ItemDataRole.UserRole + 1
    AttendanceRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantInfo] = []
        self._headers = [""] * COLUMNS
        # Set by the panel: called with (participation id, attendance); True if it was changed.
        self.attendance_handler: Callable[[str, str], bool] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self._headers = [
            tr("Name"),
            tr("Organisation"),
            tr("Kind of organisation"),
            tr("Attendance"),
        ]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMNS - 1))

    def set_rows(self, rows: list[ParticipantInfo]) -> None:
        if [r.id for r in rows] == [r.id for r in self._rows]:
            for number, row in enumerate(rows):
                if row != self._rows[number]:
                    self._rows[number] = row
                    self.dataChanged.emit(self.index(number, 0), self.index(number, COLUMNS - 1))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def participant_at(self, row: int) -> ParticipantInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < COLUMNS else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.COL_ATTENDANCE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == self.IdRole:
            return row.id
        if role == self.AttendanceRole or (
            role == Qt.ItemDataRole.EditRole and column == self.COL_ATTENDANCE
        ):
            return row.attendance
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == self.COL_NAME:
            return row.person_name or "—"
        if column == self.COL_ORGANISATION:
            return row.actor_name
        if column == self.COL_KIND:
            return actor_type_name(row.actor_type) if row.actor_type else ""
        return attendance_name(row.attendance)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() != self.COL_ATTENDANCE
            or self.attendance_handler is None
        ):
            return False
        row = self._rows[index.row()]
        if value == row.attendance:
            return False
        return self.attendance_handler(row.id, str(value))
