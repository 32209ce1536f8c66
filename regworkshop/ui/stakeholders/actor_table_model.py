"""The register's table: one row per actor with its values in the shown round and engagement."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from regworkshop.services.stakeholders.actor_service import ActorInfo
from regworkshop.services.stakeholders.assessment_service import AssessmentInfo
from regworkshop.services.stakeholders.engagement_service import Engagement
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import actor_type_name, engagement_level_name, quadrant_name
from regworkshop.ui.widgets.actor_colours import actor_colour
from regworkshop.ui.widgets.row_table_model import Index, RowTableModel, SortRole, number_text

EDITABLE = {"name": "name", "type": "actor_type", "municipality": "municipality", "notes": "notes"}


@dataclass(frozen=True)
class ActorRow:
    actor: ActorInfo
    assessment: AssessmentInfo | None
    engagement: Engagement | None

    @property
    def id(self) -> str:
        return self.actor.id


class ActorTableModel(RowTableModel):
    # What a facilitator scans first comes first; the notes column stretches at the end.
    columns = (
        "name",
        "type",
        "influence",
        "interest",
        "quadrant",
        "engagement",
        "municipality",
        "people",
        "notes",
    )

    def __init__(self, edit=None, parent=None) -> None:
        super().__init__(parent)
        # edit(actor_id, field, value, old): the view pushes an undoable command
        self.edit = edit

    def header(self, column: str) -> str:
        return {
            "name": tr("Actor"),
            "type": tr("Type"),
            "municipality": tr("Municipality"),
            "people": tr("Contacts"),
            "influence": tr("Influence"),
            "interest": tr("Interest"),
            "quadrant": tr("Quadrant"),
            "engagement": tr("Engagement"),
            "notes": tr("Notes"),
        }[column]

    def cell(self, row: ActorRow, column: str, role: int):
        actor, value, engagement = row.actor, row.assessment, row.engagement
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            sort = role == SortRole
            if column == "name":
                return actor.name.casefold() if sort else actor.name
            if column == "type":
                return actor_type_name(actor.actor_type)
            if column == "municipality":
                return actor.municipality
            if column == "people":
                return actor.people_count
            if column in ("influence", "interest"):
                number = getattr(value, column) if value else None
                return (number if number is not None else -1) if sort else number_text(number)
            if column == "quadrant":
                return quadrant_name(value.quadrant) if value else ""
            if column == "engagement":
                if engagement is None:
                    return -1 if sort else ""
                if sort:
                    return engagement.score
                return f"{engagement.score} · {engagement_level_name(engagement.level)}"
            if column == "notes":
                return actor.notes.replace("\n", " ")
        if role == Qt.ItemDataRole.EditRole and column in EDITABLE:
            return actor.value(EDITABLE[column])
        if role == Qt.ItemDataRole.DecorationRole and column == "type":
            return QColor(actor_colour(actor.actor_type))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "engagement" and engagement is not None:
                return tr(
                    "Sessions attended {0} of {1} invited · notes {2} · commitments {3}"
                ).format(
                    engagement.attended,
                    engagement.invited,
                    engagement.notes,
                    engagement.commitments,
                )
            if column == "notes" and actor.notes:
                return actor.notes
            if column == "name":
                return actor.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            "people",
            "influence",
            "interest",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.columns[index.column()] in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit is None:
            return False
        column = self.columns[index.column()]
        if column not in EDITABLE:
            return False
        row = self.row_at(index.row())
        field = EDITABLE[column]
        old = row.actor.value(field)
        if value == old:
            return False
        self.edit(row.actor.id, field, value, old)
        return True
