"""The question bank: searching every question a teacher can see, with anonymous statistics from past use,
copying questions into an assessment, and saving a question to the bank."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import Field

from app.models import Strand
from app.schemas.assessments import QuestionType
from app.schemas.base import ReadSchema, Schema

PAGE_SIZE = 20
MAX_PAGE_SIZE = 50
Tag = Annotated[str, Field(min_length=1, max_length=50)]


class BankSearch(Schema):
    """What to look for. Every filter given must hold; `q`'s words may each appear anywhere in the question's
    text, its options (items, labels) or its tags, in any case."""

    q: str = Field(default="", max_length=200, description="words, each of which must appear")
    type: QuestionType | None = None
    unit_id: uuid.UUID | None = None
    objective_id: uuid.UUID | None = None
    strand: Strand | None = None
    difficulty: int | None = Field(default=None, ge=1, le=5)
    tags: list[Tag] = Field(default_factory=list, max_length=10, description="the question carries every one")
    saved_only: bool = Field(default=False, description="only questions saved to the bank")
    page: int = Field(default=1, ge=1, le=10_000)
    page_size: int = Field(default=PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE)


class BankStats(ReadSchema):
    """How a question went in past use, over every completed attempt that answered it (every class that used
    it). Counts and rates only: no pupil is named or identified."""

    answered: int = Field(description="answers whose first try has been marked")
    right_first_try: int = Field(description="of those, how many were fully right at the first try")
    facility: float | None = Field(description="right_first_try / answered (0–1); null when nobody answered")
    discrimination: float | None = Field(
        description="point-biserial correlation (−1 to 1) of being right at the first try with the rest of the "
        "attempt's score; null below `discrimination_minimum` answers or when everyone scored alike"
    )
    discrimination_minimum: int = Field(description="answers needed before discrimination is given")
    average_time_seconds: float | None = Field(description="mean time spent on the question")
    hint_rate: float | None = Field(description="share of answers where the hint was opened (0–1)")


class BankQuestion(ReadSchema):
    """One question in the bank, with where it lives and its statistics."""

    id: uuid.UUID
    type: str
    question_text: str
    config: dict = Field(description="the type's data, with its key (teachers only)")
    difficulty: int
    points: int
    strands: list[str]
    tags: list[str]
    answer_key: dict = Field(default_factory=dict, description="a compact statement of the right answer")
    assessment_id: uuid.UUID
    assessment_title: str
    assessment_deleted: bool = Field(description="its assessment was deleted; it is here because it was saved")
    unit_id: uuid.UUID | None
    unit_title: str | None
    objective_code: str | None
    objective_description: str | None
    saved_to_bank_at: datetime | None
    copied_from_title: str | None
    can_save: bool = Field(description="whether this user may save it to the bank or remove it (its owner, admins)")
    stats: BankStats


class BankPage(ReadSchema):
    """One page of matching questions, newest first."""

    total: int = Field(description="questions matching the search, on every page")
    page: int
    page_size: int
    questions: list[BankQuestion]


class BankAddIn(Schema):
    """Copy these bank questions, in this order, to the end of one of your draft assessments."""

    assessment_id: uuid.UUID
    question_ids: list[uuid.UUID] = Field(min_length=1, max_length=MAX_PAGE_SIZE)


class BankAdded(ReadSchema):
    """What was added: the new copies' ids in order, and the assessment's new total."""

    assessment_id: uuid.UUID
    assessment_title: str
    question_ids: list[uuid.UUID]
    question_count: int


class BankSaveIn(Schema):
    """Save a question to the bank, optionally replacing its tags (to find it again)."""

    tags: list[Tag] | None = Field(default=None, max_length=20)


class BankSaved(ReadSchema):
    question_id: uuid.UUID
    saved_to_bank_at: datetime | None
    tags: list[str]
