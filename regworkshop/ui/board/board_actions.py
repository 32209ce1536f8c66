"""What the user does on the board (keys, drops, menus) turned into undoable commands."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListView, QMenu, QWidget

from regworkshop.services.board.cluster_service import ClusterInfo
from regworkshop.services.board.note_service import Attribution, NoteInfo
from regworkshop.services.board.voting_service import RoundInfo
from regworkshop.services.errors import InvalidInput
from regworkshop.services.themes.theme_service import ThemeInfo, clean_theme_name
from regworkshop.ui.board.board_column_model import NoteColumnModel
from regworkshop.ui.board.board_commands import (
    AttributeNotesCommand,
    BoardSink,
    ClusterCommand,
    DeleteNotesCommand,
    EditNoteCommand,
    EndRoundCommand,
    GroupNotesCommand,
    MoveNotesCommand,
    StartRoundCommand,
    UngroupCommand,
    VoteCommand,
)
from regworkshop.ui.board.board_state import BoardState
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.service_command import push_command
from regworkshop.ui.themes.theme_commands import (
    CreateThemeCommand,
    DeleteThemeCommand,
    HideThemeCommand,
    RecolourThemeCommand,
    RenameThemeCommand,
    ReorderThemesCommand,
)

DOT_CHOICES = tuple(range(1, 11))


class BoardSurface(BoardSink, Protocol):
    """What the actions read from the board and ask it to show (``BoardView`` is one)."""

    session_id: str | None
    round: RoundInfo | None
    themes: list[ThemeInfo]  # shown, in board order
    hidden_themes: list[ThemeInfo]

    def who_options(self) -> dict[str, Attribution]: ...
    def show_message(self, text: str) -> None: ...
    def focus_note(self, theme_id: str, note_id: str) -> None: ...


class BoardActions:
    """Turn keys, drops and menu choices on the board into undoable commands."""

    def __init__(
        self, ctx: AppContext, state: BoardState, board: BoardSurface, parent: QWidget
    ) -> None:
        self.ctx = ctx
        self.state = state
        self.board = board
        # Owns the menus and dialogs, and hears refused edits (push_command).
        self.parent = parent

    def _push(self, title: str, command) -> bool:
        return push_command(self.ctx, self.parent, title, command)

    # -- selection ------------------------------------------------------------------------------
    def selected(self, view: QListView) -> list[NoteInfo]:
        model: NoteColumnModel = view.model()
        rows = sorted(i.row() for i in view.selectionModel().selectedIndexes())
        return [model.rows[r] for r in rows if isinstance(model.rows[r], NoteInfo)]

    def current(self, view: QListView):
        index = view.currentIndex()
        return view.model().rows[index.row()] if index.isValid() else None

    # -- keys -----------------------------------------------------------------------------------
    def key_pressed(self, view: QListView, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        row = self.current(view)
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            return self.delete(view)
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) and isinstance(row, NoteInfo):
            return self.vote(row.id, 1)
        if key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore) and isinstance(row, NoteInfo):
            return self.vote(row.id, -1)
        if key == Qt.Key.Key_G and ctrl:
            if mods & Qt.KeyboardModifier.ShiftModifier:
                return self.ungroup(row)
            return self.group(view)
        if key == Qt.Key.Key_Space and isinstance(row, ClusterInfo):
            return self.toggle_cluster(row)
        if alt and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            return self.move_aside(view, -1 if key == Qt.Key.Key_Left else 1)
        if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            return self.move_within(view, -1 if key == Qt.Key.Key_Up else 1)
        if key == Qt.Key.Key_A and not ctrl and not alt:
            self.attribute_selected(view)
            return True
        return False

    def note_menu(self, view: QListView, pos: QPoint) -> None:
        """The right-click menu of a column: the same actions as the keys."""
        row = self.current(view)
        menu = QMenu(self.parent)
        if isinstance(row, NoteInfo):
            menu.addAction(tr("Edit (F2)"), lambda: view.edit(view.currentIndex()))
            menu.addAction(tr("Said by… (A)"), lambda: self.attribute_selected(view))
            menu.addAction(tr("Add a dot (+)"), lambda: self.vote(row.id, 1))
            menu.addAction(tr("Remove a dot (−)"), lambda: self.vote(row.id, -1))
            menu.addAction(tr("Group selected… (Ctrl+G)"), lambda: self.group(view))
        if row is not None and (isinstance(row, ClusterInfo) or row.cluster_id):
            menu.addAction(tr("Ungroup (Ctrl+Shift+G)"), lambda: self.ungroup(row))
        if isinstance(row, ClusterInfo):
            menu.addAction(tr("Rename cluster (F2)"), lambda: view.edit(view.currentIndex()))
            menu.addAction(tr("Collapse or expand (Space)"), lambda: self.toggle_cluster(row))
        if isinstance(row, NoteInfo):
            menu.addSeparator()
            menu.addAction(tr("Delete (Del)"), lambda: self.delete(view))
        if not menu.isEmpty():
            menu.exec(view.viewport().mapToGlobal(pos))

    # -- notes ----------------------------------------------------------------------------------
    def edited(self, row_id: str, text: str) -> bool:
        state = self.state
        if row_id in state.clusters:
            cluster = state.clusters[row_id]
            command = ClusterCommand(self.ctx, self.board, row_id, "name", text, cluster.name)
            return self._push(tr("Rename cluster"), command)
        old = state.notes[row_id].text
        command = EditNoteCommand(self.ctx, self.board, row_id, text, old)
        return self._push(tr("Edit note"), command)

    def delete(self, view: QListView) -> bool:
        notes = self.selected(view)
        if not notes:
            return False
        return self._push(
            tr("Delete notes"), DeleteNotesCommand(self.ctx, self.board, [n.id for n in notes])
        )

    def move(self, note_ids, theme_id, before_id=None, cluster_id=None) -> bool:
        command = MoveNotesCommand(self.ctx, self.board, note_ids, theme_id, before_id, cluster_id)
        return self._push(tr("Move notes"), command)

    def dropped(self, note_ids, theme_id, before, onto) -> None:
        """A drag ended on a column: between rows moves, onto a note groups the two."""
        if isinstance(onto, NoteInfo):
            if onto.id in note_ids:
                return
            if onto.cluster_id:
                self.move(note_ids, theme_id, onto.id, onto.cluster_id)
            else:
                command = GroupNotesCommand(
                    self.ctx, self.board, self.board.session_id, theme_id, "", [onto.id, *note_ids]
                )
                self._push(tr("Group notes"), command)
            return
        if isinstance(onto, ClusterInfo):
            self.move(note_ids, theme_id, None, onto.id)
            return
        if isinstance(before, NoteInfo):
            self.move(note_ids, theme_id, before.id, before.cluster_id)
        else:
            self.move(note_ids, theme_id)

    def move_aside(self, view: QListView, step: int) -> bool:
        notes = self.selected(view)
        order = [t.id for t in self.board.themes]
        theme_id = view.model().theme_id
        target = order.index(theme_id) + step
        if not notes or not 0 <= target < len(order):
            return True
        self.move([n.id for n in notes], order[target])
        self.board.focus_note(order[target], notes[0].id)
        return True

    def move_within(self, view: QListView, step: int) -> bool:
        row = self.current(view)
        model: NoteColumnModel = view.model()
        if not isinstance(row, NoteInfo):
            return True
        here = view.currentIndex().row()
        rows = model.rows
        if step < 0 and here > 0:
            before = rows[here - 1]
            before_id = before.id if isinstance(before, NoteInfo) else None
            if before_id is None:
                return True
        elif step > 0 and here + 2 < len(rows):
            before_id = rows[here + 2].id if isinstance(rows[here + 2], NoteInfo) else None
        elif step > 0 and here + 1 < len(rows):
            before_id = None
        else:
            return True
        self.move([row.id], model.theme_id, before_id, row.cluster_id)
        view.setCurrentIndex(model.index(model.row_of(row.id)))
        return True

    def attribute_selected(self, view: QListView) -> bool:
        notes = self.selected(view)
        options = self.board.who_options()
        if not notes or not options:
            return False
        keys = list(options)
        chosen = self.ctx.interaction.choose(
            self.parent, tr("Said by"), tr("Who said it?"), [(k, k) for k in keys]
        )
        if chosen is None:
            return False
        command = AttributeNotesCommand(
            self.ctx, self.board, [n.id for n in notes], options[chosen]
        )
        return self._push(tr("Set who said it"), command)

    # -- clusters -------------------------------------------------------------------------------
    def group(self, view: QListView) -> bool:
        notes = self.selected(view)
        if not notes:
            return True
        name = self.ctx.interaction.text(self.parent, tr("Group notes"), tr("Name of the cluster:"))
        if name is None:
            return True
        theme_id = view.model().theme_id
        command = GroupNotesCommand(
            self.ctx, self.board, self.board.session_id, theme_id, name, [n.id for n in notes]
        )
        return self._push(tr("Group notes"), command) or True

    def ungroup(self, row) -> bool:
        cluster_id = row.id if isinstance(row, ClusterInfo) else getattr(row, "cluster_id", None)
        if cluster_id:
            self._push(tr("Ungroup"), UngroupCommand(self.ctx, self.board, cluster_id))
        return True

    def toggle_cluster(self, cluster: ClusterInfo) -> bool:
        command = ClusterCommand(
            self.ctx, self.board, cluster.id, "collapsed", not cluster.collapsed, cluster.collapsed
        )
        return self._push(tr("Collapse or expand cluster"), command)

    # -- voting ---------------------------------------------------------------------------------
    def vote(self, note_id: str, delta: int) -> bool:
        current = self.board.round
        if current is None or not current.open:
            self.board.show_message(tr("Start a voting round to give notes dots."))
            return True
        self._push(tr("Vote"), VoteCommand(self.ctx, self.board, current.id, note_id, delta))
        return True

    def toggle_voting(self) -> None:
        session_id, current = self.board.session_id, self.board.round
        if session_id is None:
            return
        if current is not None and current.open:
            self._push(tr("End voting"), EndRoundCommand(self.ctx, self.board, current.id))
            return
        number = len(self.ctx.services.voting.list(session_id)) + 1
        name = self.ctx.interaction.text(
            self.parent,
            tr("Start voting"),
            tr("Name of the round:"),
            tr("Round {0}").format(number),
        )
        if name is None:
            return
        dots = self.ctx.interaction.choose(
            self.parent,
            tr("Start voting"),
            tr("Dots per participant:"),
            [(str(n), str(n)) for n in DOT_CHOICES],
        )
        if dots is None:
            return
        command = StartRoundCommand(self.ctx, self.board, session_id, name, int(dots))
        self._push(tr("Start voting"), command)

    def show_results(self) -> None:
        current = self.board.round
        if current is None:
            return
        lines = []
        for ranked in self.ctx.services.voting.results(current.id)[:15]:
            note = self.state.notes.get(ranked.note_id)
            text = " ".join(note.text.split())[:80] if note else "—"
            lines.append(f"{ranked.rank}. ({ranked.votes}) {text}")
        body = "\n".join(lines) or tr("No dots yet.")
        title = tr("Results of “{0}”").format(current.name)
        self.ctx.interaction.inform(self.parent, title, body)

    # -- themes ---------------------------------------------------------------------------------
    def themes_menu(self, at: QPoint) -> None:
        """Offer a new theme and the hidden ones back, in a menu opened at ``at`` (global)."""
        menu = QMenu(self.parent)
        menu.addAction(tr("Add theme…"), self.add_theme)
        for theme in self.board.hidden_themes:
            label = theme.label(self.ctx.content_language())
            menu.addAction(
                tr("Show “{0}” again").format(label), lambda t=theme.id: self.hide_theme(t, False)
            )
        menu.exec(at)

    def theme_menu(self, theme_id: str, at: QPoint) -> None:
        """Offer what can be done to one theme, in a menu opened at ``at`` (global)."""
        menu = QMenu(self.parent)
        for text, slot in (
            (tr("Rename…"), lambda: self.rename_theme(theme_id)),
            (tr("Colour…"), lambda: self.recolour_theme(theme_id)),
            (tr("Move left"), lambda: self.move_theme(theme_id, -1)),
            (tr("Move right"), lambda: self.move_theme(theme_id, 1)),
            (tr("Hide from the board"), lambda: self.hide_theme(theme_id, True)),
            (tr("Delete…"), lambda: self.delete_theme(theme_id)),
        ):
            menu.addAction(text, slot)
        menu.exec(at)

    def _theme(self, theme_id: str):
        return next(t for t in self.board.themes + self.board.hidden_themes if t.id == theme_id)

    def add_theme(self) -> None:
        name = self.ctx.interaction.text(self.parent, tr("Add theme"), tr("Name of the new theme:"))
        if name is None:
            return
        try:
            name = clean_theme_name(name)
        except InvalidInput:
            self.ctx.interaction.error(self.parent, tr("Add theme"), tr("A theme needs a name."))
            return
        self.ctx.undo_stack.push(CreateThemeCommand(self.ctx, name, "#FFE082"))

    def rename_theme(self, theme_id: str) -> None:
        theme = self._theme(theme_id)
        label = theme.label(self.ctx.content_language())
        name = self.ctx.interaction.text(self.parent, tr("Rename theme"), tr("New name:"), label)
        if name is None:
            return
        try:
            name = clean_theme_name(name)
        except InvalidInput:
            self.ctx.interaction.error(self.parent, tr("Rename theme"), tr("A theme needs a name."))
            return
        command = RenameThemeCommand(self.ctx, theme_id, name, theme.name, theme.builtin_key)
        self.ctx.undo_stack.push(command)

    def recolour_theme(self, theme_id: str) -> None:
        theme = self._theme(theme_id)
        colour = self.ctx.interaction.colour(self.parent, theme.colour)
        if colour:
            self.ctx.undo_stack.push(RecolourThemeCommand(self.ctx, theme_id, colour, theme.colour))

    def hide_theme(self, theme_id: str, hidden: bool) -> None:
        self.ctx.undo_stack.push(HideThemeCommand(self.ctx, theme_id, hidden))

    def move_theme(self, theme_id: str, step: int) -> None:
        every = self.ctx.services.themes.list(self.board.session_id)
        order = [t.id for t in every]
        here = order.index(theme_id)
        there = here + step
        visible = {t.id for t in self.board.themes}
        while 0 <= there < len(order) and order[there] not in visible:
            there += step
        if not 0 <= there < len(order):
            return
        new = list(order)
        new.insert(there, new.pop(here))
        self.ctx.undo_stack.push(ReorderThemesCommand(self.ctx, new, order))

    def delete_theme(self, theme_id: str) -> None:
        """Delete a theme; its notes go where the user says (never dropped silently)."""
        theme = self._theme(theme_id)
        label = theme.label(self.ctx.content_language())
        count = self.ctx.services.themes.get(theme_id).note_count
        target = None
        if count:
            language = self.ctx.content_language()
            options = [(t.id, t.label(language)) for t in self.board.themes if t.id != theme_id]
            if not options:
                self.ctx.interaction.error(
                    self.parent,
                    tr("Delete theme"),
                    tr("Add another theme first: the notes need somewhere to go."),
                )
                return
            target = self.ctx.interaction.choose(
                self.parent,
                tr("Delete theme"),
                tr("“{0}” holds {1} notes. Move them to:").format(label, count),
                options,
            )
            if target is None:
                return
        elif not self.ctx.interaction.confirm(
            self.parent, tr("Delete theme"), tr("Delete the theme “{0}”?").format(label)
        ):
            return
        self.ctx.undo_stack.push(DeleteThemeCommand(self.ctx, theme_id, target))
