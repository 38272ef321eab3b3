"""Counting answers again when a teacher changes how retries count (the retry credit): every automatically marked
answer of the assessment is credited again from its tries' own marks in the answer history (first_try.recount)
and the attempts are re-totalled, so a mark never depends on when the setting was changed. Nothing is re-marked:
each try's mark against the current key is already in the history (a key change re-marks every try:
scoring.remark_question).

Teachers' own marks and corrections are left alone. The attempts' rows are taken first, in id order, as a pupil's
submit takes its attempt's row, so a try being submitted meanwhile is either counted here or counted by its submit
under the new setting."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Answer, AnswerHistory, Assessment, Attempt, MarkingStatus
from app.services.attempts.access import feedback_on
from app.services.marking import first_try, scoring

# The settings whose change changes what a retry counts for. (Turning immediate feedback on or off is not one: the
# pupils who answered already did or did not see feedback between their tries, whatever the setting says now.)
COUNTING_SETTINGS = frozenset({"retry_credit"})


async def recount_assessment(session: AsyncSession, assessment: Assessment) -> int:
    """Credit every automatically marked answer again under the assessment's settings as they are now; returns
    how many answers now count for a different mark."""
    attempts = {attempt.id: attempt for attempt in (await session.execute(
        select(Attempt).where(Attempt.assessment_id == assessment.id).order_by(Attempt.id).with_for_update()
        .execution_options(populate_existing=True)
    )).scalars()}
    if not attempts:
        return 0
    answers = (await session.execute(
        select(Answer).where(Answer.attempt_id.in_(list(attempts)), Answer.status == MarkingStatus.marked,
                            Answer.submitted_at.is_not(None))
        .execution_options(populate_existing=True)
    )).scalars().all()
    tries = await _own_marks(session, [answer.id for answer in answers])
    on = feedback_on(assessment)
    changed: set[uuid.UUID] = set()  # the attempts to re-total
    recounted = 0
    for answer in answers:
        if answer.id not in tries:
            continue  # no marked try kept (stored before the history was): its mark stands as it is
        counted = first_try.recount(assessment.retry_credit, feedback_on=on, tries=tries[answer.id])
        if (answer.score, answer.first_try_correct, answer.first_try_points) != tuple(counted):
            answer.score, answer.first_try_correct, answer.first_try_points = counted
            changed.add(answer.attempt_id)
            recounted += 1
    await session.flush()
    for attempt_id in sorted(changed):
        await scoring.recompute_attempt(session, attempts[attempt_id])
    return recounted


async def _own_marks(session: AsyncSession, answer_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[first_try.TryMark]]:
    """Each answer's automatically marked tries, in order, with their own marks."""
    found: dict[uuid.UUID, list[first_try.TryMark]] = {}
    for start in range(0, len(answer_ids), 500):  # bound each IN list
        rows = await session.execute(
            select(AnswerHistory.answer_id, AnswerHistory.try_number, AnswerHistory.score, AnswerHistory.is_correct)
            .where(AnswerHistory.answer_id.in_(answer_ids[start:start + 500]),
                   AnswerHistory.status == MarkingStatus.marked)
            .order_by(AnswerHistory.answer_id, AnswerHistory.try_number)
        )
        for answer_id, number, score, correct in rows:
            found.setdefault(answer_id, []).append(first_try.TryMark(number, float(score or 0.0), bool(correct)))
    return found
