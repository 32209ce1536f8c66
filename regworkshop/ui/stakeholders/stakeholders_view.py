"""The stakeholder analysis: register, grid, involvement plan and comparison, plus import/export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from regworkshop.export.tables.stakeholder_export import export_table
from regworkshop.ui.shell import error_messages
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.stakeholders.compare_tab import CompareTab
from regworkshop.ui.stakeholders.grid_tab import GridTab, is_dark
from regworkshop.ui.stakeholders.import_dialog import ImportDialog
from regworkshop.ui.stakeholders.plan_tab import PlanTab
from regworkshop.ui.stakeholders.register_tab import RegisterTab

AREAS = ("stakeholders", "project")
TAB_KEYS = ("register", "grid", "plan", "compare")


class StakeholdersView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setObjectName("viewTitle")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importStakeholders")
        self.import_button.clicked.connect(self.import_dialog)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportStakeholders")
        self.export_button.clicked.connect(self.export_dialog)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.register = RegisterTab(ctx)
        self.grid = GridTab(ctx)
        self.plan = PlanTab(ctx)
        self.compare = CompareTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("stakeholderTabs")
        for tab in (self.register, self.grid, self.plan, self.compare):
            self.tabs.addTab(tab, "")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.dialog: ImportDialog | None = None
        keys = list(TAB_KEYS)
        remembered = ctx.settings.stakeholder_tab
        self.tabs.setCurrentIndex(keys.index(remembered) if remembered in keys else 0)
        self.tabs.currentChanged.connect(self._tab_changed)
        ctx.data_changed.connect(self._on_data_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(tr("Stakeholders"))
        self.import_button.setText(tr("Import…"))
        self.export_button.setText(tr("Export…"))
        for n, title in enumerate((tr("Register"), tr("Grid"), tr("Plan"), tr("Compare rounds"))):
            self.tabs.setTabText(n, title)
        for tab in (self.register, self.grid, self.plan, self.compare):
            tab.retranslate()

    def refresh(self) -> None:
        """Reload every tab from the open project."""
        self.grid.set_dark(is_dark())
        self.register.refresh()
        self.grid.refresh()
        self.plan.refresh()
        self.compare.refresh()
        self.import_button.setEnabled(self.ctx.is_open)
        self.export_button.setEnabled(self.ctx.is_open)

    def show_part(self, part: str) -> None:
        """Show a tab by its key (a method-guide link)."""
        if part in TAB_KEYS:
            self.tabs.setCurrentIndex(TAB_KEYS.index(part))

    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(TAB_KEYS):
            self.ctx.settings.stakeholder_tab = TAB_KEYS[index]

    def set_dark(self, dark: bool) -> None:
        self.grid.set_dark(dark)

    def _on_data_changed(self, area: str) -> None:
        if area in AREAS and self.ctx.is_open:
            self.refresh()

    # -- import and export --------------------------------------------------------
    def import_dialog(self) -> None:
        path = self.ctx.interaction.open_table_path(self)
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> ImportDialog:
        """Open the preview dialog on *path* (window-modal; reading runs in the background)."""
        self.dialog = ImportDialog(self.ctx, path, self)
        self.dialog.open()
        self.dialog.start()
        return self.dialog

    def export_dialog(self) -> None:
        services = self.ctx.services
        if services is None:
            return
        choice = self.ctx.interaction.choose(
            self,
            tr("Export stakeholders"),
            tr("Contact people are personal data. Include them in the list?"),
            [
                ("organisations", tr("Organisations only (recommended)")),
                ("names", tr("Include contact people's names and details")),
            ],
        )
        if choice is None:
            return
        include_names = choice == "names"
        suggested = tr("Stakeholders") + ".xlsx"
        path = self.ctx.interaction.save_table_path(self, suggested)
        if not path:
            return
        round_id = self.grid.shown_round()
        language = self.ctx.language if self.ctx.language in ("sv", "en") else "sv"
        self.status.setText(tr("Exporting…"))
        self.ctx.tasks.start(
            lambda _c: export_table(
                path, services.stakeholder_table(round_id, language, include_names=include_names)
            ),
            on_done=lambda written: self.status.setText(
                tr("Exported to {0}").format(Path(written).name)
            ),
            on_error=self._export_failed,
        )

    def _export_failed(self, exc: BaseException) -> None:
        self.status.setText("")
        self.ctx.interaction.error(self, tr("Export stakeholders"), error_messages.describe(exc))
