"""Knowledge base: a covering index over notes for the theme × actor-type matrix and filters.

With 100,000 notes the matrix counts from this index alone instead of reading
every note row (≈165 ms → ≈10 ms for the count itself).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

COLUMNS = ["theme_id", "actor_type", "session_id", "actor_id", "deleted_at", "is_quote", "votes"]


def upgrade() -> None:
    op.create_index("ix_rw_note_matrix", "rw_note", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_rw_note_matrix", table_name="rw_note")
