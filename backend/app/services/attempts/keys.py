"""What of a question's key a pupil may see, and when.

Key material is the answer key itself and whatever gives it away: correct options, accepted answers, reference
solutions and correct code, hidden tests and their expected values, mark schemes and model answers, and anything
in a mark's details that names them (a written answer's criteria are its mark scheme). A pupil sees none of it
while they can still change an answer or start another attempt: the next attempt has the same questions and the
same option ids, so the review of a finished attempt must not become the answer sheet for the next one.

`may_show_keys` is the one decision (the teacher's choice of when keys are shown belongs there); the rest of this
module applies it to what a pupil is sent."""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import question_types as engine
from app.models import Answer, Assessment, AssessmentStatus, Attempt, Extension, User, utcnow
from app.question_types.stored import StoredConfig
from app.services.attempts.access import OPEN_STATUSES, extension_of, is_locked, links_for_pupil
from app.services.marking.scoring import TEACHER_ONLY_DETAILS, MarkDetails

# A compact statement of the right answer (app.question_types.answer_key).
AnswerKey = dict[str, Any]


class KeyAccess(NamedTuple):
    """What the decision rests on, for one pupil and one assessment (and perhaps one answer of theirs)."""

    can_start_again: bool  # attempts are left, and the assessment is still open to the pupil (now or later)
    can_change: bool  # an answer that is at stake can still change (in an open attempt)


def may_show_keys(assessment: Assessment, access: KeyAccess) -> bool:
    """The one decision: key material is shown only once the pupil can neither change an answer nor start another
    attempt at this assessment. (The teacher's choice of when keys are shown is to be added here.)"""
    return not access.can_start_again and not access.can_change


async def key_access(session: AsyncSession, pupil: User, assessment: Assessment, *,
                     answer: Answer | None = None) -> KeyAccess:
    """Whether the pupil can still start another attempt at the assessment, or change an answer in one: any
    answer in an open attempt — or, given one `answer` whose key alone is at stake, whether that one can still
    change (an answer right already, or with no tries left, cannot; the same question in another open attempt
    can)."""
    attempts = (await session.execute(
        select(Attempt.id, Attempt.status).where(Attempt.pupil_id == pupil.id, Attempt.assessment_id == assessment.id)
    )).all()
    settled = answer.attempt_id if answer is not None and is_locked(answer, assessment) else None
    can_change = any(status in OPEN_STATUSES and attempt_id != settled for attempt_id, status in attempts)
    return KeyAccess(await _can_start_again(session, pupil, assessment, len(attempts)), can_change)


async def _can_start_again(session: AsyncSession, pupil: User, assessment: Assessment, used: int) -> bool:
    """Whether the pupil could start another attempt now or later: published (not archived or deleted), set for
    one of their classes whose window is not closed for them (one that has not opened yet will), with an attempt
    left there (their extension's extra attempts count)."""
    if assessment.status != AssessmentStatus.published or assessment.deleted_at is not None:
        return False
    now = utcnow()
    return any((row.closes_at is None or now < row.closes_at) and used < row.attempts_allowed
               for row in await links_for_pupil(session, pupil, assessment.id))


def pupil_details(details: MarkDetails | None, *, show_keys: bool) -> MarkDetails:
    """A mark's details as the pupil may see them: never the teacher's own notes, and no key material until keys
    may be shown."""
    shown = {name: value for name, value in (details or {}).items() if name not in TEACHER_ONLY_DETAILS}
    return shown if show_keys else engine.details_without_key(shown)


def pupil_answer_key(config: StoredConfig, *, show_keys: bool) -> AnswerKey | None:
    """The answer key for results review, or None while keys may not be shown."""
    return engine.answer_key(config) if show_keys else None


async def attempts_allowed(session: AsyncSession, attempt: Attempt, assessment: Assessment) -> int:
    """How many attempts the pupil may make in the attempt's class: the assessment's, and their extension's extra."""
    extra = await session.scalar(select(Extension.extra_attempts).where(
        extension_of(assessment.id, attempt.class_id, attempt.pupil_id)))
    return assessment.max_attempts + (extra or 0)


def open_attempt_details(answer: Answer, assessment: Assessment, *, attempts_allowed: int) -> MarkDetails:
    """A mark's details shown during an open attempt, on the question screen and in a submit's reply. An answer
    that can no longer change (right already, or no tries left) may show its own in full; whether another attempt
    will follow is not looked up here, so more than one attempt allowed is taken to mean one will."""
    access = KeyAccess(can_start_again=attempts_allowed > 1, can_change=not is_locked(answer, assessment))
    return pupil_details(answer.mark_details, show_keys=may_show_keys(assessment, access))
