"""The involvement plan as a table: who, which form, when, where and how."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor

from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import actor_type_name, involvement_form_name
from regworkshop.ui.widgets.actor_colours import actor_colour
from regworkshop.ui.widgets.editable_table_model import Column, EditableTableModel, parse_date


def _text(field: str):
    return lambda row: row.value(field).replace("\n", " ")


class PlanModel(EditableTableModel):
    table = (
        Column(
            "actor",
            lambda: tr("Actor"),
            lambda r: r.actor_name,
            sort=lambda r: r.actor_name.casefold(),
            decoration=lambda r: QColor(actor_colour(r.actor_type)),
        ),
        Column("type", lambda: tr("Type"), lambda r: actor_type_name(r.actor_type)),
        Column("form", lambda: tr("Form"), lambda r: involvement_form_name(r.form), field="form"),
        Column(
            "when_date",
            lambda: tr("Date"),
            lambda r: r.when_date.isoformat() if r.when_date else "",
            sort=lambda r: (r.when_date or date.max).isoformat(),
            field="when_date",
            parse=parse_date,
        ),
        Column("when_text", lambda: tr("When"), _text("when_text"), field="when_text"),
        Column("where", lambda: tr("Where"), _text("where"), field="where"),
        Column(
            "how",
            lambda: tr("How"),
            _text("how"),
            field="how",
            tooltip=lambda r: r.how or None,
        ),
    )
