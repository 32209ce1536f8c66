"""The theme × actor-type matrix as a table: counts per cell, totals in the last row/column."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from regworkshop.services.knowledge.matrix_service import Matrix
from regworkshop.services.knowledge.search_filters import NONE
from regworkshop.services.themes.theme_service import ThemeInfo
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import actor_types

Index = QModelIndex | QPersistentModelIndex
CellRole = Qt.ItemDataRole.UserRole  # (theme_id or NONE, actor_type or NONE), or None for totals
THIN = 2  # a cell with fewer notes than this is shown as thin


class MatrixModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.themes: list[tuple[str, str]] = []  # (theme id or NONE, name)
        self.types: list[tuple[str, str]] = []  # (actor type or NONE, name)
        self.matrix = Matrix({})

    def set_data(self, themes: list[ThemeInfo], language: str, matrix: Matrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.themes = [(t.id, t.label(language)) for t in themes]
        if matrix.theme_total(None):
            self.themes.append((NONE, tr("No theme")))
        self.types = list(actor_types())
        if matrix.type_total(None):
            self.types.append((NONE, tr("No actor type")))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.themes else len(self.types) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.themes else len(self.themes) + 1

    def cell(self, index: Index) -> tuple[str, str] | None:
        """(theme, actor type) of a cell; None for the totals."""
        if index.column() >= len(self.themes) or index.row() >= len(self.types):
            return None
        return (self.themes[index.column()][0], self.types[index.row()][0])

    def _count_at(self, row: int, column: int) -> int:
        return self._count(column, row)

    def _count(self, row: int, column: int) -> int:
        """Count of theme *row* and actor type *column* (either past the end: a total)."""
        in_themes, in_types = row < len(self.themes), column < len(self.types)
        if in_themes and in_types:
            return self.matrix.count(self.themes[row][0], self.types[column][0])
        if in_themes:
            return self.matrix.theme_total(self.themes[row][0])
        if in_types:
            return self.matrix.type_total(self.types[column][0])
        return self.matrix.total

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        count = self._count_at(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return str(count)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == CellRole:
            return self.cell(index)
        if role == Qt.ItemDataRole.ToolTipRole and self.cell(index) is not None:
            return tr("{0} notes — click to show them").format(count)
        if role == Qt.ItemDataRole.FontRole and self.cell(index) is None:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return self.types[section][1] if section < len(self.types) else tr("Total")
        return self.themes[section][1] if section < len(self.themes) else tr("Total")
