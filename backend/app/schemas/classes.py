from __future__ import annotations

import uuid

from pydantic import Field

from app.schemas.accounts import UserRead
from app.schemas.base import ReadSchema, Schema
from app.schemas.units import ACADEMIC_YEAR


class ClassCreate(Schema):
    name: str = Field(min_length=1, max_length=50, description='e.g. "7A" or "8CS1"')
    year_group: int = Field(ge=7, le=9)
    academic_year: str = Field(pattern=ACADEMIC_YEAR, description='e.g. "2025-26"')
    teacher_ids: list[uuid.UUID] = Field(default_factory=list, max_length=20)


class ClassUpdate(Schema):
    name: str | None = Field(default=None, min_length=1, max_length=50)
    year_group: int | None = Field(default=None, ge=7, le=9)
    academic_year: str | None = Field(default=None, pattern=ACADEMIC_YEAR)


class TeacherRef(ReadSchema):
    id: uuid.UUID
    name: str
    username: str


class ClassSummary(ReadSchema):
    id: uuid.UUID
    name: str
    year_group: int
    academic_year: str
    read_only: bool = Field(default=False, description="a class of a school year that has ended: kept to read")
    pupil_count: int = 0
    teachers: list[TeacherRef] = []


class ClassDetail(ClassSummary):
    pupils: list[UserRead]


class AddTeacher(Schema):
    teacher_id: uuid.UUID


class AddPupils(Schema):
    pupil_ids: list[uuid.UUID] = Field(min_length=1, max_length=500)
