"""Requests and responses for generating drafts and regenerating one question."""

from __future__ import annotations

import uuid
from typing import Literal

from pydantic import Field, model_validator

from app.schemas.assessments import QuestionType
from app.schemas.base import ReadSchema, Schema

GeneratorChoice = Literal["auto", "ai", "offline"]


class GenerateRequest(Schema):
    """What the teacher asks for in the create-assessment wizard."""

    unit_id: uuid.UUID
    title: str = Field(min_length=1, max_length=200)
    num_questions: int = Field(default=10, ge=1, le=40)
    time_limit_minutes: int | None = Field(default=None, ge=1, le=300)
    difficulty_range: tuple[int, int] | None = Field(
        default=None, description="[lowest, highest] difficulty, each 1-5; default [1, 5]")
    required_question_types: list[QuestionType] = Field(default_factory=list, max_length=14)
    excluded_question_types: list[QuestionType] = Field(default_factory=list, max_length=14)
    teacher_instructions: str = Field(default="", max_length=2000)
    provider: GeneratorChoice = Field(
        default="auto", description="auto: the AI when one is set up, else offline; ai; offline")
    seed: int | None = Field(default=None, ge=0, le=2**31, description="the same seed gives the same offline draft")

    @model_validator(mode="after")
    def _consistent(self) -> GenerateRequest:
        if self.difficulty_range is not None:
            low, high = self.difficulty_range
            if not (1 <= low <= high <= 5):
                raise ValueError("difficulty_range must be two difficulties from 1 to 5, the lower one first")
        both = sorted(set(self.required_question_types) & set(self.excluded_question_types))
        if both:
            raise ValueError(f"{', '.join(both)} cannot be both required and excluded")
        if "drag_label" in self.required_question_types:
            raise ValueError("drag_label questions need a picture, so they cannot be generated; add them by hand")
        return self


class GenerateStarted(ReadSchema):
    job_id: uuid.UUID
    generator: Literal["ai", "offline"] = Field(description="which generator will write the draft")


class RegenerateRequest(Schema):
    """A new version of one question."""

    instructions: str = Field(default="", max_length=1000, description='e.g. "make it easier"')
    keep_type: bool = True
    question_type: QuestionType | None = Field(default=None, description="the new type, when keep_type is false")
    provider: GeneratorChoice = "auto"

    @model_validator(mode="after")
    def _known_type(self) -> RegenerateRequest:
        if self.question_type == "drag_label":
            raise ValueError("drag_label questions need a picture, so they cannot be generated")
        return self


class TypeOption(ReadSchema):
    type: str
    name: str


class GenerationOptions(ReadSchema):
    """What the wizard can offer."""

    ai_available: bool
    default_generator: Literal["ai", "offline"]
    model: str | None
    question_types: list[TypeOption]
    max_questions: int = 40
