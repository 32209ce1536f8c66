"""Photos of paper walls beside the board: add, look at large, caption, remove (undoable)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from regworkshop.services.errors import ServiceError
from regworkshop.ui.board.board_commands import AddPhotoCommand, BoardSink, DeletePhotoCommand
from regworkshop.ui.shell import error_messages
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.service_command import push_command


class PhotoPanel(QWidget):
    def __init__(self, ctx: AppContext, board: BoardSink) -> None:
        super().__init__()
        self.setObjectName("photoPanel")
        self.ctx = ctx
        # Told when a photo command (or its undo) changed the session's photos.
        self.board = board
        self.session_id: str | None = None
        self.list = QListWidget()
        self.list.setObjectName("photoList")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(96, 72))
        self.list.setFixedHeight(110)
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.currentItemChanged.connect(lambda *_a: self._show_current())
        self.view = QLabel()
        self.view.setObjectName("photoView")
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.setMinimumSize(200, 200)
        self.add = QPushButton()
        self.add.clicked.connect(self.add_photos)
        self.remove = QPushButton()
        self.remove.clicked.connect(self.remove_photo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
        layout.addWidget(self.view, 1)
        self._pixmap: QPixmap | None = None

    def retranslate(self) -> None:
        self.add.setText(tr("Add photo…"))
        self.remove.setText(tr("Remove"))
        self.view.setText(tr("Photos of paper walls appear here."))

    def show_session(self, session_id: str | None) -> None:
        self.session_id = session_id
        current = (
            self.list.currentItem().data(Qt.ItemDataRole.UserRole)
            if self.list.currentItem()
            else None
        )
        self.list.clear()
        services = self.ctx.services
        if services is None or session_id is None:
            return
        for photo in services.photos.list(session_id):
            pixmap = QPixmap()
            pixmap.loadFromData(services.photos.data(photo.id))
            item = QListWidgetItem(QIcon(pixmap), photo.caption)
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            item.setToolTip(photo.caption)
            self.list.addItem(item)
            if photo.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(self.list.count() - 1)
        self._show_current()

    def _show_current(self) -> None:
        item = self.list.currentItem()
        services = self.ctx.services
        if item is None or services is None:
            self._pixmap = None
            self.view.setPixmap(QPixmap())
            self.view.setText(tr("Photos of paper walls appear here."))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(services.photos.data(item.data(Qt.ItemDataRole.UserRole)))
        self._pixmap = pixmap
        self._fit()

    def _fit(self) -> None:
        if self._pixmap is not None and not self._pixmap.isNull():
            self.view.setPixmap(
                self._pixmap.scaled(
                    self.view.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def add_photos(self) -> None:
        if self.session_id is None:
            return
        ctx = self.ctx
        paths = ctx.interaction.open_file_paths(
            self, tr("Add photo"), tr("Pictures (*.jpg *.jpeg *.png *.gif *.webp)")
        )
        for path in paths:
            try:
                data = Path(path).read_bytes()
            except OSError as exc:
                ctx.interaction.error(
                    self,
                    tr("Add photo"),
                    tr("The file could not be read: {0}").format(exc.strerror),
                )
                continue
            command = AddPhotoCommand(ctx, self.board, self.session_id, data, Path(path).stem)
            try:
                push_command(ctx, self, tr("Add photo"), command)
            except ServiceError as exc:  # pragma: no cover - push_command shows refusals
                ctx.interaction.error(self, tr("Add photo"), error_messages.describe(exc))

    def remove_photo(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        photo_id = item.data(Qt.ItemDataRole.UserRole)
        command = DeletePhotoCommand(self.ctx, self.board, photo_id)
        push_command(self.ctx, self, tr("Remove photo"), command)
