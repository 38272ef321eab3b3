"""What a teacher has shared with the department (the school's staff): one of their assessments, or a unit, which
shares the unit owner's assessments in it, now and later. Who may see what is decided in
services/authoring/sharing.py."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class AssessmentShare(Base):
    """An assessment shared with the department: colleagues read it, preview it and copy it (never its results)."""

    __tablename__ = "assessment_shares"

    assessment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"),
                                                     primary_key=True)
    shared_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    shared_at: Mapped[datetime] = mapped_column(default=utcnow)


class UnitShare(Base):
    """A unit shared with the department: every assessment its owner makes in it is shared too."""

    __tablename__ = "unit_shares"

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), primary_key=True)
    shared_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    shared_at: Mapped[datetime] = mapped_column(default=utcnow)
