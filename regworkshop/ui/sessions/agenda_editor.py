"""The agenda editor: a keyboard-first table of time-boxed items, reordered by dragging.

Keys: Ctrl+Enter or Insert adds an item after the current one and opens its
title; Tab moves through title, framing question and minutes; Delete removes the
item; Ctrl+Up/Down moves it. Every edit is an undoable command.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regworkshop.services.sessions.agenda_service import Agenda
from regworkshop.services.sessions.agenda_timing import MAX_ITEM_MINUTES, clock_text, duration_text
from regworkshop.ui.sessions.agenda_commands import (
    AddItemCommand,
    DeleteItemCommand,
    EditItemCommand,
    ReorderItemsCommand,
    SetItemThemesCommand,
)
from regworkshop.ui.sessions.agenda_model import OVERRUN, AgendaModel
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.service_command import push_command
from regworkshop.ui.widgets.commit_text_edit import CommitTextEdit

OVERRUN_STYLE = "color: #E53935; font-weight: bold;"


class AgendaDelegate(QStyledItemDelegate):
    """Paints overrunning rows red itself: a style sheet's ::item rules hide BackgroundRole."""

    def paint(self, painter, option, index) -> None:
        if index.data(AgendaModel.OverrunRole):
            painter.fillRect(option.rect, OVERRUN)
        super().paint(painter, option, index)


class MinutesDelegate(AgendaDelegate):
    """Time boxes are typed in a spin box from 0 to the maximum."""

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QSpinBox(parent)
        editor.setRange(0, MAX_ITEM_MINUTES)
        editor.setSingleStep(5)
        return editor


class AgendaTable(QTableView):
    """The agenda table: drags rows to move them, and knows the agenda keys."""

    def __init__(self, editor: AgendaEditor) -> None:
        super().__init__()
        self.editor = editor
        self.setObjectName("agendaTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # DragDrop with a move by default: the model only accepts its own rows, and the
        # drop goes through dropMimeData (an undoable reorder) as any drop does.
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.setItemDelegate(AgendaDelegate(self))
        self.setItemDelegateForColumn(AgendaModel.COL_MINUTES, MinutesDelegate(self))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Insert or (ctrl and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.editor.add_item()
            return
        if key == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.editor.delete_current()
            return
        if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.editor.move_current(-1 if key == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)


class AgendaEditor(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id: str | None = None
        self.agenda: Agenda | None = None
        self.model = AgendaModel(self)
        self.model.edit_handler = self._edit
        self.model.reorder_handler = self._reorder
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.table = AgendaTable(self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AgendaModel.COL_QUESTION, QHeaderView.ResizeMode.Stretch)
        # Fixed starting widths: qt-material writes headers in capitals, which
        # ResizeToContents does not know about, so it would clip them.
        for column, width in (
            (AgendaModel.COL_START, 84),
            (AgendaModel.COL_TITLE, 180),
            (AgendaModel.COL_MINUTES, 58),
            (AgendaModel.COL_THEMES, 112),
            (AgendaModel.COL_ACTUAL, 112),
        ):
            self.table.setColumnWidth(column, width)
        self.total = QLabel()
        self.total.setObjectName("agendaTotal")
        self.total.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, slot in (
            ("add", self.add_item),
            ("delete", self.delete_current),
            ("up", lambda: self.move_current(-1)),
            ("down", lambda: self.move_current(1)),
            ("themes", self.choose_themes),
        ):
            button = QPushButton()
            button.setObjectName(f"agenda_{key}")
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        self.description_label = QLabel()
        self.description = CommitTextEdit()
        self.description.setObjectName("agendaDescription")
        self.description.setMaximumHeight(52)
        self.description.committed.connect(self._commit_description)
        details = QHBoxLayout()
        details.addWidget(self.description_label)
        details.addWidget(self.description, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addLayout(details)
        layout.addLayout(row)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(tr("Agenda"))
        labels = {
            "add": tr("Add item"),
            "delete": tr("Delete"),
            "up": "▲",
            "down": "▼",
            "themes": tr("Themes…"),
        }
        for key, button in self.buttons.items():
            button.setText(labels[key])
        self.buttons["add"].setToolTip(tr("Add an item after the current one (Ctrl+Enter, Insert)"))
        self.buttons["themes"].setToolTip(tr("Choose the themes the current item feeds"))
        self.buttons["up"].setToolTip(tr("Move the item up (Ctrl+Up)"))
        self.buttons["down"].setToolTip(tr("Move the item down (Ctrl+Down)"))
        self.buttons["delete"].setToolTip(tr("Delete the item (Delete)"))
        self.description_label.setText(tr("Description:"))
        self.description.setPlaceholderText(tr("Notes for the facilitator about the current item"))
        self.table.setToolTip(
            tr(
                "Ctrl+Enter adds an item · Tab moves between title, framing question and "
                "minutes · drag rows or press Ctrl+Up/Down to reorder · Delete removes"
            )
        )
        self.model.retranslate()
        self._show_total()

    # -- loading ---------------------------------------------------------------------------
    def show_session(self, session_id: str | None) -> None:
        if session_id != self.session_id:
            self.session_id = session_id
            self.model.set_agenda(None)
        self.refresh()

    def refresh(self) -> None:
        """Reload the agenda and recompute every start time."""
        services = self.ctx.services
        if services is None or self.session_id is None:
            self.agenda = None
            self.model.set_agenda(None)
        else:
            language = self.ctx.language
            names = {t.id: t.label(language) for t in services.themes.list(self.session_id)}
            self.model.tz = self.ctx.tz
            self.model.set_theme_names(names)
            self.agenda = services.agenda.agenda(self.session_id)
            self.model.set_agenda(self.agenda)
        # The actual times only mean something once the session has been run.
        ran = self.agenda is not None and any(r.item.spent_seconds for r in self.agenda.rows)
        self.table.setColumnHidden(AgendaModel.COL_ACTUAL, not ran)
        self._show_total()
        self._show_current()
        self.setEnabled(self.session_id is not None)

    def _show_total(self) -> None:
        agenda = self.agenda
        if agenda is None or not agenda.rows:
            self.total.setText(
                tr("No items yet. Press Ctrl+Enter to add one, or apply a template.")
            )
            self.total.setStyleSheet("")
            return
        plan = agenda.timeline
        parts = [tr("Total {0}").format(duration_text(plan.total_minutes))]
        if plan.start is not None and plan.end is not None:
            start = clock_text(plan.start, tz=self.ctx.tz)
            parts.append(f"{start}–{clock_text(plan.end, plan.start, self.ctx.tz)}")
        if plan.planned_end is not None:
            planned = clock_text(plan.planned_end, plan.start, self.ctx.tz)
            if plan.overruns:
                parts.append(
                    tr("{0} past the planned end {1}").format(
                        duration_text(plan.overrun_minutes), planned
                    )
                )
            elif plan.overrun_minutes == 0:
                parts.append(tr("ends exactly at the planned end"))
            else:
                parts.append(
                    tr("{0} to spare before {1}").format(
                        duration_text(-plan.overrun_minutes), planned
                    )
                )
        elif plan.planned_minutes is not None and plan.overruns:
            parts.append(
                tr("{0} over the planned length").format(duration_text(plan.overrun_minutes))
            )
        self.total.setText("  ·  ".join(parts))
        self.total.setStyleSheet(OVERRUN_STYLE if plan.overruns else "")

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _show_current(self) -> None:
        row = self.model.row_at(self.current_row())
        has = row is not None
        for key in ("delete", "up", "down", "themes"):
            self.buttons[key].setEnabled(has)
        self.description.setEnabled(has)
        if not self.description.document().isModified():
            self.description.set_text_quietly(row.item.description if row else "")

    def select_item(self, item_id: str, edit_column: int | None = None) -> None:
        row = self.model.row_of(item_id)
        if row < 0:
            return
        index = self.model.index(row, edit_column if edit_column is not None else 1)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        if edit_column is not None:
            self.table.setFocus()
            self.table.edit(index)

    # -- edits ----------------------------------------------------------------------------------
    def _push(self, title: str, command) -> bool:
        return push_command(self.ctx, self, title, command)

    def add_item(self) -> None:
        if self.session_id is None:
            return
        row = self.current_row()
        at = row + 1 if row >= 0 else self.model.rowCount()
        command = AddItemCommand(self.ctx, self.session_id, tr("New item"), at)
        if self._push(tr("Add item"), command) and command.item_id:
            self.select_item(command.item_id, AgendaModel.COL_TITLE)

    def delete_current(self) -> None:
        row = self.model.row_at(self.current_row())
        if row is None:
            return
        at = self.current_row()
        if self._push(tr("Delete item"), DeleteItemCommand(self.ctx, row.item.id, row.item.title)):
            following = self.model.row_at(min(at, self.model.rowCount() - 1))
            if following is not None:
                self.select_item(following.item.id)

    def move_current(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        moved = self.model.row_at(row)
        assert moved is not None
        order = self.model.ids()
        new_order = list(order)
        new_order[row], new_order[target] = new_order[target], new_order[row]
        if self._reorder(new_order):
            self.select_item(moved.item.id)

    def _reorder(self, new_order: list[str]) -> bool:
        if self.session_id is None:
            return False
        command = ReorderItemsCommand(self.ctx, self.session_id, new_order, self.model.ids())
        return self._push(tr("Reorder agenda"), command)

    def _edit(self, item_id: str, field: str, value: object) -> bool:
        row = self.model.row_at(self.model.row_of(item_id))
        if row is None:
            return False
        old = row.item.values()[field]
        command = EditItemCommand(self.ctx, item_id, {field: value}, {field: old})
        return self._push(tr("Edit agenda item"), command)

    def _commit_description(self, text: str) -> None:
        self.description.document().setModified(False)
        row = self.model.row_at(self.current_row())
        if row is not None and text.strip() != row.item.description:
            self._edit(row.item.id, "description", text)

    def choose_themes(self) -> None:
        row = self.model.row_at(self.current_row())
        if row is None or self.ctx.services is None or self.session_id is None:
            return
        themes = self.ctx.services.themes.list(self.session_id)
        fed = set(row.item.theme_ids)
        # Hidden themes are not offered, unless the item already feeds one (keep that link).
        options = [
            (t.id, t.label(self.ctx.language)) for t in themes if not t.hidden or t.id in fed
        ]
        chosen = self.ctx.interaction.choose_many(
            self,
            tr("Themes"),
            tr("Which themes does “{0}” feed?").format(row.item.title),
            options,
            list(row.item.theme_ids),
        )
        if chosen is None or set(chosen) == set(row.item.theme_ids):
            return
        command = SetItemThemesCommand(self.ctx, row.item.id, chosen, list(row.item.theme_ids))
        self._push(tr("Themes"), command)

    def focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, AgendaModel.COL_TITLE))
