"""The backups of the open project: dates, sizes, what each holds; restore or take one now."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regworkshop.services.errors import ServiceError
from regworkshop.services.safety.backup_service import BackupPreview, preview_backup, restore_backup
from regworkshop.store.errors import ProjectError
from regworkshop.ui.shell import error_messages
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr

Index = QModelIndex | QPersistentModelIndex


def reason_name(reason: str) -> str:
    if reason.startswith("before-migration"):
        return tr("Before an upgrade")
    return {
        "on-open": tr("On opening"),
        "while-editing": tr("While editing"),
        "manual": tr("Taken by hand"),
        "before-merge": tr("Before a merge"),
        "before-import": tr("Before an import"),
        "before-erasure": tr("Before an erasure"),
        "before-restore": tr("Before a restore"),
    }.get(reason, reason)


class BackupTableModel(QAbstractTableModel):
    COL_WHEN, COL_WHY, COL_SIZE, COL_NOTES, COL_SESSIONS, COL_PEOPLE = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[BackupPreview] = []

    def set_rows(self, rows: list[BackupPreview]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        labels = [tr("Taken"), tr("Why"), tr("Size"), tr("Notes"), tr("Sessions"), tr("People")]
        return labels[section] if 0 <= section < len(labels) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == self.COL_WHEN:
                return row.info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
            if col == self.COL_WHY:
                return reason_name(row.info.reason)
            if col == self.COL_SIZE:
                return f"{row.info.size / 1024:,.0f} KiB".replace(",", " ")
            key = {
                self.COL_NOTES: "notes",
                self.COL_SESSIONS: "sessions",
                self.COL_PEOPLE: "people",
            }[col]
            return str(row.counts.get(key, "—"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(row.info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= self.COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BackupDialog(QDialog):
    def __init__(self, ctx: AppContext, safety, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.safety = ctx, safety
        self.setWindowTitle(tr("Backups"))
        self.resize(820, 440)
        self.intro = QLabel(
            tr(
                "Backups are taken when you open the project (once a day), every 30 minutes while "
                "you edit, and before upgrades, merges, imports and erasures. They are kept in {0}, "
                "not beside the project, and thinned to recent, daily and weekly copies."
            ).format(ctx.backup_dir)
        )
        self.intro.setWordWrap(True)
        self.model = BackupTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("backupTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.take_button = QPushButton(tr("Take a backup now"))
        self.restore_button = QPushButton(tr("Restore the selected backup…"))
        self.take_button.clicked.connect(self.take_now)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.take_button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        service = self.safety.service
        backups = service.backups() if service else []
        self.model.set_rows([preview_backup(b) for b in backups])
        if backups:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(backups))

    def take_now(self) -> None:
        try:
            self.safety.take_backup("manual")
        except (ProjectError, ServiceError, OSError) as exc:
            self.ctx.interaction.error(self, tr("Backups"), error_messages.describe(exc))
        self.refresh()

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        path = self.ctx.services.path if self.ctx.services else None
        if not rows or path is None:
            return
        chosen = self.model.rows[rows[0].row()]
        when = chosen.info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if not self.ctx.interaction.confirm(
            self,
            tr("Restore backup"),
            tr(
                "Replace the project with the backup from {0} ({1} notes)? What the project holds "
                "now is backed up first, so this can be reversed."
            ).format(when, chosen.counts.get("notes", "?")),
        ):
            return
        self.ctx.close_project()
        try:
            restore_backup(chosen.info.path, path, self.ctx.backup_dir, clock=self.ctx.clock)
        except (ServiceError, ProjectError, OSError) as exc:
            self.ctx.interaction.error(self, tr("Restore backup"), error_messages.describe(exc))
        self.ctx.open_project(path)
        self.refresh()
