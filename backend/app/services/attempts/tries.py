"""Storing a pupil's answer: its row for one question of an attempt, claiming a try (atomically, so requests that
arrive together cannot take more tries than allowed), and one marked try (the mark, the try kept in the answer
history, an AI suggestion for a written answer). Submitting and finishing both store tries."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ColumnElement, and_, not_, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Answer, AnswerHistory, Assessment, Attempt, MarkingStatus, Question, utcnow
from app.question_types.base import Mark
from app.schemas.pupil import AnswerData
from app.services.marking import ai_suggestions, first_try, scoring

# The longest time on one question that is believed (a tab left open overnight is not time spent on it).
MAX_ELAPSED_SECONDS = 86_400


async def answer_row(session: AsyncSession, attempt: Attempt, question: Question) -> Answer:
    """The attempt's answer to the question, made (empty, nothing saved yet) if there is none. Made with INSERT …
    ON CONFLICT DO NOTHING, so two first requests for one question arriving together both get the one row."""
    answer = await find_answer(session, attempt.id, question.id)
    if answer is not None:
        return answer
    now = utcnow()
    insert = postgresql.insert if session.bind.dialect.name == "postgresql" else sqlite.insert
    await session.execute(
        insert(Answer)
        .values(id=uuid.uuid4(), attempt_id=attempt.id, question_id=question.id, seq=0, status=MarkingStatus.saved,
                max_score=float(question.points), released=False, mark_details={}, time_taken_seconds=0, tries=0,
                hint_used=False, scaffold_used=False, last_answered_at=now, created_at=now, updated_at=now)
        .on_conflict_do_nothing(index_elements=[Answer.attempt_id, Answer.question_id])
    )
    found = await find_answer(session, attempt.id, question.id)
    assert found is not None  # inserted just now, or by the request it raced with
    return found


async def find_answer(session: AsyncSession, attempt_id: uuid.UUID, question_id: uuid.UUID) -> Answer | None:
    """The attempt's answer to the question, as stored now (None if nothing has been saved yet)."""
    return (
        await session.execute(
            select(Answer).where(Answer.attempt_id == attempt_id, Answer.question_id == question_id)
            .execution_options(populate_existing=True)
        )
    ).scalar_one_or_none()


async def claim_try(session: AsyncSession, answer: Answer, *, limit: int | None, stop_when_right: bool,
                    draft_waits_for_teacher: bool) -> bool:
    """Take one more try at the answer, or False when none may be taken: the limit is used up, the answer is right
    already (`stop_when_right`), or a written draft still waits for the teacher (`draft_waits_for_teacher`). One
    conditional UPDATE, so simultaneous requests cannot both take the last try. The answer is reloaded."""
    rules: list[ColumnElement[bool]] = []
    if limit is not None:
        rules.append(Answer.tries < limit)
    if stop_when_right:
        rules.append(not_(and_(Answer.is_correct.is_(True), Answer.submitted_at.is_not(None))))
    if draft_waits_for_teacher:
        rules.append(or_(Answer.submitted_at.is_(None), Answer.released.is_(True)))
    claimed = await session.execute(
        update(Answer).where(Answer.id == answer.id, *rules).values(tries=Answer.tries + 1)
        .execution_options(synchronize_session=False)
    )
    await session.refresh(answer)
    return claimed.rowcount == 1


async def give_back_try(session: AsyncSession, answer_id: uuid.UUID, *, try_number: int,
                        submitted_before: datetime | None) -> None:
    """Return a claimed try whose marking could not happen at all (unless a later try was claimed since)."""
    await session.execute(
        update(Answer).where(Answer.id == answer_id, Answer.tries == try_number)
        .values(tries=try_number - 1, submitted_at=submitted_before)
        .execution_options(synchronize_session=False)
    )


def keep_late(answer: Answer, answer_data: AnswerData | None, now: datetime) -> None:
    """What arrived after the time ended: kept for the teacher as a late draft, never marked."""
    answer.late_answer_data = answer_data
    answer.late_saved_at = now


async def record_try(session: AsyncSession, answer: Answer, question: Question, result: Mark, *,
                     answer_data: AnswerData | None) -> None:
    """Store the mark of the answer's current try (`answer.tries`, already counted) and keep the try, with the
    `answer_data` it marked and its own mark, in the answer history. An automatic mark is then kept as the first
    try if it is one, and the answer's score credited as the assessment's retry credit says (first_try)."""
    earned_before = answer.score
    scoring.apply(answer, question, result)
    session.add(AnswerHistory(
        answer_id=answer.id, try_number=answer.tries, answer_data=answer_data, score=answer.score,
        is_correct=answer.is_correct, status=answer.status, feedback=answer.feedback,
        feedback_before_key=answer.feedback_before_key, mark_details=answer.mark_details,
        hint_used=answer.hint_used, released=answer.released,
    ))
    if answer.status == MarkingStatus.marked:
        # The assessment's settings as they are now, not as read before the attempt's row was taken: a teacher's
        # change of the retry credit that landed meanwhile recounted every answer but this try (recounting.py).
        assessment = await session.get(Assessment, question.assessment_id, populate_existing=True)
        first_try.settle(answer, assessment, earned_before=earned_before)
    await ai_suggestions.after_marking(session, answer=answer, question=question)
