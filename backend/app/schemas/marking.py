from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import Field, model_validator

from app.schemas.base import ReadSchema, Schema


class QueueItem(ReadSchema):
    answer_id: uuid.UUID
    assessment_id: uuid.UUID
    assessment_title: str
    question_id: uuid.UUID
    question_number: int
    question_text: str
    points: int
    mark_scheme: list[dict]
    points_available: float | None
    pupil_id: uuid.UUID
    pupil_name: str
    class_id: uuid.UUID | None
    class_name: str | None
    answer_text: str
    draft: int
    status: str
    submitted_at: datetime | None
    ai: dict = Field(description="{state: none|pending|retrying|failed|suggested, score, criteria, feedback, spread,"
                                 " runs, models, ...}")
    score: float | None
    feedback: str | None
    released: bool


class Queue(ReadSchema):
    items: list[QueueItem]
    count: int
    marked_not_released: int
    ai_configured: bool
    message: str | None


class Decision(Schema):
    accept: bool = False
    score: float | None = Field(default=None, ge=0, le=10)
    feedback: str | None = Field(default=None, max_length=2000)
    criteria: list[dict] | None = Field(default=None, max_length=20)

    @model_validator(mode="after")
    def _one_or_other(self) -> Decision:
        if not self.accept and self.score is None:
            raise ValueError("send either accept: true, or a score (and feedback)")
        return self


class Decided(ReadSchema):
    answer_id: uuid.UUID
    status: str
    score: float | None
    feedback: str | None
    released: bool


class ReleaseIn(Schema):
    assessment_id: uuid.UUID
    class_id: uuid.UUID | None = None


class Released(ReadSchema):
    released: int
    still_to_mark: int


class QuestionAgreement(ReadSchema):
    question_id: uuid.UUID
    number: int
    reviews: int
    agreement_rate: float | None
    within_one_point_rate: float | None
    mean_difference: float | None
    accepted_unchanged: int


class Agreement(ReadSchema):
    assessment_id: uuid.UUID
    questions: list[QuestionAgreement]


class AIDefaults(ReadSchema):
    """What a teacher needs to choose an assessment's AI marking: the school's defaults, never the key."""

    configured: bool
    models: list[str]
    runs_per_model: int
    aggregation: str
    message: str | None


class AISettingsIn(Schema):
    base_url: str | None = Field(default=None, max_length=300, pattern=r"^(|https?://\S+)$",
                                 description="an OpenAI-compatible server; empty = OpenAI")
    api_key: str | None = Field(default=None, max_length=500,
                                description="write-only: leave out to keep the stored key, empty to remove it")
    model: str | None = Field(default=None, min_length=1, max_length=100)
    fallback_model: str | None = Field(default=None, max_length=100)
    marking_models: list[str] | None = Field(default=None, max_length=5)
    runs_per_model: int | None = Field(default=None, ge=1, le=5)
    aggregation: Literal["mean", "median", "trimmed_mean", "weighted_mean"] | None = None
    model_weights: dict[str, float] | None = None
    max_tokens: int | None = Field(default=None, ge=256, le=64000)
    temperature: float | None = Field(default=None, ge=0, le=2)
    marking_concurrency: int | None = Field(default=None, ge=1, le=8)


class AISettingsOut(ReadSchema):
    base_url: str
    model: str
    fallback_model: str
    marking_models: list[str]
    runs_per_model: int
    aggregation: str
    model_weights: dict[str, float]
    max_tokens: int
    temperature: float
    marking_concurrency: int
    api_key_set: bool
    api_key_last4: str
    key_source: str
    key_unreadable: bool
    from_environment: list[str]
    configured: bool


class RubricIn(Schema):
    name: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=2000)
    mark_scheme: list[dict] = Field(min_length=1, max_length=20, description="[{criterion, points}]")
    shared: bool = False

    @model_validator(mode="after")
    def _scheme(self) -> RubricIn:
        for i, row in enumerate(self.mark_scheme):
            criterion = str(row.get("criterion") or "").strip()
            points = row.get("points")
            if not criterion:
                raise ValueError(f"mark_scheme[{i}].criterion is empty")
            if not isinstance(points, int | float) or isinstance(points, bool) or not 0 < points <= 20:
                raise ValueError(f"mark_scheme[{i}].points must be a number from 1 to 20")
            self.mark_scheme[i] = {"criterion": criterion[:500], "points": points}
        return self


class RubricRead(ReadSchema):
    id: uuid.UUID
    owner_id: uuid.UUID | None
    name: str
    description: str
    mark_scheme: list[dict]
    points_available: float
    shared: bool
    created_at: datetime
    mine: bool = False
