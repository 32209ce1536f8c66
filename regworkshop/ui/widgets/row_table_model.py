"""A table model over a list of frozen rows with ids: in-place changes emit dataChanged."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


class RowTableModel(QAbstractTableModel):
    """Subclasses set ``columns`` (keys) and implement ``header`` and ``cell``."""

    columns: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # -- what subclasses provide ---------------------------------------------
    def row_id(self, row: Any) -> str:
        return row.id

    def header(self, column: str) -> str:
        raise NotImplementedError

    def cell(self, row: Any, column: str, role: int) -> Any:
        raise NotImplementedError

    # -- filling ---------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show *rows*: the same ids in the same order update in place, otherwise reset."""
        rows = list(rows)
        if [self.row_id(r) for r in rows] != [self.row_id(r) for r in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        last = len(self.columns) - 1
        for n, (old, new) in enumerate(zip(self._rows, rows, strict=True)):
            if old != new:
                self._rows[n] = new
                self.dataChanged.emit(self.index(n, 0), self.index(n, last))

    def refresh_all(self) -> None:
        """Redraw every cell (the language changed)."""
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: str) -> int:
        return next((n for n, r in enumerate(self._rows) if self.row_id(r) == key), -1)

    def rows(self) -> list[Any]:
        return list(self._rows)

    def column_of(self, key: str) -> int:
        return self.columns.index(key)

    # -- Qt ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.header(self.columns[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        row = self._rows[index.row()]
        if role == IdRole:
            return self.row_id(row)
        return self.cell(row, self.columns[index.column()], role)


def number_text(value: float | None) -> str:
    """Return a scale value as '4' or '3.5' (empty for no value)."""
    if value is None:
        return ""
    return f"{value:g}"


def change_text(value: float | None) -> str:
    """Return a change as '+1', '−0.5' or '0' (empty for no value)."""
    if value is None:
        return ""
    if value == 0:
        return "0"
    return f"{value:+g}".replace("-", "−")
