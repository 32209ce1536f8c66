"""Write the follow-up documents off the GUI thread: ask where, read the data, render in a task."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from regworkshop.export.documents.declaration import (
    build_declaration,
    check_suffix,
    write_declaration,
)
from regworkshop.export.documents.followup_report import build_followup, write_followup_pdf
from regworkshop.export.documents.lessons_report import build_lessons, write_lessons_pdf
from regworkshop.services.errors import ServiceError
from regworkshop.ui.shell import error_messages
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr


class FollowUpExports:
    """The three documents of the follow-up, each one background task with progress."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        self.ctx = ctx
        self.parent = parent
        self.status = QLabel(objectName="exportStatus")
        self.last_written: Path | None = None

    def declaration(self) -> None:
        self._export(
            tr("Declaration of intent"),
            tr("Declaration of intent") + ".pdf",
            tr("PDF (*.pdf);;Word document (*.docx)"),
            build_declaration,
            write_declaration,
            docx=True,
        )

    def followup_report(self) -> None:
        self._export(
            tr("Follow-up report"),
            tr("Follow-up report") + ".pdf",
            tr("PDF (*.pdf)"),
            build_followup,
            write_followup_pdf,
        )

    def lessons(self) -> None:
        self._export(
            tr("Lessons learned"),
            tr("Lessons learned") + ".pdf",
            tr("PDF (*.pdf)"),
            build_lessons,
            write_lessons_pdf,
        )

    def _export(
        self,
        title: str,
        suggested: str,
        file_filter: str,
        build: Callable[..., Any],
        write: Callable[..., Path],
        *,
        docx: bool = False,
    ) -> None:
        services = self.ctx.services
        if services is None:
            return
        chosen = self.ctx.interaction.save_path(self.parent, title, suggested, file_filter)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in ((".pdf", ".docx") if docx else (".pdf",)):
            path = path.with_name(path.name + ".pdf")
        today = self.ctx.clock().astimezone(self.ctx.tz).date()
        try:
            if docx:
                check_suffix(path)
            data = build(services.export_source(), self.ctx.content_language(), today)
        except ServiceError as exc:
            self.ctx.interaction.error(self.parent, title, error_messages.describe(exc))
            return
        self.status.setText(tr("Writing {0}…").format(path.name))
        self.ctx.tasks.start(
            lambda control: write(data, path, control.progress),
            on_done=self._written,
            on_error=lambda exc: self._failed(title, exc),
            on_progress=lambda done, total: self.status.setText(
                tr("Writing {0}… {1} %").format(path.name, 100 * done // max(total, 1))
            ),
        )

    def _written(self, path: Path) -> None:
        self.last_written = Path(path)
        self.status.setText(tr("Written: {0}").format(Path(path).name))

    def _failed(self, title: str, exc: BaseException) -> None:
        self.status.setText("")
        self.ctx.interaction.error(self.parent, title, error_messages.describe(exc))
