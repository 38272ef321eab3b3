"""The live lesson view (one row per pupil of a class, those who may need help first) and "I need help"."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from app.schemas.base import ReadSchema, Schema

LiveStatus = Literal["not_started", "working", "on_break", "finished"]
# Why a pupil is listed among those who may need help, in the order the rows are sorted by.
ReasonKind = Literal["asked_for_help", "idle", "hints", "tries", "not_started"]


class HelpIn(Schema):
    question_id: uuid.UUID


class HelpOut(ReadSchema):
    """The pupil's open request: a second press while the teacher has not seen it returns the same one."""

    id: uuid.UUID
    asked_at: datetime
    already_asked: bool
    message: str


class LiveQuestion(ReadSchema):
    number: int  # 1-based, in this pupil's order
    text: str  # the start of the question text


class LiveHelp(ReadSchema):
    id: uuid.UUID
    asked_at: datetime
    question_number: int | None  # None: the question was removed since


class NeedsHelpReason(ReadSchema):
    """One reason, with the figures the page words it with ("3 tries on question 5")."""

    kind: ReasonKind
    question_number: int | None = None
    at: datetime | None = None  # asked_for_help: when
    minutes: int | None = None  # idle: for how long
    count: int | None = None  # hints or tries on that question


class LivePupil(ReadSchema):
    pupil_id: uuid.UUID
    name: str
    status: LiveStatus
    attempt_id: uuid.UUID | None
    answered: int
    question_count: int
    current_question: LiveQuestion | None
    time_used_seconds: int | None
    hints_used: int  # hints and easier versions, over every question
    tries: int  # submitted tries, over every question
    last_activity_at: datetime | None
    help_request: LiveHelp | None
    needs_help_reasons: list[NeedsHelpReason]


class LiveView(ReadSchema):
    assessment_id: uuid.UUID
    title: str
    class_id: uuid.UUID
    class_name: str
    is_open: bool  # pupils of the class may take it now
    available_until: datetime | None
    idle_minutes: int
    generated_at: datetime
    pupils: list[LivePupil]  # those who may need help first, each group in a fixed order
