"""Teacher analytics responses."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import ConfigDict, Field

from app.models import AttemptEnd
from app.schemas.assessments import PublishedClass
from app.schemas.base import ReadSchema
from app.schemas.corrections import CorrectionRead


class ClassRef(ReadSchema):
    class_id: uuid.UUID
    class_name: str


class PupilResult(ReadSchema):
    pupil_id: uuid.UUID
    name: str
    first_name: str | None
    last_name: str | None
    username: str
    class_name: str | None
    class_id: uuid.UUID | None = None  # the class `class_name` names (for a teacher's extension)
    attempt_id: uuid.UUID | None
    status: str  # completed | in_progress | not_started
    score: float | None
    max_score: float | None
    percentage: float | None
    time_taken_seconds: int | None
    completed_at: datetime | None
    # How a finished attempt ended: pupil (Finished), teacher (handed in by a teacher), window_closed (handed in
    # when it closed); null while not finished.
    end_reason: AttemptEnd | None = None
    hints_used: int
    waiting_for_marking: int
    needs_attention: bool
    # The finished attempt's marks at each question's first try (app.services.marking.first_try): the automatically
    # marked questions' first tries, plus written answers as marked (they have drafts, not tries).
    first_try_score: float | None = None
    first_try_percentage: float | None = None


class ScoreBand(ReadSchema):
    """How many pupils scored from `from` up to `to` per cent (the last band includes 100)."""

    model_config = ConfigDict(validate_by_name=True)

    from_: int = Field(alias="from")
    to: int
    count: int


class ClassResults(ReadSchema):
    assessment_id: uuid.UUID
    title: str
    classes: list[ClassRef]
    pupil_count: int
    completed_count: int
    in_progress_count: int
    not_started_count: int
    average: float | None
    median: float | None
    highest: float | None
    lowest: float | None
    total_points: int
    distribution: list[ScoreBand]
    pupils: list[PupilResult]
    needing_attention: list[PupilResult]


class OptionCount(ReadSchema):
    option_id: str
    text: str
    is_correct: bool
    count: int


class WrongAnswer(ReadSchema):
    answer: str
    count: int
    blank_id: str | None = Field(default=None, description="fill in the code gaps: the gap it was typed in")
    gap: int | None = Field(default=None, description="that gap's number in the code, from 1")


class FailingTest(ReadSchema):
    kind: str
    input: str | None
    expected: str | None
    got: str | None
    count: int
    summary: str


class QuestionStats(ReadSchema):
    question_id: uuid.UUID
    number: int
    type: str
    question_text: str
    points: int
    difficulty: int
    learning_objective_id: uuid.UUID | None
    strands: list[str]
    responses: int
    marked: int
    waiting_for_marking: int
    success_rate: float | None
    partial_rate: float | None
    average_score_rate: float | None
    hint_rate: float | None
    scaffold_rate: float | None
    average_time_seconds: float | None
    average_tries: float | None
    # At the first try, beside the final figures above: over the automatically marked answers (written answers
    # have drafts, not tries, and are not counted here).
    first_try_answers: int = 0
    first_try_success_rate: float | None = None
    first_try_average_score_rate: float | None = None
    flagged: bool
    options: list[OptionCount] | None
    common_wrong_answers: list[WrongAnswer]
    failing_tests: list[FailingTest]


class QuestionAnalysis(ReadSchema):
    assessment_id: uuid.UUID
    title: str
    questions: list[QuestionStats]


ResponseFilter = Literal["all", "not_correct"]


class Response_(ReadSchema):
    pupil_id: uuid.UUID
    name: str
    answer_id: uuid.UUID
    answer_data: dict | None
    score: float | None
    max_score: float
    is_correct: bool | None
    status: str
    tries: int
    hint_used: bool
    scaffold_used: bool
    feedback: str | None
    corrections: list[CorrectionRead] = Field(default_factory=list, description="teachers' changes to the mark")


class Responses(ReadSchema):
    question_id: uuid.UUID
    type: str
    question_text: str
    responses: list[Response_]


class ObjectiveMastery(ReadSchema):
    objective_id: uuid.UUID
    code: str
    description: str
    mastery: float | None
    earned: float
    possible: float


class StrandMastery(ReadSchema):
    strand: str
    name: str
    mastery: float | None
    earned: float
    possible: float


class Mastery(ReadSchema):
    assessment_id: uuid.UUID
    objectives: list[ObjectiveMastery]
    strands: list[StrandMastery]


class PupilAttempt(ReadSchema):
    attempt_id: uuid.UUID
    assessment_id: uuid.UUID
    title: str
    attempt_number: int
    status: str
    started_at: datetime
    completed_at: datetime | None
    time_taken_seconds: int | None
    score: float | None
    max_score: float | None
    percentage: float | None
    hints_used: int
    unit_title: str | None
    half_term: int | None


class ProgressEntry(ReadSchema):
    attempt_id: uuid.UUID
    title: str
    completed_at: datetime
    percentage: float
    half_term: int | None


class PupilInfo(ReadSchema):
    id: uuid.UUID
    name: str
    username: str
    year_group: int | None
    first_name: str | None
    last_name: str | None
    is_active: bool
    classes: list[ClassRef]


class PupilRecord(ReadSchema):
    pupil: PupilInfo
    attempts: list[PupilAttempt]
    progress: list[ProgressEntry]
    objectives: list[ObjectiveMastery]
    strands: list[StrandMastery]
    strengths: list[ObjectiveMastery]
    to_develop: list[ObjectiveMastery]


class HistoryEntry(ReadSchema):
    try_number: int
    answer_data: dict | None
    score: float | None
    is_correct: bool | None
    feedback: str | None
    hint_used: bool
    created_at: datetime


class AnswerDetail(ReadSchema):
    number: int
    question_id: uuid.UUID
    type: str
    question_text: str
    points: int
    answer_id: uuid.UUID | None
    answer_data: dict | None
    status: str
    score: float | None
    is_correct: bool | None
    feedback: str | None
    hint_used: bool
    scaffold_used: bool
    tries: int
    time_taken_seconds: int
    history: list[HistoryEntry]
    late_answer_data: dict | None = Field(default=None, description="written after the time ended; never marked")
    late_saved_at: datetime | None = None
    teacher_note: str | None = Field(default=None, description="why an answer that no longer fits the key has 0 marks")
    corrections: list[CorrectionRead] = Field(default_factory=list, description="teachers' changes to the mark")


class AttemptDetail(ReadSchema):
    attempt_id: uuid.UUID
    pupil_id: uuid.UUID
    pupil_name: str
    title: str
    status: str
    score: float | None
    max_score: float | None
    percentage: float | None
    started_at: datetime
    completed_at: datetime | None
    time_taken_seconds: int | None
    answers: list[AnswerDetail]


class Activity(ReadSchema):
    assessment_id: uuid.UUID
    title: str
    class_name: str | None
    count: int
    when: datetime
    text: str


class RecentAssessment(ReadSchema):
    id: uuid.UUID
    title: str
    status: str
    average_percentage: float | None
    completed_count: int
    attempt_count: int
    updated_at: datetime
    classes: list[PublishedClass]


class Dashboard(ReadSchema):
    counts: dict[str, int]
    attempts_this_week: int
    completed_this_week: int
    waiting_for_marking: int
    recent_activity: list[Activity]
    recent_assessments: list[RecentAssessment]
