"""An attempt from start to finish: start or resume, what the pupil's screen shows, where they are, a break,
and the pupil's own Finish (app.services.attempts.finishing does the marking and totalling)."""

from __future__ import annotations

import random
import secrets
import uuid
from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.config import get_settings
from app.errors import Conflict
from app.models import (
    Answer,
    Assessment,
    Attempt,
    AttemptEnd,
    AttemptStatus,
    Question,
    User,
    utcnow,
)
from app.schemas.pupil import AttemptQuestion, AttemptSettings, AttemptView, SavedAnswer, Summary
from app.services.attempts import finishing, keys
from app.services.attempts.access import (
    OPEN_STATUSES,
    PupilLink,
    attempt_work,
    feedback_on,
    is_locked,
    limit_ends_at,
    open_assessment_for,
    own_attempt,
    pupil_time_limit,
)
from app.services.authoring.questions import option_rng, pupil_question
from app.services.core import rate_limit
from app.services.marking import scoring

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
        current = await _new_attempt(session, pupil=pupil, link=found, assessment=assessment, earlier=attempts)
        return await attempt_view(session, current, assessment, resumed=False)
    current.status = AttemptStatus.in_progress
    current.last_activity_at = utcnow()
    return await attempt_view(session, current, assessment, resumed=True)


async def _new_attempt(session: AsyncSession, *, pupil: User, link: PupilLink, assessment: Assessment,
                       earlier: Sequence[Attempt]) -> Attempt:
    """A fresh attempt, its questions in a fixed order (shuffled once, if the assessment says so)."""
    allowed = link.attempts_allowed  # with the extra attempts of the pupil's extension, if they have one
    if len(earlier) >= allowed:
        raise Conflict(
            f"You have already finished this assessment ({len(earlier)} of {allowed} "
            f"attempt{'s' if allowed != 1 else ''} used). You can look at your results instead."
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
        class_id=link.link.class_id,
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
    rules = await keys.open_attempt_rules(session, attempt, assessment)
    items = [
        _question_view(question, work.answers.get(question.id), assessment, number=number,
                       seed=attempt.option_seed or None, show_feedback=show_feedback, rules=rules)
        for number, question in enumerate(work.questions, start=1)
    ]
    pupil = await session.get(User, attempt.pupil_id)
    minutes = pupil_time_limit(assessment.time_limit_minutes, pupil.access_arrangements)  # with their extra time
    settings = AttemptSettings.model_validate(assessment)  # the assessment's own settings,
    settings.show_immediate_feedback = show_feedback  # but feedback only where the school allows it too
    settings.time_limit_minutes = minutes
    return AttemptView(
        attempt_id=attempt.id,
        assessment_id=assessment.id,
        title=assessment.title,
        attempt_number=attempt.attempt_number,
        started_at=attempt.started_at,
        ends_at=limit_ends_at(attempt, minutes),
        current_index=min(attempt.current_index, max(len(items) - 1, 0)),
        question_count=len(items),
        settings=settings,
        questions=items,
        resumed=resumed,
    )


def _question_view(question: Question, answer: Answer | None, assessment: Assessment, *, number: int,
                   seed: int | None, show_feedback: bool, rules: keys.OpenAttemptRules) -> AttemptQuestion:
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
        saved=_saved(question, answer, assessment, show_feedback, rules) if answer is not None else None,
    )


def _saved(question: Question, answer: Answer, assessment: Assessment, show_feedback: bool,
           rules: keys.OpenAttemptRules) -> SavedAnswer:
    submitted = answer.submitted_at is not None
    visible = show_feedback and submitted and answer.released
    shown = keys.open_attempt_mark(answer, scoring.config_for(question, answer), assessment, rules,
                                   question_type=question.type) if visible else None
    return SavedAnswer(
        answer_data=answer.answer_data,
        seq=answer.seq,
        status=answer.status.value,
        tries=answer.tries,
        hint_used=answer.hint_used,
        scaffold_used=answer.scaffold_used,
        submitted=submitted,
        locked=is_locked(answer, assessment, question.type),
        feedback=(shown.feedback if shown else answer.feedback) if (show_feedback and submitted) else None,
        score=answer.score if visible else None,
        is_correct=answer.is_correct if visible else None,
        is_partial=(answer.score is not None and 0 < answer.score < answer.max_score) if visible else None,
        details=shown.details if shown else {},
        answer_key=shown.answer_key if shown else None,
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

async def complete(sessions: async_sessionmaker[AsyncSession], *, pupil: User, attempt_id: uuid.UUID) -> Summary:
    """The pupil presses Finish: everything not yet marked is marked, then totalled. Safe to repeat: a finished
    attempt (by them, their teacher or the closing of its window) just gives its summary again."""

    async def mine(session: AsyncSession) -> Attempt:
        return await own_attempt(session, pupil.id, attempt_id, need_open=False)

    ended = await finishing.finish(sessions, mine, end=AttemptEnd.pupil)
    return ended.summary
