"""Finishing an attempt, the one way whoever ends it — the pupil's Finish, a teacher's hand-in, the worker's
hand-in when the time is over: everything saved and not yet marked is marked (nothing typed is ignored), then
totalled, and how it ended is recorded.

What is marked is what was saved by the time of finishing (never a late draft kept after the time ended). Code
answers are run first, with no session open; the attempt is then finished in one short transaction, which uses
those marks only if the answers are still as they were run (otherwise they are run again). The transaction's
first write is a conditional UPDATE on the attempt's status: it is the claim, so of several finishers at once
(two API workers, a pupil and their teacher) exactly one finishes it and the others are told it is done."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app import question_types as engine
from app.db import session_scope
from app.errors import Conflict
from app.models import (
    Answer,
    AnswerHistory,
    Assessment,
    Attempt,
    AttemptEnd,
    AttemptStatus,
    MarkingStatus,
    Question,
    User,
    utcnow,
)
from app.question_types import Mark
from app.question_types.stored import StoredConfig
from app.schemas.pupil import AnswerData, Summary
from app.services.attempts.access import OPEN_STATUSES, allowed_tries, attempt_work, teacher_keeps
from app.services.attempts.results import summary
from app.services.attempts.tries import answer_row, record_try
from app.services.marking import scoring

NOT_ANSWERED = "This question was not answered."
# Finishing runs the code answers again if they change while they run; this many times at most. Then it stops,
# telling whoever was finishing it.
FINISH_ROUNDS = 3
ANSWERS_CHANGED = {
    AttemptEnd.pupil: "Your answers changed while they were being marked. Press Finish again.",
    AttemptEnd.teacher: "The pupil's answers changed while they were being marked. Try handing it in again.",
    AttemptEnd.window_closed: "The pupil's answers changed while they were being marked.",
}

# Finds the attempt to finish in a session, refusing whoever may not finish it (NotFound, Forbidden).
AttemptLoader = Callable[[AsyncSession], Awaitable[Attempt]]
# Runs in the finishing transaction once this call has finished the attempt (an audit entry, say).
OnFinished = Callable[[AsyncSession, Attempt], Awaitable[None]]


class Ended(NamedTuple):
    """A finished attempt's summary, and whether this call finished it (False: it was finished already)."""

    summary: Summary
    finished_now: bool


async def finish(sessions: async_sessionmaker[AsyncSession], load: AttemptLoader, *, end: AttemptEnd,
                 by: User | None = None, on_finished: OnFinished | None = None) -> Ended:
    """Finish the attempt `load` finds, recording how it ended (`end`) and the teacher who ended it (`by`)."""
    for _round in range(FINISH_ROUNDS):
        async with session_scope(sessions) as session:
            attempt = await load(session)
            if attempt.status == AttemptStatus.completed:
                return Ended(await summary(session, attempt=attempt), False)
            to_run = await _code_to_mark(session, attempt)
        code_marks = {answer_id: await _run(run) for answer_id, run in to_run.items()}
        try:
            async with session_scope(sessions) as session:
                return await _finish(session, load, code_marks, end=end, by=by, on_finished=on_finished)
        except _AnswersChanged:
            continue
    raise Conflict(ANSWERS_CHANGED[end])


async def _finish(session: AsyncSession, load: AttemptLoader, code_marks: dict[uuid.UUID, _CodeMark], *,
                  end: AttemptEnd, by: User | None, on_finished: OnFinished | None) -> Ended:
    """Finish the attempt in this transaction, unless another request has just finished it."""
    attempt = await load(session)
    closed = await session.execute(
        update(Attempt).where(Attempt.id == attempt.id, Attempt.status.in_(OPEN_STATUSES))
        .values(status=AttemptStatus.completed, end_reason=end, ended_by_id=by.id if by else None,
                end_notice_seen_at=None)
        .execution_options(synchronize_session=False)
    )  # the transaction's first write: submits to this attempt wait for it, and are refused once it is done
    await session.refresh(attempt)
    finished_now = closed.rowcount == 1
    if finished_now:
        await _mark_the_rest(session, attempt, code_marks)
        if on_finished is not None:
            await on_finished(session, attempt)
    return Ended(await summary(session, attempt=attempt), finished_now)


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
    another try is allowed. A try a submit has taken but not yet marked is left to that submit, and a mark a
    teacher gave or corrected stands."""
    if answer.tries > last_try.number or teacher_keeps(answer, question.type):
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
    answer.feedback, answer.feedback_before_key = NOT_ANSWERED, None


def _is_empty(data: AnswerData | None) -> bool:
    if not data:
        return True
    return all(value in (None, "", [], {}) for value in data.values())
