"""The teacher's dashboard: assessments by status, attempts this week, answers waiting for marking, recent
activity in their classes and their recent assessments."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Answer, Assessment, AssessmentStatus, Attempt, AttemptStatus, SchoolClass, User, utcnow
from app.schemas.analytics import Activity, Dashboard, RecentAssessment
from app.schemas.assessments import AssessmentListItem
from app.services.accounts import classes
from app.services.analytics.scope import WAITING
from app.services.authoring import assessments

RECENT_ASSESSMENTS = 8
RECENT_ACTIVITY = 10
ACTIVITY_DAYS = 14


async def dashboard(session: AsyncSession, *, teacher: User) -> Dashboard:
    """Counts by status, attempts this week, recent activity and recent assessments with average scores."""
    items = await assessments.list_for_teacher(session, teacher)
    counts = Counter(item.status.value for item in items)
    scope = _attempts_in_view(items, await classes.class_ids_for(session, teacher), teacher)
    week_ago = utcnow() - timedelta(days=7)
    this_week = await _count(session, scope, Attempt.started_at >= week_ago)
    completed_week = await _count(session, scope, Attempt.status == AttemptStatus.completed,
                                  Attempt.completed_at >= week_ago)
    activity = await _recent_activity(session, scope)
    waiting = await _waiting_for_marking(session, scope)
    return Dashboard(
        counts={status.value: counts.get(status.value, 0) for status in AssessmentStatus},
        attempts_this_week=this_week,
        completed_this_week=completed_week,
        waiting_for_marking=waiting,
        recent_activity=activity,
        recent_assessments=[RecentAssessment.model_validate(item) for item in items[:RECENT_ASSESSMENTS]],
    )


def _attempts_in_view(items: list[AssessmentListItem], my_classes: list[uuid.UUID] | None,
                      teacher: User) -> list[ColumnElement[bool]]:
    """Conditions for the attempts the teacher sees: on assessments they can see, and in their classes unless
    the assessment is their own (an admin sees every class). No conditions when they can see no assessment."""
    visible_ids = [item.id for item in items]
    if not visible_ids:
        return []
    scope = [Attempt.assessment_id.in_(visible_ids)]
    if my_classes is not None:
        scope.append(or_(Attempt.class_id.in_(my_classes), Attempt.assessment_id.in_(
            [item.id for item in items if item.owner_id == teacher.id])))
    return scope


async def _count(session: AsyncSession, scope: list[ColumnElement[bool]], *when: ColumnElement[bool]) -> int:
    """How many attempts in view match; none without any assessment in view."""
    if not scope:
        return 0
    return await session.scalar(select(func.count()).where(*scope, *when)) or 0


async def _waiting_for_marking(session: AsyncSession, scope: list[ColumnElement[bool]]) -> int:
    """How many answers in the attempts in view wait for marking."""
    if not scope:
        return 0
    return await session.scalar(
        select(func.count()).select_from(Answer).join(Attempt, Attempt.id == Answer.attempt_id)
        .where(*scope, Answer.status.in_(WAITING))) or 0


async def _recent_activity(session: AsyncSession, scope: list[ColumnElement[bool]]) -> list[Activity]:
    """Completions over the last fortnight, grouped by assessment, class and day, latest first."""
    if not scope:
        return []
    day = func.date(Attempt.completed_at)
    last = func.max(Attempt.completed_at)
    rows = await session.execute(
        select(Assessment.id, Assessment.title, SchoolClass.name.label("class_name"), day.label("day"),
               func.count().label("pupils"), last.label("last"))
        .join(Assessment, Assessment.id == Attempt.assessment_id)
        .outerjoin(SchoolClass, SchoolClass.id == Attempt.class_id)
        .where(*scope, Attempt.status == AttemptStatus.completed,
               Attempt.completed_at >= utcnow() - timedelta(days=ACTIVITY_DAYS))
        .group_by(Assessment.id, Assessment.title, SchoolClass.name, day)
        .order_by(last.desc())
        .limit(RECENT_ACTIVITY)
    )
    return [_activity(row.id, row.title, row.class_name, row.pupils, row.last) for row in rows]


def _activity(assessment_id: uuid.UUID, title: str, class_name: str | None, pupils: int,
              last: datetime) -> Activity:
    who = f"{pupils} pupil{'s' if pupils != 1 else ''}" + (f" in {class_name}" if class_name else "")
    return Activity(assessment_id=assessment_id, title=title, class_name=class_name, count=pupils, when=last,
                    text=f"{who} completed ‘{title}’")
