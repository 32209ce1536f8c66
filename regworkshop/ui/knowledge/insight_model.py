"""The list of insights and lessons with their section and evidence breadth.

Rows are dragged to reorder them within their section. The model never
changes the order itself: a drop (or moveRows) calls the handler the panel
sets, which pushes an undoable reorder; the refresh then shows the new order.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from regworkshop.services.knowledge.insight_service import InsightInfo, InsightSection
from regworkshop.services.themes.theme_service import display_name
from regworkshop.ui.shell.i18n import tr

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole
COLUMNS = 3  # section, title, breadth
INSIGHT_IDS_MIME = "application/x-regworkshop-insight-ids"


def breadth_text(info: InsightInfo) -> str:
    b = info.breadth
    return tr("{0} notes · {1} actors · {2} actor types · {3} sessions").format(
        b.notes, b.actors, b.actor_types, b.sessions
    )


class InsightModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, InsightInfo]] = []  # (section title, insight)
        self.matches: set[str] = set()  # insights the current search finds (shown in bold)
        # Called with the new order of the listed insights and the ones moved; True if
        # the reorder was applied.
        self.reorder_handler: Callable[[list[str], list[str]], bool] | None = None

    def set_matches(self, ids: set[str]) -> None:
        if ids != self.matches:
            self.matches = ids
            if self.rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, COLUMNS - 1))

    def set_sections(self, sections: list[InsightSection], language: str) -> None:
        new = [
            (display_name(s.title, s.theme_key, language) or _no_section(info.kind), info)
            for s in sections
            for info in s.insights
        ]
        if [i.id for _, i in new] == [i.id for _, i in self.rows]:
            self.rows = new  # same insights: only what they show changed
            if new:
                self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, COLUMNS - 1))
            return
        self.beginResetModel()
        self.rows = new
        self.endResetModel()

    def ids(self) -> list[str]:
        return [info.id for _, info in self.rows]

    def row_of(self, insight_id: str) -> int:
        return self.ids().index(insight_id) if insight_id in self.ids() else -1

    def info(self, row: int) -> InsightInfo:
        return self.rows[row][1]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        section, info = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            b = info.breadth
            lesson = info.kind == "lesson" and section != tr("Lessons")
            title = tr("Lesson: {0}").format(info.title) if lesson else info.title
            short = f"{b.notes} · {b.actors} · {b.actor_types} · {b.sessions}"
            return (section, title, short)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{info.title}\n{breadth_text(info)}\n\n{info.text[:1000]}"
        if role == IdRole:
            return info.id
        if role == Qt.ItemDataRole.FontRole and info.id in self.matches:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between rows
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    # -- drag to reorder -------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [INSIGHT_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime = QMimeData()
        ids = [self.rows[r][1].id for r in rows if r < len(self.rows)]
        mime.setData(INSIGHT_IDS_MIME, QByteArray(json.dumps(ids).encode("utf-8")))
        return mime

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        if action != Qt.DropAction.MoveAction:
            return False
        dragged = self._dragged(data)
        return dragged is not None and self._in_section(dragged, self._target(row, parent))

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        """Move the dragged insights to *row* (or to *parent*'s row when dropped on one)."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        return self._move_to(self._dragged(data) or [], self._target(row, parent))

    def moveRows(  # noqa: N802
        self, source_parent: Index, source_row: int, count: int, dest_parent: Index, dest_child: int
    ) -> bool:
        """Move rows the way a drop does (through the panel's undoable reorder)."""
        if source_parent.isValid() or dest_parent.isValid() or count < 1:
            return False
        if source_row < 0 or source_row + count > len(self.rows):
            return False
        ids = [info.id for _, info in self.rows[source_row : source_row + count]]
        if not self._in_section(ids, dest_child):
            return False
        return self._move_to(ids, dest_child)

    def _target(self, row: int, parent: Index) -> int:
        if row < 0:
            return parent.row() if parent.isValid() else len(self.rows)
        return max(0, min(row, len(self.rows)))

    def _in_section(self, ids: list[str], row: int) -> bool:
        """An insight moves within its section: the drop point must touch the section."""
        sections = {section for section, info in self.rows if info.id in ids}
        if len(sections) != 1:
            return False
        neighbours = [self.rows[r][0] for r in (row - 1, row) if 0 <= r < len(self.rows)]
        return next(iter(sections)) in neighbours

    def _move_to(self, ids: list[str], row: int) -> bool:
        order = self.ids()
        kept_before = [i for i in order[:row] if i not in ids]
        rest = [i for i in order[row:] if i not in ids]
        new_order = kept_before + ids + rest
        if new_order == order or self.reorder_handler is None:
            return False
        return self.reorder_handler(new_order, ids)

    def _dragged(self, data: QMimeData | None) -> list[str] | None:
        if data is None or not data.hasFormat(INSIGHT_IDS_MIME):
            return None
        try:
            ids = json.loads(bytes(data.data(INSIGHT_IDS_MIME)).decode("utf-8"))
        except ValueError:
            return None
        if not ids or not isinstance(ids, list) or not set(ids) <= set(self.ids()):
            return None  # stale, or not insights of this list
        return ids

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (tr("Section"), tr("Insight"), tr("Breadth"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == 2:
            return tr("Notes · distinct actors · distinct actor types · sessions")
        return None


def _no_section(kind: str) -> str:
    return tr("Lessons") if kind == "lesson" else tr("No section")
