"""Taking notes during an interview, built for speed.

The guide's questions run down the left; the notes of the interview in the
middle, with the current note's text below them. Every keystroke is stored
(one undo step per note's typing). Keys: Ctrl+Return new note, Ctrl+1…9 tag
to a theme (Ctrl+0 none), Ctrl+Shift+Q quote, Ctrl+T timestamp, Alt+Up/Down
previous/next question. Consent stays visible at the top.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regworkshop.services.interviews.interview_service import CONSENT_FIELDS, STATUSES, InterviewRow
from regworkshop.ui.interviews.interview_commands import (
    AddInterviewNoteCommand,
    EditInterviewNoteCommand,
    SetConsentCommand,
    SetInterviewStatusCommand,
)
from regworkshop.ui.interviews.interview_models import (
    GuideModel,
    IdRole,
    InterviewNotesModel,
    status_name,
)
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import actor_type_name, consents
from regworkshop.ui.shell.service_command import push_command

MAX_ELAPSED = 24 * 60


class InterviewNotesView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.interview: InterviewRow | None = None
        self.opened_at: datetime | None = None
        self.theme_ids: list[str] = []
        self._loading = False
        self.title = QLabel(objectName="interviewTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.who = QLabel(objectName="interviewWho", wordWrap=True)
        self.status = QComboBox(objectName="interviewStatus")
        self.status.activated.connect(self._status_chosen)
        self.consent_labels = {f: QLabel() for f in CONSENT_FIELDS}
        self.consent = {f: QComboBox(objectName=f) for f in CONSENT_FIELDS}
        for field, combo in self.consent.items():
            combo.activated.connect(lambda _i, f=field: self._consent_chosen(f))
        self.consent_warning = QLabel(objectName="consentWarning", wordWrap=True)
        self.guide_model = GuideModel(self)
        self.guide = QListView(objectName="interviewGuide")
        self.guide.setModel(self.guide_model)
        self.guide.setWordWrap(True)
        self.guide_question = QLabel(objectName="guideQuestion", wordWrap=True)
        self.guide.selectionModel().currentChanged.connect(lambda *_a: self._show_question())
        self.notes_model = InterviewNotesModel(self)
        self.notes = QTableView(objectName="interviewNotes")
        self.notes.setModel(self.notes_model)
        self.notes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.notes.verticalHeader().hide()
        header = self.notes.horizontalHeader()
        for column in (0, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 120)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.notes.selectionModel().currentRowChanged.connect(lambda *_a: self._load_editor())
        self.editor = QPlainTextEdit(objectName="interviewEditor")
        self.editor.setMinimumHeight(120)
        self.editor.textChanged.connect(self._text_changed)
        self.keys_help = QLabel(objectName="interviewKeys", wordWrap=True)
        self._build_layout()
        self._build_shortcuts()
        self.retranslate()

    def _build_layout(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.status)
        consent_row = QHBoxLayout()
        for field in CONSENT_FIELDS:
            consent_row.addWidget(self.consent_labels[field])
            consent_row.addWidget(self.consent[field])
        consent_row.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.guide, 1)
        left_layout.addWidget(self.guide_question)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.notes, 2)
        right_layout.addWidget(self.editor, 1)
        right_layout.addWidget(self.keys_help)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(left)
        self.split.addWidget(right)
        self.split.setSizes([210, 690])
        self.split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.who)
        layout.addLayout(consent_row)
        layout.addWidget(self.consent_warning)
        layout.addWidget(self.split, 1)

    def _build_shortcuts(self) -> None:
        def key(sequence: str, slot) -> None:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        key("Ctrl+Return", lambda: self.new_note())
        key("Ctrl+Enter", lambda: self.new_note())
        key("Ctrl+Shift+Q", self.toggle_quote)
        key("Ctrl+T", self.timestamp)
        key("Alt+Down", lambda: self.step_question(1))
        key("Alt+Up", lambda: self.step_question(-1))
        for n in range(10):
            key(f"Ctrl+{n}", lambda n=n: self.tag_theme(n))

    def retranslate(self) -> None:
        self.status.clear()
        for status in STATUSES:
            self.status.addItem(status_name(status), status)
        texts = {
            "consent_store": tr("Name stored:"),
            "consent_quote": tr("May be quoted:"),
            "consent_name_org": tr("Organisation named:"),
        }
        for field, combo in self.consent.items():
            self.consent_labels[field].setText(texts[field])
            combo.clear()
            for key, name in consents():
                combo.addItem(name, key)
        self.keys_help.setText(
            tr(
                "Ctrl+Return new note · Ctrl+1…9 theme (Ctrl+0 none) · Ctrl+Shift+Q quote · "
                "Ctrl+T time stamp · Alt+↑/↓ question · every keystroke is saved"
            )
        )
        self.show_interview(self.interview.id if self.interview else None)

    # -- showing -------------------------------------------------------------
    def show_interview(self, session_id: str | None) -> None:
        services = self.ctx.services
        if services is None or session_id is None:
            self.interview = None
            self.setEnabled(False)
            self.title.setText(tr("Choose an interview"))
            self.notes_model.set_notes([])
            return
        changed = self.interview is None or self.interview.id != session_id
        self.setEnabled(True)
        self.interview = services.interviews.get(session_id)
        if changed:
            self.opened_at = self.ctx.clock()
            self.guide_model.set_questions(services.interviews.guide(session_id))
            self.guide.setCurrentIndex(
                self.guide_model.index(min(1, len(self.guide_model.questions)))
            )
        self._show_header()
        self._reload_notes(select_last=changed)

    def _show_header(self) -> None:
        iv = self.interview
        assert iv is not None
        self.title.setText(iv.title)
        who = iv.person_name or tr("(no interviewee)")
        if iv.actor_name:
            who += f" — {iv.actor_name}"
        if iv.actor_type:
            who += f" ({actor_type_name(iv.actor_type)})"
        details = [iv.starts_at.date().isoformat() if iv.starts_at else "", iv.place]
        if iv.interviewer:
            details.append(tr("interviewer {0}").format(iv.interviewer))
        if iv.note_taker:
            details.append(tr("notes by {0}").format(iv.note_taker))
        details = [d for d in details if d]
        if details:
            who += "\n" + " · ".join(details)
        self.who.setText(who)
        self.status.setCurrentIndex(max(0, self.status.findData(iv.status)))
        answers = {
            "consent_store": iv.consent.store_name,
            "consent_quote": iv.consent.quote,
            "consent_name_org": iv.consent.name_org,
        }
        for field, combo in self.consent.items():
            combo.setCurrentIndex(max(0, combo.findData(answers[field])))
            combo.setEnabled(iv.person_id is not None)
        if iv.consent.quote == "refused":
            warning = tr("No quotes: the interviewee has not agreed to be quoted.")
        elif not iv.consent.complete:
            warning = tr("Consent not complete: ask before anything is shown outside the project.")
        else:
            warning = ""
        self.consent_warning.setText(warning)
        self.consent_warning.setVisible(bool(warning))
        self.consent_warning.setStyleSheet("color: #E65100; font-weight: 600;")

    def _reload_notes(self, select_last: bool = False) -> None:
        services = self.ctx.services
        if services is None or self.interview is None:
            return
        themes = services.themes.list(self.interview.id)
        self.theme_ids = [t.id for t in themes if not t.hidden]
        self.notes_model.theme_names = {t.id: t.label(self.ctx.language) for t in themes}
        self.notes_model.question_numbers = {
            q.id: i + 1 for i, q in enumerate(self.guide_model.questions)
        }
        current = self.current_note_id()
        self.notes_model.set_notes(services.interviews.notes(self.interview.id))
        row = self.notes_model.row_of(current)
        if select_last or row < 0:
            row = self.notes_model.rowCount() - 1
        if row >= 0:
            self.notes.selectRow(row)
        self._load_editor()

    def _show_question(self) -> None:
        index = self.guide.currentIndex()
        if index.row() <= 0:
            self.guide_question.setText("")
            return
        q = self.guide_model.questions[index.row() - 1]
        self.guide_question.setText(q.question or q.title)

    def _load_editor(self) -> None:
        note_id = self.current_note_id()
        row = self.notes_model.row_of(note_id)
        text = self.notes_model.notes[row].text if row >= 0 else ""
        if self.editor.toPlainText() != text:
            self._loading = True
            self.editor.setPlainText(text)
            self.editor.moveCursor(QTextCursor.MoveOperation.End)
            self._loading = False

    def current_note_id(self) -> str | None:
        index = self.notes.currentIndex()
        if not index.isValid():
            return None
        return self.notes_model.index(index.row(), 0).data(IdRole)

    def current_question_id(self) -> str | None:
        index = self.guide.currentIndex()
        return index.data(IdRole) if index.isValid() and index.row() > 0 else None

    def elapsed_minutes(self) -> float:
        """Minutes into the interview: from its planned start, else from opening it here."""
        now = self.ctx.clock()
        start = self.interview.starts_at if self.interview else None
        if start is not None and 0 <= (now - start).total_seconds() / 60 <= MAX_ELAPSED:
            return round((now - start).total_seconds() / 60, 1)
        if self.opened_at is None:
            return 0.0
        return round(max(0.0, (now - self.opened_at).total_seconds() / 60), 1)

    # -- edits ---------------------------------------------------------------
    def new_note(self, text: str = "") -> None:
        if self.interview is None:
            return
        command = AddInterviewNoteCommand(
            self.ctx,
            tr("New note"),
            self.interview.id,
            text=text,
            agenda_item_id=self.current_question_id(),
            elapsed_minutes=self.elapsed_minutes(),
        )
        if push_command(self.ctx, self, tr("New note"), command):
            row = self.notes_model.row_of(command.note_id)
            if row >= 0:
                self.notes.selectRow(row)
            self.editor.setFocus()

    def _edit(self, title: str, **after) -> None:
        note_id = self.current_note_id()
        row = self.notes_model.row_of(note_id)
        if row < 0 or note_id is None:
            return
        values = self.notes_model.notes[row].values()
        before = {name: values[name] for name in after}
        if before == after:
            return
        command = EditInterviewNoteCommand(self.ctx, title, note_id, before, after)
        push_command(self.ctx, self, title, command)

    def _text_changed(self) -> None:
        if self._loading:
            return
        text = self.editor.toPlainText()
        if self.current_note_id() is None:
            self.new_note(text)  # typing with no note starts one
        else:
            self._edit(tr("Type note"), text=text)

    def toggle_quote(self) -> None:
        row = self.notes_model.row_of(self.current_note_id())
        if row >= 0:
            self._edit(tr("Mark as quote"), is_quote=not self.notes_model.notes[row].is_quote)

    def timestamp(self) -> None:
        self._edit(tr("Time stamp"), elapsed_minutes=self.elapsed_minutes())

    def tag_theme(self, number: int) -> None:
        if number == 0:
            self._edit(tr("Tag theme"), theme_id=None)
        elif number <= len(self.theme_ids):
            self._edit(tr("Tag theme"), theme_id=self.theme_ids[number - 1])

    def step_question(self, step: int) -> None:
        row = self.guide.currentIndex().row() + step
        if 0 <= row < self.guide_model.rowCount():
            self.guide.setCurrentIndex(self.guide_model.index(row))

    def _status_chosen(self) -> None:
        if self.interview is None:
            return
        status = self.status.currentData()
        if status != self.interview.status:
            command = SetInterviewStatusCommand(
                self.ctx, tr("Interview status"), self.interview.id, status
            )
            push_command(self.ctx, self, tr("Interview status"), command)

    def _consent_chosen(self, field: str) -> None:
        if self.interview is None or self.interview.person_id is None:
            return
        value = self.consent[field].currentData()
        command = SetConsentCommand(self.ctx, tr("Consent"), self.interview.person_id, field, value)
        push_command(self.ctx, self, tr("Consent"), command)

    def refresh_notes(self) -> None:
        """A note changed: reload the notes only (typing must stay quick)."""
        self._reload_notes()

    def refresh(self) -> None:
        if self.interview is not None:
            self.show_interview(self.interview.id)
