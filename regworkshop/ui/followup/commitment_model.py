"""Commitments as a table: actor, what it commits to, by when, and the status; edited in place."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor

from regworkshop.services.followup.commitment_service import CommitmentInfo
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import commitment_status_name, commitment_statuses
from regworkshop.ui.widgets.actor_colours import actor_colour
from regworkshop.ui.widgets.editable_table_model import Column, EditableTableModel, parse_date


def status_name(status: str) -> str:
    """Return the commitment status's name in the UI language."""
    return commitment_status_name(status)


def statuses() -> list[tuple[str, str]]:
    """Return (key, name) of every commitment status, for the status column's editor."""
    return commitment_statuses()


def _actor(row: CommitmentInfo) -> str:
    return row.actor_name or tr("(no actor)")


class CommitmentModel(EditableTableModel):
    table = (
        Column(
            "actor",
            lambda: tr("Actor"),
            _actor,
            sort=lambda r: _actor(r).casefold(),
            field="actor_id",
            required=True,  # a commitment always has an actor; an empty choice changes nothing
            decoration=lambda r: QColor(actor_colour(r.actor_type)) if r.actor_type else None,
        ),
        Column(
            "text",
            lambda: tr("Commits to"),
            lambda r: r.text.replace("\n", " "),
            field="text",
            tooltip=lambda r: r.text,
        ),
        Column(
            "due",
            lambda: tr("By"),
            lambda r: r.due.isoformat() if r.due else "",
            sort=lambda r: (r.due or date.max).isoformat(),
            field="due",
            parse=parse_date,
        ),
        Column("status", lambda: tr("Status"), lambda r: status_name(r.status), field="status"),
    )
