"""Sharing with the department: whether an assessment or a unit is shared, and the colleagues' shared list."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field

from app.schemas.base import ReadSchema


class ShareState(ReadSchema):
    """Whether an assessment is shared with the department, and how."""

    shared: bool = False
    directly: bool = Field(default=False, description="shared on its own; Stop sharing ends this")
    through_unit_id: uuid.UUID | None = Field(default=None, description="shared because its unit is shared")
    through_unit_title: str | None = None
    shared_by_name: str | None = None
    shared_at: datetime | None = None


class UnitShareState(ReadSchema):
    """Whether a unit is shared with the department (its owner's assessments in it are then shared too)."""

    shared: bool = False
    shared_by_name: str | None = None
    shared_at: datetime | None = None


class SharedAssessmentItem(ReadSchema):
    """A colleague's assessment shared with the department: what it is and who shared it, never its results."""

    id: uuid.UUID
    title: str
    description: str
    unit_id: uuid.UUID | None
    unit_title: str | None
    year_group: int | None
    question_count: int
    total_points: int
    estimated_minutes: int
    owner_name: str | None
    sharing: ShareState


class CopiedFrom(ReadSchema):
    """The assessment a copy was made from."""

    id: uuid.UUID
    title: str
    owner_name: str | None
