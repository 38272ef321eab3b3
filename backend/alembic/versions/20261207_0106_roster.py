"""a roster that lasts: pupils' stable identifiers (UPN, admission number) and last year's classes closed

Revision ID: 20261207_0106
Revises: 20261207_0105
Create Date: 2026-12-07 01:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = "20261207_0106"
down_revision: str | None = "20261207_0105"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("upn", sa.String(length=13), nullable=True))
        batch_op.add_column(sa.Column("admission_number", sa.String(length=20), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_users_upn"), ["upn"])
        batch_op.create_unique_constraint(batch_op.f("uq_users_admission_number"), ["admission_number"])
    with op.batch_alter_table("classes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closed_at", app.models.base.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("classes", schema=None) as batch_op:
        batch_op.drop_column("closed_at")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_users_admission_number"), type_="unique")
        batch_op.drop_constraint(batch_op.f("uq_users_upn"), type_="unique")
        batch_op.drop_column("admission_number")
        batch_op.drop_column("upn")
