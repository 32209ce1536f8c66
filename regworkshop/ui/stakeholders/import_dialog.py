"""Preview and run an import of a stakeholder list; reading and writing run off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regworkshop.services.errors import ServiceError
from regworkshop.services.stakeholders.stakeholder_import import (
    ERROR,
    ImportPreview,
    ImportRefused,
    column_label,
)
from regworkshop.services.stakeholders.stakeholder_vocabulary import FIELDS
from regworkshop.services.stakeholders.table_source import TableError, read_table
from regworkshop.ui.shell import error_messages
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.stakeholders.import_messages import (
    describe_message,
    describe_table_error,
    field_name,
)
from regworkshop.ui.stakeholders.import_preview_model import ImportPreviewModel
from regworkshop.ui.stakeholders.stakeholder_commands import ImportCommand
from regworkshop.ui.widgets.row_table_model import SortRole


def delimiter_name(delimiter: str | None) -> str:
    return {
        ";": tr("semicolon (;)"),
        ",": tr("comma (,)"),
        "\t": tr("tab"),
    }.get(delimiter or "", tr("none (one column)"))


class ImportDialog(QDialog):
    """Opened with a file: shows what was detected and what each row will do, then imports."""

    def __init__(self, ctx: AppContext, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.plan: ImportPreview | None = None
        self.generation = 0
        self.setObjectName("importDialog")
        self.setWindowTitle(tr("Import stakeholders"))
        self.resize(1000, 680)
        self.file_label = QLabel(tr("File: {0}").format(Path(path).name))
        self.file_label.setObjectName("sectionTitle")
        self.detected = QLabel()
        self.detected.setObjectName("detected")
        self.detected.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.mapping_box = QGroupBox(tr("Columns (change if a column was not recognised)"))
        grid = QGridLayout(self.mapping_box)
        self.combos: dict[str, QComboBox] = {}
        for n, field in enumerate(FIELDS):
            combo = QComboBox()
            combo.setObjectName(f"map_{field}")
            combo.setMinimumWidth(180)
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            row, column = n % 5, (n // 5) * 2
            grid.addWidget(QLabel(field_name(field)), row, column)
            grid.addWidget(combo, row, column + 1)
            self.combos[field] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.counts = QLabel()
        self.counts.setObjectName("importCounts")
        self.problems = QLabel()
        self.problems.setObjectName("importProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #E15759; font-weight: bold;")
        self.problems.hide()
        self.model = ImportPreviewModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SortRole)
        self.table = QTableView()
        self.table.setObjectName("importPreview")
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("runImport")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.detected)
        layout.addWidget(self.busy)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.counts)
        layout.addWidget(self.problems)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.mapping_box.setEnabled(False)
        self.detected.setText(tr("Reading the file…"))

    # -- reading (off the GUI thread) ---------------------------------------------
    def start(self) -> None:
        """Read and plan the file in the background; the dialog fills in when done."""
        services = self.ctx.services
        assert services is not None
        path = self.path
        self._run(lambda _c: services.preview_import(read_table(path)))

    def _run(self, fn) -> None:
        self.generation += 1
        generation = self.generation
        self.busy.show()
        self.import_button.setEnabled(False)
        self.ctx.tasks.start(
            fn,
            on_done=lambda plan: self._planned(plan, generation),
            on_error=lambda exc: self._failed(exc, generation),
        )

    def _planned(self, plan: ImportPreview, generation: int) -> None:
        if generation != self.generation:
            return  # a later mapping change is on its way
        first = self.plan is None
        self.plan = plan
        self.busy.hide()
        if first:
            self._fill_combos(plan)
        self._show_detected(plan)
        self.model.set_rows(plan.rows)
        self.table.resizeColumnsToContents()
        counts = plan.counts
        self.counts.setText(
            tr("{0} to create · {1} to update · {2} skipped · {3} with errors").format(
                counts["create"], counts["update"], counts["skip"], counts[ERROR]
            )
        )
        problems = [describe_message(m) for m in plan.problems]
        if counts[ERROR]:
            problems.append(
                tr("Fix the rows with errors in the file (or the column choice) to import.")
            )
        elif not plan.problems and not counts["create"] + counts["update"]:
            problems.append(tr("Nothing to import: the project already holds all of it."))
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self.mapping_box.setEnabled(True)
        self.import_button.setEnabled(plan.can_apply)

    def _failed(self, exc: BaseException, generation: int) -> None:
        if generation != self.generation:
            return
        self.busy.hide()
        if isinstance(exc, TableError):
            text = describe_table_error(exc)
        elif isinstance(exc, ServiceError | OSError):
            text = error_messages.describe(exc)
        else:
            text = tr("Something went wrong: {0}").format(exc)
        self.detected.setText(tr("The file cannot be imported."))
        self.problems.setText(text)
        self.problems.show()
        self.import_button.setEnabled(False)

    def _fill_combos(self, plan: ImportPreview) -> None:
        source = plan.source
        width = max([len(source.header), *(len(c) for _n, c in source.rows)])
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("(not imported)"), None)
            for column in range(width):
                combo.addItem(f"{column + 1}: {column_label(source, column)}", column)
            combo.setCurrentIndex(max(0, combo.findData(plan.mapping.get(field))))
            combo.blockSignals(False)

    def _show_detected(self, plan: ImportPreview) -> None:
        source = plan.source
        if source.format == "xlsx":
            text = tr("Excel workbook · {0} rows").format(len(source.rows))
        else:
            text = tr("CSV · encoding {0} · delimiter {1} · {2} rows").format(
                source.encoding, delimiter_name(source.delimiter), len(source.rows)
            )
        self.detected.setText(text)

    def mapping(self) -> dict[str, int | None]:
        return {field: combo.currentData() for field, combo in self.combos.items()}

    def set_mapping(self, field: str, column: int | None) -> None:
        """Choose the column of a field (as a user would in its combo box)."""
        combo = self.combos[field]
        combo.setCurrentIndex(combo.findData(column))

    def _mapping_changed(self) -> None:
        if self.plan is None:
            return
        services, source, mapping = self.ctx.services, self.plan.source, self.mapping()
        assert services is not None
        self._run(lambda _c: services.preview_import(source, mapping))

    # -- importing ----------------------------------------------------------------
    def run_import(self) -> None:
        if self.plan is None or not self.plan.can_apply:
            return
        services, source, mapping = self.ctx.services, self.plan.source, self.mapping()
        assert services is not None
        self.generation += 1
        generation = self.generation
        self.busy.show()
        self.import_button.setEnabled(False)
        self.mapping_box.setEnabled(False)
        # A verified backup before every import of a project file.
        backups = services.backups if services.path is not None else None

        def work(_control):
            if backups is not None:
                backups.take("before-import")
            return services.apply_import(source, mapping)

        self.ctx.tasks.start(
            work,
            on_done=self._imported,
            on_error=lambda exc: self._import_failed(exc, generation),
        )

    def _imported(self, result) -> None:
        self.busy.hide()
        self.ctx.undo_stack.push(ImportCommand(self.ctx, result.receipt, Path(self.path).name))
        self.accept()

    def _import_failed(self, exc: BaseException, generation: int) -> None:
        self.busy.hide()
        self.mapping_box.setEnabled(True)
        if isinstance(exc, ImportRefused):
            where = tr("Row {0}: ").format(exc.line) if exc.line else ""
            text = where + describe_message(exc.message)
        else:
            text = error_messages.describe(exc)
        self.problems.setText(tr("Nothing was imported. {0}").format(text))
        self.problems.show()
