"""Edit a column of keys (actor type, consent, form) with a combo box of translated names."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate


class ComboDelegate(QStyledItemDelegate):
    def __init__(self, options: Callable[[], list[tuple[str, str]]], parent=None) -> None:
        super().__init__(parent)
        self.options = options

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QComboBox(parent)
        for key, label in self.options():
            editor.addItem(label, key)
        return editor

    def setEditorData(self, editor: QComboBox, index) -> None:  # noqa: N802
        current = index.data(Qt.ItemDataRole.EditRole)
        position = editor.findData(current)
        editor.setCurrentIndex(max(0, position))

    def setModelData(self, editor: QComboBox, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
