"""The list of insights and lessons with their section and evidence breadth."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from regworkshop.services.insight_service import InsightInfo, InsightSection
from regworkshop.services.theme_service import display_name
from regworkshop.ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole
COLUMNS = 3  # section, title, breadth


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
