"""A teacher's levers on one pupil's attempt: hand it in for them (marking exactly what was saved), or reopen a
finished one. Only a teacher of the class the attempt was started in, or an admin; every use is in the audit log.

Reopening is refused once the pupil has been sent the answer key of any of their attempts at the assessment
(results review or drafts with keys shown, recorded as attempts.answers_shown_at by app.services.attempts.results):
the next try has the same questions and options, so they could copy the key in. It is also refused when the pupil
would have no time to work: their window has closed (the teacher gives a later closing time first) or they have
used all of their time limit (the teacher gives another attempt instead)."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db import session_scope
from app.errors import Conflict, Forbidden, NotFound
from app.models import (
    Answer,
    Assessment,
    AssessmentStatus,
    Attempt,
    AttemptEnd,
    AttemptStatus,
    MarkingStatus,
    Role,
    User,
    utcnow,
)
from app.schemas.lesson import AttemptState
from app.services.accounts import classes
from app.services.attempts import finishing
from app.services.attempts.access import OPEN_STATUSES, links_for_pupil, pupil_time_limit, when
from app.services.core import audit

# How a finished attempt ended, in the words of a teacher's refusal.
HOW_IT_ENDED = {
    AttemptEnd.pupil: "the pupil finished it",
    AttemptEnd.teacher: "a teacher handed it in",
    AttemptEnd.window_closed: "it was handed in when it closed",
    None: "it was finished",
}


async def teacher_attempt(session: AsyncSession, teacher: User, attempt_id: uuid.UUID) -> Attempt:
    """An attempt in a class the teacher teaches (any attempt, for an admin)."""
    attempt = await session.get(Attempt, attempt_id)
    if attempt is None:
        raise NotFound("That attempt does not exist.")
    if teacher.role != Role.admin and (
        attempt.class_id is None or not await classes.teaches(session, teacher, attempt.class_id)
    ):
        raise Forbidden("You do not teach the class this attempt was made in.")
    return attempt


async def attempt_state(session: AsyncSession, attempt_id: uuid.UUID) -> AttemptState:
    return AttemptState.model_validate(await session.get(Attempt, attempt_id, populate_existing=True))


# --- Hand in for the pupil ---------------------------------------------------------------------------------

async def hand_in(sessions: async_sessionmaker[AsyncSession], *, teacher: User,
                  attempt_id: uuid.UUID) -> AttemptState:
    """Finish the pupil's open attempt for them, the way their own Finish does (finishing.finish): what they
    saved is marked and totalled. An attempt that is already finished is refused (409) and left as it is."""

    async def open_attempt(session: AsyncSession) -> Attempt:
        attempt = await teacher_attempt(session, teacher, attempt_id)
        if attempt.status == AttemptStatus.completed:
            raise Conflict(f"This attempt is already finished ({HOW_IT_ENDED[attempt.end_reason]}), so there is "
                           "nothing to hand in.")
        return attempt

    async def note(session: AsyncSession, attempt: Attempt) -> None:
        await audit.record(session, "attempt.hand_in", user=teacher, entity_type="attempt", entity_id=attempt.id,
                           details={"pupil_id": str(attempt.pupil_id), "assessment_id": str(attempt.assessment_id),
                                    "end_reason": AttemptEnd.teacher.value})

    ended = await finishing.finish(sessions, open_attempt, end=AttemptEnd.teacher, by=teacher, on_finished=note)
    if not ended.finished_now:  # finished by someone else between reading it and claiming it
        raise Conflict("This attempt has just been finished, so there is nothing to hand in.")
    async with session_scope(sessions) as session:
        return await attempt_state(session, attempt_id)


# --- Reopen ------------------------------------------------------------------------------------------------

async def reopen(session: AsyncSession, *, teacher: User, attempt_id: uuid.UUID) -> AttemptState:
    """Put a finished attempt back in progress, as it was when it was finished (its answers, the time it had
    left); it is marked and totalled again when it is next finished. Refused, with the reason, when it cannot."""
    attempt = await teacher_attempt(session, teacher, attempt_id)
    if attempt.status != AttemptStatus.completed:
        raise Conflict("This attempt is not finished, so there is nothing to reopen.")
    pupil = await session.get(User, attempt.pupil_id)
    assessment = await session.get(Assessment, attempt.assessment_id)
    await _check_reopenable(session, attempt, pupil, assessment)
    used = attempt.time_taken_seconds or 0
    now = utcnow()
    claimed = await session.execute(
        update(Attempt).where(Attempt.id == attempt.id, Attempt.status == AttemptStatus.completed)
        .values(status=AttemptStatus.in_progress, end_reason=None, ended_by_id=None, completed_at=None,
                end_notice_seen_at=None, total_score=None, percentage=None, time_taken_seconds=None,
                reopened_count=Attempt.reopened_count + 1, last_activity_at=now,
                # The time limit goes on from where it stopped: the time already used still counts.
                started_at=now - timedelta(seconds=used))
        .execution_options(synchronize_session=False)
    )  # the claim: of two teachers reopening at once, one does
    if claimed.rowcount != 1:
        raise Conflict("This attempt has just been reopened by someone else.")
    await _unmark_not_answered(session, attempt.id)
    await audit.record(session, "attempt.reopen", user=teacher, entity_type="attempt", entity_id=attempt.id,
                       details={"pupil_id": str(attempt.pupil_id), "assessment_id": str(attempt.assessment_id),
                                "was_ended": (attempt.end_reason.value if attempt.end_reason else None)})
    return await attempt_state(session, attempt.id)


async def _check_reopenable(session: AsyncSession, attempt: Attempt, pupil: User, assessment: Assessment) -> None:
    """Refuse, saying why, a reopening that would show the pupil nothing new to do or let them copy a key."""
    name = pupil.name
    shown = await session.scalar(select(func.min(Attempt.answers_shown_at)).where(
        Attempt.pupil_id == pupil.id, Attempt.assessment_id == assessment.id))
    if shown is not None:
        raise Conflict(f"{name} has already been shown the answers to this assessment (on {when(shown)}), so this "
                       "attempt cannot be reopened. The answers could be copied in.")
    if assessment.status != AssessmentStatus.published or assessment.deleted_at is not None:
        raise Conflict("This assessment is no longer open to pupils, so the attempt cannot be reopened.")
    other = await session.scalar(select(Attempt.id).where(
        Attempt.pupil_id == pupil.id, Attempt.assessment_id == assessment.id, Attempt.status.in_(OPEN_STATUSES)))
    if other is not None:
        raise Conflict(f"{name} already has an attempt at this assessment in progress. They can carry on with it.")
    links = [row for row in await links_for_pupil(session, pupil, assessment.id)
             if row.link.class_id == attempt.class_id]
    closes = links[0].closes_at if links else None
    if closes is not None and closes <= utcnow():
        raise Conflict(f"{name}'s time to take this assessment ended on {when(closes)}. Give them more time first "
                       "(a later closing time), then reopen it.")
    minutes = pupil_time_limit(assessment.time_limit_minutes, pupil.access_arrangements)
    if minutes and (attempt.time_taken_seconds or 0) >= minutes * 60:
        raise Conflict(f"{name} has used all of the {minutes} minutes this assessment gives them, so a reopened "
                       "attempt would end at once. Give them another attempt instead.")


async def _unmark_not_answered(session: AsyncSession, attempt_id: uuid.UUID) -> None:
    """Finishing marked every question left blank as not answered (0): make those blank again, to be answered."""
    await session.execute(
        update(Answer).where(Answer.attempt_id == attempt_id, Answer.submitted_at.is_(None))
        .values(status=MarkingStatus.saved, score=None, is_correct=None, released=False, released_at=None,
                marked_at=None, feedback=None)
        .execution_options(synchronize_session=False)
    )
