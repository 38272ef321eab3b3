from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field

from app.models import Strand
from app.schemas.base import ReadSchema, Schema
from app.schemas.sharing import UnitShareState

ACADEMIC_YEAR = r"^20\d\d-\d\d$"


class UnitCreate(Schema):
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=5000)
    year_group: int = Field(ge=7, le=9)
    half_term: int | None = Field(default=None, ge=1, le=6)
    academic_year: str | None = Field(default=None, pattern=ACADEMIC_YEAR, description='e.g. "2025-26"')


class UnitUpdate(Schema):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=5000)
    year_group: int | None = Field(default=None, ge=7, le=9)
    half_term: int | None = Field(default=None, ge=1, le=6)
    academic_year: str | None = Field(default=None, pattern=ACADEMIC_YEAR)


class TopicCreate(Schema):
    title: str = Field(min_length=1, max_length=200)
    position: int | None = Field(default=None, ge=0, le=1000)


class TopicUpdate(Schema):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    position: int | None = Field(default=None, ge=0, le=1000)


class TopicRead(ReadSchema):
    id: uuid.UUID
    title: str
    position: int


class ObjectiveCreate(Schema):
    code: str = Field(min_length=1, max_length=20, description='e.g. "LO1"')
    description: str = Field(min_length=1, max_length=1000)
    topic_id: uuid.UUID | None = None
    strands: list[Strand] = Field(default_factory=list, max_length=10)
    position: int | None = Field(default=None, ge=0, le=1000)


class ObjectiveUpdate(Schema):
    code: str | None = Field(default=None, min_length=1, max_length=20)
    description: str | None = Field(default=None, min_length=1, max_length=1000)
    topic_id: uuid.UUID | None = None
    strands: list[Strand] | None = Field(default=None, max_length=10)
    position: int | None = Field(default=None, ge=0, le=1000)


class ObjectiveRead(ReadSchema):
    id: uuid.UUID
    code: str
    description: str
    topic_id: uuid.UUID | None
    strands: list[str]
    position: int


class UnitSummary(ReadSchema):
    id: uuid.UUID
    title: str
    description: str
    year_group: int
    half_term: int | None
    academic_year: str | None
    owner_id: uuid.UUID | None
    created_at: datetime
    updated_at: datetime


class UnitListItem(UnitSummary):
    objective_count: int = 0
    document_count: int = 0
    assessment_count: int = 0
    shared: bool = Field(default=False, description="shared with the department, with its owner's assessments")


class UnitRead(UnitSummary):
    topics: list[TopicRead]
    objectives: list[ObjectiveRead]
    vocabulary: list[dict]
    sharing: UnitShareState = Field(default_factory=UnitShareState)


class StrandRead(ReadSchema):
    code: str
    name: str
