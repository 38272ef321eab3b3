"""single sign-on: OpenID providers, sign-ins under way, and an email address unique for everyone

Revision ID: 20261207_0107
Revises: 20261207_0106
Create Date: 2026-12-07 01:00:00

Emails become the way single sign-on finds a person, so they are stored in lower case and unique. An address
two accounts share already (ignoring case) stays with the account created first; the others lose it, and the
audit log says which, so an admin can give each person their own.
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import app.models.base

revision: str = "20261207_0107"
down_revision: str | None = "20261207_0106"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
WHEN = app.models.base.UTCDateTime(timezone=True)


def _tidy_emails() -> None:
    """Lower case, no blanks, and one account per address (the earliest keeps it; the rest are audited)."""
    bind = op.get_bind()
    op.execute("UPDATE users SET email = NULL WHERE email IS NOT NULL AND TRIM(email) = ''")
    op.execute("UPDATE users SET email = LOWER(TRIM(email)) WHERE email IS NOT NULL")
    rows = bind.execute(sa.text(
        "SELECT id, username, email FROM users WHERE email IN "
        "(SELECT email FROM users WHERE email IS NOT NULL GROUP BY email HAVING COUNT(*) > 1) "
        "ORDER BY email, created_at, username"
    )).all()
    seen: set[str] = set()
    audit = sa.table("audit_log", sa.column("id", sa.Uuid()), sa.column("user_id", sa.Uuid()),
                     sa.column("username", sa.String()), sa.column("action", sa.String()),
                     sa.column("entity_type", sa.String()), sa.column("entity_id", sa.String()),
                     sa.column("details", JSON), sa.column("created_at", WHEN))
    for user_id, username, email in rows:
        if email not in seen:
            seen.add(email)
            continue
        bind.execute(sa.text("UPDATE users SET email = NULL WHERE id = :id"), {"id": user_id})
        bind.execute(audit.insert().values(
            id=uuid.uuid4(), user_id=None, username=username, action="user.email_cleared", entity_type="user",
            entity_id=str(user_id), created_at=datetime.now(UTC),
            details={"email": email, "why": "an account created earlier has the same email"},
        ))


def upgrade() -> None:
    _tidy_emails()
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.create_unique_constraint(batch_op.f("uq_users_email"), ["email"])

    op.create_table(
        "sso_providers",
        sa.Column("kind", sa.Enum("google", "microsoft", "oidc", name="sso_kind", native_enum=False,
                                  create_constraint=False, length=32), nullable=False),
        sa.Column("label", sa.String(length=80), nullable=False),
        sa.Column("issuer", sa.String(length=300), nullable=False),
        sa.Column("tenant_id", sa.String(length=64), nullable=True),
        sa.Column("client_id", sa.String(length=300), nullable=False),
        sa.Column("client_secret", sa.Text(), nullable=True),
        sa.Column("allowed_domains", JSON, nullable=False),
        sa.Column("enabled", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", WHEN, server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", WHEN, server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sso_providers")),
    )
    op.create_table(
        "sso_sign_ins",
        sa.Column("provider_id", sa.Uuid(), nullable=False),
        sa.Column("state_hash", sa.String(length=64), nullable=False),
        sa.Column("browser_hash", sa.String(length=64), nullable=False),
        sa.Column("nonce", sa.String(length=64), nullable=False),
        sa.Column("code_verifier", sa.String(length=128), nullable=False),
        sa.Column("redirect_uri", sa.String(length=400), nullable=False),
        sa.Column("next_path", sa.String(length=400), nullable=True),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("expires_at", WHEN, nullable=False),
        sa.Column("used_at", WHEN, nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["provider_id"], ["sso_providers.id"],
                                name=op.f("fk_sso_sign_ins_provider_id_sso_providers"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sso_sign_ins")),
        sa.UniqueConstraint("state_hash", name=op.f("uq_sso_sign_ins_state_hash")),
    )
    op.create_index(op.f("ix_sso_sign_ins_provider_id"), "sso_sign_ins", ["provider_id"])
    op.create_index(op.f("ix_sso_sign_ins_expires_at"), "sso_sign_ins", ["expires_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_sso_sign_ins_expires_at"), table_name="sso_sign_ins")
    op.drop_index(op.f("ix_sso_sign_ins_provider_id"), table_name="sso_sign_ins")
    op.drop_table("sso_sign_ins")
    op.drop_table("sso_providers")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_users_email"), type_="unique")
