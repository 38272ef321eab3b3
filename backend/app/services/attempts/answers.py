"""Answering a question: submitting an answer to be marked now, asking for the hint or the easier version, and
running code against the visible tests."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app import question_types as engine
from app import sandbox
from app.config import get_settings
from app.db import session_scope
from app.errors import Conflict, Forbidden, Invalid, NotFound, TooLarge
from app.models import Answer, Assessment, Attempt, Question, User, utcnow
from app.question_types import Mark
from app.question_types.stored import StoredConfig
from app.schemas.pupil import AnswerData, HintOut, RunOut, ScaffoldOut, SubmitOut
from app.services.attempts import autosave, keys
from app.services.attempts.access import (
    KEPT_BY_TEACHER,
    QUESTION_REMOVED,
    TIME_OVER,
    allowed_tries,
    attempt_question,
    feedback_on,
    hold_attempt,
    is_locked,
    own_attempt,
    teacher_keeps,
    time_ends_at,
    time_is_over,
)
from app.services.attempts.tries import (
    MAX_ELAPSED_SECONDS,
    answer_row,
    claim_try,
    find_answer,
    give_back_try,
    keep_late,
    record_try,
)
from app.services.authoring.questions import option_rng
from app.services.core import rate_limit
from app.services.marking import scoring

SAVED = "Your answer is saved."
NO_TRIES_LEFT = "You have used all your tries for this question. Go on to the next question."
# A code answer is marked again if its key changes while the code runs; this many times at most.
MARKING_ROUNDS = 3


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

def _size(answer_data: AnswerData | None) -> int:
    """The answer's size as JSON, for the answer types' size limits (the autosave measures the bytes sent)."""
    return len(json.dumps(answer_data, separators=(",", ":"), ensure_ascii=False).encode())


class _Claim(NamedTuple):
    """A try taken at a code answer, to be marked by running the code with no session open."""

    attempt_id: uuid.UUID
    answer_id: uuid.UUID
    question_id: uuid.UUID
    try_number: int
    answer_data: AnswerData | None  # what this try submitted
    config: StoredConfig  # the key it is marked against
    points: float
    submitted_before: datetime | None  # to give the try back if the code could not be run at all


async def submit(
    sessions: async_sessionmaker[AsyncSession], *, pupil: User, attempt_id: uuid.UUID, question_id: uuid.UUID,
    answer_data: AnswerData | None, seq: int | None, elapsed_seconds: int | None, page: str | None = None,
) -> SubmitOut:
    """Mark one answer now. Every try goes to the answer history; retries follow the assessment's settings.

    The try is taken — and marked, unless the answer is code — in one short transaction. Code is run with no
    session open, and its mark is stored in a second short transaction."""
    async with session_scope(sessions) as session:
        taken = await _take_try(session, pupil=pupil, attempt_id=attempt_id, question_id=question_id,
                                answer_data=answer_data, seq=seq, elapsed_seconds=elapsed_seconds, page=page)
    if isinstance(taken, SubmitOut):
        return taken
    return await _mark_code(sessions, taken)


async def _take_try(
    session: AsyncSession, *, pupil: User, attempt_id: uuid.UUID, question_id: uuid.UUID,
    answer_data: AnswerData | None, seq: int | None, elapsed_seconds: int | None, page: str | None,
) -> SubmitOut | _Claim:
    """Take one try at the answer: marked here (the reply), or, for code, a claim to mark outside the transaction.
    After the time has ended what was sent is kept as a late draft instead, and the pupil is told."""
    attempt, question, assessment = await _open_question(session, pupil, attempt_id, question_id)
    await hold_attempt(session, attempt.id, need_open=True)
    answer = await answer_row(session, attempt, question)
    config = scoring.config_for(question, answer)
    if engine.answer_problem(config["type"], answer_data, _size(answer_data)) == engine.TOO_LONG:
        raise TooLarge(autosave.TOO_LONG, error="AnswerTooLong")  # not even kept as a late draft
    now = utcnow()
    if time_is_over(await time_ends_at(session, attempt, assessment), now):
        keep_late(answer, answer_data, now)
        raise Conflict(TIME_OVER, error="TimeOver", keep_changes=True)
    if teacher_keeps(answer, question.type):
        raise Conflict(KEPT_BY_TEACHER)
    marked = None  # a malformed answer is refused (422) before a try is taken
    if engine.needs_sandbox(config["type"]):
        engine.parse_answer(config["type"], answer_data)
    else:
        marked = await scoring.mark(question, answer_data, answer=answer, strict=True)
    submitted_before = answer.submitted_at
    await _claim(session, answer, question, assessment)
    _take_answer(answer, answer_data=answer_data, seq=seq, elapsed_seconds=elapsed_seconds, now=now, page=page)
    if marked is None:
        return _Claim(attempt.id, answer.id, question.id, answer.tries, answer_data, config, float(question.points),
                      submitted_before)
    await record_try(session, answer, question, marked, answer_data=answer_data)
    await session.flush()
    await scoring.recompute_attempt(session, attempt)
    rules = await keys.open_attempt_rules(session, attempt, assessment)
    return _reply(answer, config, assessment, rules, question_type=question.type,
                  awaiting_marking=marked.awaiting_marking)


async def _claim(session: AsyncSession, answer: Answer, question: Question, assessment: Assessment) -> None:
    """Take one more try (atomically: requests arriving together cannot take more than the settings allow), or
    refuse it with what the pupil can do instead."""
    if await claim_try(session, answer, limit=allowed_tries(assessment), stop_when_right=feedback_on(assessment),
                       draft_waits_for_teacher=question.type == "extended_text"):
        return
    _check_can_submit(answer, question, assessment)  # says which rule refused it
    raise Conflict(NO_TRIES_LEFT)


def _check_can_submit(answer: Answer, question: Question, assessment: Assessment) -> None:
    """Refuse a try the assessment's settings do not allow."""
    if feedback_on(assessment) and answer.is_correct and answer.submitted_at is not None:
        raise Conflict("You have already answered this question correctly. Go on to the next question.")
    limit = allowed_tries(assessment)
    if limit is not None and answer.tries >= limit:
        raise Conflict(NO_TRIES_LEFT)
    if question.type == "extended_text" and answer.submitted_at is not None and not answer.released:
        raise Conflict("Your teacher has not looked at your last draft yet. You can improve it when you have "
                       "your feedback.")


def _take_answer(answer: Answer, *, answer_data: AnswerData | None, seq: int | None,
                 elapsed_seconds: int | None, now: datetime, page: str | None) -> None:
    """The submitted answer becomes the saved one, and its page the one whose saves it orders (a later seq than
    any autosave's keeps that page's older autosaves behind it; another page's next save wins, as for autosave)."""
    answer.answer_data = answer_data
    if seq is not None and (page != answer.page_id or seq > answer.seq):
        answer.seq = seq  # another page's counter means nothing to this page's saves
    answer.page_id = page
    if elapsed_seconds:
        answer.time_taken_seconds = max(answer.time_taken_seconds, min(elapsed_seconds, MAX_ELAPSED_SECONDS))
    answer.first_answered_at = answer.first_answered_at or now
    answer.last_answered_at = now
    answer.submitted_at = now


async def _mark_code(sessions: async_sessionmaker[AsyncSession], claim: _Claim) -> SubmitOut:
    """Run the code of a claimed try (no session open), then store its mark. If the teacher changed the question's
    key while it ran, it is marked again against the new key."""
    for _round in range(MARKING_ROUNDS):
        result = await _run_for_mark(sessions, claim)
        async with session_scope(sessions) as session:
            stored = await _store_code_mark(session, claim, result)
        if isinstance(stored, SubmitOut):
            return stored
        claim = stored
    async with session_scope(sessions) as session:
        await give_back_try(session, claim.answer_id, try_number=claim.try_number,
                            submitted_before=claim.submitted_before)
    raise Conflict("Your teacher changed this question while your answer was being marked. Your answer is saved. "
                   "Submit it again.")


async def _run_for_mark(sessions: async_sessionmaker[AsyncSession], claim: _Claim) -> Mark:
    """Mark the claimed try by running its code; if that cannot happen at all, the try is given back."""
    try:
        return await scoring.mark_config(claim.config, claim.answer_data, claim.points, strict=True)
    except Exception:
        async with session_scope(sessions) as session:
            await give_back_try(session, claim.answer_id, try_number=claim.try_number,
                                submitted_before=claim.submitted_before)
        raise


async def _store_code_mark(session: AsyncSession, claim: _Claim, result: Mark) -> SubmitOut | _Claim:
    """Store the mark of a claimed try, minding what changed while its code ran: the attempt may have been
    finished (the try was taken in time, so its mark counts), a later try may have been taken (that one's mark is
    the answer's; this one goes to the history), the key may have changed (the claim comes back with the new key,
    to be marked again) or the question removed."""
    await hold_attempt(session, claim.attempt_id, need_open=False)
    answer = await session.get(Answer, claim.answer_id)
    question = await session.get(Question, claim.question_id)
    if answer is None or question is None:
        raise NotFound(QUESTION_REMOVED)
    config = scoring.config_for(question, answer)
    if config != claim.config or float(question.points) != claim.points:
        return claim._replace(config=config, points=float(question.points))
    attempt = await session.get(Attempt, claim.attempt_id)
    assessment = await session.get(Assessment, attempt.assessment_id)
    tried = answer if answer.tries == claim.try_number else _as_tried(answer, claim)
    await record_try(session, tried, question, result, answer_data=claim.answer_data)
    await session.flush()
    await scoring.recompute_attempt(session, attempt)
    rules = await keys.open_attempt_rules(session, attempt, assessment)
    return _reply(tried, config, assessment, rules, question_type=question.type,
                  awaiting_marking=result.awaiting_marking)


def _as_tried(answer: Answer, claim: _Claim) -> Answer:
    """The answer as one try left it (not stored: the answer keeps the mark of the later try taken since), for
    that try's history and its reply."""
    return Answer(id=answer.id, attempt_id=answer.attempt_id, question_id=answer.question_id,
                  answer_data=claim.answer_data, tries=claim.try_number, hint_used=answer.hint_used,
                  scaffold_used=answer.scaffold_used, submitted_at=answer.submitted_at, max_score=answer.max_score,
                  released=False, mark_details={})


def _reply(answer: Answer, config: StoredConfig, assessment: Assessment, rules: keys.OpenAttemptRules, *,
           question_type: str, awaiting_marking: bool) -> SubmitOut:
    """What the pupil is told: only that it is saved, unless the assessment gives feedback straight away."""
    if not feedback_on(assessment):
        return SubmitOut(saved=True, feedback_shown=False, message=SAVED, tries=answer.tries, tries_left=None,
                         can_retry=False, locked=False)
    limit = allowed_tries(assessment)
    tries_left = None if limit is None else max(0, limit - answer.tries)
    locked = is_locked(answer, assessment, question_type)
    if awaiting_marking:
        return SubmitOut(saved=True, feedback_shown=True, message=scoring.AWAITING_MESSAGE, awaiting_marking=True,
                         feedback=answer.feedback, tries=answer.tries, tries_left=tries_left, can_retry=False,
                         locked=locked, max_score=answer.max_score)
    can_retry = not answer.is_correct and not locked
    shown = keys.open_attempt_mark(answer, config, assessment, rules, question_type=question_type)
    return SubmitOut(
        saved=True,
        feedback_shown=True,
        message=_try_again(tries_left) if can_retry else _credited(answer),
        score=answer.score,
        max_score=answer.max_score,
        is_correct=answer.is_correct,
        is_partial=bool(answer.score and not answer.is_correct),
        awaiting_marking=False,
        feedback=shown.feedback,
        details=shown.details,
        answer_key=shown.answer_key,
        tries=answer.tries,
        tries_left=tries_left,
        can_retry=can_retry,
        locked=locked,
    )


def _credited(answer: Answer) -> str:
    """Saved; and, for an answer right after its first try that earns less than its whole mark (the assessment's
    retry credit), what it counts for and why."""
    if not answer.is_correct or answer.tries <= 1 or answer.score is None or answer.score >= answer.max_score:
        return SAVED
    return (f"{SAVED} It counts for {_marks(answer.score)} of {_marks(answer.max_score)} marks, because it was not "
            "your first try.")


def _marks(value: float) -> str:
    return f"{value:g}"


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

async def run_code(sessions: async_sessionmaker[AsyncSession], *, pupil: User, attempt_id: uuid.UUID,
                   question_id: uuid.UUID, code: str) -> RunOut:
    """Run the pupil's code against the visible tests only (hidden tests run when it is marked). The code runs with
    no session open, and nothing is stored but the rate limit's count, so pressing Run twice simply runs twice."""
    async with session_scope(sessions) as session:
        config = await _code_to_run(session, pupil, attempt_id, question_id)
    await rate_limit.take(
        sessions, "code_run", str(pupil.id), limit=get_settings().rate_limit_code_runs, window=timedelta(minutes=1),
        message="You have run your code a lot in the last minute. Wait a moment, read your code, then try again.",
    )
    return RunOut.model_validate(await engine.run_code(config, {"code": code}, sandbox=sandbox))


async def _code_to_run(session: AsyncSession, pupil: User, attempt_id: uuid.UUID,
                       question_id: uuid.UUID) -> StoredConfig:
    """The key the code is run against (the easier version's, if the pupil chose it); only code questions run."""
    attempt = await own_attempt(session, pupil.id, attempt_id, need_open=True)
    question = await attempt_question(session, attempt, question_id)
    config = scoring.config_for(question, await find_answer(session, attempt.id, question.id))
    if config.get("type") not in ("python_code", "code_debug"):
        raise Invalid("Only code questions can be run.")
    return config
