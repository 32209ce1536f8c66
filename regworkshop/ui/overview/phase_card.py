"""One phase of the method guide: its checklist (ticking itself, or by hand) and its tips."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from regworkshop.services.guide.guide_service import ChecklistItem, Tip
from regworkshop.store.enums import MethodPhase
from regworkshop.ui.overview.guide_texts import item_text, link_text, tip_text
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import phase_description, phase_name

DONE_MARK, OPEN_MARK = "✓", "○"


class ChecklistRow:
    """The widgets of one checklist item: a tick (a box for manual items), its text, a link."""

    def __init__(self, item: ChecklistItem, parent: QWidget) -> None:
        self.key = item.key
        self.manual = item.manual
        self.link = item.link
        if item.manual:
            self.tick: QWidget = QCheckBox(parent)
            self.tick.setObjectName(f"tick_{item.key}")
        else:
            self.tick = QLabel(parent)
            self.tick.setObjectName("autoTick")
            self.tick.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.tick.setFixedWidth(22)
        self.text = QLabel(parent)
        self.text.setWordWrap(True)
        self.text.setObjectName("checklistText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.go = QToolButton(parent)
        self.go.setObjectName("guideLink")
        self.go.setText("→")
        self.go.setAutoRaise(True)
        self.go.setFixedSize(24, 22)

    def show(self, item: ChecklistItem) -> None:
        self.text.setText(item_text(item))
        self.text.setProperty("done", item.done)
        self.text.setEnabled(True)
        self.go.setToolTip(tr("Open {0}").format(link_text(item.link)))
        if isinstance(self.tick, QCheckBox):
            self.tick.blockSignals(True)
            self.tick.setChecked(item.done)
            self.tick.blockSignals(False)
            self.tick.setToolTip(tr("Tick when done (by hand)"))
        else:
            self.tick.setText(DONE_MARK if item.done else OPEN_MARK)
            self.tick.setProperty("done", item.done)
            self.tick.setToolTip(
                tr("Ticks itself from what the project holds")
                if not item.done
                else tr("Done: ticked from what the project holds")
            )
        for widget in (self.tick, self.text):
            widget.style().unpolish(widget)
            widget.style().polish(widget)


class PhaseCard(QGroupBox):
    """A phase: what it is about, its checklist, and the conditions for success that apply."""

    link_activated = Signal(str)
    tick_requested = Signal(str, bool)

    def __init__(self, phase: MethodPhase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phase = phase
        self.setObjectName("phaseCard")
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setObjectName("phaseDescription")
        self.progress = QLabel()
        self.progress.setObjectName("phaseProgress")
        self.rows: dict[str, ChecklistRow] = {}
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 0)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(6)
        self.tips_box = QVBoxLayout()
        self.tips: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.description)
        layout.addWidget(self.progress)
        layout.addLayout(self.grid)
        layout.addLayout(self.tips_box)
        layout.addStretch(1)
        self._items: list[ChecklistItem] = []
        self._tips: list[Tip] = []
        self.retranslate()

    def retranslate(self) -> None:
        index = list(MethodPhase).index(self.phase) + 1
        self.setTitle(f"{index}. {phase_name(self.phase)}")
        self.description.setText(phase_description(self.phase))
        self.show_guide(self._items, self._tips)

    def show_guide(
        self, items: list[ChecklistItem], tips: list[Tip], current: bool = False
    ) -> None:
        """Show the phase's items and tips (rows are built once and then updated in place)."""
        self._items, self._tips = list(items), list(tips)
        for item in items:
            row = self.rows.get(item.key)
            if row is None:
                row = self._add_row(item)
            row.show(item)
        done = sum(1 for i in items if i.done)
        self.progress.setText(tr("{0} of {1} steps done").format(done, len(items)) if items else "")
        self.setProperty("current", current)
        self.style().unpolish(self)
        self.style().polish(self)
        self._show_tips(tips, all_done=bool(items) and done == len(items))

    def _add_row(self, item: ChecklistItem) -> ChecklistRow:
        row = ChecklistRow(item, self)
        at = len(self.rows)
        self.grid.addWidget(row.tick, at, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(row.text, at, 1)
        self.grid.addWidget(row.go, at, 2, Qt.AlignmentFlag.AlignTop)
        row.go.clicked.connect(lambda _c=False, link=item.link: self.link_activated.emit(link))
        if isinstance(row.tick, QCheckBox):
            row.tick.clicked.connect(
                lambda checked, key=item.key: self.tick_requested.emit(key, checked)
            )
        self.rows[item.key] = row
        return row

    def _show_tips(self, tips: list[Tip], *, all_done: bool) -> None:
        # Warnings always show; plain advice only while the phase still has work left.
        shown = [t for t in tips if t.warning or (not all_done and t.key != "book_interviews")]
        while len(self.tips) < len(shown):
            label = QLabel(self)
            label.setWordWrap(True)
            self.tips_box.addWidget(label)
            self.tips.append(label)
        for label, tip in zip(self.tips, shown, strict=False):
            label.setObjectName("tipWarning" if tip.warning else "tipAdvice")
            label.setText(("⚠ " if tip.warning else "• ") + tip_text(tip))
            label.setToolTip("\n".join(tip.names))
            label.style().unpolish(label)
            label.style().polish(label)
            label.show()
        for label in self.tips[len(shown) :]:
            label.hide()

    def shown_tips(self) -> list[str]:
        """Return the texts of the tips on show (for tests and the screenshot check)."""
        return [label.text() for label in self.tips if not label.isHidden()]
