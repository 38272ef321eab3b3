"""Corrections of marks by a teacher, and "accept this answer for everyone" from question analysis."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field

from app.schemas.base import ReadSchema, Schema

# How long a correction's reason may be: a sentence or two for the pupil, not an essay.
MAX_REASON = 1000


class CorrectionIn(Schema):
    score: float = Field(description="the new mark, from 0 to the question's points")
    reason: str = Field(default="", max_length=MAX_REASON,
                        description="why the mark changed, in plain words the pupil may read once answers are shown")


class CorrectionRead(ReadSchema):
    id: uuid.UUID
    answer_id: uuid.UUID
    teacher_name: str | None
    old_score: float | None
    new_score: float
    reason: str
    created_at: datetime


class Corrected(ReadSchema):
    answer_id: uuid.UUID
    score: float
    max_score: float
    attempt_total: float | None = Field(description="the attempt's new total")
    attempt_percentage: float | None
    released: bool = Field(description="whether the pupil can already see this mark (else once it is released)")
    correction: CorrectionRead


class PupilCorrection(ReadSchema):
    """What a pupil is told about a teacher's change to their mark (once the mark is released)."""

    previous_score: float | None
    score: float
    note: str
    reason: str | None = Field(description="the teacher's reason, only once the answers may be shown")


class AcceptIn(Schema):
    answer: str = Field(min_length=1, max_length=200, description="the answer to add to the key")
    blank_id: str | None = Field(default=None, max_length=100,
                                 description="fill in the code gaps: which gap the answer is for")


class PupilChange(ReadSchema):
    pupil_id: uuid.UUID
    name: str
    answer_id: uuid.UUID
    old_score: float | None
    new_score: float | None


class AcceptPreview(ReadSchema):
    question_id: uuid.UUID
    answer: str
    changes: list[PupilChange] = Field(description="whose mark accepting the answer would change, and how")
    kept_corrections: int = Field(description="answers whose mark a teacher corrected: they keep that mark")
    message: str


class Accepted(ReadSchema):
    question_id: uuid.UUID
    answer: str
    changes: list[PupilChange] = Field(description="whose mark changed, and how")
    kept_corrections: int
    message: str
