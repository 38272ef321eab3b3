"""The shape a generated question travels in, from the builder (or the AI) through repair and the checks to
the saved draft: the fields a stored Question has, plus the code of the objective it is about.

They are TypedDicts, not classes, because a draft question is JSON all the way: the AI writes it, the question
engine checks it, and it is stored as it is (a question's config and scaffold are JSON columns)."""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypedDict

# A question type's config: free-form JSON that the question engine validates (see app/question_types).
QuestionConfig = dict[str, Any]


class Feedback(TypedDict, total=False):
    """What the pupil reads after answering. `partial` may use {correct}, {total} or {passed}."""

    correct: str
    incorrect: str
    partial: str


class Scaffold(TypedDict):
    """An easier version of the question, offered to a pupil who is stuck."""

    type: str
    question_text: str
    config: QuestionConfig
    hint: str | None


class QuestionProblem(TypedDict):
    """Something the engine's check found: an error makes the question unanswerable, a warning is advice."""

    field: str  # e.g. "config.options[2].text"
    message: str
    severity: Literal["error", "warning"]


class DraftQuestion(TypedDict):
    """A whole generated question, as the fields a stored Question has."""

    type: str
    question_text: str
    config: QuestionConfig
    difficulty: int
    points: int
    time_estimate_seconds: int
    hint: str | None
    feedback: Feedback
    scaffold: Scaffold | None
    objective_code: str | None  # "LO2": tagged with the unit's objective of that code when saved
    strands: list[str]
    tags: NotRequired[list[str]]  # ["offline"] from the offline generator; the AI sets none
    warnings: NotRequired[list[QuestionProblem]]  # what the checks still found, once checked
