"""An attempt from start to finish: start or resume, what the pupil's screen shows, where they are, a break,
and finishing (everything not yet marked is marked, then totalled)."""

from __future__ import annotations

import random
import secrets
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app import question_types as engine
from app.config import get_settings
from app.db import session_scope
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
from app.question_types import Mark
from app.question_types.stored import StoredConfig
from app.schemas.pupil import AnswerData, AttemptQuestion, AttemptSettings, AttemptView, SavedAnswer, Summary
from app.services.attempts import keys
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
from app.services.attempts.tries import answer_row, record_try
from app.services.authoring.questions import option_rng, pupil_question
from app.services.core import rate_limit
from app.services.marking import scoring

NOT_ANSWERED = "This question was not answered."
# Finishing runs the code answers again if they change while they run; this many times at most.
FINISH_ROUNDS = 3


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
        details=keys.open_attempt_details(answer, assessment) if visible else {},
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

class _Tried(NamedTuple):
    """An answer's last stored try: its number (0 = none yet) and the answer data it marked."""

    number: int
    answer_data: AnswerData | None


_NOT_TRIED = _Tried(0, None)


class _CodeRun(NamedTuple):
    """What a code answer is marked as: its code, its tries so far and its key. A mark made before finishing
    stands only if none of these has changed by the time the attempt is finished."""

    answer_data: AnswerData | None
    tries: int
    config: StoredConfig
    points: float


class _CodeMark(NamedTuple):
    """A code answer marked before finishing (its code run with no session open)."""

    run: _CodeRun
    mark: Mark


class _AnswersChanged(Exception):
    """A code answer changed (or its key did) after it was marked for finishing: mark again."""


async def complete(sessions: async_sessionmaker[AsyncSession], *, pupil: User, attempt_id: uuid.UUID) -> Summary:
    """Finish the attempt: mark everything not yet marked (nothing typed is ignored), then total it up. Safe to
    repeat: a finished attempt just gives its summary again.

    What is marked is what was saved by the time of finishing (never a late draft kept after the time ended). Code
    answers are run first, with no session open; the attempt is then finished in one short transaction, which
    uses those marks only if the answers are still as they were run (otherwise they are run again)."""
    for _round in range(FINISH_ROUNDS):
        async with session_scope(sessions) as session:
            attempt = await own_attempt(session, pupil.id, attempt_id, need_open=False)
            if attempt.status == AttemptStatus.completed:
                return await summary(session, attempt=attempt)
            to_run = await _code_to_mark(session, attempt)
        code_marks = {answer_id: await _run(run) for answer_id, run in to_run.items()}
        try:
            async with session_scope(sessions) as session:
                return await _finish(session, pupil, attempt_id, code_marks)
        except _AnswersChanged:
            continue
    raise Conflict("Your answers changed while they were being marked. Press Finish again.")


async def _code_to_mark(session: AsyncSession, attempt: Attempt) -> dict[uuid.UUID, _CodeRun]:
    """The code answers that finishing will mark (answer id → what it is marked as)."""
    assessment = await session.get(Assessment, attempt.assessment_id)
    work = await attempt_work(session, attempt)
    last_tries = await _last_tries(session, attempt)
    limit = allowed_tries(assessment)
    to_run = {}
    for question in work.questions:
        answer = work.answers.get(question.id)
        if answer is not None and _to_mark(answer, question, last_tries.get(answer.id, _NOT_TRIED), limit):
            run = _code_run(answer, question)
            if run is not None:
                to_run[answer.id] = run
    return to_run


def _code_run(answer: Answer, question: Question) -> _CodeRun | None:
    """What a code answer is marked as; None for an answer whose marking runs no code."""
    config = scoring.config_for(question, answer)
    if not engine.needs_sandbox(config["type"]):
        return None
    return _CodeRun(answer.answer_data, answer.tries, config, float(question.points))


async def _run(run: _CodeRun) -> _CodeMark:
    return _CodeMark(run, await scoring.mark_config(run.config, run.answer_data, run.points))


async def _finish(session: AsyncSession, pupil: User, attempt_id: uuid.UUID,
                  code_marks: dict[uuid.UUID, _CodeMark]) -> Summary:
    """Finish the attempt in this transaction, unless another request has just finished it."""
    attempt = await own_attempt(session, pupil.id, attempt_id, need_open=False)
    closed = await session.execute(
        update(Attempt).where(Attempt.id == attempt.id, Attempt.status.in_(OPEN_STATUSES))
        .values(status=AttemptStatus.completed).execution_options(synchronize_session=False)
    )  # the transaction's first write: submits to this attempt wait for it, and are refused once it is done
    await session.refresh(attempt)
    if closed.rowcount == 1:
        await _mark_the_rest(session, attempt, code_marks)
    return await summary(session, attempt=attempt)


async def _mark_the_rest(session: AsyncSession, attempt: Attempt, code_marks: dict[uuid.UUID, _CodeMark]) -> None:
    """Mark every answer not yet marked (code answers with the marks made before), then total the attempt."""
    assessment = await session.get(Assessment, attempt.assessment_id)
    work = await attempt_work(session, attempt)
    last_tries = await _last_tries(session, attempt)
    now = utcnow()
    limit = allowed_tries(assessment)
    for question in work.questions:
        answer = work.answers.get(question.id)
        if answer is None:
            answer = await answer_row(session, attempt, question)
        if answer.submitted_at is None and _is_empty(answer.answer_data):
            _not_answered(answer, question, now)
        elif _to_mark(answer, question, last_tries.get(answer.id, _NOT_TRIED), limit):
            result = await _mark_now(answer, question, code_marks.get(answer.id))
            answer.submitted_at = now
            answer.tries += 1
            await record_try(session, answer, question, result, answer_data=answer.answer_data)
    attempt.completed_at = now
    attempt.last_activity_at = now
    attempt.time_taken_seconds = int((now - attempt.started_at).total_seconds())
    await session.flush()
    await scoring.recompute_attempt(session, attempt)


async def _mark_now(answer: Answer, question: Question, made: _CodeMark | None) -> Mark:
    """The answer's mark: made now, or for code the one made before finishing, if the answer is as it was run."""
    run = _code_run(answer, question)
    if run is None:
        return await scoring.mark(question, answer.answer_data, answer=answer)
    if made is None or made.run != run:
        raise _AnswersChanged
    return made.mark


async def _last_tries(session: AsyncSession, attempt: Attempt) -> dict[uuid.UUID, _Tried]:
    """Each answer's last stored try (answer id → its number and answer data), to see what has changed since."""
    rows = await session.execute(
        select(AnswerHistory.answer_id, AnswerHistory.try_number, AnswerHistory.answer_data)
        .join(Answer, Answer.id == AnswerHistory.answer_id)
        .where(Answer.attempt_id == attempt.id)
        .order_by(AnswerHistory.try_number)
    )
    return {answer_id: _Tried(number, data) for answer_id, number, data in rows}  # in try order: the last is kept


def _to_mark(answer: Answer, question: Question, last_try: _Tried, limit: int | None) -> bool:
    """Whether finishing marks this answer: typed but never submitted, or changed since its last try while
    another try is allowed. A try a submit has taken but not yet marked is left to that submit."""
    if answer.tries > last_try.number:
        return False
    if answer.submitted_at is None:
        return not _is_empty(answer.answer_data)
    return _changed_since_marked(answer, question, last_try.answer_data, limit)


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
