"""A class's results on one assessment: who has finished, the summary figures, the score distribution and
every pupil's row (the results page, and the CSV export builds on it)."""

from __future__ import annotations

import statistics
import uuid
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Answer, AttemptEnd, AttemptStatus, ClassPupil, SchoolClass, User
from app.schemas.analytics import ClassRef, ClassResults, PupilResult, ScoreBand
from app.services.analytics.scope import WAITING, Scope, chosen_attempts, scope_for
from app.services.marking.first_try import first_try_marks

# A pupil scoring under this percentage (or not started) is listed as needing attention.
ATTENTION_BELOW = 50.0


class ChosenAttempt(NamedTuple):
    """The attempt of a pupil's that counts (see scope.chosen_attempts)."""

    id: uuid.UUID
    pupil_id: uuid.UUID
    status: AttemptStatus
    total_score: float | None
    max_score: float | None
    percentage: float | None
    time_taken_seconds: int | None
    completed_at: datetime | None
    end_reason: AttemptEnd | None


class AnswerCounts(NamedTuple):
    """Within one attempt: answers where a hint was used, answers waiting for marking, and the marks at each
    question's first try (first_try.first_try_marks)."""

    hints: int
    waiting: int
    first_try: float


NO_ANSWERS = AnswerCounts(hints=0, waiting=0, first_try=0.0)


class Pupil(NamedTuple):
    """A pupil in one of the classes in view, with the (alphabetically first) class they are in there."""

    id: uuid.UUID
    name: str
    first_name: str | None
    last_name: str | None
    username: str
    class_name: str | None


async def class_results(session: AsyncSession, *, assessment_id: uuid.UUID, teacher: User,
                        class_id: uuid.UUID | None) -> ClassResults:
    """Completed n/N, average, median, highest, lowest, the distribution and every pupil's result."""
    return await results_in_view(session, await scope_for(session, assessment_id, teacher, class_id))


async def results_in_view(session: AsyncSession, view: Scope) -> ClassResults:
    """The class results for an assessment and classes already in view."""
    attempts = await _chosen_by_pupil(session, view)
    counts = await _answer_counts(session, [attempt.id for attempt in attempts.values()])
    names = await _class_names(session, view.class_ids)
    ids = {name: class_id for class_id, name in names.items()}
    pupils = [_pupil_result(pupil, attempts.get(pupil.id), counts, ids.get(pupil.class_name))
              for pupil in await _pupils(session, view)]
    return _summary(view, pupils, names)


async def _chosen_by_pupil(session: AsyncSession, view: Scope) -> dict[uuid.UUID, ChosenAttempt]:
    chosen = chosen_attempts(view.assessment.id, view.class_ids)
    rows = await session.execute(
        select(chosen.c.id, chosen.c.pupil_id, chosen.c.status, chosen.c.total_score, chosen.c.max_score,
               chosen.c.percentage, chosen.c.time_taken_seconds, chosen.c.completed_at, chosen.c.end_reason)
    )
    return {row.pupil_id: ChosenAttempt(**row._mapping) for row in rows}


async def _answer_counts(session: AsyncSession,
                         attempt_ids: list[uuid.UUID]) -> dict[uuid.UUID, AnswerCounts]:
    if not attempt_ids:
        return {}
    rows = await session.execute(
        select(Answer.attempt_id, func.sum(case((Answer.hint_used, 1), else_=0)).label("hints"),
               func.sum(case((Answer.status.in_(WAITING), 1), else_=0)).label("waiting"),
               func.sum(first_try_marks()).label("first_try"))
        .where(Answer.attempt_id.in_(attempt_ids))
        .group_by(Answer.attempt_id)
    )
    return {row.attempt_id: AnswerCounts(hints=int(row.hints or 0), waiting=int(row.waiting or 0),
                                         first_try=float(row.first_try or 0)) for row in rows}


async def _pupils(session: AsyncSession, view: Scope) -> list[Pupil]:
    rows = await session.execute(
        select(User.id, User.name, User.first_name, User.last_name, User.username,
               func.min(SchoolClass.name).label("class_name"))
        .join(ClassPupil, ClassPupil.pupil_id == User.id)
        .join(SchoolClass, SchoolClass.id == ClassPupil.class_id)
        .where(ClassPupil.class_id.in_(view.class_ids))
        .group_by(User.id, User.name, User.first_name, User.last_name, User.username)
        .order_by(User.last_name, User.first_name, User.name)
    )
    return [Pupil(**row._mapping) for row in rows]


async def _class_names(session: AsyncSession, class_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    rows = await session.execute(select(SchoolClass.id, SchoolClass.name).where(SchoolClass.id.in_(class_ids)))
    return {row.id: row.name for row in rows}


def _pupil_result(pupil: Pupil, attempt: ChosenAttempt | None, counts: dict[uuid.UUID, AnswerCounts],
                  class_id: uuid.UUID | None) -> PupilResult:
    """One pupil's row: a score and percentage only once they have finished."""
    if attempt is None:
        status = "not_started"
    else:
        status = "completed" if attempt.status == AttemptStatus.completed else "in_progress"
    finished = attempt if status == "completed" else None
    percentage = finished.percentage if finished else None
    answers = counts.get(attempt.id, NO_ANSWERS) if attempt else NO_ANSWERS
    return PupilResult(
        pupil_id=pupil.id, name=pupil.name, first_name=pupil.first_name, last_name=pupil.last_name,
        username=pupil.username, class_name=pupil.class_name, class_id=class_id,
        attempt_id=attempt.id if attempt else None, status=status,
        score=finished.total_score if finished else None,
        max_score=attempt.max_score if attempt else None,
        percentage=percentage,
        time_taken_seconds=attempt.time_taken_seconds if attempt else None,
        completed_at=attempt.completed_at if attempt else None,
        end_reason=finished.end_reason if finished else None,
        hints_used=answers.hints, waiting_for_marking=answers.waiting,
        needs_attention=status == "not_started" or (percentage is not None and percentage < ATTENTION_BELOW),
        first_try_score=round(answers.first_try, 2) if finished else None,
        first_try_percentage=_share(answers.first_try, finished.max_score) if finished else None,
    )


def _share(marks: float, out_of: float | None) -> float | None:
    """A percentage to one place, as an attempt's own percentage is."""
    return round(100.0 * marks / out_of, 1) if out_of else None


def _summary(view: Scope, pupils: list[PupilResult], names: dict[uuid.UUID, str]) -> ClassResults:
    done = [p.percentage for p in pupils if p.status == "completed" and p.percentage is not None]
    return ClassResults(
        assessment_id=view.assessment.id,
        title=view.assessment.title,
        classes=[ClassRef(class_id=c, class_name=names.get(c, "")) for c in view.class_ids],
        pupil_count=len(pupils),
        completed_count=len(done),
        in_progress_count=sum(1 for p in pupils if p.status == "in_progress"),
        not_started_count=sum(1 for p in pupils if p.status == "not_started"),
        average=round(statistics.fmean(done), 1) if done else None,
        median=round(statistics.median(done), 1) if done else None,
        highest=max(done) if done else None,
        lowest=min(done) if done else None,
        total_points=view.assessment.total_points,
        distribution=_distribution(done),
        pupils=pupils,
        needing_attention=[p for p in pupils if p.needs_attention],
    )


def _distribution(percentages: list[float]) -> list[ScoreBand]:
    """Ten bands of ten per cent; 100 falls in the last."""
    bins = [0] * 10
    for value in percentages:
        bins[min(int(value // 10), 9)] += 1
    return [ScoreBand(from_=i * 10, to=i * 10 + 10, count=n) for i, n in enumerate(bins)]
