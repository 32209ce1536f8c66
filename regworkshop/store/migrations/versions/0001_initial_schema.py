"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25 17:32:35.504432
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "rw_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_rw_meta")),
    )
    op.create_table(
        "rw_project",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("forum_name", sa.String(length=300), nullable=False),
        sa.Column("forum_cadence", sa.String(length=300), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rw_project")),
    )
    op.create_table(
        "rw_actor",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("actor_type", sa.String(length=32), nullable=False),
        sa.Column("municipality", sa.String(length=120), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"], ["rw_project.id"], name=op.f("fk_rw_actor_project_id_rw_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rw_actor")),
    )
    with op.batch_alter_table("rw_actor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rw_actor_project_id"), ["project_id"], unique=False)

    op.create_table(
        "rw_assessment_round",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["rw_project.id"],
            name=op.f("fk_rw_assessment_round_project_id_rw_project"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rw_assessment_round")),
    )
    with op.batch_alter_table("rw_assessment_round", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rw_assessment_round_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "rw_session",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("planned_minutes", sa.Integer(), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("facilitator", sa.String(length=200), nullable=False),
        sa.Column("note_taker", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("doc_status", sa.String(length=32), nullable=False),
        sa.Column("diarienummer", sa.String(length=80), nullable=False),
        sa.Column("retain_until", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"], ["rw_project.id"], name=op.f("fk_rw_session_project_id_rw_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rw_session")),
    )
    with op.batch_alter_table("rw_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rw_session_project_id"), ["project_id"], unique=False)

    op.create_table(
        "rw_agenda_item",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("framing_question", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("actual_start", sa.DateTime(timezone=True), nullable=True),
        sa.Column("actual_end", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"], ["rw_session.id"], name=op.f("fk_rw_agenda_item_session_id_rw_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rw_agenda_item")),
    )
    with op.batch_alter_table("rw_agenda_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rw_agenda_item_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "rw_assessment",
        sa.Column("round_id", sa.String(length=36), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=False),
        sa.Column("influence", sa.Float(), nullable=False),
        sa.Column("interest", sa.Float(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "influence BETWEEN 1 AND 5", name=op.f("ck_rw_assessment_influence_range")
        ),
        sa.CheckConstraint(
            "interest BETWEEN 1 AND 5", name=op.f("ck_rw_assessment_interest_range")
        ),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["rw_actor.id"], name=op.f("fk_rw_assessment_actor_id_rw_actor")
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["rw_assessment_round.id"],
            name=op.f("fk_rw_assessment_round_id_rw_assessment_round"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rw_assessment")),
    )
    with op.batch_alter_table("rw_assessment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rw_assessment_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_rw_assessment_round_id"), ["round_id"], unique=False)

    op.create_table(
        "rw_commitment",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["rw_actor.id"], name=op.f("fk_rw_commitment_actor_id_rw_actor")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["rw_project.id"], name=op.f("fk_rw_commitment_project_id_rw_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rw_commitment")),
    )
    with op.batch_alter_table("rw_commitment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rw_commitment_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_rw_commitment_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "rw_involvement",
        sa.Column("actor_id", sa.String(length=36), nullable=False),
        sa.Column("form", sa.String(length=32), nullable=False),
        sa.Column("when_date", sa.Date(), nullable=True),
        sa.Column("when_text", sa.String(length=200), nullable=False),
        sa.Column("where", sa.String(length=300), nullable=False),
        sa.Column("how", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["rw_actor.id"], name=op.f("fk_rw_involvement_actor_id_rw_actor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rw_involvement")),
    )
    with op.batch_alter_table("rw_involvement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rw_involvement_actor_id"), ["actor_id"], unique=False)

    op.create_table(
        "rw_person",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=80), nullable=False),
        sa.Column("consent_store", sa.String(length=16), nullable=False),
        sa.Column("consent_quote", sa.String(length=16), nullable=False),
        sa.Column("consent_name_org", sa.String(length=16), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("consent_how", sa.String(length=200), nullable=False),
        sa.Column("erased", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["rw_actor.id"], name=op.f("fk_rw_person_actor_id_rw_actor")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["rw_project.id"], name=op.f("fk_rw_person_project_id_rw_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rw_person")),
    )
    with op.batch_alter_table("rw_person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rw_person_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_rw_person_project_id"), ["project_id"], unique=False)

    op.create_table(
        "rw_photo",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("caption", sa.String(length=300), nullable=False),
        sa.Column("mime", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"], ["rw_session.id"], name=op.f("fk_rw_photo_session_id_rw_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rw_photo")),
    )
    with op.batch_alter_table("rw_photo", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rw_photo_session_id"), ["session_id"], unique=False)

    op.create_table(
        "rw_theme",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("builtin_key", sa.String(length=64), nullable=True),
        sa.Column("colour", sa.String(length=9), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"], ["rw_project.id"], name=op.f("fk_rw_theme_project_id_rw_project")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["rw_session.id"], name=op.f("fk_rw_theme_session_id_rw_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rw_theme")),
    )
    with op.batch_alter_table("rw_theme", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rw_theme_project_id"), ["project_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_rw_theme_session_id"), ["session_id"], unique=False)

    op.create_table(
        "rw_voting_round",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("dots_per_participant", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"], ["rw_session.id"], name=op.f("fk_rw_voting_round_session_id_rw_session")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rw_voting_round")),
    )
    with op.batch_alter_table("rw_voting_round", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rw_voting_round_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "rw_agenda_item_theme",
        sa.Column("agenda_item_id", sa.String(length=36), nullable=False),
        sa.Column("theme_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["rw_agenda_item.id"],
            name=op.f("fk_rw_agenda_item_theme_agenda_item_id_rw_agenda_item"),
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"], ["rw_theme.id"], name=op.f("fk_rw_agenda_item_theme_theme_id_rw_theme")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rw_agenda_item_theme")),
    )
    with op.batch_alter_table("rw_agenda_item_theme", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rw_agenda_item_theme_agenda_item_id"), ["agenda_item_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_rw_agenda_item_theme_theme_id"), ["theme_id"], unique=False
        )

    op.create_table(
        "rw_cluster",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("theme_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("collapsed", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"], ["rw_session.id"], name=op.f("fk_rw_cluster_session_id_rw_session")
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"], ["rw_theme.id"], name=op.f("fk_rw_cluster_theme_id_rw_theme")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rw_cluster")),
    )
    with op.batch_alter_table("rw_cluster", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rw_cluster_session_id"), ["session_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_rw_cluster_theme_id"), ["theme_id"], unique=False)

    op.create_table(
        "rw_insight",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("theme_id", sa.String(length=36), nullable=True),
        sa.Column("section", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("doc_status", sa.String(length=32), nullable=False),
        sa.Column("diarienummer", sa.String(length=80), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"], ["rw_project.id"], name=op.f("fk_rw_insight_project_id_rw_project")
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"], ["rw_theme.id"], name=op.f("fk_rw_insight_theme_id_rw_theme")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rw_insight")),
    )
    with op.batch_alter_table("rw_insight", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rw_insight_project_id"), ["project_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_rw_insight_theme_id"), ["theme_id"], unique=False)

    op.create_table(
        "rw_participation",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("actor_id", sa.String(length=36), nullable=True),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("attendance", sa.String(length=16), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["rw_actor.id"], name=op.f("fk_rw_participation_actor_id_rw_actor")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["rw_person.id"], name=op.f("fk_rw_participation_person_id_rw_person")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["rw_session.id"],
            name=op.f("fk_rw_participation_session_id_rw_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rw_participation")),
    )
    with op.batch_alter_table("rw_participation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rw_participation_actor_id"), ["actor_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_rw_participation_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_rw_participation_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "rw_note",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("theme_id", sa.String(length=36), nullable=True),
        sa.Column("cluster_id", sa.String(length=36), nullable=True),
        sa.Column("agenda_item_id", sa.String(length=36), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=True),
        sa.Column("actor_type", sa.String(length=32), nullable=True),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("position", sa.Float(), nullable=False),
        sa.Column("is_quote", sa.Boolean(), nullable=False),
        sa.Column("elapsed_minutes", sa.Float(), nullable=True),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["rw_actor.id"], name=op.f("fk_rw_note_actor_id_rw_actor")
        ),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["rw_agenda_item.id"],
            name=op.f("fk_rw_note_agenda_item_id_rw_agenda_item"),
        ),
        sa.ForeignKeyConstraint(
            ["cluster_id"], ["rw_cluster.id"], name=op.f("fk_rw_note_cluster_id_rw_cluster")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["rw_person.id"], name=op.f("fk_rw_note_person_id_rw_person")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["rw_session.id"], name=op.f("fk_rw_note_session_id_rw_session")
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"], ["rw_theme.id"], name=op.f("fk_rw_note_theme_id_rw_theme")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rw_note")),
    )
    with op.batch_alter_table("rw_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rw_note_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_rw_note_cluster_id"), ["cluster_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_rw_note_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_rw_note_session_id"), ["session_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_rw_note_theme_id"), ["theme_id"], unique=False)

    op.create_table(
        "rw_evidence",
        sa.Column("insight_id", sa.String(length=36), nullable=False),
        sa.Column("note_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["insight_id"], ["rw_insight.id"], name=op.f("fk_rw_evidence_insight_id_rw_insight")
        ),
        sa.ForeignKeyConstraint(
            ["note_id"], ["rw_note.id"], name=op.f("fk_rw_evidence_note_id_rw_note")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rw_evidence")),
    )
    with op.batch_alter_table("rw_evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rw_evidence_insight_id"), ["insight_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_rw_evidence_note_id"), ["note_id"], unique=False)

    op.create_table(
        "rw_vote",
        sa.Column("round_id", sa.String(length=36), nullable=False),
        sa.Column("note_id", sa.String(length=36), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["note_id"], ["rw_note.id"], name=op.f("fk_rw_vote_note_id_rw_note")
        ),
        sa.ForeignKeyConstraint(
            ["round_id"], ["rw_voting_round.id"], name=op.f("fk_rw_vote_round_id_rw_voting_round")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rw_vote")),
    )
    with op.batch_alter_table("rw_vote", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rw_vote_note_id"), ["note_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_rw_vote_round_id"), ["round_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("rw_vote", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rw_vote_round_id"))
        batch_op.drop_index(batch_op.f("ix_rw_vote_note_id"))

    op.drop_table("rw_vote")
    with op.batch_alter_table("rw_evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rw_evidence_note_id"))
        batch_op.drop_index(batch_op.f("ix_rw_evidence_insight_id"))

    op.drop_table("rw_evidence")
    with op.batch_alter_table("rw_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rw_note_theme_id"))
        batch_op.drop_index(batch_op.f("ix_rw_note_session_id"))
        batch_op.drop_index(batch_op.f("ix_rw_note_person_id"))
        batch_op.drop_index(batch_op.f("ix_rw_note_cluster_id"))
        batch_op.drop_index(batch_op.f("ix_rw_note_actor_id"))

    op.drop_table("rw_note")
    with op.batch_alter_table("rw_participation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rw_participation_session_id"))
        batch_op.drop_index(batch_op.f("ix_rw_participation_person_id"))
        batch_op.drop_index(batch_op.f("ix_rw_participation_actor_id"))

    op.drop_table("rw_participation")
    with op.batch_alter_table("rw_insight", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rw_insight_theme_id"))
        batch_op.drop_index(batch_op.f("ix_rw_insight_project_id"))

    op.drop_table("rw_insight")
    with op.batch_alter_table("rw_cluster", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rw_cluster_theme_id"))
        batch_op.drop_index(batch_op.f("ix_rw_cluster_session_id"))

    op.drop_table("rw_cluster")
    with op.batch_alter_table("rw_agenda_item_theme", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rw_agenda_item_theme_theme_id"))
        batch_op.drop_index(batch_op.f("ix_rw_agenda_item_theme_agenda_item_id"))

    op.drop_table("rw_agenda_item_theme")
    with op.batch_alter_table("rw_voting_round", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rw_voting_round_session_id"))

    op.drop_table("rw_voting_round")
    with op.batch_alter_table("rw_theme", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rw_theme_session_id"))
        batch_op.drop_index(batch_op.f("ix_rw_theme_project_id"))

    op.drop_table("rw_theme")
    with op.batch_alter_table("rw_photo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rw_photo_session_id"))

    op.drop_table("rw_photo")
    with op.batch_alter_table("rw_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rw_person_project_id"))
        batch_op.drop_index(batch_op.f("ix_rw_person_actor_id"))

    op.drop_table("rw_person")
    with op.batch_alter_table("rw_involvement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rw_involvement_actor_id"))

    op.drop_table("rw_involvement")
    with op.batch_alter_table("rw_commitment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rw_commitment_project_id"))
        batch_op.drop_index(batch_op.f("ix_rw_commitment_actor_id"))

    op.drop_table("rw_commitment")
    with op.batch_alter_table("rw_assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rw_assessment_round_id"))
        batch_op.drop_index(batch_op.f("ix_rw_assessment_actor_id"))

    op.drop_table("rw_assessment")
    with op.batch_alter_table("rw_agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rw_agenda_item_session_id"))

    op.drop_table("rw_agenda_item")
    with op.batch_alter_table("rw_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rw_session_project_id"))

    op.drop_table("rw_session")
    with op.batch_alter_table("rw_assessment_round", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rw_assessment_round_project_id"))

    op.drop_table("rw_assessment_round")
    with op.batch_alter_table("rw_actor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rw_actor_project_id"))

    op.drop_table("rw_actor")
    op.drop_table("rw_project")
    op.drop_table("rw_meta")
