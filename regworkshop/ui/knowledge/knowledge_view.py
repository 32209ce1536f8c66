"""The Knowledge base area: search and filters, results, the matrix, insights and lessons."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from regworkshop.ui.knowledge.insights_panel import InsightsPanel
from regworkshop.ui.knowledge.knowledge_filters import KnowledgeFilters
from regworkshop.ui.knowledge.matrix_delegate import MatrixDelegate
from regworkshop.ui.knowledge.matrix_model import CellRole, MatrixModel
from regworkshop.ui.knowledge.search_result_delegate import SearchResultDelegate
from regworkshop.ui.knowledge.search_results_model import IdRole, SearchResultsModel
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr

DEBOUNCE_MS = 150


class KnowledgeView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.evidence_of: tuple[str, tuple[str, ...]] | None = None  # (insight title, note ids)
        self._stale = False
        self._matrix_stale = True
        self.search = QLineEdit(objectName="knowledgeSearch", clearButtonEnabled=True)
        self.hint = QLabel(objectName="knowledgeHint")
        self.evidence_label = QLabel(objectName="evidenceLabel")
        self.evidence_label.linkActivated.connect(lambda _link: self.show_evidence(None))
        self.filters = KnowledgeFilters(ctx)
        self.model = SearchResultsModel(ctx, self)
        self.results = QListView(objectName="knowledgeResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(SearchResultDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setDragEnabled(True)
        self.results.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.matrix_model = MatrixModel(self)
        self.matrix = QTableView(objectName="knowledgeMatrix")
        self.matrix.setModel(self.matrix_model)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.clicked.connect(self.open_cell)
        self.matrix.activated.connect(self.open_cell)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        )
        self.matrix.horizontalHeader().setMinimumHeight(56)
        self.matrix.setItemDelegate(MatrixDelegate(self.matrix))
        self.matrix.setStyleSheet("QHeaderView::section { font-size: 9pt; padding: 2px; }")
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.setWordWrap(False)
        self.tabs = QTabWidget(objectName="knowledgeTabs")
        self.tabs.addTab(self.results, "")
        self.tabs.addTab(self.matrix, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.insights = InsightsPanel(ctx, self.selected_note_ids)
        self.insights.show_evidence.connect(self.show_evidence)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addLayout(top)
        centre_layout.addWidget(self.hint)
        centre_layout.addWidget(self.evidence_label)
        centre_layout.addWidget(self.tabs, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal, objectName="knowledgeSplit")
        self.split.addWidget(self.filters)
        self.split.addWidget(centre)
        self.split.addWidget(self.insights)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([250, 700, 420])
        self.insights.setMinimumWidth(320)
        self.split.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.split)

        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.filters.changed.connect(self._filters_changed)
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(self._focus_search)
        ctx.data_changed.connect(self._on_data_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(tr('Search notes: words, prefix* or "a phrase" (Ctrl+F)'))
        self.tabs.setTabText(0, tr("Results"))
        self.tabs.setTabText(1, tr("Theme × actor type"))
        self.filters.retranslate()
        self.insights.retranslate()
        self._update_evidence_label()
        self.refresh_matrix()

    def refresh(self) -> None:
        """A project was opened: fill the filters, search, draw the matrix, list insights."""
        self.evidence_of = None
        self.filters.refresh()
        self.run_search()
        self.refresh_matrix()
        self.insights.refresh()

    def run_search(self) -> None:
        self.timer.stop()
        filters = self.filters.filters()
        if self.evidence_of is not None:
            filters = filters.with_(note_ids=self.evidence_of[1])
        self.model.run(self.search.text(), filters)
        if self.model.error:
            self.hint.setText(tr("This search could not be run; try simpler words."))
        elif self.model.hint:
            self.hint.setText(tr("Type letters or digits to search for."))
        elif not self.model.rowCount():
            self.hint.setText(tr("No notes match."))
        else:
            more = "+" if self.model.has_more else ""
            self.hint.setText(tr("{0} notes shown").format(f"{self.model.rowCount()}{more}"))
        self.insights.filter_titles(self.search.text())

    def refresh_matrix(self, *, force: bool = False) -> None:
        """Recount the matrix now if it is shown, else when its tab is next opened."""
        services = self.ctx.services
        if services is None:
            return
        if not force and self.tabs.currentWidget() is not self.matrix:
            self._matrix_stale = True
            return
        self._matrix_stale = False
        matrix = services.matrix.matrix(self.filters.filters().with_(theme_ids=(), actor_types=()))
        self.matrix_model.set_data(services.themes.list(), self.ctx.language, matrix)

    def selected_note_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.results.selectionModel().selectedRows())
        return [self.model.index(r).data(IdRole) for r in rows]

    def select_rows(self, rows: list[int]) -> None:
        selection = self.results.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            selection.select(self.model.index(row), flags)

    def open_cell(self, index) -> None:
        """Show the notes of one matrix cell in the result list."""
        cell = index.data(CellRole)
        if cell is None:
            return
        self.tabs.setCurrentIndex(0)
        self.filters.set_cell(*cell)

    def show_evidence(self, insight: tuple[str, tuple[str, ...]] | None) -> None:
        self.evidence_of = insight
        if insight is not None:  # all of the evidence, whatever was searched for
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self._update_evidence_label()
        self.tabs.setCurrentIndex(0)
        self.run_search()

    def _update_evidence_label(self) -> None:
        if self.evidence_of is None:
            self.evidence_label.hide()
            return
        self.evidence_label.setText(
            tr('Evidence of "{0}" — <a href="clear">show all notes</a>').format(
                _escape(self.evidence_of[0])
            )
        )
        self.evidence_label.show()

    def show_part(self, part: str) -> None:
        """Show lessons (or insights) in the side panel (a method-guide link)."""
        at = self.insights.kind.findData(part.rstrip("s"))
        if at >= 0:
            self.insights.kind.setCurrentIndex(at)

    def _tab_changed(self, _index: int) -> None:
        on_matrix = self.tabs.currentWidget() is self.matrix
        self.insights.setVisible(not on_matrix)  # the matrix wants the width
        if on_matrix and self._matrix_stale:
            self.refresh_matrix()

    def _filters_changed(self) -> None:
        self.run_search()
        self.refresh_matrix()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.filters.refresh()
            self.run_search()
            self.refresh_matrix()
            self.insights.refresh()

    def _on_data_changed(self, area: str) -> None:
        if area != "knowledge" and not self.isVisible():
            self._stale = True  # catch up when shown (typing interview notes stays quick)
            return
        if area in (
            "knowledge",
            "interviews",
            "interview_notes",
            "sessions",
            "notes",
            "board",
            "themes",
            "actors",
        ):
            if area in ("sessions", "themes", "actors"):
                self.filters.refresh()
            if area != "knowledge":
                self.run_search()
            self.refresh_matrix()
            self.insights.refresh()


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
