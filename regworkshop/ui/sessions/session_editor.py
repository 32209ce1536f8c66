"""One session, in tabs: "Details & agenda" and "Run" (the board will be a tab of its own).

The header holds what acts on the whole session: apply a template, save the agenda
as a template, export the handout (off the GUI thread), and go to run mode.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from regworkshop.services.errors import ServiceError
from regworkshop.services.sessions.participant_service import ACTOR_TYPES
from regworkshop.services.sessions.session_service import SessionInfo
from regworkshop.ui.board.board_view import BoardView
from regworkshop.ui.sessions.agenda_commands import ApplyTemplateCommand, SaveTemplateCommand
from regworkshop.ui.sessions.agenda_editor import AgendaEditor
from regworkshop.ui.sessions.participants_panel import ParticipantsPanel
from regworkshop.ui.sessions.run_view import RunView
from regworkshop.ui.sessions.session_details_form import SessionDetailsForm
from regworkshop.ui.shell import error_messages
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import actor_type_name, session_kind_name
from regworkshop.ui.shell.service_command import push_command
from regworkshop.ui.widgets.file_names import safe_file_name

TAB_DETAILS, TAB_PARTICIPANTS, TAB_RUN, TAB_BOARD = "details", "participants", "run", "board"


class SessionEditor(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session: SessionInfo | None = None
        self.heading = QLabel()
        self.heading.setObjectName("viewTitle")
        self.heading.setWordWrap(True)
        self.subheading = QLabel()
        self.subheading.setObjectName("viewSubtitle")
        self.actions: dict[str, QPushButton] = {}
        header_buttons = QHBoxLayout()
        for key, slot in (
            ("template", self.apply_template),
            ("save_template", self.save_as_template),
            ("handout", self.export_handout),
            ("run", self.start_run_mode),
        ):
            button = QPushButton()
            button.setObjectName(f"session_{key}")
            button.clicked.connect(slot)
            header_buttons.addWidget(button)
            self.actions[key] = button

        self.details = SessionDetailsForm(ctx)
        self.participants = ParticipantsPanel(ctx)
        self.agenda = AgendaEditor(ctx)
        self.run = RunView(ctx)
        self.board = BoardView(ctx)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setObjectName("sessionSplit")
        self.split.addWidget(self.details)
        self.split.addWidget(self.agenda)
        self.split.setStretchFactor(0, 0)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([200, 600])
        self.split.setChildrenCollapsible(False)
        participants_tab = QWidget()
        participants_layout = QVBoxLayout(participants_tab)
        participants_layout.setContentsMargins(0, 8, 0, 0)
        participants_layout.addWidget(self.participants)
        details_tab = QWidget()
        details_layout = QVBoxLayout(details_tab)
        details_layout.setContentsMargins(0, 8, 0, 0)
        details_layout.addWidget(self.split)
        # Later areas (the sticky-note board) add their own tabs with add_tab().
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sessionTabs")
        self.tab_keys: list[str] = []
        self.add_tab(TAB_DETAILS, details_tab)
        self.add_tab(TAB_PARTICIPANTS, participants_tab)
        self.add_tab(TAB_BOARD, self.board)
        self.add_tab(TAB_RUN, self.run)

        self.empty = QLabel()
        self.empty.setObjectName("placeholderText")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        self.subheading.setWordWrap(True)
        body_layout.addWidget(self.heading)
        body_layout.addWidget(self.subheading)
        header_buttons.addStretch(1)
        body_layout.addLayout(header_buttons)
        body_layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 12, 16, 12)
        layout.addWidget(self.stack)
        self.export_status = ""
        self.retranslate()

    def add_tab(self, key: str, widget: QWidget) -> None:
        """Add a tab for another part of the session (its title is set in retranslate)."""
        self.tab_keys.append(key)
        self.tabs.addTab(widget, "")

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(self.tab_keys.index(key))

    def retranslate(self) -> None:
        texts = {
            "template": tr("Apply template…"),
            "save_template": tr("Save as template…"),
            "handout": tr("Export handout…"),
            "run": tr("Run mode ▶"),
        }
        for key, button in self.actions.items():
            button.setText(texts[key])
        self.actions["handout"].setToolTip(tr("A one-page PDF of the agenda for printing"))
        self.actions["run"].setToolTip(tr("Run the agenda with a countdown for the room"))
        self.empty.setText(tr("Choose a session in the list, or create one with New session."))
        for part in (self.details, self.participants, self.agenda, self.run, self.board):
            part.retranslate()
        self._title_tabs()
        self._show_heading()

    def _title_tabs(self) -> None:
        count = self.participants.model.rowCount()
        titles = {
            TAB_DETAILS: tr("Details && agenda"),
            TAB_PARTICIPANTS: tr("Participants ({0})").format(count)
            if count
            else tr("Participants"),
            TAB_RUN: tr("Run"),
            TAB_BOARD: tr("Board"),
        }
        for number, key in enumerate(self.tab_keys):
            if key in titles:
                self.tabs.setTabText(number, titles[key])

    # -- showing a session --------------------------------------------------------------------
    def show_session(self, session_id: str | None) -> None:
        """Load a session into every tab (None: show the empty state)."""
        services = self.ctx.services
        session = None
        if services is not None and session_id is not None:
            try:
                session = services.sessions.get(session_id)
            except ServiceError:
                session = None
        changed = (session.id if session else None) != (self.session.id if self.session else None)
        self.session = session
        self.stack.setCurrentIndex(1 if session else 0)
        self.details.show_session(session)
        self._show_heading()
        if changed:
            self.participants.show_session(session.id if session else None)
            self._title_tabs()
            self.agenda.show_session(session.id if session else None)
            self.run.show_session(session.id if session else None, session.title if session else "")
            self.board.show_session(session.id if session else None)
        for button in self.actions.values():
            button.setEnabled(session is not None)

    def _show_heading(self) -> None:
        session = self.session
        if session is None:
            self.heading.setText("")
            self.subheading.setText("")
            return
        self.heading.setText(session.title)
        parts = [session_kind_name(session.kind)]
        if session.place:
            parts.append(session.place)
        if self.export_status:
            parts.append(self.export_status)
        self.subheading.setText("  ·  ".join(parts))

    def refresh(self, area: str) -> None:
        """Reload what *area* (sessions, agenda, participants, themes, run) changed."""
        if self.session is None:
            return
        if area == "sessions":
            self.show_session(self.session.id)
            self.agenda.refresh()  # the start time moves every item
        elif area in ("agenda", "themes", "run"):
            self.agenda.refresh()
        elif area == "participants":
            self.participants.refresh()
            self._title_tabs()

    # -- session actions ------------------------------------------------------------------------
    def apply_template(self) -> None:
        if self.session is None or self.ctx.services is None:
            return
        # Templates are written in the project's language: that is what they will add.
        templates = self.ctx.services.templates.list(self.ctx.content_language())
        options = [
            (t.id, f"{t.name} · {t.minutes_for(None)} min" if not t.tailored else t.name)
            for t in templates
        ]
        chosen = self.ctx.interaction.choose(
            self,
            tr("Apply template"),
            tr("Add the items of which template after the agenda?"),
            options,
        )
        if chosen is None:
            return
        template = next(t for t in templates if t.id == chosen)
        actor_type = None
        if template.tailored:
            actor_type = self.ctx.interaction.choose(
                self,
                tr("Apply template"),
                tr("Which kind of actor is interviewed?"),
                [(kind, actor_type_name(kind)) for kind in ACTOR_TYPES],
            )
            if actor_type is None:
                return
        command = ApplyTemplateCommand(
            self.ctx, self.session.id, template.id, template.name, actor_type
        )
        push_command(self.ctx, self, tr("Apply template"), command)
        self.agenda.focus_table()

    def save_as_template(self) -> None:
        if self.session is None:
            return
        name = self.ctx.interaction.text(
            self, tr("Save as template"), tr("Name of the new template:"), self.session.title
        )
        if name is None:
            return
        command = SaveTemplateCommand(self.ctx, self.session.id, name)
        if push_command(self.ctx, self, tr("Save as template"), command):
            self._set_export_status(
                tr("Saved as the template “{0}”").format(" ".join(name.split()))
            )

    def export_handout(self) -> None:
        """Ask where, read the agenda here, and render the PDF on the task runner."""
        if self.session is None or self.ctx.services is None:
            return
        suggested = safe_file_name(self.session.title, "agenda") + ".pdf"
        path = self.ctx.interaction.save_path(
            self, tr("Export handout"), suggested, tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        # reportlab loads on first export, not at start-up
        from regworkshop.export.documents.agenda_pdf import build_handout, write_agenda_pdf

        try:
            handout = build_handout(
                self.ctx.services.export_source(),
                self.session.id,
                self.ctx.content_language(),
                self.ctx.tz,
            )
        except ServiceError as exc:
            self.ctx.interaction.error(self, tr("Export handout"), error_messages.describe(exc))
            return
        self.actions["handout"].setEnabled(False)
        self._set_export_status(tr("Writing the handout…"))

        def done(result: Path) -> None:
            self.actions["handout"].setEnabled(self.session is not None)
            self._set_export_status(tr("Handout saved: {0}").format(Path(result).name))

        def failed(exc: BaseException) -> None:
            self.actions["handout"].setEnabled(self.session is not None)
            self._set_export_status("")
            message = (
                tr("The handout could not be written: {0}").format(exc.strerror or exc)
                if isinstance(exc, OSError)
                else error_messages.describe(exc)
            )
            self.ctx.interaction.error(self, tr("Export handout"), message)

        self.ctx.tasks.start(
            lambda control: write_agenda_pdf(handout, Path(path), control.progress),
            on_done=done,
            on_error=failed,
        )

    def _set_export_status(self, text: str) -> None:
        self.export_status = text
        self._show_heading()

    def start_run_mode(self) -> None:
        if self.session is not None:
            self.show_tab(TAB_RUN)
            self.run.setFocus()
