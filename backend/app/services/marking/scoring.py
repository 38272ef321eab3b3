"""Marking answers with the question engine, and keeping attempt totals right.

The one place that turns a question-engine Mark into what is stored on an Answer (score, status, release,
feedback text), used by pupils' submissions, completing an attempt, and re-marking after a key changes. An answer
that no longer fits the key — an option the teacher has since removed, a forged save — is marked 0 here with a
note for the teacher, so it never blocks a pupil's Finish or a teacher's correction."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app import question_types as engine
from app import sandbox
from app.db import session_scope
from app.errors import Invalid
from app.models import (
    Answer,
    AnswerHistory,
    Assessment,
    Attempt,
    MarkingStatus,
    Question,
    RetryCredit,
    User,
    utcnow,
)
from app.question_types import Mark
from app.question_types.stored import Feedback, StoredConfig
from app.services.attempts.access import feedback_on
from app.services.marking import first_try
from app.utils import feedback as feedback_language

AWAITING_MESSAGE = "Thank you. Your teacher will mark this answer."
# The mark-details entry holding the teacher's note on an answer that did not fit the key (never shown to pupils).
NOT_MARKED = "not_marked"
TEACHER_ONLY_DETAILS = frozenset({NOT_MARKED})
# What the pupil (and the teacher) reads on such an answer: literal and calm, with no blame.
DID_NOT_FIT = "This answer does not fit the question as it is now, so it has 0 marks. Your teacher can see it."

# A Mark's details as stored on an answer: per-part results, shaped by the question type.
MarkDetails = dict[str, Any]


def config_for(question: Question, answer: Answer | None = None) -> StoredConfig:
    """The key an answer is marked against: the easier version's when the pupil chose it."""
    if answer is not None and answer.scaffold_used and question.scaffold:
        return question.scaffold["config"]
    return question.config


async def mark(question: Question, answer_data: dict[str, Any] | None, *, answer: Answer | None = None,
               strict: bool = False) -> Mark:
    """Mark one answer against the question's current key (code runs in the sandbox, on the server). An answer
    that does not fit the key is marked 0 with a note for the teacher; with `strict` (an answer the pupil has just
    sent, and can still fix) it is refused instead, with the question type's calm message (Invalid, 422)."""
    return await mark_config(config_for(question, answer), answer_data, question.points, strict=strict)


async def mark_config(config: StoredConfig, answer_data: dict[str, Any] | None, points: float, *,
                      strict: bool = False) -> Mark:
    """`mark` for a key already read (to mark with no session open): the same tolerance of answers that do not
    fit it."""
    try:
        return await engine.mark(config, answer_data or {}, points, sandbox=sandbox)
    except Invalid as problem:
        if strict:
            raise
        return did_not_fit(points, problem.detail)


def did_not_fit(points: float, reason: str) -> Mark:
    """0 marks for an answer that cannot be marked against the key, keeping the reason for the teacher."""
    note = f"Not marked: the saved answer does not fit the question as it is now ({reason.rstrip('.')})."
    return Mark(score=0.0, max_score=float(points), details={NOT_MARKED: note}, message=DID_NOT_FIT)


class StoredMark(NamedTuple):
    """What a mark writes on an answer, column by column (so a guarded UPDATE can write it as well as the ORM)."""

    status: MarkingStatus
    score: float | None
    is_correct: bool | None
    max_score: float
    released: bool
    released_at: datetime | None
    feedback: str
    feedback_before_key: str | None  # the feedback without what names the right answer (None: nothing does)
    mark_details: MarkDetails
    marked_at: datetime


def stored_mark(result: Mark, *, points: float, feedback: Feedback | None, hint_used: bool, now: datetime,
                config: StoredConfig) -> StoredMark:
    """An engine Mark as stored, marked against the key `config`. Automatic marks are released at once; the rest
    wait for a teacher. Feedback that names the right answer is stored with a version that does not, for the
    pupil to read until the answer may be shown (app.services.attempts.keys.pupil_feedback)."""
    details = dict(result.details or {})
    if result.awaiting_marking:
        return StoredMark(MarkingStatus.awaiting_marking, None, None, float(points), False, None, AWAITING_MESSAGE,
                          None, details, now)
    if NOT_MARKED in details:
        text = result.message  # not "Not quite.": nothing was judged, the answer just could not be marked
    else:
        text = feedback_language.compose(feedback or {}, result, hint_used=hint_used)
    hidden = feedback_language.before_key(text, engine.key_texts(config), result)
    return StoredMark(MarkingStatus.marked, float(result.score or 0), bool(result.is_correct), float(points), True,
                      now, text, hidden, details, now)


def apply(answer: Answer, question: Question, result: Mark, *, hint_used: bool | None = None) -> None:
    """Store a mark on an answer. Automatic marks are released at once; the rest wait for a teacher."""
    values = stored_mark(result, points=question.points, feedback=question.feedback,
                         hint_used=answer.hint_used if hint_used is None else hint_used, now=utcnow(),
                         config=config_for(question, answer))
    for column, value in values._asdict().items():
        setattr(answer, column, value)


async def recompute_attempt(session: AsyncSession, attempt: Attempt) -> None:
    """Total, maximum and percentage of an attempt from its answers and the questions it was given."""
    question_ids = [uuid.UUID(str(q)) for q in attempt.question_order or []]
    if not question_ids:
        attempt.total_score, attempt.max_score, attempt.percentage, attempt.first_try_score = 0.0, 0.0, None, 0.0
        return
    points = dict(
        (await session.execute(select(Question.id, Question.points).where(Question.id.in_(question_ids)))).all()
    )
    totals = (await session.execute(
        select(func.coalesce(func.sum(Answer.score), 0.0), func.coalesce(func.sum(first_try.first_try_marks()), 0.0))
        .where(Answer.attempt_id == attempt.id)
    )).one()
    total = round(float(totals[0]), 2)
    maximum = float(sum(points.values()))
    attempt.total_score = total
    attempt.first_try_score = round(float(totals[1]), 2)
    attempt.max_score = maximum
    attempt.percentage = round(100.0 * total / maximum, 1) if maximum else None


# --- Re-marking after a key changes ---------------------------------------------------------------------------

# Opens a session for one step of the re-marking: a short transaction of its own (`in_short_transactions`), or the
# caller's own session when it is already inside a transaction (`within`).
SessionOpener = Callable[[], AbstractAsyncContextManager[AsyncSession]]
REMARKED_STATUSES = (MarkingStatus.marked, MarkingStatus.awaiting_marking)
# An answer that changed while it was being re-marked is read and marked again, this many times at most (after
# that its next submit or Finish marks it).
REMARK_ROUNDS = 3


def in_short_transactions(sessions: async_sessionmaker[AsyncSession]) -> SessionOpener:
    """Each step in a short transaction of its own, committed when the step ends."""
    return lambda: session_scope(sessions)


def within(session: AsyncSession) -> SessionOpener:
    """Every step in the caller's session and transaction (for a caller already inside one)."""

    @asynccontextmanager
    async def opened() -> AsyncIterator[AsyncSession]:
        yield session

    return opened


class _Key(NamedTuple):
    """A question's key as it was when re-marking began: plain values, since no session is open while marking."""

    question_id: uuid.UUID
    version: int
    config: StoredConfig
    scaffold_config: StoredConfig | None
    points: float
    feedback: Feedback | None
    retry_credit: RetryCredit
    feedback_on: bool  # with immediate feedback off, every submit is the first try (first_try.counted_try)


class _Try(NamedTuple):
    """A try kept in the answer history, re-marked with its answer: what the answer counts for under the retry
    credit comes from every try's own mark."""

    number: int
    answer_data: dict[str, Any] | None


class _Stored(NamedTuple):
    """A submitted answer as read for re-marking. Its new mark is written only if it is still exactly this."""

    id: uuid.UUID
    attempt_id: uuid.UUID
    answer_data: dict[str, Any] | None
    scaffold_used: bool
    hint_used: bool
    status: MarkingStatus
    seq: int
    updated_at: datetime
    tries: int
    kept: tuple[_Try, ...]  # its tries in the answer history, in order


class _Remarked(NamedTuple):
    """An answer's marks against the new key: its latest try's (the answer's mark), and each kept try's."""

    latest: Mark
    tries: tuple[tuple[int, Mark], ...]


class _Written(NamedTuple):
    """How many marks one pass wrote, and the answers that had changed since they were read (not written)."""

    count: int
    changed: list[uuid.UUID]


async def remark_question(open_session: SessionOpener, question_id: uuid.UUID) -> int:
    """Re-mark every submitted answer to a question after its key changed; teachers' own marks are kept. Returns
    how many answers were re-marked; their attempts' totals are brought up to date.

    Marking is the slow part (code answers run in the sandbox), so it happens with no session open: the key and
    the answers are read in one short transaction, and each mark is written in one of its own, only over an answer
    that has not changed since it was read (its seq and update time) while the key is still that version. An
    answer that changed meanwhile (a pupil's save) is read and marked again."""
    async with open_session() as session:
        key = await _key(session, question_id)
        answers = await _to_remark(session, question_id) if key is not None else []
    remarked = 0
    for _round in range(REMARK_ROUNDS):
        if key is None or not answers:
            break
        marks = [(stored, await _remark(key, stored)) for stored in answers]
        written = await _write_marks(open_session, key, marks)
        remarked += written.count
        if not written.changed:
            break
        async with open_session() as session:
            latest = await _key(session, question_id)
            if latest is None or latest.version != key.version:
                break  # the key changed again: that change re-marks every answer itself
            key, answers = latest, await _to_remark(session, question_id, only=written.changed)
    return remarked


async def _key(session: AsyncSession, question_id: uuid.UUID) -> _Key | None:
    question = await session.get(Question, question_id, populate_existing=True)
    if question is None:
        return None
    scaffold = question.scaffold["config"] if question.scaffold else None
    assessment = await session.get(Assessment, question.assessment_id)
    return _Key(question.id, question.version, question.config, scaffold, float(question.points), question.feedback,
                assessment.retry_credit, feedback_on(assessment))


async def _to_remark(session: AsyncSession, question_id: uuid.UUID, *,
                     only: list[uuid.UUID] | None = None) -> list[_Stored]:
    """The submitted answers whose mark comes from the key (not a teacher's), with their content still kept, and
    the tries each has in the answer history."""
    stmt = select(Answer.id, Answer.attempt_id, Answer.answer_data, Answer.scaffold_used, Answer.hint_used,
                  Answer.status, Answer.seq, Answer.updated_at, Answer.tries).where(
        Answer.question_id == question_id,
        Answer.submitted_at.is_not(None),
        Answer.status.in_(REMARKED_STATUSES),
        Answer.content_purged_at.is_(None),  # the content is gone (retention): its score stands
    )
    if only is not None:
        stmt = stmt.where(Answer.id.in_(only))
    rows = (await session.execute(stmt.order_by(Answer.id))).all()
    kept: dict[uuid.UUID, list[_Try]] = {}
    if rows:
        history = await session.execute(
            select(AnswerHistory.answer_id, AnswerHistory.try_number, AnswerHistory.answer_data)
            .where(AnswerHistory.answer_id.in_([row.id for row in rows]))
            .order_by(AnswerHistory.answer_id, AnswerHistory.try_number)
        )
        for answer_id, number, data in history:
            kept.setdefault(answer_id, []).append(_Try(number, data))
    return [_Stored(*row, kept=tuple(kept.get(row.id, ()))) for row in rows]


async def _remark(key: _Key, stored: _Stored) -> _Remarked | None:
    """The answer's marks against the key (None: it still waits for the teacher, so there is nothing to write).
    Every kept try is marked, each answer once (a try the same as another — usually the latest — is not run
    twice); an answer with no kept try (stored before the history was) is its own one try."""
    config = _config_of(key, stored)
    marks: dict[str, Mark] = {}

    async def marked(data: dict[str, Any] | None) -> Mark:
        seen = json.dumps(data, sort_keys=True, default=str)
        if seen not in marks:
            marks[seen] = await mark_config(config, data, key.points)
        return marks[seen]

    tries = stored.kept or (_Try(stored.tries, stored.answer_data),)
    latest = await marked(tries[-1].answer_data)
    if latest.awaiting_marking and stored.status == MarkingStatus.awaiting_marking:
        return None
    return _Remarked(latest, tuple([(t.number, await marked(t.answer_data)) for t in tries]))


def _config_of(key: _Key, stored: _Stored) -> StoredConfig:
    """The key the answer is marked against: the easier version's when the pupil chose it."""
    return key.scaffold_config if stored.scaffold_used and key.scaffold_config is not None else key.config


def _remarked(key: _Key, stored: _Stored, marks: _Remarked, now: datetime) -> tuple[StoredMark, first_try.Credit | None]:
    """The mark a re-mark writes, and for an automatic mark what it counts for under the assessment's retry credit,
    from every try's own mark against the new key (first_try.recount): the first try is re-marked too."""
    values = _stored_try(key, stored, marks.latest, now)
    if values.status != MarkingStatus.marked:
        return values, None
    own = [first_try.TryMark(number, float(mark.score or 0.0), bool(mark.is_correct))
           for number, mark in marks.tries if not mark.awaiting_marking]
    return values, first_try.recount(key.retry_credit, feedback_on=key.feedback_on, tries=own)


def _stored_try(key: _Key, stored: _Stored, result: Mark, now: datetime) -> StoredMark:
    return stored_mark(result, points=key.points, feedback=key.feedback, hint_used=stored.hint_used, now=now,
                       config=_config_of(key, stored))


async def _write_marks(open_session: SessionOpener, key: _Key,
                       marks: list[tuple[_Stored, _Remarked | None]]) -> _Written:
    """Write each mark in a short transaction of its own, over an answer that has not changed since it was read."""
    count, changed = 0, []
    for stored, remarked in marks:
        if remarked is None:
            continue
        async with open_session() as session:
            written = await _write_if_unchanged(session, key, stored, remarked)
        if written:
            count += 1
        else:
            changed.append(stored.id)
    return _Written(count, changed)


async def _write_if_unchanged(session: AsyncSession, key: _Key, stored: _Stored, marks: _Remarked) -> bool:
    """One guarded UPDATE (so nothing can change the answer between the check and the write), then its kept tries'
    marks and the attempt's totals. The attempt's row is taken first, in the same order as a pupil's submit takes
    it."""
    attempt = (await session.execute(
        select(Attempt).where(Attempt.id == stored.attempt_id).with_for_update()
        .execution_options(populate_existing=True)
    )).scalar_one_or_none()
    now = utcnow()
    values, counted = _remarked(key, stored, marks, now)
    columns = values._asdict()
    if counted is not None:
        columns.update(score=counted.points, first_try_correct=counted.first_try_correct,
                       first_try_points=counted.first_try_points)
    current_key = select(Question.id).where(Question.id == key.question_id, Question.version == key.version)
    written = await session.execute(
        update(Answer)
        .where(Answer.id == stored.id, Answer.seq == stored.seq, Answer.updated_at == stored.updated_at,
               Answer.status.in_(REMARKED_STATUSES), current_key.exists())
        .values(**columns, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    if written.rowcount != 1:
        return False
    if counted is not None:
        await _write_tries(session, key, stored, marks, now)
    if attempt is not None:
        await recompute_attempt(session, attempt)
    return True


async def _write_tries(session: AsyncSession, key: _Key, stored: _Stored, marks: _Remarked, now: datetime) -> None:
    """Each kept try's own mark against the new key, so the history says what each try earns now (and a later
    change of the retry credit counts from it: app.services.marking.recounting)."""
    for number, mark in marks.tries:
        if mark.awaiting_marking:
            continue
        values = _stored_try(key, stored, mark, now)
        await session.execute(
            update(AnswerHistory)
            .where(AnswerHistory.answer_id == stored.id, AnswerHistory.try_number == number)
            .values(score=values.score, is_correct=values.is_correct, status=values.status,
                    feedback=values.feedback, feedback_before_key=values.feedback_before_key,
                    mark_details=values.mark_details)
            .execution_options(synchronize_session=False)
        )


async def record_final(
    session: AsyncSession,
    *,
    answer: Answer,
    question: Question,
    score: float,
    feedback: str | None,
    criteria: list[dict] | None = None,
    release: bool,
    status: MarkingStatus = MarkingStatus.teacher_marked,
    marked_by: User | None = None,
) -> None:
    """Record a written answer's final mark (a teacher's decision, or an AI mark released automatically) on the
    answer and on its latest draft in the history, then bring the attempt's totals up to date."""
    # The attempt's row before the answer's, the order a pupil's submit takes them in: opposite orders could
    # deadlock on PostgreSQL when a teacher marks a draft the pupil is submitting again. (SQLite has one writer.)
    await session.execute(select(Attempt.id).where(Attempt.id == answer.attempt_id).with_for_update())
    now = utcnow()
    answer.score = round(max(0.0, min(float(score), float(question.points))), 2)
    answer.max_score = float(question.points)
    answer.is_correct = answer.score >= float(question.points)
    answer.status = status
    answer.feedback, answer.feedback_before_key = feedback, None  # a person's own words, released by them
    answer.marked_at = now
    if marked_by is not None:
        answer.marked_by_id = marked_by.id
    if criteria is not None:
        answer.mark_details = {"criteria": criteria}
    if release and not answer.released:
        answer.released, answer.released_at = True, now
    latest = (
        await session.execute(
            select(AnswerHistory).where(AnswerHistory.answer_id == answer.id)
            .order_by(AnswerHistory.try_number.desc()).limit(1)
        )
    ).scalar_one_or_none()
    if latest is not None:
        latest.score, latest.is_correct, latest.status = answer.score, answer.is_correct, answer.status
        latest.feedback, latest.mark_details, latest.released = feedback, dict(answer.mark_details), answer.released
        latest.feedback_before_key = None
    attempt = await session.get(Attempt, answer.attempt_id)
    await recompute_attempt(session, attempt)
