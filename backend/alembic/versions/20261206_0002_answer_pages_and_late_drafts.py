"""answers remember which page wrote them, and keep what arrived after the time ended

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06 16:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import app.models.base

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("answers", schema=None) as batch_op:
        # The page (browser tab) whose save is stored: seq orders saves within one page; between pages the save
        # received last wins.
        batch_op.add_column(sa.Column("page_id", sa.String(length=64), nullable=True))
        # What a pupil typed after the time ended: kept for the teacher to see, never marked.
        batch_op.add_column(sa.Column("late_answer_data", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"),
                                      nullable=True))
        batch_op.add_column(sa.Column("late_saved_at", app.models.base.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("answers", schema=None) as batch_op:
        batch_op.drop_column("late_saved_at")
        batch_op.drop_column("late_answer_data")
        batch_op.drop_column("page_id")
