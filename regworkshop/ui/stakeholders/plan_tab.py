"""The involvement plan: every actor's forms of involvement, filterable by form."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import involvement_forms
from regworkshop.ui.shell.service_command import push_command
from regworkshop.ui.stakeholders.plan_commands import (
    CreateInvolvementCommand,
    DeleteInvolvementsCommand,
    UpdateInvolvementCommand,
)
from regworkshop.ui.stakeholders.plan_model import PlanModel
from regworkshop.ui.widgets.combo_delegate import ComboDelegate
from regworkshop.ui.widgets.filter_combo import refill_filter
from regworkshop.ui.widgets.row_table_model import IdRole, SortRole


class PlanTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = PlanModel(self._edit, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.form_label = QLabel()
        self.form_filter = QComboBox()
        self.form_filter.setObjectName("formFilter")
        self.count_label = QLabel()
        self.table = QTableView()
        self.table.setObjectName("planTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.model.column_of("when_date"), Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setItemDelegateForColumn(
            self.model.column_of("form"), ComboDelegate(involvement_forms, self.table)
        )
        self.add_button = QPushButton()
        self.add_button.setObjectName("addInvolvement")
        self.add_button.clicked.connect(self.add_involvement)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteInvolvement")
        self.delete_button.clicked.connect(self.delete_selected)
        top = QHBoxLayout()
        top.addWidget(self.form_label)
        top.addWidget(self.form_filter)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.form_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        self.retranslate()

    def retranslate(self) -> None:
        refill_filter(self.form_filter, tr("All forms"), involvement_forms())
        self.form_label.setText(tr("Form:"))
        self.add_button.setText(tr("Plan involvement…"))
        self.delete_button.setText(tr("Delete"))
        self.model.refresh_all()
        self._count()

    def refresh(self) -> None:
        services = self.ctx.services
        rows = (
            services.involvements.list(self.form_filter.currentData() or None) if services else []
        )
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self._count()

    def _count(self) -> None:
        self.count_label.setText(tr("{0} planned involvements").format(self.model.rowCount()))

    def _edit(self, involvement_id: str, field: str, value, old) -> None:
        command = UpdateInvolvementCommand(self.ctx, involvement_id, field, value, old)
        push_command(self.ctx, self, tr("Edit involvement"), command)

    def add_involvement(self) -> None:
        services = self.ctx.services
        if services is None:
            return
        actors = [(a.id, a.name) for a in services.actors.list_actors()]
        if not actors:
            return
        actor_id = self.ctx.interaction.choose(self, tr("Plan involvement"), tr("Actor:"), actors)
        if actor_id is None:
            return
        form = self.ctx.interaction.choose(
            self, tr("Plan involvement"), tr("Form of involvement:"), involvement_forms()
        )
        if form is not None:
            push_command(
                self.ctx,
                self,
                tr("Plan involvement"),
                CreateInvolvementCommand(self.ctx, actor_id, form),
            )

    def delete_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        ids = [self.proxy.mapToSource(i).data(IdRole) for i in rows]
        if ids:
            push_command(
                self.ctx, self, tr("Delete involvement"), DeleteInvolvementsCommand(self.ctx, ids)
            )
