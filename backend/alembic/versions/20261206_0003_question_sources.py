"""generated questions remember the passage of the lesson materials they were built from

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 18:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("questions", schema=None) as batch_op:
        # {file, where, quote}: shown on the review page as "From: <file>, <where>". Null for questions a
        # teacher wrote and for drafts made before sources were kept.
        batch_op.add_column(sa.Column("source", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"),
                                      nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.drop_column("source")
