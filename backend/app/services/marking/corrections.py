"""A teacher's correction of any mark (automatic, AI-suggested or their own): the new mark with a required
reason, kept with who changed it, when and from what; audited; the attempt re-totalled.

A corrected answer becomes a teacher's mark (`teacher_marked`), so a later re-mark after the key changes leaves it
alone: the teacher is told how many corrections were kept (`kept_on_question`). The pupil sees the corrected mark
when the answer's mark is released, with a note that their teacher changed it; the reason is treated as key
material (it may name the right answer), so it is shown only once the answers may be shown
(app.services.attempts.keys)."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Invalid
from app.models import Answer, AttemptStatus, MarkCorrection, MarkingStatus, User
from app.schemas.corrections import MAX_REASON, Corrected, CorrectionRead, PupilCorrection
from app.services.core import audit
from app.services.marking import scoring
from app.services.marking.review_queue import markable_answer
from app.utils import feedback as feedback_language

CHANGED_NOTE = "Your teacher checked this answer and changed the mark."
REASON_LATER = " You can read why when the answers are shown."


def _checked_reason(reason: str) -> str:
    """The reason, trimmed, or Invalid with what to fix: it is required and the pupil may read it."""
    text = " ".join((reason or "").split())
    if not text:
        raise Invalid("Write a reason for the change. The pupil can read it when the answers are shown.")
    if len(text) > MAX_REASON:
        raise Invalid(f"Keep the reason to {MAX_REASON} characters.")
    problems = feedback_language.language_problems(text)
    if problems:
        raise Invalid("Please reword the reason: " + "; ".join(problems))
    return text


def _checked_score(score: float, points: float) -> float:
    if score != score or score < 0 or score > points:  # score != score: not a number
        raise Invalid(f"The mark must be a number from 0 to {points:g}.")
    return round(float(score), 2)


async def correct_mark(session: AsyncSession, *, teacher: User, answer_id: uuid.UUID, score: float, reason: str,
                       ip: str | None) -> Corrected:
    """Change one answer's mark, with a reason. Refused (4xx, with what to do) for an answer not yet handed in,
    a mark outside 0..points, or an empty reason."""
    found = await markable_answer(session, teacher, answer_id)
    answer, question, attempt = found.answer, found.question, found.attempt
    if answer.submitted_at is None or attempt.status != AttemptStatus.completed:
        raise Invalid("The pupil has not finished this assessment yet. Correct the mark once it is handed in.")
    new_score = _checked_score(score, float(question.points))
    text = _checked_reason(reason)
    old_score = answer.score
    correction = MarkCorrection(answer_id=answer.id, question_id=question.id, teacher_id=teacher.id,
                               old_score=old_score, new_score=new_score, reason=text)
    session.add(correction)
    # A teacher's mark from now on: re-marking after a key change keeps it. A mark the pupil can already see
    # stays released; one still waiting for the teacher is released with the rest of the teacher's marks.
    await scoring.record_final(session, answer=answer, question=question, score=new_score, feedback=answer.feedback,
                               release=answer.released, status=MarkingStatus.teacher_marked, marked_by=teacher)
    await session.flush()
    await audit.record(session, "mark.correct", user=teacher, entity_type="answer", entity_id=answer.id,
                       details={"assessment_id": str(found.assessment.id), "question_id": str(question.id),
                                "attempt_id": str(attempt.id), "old_score": old_score, "new_score": new_score,
                                "reason": text}, ip=ip)
    return Corrected(answer_id=answer.id, score=answer.score, max_score=answer.max_score,
                     attempt_total=attempt.total_score, attempt_percentage=attempt.percentage,
                     released=answer.released, correction=_read(correction, teacher.name))


def _read(correction: MarkCorrection, teacher_name: str | None) -> CorrectionRead:
    return CorrectionRead(id=correction.id, answer_id=correction.answer_id, teacher_name=teacher_name,
                          old_score=correction.old_score, new_score=correction.new_score, reason=correction.reason,
                          created_at=correction.created_at)


async def for_answers(session: AsyncSession, answer_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[CorrectionRead]]:
    """Every correction of these answers, oldest first, by answer id (for the teacher's pages)."""
    if not answer_ids:
        return {}
    rows = await session.execute(
        select(MarkCorrection, User.name).outerjoin(User, User.id == MarkCorrection.teacher_id)
        .where(MarkCorrection.answer_id.in_(answer_ids))
        .order_by(MarkCorrection.created_at, MarkCorrection.id)
    )
    found: dict[uuid.UUID, list[CorrectionRead]] = {}
    for correction, name in rows.all():
        found.setdefault(correction.answer_id, []).append(_read(correction, name))
    return found


def pupil_correction(corrections: list[CorrectionRead], *, released: bool, show_keys: bool) -> PupilCorrection | None:
    """What the pupil is told about their teacher's changes to a mark: nothing until the mark is released; the
    reason only once the answers may be shown (it may name the right answer)."""
    if not corrections or not released:
        return None
    first, latest = corrections[0], corrections[-1]
    return PupilCorrection(previous_score=first.old_score, score=latest.new_score,
                           note=CHANGED_NOTE + ("" if show_keys else REASON_LATER),
                           reason=latest.reason if show_keys else None)


async def kept_on_question(session: AsyncSession, question_id: uuid.UUID) -> int:
    """How many answers to a question keep a teacher's correction (a re-mark after a key change leaves them)."""
    count = await session.scalar(
        select(func.count(func.distinct(MarkCorrection.answer_id)))
        .join(Answer, Answer.id == MarkCorrection.answer_id)
        .where(MarkCorrection.question_id == question_id, Answer.status == MarkingStatus.teacher_marked)
    )
    return count or 0


def kept_notice(kept: int) -> str | None:
    """What to tell the teacher when a re-mark kept corrected marks (None when there were none)."""
    if not kept:
        return None
    counted = "1 answer keeps the mark a teacher corrected" if kept == 1 else \
        f"{kept} answers keep the marks a teacher corrected"
    return f"{counted}: the new key did not change {'it' if kept == 1 else 'them'}."
