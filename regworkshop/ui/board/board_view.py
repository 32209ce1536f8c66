"""The sticky-note board of one session: theme columns, capture bar, filter, voting, photos.

Design: one ``QListView`` per theme over a ``NoteColumnModel`` of plain frozen
dataclasses, painted by ``NoteDelegate`` at one fixed card height (uniform item
sizes: the views never measure thousands of rows). The board keeps a
``BoardState`` in memory; commands write through the services and then tell the
board which notes changed, so a capture appends one row instead of reloading.
The view owns the widgets and the loading; ``BoardActions`` turns input on the
columns into commands and sees the view only as a ``BoardSurface`` (a few
attributes and methods), and ``PhotoPanel`` gets the context and a ``BoardSink``.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from regworkshop.services.board.note_service import Attribution
from regworkshop.services.board.voting_service import RoundInfo
from regworkshop.services.errors import ServiceError
from regworkshop.services.themes.theme_service import ThemeInfo
from regworkshop.ui.board.board_actions import BoardActions
from regworkshop.ui.board.board_column import ThemeColumn
from regworkshop.ui.board.board_column_model import NoteColumnModel
from regworkshop.ui.board.board_commands import CaptureNoteCommand
from regworkshop.ui.board.board_state import BoardState
from regworkshop.ui.board.capture_bar import CaptureBar
from regworkshop.ui.board.note_delegate import NoteDelegate
from regworkshop.ui.board.photo_panel import PhotoPanel
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import actor_type_name, actor_types
from regworkshop.ui.shell.service_command import push_command
from regworkshop.ui.widgets.filter_combo import refill_filter

# Other views hear about note changes this long after the last one (a typist's pause).
NOTIFY_AFTER_MS = 400


def _below(widget: QWidget) -> QPoint:
    """The global point under a widget's bottom-left corner, where its drop-down menu opens."""
    return widget.mapToGlobal(QPoint(0, widget.height()))


class BoardView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardView")
        self.ctx = ctx
        self.session_id: str | None = None
        self.state = BoardState()
        self.delegate = NoteDelegate(self.state, parent=self)
        self.columns: dict[str, ThemeColumn] = {}
        self.themes: list[ThemeInfo] = []
        self.hidden_themes: list[ThemeInfo] = []
        self.round: RoundInfo | None = None
        self.actions = BoardActions(ctx, self.state, board=self, parent=self)
        self.projector = None

        self.filter = QLineEdit()
        self.filter.setObjectName("boardFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        self.type_filter = QComboBox()
        self.type_filter.setObjectName("boardTypeFilter")
        self.type_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(self.filter, 2)
        top.addWidget(self.type_filter, 1)
        for key, slot in (
            ("themes", lambda: self.actions.themes_menu(_below(self.buttons["themes"]))),
            ("vote", self.actions.toggle_voting),
            ("results", self.actions.show_results),
            ("projector", self.toggle_projector),
            ("photos", self.toggle_photos),
        ):
            button = QPushButton()
            button.setObjectName(f"board_{key}")
            button.clicked.connect(slot)
            top.addWidget(button)
            self.buttons[key] = button
        self.filter.setMinimumWidth(140)
        self.type_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.type_filter.setMinimumContentsLength(12)
        self.round_label = QLabel()
        self.round_label.setObjectName("hintText")

        self.host = QWidget()
        self.host.setObjectName("boardColumns")
        self.host_layout = QHBoxLayout(self.host)
        self.host_layout.setContentsMargins(0, 0, 0, 0)
        self.host_layout.setSpacing(8)
        self.host_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.host)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.photos = PhotoPanel(ctx, board=self)
        self.photos.hide()
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.scroll)
        self.split.addWidget(self.photos)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.capture = CaptureBar()
        self.capture.submitted.connect(self.capture_note)
        self.message = QLabel()
        self.message.setObjectName("hintText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.split, 1)
        status = QHBoxLayout()
        status.addWidget(self.message, 1)
        status.addWidget(self.round_label)
        layout.addLayout(status)
        layout.addWidget(self.capture)

        self._notify_timer = QTimer(self)
        self._notify_timer.setSingleShot(True)
        self._notify_timer.setInterval(NOTIFY_AFTER_MS)
        self._notify_timer.timeout.connect(lambda: self.ctx.notify("notes"))
        self._shortcuts()
        ctx.data_changed.connect(self._on_data_changed)
        self.retranslate()

    def _shortcuts(self) -> None:
        def add(keys: str, slot) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        add("N", self.capture.focus_note)
        add("Ctrl+Return", self.capture.focus_note)
        add("Ctrl+F", lambda: self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason))
        add("Alt+A", lambda: self.capture.who.setFocus(Qt.FocusReason.ShortcutFocusReason))
        for number in range(1, 10):
            add(f"Alt+{number}", lambda n=number: self.capture.pick_theme(n - 1))

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(tr("Filter notes… (Ctrl+F)"))
        self.buttons["themes"].setText(tr("Themes ▾"))
        self.buttons["results"].setText(tr("Results"))
        self.buttons["projector"].setText(tr("Projector"))
        self.buttons["photos"].setText(tr("Photos"))
        self.buttons["photos"].setToolTip(tr("Photos of paper walls, shown beside the board"))
        refill_filter(self.type_filter, tr("All kinds of actor"), actor_types(), all_value=None)
        self.state.type_names = dict(actor_types())
        self.capture.retranslate()
        self.photos.retranslate()
        self._show_round()
        if self.session_id:
            self.reload()

    # -- loading ------------------------------------------------------------------------------
    def show_session(self, session_id: str | None) -> None:
        self.session_id = session_id
        self.reload()

    def reload(self) -> None:
        """Read the session's whole board (themes, notes, clusters, round, people)."""
        services = self.ctx.services
        if services is None or self.session_id is None:
            self.state.load([], [])
            self._set_themes([])
            return
        every = services.themes.list(self.session_id)
        self.hidden_themes = [t for t in every if t.hidden]
        self.state.actor_names = {a.id: a.name for a in services.participants.actors()}
        self.state.load(
            services.notes.list(self.session_id), services.clusters.list(self.session_id)
        )
        self._set_themes([t for t in every if not t.hidden])
        self._load_people()
        self.refresh_votes()
        self.photos.show_session(self.session_id)

    def _set_themes(self, themes: list[ThemeInfo]) -> None:
        self.themes = themes
        language = self.ctx.content_language()
        wanted = {t.id for t in themes}
        for theme_id in [t for t in self.columns if t not in wanted]:
            column = self.columns.pop(theme_id)
            column.setParent(None)
            column.deleteLater()
        for number, theme in enumerate(themes):
            column = self.columns.get(theme.id)
            if column is None:
                model = NoteColumnModel(self.state, theme.id, self)
                model.on_drop = self.actions.dropped
                model.on_edit = self.actions.edited
                column = ThemeColumn(model, self.delegate, self.actions.key_pressed)
                column.menu_requested.connect(
                    lambda theme_id, c=column: self.actions.theme_menu(theme_id, _below(c.header))
                )
                column.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                column.view.customContextMenuRequested.connect(
                    lambda pos, v=column.view: self.actions.note_menu(v, pos)
                )
                self.columns[theme.id] = column
            self.host_layout.insertWidget(number, column)
            column.show_theme(theme, theme.label(language), self.state.count(theme.id))
            column.model.sync(self.state.rows(theme.id))
        self.capture.set_themes([(t.id, t.label(language)) for t in themes])
        if self.projector is not None:
            self.projector.set_columns(self.ordered_columns())

    def ordered_columns(self) -> list[ThemeColumn]:
        return [self.columns[t.id] for t in self.themes if t.id in self.columns]

    def _load_people(self) -> None:
        services = self.ctx.services
        options: dict[str, Attribution] = {}
        types = dict(actor_types())
        for p in services.participants.list(self.session_id):
            if p.actor_id and p.actor_name:
                options.setdefault(p.actor_name, Attribution(p.actor_id, p.actor_type))
            if p.person_id and p.person_name:
                key = f"{p.person_name} ({p.actor_name})" if p.actor_name else p.person_name
                options[key] = Attribution(p.actor_id, p.actor_type, p.person_id)
        for kind, name in types.items():
            options.setdefault(name, Attribution(actor_type=kind))
        self.capture.set_people(options)

    # -- told by commands ---------------------------------------------------------------------
    def refresh_notes(self, note_ids: list[str]) -> None:
        """Re-read these notes and update only the columns they left or joined."""
        fresh = {n.id: n for n in self.ctx.services.notes.get_many(note_ids)}
        touched: set[str | None] = set()
        for note_id in note_ids:
            note = fresh.get(note_id)
            if note is None:
                touched.add(self.state.drop(note_id))
            else:
                touched.add(self.state.put(note))
                touched.add(note.theme_id)
        for theme_id in touched:
            self._sync_column(theme_id)
        self._touch()

    def note_added(self, note) -> None:
        """The capture path: a new note is the last of its theme, so append one row."""
        self.state.put(note)
        column = self.columns.get(note.theme_id or "")
        if column is not None:
            if self.state.matches(note):
                column.model.append(note)
            column.set_title(column.label, self.state.count(note.theme_id))
        self._touch()

    def _sync_column(self, theme_id: str | None) -> None:
        column = self.columns.get(theme_id or "")
        if column is None:
            return
        column.model.sync(self.state.rows(theme_id))
        column.set_title(column.label, self.state.count(theme_id))

    def refresh_clusters(self) -> None:
        self.state.clusters = {c.id: c for c in self.ctx.services.clusters.list(self.session_id)}
        for theme_id in self.columns:
            self._sync_column(theme_id)

    def refresh_votes(self) -> None:
        voting = self.ctx.services.voting
        rounds = voting.list(self.session_id)
        self.round = rounds[-1] if rounds else None
        self.state.round_counts = voting.counts(self.round.id) if self.round else {}
        for column in self.columns.values():
            model = column.model
            if model.rowCount():
                model.dataChanged.emit(model.index(0), model.index(model.rowCount() - 1))
        self._show_round()

    def refresh_photos(self) -> None:
        self.photos.show_session(self.session_id)

    # -- asked by the actions -------------------------------------------------------------------
    def who_options(self) -> dict[str, Attribution]:
        """Who can have said a note: the capture bar's participants and kinds of actor."""
        return self.capture.who_options

    def show_message(self, text: str) -> None:
        """Show a hint in the board's status line."""
        self.message.setText(text)

    def focus_note(self, theme_id: str, note_id: str) -> None:
        """Focus a theme's column with this note current (after the keyboard moved it there)."""
        column = self.columns[theme_id]
        column.view.setFocus()
        row = column.model.row_of(note_id)
        if row >= 0:
            column.view.setCurrentIndex(column.model.index(row))

    def _touch(self) -> None:
        self._notify_timer.start()

    def _show_round(self) -> None:
        current = self.round
        button = self.buttons["vote"]
        if current is not None and current.open:
            button.setText(tr("End voting"))
            budget = f" / {current.budget}" if current.budget else ""
            self.round_label.setText(
                tr("Voting “{0}”: {1}{2} dots (+/− on a note)").format(
                    current.name, current.used, budget
                )
            )
        else:
            button.setText(tr("Start voting…"))
            self.round_label.setText(
                tr("Last round: “{0}”").format(current.name) if current is not None else ""
            )
        self.buttons["results"].setEnabled(current is not None)

    def _on_data_changed(self, area: str) -> None:
        if area in ("themes", "participants", "project", "sessions") and self.session_id:
            try:
                self.reload()
            except ServiceError:
                self.show_session(None)

    # -- capture --------------------------------------------------------------------------------
    def capture_note(self) -> bool:
        """Store what is in the capture field under the chosen theme (Enter)."""
        text = self.capture.edit.toPlainText()
        if self.session_id is None or not text.strip():
            return False
        theme_id = self.capture.theme_id()
        if theme_id is None:
            self.message.setText(tr("Add a theme first: notes are captured under a theme."))
            return False
        attribution = self.capture.attribution()
        if attribution is None:
            self.message.setText(
                tr("“{0}” matches no participant or kind of actor.").format(self.capture.who.text())
            )
            self.capture.who.setFocus()
            return False
        command = CaptureNoteCommand(self.ctx, self, self.session_id, theme_id, text, attribution)
        if not push_command(self.ctx, self, tr("Add note"), command):
            return False
        self.message.setText("")
        self.capture.edit.clear()
        self.columns[theme_id].view.scrollToBottom()
        return True

    # -- filter ---------------------------------------------------------------------------------
    def apply_filter(self) -> None:
        self.state.filter_text = self.filter.text().strip().casefold()
        self.state.filter_type = self.type_filter.currentData()
        for theme_id in self.columns:
            self._sync_column(theme_id)

    # -- projector and photos -----------------------------------------------------------------
    def toggle_projector(self) -> None:
        from regworkshop.ui.board.board_projector import BoardProjector

        if self.projector is not None and self.projector.isVisible():
            self.projector.close()
            return
        if self.projector is None:
            self.projector = BoardProjector(self.state)
        self.projector.set_columns(self.ordered_columns())
        self.projector.show_on(self.window())

    def toggle_photos(self) -> None:
        showing = not self.photos.isVisible()
        self.photos.setVisible(showing)
        if showing:
            width = max(self.split.width(), 600)
            self.split.setSizes([width * 3 // 5, width * 2 // 5])

    def type_name(self, kind: str) -> str:
        return actor_type_name(kind)
