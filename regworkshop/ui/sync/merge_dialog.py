"""Merge bundles from other laptops: choose, preview, merge (off the GUI thread), report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regworkshop.services.sync.bundle_format import SUFFIX, BundleError
from regworkshop.services.sync.bundle_reader import read_bundle
from regworkshop.services.sync.bundle_start import project_from_bundle
from regworkshop.services.sync.merge_service import MergeReport
from regworkshop.ui.shell import error_messages
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.sync.merge_model import BundleRow, BundleTableModel


def bundle_filter() -> str:
    return tr("RegWorkshop bundles (*{0});;All files (*)").format(SUFFIX)


class MergeDialog(QDialog):
    """Preview first; merging is one transaction with a backup taken before it."""

    def __init__(
        self, ctx: AppContext, paths: list[str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: MergeReport | None = None
        self._busy = False
        self.setWindowTitle(tr("Merge bundles"))
        self.resize(1040, 480)
        self.intro = QLabel(
            tr(
                "Bundles carry the work of other laptops. Merging adds what is new, applies later "
                "edits, keeps both versions of a text edited on two laptops, and never doubles "
                "anything: a bundle can be merged any number of times, in any order."
            )
        )
        self.intro.setWordWrap(True)
        self.model = BundleTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("bundleTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BundleTableModel.COL_FROM, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(BundleTableModel.COL_STATUS, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        header.resizeSection(BundleTableModel.COL_FROM, 200)
        self.add_button = QPushButton(tr("Add bundles…"))
        self.remove_button = QPushButton(tr("Remove"))
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.other_project = QCheckBox(tr("Also merge bundles that come from another project"))
        self.other_project.toggled.connect(lambda _on: self.refresh_preview())
        self.new_project_button = QPushButton(tr("Open as a new project…"))
        self.new_project_button.setVisible(False)
        self.new_project_button.clicked.connect(self.open_as_new_project)
        self.summary = QLabel()
        self.summary.setObjectName("mergeSummary")
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 3)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.merge_button = self.buttons.addButton(
            tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.merge_button.clicked.connect(self.merge)
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.new_project_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.other_project)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.add_paths(paths or [])

    # -- choosing ---------------------------------------------------------------
    def choose_files(self) -> None:
        self.add_paths(
            self.ctx.interaction.open_file_paths(self, tr("Merge bundles"), bundle_filter())
        )

    def add_paths(self, paths: list[str]) -> None:
        known = {row.path for row in self.model.rows}
        rows = self.model.rows + [BundleRow(Path(p)) for p in paths if Path(p) not in known]
        self.model.set_rows(rows)
        self.refresh_preview()

    def remove_selected(self) -> None:
        gone = {i.row() for i in self.table.selectionModel().selectedRows()}
        self.model.set_rows([r for i, r in enumerate(self.model.rows) if i not in gone])
        self.refresh_preview()

    # -- preview ----------------------------------------------------------------
    def refresh_preview(self) -> None:
        """Read every bundle and preview the merge, off the GUI thread."""
        self.report = None
        self._set_busy(True)
        rows = [BundleRow(r.path) for r in self.model.rows]
        self.model.set_rows(rows)
        project_id, merger = self.ctx.services.project_id, self.ctx.services.merge
        allow = self.other_project.isChecked()

        def work(_control):
            bundles, checked = {}, []
            for row in rows:
                try:
                    bundle = read_bundle(row.path)
                except BundleError as exc:
                    checked.append(BundleRow(row.path, error=error_messages.describe(exc)))
                    continue
                other = bundle.manifest.project_id != project_id
                checked.append(
                    BundleRow(
                        row.path,
                        bundle.manifest.project_title,
                        bundle.manifest.device_id,
                        other_project=other,
                    )
                )
                if not other or allow:
                    bundles[row.path] = bundle
            report = None
            if bundles:
                report = merger.preview(list(bundles.values()), allow_other_project=allow)
                by_file = {o.file: o for o in report.outcomes}
                checked = [
                    BundleRow(
                        r.path,
                        r.title,
                        r.device,
                        by_file.get(r.path.name),
                        r.error,
                        r.other_project,
                    )
                    for r in checked
                ]
            return checked, report, bundles

        self.ctx.tasks.start(work, self._previewed, self._failed)

    def _previewed(self, result) -> None:
        rows, report, self._bundles = result
        for i, row in enumerate(rows):
            if row.other_project and row.outcome is None and not row.error:
                rows[i] = BundleRow(
                    row.path,
                    row.title,
                    row.device,
                    None,
                    tr("From another project (“{0}”)").format(row.title),
                    True,
                )
        self.model.set_rows(rows)
        self.report = report
        others = [r for r in rows if r.other_project]
        self.new_project_button.setVisible(len(others) == 1 and len(rows) == 1)
        self._set_busy(False)
        if report is None:
            self.summary.setText(
                tr("Add the bundles to merge.") if not rows else tr("Nothing here can be merged.")
            )
            return
        t = report.totals
        self.summary.setText(
            tr(
                "Merging will add {0}, update {1} and delete {2} rows, and flag {3} new conflicts "
                "to resolve. A backup of the project is taken first."
            ).format(t["added"], t["updated"], t["deleted"], t["conflicts"])
        )

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.summary.setText(str(exc))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        pending = self.report is not None and any(
            not o.already_imported for o in self.report.outcomes
        )
        self.merge_button.setEnabled(not busy and pending)
        self.add_button.setEnabled(not busy)
        self.remove_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    @property
    def busy(self) -> bool:
        return self._busy

    # -- merging ------------------------------------------------------------------
    def merge(self) -> None:
        bundles = list(getattr(self, "_bundles", {}).values())
        if not bundles:
            return
        allow = self.other_project.isChecked()
        foreign = allow and any(
            b.manifest.project_id != self.ctx.services.project_id for b in bundles
        )
        if foreign and not self.ctx.interaction.confirm(
            self,
            tr("Merge bundles"),
            tr(
                "Some bundles come from another project. Their sessions, notes and actors will "
                "become part of this project. Merge them anyway?"
            ),
        ):
            return
        merger = self.ctx.services.merge
        self._set_busy(True)
        self.progress.setRange(0, 100)

        def work(control):
            return merger.merge(
                bundles,
                allow_other_project=allow,
                progress=lambda done, total: control.progress(done * 100 // max(total, 1), 100),
            )

        self.ctx.tasks.start(work, self._merged, self._failed, self.progress.setValue)

    def _merged(self, report: MergeReport) -> None:
        self.report = None
        self._set_busy(False)
        self.merge_button.setEnabled(False)
        t = report.totals
        self.summary.setText(
            tr(
                "Merged: {0} added, {1} updated, {2} deleted; {3} conflicts open. Backup: {4}"
            ).format(
                t["added"],
                t["updated"],
                t["deleted"],
                report.open_conflicts,
                Path(report.backup).name if report.backup else "—",
            )
        )
        self.summary.setToolTip(report.backup or "")
        merged = {o.file for o in report.outcomes if not o.already_imported}
        for i, row in enumerate(self.model.rows):
            if row.path.name in merged:
                self.model.update_row(i, merged=True)
        self.ctx.notify("project")

    def open_as_new_project(self) -> None:
        row = next((r for r in self.model.rows if r.other_project), None)
        if row is None:
            return
        path = self.ctx.interaction.new_project_path(self)
        if not path:
            return
        try:
            bundle = read_bundle(row.path)
            self.ctx.create_with(
                path,
                lambda target, device_id: project_from_bundle(bundle, target, device_id=device_id)[
                    0
                ],
            )
        except (BundleError, OSError) as exc:
            self.ctx.interaction.error(self, tr("Open as a new project"), str(exc))
            return
        self.accept()
