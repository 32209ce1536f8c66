"""Table model of the bundles chosen in the merge dialog and what each would do."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from regworkshop.services.sync.merge_service import BundleOutcome
from regworkshop.ui.shell.i18n import tr

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class BundleRow:
    path: Path
    title: str = ""
    device: str = ""
    outcome: BundleOutcome | None = None
    error: str = ""
    other_project: bool = False
    merged: bool = False

    @property
    def ready(self) -> bool:
        return not self.error and self.outcome is not None


class BundleTableModel(QAbstractTableModel):
    COL_FILE, COL_FROM, COL_ADDED, COL_UPDATED, COL_DELETED, COL_STATUS = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[BundleRow] = []

    def set_rows(self, rows: list[BundleRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def update_row(self, row: int, **changes) -> None:
        self.rows[row] = replace(self.rows[row], **changes)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            [tr("Bundle"), tr("From"), tr("Added"), tr("Updated"), tr("Deleted"), tr("Status")][
                section
            ]
            if 0 <= section < 6
            else None
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            counts = row.outcome.counts if row.outcome else {}
            if col == self.COL_FILE:
                return row.path.name
            if col == self.COL_FROM:
                return row.title
            if col in (self.COL_ADDED, self.COL_UPDATED, self.COL_DELETED):
                key = {
                    self.COL_ADDED: "added",
                    self.COL_UPDATED: "updated",
                    self.COL_DELETED: "deleted",
                }[col]
                return str(counts.get(key, "")) if row.outcome else ""
            return self._status(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.error or str(row.path)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_STATUS and row.error:
            return QColor("#C62828")
        return None

    @staticmethod
    def _status(row: BundleRow) -> str:
        if row.error:
            # Errors name the file first; the File column already does.
            text = row.error.removeprefix(f"{row.path.name}: ")
            return text[:1].upper() + text[1:]
        if row.outcome is None:
            return tr("Checking…")
        if row.merged:
            return tr("Merged")
        if row.outcome.already_imported:
            return tr("Already imported: nothing to do")
        if not any(row.outcome.counts.values()):
            return tr("Nothing new")
        return tr("Ready to merge")
