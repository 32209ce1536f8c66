"""Import a REFI-QDA project: preview what maps and what cannot, then import in one step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regworkshop.services.qdpx.qdpx_import_plan import ImportPlan
from regworkshop.services.qdpx.qdpx_import_service import QdpxImported
from regworkshop.store.enums import SessionKind
from regworkshop.ui.qdpx.qdpx_preview_model import QdpxPreviewModel, preview_rows
from regworkshop.ui.shell import error_messages
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import session_kind_name


class QdpxImportDialog(QDialog):
    """Reading and importing run off the GUI thread; a refused file changes nothing."""

    def __init__(self, ctx: AppContext, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.plan: ImportPlan | None = None
        self.imported: QdpxImported | None = None
        self._busy = False
        self.setWindowTitle(tr("Import from a QDA program"))
        self.resize(880, 700)
        self.intro = QLabel()
        self.intro.setObjectName("qdpxIntro")
        self.intro.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setObjectName("qdpxKind")
        for kind in SessionKind:
            self.kind.addItem(session_kind_name(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(SessionKind.INTERVIEW.value))
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        kind_label = QLabel(tr("Text sources become sessions of kind:"))
        kind_label.setBuddy(self.kind)
        self.model = QdpxPreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("qdpxPreview")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QdpxPreviewModel.COL_WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            QdpxPreviewModel.COL_COUNT, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(
            QdpxPreviewModel.COL_STATUS, QHeaderView.ResizeMode.ResizeToContents
        )
        self.summary = QLabel()
        self.summary.setObjectName("qdpxSummary")
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 3)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.clicked.connect(self.run_import)
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(kind_label)
        row.addWidget(self.kind)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)  # takes the table's room while a refused file hides it
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.intro.setText(tr("Reading {0}…").format(self.path.name))
        self.refresh_preview()

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        ready = self.plan is not None and self.plan.changes_anything and self.imported is None
        self.import_button.setEnabled(not busy and ready)
        self.kind.setEnabled(not busy and self.imported is None)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    # -- preview ----------------------------------------------------------------
    def refresh_preview(self) -> None:
        """Read, check and plan the file off the GUI thread."""
        self.plan = None
        self._set_busy(True)
        importer, path, kind = self.ctx.services.qdpx_import, self.path, self.kind.currentData()
        self.ctx.tasks.start(
            lambda _control: importer.preview(path, kind),
            self._previewed,
            self._refused,
        )

    def _previewed(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.table.setVisible(True)
        self.model.set_rows(preview_rows(plan))
        self.table.resizeRowsToContents()
        self.intro.setText(
            tr(
                "{0}, exported by {1}. Codes become themes, coded selections notes, cases "
                "actors and memos insights. What has no place in RegWorkshop is listed as not "
                "imported."
            ).format(plan.file_name, plan.origin or tr("an unknown program"))
        )
        if plan.changes_anything:
            self.summary.setText(
                tr(
                    "Importing adds {0} sessions with {1} notes, {2} themes and {3} actors in "
                    "one step. A backup of the project is taken first."
                ).format(
                    len(plan.sessions), len(plan.notes), len(plan.new_themes), len(plan.new_actors)
                )
            )
        else:
            self.summary.setText(tr("Nothing in this file is new to the project."))
        self._set_busy(False)

    def _refused(self, exc: BaseException) -> None:
        self.plan = None
        self.model.set_rows([])
        self.table.setVisible(False)
        self._set_busy(False)
        # Said at the top, where the preview would have been.
        self.intro.setText(
            tr("{0} cannot be imported.").format(self.path.name)
            + "\n\n"
            + tr("{0}\n\nThe project has not been changed.").format(error_messages.describe(exc))
        )
        self.summary.setText("")

    # -- import -------------------------------------------------------------------
    def run_import(self) -> None:
        plan = self.plan
        if plan is None or not plan.changes_anything:
            return
        importer = self.ctx.services.qdpx_import
        self._set_busy(True)
        self.progress.setRange(0, 100)

        def work(control):
            return importer.apply(
                plan,
                progress=lambda done, total: control.progress(done * 100 // max(total, 1), 100),
            )

        self.ctx.tasks.start(work, self._imported, self._failed, self.progress.setValue)

    def _imported(self, done: QdpxImported) -> None:
        self.imported = done
        self._set_busy(False)
        self.summary.setText(
            tr(
                "Imported {0} sessions with {1} notes, {2} new themes, {3} new actors and {4} "
                "insights. Backup: {5}"
            ).format(
                done.sessions,
                done.notes,
                done.themes,
                done.actors,
                done.insights,
                Path(done.backup).name if done.backup else "—",
            )
        )
        self.summary.setToolTip(done.backup or "")
        self.ctx.notify("project")

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.summary.setText(
            tr("The import failed and changed nothing: {0}").format(error_messages.describe(exc))
        )
