"""The shape a generated question travels in, from the builder (or the AI) through repair and the checks to
the saved draft: the fields a stored Question has, plus the code of the objective it is about.

They are TypedDicts, not classes, because a draft question is JSON all the way: the AI writes it, the question
engine checks it, and it is stored as it is (a question's config and scaffold are JSON columns)."""

from __future__ import annotations

from typing import NotRequired, TypedDict

from app.question_types.stored import Feedback, StoredConfig, StoredProblem, StoredScaffold


class QuestionSource(TypedDict):
    """Where in the lesson materials a question came from: the file, the place in it ("slide 4", "under
    ‘Key terms’", or "" when only the file is known) and the words it was built from. A question made from
    the teacher's own objectives or vocabulary (typed into the unit, not in a file) has no file."""

    file: str
    where: str
    quote: str
    origin: NotRequired[str]  # "worksheet": the question itself is one the teacher wrote (offline_worksheet)


class DraftQuestion(TypedDict):
    """A whole generated question, as the fields a stored Question has."""

    type: str
    question_text: str
    config: StoredConfig
    difficulty: int
    points: int
    time_estimate_seconds: int
    hint: str | None
    feedback: Feedback
    scaffold: StoredScaffold | None
    objective_code: str | None  # "LO2": tagged with the unit's objective of that code when saved
    strands: list[str]
    tags: NotRequired[list[str]]  # ["offline"] from the offline generator; the AI sets none
    warnings: NotRequired[list[StoredProblem]]  # what the checks still found, once checked
    source: NotRequired[QuestionSource | None]  # the passage it was built from (every offline question has one)
