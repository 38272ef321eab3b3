"""attempts keep their first-try total beside their total, so the markbook reads no answers

Revision ID: 20261207_0205
Revises: 20261207_0204
Create Date: 2026-12-07 02:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261207_0205"
down_revision: str | None = "20261207_0204"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("attempts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("first_try_score", sa.Float(), nullable=True))
    # Totalled attempts get theirs as marking/first_try.first_try_marks counts it: each answer's stored first
    # try, else its mark as it stands, else 0.
    op.execute(
        "UPDATE attempts SET first_try_score = (SELECT COALESCE(SUM(COALESCE(answers.first_try_points, answers.score,"
        " 0.0)), 0.0) FROM answers WHERE answers.attempt_id = attempts.id) WHERE total_score IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("attempts", schema=None) as batch_op:
        batch_op.drop_column("first_try_score")
