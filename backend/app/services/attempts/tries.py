"""Storing a pupil's answer: its row for one question of an attempt, and one marked try (the mark, the try kept
in the answer history, an AI suggestion for a written answer). Submitting and finishing both store tries."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Answer, AnswerHistory, Attempt, MarkingStatus, Question, utcnow
from app.question_types.base import Mark
from app.services.marking import ai_suggestions, scoring

# The longest time on one question that is believed (a tab left open overnight is not time spent on it).
MAX_ELAPSED_SECONDS = 86_400


async def answer_row(session: AsyncSession, attempt: Attempt, question: Question) -> Answer:
    """The attempt's answer to the question, made (empty, nothing saved yet) if there is none."""
    answer = (
        await session.execute(select(Answer).where(Answer.attempt_id == attempt.id, Answer.question_id == question.id))
    ).scalar_one_or_none()
    if answer is None:
        now = utcnow()
        answer = Answer(attempt_id=attempt.id, question_id=question.id, answer_data=None, seq=0,
                        status=MarkingStatus.saved, max_score=float(question.points), released=False,
                        mark_details={}, time_taken_seconds=0, tries=0, hint_used=False, scaffold_used=False,
                        first_answered_at=None, last_answered_at=now)
        session.add(answer)
        await session.flush()
    return answer


async def mark_try(session: AsyncSession, answer: Answer, question: Question) -> Mark:
    """Mark the answer as it is now as one more try, and keep the try in the answer history."""
    result = await scoring.mark(question, answer.answer_data, answer=answer)
    answer.tries += 1
    scoring.apply(answer, question, result)
    session.add(AnswerHistory(
        answer_id=answer.id, try_number=answer.tries, answer_data=answer.answer_data, score=answer.score,
        is_correct=answer.is_correct, status=answer.status, feedback=answer.feedback,
        mark_details=answer.mark_details, hint_used=answer.hint_used, released=answer.released,
    ))
    await ai_suggestions.after_marking(session, answer=answer, question=question)
    return result
