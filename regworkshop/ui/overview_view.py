"""The project overview: the method's five phases with what has been done in each."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regworkshop.services.privacy_service import PrivacyService
from regworkshop.services.project_service import PHASE_ITEMS, ProjectOverview, overview
from regworkshop.store.enums import MethodPhase
from regworkshop.ui.context import AppContext
from regworkshop.ui.i18n import tr
from regworkshop.ui.labels import count_label, phase_description, phase_name
from regworkshop.ui.session_brief_model import SessionBriefModel
from regworkshop.ui.theme_panel import ThemePanel


class PhaseCard(QGroupBox):
    """One phase of the method: a description and its counts (number first, then name)."""

    def __init__(self, phase: MethodPhase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phase = phase
        self.setObjectName("phaseCard")
        self.description = QLabel()
        self.description.setWordWrap(True)
        counts = QGridLayout()
        counts.setColumnStretch(1, 1)
        counts.setHorizontalSpacing(10)
        self.values: dict[str, QLabel] = {}
        self.names: dict[str, QLabel] = {}
        for row, key in enumerate(PHASE_ITEMS[phase]):
            name, value = QLabel(), QLabel("0")
            name.setWordWrap(True)  # wraps at spaces only, so no word is ever clipped
            value.setObjectName("phaseCount")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setMinimumWidth(44)
            counts.addWidget(value, row, 0)
            counts.addWidget(name, row, 1)
            self.names[key], self.values[key] = name, value
        layout = QVBoxLayout(self)
        layout.addWidget(self.description)
        layout.addLayout(counts)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        index = list(MethodPhase).index(self.phase) + 1
        self.setTitle(f"{index}. {phase_name(self.phase)}")
        self.description.setText(phase_description(self.phase))
        for key, label in self.names.items():
            label.setText(count_label(key))

    def show_counts(self, counts: dict[str, int]) -> None:
        for key, label in self.values.items():
            label.setText(str(counts.get(key, 0)))


class OverviewView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: ProjectOverview | None = None
        self.title = QLabel()
        self.title.setObjectName("viewTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("viewSubtitle")
        self.subtitle.setWordWrap(True)
        self.phase_heading = QLabel()
        self.phase_heading.setObjectName("sectionTitle")
        self.review = QLabel()
        self.review.setObjectName("reviewNotice")
        self.review.setWordWrap(True)
        self.review.hide()
        self.cards = {phase: PhaseCard(phase) for phase in MethodPhase}
        grid = QGridLayout()
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, i)
            grid.setColumnStretch(i, 1)
        self.themes = ThemePanel(ctx)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.review)
        layout.addWidget(self.phase_heading)
        layout.addLayout(grid)
        self.sessions_heading = QLabel()
        self.sessions_heading.setObjectName("sectionTitle")
        self.sessions_model = SessionBriefModel(self)
        self.sessions = QTableView()
        self.sessions.setObjectName("overviewSessions")
        self.sessions.setModel(self.sessions_model)
        self.sessions.verticalHeader().hide()
        self.sessions.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.sessions.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.sessions.horizontalHeader().setStretchLastSection(True)
        self.sessions.setShowGrid(False)
        right = QVBoxLayout()
        right.addWidget(self.sessions_heading)
        right.addWidget(self.sessions, 1)
        lower = QHBoxLayout()
        lower.setSpacing(24)
        lower.addWidget(self.themes, 5)
        lower.addLayout(right, 6)
        layout.addLayout(lower, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        ctx.data_changed.connect(lambda _area: self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        self.phase_heading.setText(tr("The method, phase by phase"))
        self.sessions_heading.setText(tr("Sessions"))
        self.sessions_model.retranslate()
        for card in self.cards.values():
            card.retranslate()
        self.themes.retranslate()
        self._show()

    def refresh(self) -> None:
        """Reload counts and themes from the open project."""
        self.data = overview(self.ctx.store) if self.ctx.store else None
        self.due = (
            len(PrivacyService(self.ctx.store).due_for_review(date.today()))
            if self.ctx.store
            else 0
        )
        self.sessions_model.set_sessions(list(self.data.sessions) if self.data else [])
        self.sessions.resizeColumnsToContents()
        self._show()
        self.themes.refresh()

    def _show(self) -> None:
        due = getattr(self, "due", 0)
        self.review.setVisible(bool(due))
        self.review.setText(
            tr(
                "⚠ {0} documents have reached their retention date and are due for review "
                "(see Privacy)."
            ).format(due)
        )
        if self.data is None:
            self.title.setText(tr("No project open"))
            self.subtitle.setText("")
            for card in self.cards.values():
                card.show_counts({})
            return
        self.title.setText(self.data.title)
        self.subtitle.setText(
            self.data.description
            or tr("{0} sessions, {1} notes").format(
                self.data.counts["sessions"], self.data.counts["notes"]
            )
        )
        for card in self.cards.values():
            card.show_counts(self.data.counts)
