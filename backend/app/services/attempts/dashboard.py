"""The pupil's own home page: assessments to start, ones in progress to resume, completed ones (their scores once
every mark is released), and the progress chart of released percentages over time."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from app.models import (
    Answer,
    Assessment,
    AssessmentStatus,
    Attempt,
    AttemptEnd,
    AttemptStatus,
    Question,
    Unit,
    User,
    utcnow,
)
from app.schemas.access import AccessArrangements
from app.schemas.pupil import AssessmentCard, ProgressPoint, PupilAssessments
from app.services.attempts.access import PupilLink, best_link, links_for_pupil, own_attempt, pupil_time_limit

# Said plainly on the dashboard when someone other than the pupil ended their attempt: what happened, and that
# nothing was lost. Shown until the pupil presses "I have read this" (acknowledge_end_notice): read, and read once.
END_NOTICES = {
    AttemptEnd.window_closed: "This assessment was handed in when it closed. Your answers were saved.",
    AttemptEnd.teacher: "Your teacher handed in this assessment for you. Your answers were saved.",
}


@dataclass(frozen=True)
class _Board:
    """What every card is built from, read once for the whole dashboard."""

    attempts: list[Attempt]  # the pupil's, newest first
    assessments: dict[uuid.UUID, Assessment]
    question_counts: dict[uuid.UUID, int]  # by assessment
    answered: dict[uuid.UUID, int]  # by attempt
    waiting: dict[uuid.UUID, int]  # by attempt: submitted answers a teacher has not released yet
    arrangements: dict  # the pupil's access arrangements (their extra time lengthens any time limit)


async def dashboard(session: AsyncSession, pupil: User) -> PupilAssessments:
    """Assessments available now, ones in progress to resume, and completed ones (scores once released)."""
    links = await links_for_pupil(session, pupil)
    by_assessment: dict[uuid.UUID, list[PupilLink]] = {}
    for row in links:
        by_assessment.setdefault(row.assessment.id, []).append(row)
    board = await _board(session, pupil, links)
    available, in_progress = [], []
    for assessment_id, rows in by_assessment.items():
        assessment = board.assessments[assessment_id]
        link = best_link(rows)
        mine = [a for a in board.attempts if a.assessment_id == assessment_id]
        open_attempt = next((a for a in mine if a.status != AttemptStatus.completed), None)
        window_open = link.is_open() and assessment.status == AssessmentStatus.published
        if open_attempt is not None and window_open:
            in_progress.append(_card(board, assessment, link, open_attempt))
        elif open_attempt is None and window_open and len(mine) < link.attempts_allowed:
            available.append(_card(board, assessment, link))
    completed = []
    for attempt in board.attempts:
        if attempt.status == AttemptStatus.completed and attempt.assessment_id in board.assessments:
            rows = by_assessment.get(attempt.assessment_id)
            completed.append(_card(board, board.assessments[attempt.assessment_id],
                                   best_link(rows) if rows else None, attempt))
    available.sort(key=lambda c: (c.available_until is None, c.available_until or 0, c.title))
    return PupilAssessments(available=available, in_progress=in_progress, completed=completed)


async def _board(session: AsyncSession, pupil: User, links: list[PupilLink]) -> _Board:
    assessments = {row.assessment.id: row.assessment for row in links}
    # Counted for the assessments set for the pupil's classes; a card of one no longer set counts its attempt's.
    question_counts = await _count_by(session, Question.assessment_id, list(assessments))
    attempts = list((
        await session.execute(
            select(Attempt).where(Attempt.pupil_id == pupil.id).order_by(Attempt.started_at.desc())
        )
    ).scalars())
    extra = [a.assessment_id for a in attempts if a.assessment_id not in assessments]
    if extra:  # completed work for assessments no longer published to the pupil's classes
        for a in (await session.execute(select(Assessment).where(Assessment.id.in_(extra)))).scalars():
            assessments[a.id] = a
    attempt_ids = [a.id for a in attempts]
    return _Board(
        attempts=attempts,
        assessments=assessments,
        question_counts=question_counts,
        answered=await _count_by(session, Answer.attempt_id, attempt_ids, Answer.answer_data.is_not(None)),
        waiting=await _count_by(session, Answer.attempt_id, attempt_ids, Answer.released.is_(False),
                                Answer.submitted_at.is_not(None)),
        arrangements=pupil.access_arrangements,
    )


async def _count_by(session: AsyncSession, key: InstrumentedAttribute[uuid.UUID], ids: list[uuid.UUID],
                    *conditions: ColumnElement[bool]) -> dict[uuid.UUID, int]:
    """How many rows there are for each of `ids` (none missing from the result) meeting `conditions`."""
    if not ids:
        return {}
    rows = await session.execute(
        select(key.label("id"), func.count().label("n")).where(key.in_(ids), *conditions).group_by(key)
    )
    return {row.id: row.n for row in rows}


def _card(board: _Board, assessment: Assessment, link: PupilLink | None = None,
          attempt: Attempt | None = None) -> AssessmentCard:
    """One assessment on the dashboard, with the attempt it shows (in progress or completed) if there is one."""
    pending = board.waiting.get(attempt.id, 0) if attempt else 0
    completed = attempt is not None and attempt.status == AttemptStatus.completed
    released = completed and pending == 0  # a score shows only once every mark is released
    return AssessmentCard(
        assessment_id=assessment.id,
        title=assessment.title,
        description=assessment.description,
        class_name=link.class_name if link else None,
        question_count=board.question_counts.get(assessment.id, len(attempt.question_order) if attempt else 0),
        # "About N minutes", the time limit (with the pupil's extra time) and closing time (their extension's).
        estimated_minutes=AccessArrangements.of(board.arrangements).minutes_with_extra_time(
            assessment.estimated_minutes),
        time_limit_minutes=pupil_time_limit(assessment.time_limit_minutes, board.arrangements),
        available_until=link.closes_at if link else None,
        allow_hints=assessment.allow_hints,
        attempts_used=sum(1 for a in board.attempts if a.assessment_id == assessment.id),
        max_attempts=link.attempts_allowed if link else assessment.max_attempts,
        attempt_id=attempt.id if attempt else None,
        answered_count=board.answered.get(attempt.id, 0) if attempt else 0,
        completed_at=attempt.completed_at if attempt else None,
        waiting_for_teacher=pending,
        percentage=attempt.percentage if released else None,
        score=attempt.total_score if released else None,
        max_score=attempt.max_score if released else None,
        can_review=completed,
        end_notice=end_notice(attempt) if completed else None,
    )


def end_notice(attempt: Attempt) -> str | None:
    """What the pupil is told, until they say they have read it, about an attempt someone else handed in."""
    if attempt.end_notice_seen_at is not None:
        return None
    return END_NOTICES.get(attempt.end_reason)


async def progress(session: AsyncSession, pupil: User) -> list[ProgressPoint]:
    """Completed attempts whose marks are all released, oldest first, for the progress chart."""
    pending = (
        select(func.count()).where(Answer.attempt_id == Attempt.id, Answer.released.is_(False),
                                   Answer.submitted_at.is_not(None))
        .correlate(Attempt).scalar_subquery()
    )
    rows = await session.execute(
        select(Attempt, Assessment.title, Unit.title, Unit.half_term)
        .join(Assessment, Assessment.id == Attempt.assessment_id)
        .outerjoin(Unit, Unit.id == Assessment.unit_id)
        .where(Attempt.pupil_id == pupil.id, Attempt.status == AttemptStatus.completed,
               Attempt.percentage.is_not(None), pending == 0)
        .order_by(Attempt.completed_at)
    )
    return [
        ProgressPoint(attempt_id=a.id, assessment_id=a.assessment_id, title=title, completed_at=a.completed_at,
                      percentage=a.percentage, unit_title=unit_title, half_term=half_term)
        for a, title, unit_title, half_term in rows
    ]


async def acknowledge_end_notice(session: AsyncSession, *, pupil: User, attempt_id: uuid.UUID) -> None:
    """The pupil has read why their attempt was handed in: the dashboard stops saying it."""
    attempt = await own_attempt(session, pupil.id, attempt_id, need_open=False)
    if attempt.end_notice_seen_at is None:
        attempt.end_notice_seen_at = utcnow()
