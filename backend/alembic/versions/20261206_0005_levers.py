"""lesson levers: when a pupil was shown an attempt's answers, and an index for the hand-in sweep

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 21:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN = sa.text("status != 'completed'")


def upgrade() -> None:
    with op.batch_alter_table("attempts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("answers_shown_at", app.models.base.UTCDateTime(timezone=True), nullable=True))
    # Only open attempts are in it (a small part of all attempts): the sweep that hands in closed ones reads it.
    op.create_index("ix_attempts_open", "attempts", ["status"], postgresql_where=OPEN, sqlite_where=OPEN)


def downgrade() -> None:
    op.drop_index("ix_attempts_open", table_name="attempts")
    with op.batch_alter_table("attempts", schema=None) as batch_op:
        batch_op.drop_column("answers_shown_at")
