"""The knowledge base's filter panel: one choice per filter, emitting the filters as a whole."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from regworkshop.services.knowledge.search_filters import NONE, SearchFilters
from regworkshop.store.enums import SessionKind
from regworkshop.ui.shell.context import AppContext
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import actor_types, session_kind_name

ANY = "__any__"


class KnowledgeFilters(QWidget):
    """Theme, actor type, actor, municipality, session kind, session, dates, quotes, votes."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._quiet = False
        self.theme = QComboBox(objectName="filterTheme")
        self.actor_type = QComboBox(objectName="filterActorType")
        self.actor = QComboBox(objectName="filterActor")
        self.municipality = QComboBox(objectName="filterMunicipality")
        self.session_kind = QComboBox(objectName="filterSessionKind")
        self.session = QComboBox(objectName="filterSession")
        for combo in self.combos():
            combo.setMinimumContentsLength(12)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.currentIndexChanged.connect(self._emit)
        self.use_from = QCheckBox()
        self.use_to = QCheckBox()
        self.date_from = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.date_to = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.date_from.setDate(QDate(2026, 1, 1))
        self.date_to.setDate(QDate.currentDate())
        for widget in (self.use_from, self.use_to):
            widget.toggled.connect(self._emit)
        for widget in (self.date_from, self.date_to):
            widget.dateChanged.connect(self._emit)
        self.quotes_only = QCheckBox(objectName="filterQuotes")
        self.quotes_only.toggled.connect(self._emit)
        self.min_votes = QSpinBox(objectName="filterVotes", minimum=0, maximum=999)
        self.min_votes.valueChanged.connect(self._emit)
        self.reset = QPushButton(objectName="filterReset")
        self.reset.clicked.connect(self.clear)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(10)]
        from_row = QHBoxLayout()
        from_row.addWidget(self.use_from)
        from_row.addWidget(self.date_from, 1)
        to_row = QHBoxLayout()
        to_row.addWidget(self.use_to)
        to_row.addWidget(self.date_to, 1)
        rows = (
            self.theme,
            self.actor_type,
            self.actor,
            self.municipality,
            self.session_kind,
            self.session,
            from_row,
            to_row,
            self.min_votes,
            self.quotes_only,
        )
        for label, row in zip(self.labels, rows, strict=True):
            self.form.addRow(label, row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.reset)
        layout.addStretch(1)
        self.retranslate()

    def combos(self) -> tuple[QComboBox, ...]:
        return (
            self.theme,
            self.actor_type,
            self.actor,
            self.municipality,
            self.session_kind,
            self.session,
        )

    def retranslate(self) -> None:
        texts = (
            tr("Theme"),
            tr("Actor type"),
            tr("Actor"),
            tr("Municipality"),
            tr("Kind of session"),
            tr("Session"),
            tr("From"),
            tr("To"),
            tr("Votes at least"),
            "",
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.quotes_only.setText(tr("Quotes only"))
        self.reset.setText(tr("Clear filters"))
        self.refresh()

    def refresh(self) -> None:
        """Fill the choices from the project, keeping what is chosen where it still exists."""
        services = self.ctx.services
        if services is None:
            return
        from regworkshop.services.themes.theme_service import display_name

        self._quiet = True
        themes = [
            (t.id, display_name(t.name, t.builtin_key, self.ctx.language))
            for t in services.themes.list()
        ]
        _fill(self.theme, [*themes, (NONE, tr("No theme"))])
        _fill(self.actor_type, [*actor_types(), (NONE, tr("No actor type"))])
        actors = sorted(services.actors.list_actors(), key=lambda a: a.name.casefold())
        _fill(self.actor, [(a.id, a.name) for a in actors])
        munis = sorted({a.municipality for a in actors if a.municipality}, key=str.casefold)
        _fill(self.municipality, [(m, m) for m in munis])
        _fill(self.session_kind, [(k.value, session_kind_name(k)) for k in SessionKind])
        sessions = services.sessions.list()
        _fill(self.session, [(s.id, s.title) for s in sessions])
        self._quiet = False

    def filters(self) -> SearchFilters:
        def one(combo: QComboBox) -> tuple[str, ...]:
            value = combo.currentData()
            return () if value in (ANY, None) else (value,)

        return SearchFilters(
            theme_ids=one(self.theme),
            actor_types=one(self.actor_type),
            actor_ids=one(self.actor),
            municipalities=one(self.municipality),
            session_kinds=one(self.session_kind),
            session_ids=one(self.session),
            date_from=self.date_from.date().toPython() if self.use_from.isChecked() else None,
            date_to=self.date_to.date().toPython() if self.use_to.isChecked() else None,
            quotes_only=self.quotes_only.isChecked(),
            min_votes=self.min_votes.value(),
        )

    def set_cell(self, theme_id: str, actor_type: str) -> None:
        """Show one cell of the matrix: that theme and actor type, other filters kept."""
        self._quiet = True
        _select(self.theme, theme_id)
        _select(self.actor_type, actor_type)
        self._quiet = False
        self._emit()

    def clear(self) -> None:
        self._quiet = True
        for combo in self.combos():
            combo.setCurrentIndex(0)
        self.use_from.setChecked(False)
        self.use_to.setChecked(False)
        self.quotes_only.setChecked(False)
        self.min_votes.setValue(0)
        self._quiet = False
        self._emit()

    def _emit(self, *_args) -> None:
        if not self._quiet:
            self.changed.emit()


def _fill(combo: QComboBox, options: list[tuple[str, str]]) -> None:
    current = combo.currentData()
    combo.clear()
    combo.addItem(tr("Any"), ANY)
    for key, text in options:
        combo.addItem(text, key)
    _select(combo, current)


def _select(combo: QComboBox, key) -> None:
    at = combo.findData(key)
    combo.setCurrentIndex(at if at >= 0 else 0)
