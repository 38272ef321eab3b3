"""corrections: a teacher's change to a mark, with who, when, the old and new mark and the reason

Revision ID: 20261207_0202
Revises: 20261207_0110
Create Date: 2026-12-07 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = "20261207_0202"
down_revision: str | None = "20261207_0110"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHEN = app.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "mark_corrections",
        sa.Column("answer_id", sa.Uuid(), nullable=False),
        sa.Column("question_id", sa.Uuid(), nullable=False),
        sa.Column("teacher_id", sa.Uuid(), nullable=True),
        sa.Column("old_score", sa.Float(), nullable=True),
        sa.Column("new_score", sa.Float(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["answer_id"], ["answers.id"], name=op.f("fk_mark_corrections_answer_id_answers"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["question_id"], ["questions.id"],
                                name=op.f("fk_mark_corrections_question_id_questions"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["teacher_id"], ["users.id"], name=op.f("fk_mark_corrections_teacher_id_users"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mark_corrections")),
    )
    op.create_index(op.f("ix_mark_corrections_answer_id"), "mark_corrections", ["answer_id"])
    op.create_index(op.f("ix_mark_corrections_question_id"), "mark_corrections", ["question_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_mark_corrections_question_id"), table_name="mark_corrections")
    op.drop_index(op.f("ix_mark_corrections_answer_id"), table_name="mark_corrections")
    op.drop_table("mark_corrections")
