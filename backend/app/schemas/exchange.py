"""Export and import of assessment files: the import preview and what an import created."""

from __future__ import annotations

import uuid

from pydantic import Field

from app.schemas.assessments import Problem
from app.schemas.base import ReadSchema


class ImportQuestionPreview(ReadSchema):
    number: int = Field(description="the question's place in the file, from 1")
    type: str = Field(description="the question type as the file gives it (empty when it gives none)")
    short_text: str = Field(description="the start of the question's wording")
    points: int | None = None
    problems: list[Problem] = Field(description="what the same checks as saving a question found")
    will_import: bool
    skip_reason: str | None = Field(default=None, description="why the question will be skipped")


class ImportPreview(ReadSchema):
    """What a file holds and what importing it would do. Nothing has been saved."""

    format: str
    format_label: str
    title: str
    description: str
    question_count: int
    importable_count: int
    picture_count: int
    questions: list[ImportQuestionPreview]


class SkippedQuestion(ReadSchema):
    number: int
    reason: str


class ImportResult(ReadSchema):
    """The draft assessment an import created, and what it left out and why."""

    assessment_id: uuid.UUID
    title: str
    imported: int
    skipped: list[SkippedQuestion]
    notes: list[str] = Field(default_factory=list, description="links that could not be kept, such as objectives "
                             "this school does not have")


class ExchangeFormat(ReadSchema):
    name: str
    label: str
    extension: str
