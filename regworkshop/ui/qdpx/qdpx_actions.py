"""File-menu actions for NVivo, ATLAS.ti, MAXQDA and QualCoder: export and import .qdpx."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from regworkshop.export.qdpx.qdpx_writer import write_qdpx
from regworkshop.services.qdpx.qdpx_format import SUFFIX
from regworkshop.ui.qdpx.qdpx_import_dialog import QdpxImportDialog
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.widgets.name_choice import choose_names


def qdpx_filter() -> str:
    return tr("REFI-QDA projects (*{0});;All files (*)").format(SUFFIX)


class QdpxActions:
    """Owns the .qdpx actions of one window."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        self.ctx, self.window = ctx, window
        self.export = QAction(window)
        self.import_ = QAction(window)
        self.export.triggered.connect(self.export_qdpx)
        self.import_.triggered.connect(lambda: self.open_import())
        ctx.project_opened.connect(self.update)
        ctx.project_closed.connect(self.update)
        self.last_dialog: QdpxImportDialog | None = None

    def add_to(self, menu: QMenu) -> None:
        menu.addActions([self.export, self.import_])

    def retranslate(self) -> None:
        self.export.setText(tr("Export for &QDA programs (.qdpx)…"))
        self.import_.setText(tr("&Import from a QDA program (.qdpx)…"))
        self.update()

    def update(self) -> None:
        self.export.setEnabled(self.ctx.is_open)
        self.import_.setEnabled(self.ctx.is_open)

    def export_qdpx(self) -> None:
        services = self.ctx.services
        if services is None:
            return
        choice = choose_names(
            self.ctx,
            self.window,
            tr("Export for QDA programs"),
            tr(
                "A .qdpx opens in NVivo, ATLAS.ti, MAXQDA and QualCoder. People are shown as "
                "stable pseudonyms unless you include the names of those who consented; "
                "organisations and quotes follow each interviewee's consent."
            ),
            tr("Names of people who consented (only for the project team)"),
        )
        if choice is None:
            return
        stem = services.path.stem if services.path else "projekt"
        path = self.ctx.interaction.save_file_path(
            self.window, tr("Export for QDA programs"), qdpx_filter(), SUFFIX, f"{stem}{SUFFIX}"
        )
        if not path:
            return
        language = self.ctx.content_language()
        self.ctx.tasks.start(
            lambda control: write_qdpx(
                services.export_source(),
                Path(path),
                include_names=choice == "names",
                language=language,
                progress=control.progress,
            ),
            lambda written: self.ctx.interaction.inform(
                self.window,
                tr("Export for QDA programs"),
                tr("Wrote {0}: {1} sessions as text sources with {2} coded notes.").format(
                    written.path, written.sources, written.selections
                ),
            ),
            lambda exc: self.ctx.interaction.error(
                self.window, tr("Export for QDA programs"), str(exc)
            ),
        )

    def open_import(self, path: str | None = None) -> QdpxImportDialog | None:
        if not self.ctx.is_open:
            return None
        if path is None:
            chosen = self.ctx.interaction.open_file_paths(
                self.window, tr("Import from a QDA program"), qdpx_filter()
            )
            if not chosen:
                return None
            path = chosen[0]
        dialog = QdpxImportDialog(self.ctx, path, self.window)
        self.last_dialog = dialog
        dialog.open()
        return dialog
