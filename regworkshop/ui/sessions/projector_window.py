"""The projector: full screen, white on black, large enough to read from the back of a room.

It follows run mode live and has no controls of its own; keys pressed while it has
the focus (a presenter remote's Page Up/Down, Space) go to run mode, Escape closes it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from regworkshop.ui.sessions.run_display import RunDisplay
from regworkshop.ui.shell.i18n import tr

# Sizes are set through the style sheet (fractions of the window's height): the
# application's qt-material style sheet would override fonts set with setFont().
STYLE = """
QWidget#projector {{ background: #000000; }}
QWidget#projector QLabel {{ color: #FFFFFF; background: transparent; font-family: "DejaVu Sans"; }}
QWidget#projector QLabel#projectorMeta {{ color: #B8C4CE; font-size: {meta}px; }}
QWidget#projector QLabel#projectorTitle {{ font-size: {title}px; font-weight: bold; }}
QWidget#projector QLabel#projectorQuestion {{ font-size: {question}px; }}
QWidget#projector QLabel#projectorCountdown {{
    color: {colour}; font-size: {countdown}px; font-weight: bold; font-family: "DejaVu Sans Mono";
}}
QWidget#projector QLabel#projectorNext {{ color: #B8C4CE; font-size: {next}px; }}
"""
COUNTDOWN = {"normal": "#FFFFFF", "warning": "#FFC107", "overrun": "#FF5252", "paused": "#8A97A3"}


class ProjectorWindow(QWidget):
    def __init__(self, key_handler: Callable[[QKeyEvent], bool] | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("projector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(tr("RegWorkshop — projector"))
        self.key_handler = key_handler
        self.meta = QLabel()
        self.meta.setObjectName("projectorMeta")
        self.title = QLabel()
        self.title.setObjectName("projectorTitle")
        self.question = QLabel()
        self.question.setObjectName("projectorQuestion")
        self.countdown = QLabel()
        self.countdown.setObjectName("projectorCountdown")
        self.next = QLabel()
        self.next.setObjectName("projectorNext")
        for label in (self.title, self.question, self.next):
            label.setWordWrap(True)
        for label in (self.title, self.question, self.countdown, self.next):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 36, 60, 36)
        layout.addWidget(self.meta)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addSpacing(12)
        layout.addWidget(self.question)
        layout.addStretch(1)
        layout.addWidget(self.countdown)
        layout.addStretch(1)
        layout.addWidget(self.next)
        self._state = "normal"
        self._style_key: tuple[int, str] | None = None
        self.resize(1280, 720)
        self._restyle()

    def show_display(self, display: RunDisplay) -> None:
        """Show what run mode shows now."""
        self.meta.setText(f"{display.session_title}  ·  {display.clock}")
        self.title.setText(display.title)
        self.question.setText(display.question)
        self.question.setVisible(bool(display.question))
        self.countdown.setText(display.countdown)
        if display.status == "paused":
            self.next.setText(f"{tr('Paused')}  ·  {display.next_text}")
        else:
            self.next.setText(display.next_text)
        state = (
            "paused"
            if display.status == "paused"
            else "overrun"
            if display.overrun
            else "warning"
            if display.warning
            else "normal"
        )
        self._state = state
        self._restyle()

    def _restyle(self) -> None:
        """Size the text to the window and colour the countdown (only when either changed)."""
        height = max(self.height(), 360)
        key = (height, self._state)
        if key == self._style_key:
            return
        self._style_key = key

        def px(fraction: float) -> int:
            return max(12, int(height * fraction))

        self.setStyleSheet(
            STYLE.format(
                meta=px(1 / 40),
                title=px(1 / 16),
                question=px(1 / 13),
                countdown=px(1 / 5),
                next=px(1 / 26),
                colour=COUNTDOWN[self._state],
            )
        )

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._restyle()

    def show_on(self, beside: QWidget | None) -> QScreen:
        """Go full screen on another screen than *beside*'s if there is one, else on its own."""
        screens = QGuiApplication.screens()
        own = beside.screen() if beside is not None else QGuiApplication.primaryScreen()
        target = next((s for s in screens if s is not own), own)
        self.setScreen(target)
        self.setGeometry(target.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        return target

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        if self.key_handler is not None and self.key_handler(event):
            return
        super().keyPressEvent(event)
