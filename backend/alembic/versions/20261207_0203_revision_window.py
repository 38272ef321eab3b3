"""revision windows: pupils improve written answers of finished attempts, after the lesson

Revision ID: 20261207_0203
Revises: 20261207_0202
Create Date: 2026-12-07 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = "20261207_0203"
down_revision: str | None = "20261207_0202"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHEN = app.models.base.UTCDateTime(timezone=True)
JSON = app.models.base.JSONType


def upgrade() -> None:
    op.create_table(
        "revision_windows",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("class_id", sa.Uuid(), nullable=False),
        sa.Column("pupil_id", sa.Uuid(), nullable=True),
        sa.Column("question_ids", JSON, nullable=False),
        sa.Column("opens_at", WHEN, nullable=False),
        sa.Column("closes_at", WHEN, nullable=False),
        sa.Column("closed_early_at", WHEN, nullable=True),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", WHEN, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", WHEN, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"],
                                name=op.f("fk_revision_windows_assessment_id_assessments"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["class_id"], ["classes.id"],
                                name=op.f("fk_revision_windows_class_id_classes"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"],
                                name=op.f("fk_revision_windows_created_by_id_users"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["pupil_id"], ["users.id"],
                                name=op.f("fk_revision_windows_pupil_id_users"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revision_windows")),
    )
    op.create_index(op.f("ix_revision_windows_assessment_id"), "revision_windows", ["assessment_id"])
    op.create_index(op.f("ix_revision_windows_class_id"), "revision_windows", ["class_id"])
    op.create_table(
        "revisions",
        sa.Column("answer_id", sa.Uuid(), nullable=False),
        sa.Column("window_id", sa.Uuid(), nullable=False),
        sa.Column("draft_data", JSON, nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("page_id", sa.String(length=64), nullable=True),
        sa.Column("saved_at", WHEN, nullable=True),
        sa.Column("baseline_try", sa.Integer(), nullable=False),
        sa.Column("drafts_sent", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", WHEN, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", WHEN, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(["answer_id"], ["answers.id"],
                                name=op.f("fk_revisions_answer_id_answers"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["window_id"], ["revision_windows.id"],
                                name=op.f("fk_revisions_window_id_revision_windows"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revisions")),
        sa.UniqueConstraint("answer_id", name=op.f("uq_revisions_answer_id")),
    )
    op.create_index(op.f("ix_revisions_window_id"), "revisions", ["window_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_revisions_window_id"), table_name="revisions")
    op.drop_table("revisions")
    op.drop_index(op.f("ix_revision_windows_class_id"), table_name="revision_windows")
    op.drop_index(op.f("ix_revision_windows_assessment_id"), table_name="revision_windows")
    op.drop_table("revision_windows")
