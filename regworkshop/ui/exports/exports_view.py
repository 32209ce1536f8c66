"""The Exports area: workshop summaries, the kunskapsunderlag (PDF/Word) and CSV files.

Every export reads the project and writes its file on the task runner, with a
progress bar and Cancel; the file is written atomically, so a cancelled or failed
export leaves nothing behind and an existing file at the path untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from regworkshop.ui.shell import error_messages
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.tasks import TaskCancelled, TaskControl
from regworkshop.ui.widgets.file_names import safe_file_name
from regworkshop.ui.widgets.filter_combo import refill_filter

Work = Callable[[object, str, Path, Callable[[int, int], None]], Path]


def _summary(session_id: str) -> Work:
    def work(store, language, path, progress):
        from regworkshop.export.documents.workshop_summary import export_summary

        return export_summary(store, session_id, path, language, progress=progress)

    return work


def _report(fmt: str) -> Work:
    def work(store, language, path, progress):
        from regworkshop.export.documents.knowledge_report import export_report

        return export_report(store, path, language, fmt, progress)

    return work


def _notes_csv(session_id: str | None) -> Work:
    def work(store, language, path, progress):
        from regworkshop.export.tables.csv_export import export_notes_csv

        return export_notes_csv(store, path, language, session_id, progress)

    return work


def _followup(which: str, today) -> Work:
    """The follow-up documents of issue 10 (declaration as PDF or Word by the file's suffix)."""

    def work(store, language, path, progress):
        from regworkshop.export.documents import declaration, followup_report, lessons_report

        build, write = {
            "declaration": (declaration.build_declaration, declaration.write_declaration),
            "followup": (followup_report.build_followup, followup_report.write_followup_pdf),
            "lessons": (lessons_report.build_lessons, lessons_report.write_lessons_pdf),
        }[which]
        return write(build(store, language, today), path, progress)

    return work


def _insights_csv(store, language, path, progress):
    from regworkshop.export.tables.csv_export import export_insights_csv

    return export_insights_csv(store, path, language, progress)


class ExportsView(QWidget):
    """Choose a document and a language; the export runs off the GUI thread."""

    finished = Signal(str)  # the path written, or "" when cancelled or failed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.control: TaskControl | None = None
        self.last_path: Path | None = None
        self.heading = QLabel()
        self.heading.setObjectName("viewTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        self.language = QComboBox()
        self.language.setObjectName("exportLanguage")
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        self.language.setMinimumContentsLength(12)
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language_label = QLabel()

        self.summary_box = QGroupBox()
        self.summary_session = QComboBox()
        self.summary_session.setObjectName("summarySession")
        self.summary_button = QPushButton()
        self.summary_button.clicked.connect(self.export_summary)
        self.summary_help = _help_label()
        box = QVBoxLayout(self.summary_box)
        box.addWidget(self.summary_help)
        row = QHBoxLayout()
        row.addWidget(self.summary_session, 1)
        row.addWidget(self.summary_button)
        box.addLayout(row)

        self.report_box = QGroupBox()
        self.report_help = _help_label()
        self.report_pdf = QPushButton()
        self.report_docx = QPushButton()
        self.report_pdf.clicked.connect(lambda: self.export_report("pdf"))
        self.report_docx.clicked.connect(lambda: self.export_report("docx"))
        box = QVBoxLayout(self.report_box)
        box.addWidget(self.report_help)
        row = QHBoxLayout()
        row.addWidget(self.report_pdf)
        row.addWidget(self.report_docx)
        row.addStretch(1)
        box.addLayout(row)

        self.csv_box = QGroupBox()
        self.csv_help = _help_label()
        self.csv_session = QComboBox()
        self.csv_session.setObjectName("csvSession")
        self.notes_csv = QPushButton()
        self.insights_csv = QPushButton()
        self.notes_csv.clicked.connect(self.export_notes_csv)
        self.insights_csv.clicked.connect(self.export_insights_csv)
        box = QVBoxLayout(self.csv_box)
        box.addWidget(self.csv_help)
        row = QHBoxLayout()
        row.addWidget(self.csv_session, 1)
        row.addWidget(self.notes_csv)
        row.addWidget(self.insights_csv)
        box.addLayout(row)

        self.followup_box = QGroupBox()
        self.followup_help = _help_label()
        self.declaration_pdf = QPushButton()
        self.declaration_docx = QPushButton()
        self.followup_pdf = QPushButton()
        self.lessons_pdf = QPushButton()
        self.declaration_pdf.clicked.connect(lambda: self.export_followup("declaration", ".pdf"))
        self.declaration_docx.clicked.connect(lambda: self.export_followup("declaration", ".docx"))
        self.followup_pdf.clicked.connect(lambda: self.export_followup("followup", ".pdf"))
        self.lessons_pdf.clicked.connect(lambda: self.export_followup("lessons", ".pdf"))
        box = QVBoxLayout(self.followup_box)
        box.addWidget(self.followup_help)
        row = QHBoxLayout()
        for button in (self.declaration_pdf, self.declaration_docx, self.followup_pdf,
                       self.lessons_pdf):  # fmt: skip
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_last)
        self.open_button.hide()

        form = QHBoxLayout()
        form.addWidget(self.language_label)
        form.addWidget(self.language)
        form.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        for widget in (self.summary_box, self.report_box, self.followup_box, self.csv_box):
            layout.addWidget(widget)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        layout.addLayout(bottom)
        done = QHBoxLayout()
        done.addWidget(self.status, 1)
        done.addWidget(self.open_button)
        layout.addLayout(done)
        layout.addStretch(1)
        self.buttons = (
            self.summary_button,
            self.report_pdf,
            self.report_docx,
            self.notes_csv,
            self.insights_csv,
            self.declaration_pdf,
            self.declaration_docx,
            self.followup_pdf,
            self.lessons_pdf,
        )
        ctx.data_changed.connect(self._on_changed)
        ctx.project_opened.connect(self.refresh)
        ctx.project_closed.connect(self.refresh)
        ctx.language_changed.connect(lambda _lang: self.retranslate())
        self.retranslate()
        self.refresh()

    # -- texts and lists -------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(tr("Exports"))
        self.intro.setText(
            tr(
                "Documents to send and to print. Names of people appear only where they "
                "consented; quotes only where quoting was allowed."
            )
        )
        self.language_label.setText(tr("Document language:"))
        at = self.language.findData(self.ctx.language)
        self.language.setCurrentIndex(at if at >= 0 else 0)
        self.summary_box.setTitle(tr("Workshop summary (PDF)"))
        self.summary_help.setText(
            tr(
                "For the participants after a session: agenda with planned and actual times, "
                "organisations, clusters and votes per theme, charts and photos of the walls."
            )
        )
        self.summary_button.setText(tr("Export summary…"))
        self.report_box.setTitle(tr("Kunskapsunderlag"))
        self.report_help.setText(
            tr(
                "The whole project: method, insights with their evidence and quotes, lessons, "
                "commitments, the stakeholder map and the list of sessions."
            )
        )
        self.report_pdf.setText(tr("Export as PDF…"))
        self.report_docx.setText(tr("Export as Word…"))
        self.followup_box.setTitle(tr("Follow-up"))
        self.followup_help.setText(
            tr(
                "The declaration of intent with the parties' commitments, the follow-up report "
                "(changes between assessment rounds, engagement) and the lessons learned."
            )
        )
        self.declaration_pdf.setText(tr("Declaration (PDF)…"))
        self.declaration_docx.setText(tr("Declaration (Word)…"))
        self.followup_pdf.setText(tr("Follow-up report…"))
        self.lessons_pdf.setText(tr("Lessons learned…"))
        self.csv_box.setTitle(tr("Spreadsheets (CSV)"))
        self.csv_help.setText(
            tr(
                "For Excel: UTF-8 with BOM, so å, ä and ö come out right; cells that would "
                "run as formulas are kept as text."
            )
        )
        self.notes_csv.setText(tr("Notes…"))
        self.insights_csv.setText(tr("Insights and lessons…"))
        self.cancel_button.setText(tr("Cancel"))
        self.open_button.setText(tr("Open"))
        self.refresh()

    def _on_changed(self, area: str) -> None:
        if area in ("sessions", "project"):
            self.refresh()

    def refresh(self) -> None:
        services = self.ctx.services
        sessions = services.sessions.list() if services else []
        options = [(s.id, s.title) for s in sessions]
        refill_filter(self.csv_session, tr("All sessions"), options, None)
        current = self.summary_session.currentData()
        self.summary_session.blockSignals(True)
        self.summary_session.clear()
        for key, title in options:
            self.summary_session.addItem(title, key)
        at = self.summary_session.findData(current)
        self.summary_session.setCurrentIndex(at if at >= 0 else 0)
        self.summary_session.blockSignals(False)
        self._enable()

    def _enable(self) -> None:
        idle = self.control is None and self.ctx.is_open
        for button in self.buttons:
            button.setEnabled(idle)
        self.summary_button.setEnabled(idle and self.summary_session.count() > 0)

    # -- the exports -------------------------------------------------------------------
    def export_summary(self) -> None:
        session_id = self.summary_session.currentData()
        if not session_id:
            return
        name = safe_file_name(self.summary_session.currentText(), "summary")
        self._export(tr("Export workshop summary"), name + ".pdf",
                     tr("PDF documents (*.pdf)"), _summary(session_id))  # fmt: skip

    def export_report(self, fmt: str) -> None:
        title = tr("Export kunskapsunderlag")
        project = self.ctx.services.overview().title if self.ctx.services else ""
        name = safe_file_name(f"{tr('Kunskapsunderlag')} {project}", "report")
        if fmt == "docx":
            self._export(title, name + ".docx", tr("Word documents (*.docx)"), _report("docx"))
        else:
            self._export(title, name + ".pdf", tr("PDF documents (*.pdf)"), _report("pdf"))

    def export_followup(self, which: str, suffix: str) -> None:
        title, name = {
            "declaration": (tr("Declaration of intent"), tr("Declaration of intent")),
            "followup": (tr("Follow-up report"), tr("Follow-up report")),
            "lessons": (tr("Lessons learned"), tr("Lessons learned")),
        }[which]
        file_filter = tr("Word documents (*.docx)") if suffix == ".docx" else tr(
            "PDF documents (*.pdf)"
        )  # fmt: skip
        today = self.ctx.clock().astimezone(self.ctx.tz).date()
        self._export(title, name + suffix, file_filter, _followup(which, today))

    def export_notes_csv(self) -> None:
        session_id = self.csv_session.currentData()
        self._export(tr("Export notes"), tr("notes") + ".csv", tr("CSV files (*.csv)"),
                     _notes_csv(session_id or None))  # fmt: skip

    def export_insights_csv(self) -> None:
        self._export(tr("Export insights"), tr("insights") + ".csv", tr("CSV files (*.csv)"),
                     _insights_csv)  # fmt: skip

    def _export(self, title: str, suggested: str, file_filter: str, work: Work) -> None:
        if self.ctx.services is None or self.control is not None:
            return
        suffix = Path(suggested).suffix
        path = self.ctx.interaction.save_path(self, title, suggested, file_filter)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        target = Path(path)
        store = self.ctx.services.export_source()
        language = self.language.currentData()
        self.progress.setValue(0)
        self.open_button.hide()
        self.progress.show()
        self.cancel_button.show()
        self.status.setText(tr("Writing {0}…").format(target.name))
        self.control = self.ctx.tasks.start(
            lambda control: work(store, language, target, control.progress),
            on_done=lambda result: self._done(title, Path(result)),
            on_error=lambda exc: self._failed(title, target, exc),
            on_progress=self._progress,
        )
        self._enable()

    def cancel(self) -> None:
        if self.control is not None:
            self.control.cancel()
            self.status.setText(tr("Cancelling…"))

    def open_last(self) -> None:
        if self.last_path is not None:
            self.ctx.interaction.open_file(str(self.last_path))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / total) if total else 0)

    def _finish(self) -> None:
        self.control = None
        self.progress.hide()
        self.cancel_button.hide()
        self._enable()

    def _done(self, title: str, path: Path) -> None:
        self._finish()
        self.last_path = path
        self.status.setText(tr("Saved: {0}").format(str(path)))
        self.open_button.show()
        self.finished.emit(str(path))

    def _failed(self, title: str, target: Path, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, TaskCancelled):
            self.status.setText(tr("Cancelled; nothing was written."))
        else:
            self.status.setText("")
            if isinstance(exc, OSError):
                message = tr("{0} could not be written: {1}").format(
                    target.name, exc.strerror or exc
                )
            else:
                message = error_messages.describe(exc)
            self.ctx.interaction.error(self, title, message)
        self.finished.emit("")


def _help_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("hint")
    return label
