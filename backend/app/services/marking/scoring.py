"""Marking answers with the question engine, and keeping attempt totals right.

The one place that turns a question-engine Mark into what is stored on an Answer (score, status, release,
feedback text), used by pupils' submissions, completing an attempt, and re-marking after a key changes."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import question_types as engine
from app import sandbox
from app.models import Answer, AnswerHistory, Attempt, MarkingStatus, Question, User, utcnow
from app.question_types import Mark
from app.question_types.stored import StoredConfig
from app.utils import feedback as feedback_language

AWAITING_MESSAGE = "Thank you. Your teacher will mark this answer."

# A question's config as stored: JSON that the question engine validates (see app/question_types).


def config_for(question: Question, answer: Answer | None = None) -> StoredConfig:
    """The key an answer is marked against: the easier version's when the pupil chose it."""
    if answer is not None and answer.scaffold_used and question.scaffold:
        return question.scaffold["config"]
    return question.config


async def mark(question: Question, answer_data: dict[str, Any] | None, *,
               answer: Answer | None = None) -> Mark:
    """Mark one answer against the question's current key (code runs in the sandbox, on the server)."""
    return await engine.mark(config_for(question, answer), answer_data or {}, question.points, sandbox=sandbox)


def apply(answer: Answer, question: Question, result: Mark, *, hint_used: bool | None = None) -> None:
    """Store a mark on an answer. Automatic marks are released at once; the rest wait for a teacher."""
    now = utcnow()
    answer.max_score = float(question.points)
    answer.marked_at = now
    answer.mark_details = dict(result.details or {})
    if result.awaiting_marking:
        answer.status = MarkingStatus.awaiting_marking
        answer.score = None
        answer.is_correct = None
        answer.released = False
        answer.released_at = None
        answer.feedback = AWAITING_MESSAGE
        return
    answer.status = MarkingStatus.marked
    answer.score = float(result.score)
    answer.is_correct = bool(result.is_correct)
    answer.released = True
    answer.released_at = now
    answer.feedback = feedback_language.compose(
        question.feedback or {}, result, hint_used=answer.hint_used if hint_used is None else hint_used
    )


async def recompute_attempt(session: AsyncSession, attempt: Attempt) -> None:
    """Total, maximum and percentage of an attempt from its answers and the questions it was given."""
    question_ids = [uuid.UUID(str(q)) for q in attempt.question_order or []]
    if not question_ids:
        attempt.total_score, attempt.max_score, attempt.percentage = 0.0, 0.0, None
        return
    points = dict(
        (await session.execute(select(Question.id, Question.points).where(Question.id.in_(question_ids)))).all()
    )
    scores = (
        await session.execute(select(Answer.score).where(Answer.attempt_id == attempt.id, Answer.score.is_not(None)))
    ).scalars()
    total = round(sum(scores), 2)
    maximum = float(sum(points.values()))
    attempt.total_score = total
    attempt.max_score = maximum
    attempt.percentage = round(100.0 * total / maximum, 1) if maximum else None


async def remark_question(session: AsyncSession, question: Question) -> int:
    """Re-mark every submitted answer to a question after its key changed; teachers' own marks are kept.

    Returns how many answers were re-marked. Attempt totals are recomputed."""
    rows = (
        await session.execute(
            select(Answer).where(
                Answer.question_id == question.id,
                Answer.submitted_at.is_not(None),
                Answer.status.in_([MarkingStatus.marked, MarkingStatus.awaiting_marking]),
            )
        )
    ).scalars().all()
    touched_attempts = set()
    count = 0
    for answer in rows:
        if answer.content_purged_at is not None:
            continue  # the content is gone (retention); its score stands
        result = await mark(question, answer.answer_data, answer=answer)
        if result.awaiting_marking and answer.status == MarkingStatus.awaiting_marking:
            continue
        apply(answer, question, result)
        touched_attempts.add(answer.attempt_id)
        count += 1
    for attempt_id in touched_attempts:
        attempt = await session.get(Attempt, attempt_id)
        if attempt is not None:
            await recompute_attempt(session, attempt)
    return count


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
    now = utcnow()
    answer.score = round(max(0.0, min(float(score), float(question.points))), 2)
    answer.max_score = float(question.points)
    answer.is_correct = answer.score >= float(question.points)
    answer.status = status
    answer.feedback = feedback
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
    attempt = await session.get(Attempt, answer.attempt_id)
    await recompute_attempt(session, attempt)
