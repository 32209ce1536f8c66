"""Qt list model over the project's themes (filled from ThemeService results)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from regworkshop.services.themes.theme_service import ThemeInfo
from regworkshop.ui.shell.i18n import tr

Index = QModelIndex | QPersistentModelIndex


class ThemeListModel(QAbstractListModel):
    IdRole = Qt.ItemDataRole.UserRole + 1
    ColourRole = Qt.ItemDataRole.UserRole + 2
    HiddenRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._themes: list[ThemeInfo] = []
        self._language = "en"

    def set_language(self, language: str) -> None:
        self._language = language
        if self._themes:
            self.dataChanged.emit(self.index(0), self.index(len(self._themes) - 1))

    def set_themes(self, themes: list[ThemeInfo]) -> None:
        """Replace the list (a new project, or a change of order or membership)."""
        self.beginResetModel()
        self._themes = list(themes)
        self.endResetModel()

    def theme_at(self, row: int) -> ThemeInfo | None:
        return self._themes[row] if 0 <= row < len(self._themes) else None

    def row_of(self, theme_id: str) -> int:
        return next((r for r, t in enumerate(self._themes) if t.id == theme_id), -1)

    def ids(self) -> list[str]:
        return [t.id for t in self._themes]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._themes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._themes):
            return None
        theme = self._themes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            label = theme.label(self._language)
            count = tr("{0} notes").format(theme.note_count)
            hidden = tr(" (hidden)") if theme.hidden else ""
            return f"{label}  ·  {count}{hidden}"
        if role == Qt.ItemDataRole.EditRole:
            return theme.label(self._language)
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(theme.colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return theme.label(self._language)
        if role == self.IdRole:
            return theme.id
        if role == self.ColourRole:
            return theme.colour
        if role == self.HiddenRole:
            return theme.hidden
        return None
