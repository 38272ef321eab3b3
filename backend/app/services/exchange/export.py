"""Exporting an assessment: everything a format needs, loaded in one go, written by the chosen format."""

from __future__ import annotations

import re
import uuid
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import LearningObjective, Media, Question, Topic, User
from app.services.authoring import assessments
from app.services.core import audit
from app.services.exchange import registry
from app.services.exchange.contents import MEDIA_URL, ExportSource, ObjectiveRef, strings_in


class ExportFile(NamedTuple):
    filename: str
    media_type: str
    content: bytes


async def export_assessment(session: AsyncSession, *, assessment_id: uuid.UUID, format_name: str | None,
                            actor: User) -> ExportFile:
    """An assessment whose questions the actor may see (a colleague's shared one too), as a file in the chosen
    format (ours by default). The file holds questions and settings, nothing of any pupil."""
    file_format = registry.get(format_name)
    assessment = await assessments.get_for_teacher(session, assessment_id, actor, questions_only=True,
                                                   with_questions=True)
    source = ExportSource(
        assessment=assessment,
        questions=list(assessment.questions),
        pictures=await _pictures(session, assessment.questions),
        objectives=await _objectives(session, assessment.questions),
        topics=await _topics(session, assessment.questions),
    )
    content = file_format.write(source)
    await audit.record(session, "assessment.export", user=actor, entity_type="assessment", entity_id=assessment.id,
                       details={"format": file_format.name, "questions": len(source.questions)})
    return ExportFile(f"{_file_stem(assessment.title)}{file_format.extension}", file_format.media_type, content)


def _file_stem(title: str) -> str:
    """The title as a plain file name (letters, digits and dashes, so every browser and header accepts it)."""
    return re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-")[:60] or "assessment"


async def _pictures(session: AsyncSession, questions: list[Question]) -> dict[str, Media]:
    """The uploaded pictures the questions use (in their image, config or easier version), by address."""
    wanted: dict[uuid.UUID, str] = {}
    for question in questions:
        for text in strings_in([question.image_url, question.config, question.scaffold]):
            match = MEDIA_URL.match(text)
            if match:
                wanted[uuid.UUID(match.group(1))] = text
    if not wanted:
        return {}
    rows = await session.execute(select(Media).where(Media.id.in_(wanted)))
    return {wanted[media.id]: media for media in rows.scalars()}


async def _objectives(session: AsyncSession, questions: list[Question]) -> dict[uuid.UUID, ObjectiveRef]:
    ids = {q.learning_objective_id for q in questions if q.learning_objective_id}
    if not ids:
        return {}
    rows = await session.execute(select(LearningObjective).where(LearningObjective.id.in_(ids)))
    return {o.id: ObjectiveRef(code=o.code, description=o.description) for o in rows.scalars()}


async def _topics(session: AsyncSession, questions: list[Question]) -> dict[uuid.UUID, str]:
    ids = {q.topic_id for q in questions if q.topic_id}
    if not ids:
        return {}
    rows = await session.execute(select(Topic.id, Topic.title).where(Topic.id.in_(ids)))
    return {topic_id: title for topic_id, title in rows}
