"""A session's details: kind, title, when, where, who leads and takes notes, and why.

Each field is stored when the user leaves it (an undoable command per change).
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from regworkshop.services.sessions.session_service import KINDS, SessionInfo
from regworkshop.ui.sessions.session_commands import UpdateSessionCommand
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import session_kind_name
from regworkshop.ui.shell.service_command import push_command
from regworkshop.ui.widgets.commit_text_edit import CommitTextEdit
from regworkshop.ui.widgets.local_time import from_qdatetime, to_qdatetime

TEXT_FIELDS = ("title", "place", "facilitator", "note_taker")


class SessionDetailsForm(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session: SessionInfo | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("sessionKind")
        self.kind.setMinimumContentsLength(10)
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.activated.connect(lambda _i: self._commit("kind", self.kind.currentData()))
        self.edits: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"session_{name}")
            edit.editingFinished.connect(lambda n=name: self._commit_text(n))
            self.edits[name] = edit
        self.scheduled = QCheckBox()
        self.scheduled.setObjectName("sessionScheduled")
        self.scheduled.clicked.connect(self._toggle_scheduled)
        self.start = QDateTimeEdit()
        self.start.setObjectName("sessionStart")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd  HH:mm")
        self.start.editingFinished.connect(self._commit_start)
        self.end = QTimeEdit()
        self.end.setObjectName("sessionEnd")
        self.end.setDisplayFormat("HH:mm")
        self.end.editingFinished.connect(self._commit_end)
        self.next_day = QLabel()
        self.purpose = CommitTextEdit()
        self.purpose.setObjectName("session_purpose")
        self.purpose.setMaximumHeight(58)
        self.purpose.committed.connect(self._commit_purpose)
        self.labels = {
            key: QLabel()
            for key in (
                "title",
                "kind",
                "place",
                "start",
                "end",
                "facilitator",
                "note_taker",
                "purpose",
            )
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        when = QHBoxLayout()
        when.addWidget(self.scheduled)
        when.addWidget(self.start, 1)
        ends = QHBoxLayout()
        ends.addWidget(self.end, 1)
        ends.addWidget(self.next_day)
        # Three label-and-field pairs a row: (key, widget, first pair, pairs spanned).
        rows = (
            (("title", self.edits["title"], 0, 2), ("kind", self.kind, 2, 1)),
            (("start", when, 0, 1), ("end", ends, 1, 1), ("place", self.edits["place"], 2, 1)),
            (
                ("facilitator", self.edits["facilitator"], 0, 1),
                ("note_taker", self.edits["note_taker"], 1, 1),
            ),
            (("purpose", self.purpose, 0, 3),),
        )
        for number, row in enumerate(rows):
            for key, widget, pair, span in row:
                column = pair * 2
                grid.addWidget(self.labels[key], number, column)
                if isinstance(widget, QHBoxLayout):
                    grid.addLayout(widget, number, column + 1, 1, span * 2 - 1)
                else:
                    grid.addWidget(widget, number, column + 1, 1, span * 2 - 1)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        # Tab follows the form as it reads, row by row.
        chain = [
            self.edits["title"],
            self.kind,
            self.scheduled,
            self.start,
            self.end,
            self.edits["place"],
            self.edits["facilitator"],
            self.edits["note_taker"],
            self.purpose,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.retranslate()
        self.show_session(None)

    def retranslate(self) -> None:
        texts = {
            "title": tr("Title:"),
            "kind": tr("Kind:"),
            "place": tr("Place:"),
            "start": tr("Starts:"),
            "end": tr("Planned end:"),
            "facilitator": tr("Facilitator:"),
            "note_taker": tr("Note-taker:"),
            "purpose": tr("Purpose:"),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.scheduled.setToolTip(tr("The session has a date and time"))
        current = self.kind.currentData()
        self.kind.clear()
        for kind in KINDS:
            self.kind.addItem(session_kind_name(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self._show_end()

    def show_session(self, session: SessionInfo | None) -> None:
        """Show a session's stored values (fields being typed in are left alone)."""
        self.session = session
        self.setEnabled(session is not None)
        if session is None:
            for edit in self.edits.values():
                edit.clear()
            self.purpose.set_text_quietly("")
            return
        for name, edit in self.edits.items():
            value = getattr(session, name)
            # A field the user is typing in (changed, not yet stored) is left alone.
            if not edit.isModified() and edit.text() != value:
                edit.setText(value)
                edit.setCursorPosition(0)  # show the beginning of a long text
        self.kind.setCurrentIndex(max(0, self.kind.findData(session.kind)))
        if not self.purpose.document().isModified():
            self.purpose.set_text_quietly(session.purpose)
        self.scheduled.setChecked(session.starts_at is not None)
        self.start.setEnabled(session.starts_at is not None)
        if session.starts_at is not None:
            self.start.setDateTime(to_qdatetime(session.starts_at, self.ctx.tz))
        self._show_end()

    def _show_end(self) -> None:
        session = self.session
        planned_end = session.planned_end if session else None
        self.end.setEnabled(session is not None and session.starts_at is not None)
        if planned_end is not None and session is not None and session.starts_at is not None:
            self.end.setTime(to_qdatetime(planned_end, self.ctx.tz).time())
            days = (
                planned_end.astimezone(self.ctx.tz).date()
                - session.starts_at.astimezone(self.ctx.tz).date()
            ).days
            self.next_day.setText(tr("(next day)") if days else "")
        else:
            self.next_day.setText("")
            if session is not None and session.starts_at is not None:
                self.end.setTime(to_qdatetime(session.starts_at, self.ctx.tz).time())

    # -- committing ---------------------------------------------------------------------------
    def _commit(self, field: str, value: object) -> None:
        session = self.session
        if session is None or getattr(session, field) == value:
            return
        old = session.values()[field]
        command = UpdateSessionCommand(self.ctx, session.id, {field: value}, {field: old})
        if not push_command(self.ctx, self, tr("Edit session"), command):
            self.show_session(session)  # put back what is stored

    def _commit_text(self, name: str) -> None:
        edit = self.edits[name]
        edit.setModified(False)
        value = " ".join(edit.text().split()) if name == "title" else edit.text().strip()
        self._commit(name, value)

    def _commit_purpose(self, text: str) -> None:
        self.purpose.document().setModified(False)
        self._commit("purpose", text.strip())

    def _toggle_scheduled(self, checked: bool) -> None:
        session = self.session
        if session is None:
            return
        if not checked:
            self._commit_many({"starts_at": None})
            return
        start = QDateTime.currentDateTime().addDays(1)
        start.setTime(QTime(9, 0))
        self._commit_many({"starts_at": from_qdatetime(start, self.ctx.tz)})

    def _commit_start(self) -> None:
        if self.session is None or not self.scheduled.isChecked():
            return
        self._commit("starts_at", from_qdatetime(self.start.dateTime(), self.ctx.tz))

    def _commit_end(self) -> None:
        session = self.session
        if session is None or session.starts_at is None:
            return
        start = session.starts_at.astimezone(self.ctx.tz)
        end = self.end.time()
        minutes = (end.hour() * 60 + end.minute() - start.hour * 60 - start.minute) % (24 * 60)
        self._commit("planned_minutes", minutes or None)

    def _commit_many(self, values: dict) -> None:
        session = self.session
        assert session is not None
        old = {k: session.values()[k] for k in values}
        command = UpdateSessionCommand(self.ctx, session.id, values, old)
        if not push_command(self.ctx, self, tr("Edit session"), command):
            self.show_session(session)
