"""The teacher's levers on attempts during and after a lesson: handing in and reopening one pupil's attempt, and
one pupil's extension of an assessment's window (a later closing time, extra attempts)."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field, model_validator

from app.models import AttemptEnd, AttemptStatus
from app.schemas.base import ReadSchema, Schema

# The most extra attempts one extension may give (beyond the assessment's own).
MAX_EXTRA_ATTEMPTS = 10


class AttemptState(ReadSchema):
    """An attempt after a teacher's hand-in or reopening: how it stands and how it ended."""

    attempt_id: uuid.UUID = Field(validation_alias="id")
    pupil_id: uuid.UUID
    assessment_id: uuid.UUID
    status: AttemptStatus
    end_reason: AttemptEnd | None
    ended_by_id: uuid.UUID | None
    completed_at: datetime | None
    total_score: float | None
    max_score: float | None
    percentage: float | None
    reopened_count: int


class ExtensionIn(Schema):
    """Give one pupil of a class a later closing time and/or extra attempts (replaces their extension, if any)."""

    class_id: uuid.UUID
    pupil_id: uuid.UUID
    available_until: datetime | None = Field(None, description="the pupil's own closing time; none = the class's")
    extra_attempts: int = Field(0, ge=0, le=MAX_EXTRA_ATTEMPTS, description="attempts beyond the assessment's own")

    @model_validator(mode="after")
    def _gives_something(self) -> ExtensionIn:
        if self.available_until is None and not self.extra_attempts:
            raise ValueError("Give a later closing time, extra attempts, or both.")
        return self


class ExtensionRead(ReadSchema):
    id: uuid.UUID
    assessment_id: uuid.UUID
    class_id: uuid.UUID
    class_name: str
    pupil_id: uuid.UUID
    pupil_name: str
    username: str
    available_until: datetime | None
    extra_attempts: int
    created_by_id: uuid.UUID | None
    updated_at: datetime
