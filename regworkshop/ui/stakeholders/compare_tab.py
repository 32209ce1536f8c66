"""Compare two assessment rounds: how influence and interest moved, beside engagement."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.stakeholders.compare_model import CompareModel, CompareRow
from regworkshop.ui.widgets.row_table_model import SortRole


class CompareTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = CompareModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.a_label, self.b_label = QLabel(), QLabel()
        self.round_a, self.round_b = QComboBox(), QComboBox()
        self.round_a.setObjectName("compareA")
        self.round_b.setObjectName("compareB")
        for box in (self.round_a, self.round_b):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(lambda _i: self.show_changes())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setObjectName("engagementHelp")
        self.table = QTableView()
        self.table.setObjectName("compareTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(self.a_label)
        top.addWidget(self.round_a)
        top.addSpacing(12)
        top.addWidget(self.b_label)
        top.addWidget(self.round_b)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.explain)
        self.retranslate()

    def retranslate(self) -> None:
        self.a_label.setText(tr("Round A:"))
        self.b_label.setText(tr("Round B:"))
        self.explain.setText(
            tr(
                "Engagement (0–100) is computed from what happened: up to 50 points for the share "
                "of invited sessions attended, 1 point per note attributed to the actor (at most "
                "30) and 10 per commitment not dropped (at most 20)."
            )
        )
        self.model.refresh_all()
        self._summarise()

    def refresh(self) -> None:
        services = self.ctx.services
        a, b = self.round_a.currentData(), self.round_b.currentData()
        rounds = services.assessments.rounds() if services else []
        ids = [r.id for r in rounds]
        for box in (self.round_a, self.round_b):
            box.blockSignals(True)
            box.clear()
            for rnd in rounds:
                box.addItem(f"{rnd.name} ({rnd.held_on.isoformat()})", rnd.id)
            box.blockSignals(False)
        self.round_a.setCurrentIndex(ids.index(a) if a in ids else max(0, len(ids) - 2))
        self.round_b.setCurrentIndex(ids.index(b) if b in ids else len(ids) - 1)
        self.show_changes()

    def choose(self, round_a: str, round_b: str) -> None:
        self.round_a.setCurrentIndex(self.round_a.findData(round_a))
        self.round_b.setCurrentIndex(self.round_b.findData(round_b))

    def show_changes(self) -> None:
        services = self.ctx.services
        a, b = self.round_a.currentData(), self.round_b.currentData()
        if services is None or a is None or b is None:
            self.model.set_rows([])
        else:
            engagement = services.engagement.measure()
            moves = services.assessments.compare(a, b)
            self.model.set_rows([CompareRow(m, engagement.get(m.actor_id)) for m in moves])
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 250))
        self._summarise()

    def _summarise(self) -> None:
        rows = self.model.rows()
        moved = sum(1 for r in rows if r.movement.influence_change or r.movement.interest_change)
        quadrants = sum(1 for r in rows if r.movement.moved_quadrant)
        if self.round_a.count() < 2:
            self.summary.setText(
                tr("Start a second assessment round on the grid to compare rounds.")
            )
        else:
            self.summary.setText(
                tr("{0} of {1} actors moved; {2} changed quadrant.").format(
                    moved, len(rows), quadrants
                )
            )
