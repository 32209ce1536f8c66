"""File-menu actions for moving work between laptops: export, merge, resolve conflicts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from regworkshop.export.sync.bundle_writer import write_bundle
from regworkshop.services.sync.bundle_format import SUFFIX
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.sync.conflict_dialog import ConflictDialog
from regworkshop.ui.sync.merge_dialog import MergeDialog, bundle_filter
from regworkshop.ui.widgets.name_choice import choose_names


class BundleActions:
    """Owns the bundle actions of one window and keeps their texts and states current."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        self.ctx, self.window = ctx, window
        self.export = QAction(window)
        self.merge = QAction(window)
        self.conflicts = QAction(window)
        self.export.triggered.connect(self.export_bundle)
        self.merge.triggered.connect(lambda: self.open_merge_dialog())
        self.conflicts.triggered.connect(self.open_conflicts)
        ctx.project_opened.connect(self.update)
        ctx.project_closed.connect(self.update)
        ctx.data_changed.connect(lambda _area: self.update())
        self.last_dialog: QWidget | None = None

    def add_to(self, menu: QMenu) -> None:
        menu.addActions([self.export, self.merge, self.conflicts])

    def retranslate(self) -> None:
        self.export.setText(tr("&Export bundle…"))
        self.merge.setText(tr("&Merge bundles…"))
        self.update()

    def update(self) -> None:
        is_open = self.ctx.is_open
        self.export.setEnabled(is_open)
        self.merge.setEnabled(is_open)
        count = len(self.ctx.services.conflicts.list()) if self.ctx.services else 0
        self.conflicts.setEnabled(count > 0)
        self.conflicts.setText(tr("Resolve &conflicts ({0})…").format(count))

    def export_bundle(self) -> None:
        services = self.ctx.services
        if services is None:
            return
        choice = choose_names(
            self.ctx,
            self.window,
            tr("Export bundle"),
            tr(
                "People in the bundle are shown as stable pseudonyms unless you include their "
                "names."
            ),
            tr("Include names and contact details (only for the project team)"),
        )
        if choice is None:
            return
        stem = services.path.stem if services.path else "projekt"
        path = self.ctx.interaction.save_file_path(
            self.window, tr("Export bundle"), bundle_filter(), SUFFIX, f"{stem}{SUFFIX}"
        )
        if not path:
            return
        language = self.ctx.content_language()
        self.ctx.tasks.start(
            lambda control: write_bundle(
                services.export_source(),
                Path(path),
                include_names=choice == "names",
                language=language,
                progress=control.progress,
            ),
            lambda written: self.ctx.interaction.inform(
                self.window,
                tr("Export bundle"),
                tr("Wrote {0}. Send it to the colleague who merges the project.").format(
                    written.path
                ),
            ),
            lambda exc: self.ctx.interaction.error(self.window, tr("Export bundle"), str(exc)),
        )

    def open_merge_dialog(self, paths: list[str] | None = None) -> MergeDialog:
        dialog = MergeDialog(self.ctx, paths, self.window)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def open_conflicts(self) -> ConflictDialog:
        dialog = ConflictDialog(self.ctx, self.window)
        self.last_dialog = dialog
        dialog.open()
        return dialog
