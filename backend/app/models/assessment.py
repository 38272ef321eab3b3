"""Assessments, the classes they are published to, their questions, and reusable authoring parts."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import (
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Timestamps, UUIDPk, str_enum


class AssessmentStatus(str, enum.Enum):
    draft = "draft"
    review = "review"
    published = "published"
    archived = "archived"


class AnswerRelease(str, enum.Enum):
    """When pupils of a class see the answers (keys) of an assessment set to it: the teacher's choice per class,
    applied by app.services.attempts.keys, and never while the pupil can still start an attempt or change that
    answer."""

    after_each_question = "after_each_question"  # practice: a question's key once it can no longer change
    after_finishing = "after_finishing"  # once the pupil has finished the attempt
    after_closing = "after_closing"  # once the pupil's own window closes, or the teacher shows them (the default)
    never = "never"


class RetryCredit(str, enum.Enum):
    """What a question answered right after a first try that was not (with feedback on, pupils can try again) is
    worth, per assessment: app.services.marking.first_try applies it."""

    full = "full"  # every try is worth the whole mark (how assessments made before this setting keep working)
    reduced = "reduced"  # 100% at the first try, 50% at the second, 25% at the third and every later try
    none = "none"  # only the first try counts; later tries are for learning


QUESTION_TYPES = (
    "multiple_choice",
    "multiple_select",
    "text_input",
    "extended_text",
    "matching",
    "ordering",
    "parsons",
    "code_completion",
    "python_code",
    "code_debug",
    "trace_table",
    "drag_label",
    "binary_convert",
    "logic_gates",
)


class Assessment(UUIDPk, Timestamps, Base):
    __tablename__ = "assessments"

    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("units.id", ondelete="SET NULL"), index=True)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    year_group: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[AssessmentStatus] = mapped_column(
        str_enum(AssessmentStatus, "assessment_status"), default=AssessmentStatus.draft, index=True
    )
    deleted_at: Mapped[datetime | None]
    published_at: Mapped[datetime | None]
    # Settings (SPEC §2)
    time_limit_minutes: Mapped[int | None] = mapped_column(Integer)
    allow_hints: Mapped[bool] = mapped_column(Boolean, default=True)
    show_immediate_feedback: Mapped[bool] = mapped_column(Boolean, default=True)
    randomise_questions: Mapped[bool] = mapped_column(Boolean, default=False)
    randomise_options: Mapped[bool] = mapped_column(Boolean, default=False)
    max_attempts: Mapped[int] = mapped_column(Integer, default=1)
    allow_question_retry: Mapped[bool] = mapped_column(Boolean, default=True)
    max_question_retries: Mapped[int] = mapped_column(Integer, default=3)  # 0 = unlimited
    show_time_remaining: Mapped[bool] = mapped_column(Boolean, default=False)
    auto_release_ai_marks: Mapped[bool] = mapped_column(Boolean, default=False)
    # New assessments give reduced credit for retries; those made before the setting existed keep full credit.
    retry_credit: Mapped[RetryCredit] = mapped_column(
        str_enum(RetryCredit, "retry_credit"), default=RetryCredit.reduced, server_default=RetryCredit.full.value)
    # AI marking of written answers: {runs_per_model, models, aggregation}; empty = admin defaults
    ai_marking: Mapped[dict] = mapped_column(default=dict)
    # Generation metadata: {instructions, model, provider, generated_at, job_id, warnings}
    generation: Mapped[dict] = mapped_column(default=dict)
    total_points: Mapped[int] = mapped_column(Integer, default=0)
    estimated_minutes: Mapped[int] = mapped_column(Integer, default=0)
    # The assessment this one was duplicated from (a colleague's shared one, say); null when made from scratch.
    copied_from_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("assessments.id", ondelete="SET NULL"))

    questions: Mapped[list[Question]] = relationship(
        back_populates="assessment", lazy="raise", order_by="Question.position", cascade="all, delete-orphan"
    )
    classes: Mapped[list[AssessmentClass]] = relationship(
        back_populates="assessment", lazy="raise", cascade="all, delete-orphan"
    )


class AssessmentClass(UUIDPk, Timestamps, Base):
    """An assessment published to one class, with an optional availability window and when its pupils see the
    answers (`show_answers`; with after_closing, `answers_released_at` is the teacher's "Show answers now")."""

    __tablename__ = "assessment_classes"
    __table_args__ = (UniqueConstraint("assessment_id", "class_id"),)

    assessment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    class_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("classes.id", ondelete="CASCADE"), index=True)
    available_from: Mapped[datetime | None]
    available_until: Mapped[datetime | None]
    show_answers: Mapped[AnswerRelease] = mapped_column(
        str_enum(AnswerRelease, "answer_release"), default=AnswerRelease.after_closing,
        server_default=AnswerRelease.after_closing.value)
    answers_released_at: Mapped[datetime | None]

    assessment: Mapped[Assessment] = relationship(back_populates="classes", lazy="raise")


class Question(UUIDPk, Timestamps, Base):
    __tablename__ = "questions"

    assessment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    type: Mapped[str] = mapped_column(String(32))
    question_text: Mapped[str] = mapped_column(Text)
    image_url: Mapped[str | None] = mapped_column(String(500))
    image_alt: Mapped[str | None] = mapped_column(String(500))
    config: Mapped[dict] = mapped_column(default=dict)  # type-specific data, validated by question_types
    difficulty: Mapped[int] = mapped_column(Integer, default=2)
    points: Mapped[int] = mapped_column(Integer, default=1)
    time_estimate_seconds: Mapped[int] = mapped_column(Integer, default=60)
    hint: Mapped[str | None] = mapped_column(Text)
    # An easier version of the same question: {type, question_text, config, hint?}
    scaffold: Mapped[dict | None]
    # {correct, incorrect, partial}; templates may use {correct} {total} {passed} {score}
    feedback: Mapped[dict] = mapped_column(default=dict)
    topic_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("topics.id", ondelete="SET NULL"))
    learning_objective_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("learning_objectives.id", ondelete="SET NULL"), index=True
    )
    strands: Mapped[list] = mapped_column(default=list)
    tags: Mapped[list] = mapped_column(default=list)
    # Problems found by validation on the last save: [{field, message, severity}]
    warnings: Mapped[list] = mapped_column(default=list)
    # Where in the unit's lesson materials a generated question came from: {file, where, quote}; None when a
    # teacher wrote it (or it was generated before sources were kept).
    source: Mapped[dict | None]
    # Bumped whenever the answer key changes, so existing answers can be re-marked.
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The question bank (app.services.bank): the question this one was copied from (null once that is deleted) and
    # the title of its assessment at the time, kept so "From the bank: <title>" outlives the original.
    copied_from_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("questions.id", ondelete="SET NULL"))
    copied_from_title: Mapped[str | None] = mapped_column(String(200))
    # When its owner saved it to their bank: it stays in the bank even after its assessment is deleted.
    saved_to_bank_at: Mapped[datetime | None]
    # The words the bank searches (question_search_text below), kept up to date on every ORM write.
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    assessment: Mapped[Assessment] = relationship(back_populates="questions", lazy="raise")


def question_search_text(question_text: str | None, config: object, tags: object) -> str:
    """The words the question bank searches, in lower case: the question's text, the text of its options, items and
    labels (every `text` of an object in a list of its config) and its tags."""
    parts = [question_text or ""]
    if isinstance(config, dict):
        for value in config.values():
            if isinstance(value, list):
                parts += [item["text"] for item in value if isinstance(item, dict) and isinstance(item.get("text"), str)]
    if isinstance(tags, list):
        parts += [tag for tag in tags if isinstance(tag, str)]
    return " ".join(parts).lower()


@event.listens_for(Question, "before_insert")
@event.listens_for(Question, "before_update")
def _keep_search_text(_mapper: object, _connection: object, question: Question) -> None:
    """Every question written through the ORM carries its searchable words (writes that bypass it must set them)."""
    question.search_text = question_search_text(question.question_text, question.config, question.tags)


# The bank's word search on PostgreSQL: "contains this word" answered from trigrams (pg_trgm). On SQLite it is a
# plain index that such a search cannot use (it reads every row's search_text), kept so both schemas are the same.
Index("ix_questions_search_text", Question.search_text, postgresql_using="gin",
      postgresql_ops={"search_text": "gin_trgm_ops"})


class Media(UUIDPk, Timestamps, Base):
    """An image used by a question (e.g. a drag_label diagram), kept in the database so replicas agree."""

    __tablename__ = "media"

    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class RubricTemplate(UUIDPk, Timestamps, Base):
    """A teacher's reusable mark scheme for written answers."""

    __tablename__ = "rubric_templates"

    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    points_available: Mapped[float] = mapped_column(Float, default=0)
    mark_scheme: Mapped[list] = mapped_column(default=list)  # [{criterion, points}]
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
