"""One theme on the board: a coloured header with the note count, and its list of notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from regworkshop.services.themes.theme_service import ThemeInfo
from regworkshop.ui.board.board_column_model import NoteColumnModel
from regworkshop.ui.board.note_delegate import NoteDelegate
from regworkshop.ui.shell.i18n import tr

COLUMN_WIDTH = 260


class NoteListView(QListView):
    """A column's notes: drag and drop, extended selection, keys handed to the board."""

    def __init__(self, key_handler: Callable[[QListView, QKeyEvent], bool]) -> None:
        super().__init__()
        self.key_handler = key_handler
        self.setObjectName("noteList")
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setDragDropOverwriteMode(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSpacing(0)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.state() != QAbstractItemView.State.EditingState and self.key_handler(self, event):
            return
        super().keyPressEvent(event)


class ThemeColumn(QWidget):
    menu_requested = Signal(str)
    title_changed = Signal(str)

    def __init__(self, model: NoteColumnModel, delegate: NoteDelegate, key_handler) -> None:
        super().__init__()
        self.setObjectName("themeColumn")
        self.model = model
        self.theme: ThemeInfo | None = None
        self.header = QToolButton()
        self.header.setObjectName("themeHeader")
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.header.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.header.clicked.connect(lambda: self.menu_requested.emit(model.theme_id))
        self.count = QLabel()
        self.view = NoteListView(key_handler)
        self.view.setModel(model)
        self.view.setItemDelegate(delegate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        self.setFixedWidth(COLUMN_WIDTH)

    def show_theme(self, theme: ThemeInfo, label: str, count: int) -> None:
        self.theme = theme
        self.model.set_colour(theme.colour)
        self.set_title(label, count)
        self.header.setStyleSheet(
            f"QToolButton#themeHeader {{ background: {theme.colour}; color: #1A1A1A;"
            " font-weight: bold; padding: 6px; border-radius: 4px; text-align: left; }"
        )
        self.header.setToolTip(tr("Click for the theme's menu: rename, colour, hide, move, delete"))

    def set_title(self, label: str, count: int) -> None:
        self.label = label
        self.header.setText(f"{label}  ({count})")
        self.title_changed.emit(self.header.text())
