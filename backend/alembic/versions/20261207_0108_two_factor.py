"""two-step sign-in: the authenticator secret on users, recovery codes, and the step between password and code

Revision ID: 20261207_0108
Revises: 20261207_0107
Create Date: 2026-12-07 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = "20261207_0108"
down_revision: str | None = "20261207_0107"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHEN = app.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("two_factor_secret", sa.String(length=400), nullable=True))
        batch_op.add_column(sa.Column("two_factor_enabled_at", WHEN, nullable=True))
        batch_op.add_column(sa.Column("two_factor_last_step", sa.BigInteger(), nullable=True))

    op.create_table(
        "recovery_codes",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("used_at", WHEN, nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_recovery_codes_user_id_users"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recovery_codes")),
    )
    op.create_index(op.f("ix_recovery_codes_user_id"), "recovery_codes", ["user_id"])

    op.create_table(
        "sign_in_steps",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("expires_at", WHEN, nullable=False),
        sa.Column("ip", sa.String(length=64), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_sign_in_steps_user_id_users"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_in_steps")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_sign_in_steps_token_hash")),
    )
    op.create_index(op.f("ix_sign_in_steps_expires_at"), "sign_in_steps", ["expires_at"])
    op.create_index(op.f("ix_sign_in_steps_user_id"), "sign_in_steps", ["user_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_sign_in_steps_user_id"), table_name="sign_in_steps")
    op.drop_index(op.f("ix_sign_in_steps_expires_at"), table_name="sign_in_steps")
    op.drop_table("sign_in_steps")
    op.drop_index(op.f("ix_recovery_codes_user_id"), table_name="recovery_codes")
    op.drop_table("recovery_codes")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("two_factor_last_step")
        batch_op.drop_column("two_factor_enabled_at")
        batch_op.drop_column("two_factor_secret")
