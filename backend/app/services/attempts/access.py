"""What a pupil may touch: the assessments set for their classes (and whether one is open now), their own
attempts and the questions in them, and the rules for tries and immediate feedback."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import get_settings
from app.errors import Conflict, Forbidden, NotFound
from app.models import (
    Answer,
    Assessment,
    AssessmentClass,
    AssessmentStatus,
    Attempt,
    AttemptStatus,
    ClassPupil,
    Question,
    SchoolClass,
    User,
    utcnow,
)
from app.services.authoring.assessments import is_open

OPEN_STATUSES = (AttemptStatus.in_progress, AttemptStatus.abandoned)
# Saves and submits that arrive this long after the time ends still count: a slow network, a last keystroke.
TIME_GRACE = timedelta(seconds=60)
FINISHED = "This assessment is already finished, so answers can no longer change."
QUESTION_REMOVED = "That question has been removed by your teacher."
# What a pupil is told when something arrives after the time (and its grace) ended: literal, and no blame.
TIME_OVER = "The time for this assessment has ended. Your answers were saved."


class AttemptWork(NamedTuple):
    """An attempt's questions in its fixed order (any deleted since it began left out) and its answers so far."""

    questions: list[Question]
    answers: dict[uuid.UUID, Answer]


class PupilLink(NamedTuple):
    """An assessment published to one of the pupil's classes, with that class's window."""

    link: AssessmentClass
    assessment: Assessment
    class_name: str


# --- Which assessments a pupil may take --------------------------------------------------------------------

async def links_for_pupil(session: AsyncSession, pupil: User,
                          assessment_id: uuid.UUID | None = None) -> list[PupilLink]:
    """Every class of the pupil's that an assessment is published to (one assessment's, if given)."""
    stmt = (
        select(AssessmentClass, Assessment, SchoolClass.name)
        .join(Assessment, Assessment.id == AssessmentClass.assessment_id)
        .join(SchoolClass, SchoolClass.id == AssessmentClass.class_id)
        .join(ClassPupil, ClassPupil.class_id == AssessmentClass.class_id)
        .where(
            ClassPupil.pupil_id == pupil.id,
            Assessment.deleted_at.is_(None),
            Assessment.status.in_([AssessmentStatus.published, AssessmentStatus.archived]),
        )
    )
    if assessment_id is not None:
        stmt = stmt.where(Assessment.id == assessment_id)
    return [PupilLink(link, assessment, class_name) for link, assessment, class_name in await session.execute(stmt)]


def best_link(links: list[PupilLink]) -> PupilLink:
    """An open window if there is one, else the one that closes last (for the message)."""
    now = utcnow()
    open_link = next((row for row in links if is_open(row.link, now)), None)
    if open_link is not None:
        return open_link
    far = now + timedelta(days=36500)
    return max(links, key=lambda row: row.link.available_until or far)


def _when(moment: datetime) -> str:
    return moment.strftime("%A %-d %B at %H:%M")


async def open_assessment_for(session: AsyncSession, pupil: User, assessment_id: uuid.UUID) -> PupilLink:
    """The assessment set for one of the pupil's classes and open now; otherwise say why it cannot be taken."""
    links = await links_for_pupil(session, pupil, assessment_id)
    if not links:
        raise NotFound("This assessment is not set for any of your classes.")
    found = best_link(links)
    link, now = found.link, utcnow()
    if found.assessment.status == AssessmentStatus.archived:
        raise Forbidden("This assessment has finished. Your teacher has closed it.")
    if link.available_from and now < link.available_from:
        raise Forbidden(f"This assessment opens on {_when(link.available_from)}.")
    if link.available_until and now >= link.available_until:
        raise Forbidden(f"This assessment closed on {_when(link.available_until)}. Ask your teacher if you need "
                        "more time.")
    return found


# --- The pupil's own attempts and their questions ----------------------------------------------------------

async def own_attempt(session: AsyncSession, pupil_id: uuid.UUID, attempt_id: uuid.UUID, *,
                      need_open: bool) -> Attempt:
    """The pupil's attempt (and still open, if `need_open`); otherwise say what is wrong."""
    attempt = await session.get(Attempt, attempt_id)
    if attempt is None:
        raise NotFound("That attempt does not exist.")
    if attempt.pupil_id != pupil_id:
        raise Forbidden("This attempt belongs to someone else.")
    if need_open and attempt.status not in OPEN_STATUSES:
        raise Conflict(FINISHED)
    return attempt


async def hold_attempt(session: AsyncSession, attempt_id: uuid.UUID, *, need_open: bool) -> None:
    """Take the attempt's row for this transaction (its last activity is now): a submit's try, a submit's mark and
    finishing take turns on one attempt, so each sees what the one before it wrote (the tries, the totals). Make it
    the transaction's first write: on SQLite it then takes the write lock before anything is read for the change.
    With `need_open`, an attempt finished since it was read is refused as `own_attempt` refuses it."""
    stmt = update(Attempt).where(Attempt.id == attempt_id).values(last_activity_at=utcnow())
    if need_open:
        stmt = stmt.where(Attempt.status.in_(OPEN_STATUSES))
    held = await session.execute(stmt.execution_options(synchronize_session=False))
    if held.rowcount == 0:
        raise Conflict(FINISHED) if need_open else NotFound("That attempt does not exist.")


async def attempt_question(session: AsyncSession, attempt: Attempt, question_id: uuid.UUID) -> Question:
    """A question of this attempt, if it still exists."""
    if str(question_id) not in attempt.question_order:
        raise NotFound("That question is not part of this assessment.")
    question = await session.get(Question, question_id)
    if question is None:
        raise NotFound(QUESTION_REMOVED)
    return question


async def attempt_work(session: AsyncSession, attempt: Attempt) -> AttemptWork:
    """The attempt's questions and the pupil's answers to them."""
    ids = [uuid.UUID(q) for q in attempt.question_order]
    found = {q.id: q for q in (await session.execute(select(Question).where(Question.id.in_(ids)))).scalars()}
    answers = {
        a.question_id: a
        for a in (await session.execute(select(Answer).where(Answer.attempt_id == attempt.id))).scalars()
    }
    # A question missing here was deleted after the attempt began (only possible for unanswered questions).
    return AttemptWork([found[qid] for qid in ids if qid in found], answers)


async def time_ends_at(session: AsyncSession, attempt: Attempt, assessment: Assessment) -> datetime | None:
    """When this attempt's time ends: the earlier of its time limit (from when it started) and the closing of
    the window of the class it was started in; None when neither is set. Saves and submits are accepted until
    TIME_GRACE after it; what arrives later is kept as a late draft, never marked."""
    ends = []
    if assessment.time_limit_minutes:
        ends.append(attempt.started_at + timedelta(minutes=assessment.time_limit_minutes))
    closes = await session.scalar(
        select(AssessmentClass.available_until).where(
            AssessmentClass.assessment_id == assessment.id, AssessmentClass.class_id == attempt.class_id
        )
    )
    if closes is not None:
        ends.append(closes)
    return min(ends) if ends else None


def time_is_over(ends_at: datetime | None, now: datetime | None = None) -> bool:
    """Whether the time (with its grace period) has run out."""
    return ends_at is not None and (now or utcnow()) > ends_at + TIME_GRACE


# --- Tries and immediate feedback --------------------------------------------------------------------------

def allowed_tries(assessment: Assessment) -> int | None:
    """How many times a question may be submitted; None = no limit (or no feedback, so changes are free)."""
    if not feedback_on(assessment):
        return None
    if not assessment.allow_question_retry:
        return 1
    if assessment.max_question_retries == 0:
        return None
    return 1 + assessment.max_question_retries


def feedback_on(assessment: Assessment) -> bool:
    """Whether the pupil sees marks and feedback as they submit (the assessment's setting and the school's)."""
    return assessment.show_immediate_feedback and get_settings().enable_immediate_feedback


def is_locked(answer: Answer, assessment: Assessment) -> bool:
    """No more changes to this answer: right already, or no tries left."""
    if answer.submitted_at is None or not feedback_on(assessment):
        return False
    if answer.is_correct:
        return True
    limit = allowed_tries(assessment)
    return limit is not None and answer.tries >= limit
