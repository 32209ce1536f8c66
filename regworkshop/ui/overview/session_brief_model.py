"""Table model of the project's sessions (date, kind, title) for the overview."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from regworkshop.services.project.project_service import SessionBrief
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import session_kind_name

Index = QModelIndex | QPersistentModelIndex


class SessionBriefModel(QAbstractTableModel):
    COL_DATE, COL_KIND, COL_TITLE = range(3)
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SessionBrief] = []
        self._headers = ["", "", ""]
        self.retranslate()

    def retranslate(self) -> None:
        self._headers = [tr("Date"), tr("Kind"), tr("Title")]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 2))

    def set_sessions(self, rows: list[SessionBrief]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < 3 else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.COL_DATE:
                return row.starts_at.date().isoformat() if row.starts_at else "—"
            if index.column() == self.COL_KIND:
                return session_kind_name(row.kind)
            return row.title
        if role == self.IdRole:
            return row.id
        return None
