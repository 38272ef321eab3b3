"""What pupils did: attempts, answers, every try, and the marking of written answers."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Timestamps, UUIDPk, str_enum, utcnow


class AttemptStatus(str, enum.Enum):
    in_progress = "in_progress"
    completed = "completed"
    abandoned = "abandoned"


class AttemptEnd(str, enum.Enum):
    """How a finished attempt ended: shown to the teacher in results and to the pupil when it was not them."""

    pupil = "pupil"  # the pupil pressed Finish
    teacher = "teacher"  # a teacher handed it in for the pupil
    window_closed = "window_closed"  # the job worker handed it in when the pupil's window closed


class MarkingStatus(str, enum.Enum):
    saved = "saved"  # autosaved, not yet submitted
    marked = "marked"  # marked automatically
    awaiting_marking = "awaiting_marking"  # needs a teacher (or the AI)
    ai_suggested = "ai_suggested"  # the AI has suggested a mark; a teacher reviews it
    teacher_marked = "teacher_marked"  # final mark from a teacher


class Attempt(UUIDPk, Timestamps, Base):
    __tablename__ = "attempts"
    __table_args__ = (
        UniqueConstraint("pupil_id", "assessment_id", "attempt_number"),
        Index("ix_attempts_assessment_status", "assessment_id", "status"),
        # Open attempts only (few of all): the sweep that hands in attempts whose time is over reads them.
        Index("ix_attempts_open", "status", postgresql_where=text("status != 'completed'"),
              sqlite_where=text("status != 'completed'")),
    )

    pupil_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    assessment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    class_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("classes.id", ondelete="SET NULL"))
    attempt_number: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[AttemptStatus] = mapped_column(
        str_enum(AttemptStatus, "attempt_status"), default=AttemptStatus.in_progress
    )
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    completed_at: Mapped[datetime | None]
    last_activity_at: Mapped[datetime | None]
    time_taken_seconds: Mapped[int | None] = mapped_column(Integer)
    total_score: Mapped[float | None] = mapped_column(Float)
    max_score: Mapped[float | None] = mapped_column(Float)
    percentage: Mapped[float | None] = mapped_column(Float)
    # The marks at each answer's first try, totalled with total_score (marking/first_try.first_try_marks), so the
    # markbook reads first-try percentages without reading answers.
    first_try_score: Mapped[float | None] = mapped_column(Float)
    # Fixed for this attempt so a resumed attempt shows exactly the same screens.
    question_order: Mapped[list] = mapped_column(default=list)  # [question_id, ...]
    option_seed: Mapped[int] = mapped_column(Integer, default=0)  # seeds per-question option shuffles
    current_index: Mapped[int] = mapped_column(Integer, default=0)
    # How it ended (null while open) and who ended it when that was a teacher.
    end_reason: Mapped[AttemptEnd | None] = mapped_column(str_enum(AttemptEnd, "attempt_end"))
    ended_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # When the pupil was told that someone else handed it in ("…handed in when it closed…"); null = not yet.
    end_notice_seen_at: Mapped[datetime | None]
    reopened_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # When the pupil was first sent this attempt's answer key (results review or drafts with keys shown): from
    # then on the attempt cannot be reopened (app.services.attempts.reopen).
    answers_shown_at: Mapped[datetime | None]

    answers: Mapped[list[Answer]] = relationship(back_populates="attempt", lazy="raise", cascade="all, delete-orphan")


class Answer(UUIDPk, Timestamps, Base):
    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("attempt_id", "question_id"),)

    attempt_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("attempts.id", ondelete="CASCADE"))
    question_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"), index=True)
    answer_data: Mapped[dict | None]
    seq: Mapped[int] = mapped_column(Integer, default=0)  # the client's save counter: older saves never win
    # The page (browser tab) that sent the stored answer: seq orders one page's saves; between pages the last
    # save received wins.
    page_id: Mapped[str | None] = mapped_column(String(64))
    # What arrived after the time ended (with the grace period): shown to the teacher, never marked.
    late_answer_data: Mapped[dict | None]
    late_saved_at: Mapped[datetime | None]
    status: Mapped[MarkingStatus] = mapped_column(
        str_enum(MarkingStatus, "marking_status"), default=MarkingStatus.saved, index=True
    )
    score: Mapped[float | None] = mapped_column(Float)
    max_score: Mapped[float] = mapped_column(Float, default=0)
    is_correct: Mapped[bool | None] = mapped_column(Boolean)
    # Only released marks and feedback reach the pupil (automatic marks are released at once).
    released: Mapped[bool] = mapped_column(Boolean, default=False)
    released_at: Mapped[datetime | None]
    feedback: Mapped[str | None] = mapped_column(Text)
    # The feedback a pupil reads while the key may not be shown (app.services.attempts.keys): the same, without
    # any sentence that names the right answer. Null: `feedback` names nothing (or predates this column).
    feedback_before_key: Mapped[str | None] = mapped_column(Text)
    mark_details: Mapped[dict] = mapped_column(default=dict)  # per-part results shown with the feedback
    time_taken_seconds: Mapped[int] = mapped_column(Integer, default=0)
    tries: Mapped[int] = mapped_column(Integer, default=0)
    # The first try of an automatically marked answer (code: its first submit): right or not, and its points
    # before any retry credit. Null: not tried yet, or a written answer (drafts instead of tries). The markbook,
    # class results, question analysis and the CSV read these (app.services.marking.first_try).
    first_try_correct: Mapped[bool | None] = mapped_column(Boolean)
    first_try_points: Mapped[float | None] = mapped_column(Float)
    hint_used: Mapped[bool] = mapped_column(Boolean, default=False)
    scaffold_used: Mapped[bool] = mapped_column(Boolean, default=False)
    first_answered_at: Mapped[datetime | None]
    last_answered_at: Mapped[datetime | None]
    submitted_at: Mapped[datetime | None]
    marked_at: Mapped[datetime | None]
    marked_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # The aggregated AI suggestion for written answers: {score, criteria, feedback, spread, runs, models}
    ai_suggestion: Mapped[dict | None]
    content_purged_at: Mapped[datetime | None]  # retention removed the text/code, the score stays

    attempt: Mapped[Attempt] = relationship(back_populates="answers", lazy="raise")
    history: Mapped[list[AnswerHistory]] = relationship(
        back_populates="answer", lazy="raise", order_by="AnswerHistory.try_number", cascade="all, delete-orphan"
    )


class AnswerHistory(UUIDPk, Base):
    """Every submitted version of an answer (and every draft of a written answer) with how it was marked."""

    __tablename__ = "answer_history"

    answer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("answers.id", ondelete="CASCADE"), index=True)
    try_number: Mapped[int] = mapped_column(Integer)
    answer_data: Mapped[dict | None]
    score: Mapped[float | None] = mapped_column(Float)
    is_correct: Mapped[bool | None] = mapped_column(Boolean)
    status: Mapped[MarkingStatus] = mapped_column(str_enum(MarkingStatus, "marking_status"))
    feedback: Mapped[str | None] = mapped_column(Text)
    feedback_before_key: Mapped[str | None] = mapped_column(Text)  # as on Answer
    mark_details: Mapped[dict] = mapped_column(default=dict)
    hint_used: Mapped[bool] = mapped_column(Boolean, default=False)
    released: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    answer: Mapped[Answer] = relationship(back_populates="history", lazy="raise")


class AIMarkingRun(UUIDPk, Base):
    """One model run marking one written answer; several runs are aggregated into the suggestion."""

    __tablename__ = "ai_marking_runs"

    answer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("answers.id", ondelete="CASCADE"), index=True)
    history_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("answer_history.id", ondelete="CASCADE"))
    model: Mapped[str] = mapped_column(String(100))
    run_index: Mapped[int] = mapped_column(Integer, default=0)
    ok: Mapped[bool] = mapped_column(Boolean, default=True)
    score: Mapped[float | None] = mapped_column(Float)
    criteria: Mapped[list] = mapped_column(default=list)  # [{criterion, met, evidence, points}]
    feedback: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)
    latency_ms: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class MarkReview(UUIDPk, Base):
    """A teacher's decision on a written answer: the AI's suggestion and the final mark, both kept."""

    __tablename__ = "mark_reviews"

    answer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("answers.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"), index=True)
    teacher_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    ai_score: Mapped[float | None] = mapped_column(Float)
    ai_feedback: Mapped[str | None] = mapped_column(Text)
    final_score: Mapped[float] = mapped_column(Float)
    final_feedback: Mapped[str | None] = mapped_column(Text)
    accepted: Mapped[bool] = mapped_column(Boolean, default=False)  # accepted the AI suggestion unchanged
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
