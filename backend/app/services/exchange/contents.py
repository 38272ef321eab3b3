"""What a file holds, whatever its format: every format writes from an `ExportSource` and reads into a
`FileContents`, so the preview and the import never see a format's own shape."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from app.models import Assessment, Media, Question

# An uploaded picture's address inside this app (app.routers.media).
MEDIA_URL = re.compile(r"^/api/media/([0-9a-fA-F-]{36})$")


@dataclass(frozen=True)
class ObjectiveRef:
    """A learning objective by its words: ids mean nothing in another school's database."""

    code: str
    description: str


@dataclass(frozen=True)
class Picture:
    """A picture carried inside the file, found by the address its questions use for it."""

    url: str
    filename: str
    data: bytes


@dataclass
class ImportedQuestion:
    """One question as the file gives it: `fields` in the shape of a question the teacher saves
    (app.schemas.assessments.QuestionIn, not yet checked), with its objective and topic by name."""

    number: int
    fields: dict[str, Any]
    objective: ObjectiveRef | None = None
    topic: str | None = None
    # Why the format could not read it as a question at all (it is then skipped with this reason).
    problem: str | None = None


@dataclass
class FileContents:
    """Everything read from one file, before any of it is checked as questions or saved."""

    format: str
    title: str
    description: str = ""
    year_group: int | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    questions: list[ImportedQuestion] = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)


@dataclass
class ExportSource:
    """An assessment with everything a file needs about it: its questions in order, the pictures they use, and
    their objectives and topics by name."""

    assessment: Assessment
    questions: list[Question]
    pictures: dict[str, Media]
    objectives: dict[uuid.UUID, ObjectiveRef]
    topics: dict[uuid.UUID, str]


def strings_in(value: Any) -> list[str]:
    """Every string inside a JSON value (to find the pictures a question uses, wherever its type keeps them)."""
    found, stack = [], [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def replace_strings(value: Any, replacements: dict[str, str]) -> Any:
    """The same JSON with every string that is a key of `replacements` swapped for its value."""
    if isinstance(value, str):
        return replacements.get(value, value)
    if isinstance(value, dict):
        return {key: replace_strings(item, replacements) for key, item in value.items()}
    if isinstance(value, list):
        return [replace_strings(item, replacements) for item in value]
    return value
