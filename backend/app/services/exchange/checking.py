"""Each question read from a file goes through exactly the checks a teacher's save does: the question's fields
(app.schemas.assessments.QuestionIn) and then the question engine (app.services.authoring.questions.
check_question). A question with an error will be skipped, with the reason; warnings are kept with it."""

from __future__ import annotations

from typing import NamedTuple

from pydantic import ValidationError

from app.errors import AppError
from app.question_types.base import describe_validation_error
from app.question_types.stored import StoredProblem
from app.schemas.assessments import QuestionIn
from app.services.authoring.questions import CheckedQuestion, check_question
from app.services.exchange.contents import MEDIA_URL, FileContents, ImportedQuestion, strings_in

# Links to this server's own records: an imported question gets them from its objective and topic by name.
LINK_FIELDS = ("learning_objective_id", "topic_id", "position")
SHORT_TEXT = 120


class CheckedImport(NamedTuple):
    """One question from a file after checking: what to save (None when it will be skipped) and its problems."""

    source: ImportedQuestion
    data: QuestionIn | None
    checked: CheckedQuestion | None
    problems: list[StoredProblem]

    @property
    def skip_reason(self) -> str | None:
        errors = [p for p in self.problems if p["severity"] == "error"]
        if not errors:
            return None
        first = errors[0]
        return f"{first['field']}: {first['message']}" if first["field"] else first["message"]

    @property
    def short_text(self) -> str:
        text = self.source.fields.get("question_text")
        text = " ".join(text.split()) if isinstance(text, str) else ""
        return text if len(text) <= SHORT_TEXT else text[: SHORT_TEXT - 1].rstrip() + "…"


def _error(field: str, message: str) -> StoredProblem:
    return {"field": field, "message": message, "severity": "error"}


async def check_all(contents: FileContents, *, only: set[int] | None = None) -> list[CheckedImport]:
    """The file's questions (those numbered in `only`, when given), checked in order (code questions run their
    reference solution)."""
    carried = {picture.url for picture in contents.pictures}
    return [await check_one(question, carried) for question in contents.questions
            if only is None or question.number in only]


async def check_one(question: ImportedQuestion, carried_pictures: set[str]) -> CheckedImport:
    """One question, checked as a save checks it; never raises for a bad question."""
    if question.problem:
        return CheckedImport(question, None, None, [_error("", question.problem)])
    fields = {k: v for k, v in question.fields.items() if k not in LINK_FIELDS}
    try:
        data = QuestionIn.model_validate(fields)
    except ValidationError as error:
        return CheckedImport(question, None, None, [_error("", describe_validation_error(error, ""))])
    try:
        # Only the fields the file gives, so a question comes back exactly as it was stored (no added nulls).
        checked = await check_question(data.model_dump(mode="json", exclude_unset=True))
    except AppError as error:  # a config whose shape is wrong for its type
        return CheckedImport(question, None, None, [_error("config", error.detail)])
    problems = list(checked.problems) + _missing_pictures(data, carried_pictures)
    return CheckedImport(question, data, checked, problems)


def _missing_pictures(data: QuestionIn, carried: set[str]) -> list[StoredProblem]:
    """A warning for a picture of the exporting server's own that the file does not carry (it would not show)."""
    used = strings_in([data.image_url, data.config, data.scaffold.config if data.scaffold else None])
    if any(MEDIA_URL.match(text) and text not in carried for text in used):
        return [{"field": "image_url", "message": "A picture this question uses is not in the file, so it may not "
                 "show. Add the picture again after importing.", "severity": "warning"}]
    return []
