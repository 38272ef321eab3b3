"""Assessments as teachers author and publish them: settings, status, publishing, duplication. Who may see or
change one is decided once, in sharing.py."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app import question_types as engine
from app.errors import Conflict, Forbidden, Invalid, NotFound
from app.models import (
    AnswerRelease,
    Assessment,
    AssessmentClass,
    AssessmentStatus,
    Attempt,
    AttemptStatus,
    Question,
    SchoolClass,
    Unit,
    User,
    utcnow,
)
from app.schemas.assessments import (
    AssessmentCreate,
    AssessmentListItem,
    AssessmentRead,
    AssessmentUpdate,
    PublishedClass,
    PublishIn,
    QuestionRead,
)
from app.services.accounts import classes, school_year
from app.services.authoring import sharing
from app.services.authoring.sharing import Access
from app.services.core import audit
from app.services.marking import recounting


async def get_for_teacher(
    session: AsyncSession,
    assessment_id: uuid.UUID,
    user: User,
    *,
    edit: bool = False,
    questions_only: bool = False,
    with_questions: bool = False,
    with_classes: bool = False,
) -> Assessment:
    """An assessment the teacher may see, by the one rule in sharing.py; NotFound / Forbidden otherwise.

    By default the caller may show pupils' work, so the teacher must own it or teach a class it is set to;
    questions_only=True (the caller shows only its questions) lets in colleagues it is shared with too;
    edit=True (the caller changes it) lets in only its owner and admins."""
    stmt = select(Assessment).where(Assessment.id == assessment_id, Assessment.deleted_at.is_(None))
    if with_questions:
        stmt = stmt.options(selectinload(Assessment.questions))
    if with_classes:
        stmt = stmt.options(selectinload(Assessment.classes))
    assessment = (await session.execute(stmt)).scalar_one_or_none()
    if assessment is None:
        raise NotFound("That assessment does not exist. It may have been deleted.")
    needed = Access.edit if edit else Access.questions if questions_only else Access.results
    sharing.require(await sharing.access_to(session, user, assessment), needed)
    return assessment


async def list_for_teacher(
    session: AsyncSession,
    user: User,
    *,
    status: AssessmentStatus | None = None,
    class_id: uuid.UUID | None = None,
    unit_id: uuid.UUID | None = None,
    search: str | None = None,
) -> list[AssessmentListItem]:
    """The assessments a teacher may see, newest change first, with their classes and how pupils have done."""
    question_count = select(func.count()).where(Question.assessment_id == Assessment.id).correlate(Assessment)
    stmt = (
        select(Assessment, Unit.title.label("unit_title"), question_count.scalar_subquery().label("question_count"))
        .outerjoin(Unit, Unit.id == Assessment.unit_id)
        .where(sharing.results_visible_to(user))
        .options(selectinload(Assessment.classes))
        .order_by(Assessment.updated_at.desc())
    )
    if status is not None:
        stmt = stmt.where(Assessment.status == status)
    if unit_id is not None:
        stmt = stmt.where(Assessment.unit_id == unit_id)
    if class_id is not None:
        stmt = stmt.where(
            select(AssessmentClass.id)
            .where(AssessmentClass.assessment_id == Assessment.id, AssessmentClass.class_id == class_id)
            .exists()
        )
    if search:
        stmt = stmt.where(func.lower(Assessment.title).like(f"%{search.strip().lower()}%"))
    rows = (await session.execute(stmt)).all()
    ids = [row.Assessment.id for row in rows]
    stats = await _attempt_stats(session, ids)
    names = await _class_names(session, {link.class_id for row in rows for link in row.Assessment.classes})
    warned = await _assessments_with_problems(session, ids)
    return [
        _list_item(
            row.Assessment,
            unit_title=row.unit_title,
            question_count=row.question_count,
            stats=stats.get(row.Assessment.id, NO_ATTEMPTS),
            names=names,
            has_problems=row.Assessment.id in warned,
        )
        for row in rows
    ]


def _list_item(
    assessment: Assessment,
    *,
    unit_title: str | None,
    question_count: int,
    stats: AttemptStats,
    names: dict[uuid.UUID, str],
    has_problems: bool,
) -> AssessmentListItem:
    return AssessmentListItem(
        id=assessment.id,
        title=assessment.title,
        status=assessment.status,
        unit_id=assessment.unit_id,
        unit_title=unit_title,
        year_group=assessment.year_group,
        question_count=question_count,
        total_points=assessment.total_points,
        estimated_minutes=assessment.estimated_minutes,
        classes=_published_classes(assessment, names),
        attempt_count=stats.attempts,
        completed_count=stats.completed,
        average_percentage=round(stats.average, 1) if stats.average is not None else None,
        owner_id=assessment.owner_id,
        updated_at=assessment.updated_at,
        has_problems=has_problems,
    )


class AttemptStats(NamedTuple):
    """How many pupils started an assessment, how many finished, and their average percentage."""

    attempts: int
    completed: int
    average: float | None


NO_ATTEMPTS = AttemptStats(0, 0, None)


async def _attempt_stats(session: AsyncSession, ids: list[uuid.UUID]) -> dict[uuid.UUID, AttemptStats]:
    if not ids:
        return {}
    completed = Attempt.status == AttemptStatus.completed
    rows = await session.execute(
        select(
            Attempt.assessment_id,
            func.count().label("attempts"),
            func.count().filter(completed).label("completed"),
            func.avg(Attempt.percentage).filter(completed).label("average"),
        )
        .where(Attempt.assessment_id.in_(ids))
        .group_by(Attempt.assessment_id)
    )
    return {row.assessment_id: AttemptStats(row.attempts, row.completed, row.average) for row in rows}


async def _assessments_with_problems(session: AsyncSession, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    if not ids:
        return set()
    rows = await session.execute(select(Question.assessment_id, Question.warnings).where(Question.assessment_id.in_(ids)))
    return {assessment_id for assessment_id, warnings in rows if warnings}


async def _class_names(session: AsyncSession, class_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not class_ids:
        return {}
    rows = await session.execute(select(SchoolClass.id, SchoolClass.name).where(SchoolClass.id.in_(class_ids)))
    return {class_id: name for class_id, name in rows}


def _published_classes(assessment: Assessment, names: dict[uuid.UUID, str]) -> list[PublishedClass]:
    published = [
        PublishedClass(
            class_id=link.class_id,
            class_name=names.get(link.class_id, "?"),
            available_from=link.available_from,
            available_until=link.available_until,
            show_answers=link.show_answers,
            answers_released_at=link.answers_released_at,
        )
        for link in assessment.classes
    ]
    return sorted(published, key=lambda c: c.class_name)


async def detail(session: AsyncSession, assessment_id: uuid.UUID, user: User) -> AssessmentRead:
    """Everything a teacher needs to review an assessment: settings, classes, questions with answer keys. A
    colleague it is shared with gets the same without its classes or how many pupils have started it."""
    assessment = await get_for_teacher(session, assessment_id, user, questions_only=True, with_questions=True,
                                       with_classes=True)
    access = await sharing.access_to(session, user, assessment)
    results = access >= Access.results
    unit_title = await session.scalar(select(Unit.title).where(Unit.id == assessment.unit_id)) if assessment.unit_id else None
    names = await _class_names(session, {c.class_id for c in assessment.classes}) if results else {}
    attempts = await session.scalar(select(func.count()).where(Attempt.assessment_id == assessment.id)) if results else 0
    return AssessmentRead(
        # Every stored setting as it is; the relationships are replaced by their read forms below.
        **{column.key: getattr(assessment, column.key) for column in Assessment.__table__.columns},
        unit_title=unit_title,
        can_edit=access == Access.edit,
        can_see_results=results,
        sharing=(await sharing.share_states(session, [assessment.id]))[assessment.id],
        copied_from=await sharing.copied_from(session, assessment),
        attempt_count=attempts or 0,
        classes=_published_classes(assessment, names) if results else [],
        questions=[question_read(q) for q in assessment.questions],
    )


def question_read(question: Question) -> QuestionRead:
    """The teacher's view of a question: everything, with a compact statement of the right answer."""
    read = QuestionRead.model_validate(question)
    try:
        read.answer_key = engine.answer_key(question.config)
    except Exception:  # noqa: BLE001 - a stored config that no longer parses still has to be shown and fixed
        read.answer_key = {}
    return read


async def _check_unit(session: AsyncSession, unit_id: uuid.UUID | None) -> None:
    if unit_id is not None and await session.get(Unit, unit_id) is None:
        raise Invalid("unit_id: that unit does not exist.")


async def create(session: AsyncSession, *, data: AssessmentCreate, actor: User) -> Assessment:
    """A new empty draft owned by the actor (the generator fills one in the same way)."""
    await _check_unit(session, data.unit_id)
    assessment = Assessment(**data.model_dump(), owner_id=actor.id, status=AssessmentStatus.draft,
                            ai_marking={}, generation={})
    session.add(assessment)
    await session.flush()
    await audit.record(session, "assessment.create", user=actor, entity_type="assessment",
                       entity_id=assessment.id, details={"title": assessment.title})
    return assessment


async def update(
    session: AsyncSession, *, assessment_id: uuid.UUID, data: AssessmentUpdate, actor: User
) -> AssessmentRead:
    """Change the title, unit or settings of an assessment the actor may edit."""
    assessment = await get_for_teacher(session, assessment_id, actor, edit=True)
    changes = data.model_dump(exclude_unset=True)
    if "unit_id" in changes:
        await _check_unit(session, changes["unit_id"])
    nullable = {"unit_id", "year_group", "time_limit_minutes"}
    counting_before = {key: getattr(assessment, key) for key in recounting.COUNTING_SETTINGS}
    for key, value in changes.items():
        if value is None and key not in nullable:
            continue
        setattr(assessment, key, value)
    assessment.updated_at = utcnow()
    await session.flush()
    recounted = None
    if any(getattr(assessment, key) != before for key, before in counting_before.items()):
        recounted = await recounting.recount_assessment(session, assessment)
    await audit.record(session, "assessment.update", user=actor, entity_type="assessment", entity_id=assessment.id,
                       details={"fields": sorted(changes), **({} if recounted is None else {"recounted": recounted})})
    return (await detail(session, assessment_id, actor)).model_copy(update={"recounted_answers": recounted})


async def delete(session: AsyncSession, *, assessment_id: uuid.UUID, actor: User) -> None:
    """Soft delete: the assessment disappears for everyone, pupils' results stay in the database."""
    assessment = await get_for_teacher(session, assessment_id, actor, edit=True)
    assessment.deleted_at = utcnow()
    await audit.record(session, "assessment.delete", user=actor, entity_type="assessment",
                       entity_id=assessment.id, details={"title": assessment.title})


async def set_review_status(
    session: AsyncSession, *, assessment_id: uuid.UUID, status: str, actor: User
) -> AssessmentRead:
    """Move between draft and review (publishing and archiving have their own steps)."""
    assessment = await get_for_teacher(session, assessment_id, actor, edit=True)
    if assessment.status not in (AssessmentStatus.draft, AssessmentStatus.review):
        raise Conflict(f"This assessment is {assessment.status.value}; only drafts and assessments in review "
                       "can move between draft and review.")
    assessment.status = AssessmentStatus(status)
    await audit.record(session, f"assessment.{status}", user=actor, entity_type="assessment", entity_id=assessment.id)
    return await detail(session, assessment_id, actor)


async def publish(session: AsyncSession, *, assessment_id: uuid.UUID, data: PublishIn, actor: User) -> AssessmentRead:
    """Publish to classes (the teacher's own), each with an optional window. Questions with errors block it."""
    assessment = await get_for_teacher(session, assessment_id, actor, edit=True, with_questions=True,
                                       with_classes=True)
    if not assessment.questions:
        raise Invalid("Add at least one question before publishing.")
    blocking = [
        f"Question {q.position + 1}: {w['message']}"
        for q in assessment.questions
        for w in (q.warnings or [])
        if w.get("severity") == "error"
    ]
    if blocking:
        raise Invalid("Fix these before publishing: " + "; ".join(blocking[:5]))
    existing = {link.class_id: link for link in assessment.classes}
    for entry in data.classes:
        school_class = await session.get(SchoolClass, entry.class_id)
        if school_class is None:
            raise Invalid(f"classes: the class {entry.class_id} does not exist.")
        if not await classes.teaches(session, actor, entry.class_id):
            raise Forbidden(f"You do not teach {school_class.name}, so you cannot publish to it.")
        school_year.ensure_open(school_class, "publish assessments to")
        link = existing.get(entry.class_id)
        if link is None:
            # Through the collection, so the detail returned below lists it too.
            assessment.classes.append(AssessmentClass(
                class_id=entry.class_id, available_from=entry.available_from, available_until=entry.available_until,
                show_answers=entry.show_answers or AnswerRelease.after_closing))
        else:
            link.available_from, link.available_until = entry.available_from, entry.available_until
            link.show_answers = entry.show_answers or link.show_answers
    assessment.status = AssessmentStatus.published
    assessment.published_at = assessment.published_at or utcnow()
    await session.flush()
    await audit.record(session, "assessment.publish", user=actor, entity_type="assessment", entity_id=assessment.id,
                       details={"classes": [str(c.class_id) for c in data.classes],
                                "show_answers": {str(c.class_id): c.show_answers.value for c in data.classes
                                                 if c.show_answers is not None}})
    return await detail(session, assessment_id, actor)


async def unpublish_class(
    session: AsyncSession, *, assessment_id: uuid.UUID, class_id: uuid.UUID, actor: User
) -> AssessmentRead:
    """Take the assessment away from a class none of whose pupils has started it."""
    assessment = await get_for_teacher(session, assessment_id, actor, edit=True, with_classes=True)
    link = next((c for c in assessment.classes if c.class_id == class_id), None)
    if link is None:
        raise NotFound("This assessment is not published to that class.")
    started = await session.scalar(
        select(func.count()).where(Attempt.assessment_id == assessment_id, Attempt.class_id == class_id)
    )
    if started:
        raise Conflict("Pupils in this class have already started it. Close the window instead: set "
                       "available_until to now.")
    assessment.classes.remove(link)  # deleted as an orphan; the detail returned below no longer lists it
    await audit.record(session, "assessment.unpublish", user=actor, entity_type="assessment",
                       entity_id=assessment_id, details={"class_id": str(class_id)})
    return await detail(session, assessment_id, actor)


async def archive(session: AsyncSession, *, assessment_id: uuid.UUID, actor: User) -> AssessmentRead:
    """Archive: pupils can no longer start it; results stay for teachers."""
    assessment = await get_for_teacher(session, assessment_id, actor, edit=True)
    if assessment.status == AssessmentStatus.archived:
        raise Conflict("This assessment is already archived.")
    assessment.status = AssessmentStatus.archived
    await audit.record(session, "assessment.archive", user=actor, entity_type="assessment", entity_id=assessment.id)
    return await detail(session, assessment_id, actor)


async def duplicate(session: AsyncSession, *, assessment_id: uuid.UUID, actor: User) -> AssessmentRead:
    """A new draft copy with every question, owned by whoever duplicated it (a colleague's shared assessment
    too), remembering which assessment it was copied from. Nothing of the original's pupils comes with it."""
    original = await get_for_teacher(session, assessment_id, actor, questions_only=True, with_questions=True)
    skip = {"id", "created_at", "updated_at", "owner_id", "status", "published_at", "deleted_at", "title",
            "copied_from_id"}
    copy = Assessment(
        **{c.key: getattr(original, c.key) for c in Assessment.__table__.columns if c.key not in skip},
        title=f"{original.title} (copy)"[:200],
        owner_id=actor.id,
        status=AssessmentStatus.draft,
        copied_from_id=original.id,
    )
    session.add(copy)
    await session.flush()
    # A copy is not itself saved to the question bank (the original is); it keeps where it was copied from.
    qskip = {"id", "created_at", "updated_at", "assessment_id", "saved_to_bank_at"}
    for q in original.questions:
        session.add(Question(**{c.key: getattr(q, c.key) for c in Question.__table__.columns if c.key not in qskip},
                             assessment_id=copy.id))
    await session.flush()
    await audit.record(session, "assessment.duplicate", user=actor, entity_type="assessment", entity_id=copy.id,
                       details={"from": str(original.id)})
    return await detail(session, copy.id, actor)


def is_open(link: AssessmentClass, now: datetime | None = None) -> bool:
    """Whether pupils of the class may take the assessment now (inside its window, if it has one)."""
    now = now or utcnow()
    return (link.available_from is None or link.available_from <= now) and (
        link.available_until is None or now < link.available_until
    )
