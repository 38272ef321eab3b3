"""Requests and responses for revision windows (FeedForward after the lesson) and asking the AI again."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import Field

from app.schemas.base import ReadSchema, Schema
from app.schemas.pupil import AnswerData, PageId


class WindowIn(Schema):
    assessment_id: uuid.UUID
    class_id: uuid.UUID
    pupil_id: uuid.UUID | None = Field(default=None, description="one pupil of the class; leave out for all")
    question_ids: list[uuid.UUID] | None = Field(default=None, max_length=100,
                                                 description="written questions; leave out for every written one")
    opens_at: datetime | None = Field(default=None, description="leave out to open it now")
    closes_at: datetime


class WindowRead(ReadSchema):
    id: uuid.UUID
    assessment_id: uuid.UUID
    class_id: uuid.UUID
    pupil_id: uuid.UUID | None
    pupil_name: str | None
    question_ids: list[uuid.UUID]
    question_numbers: list[int]
    opens_at: datetime
    closes_at: datetime
    closed_early_at: datetime | None
    open_now: bool
    summary: str = Field(description='in words: "Questions 3 and 5, all of 7A, until Friday 15:30"')


class WordChange(ReadSchema):
    op: Literal["same", "added", "removed"]
    text: str


class TeacherDraft(ReadSchema):
    try_number: int
    text: str
    score: float | None
    status: str
    released: bool
    feedback: str | None
    after_revising: bool = Field(description="sent in a revision window (not during the assessment)")
    changes: list[WordChange] = Field(description="what changed since the draft before, word by word")
    created_at: datetime


class AnswerDrafts(ReadSchema):
    answer_id: uuid.UUID
    pupil_name: str
    question_number: int
    question_text: str
    max_score: float
    drafts: list[TeacherDraft]


class RevisedAnswer(ReadSchema):
    answer_id: uuid.UUID
    pupil_name: str
    question_number: int
    drafts_sent: int
    old_score: float | None
    new_score: float | None = Field(description="the teacher's mark of the latest draft; null until decided")
    improved: bool


class RevisionOverview(ReadSchema):
    assessment_id: uuid.UUID
    class_id: uuid.UUID | None
    windows: list[WindowRead]
    revised: int = Field(description="answers with at least one new draft")
    improved: int = Field(description="of those, how many got a higher mark than before")
    answers: list[RevisedAnswer]


class RevisionItem(ReadSchema):
    """One written answer a pupil may improve now."""

    attempt_id: uuid.UUID
    assessment_id: uuid.UUID
    assessment_title: str
    question_id: uuid.UUID
    question_number: int
    question_text: str
    closes_at: datetime
    message: str = Field(description='"You can improve your answer to question 3 until Friday 15:30."')
    answer_text: str = Field(description="the latest draft sent")
    working_text: str = Field(description="the autosaved working copy (the latest draft when none)")
    feedback: str | None = Field(description="the latest feedback the teacher released")
    score: float | None
    max_score: float
    waiting_for_teacher: bool
    drafts_sent: int


class PupilRevisions(ReadSchema):
    items: list[RevisionItem]


class RevisionSaveIn(Schema):
    answer_data: AnswerData | None
    seq: int = Field(ge=0, le=2**31 - 1)
    page: PageId | None = None


class RevisionSaved(ReadSchema):
    saved: bool = Field(description="whether this save is the one stored now (an older one never wins)")
    saved_at: datetime | None


class AskAIIn(Schema):
    assessment_id: uuid.UUID
    question_id: uuid.UUID | None = Field(default=None, description="one question; leave out for every one")


class AskedAI(ReadSchema):
    queued: int
    message: str
