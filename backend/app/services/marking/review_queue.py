"""The teacher's marking queue for written answers: AI suggestions to accept or change, answers to mark by hand,
and releasing marks to pupils. Every decision is recorded with the AI's suggestion beside the final mark, so the
agreement between teachers and the AI can be measured per question."""

from __future__ import annotations

import uuid

from sqlalchemy import and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Forbidden, Invalid, NotFound
from app.models import (
    Answer,
    Assessment,
    Attempt,
    MarkingStatus,
    MarkReview,
    Question,
    Role,
    SchoolClass,
    User,
)
from app.services.accounts import classes
from app.services.authoring import assessments
from app.services.core import audit
from app.services.marking import scoring

OPEN = (MarkingStatus.awaiting_marking, MarkingStatus.ai_suggested)


async def _scope_conditions(session: AsyncSession, teacher: User) -> list:
    """Answers a teacher may mark: in assessments they own, or from pupils in classes they teach."""
    if teacher.role == Role.admin:
        return []
    mine = await classes.class_ids_for(session, teacher) or []
    return [or_(Assessment.owner_id == teacher.id, Attempt.class_id.in_(mine))]


async def queue(session: AsyncSession, *, teacher: User, assessment_id: uuid.UUID | None = None,
                class_id: uuid.UUID | None = None, question_id: uuid.UUID | None = None,
                include_marked: bool = False, limit: int = 200) -> dict:
    states = [*OPEN]
    conditions = await _scope_conditions(session, teacher)
    waiting = Answer.status.in_(states)
    if include_marked:
        waiting = or_(waiting, and_(Answer.status == MarkingStatus.teacher_marked, Answer.released.is_(False)))
    stmt = (
        select(Answer, Question, Attempt, Assessment.title, User.name, SchoolClass.name)
        .join(Question, Question.id == Answer.question_id)
        .join(Attempt, Attempt.id == Answer.attempt_id)
        .join(Assessment, Assessment.id == Attempt.assessment_id)
        .join(User, User.id == Attempt.pupil_id)
        .outerjoin(SchoolClass, SchoolClass.id == Attempt.class_id)
        .where(waiting, Answer.submitted_at.is_not(None), Assessment.deleted_at.is_(None), *conditions)
        .order_by(Assessment.title, Question.position, User.last_name, User.first_name)
        .limit(limit)
    )
    if assessment_id:
        stmt = stmt.where(Attempt.assessment_id == assessment_id)
    if class_id:
        stmt = stmt.where(Attempt.class_id == class_id)
    if question_id:
        stmt = stmt.where(Answer.question_id == question_id)
    rows = (await session.execute(stmt)).all()
    unreleased = await session.scalar(
        select(func.count()).select_from(Answer).join(Attempt, Attempt.id == Answer.attempt_id)
        .join(Assessment, Assessment.id == Attempt.assessment_id)
        .where(Answer.released.is_(False), Answer.status == MarkingStatus.teacher_marked, *conditions,
               *( [Attempt.assessment_id == assessment_id] if assessment_id else []),
               *( [Attempt.class_id == class_id] if class_id else []))
    )
    items = []
    for answer, question, attempt, title, pupil_name, class_name in rows:
        guide = (question.config or {}).get("marking_guide") or {}
        items.append({
            "answer_id": answer.id, "assessment_id": attempt.assessment_id, "assessment_title": title,
            "question_id": question.id, "question_number": question.position + 1,
            "question_text": question.question_text, "points": question.points,
            "mark_scheme": guide.get("mark_scheme", []), "points_available": guide.get("points_available"),
            "pupil_id": attempt.pupil_id, "pupil_name": pupil_name, "class_id": attempt.class_id,
            "class_name": class_name, "answer_text": (answer.answer_data or {}).get("text", ""),
            "draft": answer.tries, "status": answer.status.value, "submitted_at": answer.submitted_at,
            "ai": answer.ai_suggestion or {"state": "none"}, "score": answer.score, "feedback": answer.feedback,
            "released": answer.released,
        })
    return {"items": items, "count": len(items), "marked_not_released": unreleased or 0}


async def _answer_for(session: AsyncSession, teacher: User, answer_id: uuid.UUID):
    row = (await session.execute(
        select(Answer, Question, Attempt, Assessment)
        .join(Question, Question.id == Answer.question_id)
        .join(Attempt, Attempt.id == Answer.attempt_id)
        .join(Assessment, Assessment.id == Attempt.assessment_id)
        .where(Answer.id == answer_id)
    )).first()
    if row is None:
        raise NotFound("That answer does not exist.")
    answer, question, attempt, assessment = row
    allowed = teacher.role == Role.admin or assessment.owner_id == teacher.id or (
        attempt.class_id is not None and await classes.teaches(session, teacher, attempt.class_id))
    if not allowed:
        raise Forbidden("This answer is from a pupil who is not in your classes.")
    return answer, question, attempt, assessment


async def decide(session: AsyncSession, *, teacher: User, answer_id: uuid.UUID, accept: bool,
                 score: float | None, feedback: str | None, criteria: list[dict] | None, ip: str | None) -> Answer:
    """Accept the AI's suggestion, or give your own mark and feedback. The pupil sees it once released
    (straight away if this answer's mark was already released)."""
    answer, question, _attempt, assessment = await _answer_for(session, teacher, answer_id)
    if answer.submitted_at is None:
        raise Invalid("This answer has not been submitted yet.")
    suggestion = answer.ai_suggestion or {}
    has_suggestion = suggestion.get("state") == "suggested"
    if accept:
        if not has_suggestion:
            raise Invalid("There is no AI suggestion to accept for this answer. Give a score and feedback instead.")
        score, feedback, criteria = suggestion["score"], suggestion["feedback"], suggestion.get("criteria")
    if score is None:
        raise Invalid("Give a score (or accept the AI's suggestion).")
    if score < 0 or score > question.points:
        raise Invalid(f"The score must be between 0 and {question.points}.")
    if feedback is not None and feedback.strip():
        from app.utils import feedback as feedback_language

        problems = feedback_language.language_problems(feedback)
        if problems:
            raise Invalid("Please reword the feedback: " + "; ".join(problems) + ".")
    session.add(MarkReview(
        answer_id=answer.id, question_id=question.id, teacher_id=teacher.id,
        ai_score=suggestion.get("score") if has_suggestion else None,
        ai_feedback=suggestion.get("feedback") if has_suggestion else None,
        final_score=float(score), final_feedback=feedback,
        accepted=bool(accept) or (has_suggestion and float(score) == float(suggestion["score"])
                                  and (feedback or "") == (suggestion.get("feedback") or "")),
    ))
    await scoring.record_final(session, answer=answer, question=question, score=float(score), feedback=feedback,
                               criteria=criteria, release=answer.released, marked_by=teacher)
    await audit.record(session, "mark.accept" if accept else "mark.override", user=teacher, entity_type="answer",
                       entity_id=answer.id, details={"assessment_id": str(assessment.id), "score": float(score),
                                                     "ai_score": suggestion.get("score")}, ip=ip)
    return answer


async def release(session: AsyncSession, *, teacher: User, assessment_id: uuid.UUID, class_id: uuid.UUID | None,
                  ip: str | None) -> dict:
    """Let pupils see the marks and feedback their teacher has decided on."""
    await assessments.get_for_teacher(session, assessment_id, teacher)
    if class_id is not None and not await classes.teaches(session, teacher, class_id):
        raise Forbidden("You do not teach that class.")
    conditions = await _scope_conditions(session, teacher)
    stmt = (
        select(Answer, Question)
        .join(Question, Question.id == Answer.question_id)
        .join(Attempt, Attempt.id == Answer.attempt_id)
        .join(Assessment, Assessment.id == Attempt.assessment_id)
        .where(Attempt.assessment_id == assessment_id, Answer.released.is_(False),
               Answer.status == MarkingStatus.teacher_marked, *conditions)
    )
    if class_id is not None:
        stmt = stmt.where(Attempt.class_id == class_id)
    released = 0
    for answer, question in (await session.execute(stmt)).all():
        await scoring.record_final(session, answer=answer, question=question, score=answer.score,
                                   feedback=answer.feedback, release=True, status=MarkingStatus.teacher_marked)
        released += 1
    still = await session.scalar(
        select(func.count()).select_from(Answer).join(Attempt, Attempt.id == Answer.attempt_id)
        .where(Attempt.assessment_id == assessment_id, Answer.status.in_(OPEN), Answer.submitted_at.is_not(None),
               *( [Attempt.class_id == class_id] if class_id else []))
    )
    await audit.record(session, "marks.release", user=teacher, entity_type="assessment", entity_id=assessment_id,
                       details={"class_id": str(class_id) if class_id else None, "released": released}, ip=ip)
    return {"released": released, "still_to_mark": still or 0}


async def agreement(session: AsyncSession, *, teacher: User, assessment_id: uuid.UUID) -> dict:
    """How often teachers kept the AI's suggested mark, per question (only reviews that had a suggestion)."""
    assessment = await assessments.get_for_teacher(session, assessment_id, teacher, with_questions=True)
    ids = [q.id for q in assessment.questions if q.type == "extended_text"]
    rows = (await session.execute(
        select(MarkReview.question_id, MarkReview.ai_score, MarkReview.final_score, MarkReview.accepted)
        .where(MarkReview.question_id.in_(ids), MarkReview.ai_score.is_not(None))
    )).all() if ids else []
    by_question: dict[uuid.UUID, list] = {qid: [] for qid in ids}
    for qid, ai_score, final, accepted in rows:
        by_question[qid].append((ai_score, final, accepted))
    numbers = {q.id: q.position + 1 for q in assessment.questions}
    result = []
    for qid, reviews in by_question.items():
        n = len(reviews)
        same = sum(1 for a, f, _ok in reviews if abs(a - f) < 1e-9)
        within_one = sum(1 for a, f, _ok in reviews if abs(a - f) <= 1)
        result.append({
            "question_id": qid, "number": numbers[qid], "reviews": n,
            "agreement_rate": round(same / n, 3) if n else None,
            "within_one_point_rate": round(within_one / n, 3) if n else None,
            "mean_difference": round(sum(abs(a - f) for a, f, _ok in reviews) / n, 2) if n else None,
            "accepted_unchanged": sum(1 for *_x, ok in reviews if ok),
        })
    return {"assessment_id": assessment.id, "questions": result}

