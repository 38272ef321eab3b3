from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from app.models import QUESTION_TYPES, AnswerRelease, AssessmentStatus, RetryCredit, Strand
from app.schemas.base import ReadSchema, Schema
from app.schemas.sharing import CopiedFrom, ShareState

QuestionType = Literal[QUESTION_TYPES]  # type: ignore[valid-type]


class AssessmentSettings(Schema):
    time_limit_minutes: int | None = Field(default=None, ge=1, le=300)
    allow_hints: bool = True
    show_immediate_feedback: bool = True
    randomise_questions: bool = False
    randomise_options: bool = False
    max_attempts: int = Field(default=1, ge=1, le=20)
    allow_question_retry: bool = True
    max_question_retries: int = Field(default=3, ge=0, le=20, description="0 = unlimited")
    show_time_remaining: bool = False
    auto_release_ai_marks: bool = False
    retry_credit: RetryCredit = Field(
        default=RetryCredit.reduced,
        description="what a right answer after a first try that was not is worth: full, reduced (100% / 50% / 25% "
                    "for the first / second / third and later try) or none (only the first try counts)")


class AssessmentCreate(AssessmentSettings):
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=5000)
    unit_id: uuid.UUID | None = None
    year_group: int | None = Field(default=None, ge=7, le=9)


class AIMarkingSettings(Schema):
    """How written answers in this assessment are marked by AI; anything left out uses the school's defaults."""

    models: list[Annotated[str, Field(min_length=1, max_length=100)]] = Field(default_factory=list, max_length=5)
    runs_per_model: int | None = Field(default=None, ge=1, le=5)
    aggregation: Literal["mean", "median", "trimmed_mean", "weighted_mean"] | None = None
    model_weights: dict[str, Annotated[float, Field(gt=0, le=10)]] = Field(default_factory=dict, max_length=5)


class AssessmentUpdate(Schema):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=5000)
    unit_id: uuid.UUID | None = None
    year_group: int | None = Field(default=None, ge=7, le=9)
    time_limit_minutes: int | None = Field(default=None, ge=1, le=300)
    allow_hints: bool | None = None
    show_immediate_feedback: bool | None = None
    randomise_questions: bool | None = None
    randomise_options: bool | None = None
    max_attempts: int | None = Field(default=None, ge=1, le=20)
    allow_question_retry: bool | None = None
    max_question_retries: int | None = Field(default=None, ge=0, le=20)
    show_time_remaining: bool | None = None
    auto_release_ai_marks: bool | None = None
    retry_credit: RetryCredit | None = None
    ai_marking: AIMarkingSettings | None = None


class Feedback(Schema):
    correct: str = Field(default="", max_length=1000)
    incorrect: str = Field(default="", max_length=1000)
    partial: str = Field(default="", max_length=1000)


class Scaffold(Schema):
    """An easier version of the same question: itself a question of any type."""

    type: QuestionType
    question_text: str = Field(min_length=1, max_length=5000)
    config: dict[str, Any]
    hint: str | None = Field(default=None, max_length=1000)


class QuestionIn(Schema):
    type: QuestionType
    question_text: str = Field(min_length=1, max_length=5000)
    config: dict[str, Any] = Field(description="type-specific data; see docs/question-types.md")
    points: int = Field(default=1, ge=1, le=10)
    difficulty: int = Field(default=2, ge=1, le=5)
    time_estimate_seconds: int = Field(default=60, ge=5, le=3600)
    hint: str | None = Field(default=None, max_length=1000)
    scaffold: Scaffold | None = None
    feedback: Feedback = Field(default_factory=Feedback)
    image_url: str | None = Field(default=None, max_length=500, pattern=r"^(/|https?://)")
    image_alt: str | None = Field(default=None, max_length=500)
    learning_objective_id: uuid.UUID | None = None
    topic_id: uuid.UUID | None = None
    strands: list[Strand] = Field(default_factory=list, max_length=10)
    tags: list[str] = Field(default_factory=list, max_length=20)
    position: int | None = Field(default=None, ge=0, le=1000)

    @model_validator(mode="after")
    def _config_type_matches(self) -> QuestionIn:
        declared = self.config.get("type")
        if declared is not None and declared != self.type:
            raise ValueError(f"config.type is ‘{declared}’ but the question type is ‘{self.type}’")
        return self


class QuestionUpdate(Schema):
    type: QuestionType | None = None
    question_text: str | None = Field(default=None, min_length=1, max_length=5000)
    config: dict[str, Any] | None = None
    points: int | None = Field(default=None, ge=1, le=10)
    difficulty: int | None = Field(default=None, ge=1, le=5)
    time_estimate_seconds: int | None = Field(default=None, ge=5, le=3600)
    hint: str | None = Field(default=None, max_length=1000)
    scaffold: Scaffold | None = None
    feedback: Feedback | None = None
    image_url: str | None = Field(default=None, max_length=500, pattern=r"^(/|https?://)")
    image_alt: str | None = Field(default=None, max_length=500)
    learning_objective_id: uuid.UUID | None = None
    topic_id: uuid.UUID | None = None
    strands: list[Strand] | None = Field(default=None, max_length=10)
    tags: list[str] | None = Field(default=None, max_length=20)


class Problem(ReadSchema):
    field: str
    message: str
    severity: Literal["error", "warning"] = "error"


class QuestionSourceRead(ReadSchema):
    """Where in the unit's lesson materials a generated question came from."""

    file: str = Field(default="", description="the document's file name; empty for the teacher's own objectives")
    where: str = Field(default="", description="the place in it: \"slide 4\", \"under ‘Key terms’\"")
    quote: str = Field(default="", description="the words the question was built from")
    origin: str = Field(default="", description='"worksheet" when the teacher wrote it in their own documents')


class QuestionRead(ReadSchema):
    """The teacher's view of a question: everything, including the answer key."""

    id: uuid.UUID
    position: int
    type: str
    question_text: str
    config: dict
    points: int
    difficulty: int
    time_estimate_seconds: int
    hint: str | None
    scaffold: dict | None
    feedback: dict
    image_url: str | None
    image_alt: str | None
    learning_objective_id: uuid.UUID | None
    topic_id: uuid.UUID | None
    strands: list[str]
    tags: list[str]
    warnings: list[Problem]
    version: int
    source: QuestionSourceRead | None = Field(default=None, description="the passage a generated question was "
                                              "built from; null for questions written by hand")
    answer_key: dict = Field(default_factory=dict, description="a compact statement of the right answer")
    copied_from_title: str | None = Field(default=None, description="copied from the question bank: the title of "
                                          "the original's assessment")
    saved_to_bank_at: datetime | None = Field(default=None, description="when it was saved to the question bank")


class QuestionSaved(ReadSchema):
    question: QuestionRead
    problems: list[Problem]
    remarked: int = Field(default=0, description="existing pupil answers re-marked because the key changed")
    notice: str | None = None


SHOW_ANSWERS_DOCS = ("when the class's pupils see the answers: after_each_question (practice: a question's answer once "
                     "it can no longer change), after_finishing, after_closing (when their window closes, or when "
                     "a teacher shows them with no closing date), never; never while a pupil can still start an "
                     "attempt or change that answer")


class PublishedClass(ReadSchema):
    class_id: uuid.UUID
    class_name: str
    available_from: datetime | None
    available_until: datetime | None
    show_answers: AnswerRelease = Field(description=SHOW_ANSWERS_DOCS)
    answers_released_at: datetime | None = Field(description="when a teacher pressed \"Show answers now\" "
                                                             "(after_closing); null when not shown, or hidden again")


class AssessmentRead(ReadSchema):
    id: uuid.UUID
    title: str
    description: str
    unit_id: uuid.UUID | None
    unit_title: str | None = None
    owner_id: uuid.UUID | None
    year_group: int | None
    status: AssessmentStatus
    time_limit_minutes: int | None
    allow_hints: bool
    show_immediate_feedback: bool
    randomise_questions: bool
    randomise_options: bool
    max_attempts: int
    allow_question_retry: bool
    max_question_retries: int
    show_time_remaining: bool
    auto_release_ai_marks: bool
    retry_credit: RetryCredit
    ai_marking: dict
    generation: dict
    total_points: int
    estimated_minutes: int
    created_at: datetime
    updated_at: datetime
    published_at: datetime | None
    can_edit: bool = True
    can_see_results: bool = Field(default=True, description="false for a colleague's shared assessment: its "
                                  "classes, attempts and results are not theirs to see")
    sharing: ShareState = Field(default_factory=ShareState)
    copied_from: CopiedFrom | None = None
    attempt_count: int = 0
    recounted_answers: int | None = Field(default=None, description="after a settings change: how many answers "
                                          "given already now count for a different mark (the retry credit changed)")
    classes: list[PublishedClass] = []
    questions: list[QuestionRead] = []


class AssessmentListItem(ReadSchema):
    id: uuid.UUID
    title: str
    status: AssessmentStatus
    unit_id: uuid.UUID | None
    unit_title: str | None
    year_group: int | None
    question_count: int
    total_points: int
    estimated_minutes: int
    classes: list[PublishedClass]
    attempt_count: int
    completed_count: int
    average_percentage: float | None
    owner_id: uuid.UUID | None
    updated_at: datetime
    has_problems: bool = False


class PublishClass(Schema):
    class_id: uuid.UUID
    available_from: datetime | None = None
    available_until: datetime | None = None
    show_answers: AnswerRelease | None = Field(default=None, description=SHOW_ANSWERS_DOCS + "; left out: as it "
                                               "was for a class published to already, after_closing for a new one")

    @model_validator(mode="after")
    def _window(self) -> PublishClass:
        if self.available_from and self.available_until and self.available_until <= self.available_from:
            raise ValueError("available_until must be after available_from")
        return self


class PublishIn(Schema):
    classes: list[PublishClass] = Field(min_length=1, max_length=50)


class AnswersShownIn(Schema):
    shown: bool = Field(description="true: show the class's pupils the answers now; false: hide them again")


class StatusChange(Schema):
    status: Literal["draft", "review"]


class ReorderIn(Schema):
    question_order: list[uuid.UUID] = Field(min_length=1, max_length=200)


class ScaffoldView(ReadSchema):
    """The easier version of a question as a pupil receives it: never the answer."""

    type: str
    question_text: str
    view: dict


class PreviewQuestion(ReadSchema):
    id: uuid.UUID
    number: int
    type: str
    question_text: str
    image_url: str | None
    image_alt: str | None
    points: int
    hint: str | None
    view: dict
    scaffold: ScaffoldView | None = Field(default=None, description="the easier version: {type, question_text, view}")


class PreviewSettings(ReadSchema):
    """How the pupil screens behave, so the preview can show them as pupils would see them."""

    allow_hints: bool
    show_immediate_feedback: bool
    allow_question_retry: bool
    max_question_retries: int
    show_time_remaining: bool
    time_limit_minutes: int | None


class Preview(ReadSchema):
    assessment_id: uuid.UUID
    title: str
    question_count: int
    estimated_minutes: int
    settings: PreviewSettings
    questions: list[PreviewQuestion]
