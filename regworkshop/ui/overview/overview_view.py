"""The project overview as a method guide: the five phases as checklists, tips, gaps, sessions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regworkshop.services.guide.guide_service import Guide
from regworkshop.services.project.project_service import ProjectOverview
from regworkshop.store.enums import MethodPhase
from regworkshop.ui.overview.gaps_panel import GapsPanel
from regworkshop.ui.overview.guide_commands import TickItemCommand
from regworkshop.ui.overview.phase_card import PhaseCard
from regworkshop.ui.overview.session_brief_model import SessionBriefModel
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import phase_name
from regworkshop.ui.shell.service_command import push_command
from regworkshop.ui.themes.theme_panel import ThemePanel


class OverviewView(QWidget):
    """The method guide: where the project stands in each phase and where to go next."""

    # A checklist link was followed: "area" or "area:part" (the main window shows it).
    navigate = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: ProjectOverview | None = None
        self.guide: Guide | None = None
        self.due = 0
        self._stale = False
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
        self.where = QLabel()
        self.where.setObjectName("guideWhere")
        self.where.setWordWrap(True)
        self.cards = {phase: PhaseCard(phase) for phase in MethodPhase}
        grid = QGridLayout()
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, i)
            grid.setColumnStretch(i, 1)
            card.link_activated.connect(self.navigate)
            card.tick_requested.connect(self.tick)
        self.gaps = GapsPanel()
        self.gaps.link_activated.connect(self.navigate)
        self.themes = ThemePanel(ctx)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.review)
        layout.addWidget(self.phase_heading)
        layout.addWidget(self.where)
        layout.addLayout(grid)
        layout.addWidget(self.gaps)
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
        ctx.data_changed.connect(self._on_data_changed)
        self.retranslate()

    def _on_data_changed(self, _area: str) -> None:
        # Reading the whole project after every captured note is wasted while hidden.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def tick(self, key: str, ticked: bool) -> None:
        """Tick or untick a manual checklist item (one undoable step)."""
        if self.ctx.services is None:
            return
        title = tr("Tick checklist item") if ticked else tr("Untick checklist item")
        if not push_command(self.ctx, self, title, TickItemCommand(self.ctx, key, ticked)):
            self._show()  # put the box back as it was

    def retranslate(self) -> None:
        self.phase_heading.setText(tr("The method, phase by phase"))
        self.sessions_heading.setText(tr("Sessions"))
        self.sessions_model.retranslate()
        for card in self.cards.values():
            card.retranslate()
        self.gaps.retranslate()
        self.themes.retranslate()
        self._show()

    def refresh(self) -> None:
        """Reload counts and themes from the open project."""
        self._stale = False
        services = self.ctx.services
        self.data = services.overview() if services else None
        self.guide = services.guide.guide() if services else None
        self.due = len(services.privacy.due_for_review(date.today())) if services else 0
        self.sessions_model.set_sessions(list(self.data.sessions) if self.data else [])
        self.sessions.resizeColumnsToContents()
        self._show()
        self.themes.refresh()

    def _show(self) -> None:
        due = self.due
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
            self.where.setText("")
            self.gaps.show_gaps(None)
            return
        self.title.setText(self.data.title)
        self.subtitle.setText(
            self.data.description
            or tr("{0} sessions, {1} notes").format(
                self.data.counts["sessions"], self.data.counts["notes"]
            )
        )
        guide = self.guide
        if guide is None:
            return
        done = sum(1 for i in guide.items if i.done)
        if done == len(guide.items):
            self.where.setText(tr("Every step of the method is done."))
        else:
            self.where.setText(
                tr("Now: {0} · {1} of {2} steps done. Follow → to where the work is done.").format(
                    phase_name(guide.current_phase), done, len(guide.items)
                )
            )
        all_done = done == len(guide.items)
        for phase, card in self.cards.items():
            current = phase == guide.current_phase and not all_done
            card.show_guide(guide.phase_items(phase), guide.phase_tips(phase), current)
        self.gaps.show_gaps(guide.gaps)
