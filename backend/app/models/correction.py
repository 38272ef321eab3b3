"""A teacher's correction of a mark: who changed which answer's mark, when, from what to what, and why."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Float, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UUIDPk, utcnow


class MarkCorrection(UUIDPk, Base):
    """One change to one answer's mark by a teacher. The answer keeps the new mark (as a teacher's mark, so a later
    re-mark after the key changes leaves it alone); every correction stays here, oldest first."""

    __tablename__ = "mark_corrections"

    answer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("answers.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"), index=True)
    teacher_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    old_score: Mapped[float | None] = mapped_column(Float)  # None: the answer had no mark yet
    new_score: Mapped[float] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
