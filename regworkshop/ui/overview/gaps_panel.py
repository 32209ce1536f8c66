"""Gaps at a glance: actor types and municipalities not heard yet ("widen the view")."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QToolButton, QVBoxLayout, QWidget

from regworkshop.services.guide.gap_rules import Gaps
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import actor_type_name


class GapsPanel(QGroupBox):
    link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gapsPanel")
        self.summary = QLabel(objectName="gapsSummary")
        self.summary.setWordWrap(True)
        self.types = QLabel(objectName="gapsTypes")
        self.types.setWordWrap(True)
        self.municipalities = QLabel(objectName="gapsMunicipalities")
        self.municipalities.setWordWrap(True)
        self.missing = QLabel(objectName="gapsMissing")
        self.missing.setWordWrap(True)
        self.open_register = QToolButton(objectName="gapsRegister")
        self.open_register.clicked.connect(
            lambda: self.link_activated.emit("stakeholders:register")
        )
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.types, self.municipalities, self.missing):
            layout.addWidget(widget)
        layout.addWidget(self.open_register)
        layout.addStretch(1)
        self.gaps: Gaps | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(tr("Gaps at a glance: who has not been heard yet"))
        self.open_register.setText(tr("Open the stakeholder register →"))
        self.show_gaps(self.gaps)

    def show_gaps(self, gaps: Gaps | None) -> None:
        self.gaps = gaps
        if gaps is None:
            for label in (self.summary, self.types, self.municipalities, self.missing):
                label.setText("")
            return
        if not gaps.actors:
            self.summary.setText(
                tr(
                    "The stakeholder register is empty: map the actors first, then see who is heard."
                )
            )
        elif gaps.empty:
            self.summary.setText(
                tr("Every actor type and every municipality in the register has been heard.")
            )
        else:
            self.summary.setText(
                tr(
                    "Heard means: someone attended a session or a note is attributed to them. "
                    "Heard so far: {0} actor types, {1} municipalities."
                ).format(gaps.types_heard, gaps.municipalities_heard)
            )
        self.types.setVisible(bool(gaps.types_not_heard))
        self.types.setText(
            tr("<b>Actor types not heard:</b> {0}").format(
                "; ".join(
                    f"{actor_type_name(g.actor_type)} ({_html(', '.join(g.actors))})"
                    for g in gaps.types_not_heard
                )
            )
        )
        self.municipalities.setVisible(bool(gaps.municipalities_not_heard))
        self.municipalities.setText(
            tr("<b>Municipalities not heard:</b> {0}").format(
                ", ".join(_html(g.municipality) for g in gaps.municipalities_not_heard)
            )
        )
        self.missing.setVisible(bool(gaps.types_not_registered))
        self.missing.setText(
            tr("<b>No actor of these types in the register:</b> {0}").format(
                ", ".join(actor_type_name(t) for t in gaps.types_not_registered)
            )
        )


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
