"""The influence/interest grid: pick a round, drag actors to assess them, compare two rounds."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from regworkshop.services.stakeholders.assessment_service import RoundInfo
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import actor_types
from regworkshop.ui.shell.service_command import push_command
from regworkshop.ui.stakeholders.grid_scene import GridEntry, GridScene
from regworkshop.ui.stakeholders.plan_commands import CreateRoundCommand, SetAssessmentCommand
from regworkshop.ui.widgets.actor_colours import actor_colour


class GridView(QGraphicsView):
    """Shows the scene at its real size; the scene lays itself out for the view's size."""

    def __init__(self, scene: GridScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("stakeholderGrid")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setMouseTracking(True)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        size = self.viewport().size()
        self.scene().resize_to(float(size.width()), float(size.height()))


class Legend(QWidget):
    """Which colour is which actor type."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(2)
        self.labels: list[QLabel] = []

    def retranslate(self) -> None:
        for label in self.labels:
            label.deleteLater()
        self.labels = []
        for n, (key, name) in enumerate(actor_types()):
            label = QLabel(
                f"<span style='color:{actor_colour(key)}; font-size:15px'>●</span> {name}"
            )
            label.setObjectName(f"legend_{key}")
            self.grid.addWidget(label, n // 5, n % 5)
            self.labels.append(label)


class GridTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rounds: list[RoundInfo] = []
        self.scene = GridScene(self)
        self.view = GridView(self.scene)
        self.round_label = QLabel()
        self.round_box = QComboBox()
        self.round_box.setObjectName("roundBox")
        self.round_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.compare_check = QCheckBox()
        self.compare_check.setObjectName("compareCheck")
        self.compare_box = QComboBox()
        self.compare_box.setObjectName("compareBox")
        self.compare_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.new_round_button = QPushButton()
        self.new_round_button.setObjectName("newRound")
        self.new_round_button.clicked.connect(self.new_round)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.legend = Legend()
        top = QHBoxLayout()
        top.addWidget(self.round_label)
        top.addWidget(self.round_box)
        top.addSpacing(12)
        top.addWidget(self.compare_check)
        top.addWidget(self.compare_box)
        top.addStretch(1)
        top.addWidget(self.new_round_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        self.round_box.currentIndexChanged.connect(lambda _i: self.show_grid())
        self.compare_box.currentIndexChanged.connect(lambda _i: self.show_grid())
        self.compare_check.toggled.connect(lambda _c: self.show_grid())
        self.scene.marker_dropped.connect(self._dropped)
        self.scene.drop_refused.connect(lambda: QTimer.singleShot(0, self.show_grid))
        self.retranslate()

    def retranslate(self) -> None:
        self.round_label.setText(tr("Round:"))
        self.compare_check.setText(tr("Compare with"))
        self.new_round_button.setText(tr("New round…"))
        self.hint.setText(
            tr(
                "Drag an actor to set its influence (up) and interest (right) in the round shown; "
                "Ctrl+Z undoes. Markers on the same spot fan out; hover one to bring it forward."
            )
        )
        self.legend.retranslate()
        self.show_grid()

    def set_dark(self, dark: bool) -> None:
        self.scene.set_dark(dark)

    # -- rounds ------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the rounds (keeping the chosen ones) and redraw."""
        services = self.ctx.services
        shown, compared = self.round_box.currentData(), self.compare_box.currentData()
        self.rounds = services.assessments.rounds() if services else []
        for box in (self.round_box, self.compare_box):
            box.blockSignals(True)
            box.clear()
            for rnd in self.rounds:
                box.addItem(f"{rnd.name} ({rnd.held_on.isoformat()})", rnd.id)
            box.blockSignals(False)
        ids = [r.id for r in self.rounds]
        self.round_box.setCurrentIndex(ids.index(shown) if shown in ids else len(ids) - 1)
        default_compare = max(0, len(ids) - 2)
        self.compare_box.setCurrentIndex(
            ids.index(compared) if compared in ids else default_compare
        )
        self.compare_check.setEnabled(len(ids) > 1)
        if len(ids) < 2:
            self.compare_check.setChecked(False)
        self.show_grid()

    def shown_round(self) -> str | None:
        return self.round_box.currentData()

    def select_round(self, round_id: str) -> None:
        self.round_box.setCurrentIndex(self.round_box.findData(round_id))

    def compare_with(self, round_id: str | None) -> None:
        """Turn comparison on with *round_id* as the earlier round (None turns it off)."""
        if round_id is None:
            self.compare_check.setChecked(False)
            return
        self.compare_box.setCurrentIndex(self.compare_box.findData(round_id))
        self.compare_check.setChecked(True)

    def show_grid(self) -> None:
        services = self.ctx.services
        comparing = self.compare_check.isChecked() and self.compare_box.currentData() is not None
        self.compare_box.setEnabled(self.compare_check.isChecked())
        if services is None:
            self.scene.show_entries([])
            return
        round_id = self.shown_round()
        values = services.assessments.values(round_id) if round_id else {}
        entries = [
            GridEntry(
                a.id,
                a.name,
                a.actor_type,
                values[a.id].influence if a.id in values else None,
                values[a.id].interest if a.id in values else None,
            )
            for a in services.actors.list_actors()
        ]
        before = None
        if comparing:
            earlier = services.assessments.values(self.compare_box.currentData())
            before = {k: (v.influence, v.interest) for k, v in earlier.items()}
        # Comparing shows history: markers stay put so a stray drag cannot rewrite it.
        self.scene.show_entries(entries, before, movable=round_id is not None and not comparing)

    def _dropped(self, actor_id: str, influence: float, interest: float) -> None:
        # Push after the mouse event has returned: the command redraws the scene under it.
        QTimer.singleShot(0, lambda: self._assess(actor_id, influence, interest))

    def _assess(self, actor_id: str, influence: float, interest: float) -> None:
        round_id = self.shown_round()
        if round_id is None or self.ctx.services is None:
            return
        old = self.ctx.services.assessments.get(round_id, actor_id)
        if old is not None and (old.influence, old.interest) == (influence, interest):
            self.show_grid()
            return
        name = self.ctx.services.actors.get_actor(actor_id).name
        command = SetAssessmentCommand(self.ctx, round_id, actor_id, influence, interest, old, name)
        push_command(self.ctx, self, tr("Assess actor"), command)

    def new_round(self) -> None:
        today = self.ctx.clock().date()
        name = self.ctx.interaction.text(
            self,
            tr("New assessment round"),
            tr("Name of the new round (it starts with the current values):"),
            tr("Follow-up {0}").format(today.isoformat()),
        )
        if not name or not name.strip():
            return
        command = CreateRoundCommand(self.ctx, name, today)
        if push_command(self.ctx, self, tr("New assessment round"), command) and command.round_id:
            self.select_round(command.round_id)


def is_dark() -> bool:
    app = QApplication.instance()
    return bool(app and app.property("rw_theme") == "dark")
