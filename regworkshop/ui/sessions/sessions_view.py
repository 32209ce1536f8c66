"""The Sessions area: the session list on the left, the chosen session on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from regworkshop.store.enums import SessionKind
from regworkshop.ui.sessions.session_commands import CreateSessionCommand, DeleteSessionCommand
from regworkshop.ui.sessions.session_editor import SessionEditor
from regworkshop.ui.sessions.session_list_panel import SessionListPanel
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.service_command import push_command


class SessionsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list = SessionListPanel(ctx)
        self.editor = SessionEditor(ctx)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("sessionsSplit")
        self.split.addWidget(self.list)
        self.split.addWidget(self.editor)
        self.split.setStretchFactor(0, 0)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([400, 990])
        self.split.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.split)
        self.list.current_changed.connect(self.editor.show_session)
        self.list.new_requested.connect(self.new_session)
        self.list.delete_requested.connect(self.delete_session)
        self.new_shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_shortcut.activated.connect(self.new_session)
        ctx.data_changed.connect(self._on_data_changed)
        ctx.project_closed.connect(self.editor.run.close_projector)

    def retranslate(self) -> None:
        self.list.retranslate()
        self.editor.retranslate()

    def refresh(self) -> None:
        """Reload everything (a project was opened)."""
        self.list.refresh_filters()
        self.list.refresh()
        if self.list.current_id() is None and self.list.model.rowCount():
            self.list.table.selectRow(0)
        self.editor.show_session(self.list.current_id())

    def show_part(self, kind: str) -> None:
        """Show the sessions of one kind (a method-guide link), the first one opened."""
        at = self.list.kind.findData(kind)
        if at < 0:
            return
        self.list.kind.setCurrentIndex(at)
        if self.list.current_id() is None and self.list.model.rowCount():
            self.list.table.selectRow(0)

    def _on_data_changed(self, area: str) -> None:
        if area in ("sessions", "participants", "agenda", "run"):
            self.list.refresh()
        if area == "participants":
            self.list.refresh_filters()  # an organisation may have been added on the spot
        self.editor.refresh(area)

    def new_session(self) -> None:
        """Add a session (of the kind the list is filtered to) and start typing its title."""
        kind = self.list.kind.currentData() or SessionKind.WORKSHOP
        command = CreateSessionCommand(self.ctx, tr("New session"), kind)
        if not push_command(self.ctx, self, tr("New session"), command):
            return
        if not self.list.select(command.session_id):
            self.list.clear_filters()
            self.list.select(command.session_id)
        self.editor.show_tab("details")
        title = self.editor.details.edits["title"]
        title.setFocus()
        title.selectAll()

    def delete_session(self) -> None:
        session_id = self.list.current_id()
        if session_id is None or self.ctx.services is None:
            return
        session = self.ctx.services.sessions.get(session_id)
        if not self.ctx.interaction.confirm(
            self,
            tr("Delete session"),
            tr("Delete the session “{0}” with its agenda and notes? You can undo this.").format(
                session.title
            ),
        ):
            return
        push_command(
            self.ctx,
            self,
            tr("Delete session"),
            DeleteSessionCommand(self.ctx, session_id, session.title),
        )
