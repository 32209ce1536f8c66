"""Sessions and agenda framing: run-mode state, extensions and time spent, saved templates.

- ``rw_agenda_item`` gains ``extra_minutes`` (extensions granted while running) and
  ``spent_seconds`` (running time of the item's closed visits, pauses excluded).
- ``rw_session_run`` keeps run mode's state (current item, paused or running, since
  when), so closing the app in the middle of a meeting loses nothing.
- ``rw_agenda_template`` holds agendas saved from sessions to reuse.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def upgrade() -> None:
    # Plain ADD COLUMN: SQLite needs no table rebuild for it, so the rows that
    # reference agenda items (notes, theme links) are never touched.
    with op.batch_alter_table("rw_agenda_item", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("extra_minutes", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("spent_seconds", sa.Float(), nullable=False, server_default="0")
        )

    op.create_table(
        "rw_session_run",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("current_item_id", sa.String(length=36), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("segment_started_at", sa.DateTime(timezone=True), nullable=True),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["current_item_id"],
            ["rw_agenda_item.id"],
            name=op.f("fk_rw_session_run_current_item_id_rw_agenda_item"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["rw_session.id"], name=op.f("fk_rw_session_run_session_id_rw_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rw_session_run")),
    )
    with op.batch_alter_table("rw_session_run", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rw_session_run_session_id"), ["session_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_rw_session_run_current_item_id"), ["current_item_id"], unique=False
        )

    op.create_table(
        "rw_agenda_template",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("session_kind", sa.String(length=32), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["rw_project.id"],
            name=op.f("fk_rw_agenda_template_project_id_rw_project"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rw_agenda_template")),
    )
    with op.batch_alter_table("rw_agenda_template", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rw_agenda_template_project_id"), ["project_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("rw_agenda_template", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rw_agenda_template_project_id"))
    op.drop_table("rw_agenda_template")
    with op.batch_alter_table("rw_session_run", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rw_session_run_current_item_id"))
        batch_op.drop_index(batch_op.f("ix_rw_session_run_session_id"))
    op.drop_table("rw_session_run")
    if op.get_bind().dialect.name == "sqlite":
        # SQLite 3.35+ drops a column in place; a batch rebuild would have to drop and
        # recreate rw_agenda_item under foreign keys that notes and theme links hold.
        op.execute("ALTER TABLE rw_agenda_item DROP COLUMN spent_seconds")
        op.execute("ALTER TABLE rw_agenda_item DROP COLUMN extra_minutes")
    else:
        op.drop_column("rw_agenda_item", "spent_seconds")
        op.drop_column("rw_agenda_item", "extra_minutes")
