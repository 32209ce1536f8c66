"""Method guide: manual checklist ticks, and the collaboration platform's members.

``rw_checklist_tick`` holds the ticks of the overview's manual checklist items.
Its row id is derived from (project, item), so the same item ticked on two
laptops is one row when bundles merge and ``ticked`` follows the later write.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: no rebuild of rw_project (its children keep their foreign keys).
    op.add_column(
        "rw_project",
        sa.Column("forum_members", sa.Text(), nullable=False, server_default="[]"),
    )
    op.create_table(
        "rw_checklist_tick",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("item_key", sa.String(length=64), nullable=False),
        sa.Column("ticked", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("field_stamps", sa.Text(), nullable=False, server_default="{}"),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["rw_project.id"],
            name=op.f("fk_rw_checklist_tick_project_id_rw_project"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rw_checklist_tick")),
    )
    op.create_index(
        op.f("ix_rw_checklist_tick_project_id"), "rw_checklist_tick", ["project_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_rw_checklist_tick_project_id"), table_name="rw_checklist_tick")
    op.drop_table("rw_checklist_tick")
    op.drop_column("rw_project", "forum_members")
