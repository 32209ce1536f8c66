"""File-menu actions for moving work between laptops: export, merge, resolve conflicts."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from regworkshop.export.sync.bundle_writer import write_bundle
from regworkshop.services.sync.bundle_format import SUFFIX
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.sync.conflict_dialog import ConflictDialog
from regworkshop.ui.sync.merge_dialog import MergeDialog, bundle_filter
from regworkshop.ui.widgets.file_menu_actions import FileMenuActions, NamedExport


class BundleActions(FileMenuActions):
    """Owns the bundle actions of one window and keeps their texts and states current."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        self.export = QAction(window)
        self.merge = QAction(window)
        self.conflicts = QAction(window)
        super().__init__(ctx, window, [self.export, self.merge, self.conflicts])
        self.export.triggered.connect(self.export_bundle)
        self.merge.triggered.connect(lambda: self.open_merge_dialog())
        self.conflicts.triggered.connect(self.open_conflicts)
        ctx.data_changed.connect(lambda _area: self.update())

    def retranslate(self) -> None:
        self.export.setText(tr("&Export bundle…"))
        self.merge.setText(tr("&Merge bundles…"))
        self.update()

    def update(self) -> None:
        super().update()
        # Resolving needs open conflicts, and the menu says how many there are.
        count = len(self.ctx.services.conflicts.list()) if self.ctx.services else 0
        self.conflicts.setEnabled(count > 0)
        self.conflicts.setText(tr("Resolve &conflicts ({0})…").format(count))

    def export_bundle(self) -> None:
        self.export_with_names(
            NamedExport(
                title=tr("Export bundle"),
                intro=tr(
                    "People in the bundle are shown as stable pseudonyms unless you include "
                    "their names."
                ),
                names_option=tr("Include names and contact details (only for the project team)"),
                file_filter=bundle_filter(),
                suffix=SUFFIX,
                write=write_bundle,
                written=lambda written: tr(
                    "Wrote {0}. Send it to the colleague who merges the project."
                ).format(written.path),
            )
        )

    def open_merge_dialog(self, paths: list[str] | None = None) -> MergeDialog:
        return self.show_dialog(MergeDialog(self.ctx, paths, self.window))

    def open_conflicts(self) -> ConflictDialog:
        return self.show_dialog(ConflictDialog(self.ctx, self.window))
