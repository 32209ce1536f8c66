"""Table model of the session list: date, time, kind, title and how many take part."""

from __future__ import annotations

from datetime import timedelta, tzinfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from regworkshop.services.sessions.agenda_timing import clock_text
from regworkshop.services.sessions.session_service import SessionRow
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import session_kind_name

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 3


class SessionListModel(QAbstractTableModel):
    COL_WHEN, COL_TITLE, COL_KIND = range(COLUMNS)
    IdRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SessionRow] = []
        self._headers = [""] * COLUMNS
        self.tz: tzinfo | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self._headers = [tr("When"), tr("Title"), tr("Kind")]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        self._all_changed()

    def set_rows(self, rows: list[SessionRow]) -> None:
        """Show *rows*: the same sessions in the same order update in place, else a reset."""
        if [r.id for r in rows] == [r.id for r in self._rows]:
            for number, row in enumerate(rows):
                if row != self._rows[number]:
                    self._rows[number] = row
                    self.dataChanged.emit(self.index(number, 0), self.index(number, COLUMNS - 1))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, session_id: str | None) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == session_id), -1)

    def session_at(self, row: int) -> SessionRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMNS - 1))

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.IdRole:
            return row.id
        if role == self.KindRole:
            return row.kind
        if role == Qt.ItemDataRole.ToolTipRole:
            people = tr("{0} participants, {1} agenda items").format(row.participants, row.items)
            return f"{row.title}\n{self._when(row, full=True)}\n{people}"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.COL_WHEN:
            return self._when(row)
        if column == self.COL_TITLE:
            return row.title
        return session_kind_name(row.kind)

    def _when(self, row: SessionRow, full: bool = False) -> str:
        if row.starts_at is None:
            return "—"
        local = row.starts_at.astimezone(self.tz)
        text = f"{local.date().isoformat()} {clock_text(row.starts_at, tz=self.tz)}"
        if full and row.planned_minutes is not None:
            end = row.starts_at + timedelta(minutes=row.planned_minutes)
            text += f"–{clock_text(end, row.starts_at, self.tz)}"
        return text
