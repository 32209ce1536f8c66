"""Table model of a session's agenda, with start times and drag-to-reorder.

The model never changes the agenda itself: an edit or a drop calls a handler the
editor sets, which pushes an undoable command; the command's service call and
refresh then bring the new agenda back here (moves as row moves, edits as
dataChanged, so the selection and scroll position survive).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from regworkshop.services.sessions.agenda_service import Agenda, AgendaRow
from regworkshop.services.sessions.agenda_timing import clock_text, duration_text
from regworkshop.ui.shell.i18n import tr

Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-regworkshop-agenda-items"
COLUMNS = 6
OVERRUN = QColor(229, 57, 53, 70)  # translucent red: readable on light and dark


class AgendaModel(QAbstractTableModel):
    COL_START, COL_TITLE, COL_QUESTION, COL_MINUTES, COL_THEMES, COL_ACTUAL = range(COLUMNS)
    EDITABLE = {COL_TITLE: "title", COL_QUESTION: "framing_question", COL_MINUTES: "minutes"}
    IdRole = Qt.ItemDataRole.UserRole + 1
    OverrunRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AgendaRow] = []
        self._start: datetime | None = None
        self._headers = [""] * COLUMNS
        self._theme_names: dict[str, str] = {}
        self.tz: tzinfo | None = None
        # Set by the editor: (item id, field, value) -> True if the edit was made.
        self.edit_handler: Callable[[str, str, object], bool] | None = None
        # Set by the editor: (the new order of item ids) -> True if the agenda was reordered.
        self.reorder_handler: Callable[[list[str]], bool] | None = None
        self.retranslate()

    # -- filling ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._headers = [
            tr("Time"),
            tr("Item"),
            tr("Framing question"),
            tr("Min"),
            tr("Themes"),
            tr("Actual"),
        ]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        self._all_changed()

    def set_theme_names(self, names: dict[str, str]) -> None:
        if names != self._theme_names:
            self._theme_names = dict(names)
            self._all_changed()

    def set_agenda(self, agenda: Agenda | None) -> None:
        """Show *agenda*; edits, insertions, removals and moves are signalled as such."""
        new = list(agenda.rows) if agenda else []
        self._start = agenda.timeline.start if agenda else None
        old_ids = [r.item.id for r in self._rows]
        new_ids = [r.item.id for r in new]
        if old_ids == new_ids:
            self._update(new)
        elif len(new_ids) == len(old_ids) + 1 and _without(new_ids, old_ids) is not None:
            at = _without(new_ids, old_ids)
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, new[at])
            self.endInsertRows()
            self._update(new)
        elif len(old_ids) == len(new_ids) + 1 and _without(old_ids, new_ids) is not None:
            at = _without(old_ids, new_ids)
            self.beginRemoveRows(QModelIndex(), at, at)
            del self._rows[at]
            self.endRemoveRows()
            self._update(new)
        elif sorted(old_ids) == sorted(new_ids) and (move := _single_move(old_ids, new_ids)):
            source, count, destination = move
            self.beginMoveRows(
                QModelIndex(), source, source + count - 1, QModelIndex(), destination
            )
            moved = self._rows[source : source + count]
            del self._rows[source : source + count]
            at = destination if destination < source else destination - count
            self._rows[at:at] = moved
            self.endMoveRows()
            self._update(new)
        else:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()

    def _update(self, rows: list[AgendaRow]) -> None:
        for number, row in enumerate(rows):
            if row != self._rows[number]:
                self._rows[number] = row
                self.dataChanged.emit(self.index(number, 0), self.index(number, COLUMNS - 1))

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMNS - 1))

    def row_at(self, row: int) -> AgendaRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, item_id: str | None) -> int:
        return next((n for n, r in enumerate(self._rows) if r.item.id == item_id), -1)

    def ids(self) -> list[str]:
        return [r.item.id for r in self._rows]

    # -- reading ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.COL_ACTUAL:
            return tr("Time the item actually took in run mode")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between rows, never on one
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        if index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        item, slot, column = row.item, row.slot, index.column()
        if role == self.IdRole:
            return item.id
        if role == self.OverrunRole:
            return slot.overruns
        if role == Qt.ItemDataRole.BackgroundRole:
            return OVERRUN if slot.overruns else None
        if role == Qt.ItemDataRole.FontRole and column == self.COL_TITLE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_MINUTES,
            self.COL_START,
            self.COL_ACTUAL,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.EditRole and column in self.EDITABLE:
            return getattr(item, self.EDITABLE[column])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_START:
            if slot.start is None:
                return f"{slot.offset // 60}:{slot.offset % 60:02d}"
            return clock_text(slot.start, self._start, self.tz)
        if column == self.COL_TITLE:
            return item.title
        if column == self.COL_QUESTION:
            return " ".join(item.framing_question.split())
        if column == self.COL_MINUTES:
            return str(item.minutes)
        if column == self.COL_THEMES:
            return ", ".join(self._theme_names.get(t, "?") for t in item.theme_ids)
        if item.spent_seconds:
            return duration_text(round(item.spent_seconds / 60))
        return ""

    def _tooltip(self, row: AgendaRow, column: int) -> str | None:
        if row.slot.overruns:
            return tr("This item ends after the session's planned end.")
        if column == self.COL_QUESTION and row.item.framing_question:
            return row.item.framing_question
        if column == self.COL_TITLE and row.item.description:
            return row.item.description
        return None

    # -- editing --------------------------------------------------------------------------
    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit_handler is None:
            return False
        field = self.EDITABLE.get(index.column())
        if field is None:
            return False
        if field == "minutes":
            try:
                value = int(value)
            except (TypeError, ValueError):
                return False
        item = self._rows[index.row()].item
        if getattr(item, field) == value:
            return False
        return self.edit_handler(item.id, field, value)

    # -- drag and drop ---------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime = QMimeData()
        payload = json.dumps([self._rows[r].item.id for r in rows if r < len(self._rows)])
        mime.setData(MIME_TYPE, QByteArray(payload.encode("utf-8")))
        return mime

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return action == Qt.DropAction.MoveAction and self._dragged(data) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        """Move the dragged items to *row* (or to *parent*'s row when dropped on an item)."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        dragged = self._dragged(data)
        if action != Qt.DropAction.MoveAction or dragged is None:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        return self._move_to(dragged, row)

    def moveRows(  # noqa: N802
        self, source_parent: Index, source_row: int, count: int, dest_parent: Index, dest_child: int
    ) -> bool:
        """Move rows the way a drop does (through the editor's undoable reorder)."""
        if source_parent.isValid() or dest_parent.isValid() or count < 1:
            return False
        if source_row < 0 or source_row + count > len(self._rows):
            return False
        ids = [r.item.id for r in self._rows[source_row : source_row + count]]
        return self._move_to(ids, dest_child)

    def _move_to(self, ids: list[str], row: int) -> bool:
        order = self.ids()
        row = max(0, min(row, len(order)))
        before = order[:row]
        kept_before = [i for i in before if i not in ids]
        rest = [i for i in order[row:] if i not in ids]
        new_order = kept_before + ids + rest
        if new_order == order or self.reorder_handler is None:
            return False
        return self.reorder_handler(new_order)

    def _dragged(self, data: QMimeData) -> list[str] | None:
        if data is None or not data.hasFormat(MIME_TYPE):
            return None
        try:
            ids = json.loads(bytes(data.data(MIME_TYPE)).decode("utf-8"))
        except ValueError:
            return None
        current = set(self.ids())
        if not ids or not isinstance(ids, list) or not set(ids) <= current:
            return None  # items of another session (or stale): not ours to move
        return ids


def _without(longer: list[str], shorter: list[str]) -> int | None:
    """Return where one id was inserted into *shorter* to give *longer*, if that is all."""
    for at in range(len(longer)):
        if longer[:at] + longer[at + 1 :] == shorter:
            return at
    return None


def _single_move(old: list[str], new: list[str]) -> tuple[int, int, int] | None:
    """Return (first row, count, destination) if *new* is *old* with one block moved."""
    n = len(old)
    start = next((i for i in range(n) if old[i] != new[i]), None)
    if start is None:
        return None
    end = next(i for i in range(n - 1, -1, -1) if old[i] != new[i])
    window_old, window_new = old[start : end + 1], new[start : end + 1]
    for count in range(1, len(window_old)):
        # A block from the front of the window moved to its back …
        if window_old[count:] + window_old[:count] == window_new:
            return start, count, end + 1
        # … or a block from the back moved to its front.
        if window_old[-count:] + window_old[:-count] == window_new:
            return end - count + 1, count, start
    return None
