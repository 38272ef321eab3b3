"""What happens in and after a lesson: one pupil's extension of an assessment's window, and a pupil's quiet
"I need help"."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamps, UUIDPk, utcnow


class Extension(UUIDPk, Timestamps, Base):
    """One pupil's later closing time and/or extra attempts for an assessment set to one of their classes."""

    __tablename__ = "assessment_extensions"
    __table_args__ = (UniqueConstraint("assessment_id", "class_id", "pupil_id"),)

    assessment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    class_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("classes.id", ondelete="CASCADE"))
    pupil_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    available_until: Mapped[datetime | None]  # null = the class's closing time
    extra_attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class HelpRequest(UUIDPk, Base):
    """A pupil pressed "I need help" on a question; shown on the live view until a teacher marks it seen."""

    __tablename__ = "help_requests"
    __table_args__ = (Index("ix_help_requests_attempt_seen", "attempt_id", "seen_at"),)

    attempt_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("attempts.id", ondelete="CASCADE"))
    question_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("questions.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    seen_at: Mapped[datetime | None]
    seen_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
