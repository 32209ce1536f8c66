"""List model of the agenda as run mode sees it: done, current and coming items."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from regworkshop.services.sessions.agenda_timing import duration_text
from regworkshop.services.sessions.run_state import FINISHED, RunState
from regworkshop.ui.shell.i18n import tr

Index = QModelIndex | QPersistentModelIndex


class RunItemsModel(QAbstractListModel):
    IdRole = Qt.ItemDataRole.UserRole + 1
    CurrentRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._state: RunState | None = None

    def set_state(self, state: RunState | None) -> None:
        old = [i.id for i in self._state.items] if self._state else []
        new = [i.id for i in state.items] if state else []
        if old != new:
            self.beginResetModel()
            self._state = state
            self.endResetModel()
            return
        self._state = state
        if new:
            self.dataChanged.emit(self.index(0), self.index(len(new) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._state is None:
            return 0
        return len(self._state.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        state = self._state
        if state is None or not index.isValid() or not 0 <= index.row() < len(state.items):
            return None
        item = state.items[index.row()]
        current = index.row() == state.current_index and state.status != FINISHED
        if role == self.IdRole:
            return item.id
        if role == self.CurrentRole:
            return current
        if role == Qt.ItemDataRole.FontRole and current:
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        mark = "▶" if current else "✓" if item.done else "·"
        planned = duration_text(item.minutes + item.extra_minutes)
        if item.done or (current and item.spent_seconds):
            spent = duration_text(round(item.spent_seconds / 60))
            return tr("{0}  {1}  ({2} planned, {3} taken)").format(mark, item.title, planned, spent)
        return tr("{0}  {1}  ({2})").format(mark, item.title, planned)
