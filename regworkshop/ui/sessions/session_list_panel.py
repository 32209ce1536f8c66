"""The session list with its filters (kind, dates, organisation) and new/delete buttons."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regworkshop.services.sessions.session_service import KINDS
from regworkshop.ui.sessions.session_list_model import SessionListModel
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import session_kind_name
from regworkshop.ui.widgets.filter_combo import refill_filter
from regworkshop.ui.widgets.local_time import local_date_start


class SessionListPanel(QWidget):
    """Lists the project's sessions; tells the editor which one is chosen."""

    current_changed = Signal(object)  # a session id, or None
    new_requested = Signal()
    delete_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = SessionListModel(self)
        self.heading = QLabel()
        self.heading.setObjectName("viewTitle")
        self.kind = QComboBox()
        self.kind.setObjectName("sessionKindFilter")
        self.kind.setMinimumContentsLength(10)
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.actor = QComboBox()
        self.actor.setObjectName("sessionActorFilter")
        self.actor.setMinimumContentsLength(10)
        self.actor.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.use_from, self.use_to = QCheckBox(), QCheckBox()
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        today = QDate.currentDate()
        for edit, value in ((self.date_from, today.addMonths(-1)), (self.date_to, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(value)
            edit.setEnabled(False)
        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_to.toggled.connect(self.date_to.setEnabled)
        self.table = QTableView()
        self.table.setObjectName("sessionTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(
            SessionListModel.COL_WHEN, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(SessionListModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SessionListModel.COL_KIND, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(SessionListModel.COL_KIND, 104)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newSession")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteSession")
        self.new_button.clicked.connect(self.new_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.count = QLabel()

        filters = QGridLayout()
        self.kind_label, self.actor_label = QLabel(), QLabel()
        filters.addWidget(self.kind_label, 0, 0)
        filters.addWidget(self.kind, 0, 1)
        filters.addWidget(self.actor_label, 1, 0)
        filters.addWidget(self.actor, 1, 1)
        self.from_label, self.to_label = QLabel(), QLabel()
        for number, (label, check, edit) in enumerate(
            (
                (self.from_label, self.use_from, self.date_from),
                (self.to_label, self.use_to, self.date_to),
            )
        ):
            row = QHBoxLayout()
            row.addWidget(check)
            row.addWidget(edit, 1)
            filters.addWidget(label, 2 + number, 0)
            filters.addLayout(row, 2 + number, 1)
        filters.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 6, 12)
        layout.addWidget(self.heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        for signal in (
            self.kind.currentIndexChanged,
            self.actor.currentIndexChanged,
            self.use_from.toggled,
            self.use_to.toggled,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
        ):
            signal.connect(lambda *_: self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(tr("Sessions"))
        self.kind_label.setText(tr("Kind:"))
        self.actor_label.setText(tr("Organisation:"))
        self.from_label.setText(tr("From:"))
        self.to_label.setText(tr("To:"))
        self.use_from.setToolTip(tr("Only sessions from this date"))
        self.use_to.setToolTip(tr("Only sessions up to and including this date"))
        self.new_button.setText(tr("New session"))
        self.delete_button.setText(tr("Delete…"))
        self.new_button.setToolTip(tr("Add a session (Ctrl+Shift+N)"))
        refill_filter(self.kind, tr("All kinds"), [(k, session_kind_name(k)) for k in KINDS])
        self.model.retranslate()
        self._fill_actors()
        self._update_count()

    def _fill_actors(self) -> None:
        actors = self.ctx.services.participants.actors() if self.ctx.services else []
        refill_filter(self.actor, tr("All organisations"), [(a.id, a.name) for a in actors])

    def refresh(self) -> None:
        """Reload the list with the filters, keeping the chosen session if it is still shown."""
        current = self.current_id()
        self.model.tz = self.ctx.tz
        rows = []
        if self.ctx.services:
            tz = self.ctx.tz
            rows = self.ctx.services.sessions.list(
                kind=self.kind.currentData() or None,
                actor_id=self.actor.currentData() or None,
                starts_from=local_date_start(self.date_from.date(), tz)
                if self.use_from.isChecked()
                else None,
                starts_before=local_date_start(self.date_to.date().addDays(1), tz)
                if self.use_to.isChecked()
                else None,
            )
        # Keep the choice across the reload without telling the editor twice.
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.model.set_rows(rows)
        row = self.model.row_of(current)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
            self.table.setCurrentIndex(self.model.index(-1, -1))
        selection.blockSignals(False)
        self.table.viewport().update()
        self._update_count()
        chosen = self.current_id()
        self.delete_button.setEnabled(chosen is not None)
        if chosen != current:
            self.current_changed.emit(chosen)

    def refresh_filters(self) -> None:
        """Reload the organisations offered as a filter (the register may have changed)."""
        self._fill_actors()

    def _update_count(self) -> None:
        self.count.setText(tr("{0} sessions").format(self.model.rowCount()))

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return index.data(SessionListModel.IdRole)

    def select(self, session_id: str | None) -> bool:
        """Choose a session in the list; return False if the filters hide it."""
        row = self.model.row_of(session_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def clear_filters(self) -> None:
        for widget in (self.kind, self.actor):
            widget.setCurrentIndex(0)
        self.use_from.setChecked(False)
        self.use_to.setChecked(False)

    def _on_current(self, current, _previous) -> None:
        self.delete_button.setEnabled(current.isValid())
        self.current_changed.emit(
            current.data(SessionListModel.IdRole) if current.isValid() else None
        )

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Delete and self.current_id():
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)
