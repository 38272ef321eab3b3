"""when pupils see answers: a choice per class assignment, replacing the assessment's allow_review

Revision ID: 20261207_0109
Revises: 20261207_0108
Create Date: 2026-12-07 10:00:00

Every existing assignment takes its assessment's allow_review: false → never, true → after_finishing (what pupils
saw before: their answers and keys once finished, while no attempt or change was left). New assignments default
to after_closing.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = "20261207_0109"
down_revision: str | None = "20261207_0108"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RELEASE = sa.Enum("after_each_question", "after_finishing", "after_closing", "never", name="answer_release",
                  native_enum=False, create_constraint=False, length=32)

assessments = sa.table("assessments", sa.column("id", sa.Uuid()), sa.column("allow_review", sa.Boolean()))
links = sa.table("assessment_classes", sa.column("assessment_id", sa.Uuid()), sa.column("show_answers", sa.String()))


def upgrade() -> None:
    # Plain ALTER TABLE on both databases, never batch mode's copy of a table: on SQLite, with foreign keys on,
    # dropping the old copy of `assessments` would delete every row that cascades from it.
    op.add_column("assessment_classes", sa.Column("show_answers", RELEASE, server_default="after_closing",
                                                  nullable=False))
    op.add_column("assessment_classes", sa.Column("answers_released_at", app.models.base.UTCDateTime(timezone=True),
                                                  nullable=True))
    allowed = (sa.select(assessments.c.allow_review).where(assessments.c.id == links.c.assessment_id)
               .scalar_subquery())
    op.execute(links.update().values(
        show_answers=sa.case((allowed == sa.true(), "after_finishing"), else_="never")))
    op.drop_column("assessments", "allow_review")


def downgrade() -> None:
    op.add_column("assessments", sa.Column("allow_review", sa.Boolean(), server_default=sa.true(), nullable=False))
    # An assessment reviewed by no class of its own ("never" somewhere) goes back to no review.
    hidden = sa.exists().where(links.c.assessment_id == assessments.c.id, links.c.show_answers == "never")
    op.execute(assessments.update().where(hidden).values(allow_review=False))
    op.drop_column("assessment_classes", "answers_released_at")
    op.drop_column("assessment_classes", "show_answers")
