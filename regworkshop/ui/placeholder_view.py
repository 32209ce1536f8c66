"""An area a later release fills: says what will come there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderView(QWidget):
    def __init__(self, title: Callable[[], str], text: Callable[[], str], parent=None) -> None:
        super().__init__(parent)
        self._title, self._text = title, text
        self.heading = QLabel()
        self.heading.setObjectName("viewTitle")
        self.body = QLabel()
        self.body.setObjectName("placeholderText")
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self._title())
        self.body.setText(self._text())

    def refresh(self) -> None:
        """Nothing to load yet."""
