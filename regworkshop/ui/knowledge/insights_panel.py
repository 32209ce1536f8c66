"""Insights and lessons beside the results: write one from selected notes, link evidence,
see breadth, order them within the kunskapsunderlag's sections."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regworkshop.store.enums import InsightKind
from regworkshop.ui.knowledge.insight_commands import (
    CreateInsightCommand,
    DeleteInsightCommand,
    EditInsightCommand,
    LinkEvidenceCommand,
    ReorderInsightsCommand,
)
from regworkshop.ui.knowledge.insight_model import InsightModel, breadth_text
from regworkshop.ui.knowledge.search_results_model import NOTE_IDS_MIME
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.service_command import push_command

ALL = "all"


class InsightTable(QTableView):
    """The insight list. Notes dragged from the results and dropped on a row become
    evidence; insights dragged within the list are reordered (the model's drop, undoable)."""

    notes_dropped = Signal(int, list)

    def __init__(self) -> None:
        super().__init__(objectName="insightTable")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)

    @staticmethod
    def _notes(event) -> bool:
        """Notes from the results: linked, never moved."""
        if not event.mimeData().hasFormat(NOTE_IDS_MIME):
            return False
        event.setDropAction(Qt.DropAction.LinkAction)
        event.accept()
        return True

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not self._notes(event):
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not self._notes(event):
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not self._notes(event):
            super().dropEvent(event)  # insights: the model's dropMimeData reorders
            return
        row = self.indexAt(event.position().toPoint()).row()
        raw = bytes(event.mimeData().data(NOTE_IDS_MIME)).decode()
        self.notes_dropped.emit(row, [i for i in raw.split("\n") if i])


class InsightsPanel(QWidget):
    show_evidence = Signal(object)  # (title, note ids)

    def __init__(
        self, ctx: AppContext, selected_notes: Callable[[], list[str]], parent=None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.selected_notes = selected_notes
        self.title = QLabel(objectName="insightsTitle")
        self.kind = QComboBox(objectName="insightKind")
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model = InsightModel(self)
        self.model.reorder_handler = self._reorder_listed
        self.table = InsightTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.show_current_evidence())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_detail())
        self.table.notes_dropped.connect(self._notes_dropped)
        self.detail = QLabel(objectName="insightDetail", wordWrap=True)
        self.buttons = {
            name: QPushButton(objectName=f"insight_{name}")
            for name in ("new", "link", "evidence", "rename", "section", "up", "down", "delete")
        }
        self.buttons["new"].clicked.connect(self.new_from_selection)
        self.buttons["link"].clicked.connect(self.link_selection)
        self.buttons["evidence"].clicked.connect(self.show_current_evidence)
        self.buttons["rename"].clicked.connect(self.rename)
        self.buttons["section"].clicked.connect(self.set_section)
        self.buttons["up"].clicked.connect(lambda: self.move(-1))
        self.buttons["down"].clicked.connect(lambda: self.move(1))
        self.buttons["delete"].clicked.connect(self.delete)
        grid = QGridLayout()
        for i, name in enumerate(("new", "link", "evidence", "rename", "section", "delete")):
            grid.addWidget(self.buttons[name], i // 2, i % 2)
        grid.addWidget(self.buttons["up"], 3, 0)
        grid.addWidget(self.buttons["down"], 3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.kind)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(grid)

    def retranslate(self) -> None:
        self.title.setText(tr("Insights and lessons"))
        current = self.kind.currentData() or ALL
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(tr("Insights and lessons"), ALL)
        self.kind.addItem(tr("Insights"), InsightKind.INSIGHT.value)
        self.kind.addItem(tr("Lessons (internal evaluation)"), InsightKind.LESSON.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)
        texts = {
            "new": tr("&New from selection…"),
            "link": tr("&Link as evidence"),
            "evidence": tr("Show &evidence"),
            "rename": tr("Rename…"),
            "section": tr("Section…"),
            "up": tr("Move up"),
            "down": tr("Move down"),
            "delete": tr("Delete"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.table.setToolTip(
            tr(
                "Drag an insight to move it within its section. Drop notes from the results "
                "on an insight to link them as evidence."
            )
        )
        self.refresh()

    def refresh(self) -> None:
        services = self.ctx.services
        if services is None:
            return
        current = self.current_id()
        kind = self.kind.currentData()
        sections = services.insights.sections(None if kind in (None, ALL) else kind)
        self.model.set_sections(sections, self.ctx.language)
        if current is not None:
            self.select(current)
        self._show_detail()

    def filter_titles(self, text: str) -> None:
        """Mark in bold the insights the search text finds (all stay listed, so notes
        found by the search can still be linked to any insight)."""
        services = self.ctx.services
        keep: set[str] | None = None
        if services is not None and text.strip():
            keep = {hit.id for hit in services.search.search_insights(text)}
        self.model.set_matches(keep or set())
        if keep is None:
            self.title.setText(tr("Insights and lessons"))
        else:
            self.title.setText(
                tr("Insights and lessons matching the search: {0}").format(len(keep))
            )

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.info(index.row()).id

    def select(self, insight_id: str) -> bool:
        row = self.model.row_of(insight_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self._show_detail()
        return True

    def _show_detail(self) -> None:
        insight_id = self.current_id()
        if insight_id is None:
            self.detail.setText(tr("Select notes in the results, then write an insight."))
            return
        info = self.model.info(self.model.row_of(insight_id))
        self.detail.setText(breadth_text(info))

    # -- dropping notes on an insight ----------------------------------------
    def _notes_dropped(self, row: int, note_ids: list[str]) -> None:
        if 0 <= row < self.model.rowCount():
            self.link_notes(self.model.info(row).id, note_ids)

    def link_notes(self, insight_id: str, note_ids: list[str]) -> None:
        if not note_ids:
            return
        command = LinkEvidenceCommand(self.ctx, tr("Link as evidence"), insight_id, note_ids)
        if push_command(self.ctx, self, tr("Link as evidence"), command):
            self.select(insight_id)

    # -- edits ---------------------------------------------------------------
    def new_from_selection(self) -> None:
        notes = self.selected_notes()
        kind = self.kind.currentData()
        kind = InsightKind.LESSON.value if kind == InsightKind.LESSON else InsightKind.INSIGHT.value
        title = self.ctx.interaction.text(
            self,
            tr("New insight"),
            tr("Title of the insight ({0} notes as evidence):").format(len(notes)),
        )
        if not title:
            return
        command = CreateInsightCommand(self.ctx, tr("New insight"), title, kind, notes)
        if push_command(self.ctx, self, tr("New insight"), command):
            self.select(command.insight_id)

    def link_selection(self) -> None:
        insight_id = self.current_id()
        notes = self.selected_notes()
        if insight_id is None or not notes:
            self.ctx.interaction.inform(
                self,
                tr("Link as evidence"),
                tr("Select notes in the results and an insight in this list first."),
            )
            return
        command = LinkEvidenceCommand(self.ctx, tr("Link as evidence"), insight_id, notes)
        push_command(self.ctx, self, tr("Link as evidence"), command)

    def show_current_evidence(self) -> None:
        insight_id = self.current_id()
        if insight_id is None or self.ctx.services is None:
            return
        info = self.model.info(self.model.row_of(insight_id))
        notes = tuple(self.ctx.services.insights.evidence(insight_id))
        self.show_evidence.emit((info.title, notes))

    def rename(self) -> None:
        insight_id = self.current_id()
        if insight_id is None:
            return
        info = self.model.info(self.model.row_of(insight_id))
        title = self.ctx.interaction.text(self, tr("Rename insight"), tr("Title:"), info.title)
        if title and title != info.title:
            command = EditInsightCommand(self.ctx, tr("Rename insight"), insight_id, title=title)
            push_command(self.ctx, self, tr("Rename insight"), command)

    def set_section(self) -> None:
        insight_id = self.current_id()
        if insight_id is None:
            return
        info = self.model.info(self.model.row_of(insight_id))
        section = self.ctx.interaction.text(
            self,
            tr("Section"),
            tr("Section of the kunskapsunderlag (empty: the insight's theme):"),
            info.section,
        )
        if section is None or section == info.section:
            return
        command = EditInsightCommand(self.ctx, tr("Set section"), insight_id, section=section)
        push_command(self.ctx, self, tr("Set section"), command)

    def move(self, step: int) -> None:
        """Move the chosen insight one place up (-1) or down (+1) within its section."""
        insight_id = self.current_id()
        if insight_id is None:
            return
        row = self.model.row_of(insight_id)
        to = row - 1 if step < 0 else row + 2  # moveRows puts the row before *to*
        if 0 <= to <= self.model.rowCount():
            self.model.moveRows(QModelIndex(), row, 1, QModelIndex(), to)

    def _reorder_listed(self, listed: list[str], moved: list[str]) -> bool:
        """Put the listed insights in this order (a drag) and select what moved; insights
        of another kind keep their places among them."""
        if self.ctx.services is None:
            return False
        before = [i.id for i in self.ctx.services.insights.list()]
        shown, order = set(listed), iter(listed)
        after = [next(order) if insight_id in shown else insight_id for insight_id in before]
        if after == before:
            return False
        command = ReorderInsightsCommand(self.ctx, tr("Move insight"), before, after)
        if not push_command(self.ctx, self, tr("Move insight"), command):
            return False
        self.select(moved[0])
        return True

    def delete(self) -> None:
        insight_id = self.current_id()
        if insight_id is None:
            return
        command = DeleteInsightCommand(self.ctx, tr("Delete insight"), insight_id)
        push_command(self.ctx, self, tr("Delete insight"), command)
