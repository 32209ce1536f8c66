"""File-menu actions for NVivo, ATLAS.ti, MAXQDA and QualCoder: export and import .qdpx."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from regworkshop.export.qdpx.qdpx_writer import write_qdpx
from regworkshop.services.qdpx.qdpx_format import SUFFIX
from regworkshop.ui.qdpx.qdpx_import_dialog import QdpxImportDialog
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.widgets.file_menu_actions import FileMenuActions, NamedExport


def qdpx_filter() -> str:
    return tr("REFI-QDA projects (*{0});;All files (*)").format(SUFFIX)


class QdpxActions(FileMenuActions):
    """Owns the .qdpx actions of one window."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        self.export = QAction(window)
        self.import_ = QAction(window)
        super().__init__(ctx, window, [self.export, self.import_])
        self.export.triggered.connect(self.export_qdpx)
        self.import_.triggered.connect(lambda: self.open_import())

    def retranslate(self) -> None:
        self.export.setText(tr("Export for &QDA programs (.qdpx)…"))
        self.import_.setText(tr("&Import from a QDA program (.qdpx)…"))
        self.update()

    def export_qdpx(self) -> None:
        self.export_with_names(
            NamedExport(
                title=tr("Export for QDA programs"),
                intro=tr(
                    "A .qdpx opens in NVivo, ATLAS.ti, MAXQDA and QualCoder. People are shown as "
                    "stable pseudonyms unless you include the names of those who consented; "
                    "organisations and quotes follow each interviewee's consent."
                ),
                names_option=tr("Names of people who consented (only for the project team)"),
                file_filter=qdpx_filter(),
                suffix=SUFFIX,
                write=write_qdpx,
                written=lambda written: tr(
                    "Wrote {0}: {1} sessions as text sources with {2} coded notes."
                ).format(written.path, written.sources, written.selections),
            )
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
        return self.show_dialog(QdpxImportDialog(self.ctx, path, self.window))
