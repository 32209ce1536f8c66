"""Run mode on the facilitator's laptop: the current item, its countdown, what comes next.

Keys: Space starts or pauses, Right/Page Down goes to the next item, Left/Page Up
back, + gives five more minutes, F5 opens or closes the projector window. The
countdown ticks from a QTimer on the context's clock, so tests drive it with a
fake clock; every control is stored at once, so a run survives closing the app.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from regworkshop.services.errors import ServiceError
from regworkshop.services.sessions.run_state import FINISHED, NOT_STARTED, RUNNING, RunState
from regworkshop.ui.sessions.agenda_commands import ExtendItemCommand, ResetRunCommand
from regworkshop.ui.sessions.projector_window import ProjectorWindow
from regworkshop.ui.sessions.run_display import RunDisplay, make_display
from regworkshop.ui.sessions.run_items_model import RunItemsModel
from regworkshop.ui.shell import error_messages
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.service_command import push_command

TICK_MS = 250
COUNTDOWN_COLOURS = {"warning": "#F9A825", "overrun": "#E53935"}


class RunView(QWidget):
    display_changed = Signal(object)  # RunDisplay

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id: str | None = None
        self.session_title = ""
        self.state: RunState | None = None
        self.display: RunDisplay | None = None
        self.projector: ProjectorWindow | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

        self.status = QLabel()
        self.status.setObjectName("runStatus")
        self.position = QLabel()
        self.title = QLabel()
        self.title.setObjectName("runTitle")
        self.title.setWordWrap(True)
        self.question = QLabel()
        self.question.setObjectName("runQuestion")
        self.question.setWordWrap(True)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setObjectName("runCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.next = QLabel()
        self.next.setObjectName("runNext")
        self.next.setWordWrap(True)
        self.drift = QLabel()
        self.drift.setObjectName("runDrift")
        self.end = QLabel()
        self.items_model = RunItemsModel(self)
        self.items = QListView()
        self.items.setObjectName("runItems")
        self.items.setModel(self.items_model)
        self.items.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.items.setWordWrap(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items_heading = QLabel()
        self.items_heading.setObjectName("sectionTitle")

        self.buttons: dict[str, QPushButton] = {}
        controls = QHBoxLayout()
        ending = QHBoxLayout()
        for key, slot, row in (
            ("toggle", self.toggle, controls),
            ("previous", self.previous, controls),
            ("next", self.next_item, controls),
            ("extend", self.extend, controls),
            ("projector", self.toggle_projector, controls),
            ("finish", self.finish, ending),
            ("reset", self.reset, ending),
        ):
            button = QPushButton()
            button.setObjectName(f"run_{key}")
            # Buttons never take the focus, so Space and the arrows always reach run mode.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        controls.addStretch(1)
        self.keys_hint = QLabel()
        self.keys_hint.setWordWrap(True)

        now = QFrame()
        now.setObjectName("runNow")
        now.setFrameShape(QFrame.Shape.StyledPanel)
        now_layout = QVBoxLayout(now)
        header = QHBoxLayout()
        header.addWidget(self.status)
        header.addStretch(1)
        header.addWidget(self.position)
        now_layout.addLayout(header)
        now_layout.addWidget(self.title)
        now_layout.addWidget(self.question)
        now_layout.addWidget(self.description)
        now_layout.addStretch(1)
        now_layout.addWidget(self.countdown)
        now_layout.addWidget(self.progress)
        now_layout.addWidget(self.next)
        side = QVBoxLayout()
        side.addWidget(self.items_heading)
        side.addWidget(self.items, 1)
        side.addWidget(self.drift)
        side.addWidget(self.end)
        side.addLayout(ending)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 8, 0, 0)
        grid.addWidget(now, 0, 0)
        grid.addLayout(side, 0, 1)
        grid.addLayout(controls, 1, 0, 1, 2)
        grid.addWidget(self.keys_hint, 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 1)
        ctx.data_changed.connect(self._on_data_changed)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "toggle": tr("Start"),
            "previous": tr("◀ Previous"),
            "next": tr("Next ▶"),
            "extend": tr("+5 min"),
            "projector": tr("Projector"),
            "finish": tr("Finish"),
            "reset": tr("Reset…"),
        }
        for key, button in self.buttons.items():
            button.setText(texts[key])
        self.buttons["previous"].setToolTip(tr("Back to the previous item (Left, Page Up)"))
        self.buttons["next"].setToolTip(tr("Close this item and start the next (Right, Page Down)"))
        self.buttons["extend"].setToolTip(tr("Give the current item five more minutes (+)"))
        self.buttons["reset"].setToolTip(tr("Forget the recorded times and run the agenda again"))
        self.buttons["toggle"].setToolTip(tr("Start, pause or resume the clock (Space)"))
        self.buttons["projector"].setToolTip(
            tr("Show the current item full screen for the room (F5; Escape closes it)")
        )
        self.keys_hint.setText(
            tr(
                "Keys: Space start/pause · Right or Page Down next · Left or Page Up previous · "
                "+ five more minutes · F5 projector"
            )
        )
        self.items_heading.setText(tr("Agenda"))
        self.tick()

    # -- loading -------------------------------------------------------------------------------
    def show_session(self, session_id: str | None, title: str = "") -> None:
        self.session_id = session_id
        self.session_title = title
        self.reload()

    def reload(self) -> None:
        """Read the run's state from the project (after a control, an undo or a restart)."""
        services = self.ctx.services
        self.state = services.runs.state(self.session_id) if services and self.session_id else None
        self.items_model.set_state(self.state)
        self.tick()
        self._update_timer()

    def _on_data_changed(self, area: str) -> None:
        if area in ("agenda", "run", "sessions") and self.session_id is not None:
            if self.ctx.services is None:
                return
            try:
                self.session_title = self.ctx.services.sessions.get(self.session_id).title
            except ServiceError:
                self.show_session(None)
                return
            self.reload()

    def tick(self) -> None:
        """Recompute the countdown and drift for the clock's now (no database access)."""
        if self.state is None:
            self.display = None
            self._show_nothing()
            return
        self.display = make_display(self.state, self.ctx.clock(), self.ctx.tz, self.session_title)
        self._show(self.display)
        self.display_changed.emit(self.display)
        if self.projector is not None and self.projector.isVisible():
            self.projector.show_display(self.display)

    def _show_nothing(self) -> None:
        self.status.setText("")
        self.position.setText("")
        self.title.setText(tr("Choose a session to run"))
        for label in (
            self.question,
            self.description,
            self.countdown,
            self.next,
            self.drift,
            self.end,
        ):
            label.setText("")
        self.progress.setValue(0)
        for button in self.buttons.values():
            button.setEnabled(False)

    def _show(self, d: RunDisplay) -> None:
        self.status.setText(d.status_text)
        self.position.setText(d.position)
        self.title.setText(d.title)
        self.question.setText(d.question)
        self.question.setVisible(bool(d.question))
        self.description.setText(d.description)
        self.description.setVisible(bool(d.description))
        self.countdown.setText(d.countdown)
        colour = "overrun" if d.overrun else "warning" if d.warning else ""
        self.countdown.setStyleSheet(f"color: {COUNTDOWN_COLOURS[colour]};" if colour else "")
        self.progress.setValue(int(min(d.progress, 1.0) * 1000))
        self.next.setText(d.next_text)
        self.drift.setText(d.drift_text)
        self.drift.setStyleSheet(
            f"color: {COUNTDOWN_COLOURS['overrun']}; font-weight: bold;"
            if d.drift_minutes > 0
            else ""
        )
        self.end.setText(d.end_text)
        status = d.status
        has_items = bool(self.state and self.state.items)
        live = status not in (NOT_STARTED, FINISHED)
        self.buttons["toggle"].setEnabled(has_items and status != FINISHED)
        if status == RUNNING:
            self.buttons["toggle"].setText(tr("Pause"))
        elif status == NOT_STARTED:
            self.buttons["toggle"].setText(tr("Start"))
        else:
            self.buttons["toggle"].setText(tr("Resume"))
        self.buttons["previous"].setEnabled(has_items and status != NOT_STARTED)
        for key in ("next", "extend", "finish"):
            self.buttons[key].setEnabled(live)
        self.buttons["reset"].setEnabled(status != NOT_STARTED)
        self.buttons["projector"].setEnabled(has_items)

    def _update_timer(self) -> None:
        wanted = self.state is not None and (
            self.isVisible() or (self.projector is not None and self.projector.isVisible())
        )
        if wanted and not self.timer.isActive():
            self.timer.start()
        elif not wanted and self.timer.isActive():
            self.timer.stop()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.reload()
        self.setFocus()

    def hideEvent(self, event) -> None:  # noqa: N802
        super().hideEvent(event)
        self._update_timer()

    # -- controls ----------------------------------------------------------------------------------
    def _control(self, action) -> None:
        if self.session_id is None or self.ctx.services is None:
            return
        try:
            self.state = action(self.session_id)
        except ServiceError as exc:
            self.ctx.interaction.error(self, tr("Run mode"), error_messages.describe(exc))
            return
        self.ctx.notify("run")  # the agenda's "actual" column and this view reload

    def toggle(self) -> None:
        if self.state is not None and self.state.status == FINISHED:
            return
        assert self.ctx.services is not None
        self._control(self.ctx.services.runs.toggle)

    def next_item(self) -> None:
        if self.state is not None and self.state.is_live:
            assert self.ctx.services is not None
            self._control(self.ctx.services.runs.next)

    def previous(self) -> None:
        if self.state is not None and self.state.status != NOT_STARTED:
            assert self.ctx.services is not None
            self._control(self.ctx.services.runs.previous)

    def finish(self) -> None:
        if self.state is not None and self.state.is_live:
            assert self.ctx.services is not None
            self._control(self.ctx.services.runs.finish)

    def extend(self) -> None:
        if self.session_id is None or self.state is None or not self.state.is_live:
            return
        push_command(self.ctx, self, tr("Run mode"), ExtendItemCommand(self.ctx, self.session_id))

    def reset(self) -> None:
        if self.session_id is None or self.state is None or self.state.status == NOT_STARTED:
            return
        if self.ctx.interaction.confirm(
            self,
            tr("Reset run"),
            tr("Forget the recorded times of this run and start again? You can undo this."),
        ):
            push_command(
                self.ctx, self, tr("Reset run"), ResetRunCommand(self.ctx, self.session_id)
            )

    def toggle_projector(self) -> None:
        """Open the projector window (on a second screen if there is one), or close it."""
        if self.projector is not None and self.projector.isVisible():
            self.projector.close()
            self._update_timer()
            return
        if self.state is None or not self.state.items:
            return
        if self.projector is None:
            self.projector = ProjectorWindow(self.handle_key)
        self.tick()
        if self.display is not None:
            self.projector.show_display(self.display)
        self.projector.show_on(self.window())
        self._update_timer()

    def close_projector(self) -> None:
        if self.projector is not None:
            self.projector.close()

    # -- keys ----------------------------------------------------------------------------------------
    def handle_key(self, event: QKeyEvent) -> bool:
        """Act on a run-mode key (from this view or the projector); True if it was one."""
        key = event.key()
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        actions = {
            Qt.Key.Key_Space: self.toggle,
            Qt.Key.Key_Right: self.next_item,
            Qt.Key.Key_PageDown: self.next_item,
            Qt.Key.Key_Left: self.previous,
            Qt.Key.Key_PageUp: self.previous,
            Qt.Key.Key_Plus: self.extend,
            Qt.Key.Key_F5: self.toggle_projector,
        }
        action = actions.get(Qt.Key(key))
        if action is None:
            return False
        action()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self.handle_key(event):
            super().keyPressEvent(event)
