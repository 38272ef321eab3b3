"""Paper versions of an assessment: the pupil's test to print and the teacher's answer key."""

from __future__ import annotations

import uuid
from typing import Literal

from pydantic import Field

from app.schemas.base import ReadSchema

PaperVersion = Literal["pupil", "key"]


class PaperQuestion(ReadSchema):
    number: int
    type: str
    question_text: str
    image_url: str | None
    image_alt: str | None
    points: int
    view: dict = Field(description="the question as pupils receive it (question_types pupil_view): never the answer")
    writing_lines: int = Field(description="how many ruled lines to leave for a written answer (0: the form has its own spaces)")
    key: dict | None = Field(default=None, description="only in the answer key: the type's answer key and mark scheme")


class Paper(ReadSchema):
    assessment_id: uuid.UUID
    title: str
    version: PaperVersion
    total_points: int
    estimated_minutes: int
    questions: list[PaperQuestion]
