"""Answering a question: submitting an answer to be marked now, asking for the hint or the easier version, and
running code against the visible tests."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy.ext.asyncio import AsyncSession

from app import question_types as engine
from app import sandbox
from app.config import get_settings
from app.errors import Conflict, Forbidden, Invalid, NotFound
from app.models import Answer, Assessment, Attempt, Question, User, utcnow
from app.schemas.pupil import AnswerData, HintOut, RunOut, ScaffoldOut, SubmitOut
from app.services.attempts.access import allowed_tries, attempt_question, feedback_on, is_locked, own_attempt
from app.services.attempts.tries import MAX_ELAPSED_SECONDS, answer_row, mark_try
from app.services.authoring.questions import option_rng
from app.services.core import rate_limit
from app.services.marking import scoring

SAVED = "Your answer is saved."


class _Question(NamedTuple):
    """A question of one of the pupil's open attempts, with the attempt and its assessment."""

    attempt: Attempt
    question: Question
    assessment: Assessment


async def _open_question(session: AsyncSession, pupil: User, attempt_id: uuid.UUID,
                         question_id: uuid.UUID) -> _Question:
    attempt = await own_attempt(session, pupil.id, attempt_id, need_open=True)
    question = await attempt_question(session, attempt, question_id)
    return _Question(attempt, question, await session.get(Assessment, attempt.assessment_id))


# --- Submit ------------------------------------------------------------------------------------------------

async def submit(
    session: AsyncSession, *, pupil: User, attempt_id: uuid.UUID, question_id: uuid.UUID,
    answer_data: AnswerData | None, seq: int | None, elapsed_seconds: int | None,
) -> SubmitOut:
    """Mark one answer now. Every try goes to the answer history; retries follow the assessment's settings."""
    attempt, question, assessment = await _open_question(session, pupil, attempt_id, question_id)
    answer = await answer_row(session, attempt, question)
    _check_can_submit(answer, question, assessment)
    now = utcnow()
    _take_answer(answer, answer_data=answer_data, seq=seq, elapsed_seconds=elapsed_seconds, now=now)
    result = await mark_try(session, answer, question)
    attempt.last_activity_at = now
    await session.flush()
    await scoring.recompute_attempt(session, attempt)
    return _reply(answer, assessment, awaiting_marking=result.awaiting_marking)


def _check_can_submit(answer: Answer, question: Question, assessment: Assessment) -> None:
    """Refuse a try the assessment's settings do not allow."""
    if feedback_on(assessment) and answer.is_correct and answer.submitted_at is not None:
        raise Conflict("You have already answered this question correctly. Go on to the next question.")
    limit = allowed_tries(assessment)
    if limit is not None and answer.tries >= limit:
        raise Conflict("You have used all your tries for this question. Go on to the next question.")
    if question.type == "extended_text" and answer.submitted_at is not None and not answer.released:
        raise Conflict("Your teacher has not looked at your last draft yet. You can improve it when you have "
                       "your feedback.")


def _take_answer(answer: Answer, *, answer_data: AnswerData | None, seq: int | None,
                 elapsed_seconds: int | None, now: datetime) -> None:
    """The submitted answer becomes the saved one (a later seq than any autosave's keeps autosaves behind it)."""
    answer.answer_data = answer_data
    if seq is not None and seq > answer.seq:
        answer.seq = seq
    if elapsed_seconds:
        answer.time_taken_seconds = max(answer.time_taken_seconds, min(elapsed_seconds, MAX_ELAPSED_SECONDS))
    answer.first_answered_at = answer.first_answered_at or now
    answer.last_answered_at = now
    answer.submitted_at = now


def _reply(answer: Answer, assessment: Assessment, *, awaiting_marking: bool) -> SubmitOut:
    """What the pupil is told: only that it is saved, unless the assessment gives feedback straight away."""
    if not feedback_on(assessment):
        return SubmitOut(saved=True, feedback_shown=False, message=SAVED, tries=answer.tries, tries_left=None,
                         can_retry=False, locked=False)
    limit = allowed_tries(assessment)
    tries_left = None if limit is None else max(0, limit - answer.tries)
    locked = is_locked(answer, assessment)
    if awaiting_marking:
        return SubmitOut(saved=True, feedback_shown=True, message=scoring.AWAITING_MESSAGE, awaiting_marking=True,
                         feedback=answer.feedback, tries=answer.tries, tries_left=tries_left, can_retry=False,
                         locked=locked, max_score=answer.max_score)
    can_retry = not answer.is_correct and not locked
    return SubmitOut(
        saved=True,
        feedback_shown=True,
        message=_try_again(tries_left) if can_retry else SAVED,
        score=answer.score,
        max_score=answer.max_score,
        is_correct=answer.is_correct,
        is_partial=bool(answer.score and not answer.is_correct),
        awaiting_marking=False,
        feedback=answer.feedback,
        details=answer.mark_details,
        tries=answer.tries,
        tries_left=tries_left,
        can_retry=can_retry,
        locked=locked,
    )


def _try_again(tries_left: int | None) -> str:
    if tries_left is None:
        return "You can try again."
    return f"You can try again. You have {tries_left} more {'try' if tries_left == 1 else 'tries'}."


# --- Hints and easier versions -----------------------------------------------------------------------------

async def use_hint(session: AsyncSession, *, pupil: User, attempt_id: uuid.UUID, question_id: uuid.UUID) -> HintOut:
    """Show the hint and record that it was used (it never changes the score)."""
    attempt, question, assessment = await _open_question(session, pupil, attempt_id, question_id)
    if not assessment.allow_hints:
        raise Forbidden("Hints are switched off for this assessment.")
    if not question.hint:
        raise NotFound("This question does not have a hint.")
    answer = await answer_row(session, attempt, question)
    answer.hint_used = True
    return HintOut(hint=question.hint)


async def use_scaffold(session: AsyncSession, *, pupil: User, attempt_id: uuid.UUID,
                       question_id: uuid.UUID) -> ScaffoldOut:
    """Switch this question to its easier version (recorded; the pupil answers the easier version)."""
    attempt, question, assessment = await _open_question(session, pupil, attempt_id, question_id)
    if not assessment.allow_hints:
        raise Forbidden("Easier versions are switched off for this assessment.")
    if not question.scaffold:
        raise NotFound("This question does not have an easier version.")
    answer = await answer_row(session, attempt, question)
    if answer.submitted_at is not None and not answer.scaffold_used:
        raise Conflict("You have already submitted an answer to this question, so it cannot change to the easier "
                       "version now.")
    if not answer.scaffold_used:
        answer.scaffold_used = True
        answer.answer_data = None  # the easier version has its own kind of answer
    scaffold = question.scaffold
    return ScaffoldOut(
        type=scaffold["type"],
        question_text=scaffold["question_text"],
        view=engine.pupil_view(scaffold["config"], option_rng(attempt.option_seed or None, question.id)),
    )


# --- Running code ------------------------------------------------------------------------------------------

async def run_code(session: AsyncSession, *, pupil: User, attempt_id: uuid.UUID, question_id: uuid.UUID,
                   code: str) -> RunOut:
    """Run the pupil's code against the visible tests only (hidden tests run when it is marked)."""
    attempt = await own_attempt(session, pupil.id, attempt_id, need_open=True)
    question = await attempt_question(session, attempt, question_id)
    answer = await answer_row(session, attempt, question)
    config = scoring.config_for(question, answer)
    if config.get("type") not in ("python_code", "code_debug"):
        raise Invalid("Only code questions can be run.")
    await rate_limit.hit(
        session, "code_run", str(pupil.id), limit=get_settings().rate_limit_code_runs, window=timedelta(minutes=1),
        message="You have run your code a lot in the last minute. Wait a moment, read your code, then try again.",
    )
    return RunOut.model_validate(await engine.run_code(config, {"code": code}, sandbox=sandbox))
