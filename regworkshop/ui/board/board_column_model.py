"""One theme's column of the board as a Qt list model over plain rows (notes and clusters).

``sync`` turns a new list of rows into the smallest signals it can: rows removed,
rows appended (a captured note is one ``beginInsertRows``), a layout change
for a new order, and ``dataChanged`` for edited rows. Dragging notes out of or
into a column goes through ``mimeData``/``dropMimeData``; the drop is handed to
the board, which pushes an undoable command (the model never changes itself).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, Qt

from regworkshop.services.board.cluster_service import ClusterInfo
from regworkshop.services.board.note_service import NoteInfo
from regworkshop.ui.board.board_state import BoardState, Row

MIME = "application/x-regworkshop-notes"
TOOLTIP_CHARS = 1500
# More scattered removals than this (a filter) and a reset is cheaper than many signals.
RESET_ABOVE = 40

# Called with (note ids, theme id, the row dropped before or None, the row dropped onto or None).
DropHandler = Callable[[list[str], str, Row | None, Row | None], None]


class NoteColumnModel(QAbstractListModel):
    RowRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2
    KindRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, state: BoardState, theme_id: str, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.theme_id = theme_id
        self.rows: list[Row] = []
        self.colour = "#FFE082"
        self.on_drop: DropHandler | None = None
        self.on_edit: Callable[[str, str], bool] | None = None

    # -- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == self.RowRole:
            return row
        if role == self.IdRole:
            return row.id
        if role == self.KindRole:
            return "note" if isinstance(row, NoteInfo) else "cluster"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.text if isinstance(row, NoteInfo) else row.name
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(row, NoteInfo):
            text = row.text
            if len(text) > TOOLTIP_CHARS:
                text = text[:TOOLTIP_CHARS] + " …"
            who = self.state.attribution_label(row)
            return f"{text}\n— {who}" if who else text
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsEditable
        if isinstance(self.rows[index.row()], NoteInfo):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.on_edit is None:
            return False
        return self.on_edit(self.rows[index.row()].id, str(value))

    # -- drag and drop ------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        ids = [
            self.rows[i.row()].id
            for i in sorted(indexes, key=lambda i: i.row())
            if isinstance(self.rows[i.row()], NoteInfo)
        ]
        mime = QMimeData()
        mime.setData(MIME, QByteArray("\n".join(ids).encode()))
        return mime

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent) -> bool:  # noqa: N802
        if not data.hasFormat(MIME) or self.on_drop is None:
            return False
        ids = [i for i in bytes(data.data(MIME).data()).decode().split("\n") if i]
        if not ids:
            return False
        onto = self.rows[parent.row()] if parent.isValid() else None
        before = self.rows[row] if onto is None and 0 <= row < len(self.rows) else None
        self.on_drop(ids, self.theme_id, before, onto)
        # False: the board has already moved the notes; the view must not remove rows itself.
        return False

    # -- keeping in step -------------------------------------------------------------------------
    def row_of(self, key: str) -> int:
        for number, row in enumerate(self.rows):
            if row.id == key:
                return number
        return -1

    def set_colour(self, colour: str) -> None:
        if colour != self.colour:
            self.colour = colour
            if self.rows:
                self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1))

    def append(self, row: Row) -> None:
        """Add one row at the end (the capture path)."""
        end = len(self.rows)
        self.beginInsertRows(QModelIndex(), end, end)
        self.rows.append(row)
        self.endInsertRows()

    def sync(self, new_rows: list[Row]) -> None:
        """Make the model show *new_rows* with removes, appends, a layout change and dataChanged."""
        new_keys = [r.id for r in new_rows]
        wanted = set(new_keys)
        blocks = _removal_blocks(self.rows, wanted)
        if len(blocks) > RESET_ABOVE:
            self.beginResetModel()
            self.rows = list(new_rows)
            self.endResetModel()
            return
        for first, last in reversed(blocks):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self.rows[first : last + 1]
            self.endRemoveRows()
        current = [r.id for r in self.rows]
        present = set(current)
        if [k for k in new_keys if k in present] == current:
            self._insert_in_place(new_rows, new_keys, present)
        else:
            missing = [r for r, k in zip(new_rows, new_keys, strict=True) if k not in present]
            if missing:
                start = len(self.rows)
                self.beginInsertRows(QModelIndex(), start, start + len(missing) - 1)
                self.rows.extend(missing)
                self.endInsertRows()
            self._reorder(new_rows)
        changed = [
            n
            for n, (old, new) in enumerate(zip(self.rows, new_rows, strict=True))
            if old is not new and old != new
        ]
        self.rows = list(new_rows)
        if changed:
            self.dataChanged.emit(self.index(changed[0]), self.index(changed[-1]))

    def _insert_in_place(self, new_rows: list[Row], new_keys: list, present: set) -> None:
        """The order of the rows kept is right: insert the new ones where they belong."""
        number = 0
        while number < len(new_keys):
            if new_keys[number] in present:
                number += 1
                continue
            end = number
            while end < len(new_keys) and new_keys[end] not in present:
                end += 1
            self.beginInsertRows(QModelIndex(), number, end - 1)
            self.rows[number:number] = new_rows[number:end]
            self.endInsertRows()
            number = end

    def _reorder(self, new_rows: list[Row]) -> None:
        self.layoutAboutToBeChanged.emit()
        position = {r.id: n for n, r in enumerate(new_rows)}
        old_keys = [r.id for r in self.rows]
        persistent = self.persistentIndexList()
        moved = [self.index(position[old_keys[i.row()]]) for i in persistent]
        by_key = dict(zip(old_keys, self.rows, strict=True))
        self.rows = [by_key[r.id] for r in new_rows]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()


def _removal_blocks(rows: list[Row], wanted: set) -> list[tuple[int, int]]:
    blocks: list[tuple[int, int]] = []
    for number, row in enumerate(rows):
        if row.id in wanted:
            continue
        if blocks and blocks[-1][1] == number - 1:
            blocks[-1] = (blocks[-1][0], number)
        else:
            blocks.append((number, number))
    return blocks


def is_cluster(row: Row) -> bool:
    return isinstance(row, ClusterInfo)
