"""How each actor moved between two rounds, with its engagement, as a table."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from regworkshop.services.stakeholders.assessment_service import Movement
from regworkshop.services.stakeholders.engagement_service import Engagement
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import actor_type_name, engagement_level_name, quadrant_name
from regworkshop.ui.widgets.actor_colours import actor_colour
from regworkshop.ui.widgets.row_table_model import RowTableModel, SortRole, change_text, number_text


@dataclass(frozen=True)
class CompareRow:
    movement: Movement
    engagement: Engagement | None

    @property
    def id(self) -> str:
        return self.movement.actor_id


class CompareModel(RowTableModel):
    # One column per scale ("2 → 3 (+1)") keeps the whole comparison on one screen.
    columns = (
        "actor",
        "influence",
        "interest",
        "quadrant",
        "engagement",
        "basis",
    )
    NUMERIC = frozenset({"influence", "interest", "engagement"})

    def header(self, column: str) -> str:
        return {
            "actor": tr("Actor"),
            "influence": tr("Influence A → B"),
            "interest": tr("Interest A → B"),
            "quadrant": tr("Quadrant A → B"),
            "engagement": tr("Engagement"),
            "basis": tr("Sessions · notes · commitments"),
        }[column]

    def _sort_value(self, row: CompareRow, column: str):
        m, e = row.movement, row.engagement
        if column in ("influence", "interest"):
            change = m.influence_change if column == "influence" else m.interest_change
            after = getattr(m.after, column) if m.after else -9
            return (change if change is not None else -99, after)
        return e.score if e is not None else -99

    def cell(self, row: CompareRow, column: str, role: int):
        m, e = row.movement, row.engagement
        if role == SortRole:
            if column == "actor":
                return m.actor_name.casefold()
            if column in self.NUMERIC:
                return self._sort_value(row, column)
            return self.cell(row, column, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "actor":
                return m.actor_name
            if column in ("influence", "interest"):
                return _movement_text(m, column)
            if column == "quadrant":
                a = quadrant_name(m.before.quadrant) if m.before else "–"
                b = quadrant_name(m.after.quadrant) if m.after else "–"
                return a if a == b else f"{a} → {b}"
            if e is None:
                return ""
            if column == "engagement":
                return f"{e.score} · {engagement_level_name(e.level)}"
            return tr("{0} of {1} · {2} · {3}").format(
                e.attended, e.invited, e.notes, e.commitments
            )
        if role == Qt.ItemDataRole.DecorationRole and column == "actor":
            return QColor(actor_colour(m.actor_type))
        if role == Qt.ItemDataRole.FontRole and column == "quadrant" and m.moved_quadrant:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "actor":
                return f"{m.actor_name} · {actor_type_name(m.actor_type)}"
            if column in ("engagement", "basis") and e:
                return tr(
                    "Sessions attended {0} of {1} invited · notes {2} · commitments {3}"
                ).format(e.attended, e.invited, e.notes, e.commitments)
        return None


def _movement_text(m, column: str) -> str:
    """Return '2 → 3 (+1)', or '4' when the value did not move."""
    before = getattr(m.before, column) if m.before else None
    after = getattr(m.after, column) if m.after else None
    if before is not None and before == after:
        return number_text(after)
    change = m.influence_change if column == "influence" else m.interest_change
    text = f"{number_text(before) or '–'} → {number_text(after) or '–'}"
    return f"{text}  ({change_text(change)})" if change is not None else text
