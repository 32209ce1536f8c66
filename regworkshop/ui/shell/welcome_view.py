"""Shown when no project is open: new, open, demo, and the recent projects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr


class WelcomeView(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setObjectName("viewTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.demo_button = QPushButton()
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.recent_label = QLabel()
        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        self.recent.itemActivated.connect(lambda item: self.recent_requested.emit(item.text()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(tr("Welcome to RegWorkshop"))
        self.intro.setText(
            tr(
                "Each planning project is one file you can copy, back up and send. "
                "Everything you type is stored the moment you type it."
            )
        )
        self.new_button.setText(tr("New project…"))
        self.open_button.setText(tr("Open project…"))
        self.demo_button.setText(tr("Try the demo project"))
        self.recent_label.setText(tr("Recent projects"))

    def refresh(self) -> None:
        self.recent.clear()
        for path in self.ctx.settings.recent_files:
            if "://" in path or Path(path).exists():
                self.recent.addItem(path)
