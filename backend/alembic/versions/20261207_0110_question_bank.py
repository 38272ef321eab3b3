"""question bank: where a copied question came from, questions saved to the bank, and the words the bank searches

Revision ID: 20261207_0110
Revises: 20261207_0109
Create Date: 2026-12-07 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base
from app.models.assessment import question_search_text

revision: str = "20261207_0110"
down_revision: str | None = "20261207_0109"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 500


def upgrade() -> None:
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("copied_from_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("copied_from_title", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("saved_to_bank_at", app.models.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("search_text", sa.Text(), server_default="", nullable=False))
        batch_op.create_foreign_key(batch_op.f("fk_questions_copied_from_id_questions"), "questions",
                                    ["copied_from_id"], ["id"], ondelete="SET NULL")
    _fill_search_text()
    if op.get_bind().dialect.name == "postgresql":
        # Trigram matching lets "contains this word" use the index (pg_trgm is a trusted extension: the database's
        # owner may create it). On SQLite the index is a plain one (see the model).
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.create_index("ix_questions_search_text", "questions", ["search_text"], postgresql_using="gin",
                    postgresql_ops={"search_text": "gin_trgm_ops"})


def _fill_search_text() -> None:
    """The searchable words of the questions already there (new ones get theirs as they are written)."""
    connection = op.get_bind()
    questions = sa.table("questions", sa.column("id", sa.Uuid()), sa.column("question_text", sa.Text()),
                         sa.column("config", app.models.base.JSONType), sa.column("tags", app.models.base.JSONType),
                         sa.column("search_text", sa.Text()))
    rows = connection.execute(sa.select(questions.c.id, questions.c.question_text, questions.c.config,
                                        questions.c.tags)).all()
    for start in range(0, len(rows), BATCH):
        connection.execute(
            questions.update().where(questions.c.id == sa.bindparam("question_id"))
            .values(search_text=sa.bindparam("words")),
            [{"question_id": row.id, "words": question_search_text(row.question_text, row.config, row.tags)}
             for row in rows[start:start + BATCH]],
        )


def downgrade() -> None:
    op.drop_index("ix_questions_search_text", table_name="questions")
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_questions_copied_from_id_questions"), type_="foreignkey")
        batch_op.drop_column("search_text")
        batch_op.drop_column("saved_to_bank_at")
        batch_op.drop_column("copied_from_title")
        batch_op.drop_column("copied_from_id")
