"""The board on the projector: themes side by side in large type, high contrast, live.

It shows the same column models as the facilitator's board (so every capture,
move and dot appears at once) with a larger card painter. F focuses one theme
(Left/Right pick which), Escape closes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from regworkshop.ui.board.board_column import ThemeColumn
from regworkshop.ui.board.board_state import BoardState
from regworkshop.ui.board.note_delegate import NoteDelegate
from regworkshop.ui.shell.i18n import tr

STYLE = """
QWidget#boardProjector { background: #000000; }
QWidget#boardProjector QListView { background: #000000; border: none; }
QWidget#boardProjector QLabel#projectorTheme {
    color: #000000; font-weight: bold; font-size: 26px; padding: 8px; border-radius: 6px;
}
"""
SCALE = 1.6


class BoardProjector(QWidget):
    def __init__(self, state: BoardState) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("boardProjector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(tr("RegWorkshop — board on the projector"))
        self.setStyleSheet(STYLE)
        self.delegate = NoteDelegate(state, scale=SCALE, lines=4, parent=self)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(24, 24, 24, 24)
        self.row.setSpacing(16)
        self.parts: list[QWidget] = []
        self.sources: list[ThemeColumn] = []
        self.focus: int | None = None
        self.resize(1600, 900)

    def set_columns(self, columns: list[ThemeColumn]) -> None:
        for part in self.parts:
            part.setParent(None)
            part.deleteLater()
        self.parts, self.sources = [], list(columns)
        for column in columns:
            part = QWidget()
            layout = QVBoxLayout(part)
            layout.setContentsMargins(0, 0, 0, 0)
            title = QLabel(column.header.text())
            title.setObjectName("projectorTheme")
            title.setWordWrap(True)
            title.setStyleSheet(f"background: {column.model.colour};")
            view = QListView()
            view.setModel(column.model)
            view.setItemDelegate(self.delegate)
            view.setUniformItemSizes(True)
            view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            column.model.rowsInserted.connect(lambda *_a, v=view: v.scrollToBottom())
            column.title_changed.connect(title.setText)
            layout.addWidget(title)
            layout.addWidget(view, 1)
            part.title = title  # type: ignore[attr-defined]
            self.row.addWidget(part, 1)
            self.parts.append(part)
        self._show_focus()

    def set_focus(self, index: int | None) -> None:
        self.focus = index
        self._show_focus()

    def _show_focus(self) -> None:
        for number, part in enumerate(self.parts):
            part.setVisible(self.focus is None or number == self.focus)

    def show_on(self, beside: QWidget | None) -> QScreen:
        screens = QGuiApplication.screens()
        own = beside.screen() if beside is not None else QGuiApplication.primaryScreen()
        target = next((s for s in screens if s is not own), own)
        self.setScreen(target)
        self.setGeometry(target.geometry())
        self.showFullScreen()
        return target

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key == Qt.Key.Key_F:
            self.set_focus(None if self.focus is not None else 0)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.focus is not None and self.parts:
            step = -1 if key == Qt.Key.Key_Left else 1
            self.set_focus((self.focus + step) % len(self.parts))
        else:
            super().keyPressEvent(event)
