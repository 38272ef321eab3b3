"""honest retries: each answer's first try, feedback that names no answer before the key is shown, retry credit

Revision ID: 20261207_0204
Revises: 20261207_0203
Create Date: 2026-12-07 12:00:00

`answers.first_try_correct` / `first_try_points` are filled from the answer history's try 1 for every answer marked
automatically there (a written answer has drafts, not tries: left null). Existing assessments keep full credit for
retries (the column's server default); new ones are made with reduced credit by the application.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261207_0204"
down_revision: str | None = "20261207_0203"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RETRY_CREDIT = sa.Enum("full", "reduced", "none", name="retry_credit", native_enum=False, create_constraint=False,
                       length=32)

answers = sa.table("answers", sa.column("id", sa.Uuid()), sa.column("first_try_correct", sa.Boolean()),
                   sa.column("first_try_points", sa.Float()))
history = sa.table("answer_history", sa.column("answer_id", sa.Uuid()), sa.column("try_number", sa.Integer()),
                   sa.column("is_correct", sa.Boolean()), sa.column("score", sa.Float()),
                   sa.column("status", sa.String()))


def upgrade() -> None:
    # Plain ALTER TABLE on both databases (never batch mode's copy of a table, which on SQLite would cascade).
    op.add_column("answers", sa.Column("first_try_correct", sa.Boolean(), nullable=True))
    op.add_column("answers", sa.Column("first_try_points", sa.Float(), nullable=True))
    op.add_column("answers", sa.Column("feedback_before_key", sa.Text(), nullable=True))
    op.add_column("answer_history", sa.Column("feedback_before_key", sa.Text(), nullable=True))
    op.add_column("assessments", sa.Column("retry_credit", RETRY_CREDIT, server_default="full", nullable=False))
    first = (history.c.answer_id == answers.c.id) & (history.c.try_number == 1) & (history.c.status == "marked")
    op.execute(answers.update().where(sa.exists().where(first)).values(
        first_try_correct=sa.select(history.c.is_correct).where(first).scalar_subquery(),
        first_try_points=sa.select(history.c.score).where(first).scalar_subquery(),
    ))


def downgrade() -> None:
    op.drop_column("assessments", "retry_credit")
    op.drop_column("answer_history", "feedback_before_key")
    op.drop_column("answers", "feedback_before_key")
    op.drop_column("answers", "first_try_points")
    op.drop_column("answers", "first_try_correct")
