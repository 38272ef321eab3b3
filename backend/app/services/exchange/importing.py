"""Importing a file: the preview (read and check everything, save nothing) and the import itself, which makes a
new draft owned by the teacher from the questions that passed, skipping the others with their reasons.

The file is read and its questions checked with no database transaction open (code questions run their
reference solution); only the final writes run in one short transaction."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db import session_scope
from app.errors import Invalid
from app.models import Assessment, LearningObjective, Question, Topic, User
from app.schemas.assessments import AssessmentCreate, Problem
from app.schemas.exchange import ImportPreview, ImportQuestionPreview, ImportResult, SkippedQuestion
from app.services.authoring import assessments
from app.services.authoring.questions import refresh_totals
from app.services.core import audit
from app.services.exchange import limits, pictures, registry
from app.services.exchange.checking import CheckedImport, check_all
from app.services.exchange.contents import FileContents, ImportedQuestion, replace_strings, strings_in


async def _read_and_check(data: bytes, format_name: str | None, filename: str | None,
                          only: set[int] | None = None) -> tuple[FileContents, list[CheckedImport]]:
    limits.check_size(data)
    contents = registry.detect(format_name, data, filename).read(data)
    return contents, await check_all(contents, only=only)


async def preview(sessions: async_sessionmaker[AsyncSession], *, data: bytes,
                  format_name: str | None, filename: str | None = None) -> ImportPreview:
    """What the file holds and which questions would be imported, each with its problems. Saves nothing (the
    database is only read, to say which learning objectives this school has)."""
    contents, checked = await _read_and_check(data, format_name, filename)
    async with session_scope(sessions) as session:
        known = await _known_objectives(session, contents)
    return ImportPreview(
        format=contents.format,
        format_label=registry.get(contents.format).label,
        title=contents.title,
        description=contents.description,
        question_count=len(checked),
        importable_count=sum(1 for c in checked if c.data is not None and c.skip_reason is None),
        picture_count=len(contents.pictures),
        questions=[_preview_question(c, known) for c in checked],
    )


async def _known_objectives(session: AsyncSession, contents: FileContents) -> set[str]:
    """The file's learning objectives (by their words) that this school has."""
    wanted = {q.objective.description for q in contents.questions if q.objective}
    if not wanted:
        return set()
    rows = await session.scalars(select(LearningObjective.description)
                                 .where(LearningObjective.description.in_(wanted)))
    return set(rows)


def _preview_question(checked: CheckedImport, known_objectives: set[str]) -> ImportQuestionPreview:
    fields = checked.source.fields
    points = checked.data.points if checked.data else None
    problems = [Problem(**p) for p in checked.problems]
    objective = checked.source.objective
    if objective and objective.description not in known_objectives:
        problems.append(Problem(field="objective", severity="warning",
                                message=f"This school has no learning objective ‘{objective.description}’, so "
                                        "the question will not be linked to one."))
    return ImportQuestionPreview(
        number=checked.source.number,
        type=fields.get("type") if isinstance(fields.get("type"), str) else "",
        short_text=checked.short_text,
        points=points,
        problems=problems,
        will_import=checked.skip_reason is None,
        skip_reason=checked.skip_reason,
    )


async def import_file(sessions: async_sessionmaker[AsyncSession], *, data: bytes, format_name: str | None,
                      title: str | None, include: set[int] | None, actor: User,
                      filename: str | None = None) -> ImportResult:
    """A new draft assessment of the actor's holding the file's valid questions (only the numbers in `include`,
    when given); skipped questions are listed with their reasons. Audited."""
    contents, chosen = await _read_and_check(data, format_name, filename, only=include)
    if not contents.questions:
        raise Invalid("This file has no questions, so there is nothing to import.")
    if not chosen:
        raise Invalid("Choose at least one question to import.")
    kept = [c for c in chosen if c.skip_reason is None]
    skipped = [SkippedQuestion(number=c.source.number, reason=c.skip_reason) for c in chosen if c.skip_reason]
    if not kept:
        raise Invalid("None of the chosen questions can be imported. Each one's reason is in the preview.")
    async with session_scope(sessions) as session:
        assessment = await _create_draft(session, contents, title=title, actor=actor)
        addresses = await pictures.store(session, _pictures_used(contents, kept), actor=actor)
        notes = await _add_questions(session, assessment, kept, addresses)
        await refresh_totals(session, assessment)
        await audit.record(session, "assessment.import", user=actor, entity_type="assessment",
                           entity_id=assessment.id,
                           details={"format": contents.format, "imported": len(kept),
                                    "skipped": [s.model_dump() for s in skipped]})
        return ImportResult(assessment_id=assessment.id, title=assessment.title, imported=len(kept),
                            skipped=skipped, notes=notes)


async def _create_draft(session: AsyncSession, contents: FileContents, *, title: str | None,
                        actor: User) -> Assessment:
    settings = dict(contents.settings)
    ai_marking = settings.pop("ai_marking", {})
    create = AssessmentCreate(title=(title or contents.title)[:200], description=contents.description,
                              year_group=contents.year_group, **settings)
    assessment = await assessments.create(session, data=create, actor=actor)
    assessment.ai_marking = ai_marking
    return assessment


def _pictures_used(contents: FileContents, kept: list[CheckedImport]) -> list[pictures.Picture]:
    used = {text for c in kept for text in strings_in([c.data.image_url, c.checked.config, c.checked.scaffold])}
    return [picture for picture in contents.pictures if picture.url in used]


async def _add_questions(session: AsyncSession, assessment: Assessment, kept: list[CheckedImport],
                         addresses: dict[str, str]) -> list[str]:
    """Insert the checked questions in order, pictures pointing at their new copies; the notes on links lost."""
    links = _Links(session)
    for position, item in enumerate(kept):
        data, checked = item.data, item.checked
        objective_id, topic_id = await links.find(item.source, assessment)
        session.add(Question(
            assessment_id=assessment.id, position=position, type=data.type, question_text=data.question_text,
            config=replace_strings(checked.config, addresses), points=data.points, difficulty=data.difficulty,
            time_estimate_seconds=data.time_estimate_seconds, hint=data.hint,
            scaffold=replace_strings(checked.scaffold, addresses), feedback=data.feedback.model_dump(),
            image_url=addresses.get(data.image_url, data.image_url), image_alt=data.image_alt,
            learning_objective_id=objective_id, topic_id=topic_id, strands=[s.value for s in data.strands],
            tags=data.tags, warnings=item.problems, version=1,
        ))
    await session.flush()
    return links.notes


class _Links:
    """Objectives and topics found again by their words in this school's units. The first objective found sets
    the draft's unit; an objective elsewhere, or not here at all, is left out with a note."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.notes: list[str] = []

    async def find(self, source: ImportedQuestion, assessment: Assessment) -> tuple:
        objective = await self._objective(source, assessment)
        topic_id = None
        if source.topic and assessment.unit_id:
            topic_id = await self.session.scalar(
                select(Topic.id).where(Topic.unit_id == assessment.unit_id, Topic.title == source.topic).limit(1))
        return (objective.id if objective else None), topic_id

    async def _objective(self, source: ImportedQuestion, assessment: Assessment) -> LearningObjective | None:
        if source.objective is None:
            return None
        stmt = select(LearningObjective).where(LearningObjective.description == source.objective.description)
        if assessment.unit_id:
            stmt = stmt.where(LearningObjective.unit_id == assessment.unit_id)
        found = (await self.session.execute(stmt.order_by(LearningObjective.code != source.objective.code)
                                            .limit(1))).scalar_one_or_none()
        if found is None:
            self.notes.append(f"Question {source.number}: the learning objective ‘{source.objective.description}’ "
                              "is not in this school's units, so the question is not linked to an objective.")
            return None
        if assessment.unit_id is None:
            assessment.unit_id = found.unit_id
        return found
