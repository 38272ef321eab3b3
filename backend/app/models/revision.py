"""FeedForward after the lesson: a revision window in which pupils improve written answers of finished attempts."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamps, UUIDPk


class RevisionWindow(UUIDPk, Timestamps, Base):
    """A time, apart from the assessment's own window, in which the pupils of one class assignment (or one pupil
    of it) may send new drafts of chosen written questions of their finished attempt."""

    __tablename__ = "revision_windows"

    assessment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    class_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("classes.id", ondelete="CASCADE"), index=True)
    pupil_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))  # null = all
    question_ids: Mapped[list] = mapped_column(default=list)  # [question_id, ...]: extended_text questions only
    opens_at: Mapped[datetime]
    closes_at: Mapped[datetime]
    closed_early_at: Mapped[datetime | None]  # the teacher closed it before closes_at
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class Revision(UUIDPk, Timestamps, Base):
    """One answer being improved: the pupil's working copy (autosaved, never lost) and the mark it had before the
    first new draft (the drafts up to `baseline_try`), against which "improved" is judged."""

    __tablename__ = "revisions"

    answer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("answers.id", ondelete="CASCADE"), unique=True)
    window_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("revision_windows.id", ondelete="CASCADE"), index=True)
    draft_data: Mapped[dict | None]  # the working copy as last autosaved
    seq: Mapped[int] = mapped_column(Integer, default=0)
    page_id: Mapped[str | None] = mapped_column(String(64))
    saved_at: Mapped[datetime | None]
    baseline_try: Mapped[int] = mapped_column(Integer, default=0)  # the drafts sent before revising
    drafts_sent: Mapped[int] = mapped_column(Integer, default=0)
