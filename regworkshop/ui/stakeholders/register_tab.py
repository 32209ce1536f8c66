"""The stakeholder register: actors with sort, filter, inline edit and undoable delete."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import actor_types
from regworkshop.ui.shell.service_command import push_command
from regworkshop.ui.stakeholders.actor_table_model import ActorRow, ActorTableModel
from regworkshop.ui.stakeholders.people_panel import PeoplePanel
from regworkshop.ui.stakeholders.stakeholder_commands import (
    CreateActorCommand,
    DeleteActorsCommand,
    UpdateActorCommand,
)
from regworkshop.ui.widgets.combo_delegate import ComboDelegate
from regworkshop.ui.widgets.filter_combo import refill_filter
from regworkshop.ui.widgets.row_table_model import IdRole, SortRole

NAME_WIDTH = 280  # longer names are elided; the tooltip shows them whole


class RegisterTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ActorTableModel(self._edit, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.type_filter = QComboBox()
        self.type_filter.setObjectName("typeFilter")
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("textFilter")
        self.text_filter.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setObjectName("actorTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setItemDelegateForColumn(
            self.model.column_of("type"), ComboDelegate(actor_types, self.table)
        )
        self.add_button = QPushButton()
        self.add_button.setObjectName("addActor")
        self.add_button.clicked.connect(self.add_actor)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteActors")
        self.delete_button.clicked.connect(self.delete_selected)
        self.people = PeoplePanel(ctx)
        filters = QHBoxLayout()
        filters.addWidget(self.type_filter)
        filters.addWidget(self.text_filter, 1)
        filters.addWidget(self.add_button)
        filters.addWidget(self.delete_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(self.people)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)
        self.type_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.text_filter.textChanged.connect(lambda _t: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        self.round_id: str | None = None
        self.retranslate()

    def retranslate(self) -> None:
        refill_filter(self.type_filter, tr("All types"), actor_types())
        self.text_filter.setPlaceholderText(tr("Filter by name, municipality or notes"))
        self.add_button.setText(tr("Add actor…"))
        self.delete_button.setText(tr("Delete"))
        self.model.refresh_all()
        self.people.retranslate()

    def refresh(self) -> None:
        """Reload the actors that pass the filters, with the current round's values."""
        services = self.ctx.services
        if services is None:
            self.model.set_rows([])
            self.people.show_actor(None)
            return
        actors = services.actors.list_actors(
            self.type_filter.currentData() or None, self.text_filter.text()
        )
        current = services.assessments.current_round()
        self.round_id = current.id if current else None
        values = services.assessments.values(current.id) if current else {}
        engagement = services.engagement.measure()
        rows = [ActorRow(a, values.get(a.id), engagement.get(a.id)) for a in actors]
        fresh = len(rows) != self.model.rowCount()
        self.model.set_rows(rows)
        if fresh:
            self.table.resizeColumnsToContents()
            name = self.model.column_of("name")
            self.table.setColumnWidth(name, min(self.table.columnWidth(name), NAME_WIDTH))
        if not self.table.selectionModel().hasSelection() and self.proxy.rowCount():
            # Show someone's contact people from the start rather than an empty panel.
            self.table.selectRow(0)
        self._selection_changed()

    def selected_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        return [self.proxy.mapToSource(i).data(IdRole) for i in rows]

    def select_actor(self, actor_id: str) -> None:
        row = self.model.row_of(actor_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.selectRow(index.row())
            self.table.setCurrentIndex(index)

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        self.delete_button.setEnabled(bool(ids))
        row = self.model.row_at(self.model.row_of(ids[0])) if len(ids) == 1 else None
        self.people.show_actor(row.actor.id if row else None, row.actor.name if row else "")

    def _edit(self, actor_id: str, field: str, value, old) -> None:
        push_command(
            self.ctx,
            self,
            tr("Edit actor"),
            UpdateActorCommand(self.ctx, actor_id, field, value, old),
        )

    def add_actor(self) -> None:
        name = self.ctx.interaction.text(self, tr("Add actor"), tr("Name of the actor:"))
        if not name or not name.strip():
            return
        kind = self.ctx.interaction.choose(
            self, tr("Add actor"), tr("Type of actor:"), actor_types()
        )
        if kind is None:
            return
        command = CreateActorCommand(self.ctx, name, kind)
        if push_command(self.ctx, self, tr("Add actor"), command) and command.actor_id:
            self.select_actor(command.actor_id)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            push_command(self.ctx, self, tr("Delete actors"), DeleteActorsCommand(self.ctx, ids))
