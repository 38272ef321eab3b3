"""A question as JSON: the shapes of its `config`, `scaffold`, `feedback` and `warnings` as they are stored, and
as a teacher's form, the generator or the AI hand them over. The engine validates a config into its typed
model (`app.question_types.QuestionConfig`); everywhere else the JSON travels under these names."""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypedDict

# A question type's config as stored: free-form JSON, checked and normalised by the question engine.
StoredConfig = dict[str, Any]


class Feedback(TypedDict, total=False):
    """What the pupil reads after answering. `partial` may use {correct}, {total} or {passed}."""

    correct: str
    incorrect: str
    partial: str


class StoredScaffold(TypedDict):
    """A question's easier version, offered to a pupil who is stuck: itself a question of any type."""

    type: str
    question_text: str
    config: StoredConfig
    hint: NotRequired[str | None]


class StoredProblem(TypedDict):
    """Something a check found: an error makes the question unanswerable, a warning is advice to the teacher."""

    field: str  # e.g. "config.options[2].text"
    message: str
    severity: Literal["error", "warning"]
