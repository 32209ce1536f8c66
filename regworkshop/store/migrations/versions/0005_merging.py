"""Merging: per-field write stamps on every travelling row, text versions, bundle log.

Revision ID: 0005
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None

SYNCED_TABLES = (
    "rw_project",
    "rw_actor",
    "rw_person",
    "rw_assessment_round",
    "rw_assessment",
    "rw_involvement",
    "rw_session",
    "rw_participation",
    "rw_theme",
    "rw_agenda_item",
    "rw_agenda_item_theme",
    "rw_cluster",
    "rw_note",
    "rw_voting_round",
    "rw_vote",
    "rw_photo",
    "rw_insight",
    "rw_evidence",
    "rw_commitment",
    "rw_session_run",
    "rw_agenda_template",
)


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("field_stamps", sa.Text(), nullable=False, server_default="{}"),
    ]


def upgrade() -> None:
    for table in SYNCED_TABLES:
        # A plain ADD COLUMN: SQLite supports it directly, without rebuilding the
        # table (a rebuild would drop the full-text triggers on rw_note/rw_insight).
        op.add_column(
            table, sa.Column("field_stamps", sa.Text(), nullable=False, server_default="{}")
        )
    op.create_table(
        "rw_text_version",
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("stamp", sa.String(length=100), nullable=False),
        sa.Column("history", sa.Text(), nullable=False),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rw_text_version")),
    )
    op.create_index(op.f("ix_rw_text_version_row_id"), "rw_text_version", ["row_id"], unique=False)
    op.create_table(
        "rw_bundle_import",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("source_project_id", sa.String(length=36), nullable=False),
        sa.Column("source_device_id", sa.String(length=36), nullable=False),
        sa.Column("source_title", sa.String(length=300), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rw_bundle_import")),
    )
    op.create_index(
        op.f("ix_rw_bundle_import_bundle_id"), "rw_bundle_import", ["bundle_id"], unique=False
    )
    op.create_index(
        op.f("ix_rw_bundle_import_content_hash"),
        "rw_bundle_import",
        ["content_hash"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_table("rw_bundle_import")
    op.drop_table("rw_text_version")
    for table in SYNCED_TABLES:
        # SQLite 3.35+ drops a plain column in place; a batch rebuild would trip
        # the foreign keys of every child table.
        op.drop_column(table, "field_stamps")
