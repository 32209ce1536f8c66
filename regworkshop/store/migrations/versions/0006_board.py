"""The board: an index on (theme, position) so capturing and moving a note stay fast.

Capturing a note reads the highest position in its theme and a move reads the gap
before a note; with thousands of notes in one theme these must not scan the theme.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("rw_note", schema=None) as batch_op:
        batch_op.create_index("ix_rw_note_theme_position", ["theme_id", "position"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("rw_note", schema=None) as batch_op:
        batch_op.drop_index("ix_rw_note_theme_position")
