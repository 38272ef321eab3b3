"""in the lesson: how an attempt ended, extensions for one pupil, "I need help", access arrangements

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 21:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import app.models.base

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
WHEN = app.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("attempts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("end_reason", sa.Enum("pupil", "teacher", "window_closed", name="attempt_end",
                                                             native_enum=False, create_constraint=False, length=32),
                                      nullable=True))
        batch_op.add_column(sa.Column("ended_by_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("end_notice_seen_at", WHEN, nullable=True))
        batch_op.add_column(sa.Column("reopened_count", sa.Integer(), server_default="0", nullable=False))
        batch_op.create_foreign_key(batch_op.f("fk_attempts_ended_by_id_users"), "users", ["ended_by_id"], ["id"],
                                    ondelete="SET NULL")
    # Every attempt finished before this was finished by its pupil (nothing else could finish one).
    op.execute("UPDATE attempts SET end_reason = 'pupil' WHERE status = 'completed'")

    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("access_arrangements", JSON, server_default="{}", nullable=False))
        batch_op.add_column(sa.Column("display_preferences", JSON, server_default="{}", nullable=False))

    op.create_table(
        "assessment_extensions",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("class_id", sa.Uuid(), nullable=False),
        sa.Column("pupil_id", sa.Uuid(), nullable=False),
        sa.Column("available_until", WHEN, nullable=True),
        sa.Column("extra_attempts", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", WHEN, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", WHEN, server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"],
                                name=op.f("fk_assessment_extensions_assessment_id_assessments"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["class_id"], ["classes.id"],
                                name=op.f("fk_assessment_extensions_class_id_classes"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"],
                                name=op.f("fk_assessment_extensions_created_by_id_users"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["pupil_id"], ["users.id"],
                                name=op.f("fk_assessment_extensions_pupil_id_users"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_extensions")),
        sa.UniqueConstraint("assessment_id", "class_id", "pupil_id",
                            name=op.f("uq_assessment_extensions_assessment_id_class_id_pupil_id")),
    )
    op.create_index(op.f("ix_assessment_extensions_assessment_id"), "assessment_extensions", ["assessment_id"])
    op.create_index(op.f("ix_assessment_extensions_pupil_id"), "assessment_extensions", ["pupil_id"])

    op.create_table(
        "help_requests",
        sa.Column("attempt_id", sa.Uuid(), nullable=False),
        sa.Column("question_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("seen_at", WHEN, nullable=True),
        sa.Column("seen_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["attempt_id"], ["attempts.id"],
                                name=op.f("fk_help_requests_attempt_id_attempts"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["question_id"], ["questions.id"],
                                name=op.f("fk_help_requests_question_id_questions"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["seen_by_id"], ["users.id"],
                                name=op.f("fk_help_requests_seen_by_id_users"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_help_requests")),
    )
    op.create_index("ix_help_requests_attempt_seen", "help_requests", ["attempt_id", "seen_at"])


def downgrade() -> None:
    op.drop_index("ix_help_requests_attempt_seen", table_name="help_requests")
    op.drop_table("help_requests")
    op.drop_index(op.f("ix_assessment_extensions_pupil_id"), table_name="assessment_extensions")
    op.drop_index(op.f("ix_assessment_extensions_assessment_id"), table_name="assessment_extensions")
    op.drop_table("assessment_extensions")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("display_preferences")
        batch_op.drop_column("access_arrangements")
    with op.batch_alter_table("attempts", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_attempts_ended_by_id_users"), type_="foreignkey")
        batch_op.drop_column("reopened_count")
        batch_op.drop_column("end_notice_seen_at")
        batch_op.drop_column("ended_by_id")
        batch_op.drop_column("end_reason")
