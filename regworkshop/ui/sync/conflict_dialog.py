"""Resolve texts that two laptops edited at the same time: pick a version or combine them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from regworkshop.services.sync.conflict_service import ConflictInfo
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.service_command import push_command
from regworkshop.ui.sync.conflict_commands import ResolveConflictCommand

Index = QModelIndex | QPersistentModelIndex
PREVIEW = 70


def _field_name(info: ConflictInfo) -> str:
    if info.entity == "rw_note":
        return tr("Note in “{0}”").format(info.context)
    if info.field == "title":
        return tr("Insight title")
    return tr("Insight “{0}”").format(info.context)


class ConflictListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[ConflictInfo] = []

    def set_items(self, items: list[ConflictInfo]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = " ".join(item.current.split())
            short = text if len(text) <= PREVIEW else text[: PREVIEW - 1] + "…"
            return f"{_field_name(item)}\n{short}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.current
        return None


class ConflictDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Resolve conflicts"))
        self.resize(1000, 560)
        self.model = ConflictListModel(self)
        self.list = QListView()
        self.list.setObjectName("conflictList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.list.setSpacing(6)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(scroll)
        splitter.setSizes([320, 680])
        self.hint = QLabel(
            tr(
                "The same text was changed on two laptops before they were merged. Both versions "
                "are kept until you choose one, or write a combined text."
            )
        )
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.keep_buttons: list[QPushButton] = []
        self.combined: QPlainTextEdit | None = None
        self.refresh()

    def refresh(self) -> None:
        self.model.set_items(self.ctx.services.conflicts.list())
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))
        self._show_current()

    def current(self) -> ConflictInfo | None:
        row = self.list.currentIndex().row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def _show_current(self) -> None:
        # A fresh page per conflict: setWidget deletes the previous one at once.
        self.detail = QWidget()
        self.detail_layout = QVBoxLayout(self.detail)
        self.scroll.setWidget(self.detail)
        self.keep_buttons = []
        self.combined = None
        info = self.current()
        if info is None:
            self.detail_layout.addWidget(QLabel(tr("No conflicts left to resolve.")))
            self.detail_layout.addStretch(1)
            return
        for n, text in enumerate(info.versions):
            box = QGroupBox(tr("Shown now") if n == 0 else tr("Other version {0}").format(n))
            edit = QPlainTextEdit(text)
            edit.setReadOnly(True)
            edit.setMaximumHeight(110)
            keep = QPushButton(tr("Keep this version"))
            keep.clicked.connect(lambda _c=False, t=text: self.resolve(t))
            self.keep_buttons.append(keep)
            inner = QVBoxLayout(box)
            inner.addWidget(edit)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(keep)
            inner.addLayout(row)
            self.detail_layout.addWidget(box)
        box = QGroupBox(tr("Combined text"))
        self.combined = QPlainTextEdit("\n\n".join(info.versions))
        self.combined.setMaximumHeight(140)
        keep = QPushButton(tr("Keep the combined text"))
        keep.clicked.connect(lambda: self.resolve(self.combined.toPlainText()))
        inner = QVBoxLayout(box)
        inner.addWidget(self.combined)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(keep)
        inner.addLayout(row)
        self.detail_layout.addWidget(box)
        self.detail_layout.addStretch(1)

    def resolve(self, text: str) -> None:
        info = self.current()
        if info is None:
            return
        command = ResolveConflictCommand(self.ctx, info, text)
        push_command(self.ctx, self, tr("Resolve conflict"), command)
        self.refresh()  # also after a refusal: the list may have changed meanwhile
