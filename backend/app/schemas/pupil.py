"""What pupils send and receive. Nothing here ever carries an answer key before results are released."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import Field, StringConstraints

from app.schemas.assessments import ScaffoldView
from app.schemas.base import ReadSchema, Schema
from app.schemas.corrections import PupilCorrection

# What a pupil's answer is: free-form JSON whose shape each question type defines (app.question_types).
AnswerData = dict[str, Any]


class AssessmentCard(ReadSchema):
    assessment_id: uuid.UUID
    title: str
    description: str
    class_name: str | None
    question_count: int
    estimated_minutes: int
    time_limit_minutes: int | None
    available_until: datetime | None
    allow_hints: bool
    attempts_used: int
    max_attempts: int
    attempt_id: uuid.UUID | None = None
    answered_count: int = 0
    completed_at: datetime | None = None
    percentage: float | None = Field(default=None, description="only when every mark has been released")
    score: float | None = None
    max_score: float | None = None
    waiting_for_teacher: int = 0
    can_review: bool = False
    end_notice: str | None = Field(default=None, description="why someone else handed it in, until the pupil "
                                                             "has read it")


class PupilAssessments(ReadSchema):
    available: list[AssessmentCard]
    in_progress: list[AssessmentCard]
    completed: list[AssessmentCard]


class ProgressPoint(ReadSchema):
    attempt_id: uuid.UUID
    assessment_id: uuid.UUID
    title: str
    completed_at: datetime
    percentage: float
    unit_title: str | None
    half_term: int | None


class AttemptSettings(ReadSchema):
    allow_hints: bool
    show_immediate_feedback: bool
    allow_question_retry: bool
    max_question_retries: int
    show_time_remaining: bool
    time_limit_minutes: int | None


class SavedAnswer(ReadSchema):
    answer_data: dict | None
    seq: int
    status: str
    tries: int
    hint_used: bool
    scaffold_used: bool
    submitted: bool
    locked: bool = Field(description="no more changes: right already, or no tries left")
    feedback: str | None = None
    score: float | None = None
    is_correct: bool | None = None
    is_partial: bool | None = None
    details: dict = Field(default_factory=dict)
    answer_key: dict | None = Field(default=None, description="the question's answer, in practice (answers "
                                    "after each question) once this answer can no longer change")


class AttemptQuestion(ReadSchema):
    id: uuid.UUID
    number: int
    type: str
    question_text: str
    image_url: str | None
    image_alt: str | None
    points: int
    view: dict
    hint_available: bool
    scaffold_available: bool
    hint: str | None = Field(default=None, description="present once the pupil has asked for it")
    scaffold: ScaffoldView | None = Field(default=None, description="present once the pupil has asked for it")
    saved: SavedAnswer | None = None


class AttemptView(ReadSchema):
    attempt_id: uuid.UUID
    assessment_id: uuid.UUID
    title: str
    attempt_number: int
    started_at: datetime
    ends_at: datetime | None = Field(default=None, description="when a time limit is set")
    current_index: int
    question_count: int
    settings: AttemptSettings
    questions: list[AttemptQuestion]
    resumed: bool


# The page (browser tab) that sends a save: a random id of its own, kept for as long as the tab is open.
PageId = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]


class AutosaveIn(Schema):
    answer_data: AnswerData | None
    seq: int = Field(ge=0, le=2**31 - 1, description="the page's increasing counter for this question")
    elapsed_seconds: int | None = Field(default=None, ge=0, le=86_400)
    page: PageId | None = Field(
        default=None, description="the page (browser tab) that sends it: within one page a higher seq is newer; "
                                  "between pages the save received last wins. Without one, a page of its own.")


class AutosaveOut(ReadSchema):
    saved: bool = Field(description="whether this save's answer is the one stored now (as a late draft when "
                                    "time_ended); false when a newer save from the same page is stored")
    seq: int = Field(description="the seq of the save stored now")
    page: str | None = Field(default=None, description="the page whose save is stored now")
    time_ended: bool = Field(default=False, description="the time has ended: this is kept as a late draft for "
                                                        "the teacher to see, and will not be marked")
    message: str | None = Field(default=None, description="what to tell the pupil (when the time has ended)")


class StoredAnswer(ReadSchema):
    """One answer as the server has it, and which page saved it."""

    question_id: uuid.UUID
    answer_data: dict | None
    seq: int
    page: str | None
    scaffold_used: bool


class StoredAnswers(ReadSchema):
    """The answers stored for an open attempt: a page compares them with its own to see what changed elsewhere."""

    answers: list[StoredAnswer]
    time_ended: bool
    message: str | None = None


class SubmitIn(Schema):
    answer_data: AnswerData | None
    seq: int | None = Field(default=None, ge=0, le=2**31 - 1)
    elapsed_seconds: int | None = Field(default=None, ge=0, le=86_400)
    page: PageId | None = Field(default=None, description="the page (browser tab) that sends it, as for autosave")


class SubmitOut(ReadSchema):
    saved: bool = True
    feedback_shown: bool
    message: str
    score: float | None = None
    max_score: float | None = None
    is_correct: bool | None = None
    is_partial: bool | None = None
    awaiting_marking: bool = False
    feedback: str | None = None
    details: dict = Field(default_factory=dict)
    answer_key: dict | None = Field(default=None, description="the question's answer, in practice (answers "
                                    "after each question) once this answer can no longer change")
    tries: int
    tries_left: int | None = Field(default=None, description="None = unlimited")
    can_retry: bool
    locked: bool


class HintOut(ReadSchema):
    hint: str
    message: str = "Using a hint is fine. It does not change your score."


class ScaffoldOut(ReadSchema):
    type: str
    question_text: str
    view: dict
    message: str = "Here is an easier version of the same question."


class RunIn(Schema):
    code: str = Field(max_length=20_000)


class RunOut(ReadSchema):
    """The result of "Run my code": visible tests only, as app.question_types.run_code reports them."""

    status: str
    message: str
    output: str
    tests: list[dict] = Field(description="[{input, expected, got, passed, error}] for the visible tests")


class PositionIn(Schema):
    index: int = Field(ge=0, le=500)


class Summary(ReadSchema):
    attempt_id: uuid.UUID
    title: str
    score: float
    max_score: float
    percentage: float | None
    band: str
    headline: str
    message: str
    went_well: list[str]
    to_practise: list[str]
    waiting_for_teacher: int
    next_steps: str
    time_taken_seconds: int | None
    can_review: bool


class Draft(ReadSchema):
    try_number: int
    answer_data: dict | None
    released: bool
    score: float | None = Field(description="only once the teacher has released this draft's mark")
    feedback: str | None
    details: dict = Field(description="{criteria: [{criterion, met, points, worth, evidence}]} once released")
    created_at: str


class ReviewQuestion(ReadSchema):
    number: int
    id: uuid.UUID
    type: str
    question_text: str
    image_url: str | None
    image_alt: str | None
    view: dict
    answer_data: dict | None
    status: str
    score: float | None
    max_score: float
    is_correct: bool | None
    feedback: str | None
    details: dict
    answer_key: dict | None
    hint_used: bool
    drafts: list[Draft] = Field(default_factory=list, description="earlier tries with their released feedback")
    correction: PupilCorrection | None = Field(default=None, description="the teacher changed this mark")


class Drafts(ReadSchema):
    question_id: uuid.UUID
    max_score: float | None
    drafts: list[Draft] = Field(description="oldest first; the last one is the latest")


class Results(ReadSchema):
    attempt_id: uuid.UUID
    title: str
    completed_at: datetime | None
    score: float | None
    max_score: float | None
    percentage: float | None
    waiting_for_teacher: int
    answers_shown: bool = Field(description="the right answers are in this review (each question's answer_key)")
    answers_note: str = Field(description="when the pupil will see the answers, in words (or that they are shown, "
                                          "or that their teacher has chosen not to show them)")
    questions: list[ReviewQuestion]
