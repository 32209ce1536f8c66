"""How each actor moved between two rounds, with its engagement, as a table."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from regworkshop.services.assessment_service import Movement
from regworkshop.services.engagement_service import Engagement
from regworkshop.ui.actor_colours import actor_colour
from regworkshop.ui.i18n import tr
from regworkshop.ui.labels import actor_type_name, engagement_level_name, quadrant_name
from regworkshop.ui.row_table_model import RowTableModel, SortRole, change_text, number_text


@dataclass(frozen=True)
class CompareRow:
    movement: Movement
    engagement: Engagement | None

    @property
    def id(self) -> str:
        return self.movement.actor_id


class CompareModel(RowTableModel):
    columns = (
        "actor",
        "type",
        "influence_a",
        "influence_b",
        "influence_change",
        "interest_a",
        "interest_b",
        "interest_change",
        "quadrant",
        "engagement",
        "attended",
        "notes",
        "commitments",
    )
    NUMERIC = frozenset(columns[2:8]) | {"engagement", "attended", "notes", "commitments"}

    def header(self, column: str) -> str:
        return {
            "actor": tr("Actor"),
            "type": tr("Type"),
            "influence_a": tr("Influence A"),
            "influence_b": tr("Influence B"),
            "influence_change": tr("Δ influence"),
            "interest_a": tr("Interest A"),
            "interest_b": tr("Interest B"),
            "interest_change": tr("Δ interest"),
            "quadrant": tr("Quadrant A → B"),
            "engagement": tr("Engagement"),
            "attended": tr("Sessions attended"),
            "notes": tr("Notes"),
            "commitments": tr("Commitments"),
        }[column]

    def _value(self, row: CompareRow, column: str):
        m, e = row.movement, row.engagement
        return {
            "influence_a": m.before.influence if m.before else None,
            "influence_b": m.after.influence if m.after else None,
            "influence_change": m.influence_change,
            "interest_a": m.before.interest if m.before else None,
            "interest_b": m.after.interest if m.after else None,
            "interest_change": m.interest_change,
            "engagement": e.score if e else None,
            "attended": e.attended if e else None,
            "notes": e.notes if e else None,
            "commitments": e.commitments if e else None,
        }.get(column)

    def cell(self, row: CompareRow, column: str, role: int):
        m, e = row.movement, row.engagement
        if role == SortRole:
            if column == "actor":
                return m.actor_name.casefold()
            if column in self.NUMERIC:
                value = self._value(row, column)
                return -99 if value is None else value
            return self.cell(row, column, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "actor":
                return m.actor_name
            if column == "type":
                return actor_type_name(m.actor_type)
            if column.endswith("_change"):
                return change_text(self._value(row, column))
            if column in ("influence_a", "influence_b", "interest_a", "interest_b"):
                return number_text(self._value(row, column))
            if column == "quadrant":
                a = quadrant_name(m.before.quadrant) if m.before else "–"
                b = quadrant_name(m.after.quadrant) if m.after else "–"
                return a if a == b else f"{a} → {b}"
            if column == "engagement":
                return f"{e.score} · {engagement_level_name(e.level)}" if e else ""
            if column == "attended":
                return tr("{0} of {1}").format(e.attended, e.invited) if e else ""
            if column in ("notes", "commitments"):
                return str(self._value(row, column)) if e else ""
        if role == Qt.ItemDataRole.DecorationRole and column == "actor":
            return QColor(actor_colour(m.actor_type))
        if role == Qt.ItemDataRole.FontRole and column == "quadrant" and m.moved_quadrant:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "engagement" and e:
            return tr("Sessions attended {0} of {1} invited · notes {2} · commitments {3}").format(
                e.attended, e.invited, e.notes, e.commitments
            )
        return None
