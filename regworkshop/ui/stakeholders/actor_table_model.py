"""The register's table: one row per actor with its values in the shown round and engagement."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from regworkshop.services.stakeholders.actor_service import ActorInfo
from regworkshop.services.stakeholders.assessment_service import AssessmentInfo
from regworkshop.services.stakeholders.engagement_service import Engagement
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import actor_type_name, engagement_level_name, quadrant_name
from regworkshop.ui.widgets.actor_colours import actor_colour
from regworkshop.ui.widgets.editable_table_model import Column, EditableTableModel
from regworkshop.ui.widgets.row_table_model import number_text


@dataclass(frozen=True)
class ActorRow:
    actor: ActorInfo
    assessment: AssessmentInfo | None
    engagement: Engagement | None

    @property
    def id(self) -> str:
        return self.actor.id

    def value(self, field: str):
        return self.actor.value(field)


def _scale(name: str) -> Column:
    """Influence or interest in the shown round (unassessed actors sort first)."""

    def number(row: ActorRow) -> float | None:
        return getattr(row.assessment, name) if row.assessment else None

    def sort(row: ActorRow) -> float:
        value = number(row)
        return value if value is not None else -1

    header = {"influence": lambda: tr("Influence"), "interest": lambda: tr("Interest")}[name]
    return Column(name, header, lambda r: number_text(number(r)), sort=sort, right_aligned=True)


def _engagement(row: ActorRow) -> str:
    e = row.engagement
    return f"{e.score} · {engagement_level_name(e.level)}" if e else ""


def _engagement_tip(row: ActorRow) -> str | None:
    e = row.engagement
    if e is None:
        return None
    return tr("Sessions attended {0} of {1} invited · notes {2} · commitments {3}").format(
        e.attended, e.invited, e.notes, e.commitments
    )


class ActorTableModel(EditableTableModel):
    # What a facilitator scans first comes first; the notes column stretches at the end.
    table = (
        Column(
            "name",
            lambda: tr("Actor"),
            lambda r: r.actor.name,
            sort=lambda r: r.actor.name.casefold(),
            field="name",
            tooltip=lambda r: r.actor.name,
        ),
        Column(
            "type",
            lambda: tr("Type"),
            lambda r: actor_type_name(r.actor.actor_type),
            field="actor_type",
            decoration=lambda r: QColor(actor_colour(r.actor.actor_type)),
        ),
        _scale("influence"),
        _scale("interest"),
        Column(
            "quadrant",
            lambda: tr("Quadrant"),
            lambda r: quadrant_name(r.assessment.quadrant) if r.assessment else "",
        ),
        Column(
            "engagement",
            lambda: tr("Engagement"),
            _engagement,
            sort=lambda r: r.engagement.score if r.engagement else -1,
            tooltip=_engagement_tip,
        ),
        Column(
            "municipality",
            lambda: tr("Municipality"),
            lambda r: r.actor.municipality,
            field="municipality",
        ),
        Column(
            "people", lambda: tr("Contacts"), lambda r: r.actor.people_count, right_aligned=True
        ),
        Column(
            "notes",
            lambda: tr("Notes"),
            lambda r: r.actor.notes.replace("\n", " "),
            field="notes",
            tooltip=lambda r: r.actor.notes or None,
        ),
    )
