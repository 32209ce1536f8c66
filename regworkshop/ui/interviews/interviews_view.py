"""The Interviews area: interviews with status and filters on the left, note taking on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regworkshop.services.interviews.interview_service import STATUSES
from regworkshop.ui.interviews.interview_models import IdRole, InterviewListModel, status_name
from regworkshop.ui.interviews.interview_notes_view import InterviewNotesView
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import actor_types
from regworkshop.ui.widgets.filter_combo import refill_filter

ANY = "__any__"


class InterviewsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor_type = QComboBox(objectName="interviewActorType")
        self.municipality = QComboBox(objectName="interviewMunicipality")
        self.status = QComboBox(objectName="interviewStatusFilter")
        for combo in (self.actor_type, self.municipality, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.refresh_list())
        self.model = InterviewListModel(self)
        self.table = QTableView(objectName="interviewList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((2, 90), (3, 90)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_current())
        self.notes = InterviewNotesView(ctx)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(self.actor_type)
        filters.addWidget(self.municipality)
        filters.addWidget(self.status)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal, objectName="interviewsSplit")
        self.split.addWidget(left)
        self.split.addWidget(self.notes)
        self.split.setSizes([520, 840])
        self.split.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.split)
        ctx.data_changed.connect(self._on_data_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self._fill_filters()
        self.notes.retranslate()

    def _fill_filters(self) -> None:
        services = self.ctx.services
        munis: list[str] = []
        if services is not None:
            actors = services.actors.list_actors()
            munis = sorted({a.municipality for a in actors if a.municipality}, key=str.casefold)
        _fill(self.actor_type, tr("All actor types"), actor_types())
        _fill(self.municipality, tr("All municipalities"), [(m, m) for m in munis])
        _fill(self.status, tr("Any status"), [(s, status_name(s)) for s in STATUSES])

    def refresh(self) -> None:
        self._fill_filters()
        self.refresh_list()
        if self.current_id() is None and self.model.rowCount():
            self.table.selectRow(0)
        self._show_current()

    def refresh_list(self) -> None:
        services = self.ctx.services
        if services is None:
            return
        current = self.current_id()
        rows = services.interviews.list(
            actor_types=_chosen(self.actor_type),
            municipalities=_chosen(self.municipality),
            statuses=_chosen(self.status),
        )
        self.model.set_rows(rows)
        row = self.model.row_of(current)
        if row >= 0 and row != self.table.currentIndex().row():
            self.table.selectRow(row)
        elif row < 0:
            self.table.clearSelection()
            self._show_current()

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.index(index.row(), 0).data(IdRole)

    def select(self, session_id: str) -> bool:
        row = self.model.row_of(session_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _show_current(self) -> None:
        self.notes.show_interview(self.current_id())

    def _on_data_changed(self, area: str) -> None:
        if area in ("interviews", "sessions", "participants", "agenda", "actors", "themes"):
            self.refresh_list()
            self.notes.refresh()
        elif area == "interview_notes":
            self.notes.refresh_notes()


def _chosen(combo: QComboBox) -> tuple[str, ...]:
    value = combo.currentData()
    return () if value in (ANY, None) else (value,)


def _fill(combo: QComboBox, any_text: str, options) -> None:
    refill_filter(combo, any_text, options, all_value=ANY)
