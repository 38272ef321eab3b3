"""Our own format: one JSON file holding an assessment exactly as it is stored (every field of every question
of all 14 types, its settings, and its pictures as base64), for moving between schools and for backups.

{"format": "ks3-assessment", "version": 1, "exported_at": ..., "assessment": {title, description, year_group,
 settings, ai_marking}, "questions": [{type, question_text, config, points, ..., objective, topic}],
 "pictures": [{url, filename, content_type, data}]}"""

from __future__ import annotations

import json
from typing import Any, TypedDict

from pydantic import Field, ValidationError

from app.errors import Invalid
from app.models import Question, RetryCredit, utcnow
from app.question_types.base import describe_validation_error
from app.schemas.assessments import AIMarkingSettings, AssessmentSettings
from app.schemas.base import Schema
from app.services.exchange import limits, pictures
from app.services.exchange.contents import (
    MEDIA_URL,
    ExportSource,
    FileContents,
    ImportedQuestion,
    ObjectiveRef,
)

NAME = "ks3-json"
LABEL = "KS3 Assessment file (.ks3.json)"
FILE_FORMAT = "ks3-assessment"
VERSION = 1
# The question fields written as they are stored (ids, positions and links are not: they mean nothing elsewhere).
QUESTION_FIELDS = ("type", "question_text", "config", "points", "difficulty", "time_estimate_seconds", "hint",
                   "scaffold", "feedback", "image_url", "image_alt", "strands", "tags")
SETTINGS_FIELDS = tuple(AssessmentSettings.model_fields)


class _PictureEntry(Schema):
    # Only an address of an uploaded picture: every use of it in the questions is pointed at the new copy.
    url: str = Field(pattern=MEDIA_URL.pattern)
    filename: str = Field(default="picture", max_length=255)
    content_type: str = Field(default="", max_length=100)
    data: str


class _SettingsEntry(AssessmentSettings):
    # Files written before pupils' answers were shown per class assignment carry allow_review: read, and dropped
    # (when pupils of a class see the answers is chosen when the assessment is published to it).
    allow_review: bool | None = Field(default=None, exclude=True)
    # Files written before retry credit was a setting come from assessments whose retries gave full credit.
    retry_credit: RetryCredit = RetryCredit.full


class _AssessmentEntry(Schema):
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=5000)
    year_group: int | None = Field(default=None, ge=7, le=9)
    settings: _SettingsEntry = Field(default_factory=_SettingsEntry)
    ai_marking: AIMarkingSettings = Field(default_factory=AIMarkingSettings)


class _ObjectiveEntry(Schema):
    code: str = Field(default="", max_length=20)
    description: str = Field(min_length=1, max_length=5000)


class _File(Schema):
    format: str
    version: int
    exported_at: str | None = None
    assessment: _AssessmentEntry
    # Each question is checked on its own later, so one bad question is skipped rather than refusing the file.
    questions: list[Any]
    pictures: list[_PictureEntry] = Field(default_factory=list)


# --- writing ---------------------------------------------------------------------------------------------------


def write(source: ExportSource) -> bytes:
    """The whole assessment as a KS3 Assessment file."""
    assessment = source.assessment
    document = {
        "format": FILE_FORMAT,
        "version": VERSION,
        "exported_at": utcnow().isoformat(),
        "assessment": {
            "title": assessment.title,
            "description": assessment.description,
            "year_group": assessment.year_group,
            "settings": {key: getattr(assessment, key) for key in SETTINGS_FIELDS},
            "ai_marking": assessment.ai_marking or {},
        },
        "questions": [_question(question, source) for question in source.questions],
        "pictures": [
            {"url": url, "filename": media.filename, "content_type": media.content_type, "data": pictures.encode(media)}
            for url, media in source.pictures.items()
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


class QuestionEntry(TypedDict):
    """A question as the file holds it: QUESTION_FIELDS as stored, and its objective and topic by their words."""

    type: str
    question_text: str
    config: dict[str, Any]
    points: int
    difficulty: int
    time_estimate_seconds: int
    hint: str | None
    scaffold: dict[str, Any] | None
    feedback: dict[str, str]
    image_url: str | None
    image_alt: str | None
    strands: list[str]
    tags: list[str]
    objective: dict[str, str] | None
    topic: str | None


def _question(question: Question, source: ExportSource) -> QuestionEntry:
    objective = source.objectives.get(question.learning_objective_id) if question.learning_objective_id else None
    return QuestionEntry(
        **{key: getattr(question, key) for key in QUESTION_FIELDS},
        objective={"code": objective.code, "description": objective.description} if objective else None,
        topic=source.topics.get(question.topic_id) if question.topic_id else None,
    )


# --- reading ---------------------------------------------------------------------------------------------------


def read(data: bytes) -> FileContents:
    """A KS3 Assessment file's contents, or a 4xx saying why this file cannot be one."""
    document = limits.load_json(data)
    if not isinstance(document, dict) or document.get("format") != FILE_FORMAT:
        raise limits.not_ours()
    version = document.get("version")
    if version != VERSION:
        raise Invalid(f"This file is a KS3 Assessment export in format version {version!r}, and this server reads "
                      f"version {VERSION}. Export it again from a server with the same version of KS3 Assessment.")
    if isinstance(document.get("questions"), list):
        limits.check_question_count(len(document["questions"]))
    try:
        parsed = _File.model_validate(document)
    except ValidationError as error:
        raise Invalid(f"This file is a KS3 Assessment export, but part of it is not as expected. "
                      f"{describe_validation_error(error, '')}") from None
    return FileContents(
        format=NAME,
        title=parsed.assessment.title,
        description=parsed.assessment.description,
        year_group=parsed.assessment.year_group,
        settings={**parsed.assessment.settings.model_dump(),
                  "ai_marking": parsed.assessment.ai_marking.model_dump(exclude_defaults=True)},
        questions=[_imported(number, entry) for number, entry in enumerate(parsed.questions, start=1)],
        pictures=[pictures.decode(url=p.url, filename=p.filename, text=p.data) for p in parsed.pictures],
    )


def _imported(number: int, entry: Any) -> ImportedQuestion:
    """One question entry; anything that is not a question's shape is left for the preview to report."""
    if not isinstance(entry, dict):
        return ImportedQuestion(number=number, fields={}, problem="This entry is not a question: it has no named fields.")
    fields = dict(entry)
    objective = _objective(fields.pop("objective", None))
    topic = fields.pop("topic", None)
    return ImportedQuestion(number=number, fields=fields, objective=objective,
                            topic=topic[:200] if isinstance(topic, str) and topic else None)


def _objective(value: Any) -> ObjectiveRef | None:
    try:
        entry = _ObjectiveEntry.model_validate(value) if value else None
    except ValidationError:
        return None
    return ObjectiveRef(code=entry.code, description=entry.description) if entry else None

