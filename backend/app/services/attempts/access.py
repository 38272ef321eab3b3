"""What a pupil may touch: the assessments set for their classes (and whether one is open now), their own
attempts and the questions in them, and the rules for tries and immediate feedback."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy import ColumnElement, and_, func, select, update
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
    Extension,
    MarkingStatus,
    Question,
    SchoolClass,
    User,
    utcnow,
)
from app.schemas.access import AccessArrangements
from app.utils.dates import school_time

OPEN_STATUSES = (AttemptStatus.in_progress, AttemptStatus.abandoned)
# Saves and submits that arrive this long after the time ends still count: a slow network, a last keystroke.
TIME_GRACE = timedelta(seconds=60)
FINISHED = "This assessment is already finished, so answers can no longer change."
QUESTION_REMOVED = "That question has been removed by your teacher."
# What a pupil is told when something arrives after the time (and its grace) ended: literal, and no blame.
TIME_OVER = "The time for this assessment has ended. Your answers were saved."
KEPT_BY_TEACHER = "Your teacher has marked this answer, so it stays as it is. Go on to the next question."
# Written answers are drafts: a teacher's mark on one is feedback to improve on, and the next draft goes back to the
# teacher, so it never silently replaces their mark.
DRAFTED_TYPES = frozenset({"extended_text"})


class AttemptWork(NamedTuple):
    """An attempt's questions in its fixed order (any deleted since it began left out) and its answers so far."""

    questions: list[Question]
    answers: dict[uuid.UUID, Answer]


class PupilLink(NamedTuple):
    """An assessment published to one of the pupil's classes, with that class's window and this pupil's own
    extension of it (a later closing time, extra attempts), if a teacher gave one."""

    link: AssessmentClass
    assessment: Assessment
    class_name: str
    closes_at: datetime | None  # the pupil's closing time: their extension's, else the class's
    extra_attempts: int
    class_closed: bool = False  # a class of a school year that has ended: no attempts through it

    def is_open(self, now: datetime | None = None) -> bool:
        """Whether the pupil may take the assessment now: the class window has opened and theirs has not closed
        (and the class's school year has not ended)."""
        if self.class_closed:
            return False
        now = now or utcnow()
        opens = self.link.available_from
        return (opens is None or opens <= now) and (self.closes_at is None or now < self.closes_at)

    @property
    def attempts_allowed(self) -> int:
        return self.assessment.max_attempts + self.extra_attempts


# --- Which assessments a pupil may take --------------------------------------------------------------------

async def links_for_pupil(session: AsyncSession, pupil: User,
                          assessment_id: uuid.UUID | None = None) -> list[PupilLink]:
    """Every class of the pupil's that an assessment is published to (one assessment's, if given)."""
    stmt = (
        select(AssessmentClass, Assessment, SchoolClass.name, Extension.available_until, Extension.extra_attempts,
               SchoolClass.closed_at)
        .join(Assessment, Assessment.id == AssessmentClass.assessment_id)
        .join(SchoolClass, SchoolClass.id == AssessmentClass.class_id)
        .join(ClassPupil, ClassPupil.class_id == AssessmentClass.class_id)
        .outerjoin(Extension, extension_of(AssessmentClass.assessment_id, AssessmentClass.class_id,
                                            ClassPupil.pupil_id))
        .where(
            ClassPupil.pupil_id == pupil.id,
            Assessment.deleted_at.is_(None),
            Assessment.status.in_([AssessmentStatus.published, AssessmentStatus.archived]),
        )
    )
    if assessment_id is not None:
        stmt = stmt.where(Assessment.id == assessment_id)
    return [
        PupilLink(link, assessment, class_name, extended_until or link.available_until, extra or 0, closed is not None)
        for link, assessment, class_name, extended_until, extra, closed in await session.execute(stmt)
    ]


def extension_of(assessment_id: ColumnElement[uuid.UUID] | uuid.UUID, class_id: ColumnElement[uuid.UUID] | uuid.UUID,
                  pupil_id: ColumnElement[uuid.UUID] | uuid.UUID) -> ColumnElement[bool]:
    """The join to one pupil's extension of one class's window (at most one: a unique key)."""
    return and_(Extension.assessment_id == assessment_id, Extension.class_id == class_id,
                Extension.pupil_id == pupil_id)


def best_link(links: list[PupilLink]) -> PupilLink:
    """An open window if there is one, else the one that closes last (for the message), this year's classes
    before last year's."""
    now = utcnow()
    open_link = next((row for row in links if row.is_open(now)), None)
    if open_link is not None:
        return open_link
    far = now + timedelta(days=36500)
    return max(links, key=lambda row: (not row.class_closed, row.closes_at or far))


def when(moment: datetime) -> str:
    """A moment as a pupil or teacher reads it, in the school's time: "Monday 7 December at 15:30"."""
    return school_time(moment).strftime("%A %-d %B at %H:%M")


async def open_assessment_for(session: AsyncSession, pupil: User, assessment_id: uuid.UUID) -> PupilLink:
    """The assessment set for one of the pupil's classes and open now; otherwise say why it cannot be taken."""
    links = await links_for_pupil(session, pupil, assessment_id)
    if not links:
        raise NotFound("This assessment is not set for any of your classes.")
    found = best_link(links)
    link, now = found.link, utcnow()
    if found.assessment.status == AssessmentStatus.archived:
        raise Forbidden("This assessment has finished. Your teacher has closed it.")
    if found.class_closed:
        raise Forbidden(f"This assessment was set for {found.class_name} last school year, so it cannot be done "
                        "now. Your answers and results from then are kept.")
    if link.available_from and now < link.available_from:
        raise Forbidden(f"This assessment opens on {when(link.available_from)}.")
    if found.closes_at and now >= found.closes_at:
        raise Forbidden(f"This assessment closed on {when(found.closes_at)}. Ask your teacher if you need "
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


def pupil_time_limit(minutes: int | None, arrangements: dict | None) -> int | None:
    """An assessment's time limit in minutes for one pupil: with the extra time of their access arrangements."""
    return AccessArrangements.of(arrangements).minutes_with_extra_time(minutes) if minutes else None


def limit_ends_at(attempt: Attempt, minutes: int | None) -> datetime | None:
    """When the attempt's time limit (already with the pupil's extra time) runs out, counted from its start."""
    return attempt.started_at + timedelta(minutes=minutes) if minutes else None


async def time_ends_at(session: AsyncSession, attempt: Attempt, assessment: Assessment) -> datetime | None:
    """When this attempt's time ends: the earlier of its time limit (from when it started, with the pupil's extra
    time) and the pupil's closing of the window of the class it was started in (their extension's, else the
    class's); None when neither is set. Saves and submits are accepted until TIME_GRACE after it; what arrives
    later is kept as a late draft, never marked. (autosave._time_over says the same in SQL.)"""
    row = (await session.execute(
        select(User.access_arrangements, func.coalesce(Extension.available_until, AssessmentClass.available_until))
        .select_from(User)
        .outerjoin(AssessmentClass, and_(AssessmentClass.assessment_id == assessment.id,
                                         AssessmentClass.class_id == attempt.class_id))
        .outerjoin(Extension, extension_of(assessment.id, attempt.class_id, User.id))
        .where(User.id == attempt.pupil_id)
    )).one()
    arrangements, closes = row
    limit = limit_ends_at(attempt, pupil_time_limit(assessment.time_limit_minutes, arrangements))
    ends = [end for end in (limit, closes) if end]
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


def teacher_keeps(answer: Answer, question_type: str) -> bool:
    """A mark a teacher gave or corrected stands: the pupil cannot change that answer any more (an attempt reopened
    after a correction keeps it), except a written question's draft, which they may improve for the teacher to mark
    again."""
    return (answer.submitted_at is not None and answer.status == MarkingStatus.teacher_marked
            and question_type not in DRAFTED_TYPES)


def is_locked(answer: Answer, assessment: Assessment, question_type: str) -> bool:
    """No more changes to this answer to a question of `question_type`: a teacher's mark stands, right already, or
    no tries left."""
    if teacher_keeps(answer, question_type):
        return True
    if answer.submitted_at is None or not feedback_on(assessment):
        return False
    if answer.is_correct:
        return True
    limit = allowed_tries(assessment)
    return limit is not None and answer.tries >= limit
