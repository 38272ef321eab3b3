"""An attempt from start to finish: start or resume, what the pupil's screen shows, where they are, a break,
and finishing (everything not yet marked is marked, then totalled)."""

from __future__ import annotations

import random
import secrets
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import get_settings
from app.errors import Conflict
from app.models import (
    Answer,
    AnswerHistory,
    Assessment,
    AssessmentClass,
    Attempt,
    AttemptStatus,
    MarkingStatus,
    Question,
    User,
    utcnow,
)
from app.schemas.pupil import AnswerData, AttemptQuestion, AttemptSettings, AttemptView, SavedAnswer, Summary
from app.services.attempts.access import (
    OPEN_STATUSES,
    allowed_tries,
    attempt_work,
    feedback_on,
    is_locked,
    open_assessment_for,
    own_attempt,
)
from app.services.attempts.results import summary
from app.services.attempts.tries import answer_row, mark_try
from app.services.authoring.questions import option_rng, pupil_question
from app.services.core import rate_limit
from app.services.marking import scoring

NOT_ANSWERED = "This question was not answered."


# --- Start / resume ----------------------------------------------------------------------------------------

async def start(session: AsyncSession, *, pupil: User, assessment_id: uuid.UUID) -> AttemptView:
    """Resume the pupil's open attempt, or start a new one if attempts remain and the window is open."""
    found = await open_assessment_for(session, pupil, assessment_id)
    assessment = found.assessment
    attempts = (
        await session.execute(
            select(Attempt).where(Attempt.pupil_id == pupil.id, Attempt.assessment_id == assessment.id)
            .order_by(Attempt.attempt_number)
        )
    ).scalars().all()
    current = next((a for a in attempts if a.status in OPEN_STATUSES), None)
    if current is None:
        current = await _new_attempt(session, pupil=pupil, link=found.link, assessment=assessment, earlier=attempts)
        return await attempt_view(session, current, assessment, resumed=False)
    current.status = AttemptStatus.in_progress
    current.last_activity_at = utcnow()
    return await attempt_view(session, current, assessment, resumed=True)


async def _new_attempt(session: AsyncSession, *, pupil: User, link: AssessmentClass, assessment: Assessment,
                       earlier: Sequence[Attempt]) -> Attempt:
    """A fresh attempt, its questions in a fixed order (shuffled once, if the assessment says so)."""
    if len(earlier) >= assessment.max_attempts:
        raise Conflict(
            f"You have already finished this assessment ({len(earlier)} of {assessment.max_attempts} "
            f"attempt{'s' if assessment.max_attempts != 1 else ''} used). You can look at your results instead."
        )
    await rate_limit.hit(
        session, "attempt_start", str(pupil.id), limit=get_settings().rate_limit_attempts,
        window=timedelta(hours=1),
        message="You have started a lot of assessments in the last hour. Take a break and try again later.",
    )
    question_ids = (
        await session.execute(
            select(Question.id).where(Question.assessment_id == assessment.id).order_by(Question.position)
        )
    ).scalars().all()
    if not question_ids:
        raise Conflict("This assessment has no questions yet. Tell your teacher.")
    order = [str(qid) for qid in question_ids]
    if assessment.randomise_questions:
        random.Random(secrets.randbits(64)).shuffle(order)
    attempt = Attempt(
        pupil_id=pupil.id,
        assessment_id=assessment.id,
        class_id=link.class_id,
        attempt_number=(earlier[-1].attempt_number + 1) if earlier else 1,
        status=AttemptStatus.in_progress,
        started_at=utcnow(),
        last_activity_at=utcnow(),
        question_order=order,
        option_seed=(secrets.randbelow(2**31 - 2) + 1) if assessment.randomise_options else 0,
        current_index=0,
    )
    session.add(attempt)
    await session.flush()
    return attempt


# --- What the pupil's screen shows -------------------------------------------------------------------------

async def attempt_view(session: AsyncSession, attempt: Attempt, assessment: Assessment, *,
                       resumed: bool) -> AttemptView:
    """The questions in this attempt's fixed order, pupil-safe, with everything already saved."""
    work = await attempt_work(session, attempt)
    show_feedback = feedback_on(assessment)
    items = [
        _question_view(question, work.answers.get(question.id), assessment, number=number,
                       seed=attempt.option_seed or None, show_feedback=show_feedback)
        for number, question in enumerate(work.questions, start=1)
    ]
    ends_at = None
    if assessment.time_limit_minutes:
        ends_at = attempt.started_at + timedelta(minutes=assessment.time_limit_minutes)
    settings = AttemptSettings.model_validate(assessment)  # the assessment's own settings,
    settings.show_immediate_feedback = show_feedback  # but feedback only where the school allows it too
    return AttemptView(
        attempt_id=attempt.id,
        assessment_id=assessment.id,
        title=assessment.title,
        attempt_number=attempt.attempt_number,
        started_at=attempt.started_at,
        ends_at=ends_at,
        current_index=min(attempt.current_index, max(len(items) - 1, 0)),
        question_count=len(items),
        settings=settings,
        questions=items,
        resumed=resumed,
    )


def _question_view(question: Question, answer: Answer | None, assessment: Assessment, *, number: int,
                   seed: int | None, show_feedback: bool) -> AttemptQuestion:
    """One question as the pupil sees it, with what they have saved and the hint or easier version they chose."""
    shown = pupil_question(question, number=number, rng=option_rng(seed, question.id), include_hint=False)
    return AttemptQuestion(
        id=shown.id,
        number=shown.number,
        type=shown.type,
        question_text=shown.question_text,
        image_url=shown.image_url,
        image_alt=shown.image_alt,
        points=shown.points,
        view=shown.view,
        hint_available=bool(question.hint) and assessment.allow_hints,
        scaffold_available=bool(question.scaffold) and assessment.allow_hints,
        hint=question.hint if answer is not None and answer.hint_used else None,
        scaffold=shown.scaffold if answer is not None and answer.scaffold_used else None,
        saved=_saved(answer, assessment, show_feedback) if answer is not None else None,
    )


def _saved(answer: Answer, assessment: Assessment, show_feedback: bool) -> SavedAnswer:
    submitted = answer.submitted_at is not None
    visible = show_feedback and submitted and answer.released
    return SavedAnswer(
        answer_data=answer.answer_data,
        seq=answer.seq,
        status=answer.status.value,
        tries=answer.tries,
        hint_used=answer.hint_used,
        scaffold_used=answer.scaffold_used,
        submitted=submitted,
        locked=is_locked(answer, assessment),
        feedback=answer.feedback if (show_feedback and submitted) else None,
        score=answer.score if visible else None,
        is_correct=answer.is_correct if visible else None,
        is_partial=(answer.score is not None and 0 < answer.score < answer.max_score) if visible else None,
        details=answer.mark_details if visible else {},
    )


# --- Where the pupil is, and a break -----------------------------------------------------------------------

async def set_position(session: AsyncSession, *, pupil: User, attempt_id: uuid.UUID, index: int) -> None:
    """Remember which question the pupil is on, so they come back to exactly that screen."""
    attempt = await own_attempt(session, pupil.id, attempt_id, need_open=True)
    attempt.current_index = min(index, max(len(attempt.question_order) - 1, 0))
    attempt.last_activity_at = utcnow()


async def take_a_break(session: AsyncSession, *, pupil: User, attempt_id: uuid.UUID) -> None:
    """Everything is already saved; mark the attempt as paused so the dashboard offers to resume it."""
    attempt = await own_attempt(session, pupil.id, attempt_id, need_open=True)
    attempt.status = AttemptStatus.abandoned
    attempt.last_activity_at = utcnow()


# --- Finish ------------------------------------------------------------------------------------------------

async def complete(session: AsyncSession, *, pupil: User, attempt_id: uuid.UUID) -> Summary:
    """Finish the attempt: mark everything not yet marked (nothing typed is ignored), then total it up. Safe to
    repeat: a finished attempt just gives its summary again."""
    attempt = await own_attempt(session, pupil.id, attempt_id, need_open=False)
    if attempt.status != AttemptStatus.completed:
        await _finish(session, attempt)
    return await summary(session, attempt=attempt)


async def _finish(session: AsyncSession, attempt: Attempt) -> None:
    assessment = await session.get(Assessment, attempt.assessment_id)
    work = await attempt_work(session, attempt)
    last_tries = await _last_tries(session, attempt)
    now = utcnow()
    limit = allowed_tries(assessment)
    for question in work.questions:
        answer = work.answers.get(question.id)
        if answer is None:
            answer = await answer_row(session, attempt, question)
        unsubmitted = answer.submitted_at is None
        if unsubmitted and _is_empty(answer.answer_data):
            _not_answered(answer, question, now)
        elif unsubmitted or _changed_since_marked(answer, question, last_tries.get(answer.id), limit):
            answer.submitted_at = now
            await mark_try(session, answer, question)
    attempt.status = AttemptStatus.completed
    attempt.completed_at = now
    attempt.last_activity_at = now
    attempt.time_taken_seconds = int((now - attempt.started_at).total_seconds())
    await session.flush()
    await scoring.recompute_attempt(session, attempt)


async def _last_tries(session: AsyncSession, attempt: Attempt) -> dict[uuid.UUID, AnswerData | None]:
    """The answer each try last submitted (answer id → its answer data), to see what has changed since."""
    rows = await session.execute(
        select(AnswerHistory.answer_id, AnswerHistory.answer_data)
        .join(Answer, Answer.id == AnswerHistory.answer_id)
        .where(Answer.attempt_id == attempt.id)
        .order_by(AnswerHistory.try_number)
    )
    return {answer_id: data for answer_id, data in rows}  # in try order, so the last try is kept


def _changed_since_marked(answer: Answer, question: Question, last_try: AnswerData | None, limit: int | None) -> bool:
    """A submitted answer changed since its last try, and another try is allowed: it is marked again."""
    return (answer.answer_data != last_try and not answer.is_correct and (limit is None or answer.tries < limit)
            and (question.type != "extended_text" or answer.released))


def _not_answered(answer: Answer, question: Question, now: datetime) -> None:
    answer.status = MarkingStatus.marked
    answer.score, answer.is_correct, answer.max_score = 0.0, False, float(question.points)
    answer.released, answer.released_at, answer.marked_at = True, now, now
    answer.feedback = NOT_ANSWERED


def _is_empty(data: AnswerData | None) -> bool:
    if not data:
        return True
    return all(value in (None, "", [], {}) for value in data.values())
