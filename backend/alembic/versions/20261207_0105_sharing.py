"""department sharing: assessments and units shared with the school's staff, and where a copy came from

Revision ID: 20261207_0105
Revises: 0005
Create Date: 2026-12-07 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = "20261207_0105"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHEN = app.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "assessment_shares",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("shared_by_id", sa.Uuid(), nullable=True),
        sa.Column("shared_at", WHEN, nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"],
                                name=op.f("fk_assessment_shares_assessment_id_assessments"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["shared_by_id"], ["users.id"],
                                name=op.f("fk_assessment_shares_shared_by_id_users"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("assessment_id", name=op.f("pk_assessment_shares")),
    )
    op.create_table(
        "unit_shares",
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("shared_by_id", sa.Uuid(), nullable=True),
        sa.Column("shared_at", WHEN, nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_unit_shares_unit_id_units"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["shared_by_id"], ["users.id"], name=op.f("fk_unit_shares_shared_by_id_users"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("unit_id", name=op.f("pk_unit_shares")),
    )
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("copied_from_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_assessments_copied_from_id_assessments"), "assessments",
                                    ["copied_from_id"], ["id"], ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_assessments_copied_from_id_assessments"), type_="foreignkey")
        batch_op.drop_column("copied_from_id")
    op.drop_table("unit_shares")
    op.drop_table("assessment_shares")
