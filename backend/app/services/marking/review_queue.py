"""The teacher's marking queue for written answers: AI suggestions to accept or change, answers to mark by hand,
and releasing marks to pupils. Every decision is recorded with the AI's suggestion beside the final mark, so the
agreement between teachers and the AI can be measured per question."""

from __future__ import annotations

import uuid
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
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
from app.schemas.marking import Agreement, Decided, QuestionAgreement, Queue, QueueItem, Released
from app.services.accounts import classes
from app.services.ai.provider import resolve_provider
from app.services.authoring import assessments
from app.services.core import audit
from app.services.marking import ai_suggestions, scoring
from app.utils import feedback as feedback_language

OPEN = (MarkingStatus.awaiting_marking, MarkingStatus.ai_suggested)


async def scope_conditions(session: AsyncSession, teacher: User) -> list[ColumnElement[bool]]:
    """Answers a teacher may mark: in assessments they own, or from pupils in classes they teach."""
    if teacher.role == Role.admin:
        return []
    mine = await classes.class_ids_for(session, teacher) or []
    return [or_(Assessment.owner_id == teacher.id, Attempt.class_id.in_(mine))]


# --- The queue -----------------------------------------------------------------------------------------------


def _queue_statement(conditions: list[ColumnElement[bool]], *, assessment_id: uuid.UUID | None,
                     class_id: uuid.UUID | None, question_id: uuid.UUID | None, include_marked: bool,
                     limit: int) -> Select:
    waiting = Answer.status.in_(OPEN)
    if include_marked:
        waiting = or_(waiting, and_(Answer.status == MarkingStatus.teacher_marked, Answer.released.is_(False)))
    stmt = (
        select(Answer, Question, Attempt, Assessment.title, User.name.label("pupil_name"),
               SchoolClass.name.label("class_name"))
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
    return stmt


async def _marked_not_released(session: AsyncSession, conditions: list[ColumnElement[bool]], *,
                               assessment_id: uuid.UUID | None, class_id: uuid.UUID | None) -> int:
    count = await session.scalar(
        select(func.count()).select_from(Answer).join(Attempt, Attempt.id == Answer.attempt_id)
        .join(Assessment, Assessment.id == Attempt.assessment_id)
        .where(Answer.released.is_(False), Answer.status == MarkingStatus.teacher_marked, *conditions,
               *( [Attempt.assessment_id == assessment_id] if assessment_id else []),
               *( [Attempt.class_id == class_id] if class_id else []))
    )
    return count or 0


def _queue_item(answer: Answer, question: Question, attempt: Attempt, title: str, pupil_name: str,
                class_name: str | None) -> QueueItem:
    guide = (question.config or {}).get("marking_guide") or {}
    return QueueItem(
        answer_id=answer.id, assessment_id=attempt.assessment_id, assessment_title=title,
        question_id=question.id, question_number=question.position + 1,
        question_text=question.question_text, points=question.points,
        mark_scheme=guide.get("mark_scheme", []), points_available=guide.get("points_available"),
        pupil_id=attempt.pupil_id, pupil_name=pupil_name, class_id=attempt.class_id,
        class_name=class_name, answer_text=(answer.answer_data or {}).get("text", ""),
        draft=answer.tries, status=answer.status.value, submitted_at=answer.submitted_at,
        ai=answer.ai_suggestion or {"state": "none"}, score=answer.score, feedback=answer.feedback,
        released=answer.released,
    )


async def answers_to_mark(session: AsyncSession, *, teacher: User, assessment_id: uuid.UUID | None = None,
                          class_id: uuid.UUID | None = None, question_id: uuid.UUID | None = None,
                          include_marked: bool = False, limit: int = 200) -> Queue:
    """Written answers waiting for this teacher (optionally also marked ones not yet released), how many
    decided marks wait to be released, and whether AI suggestions can come."""
    conditions = await scope_conditions(session, teacher)
    stmt = _queue_statement(conditions, assessment_id=assessment_id, class_id=class_id, question_id=question_id,
                            include_marked=include_marked, limit=limit)
    rows = (await session.execute(stmt)).all()
    unreleased = await _marked_not_released(session, conditions, assessment_id=assessment_id, class_id=class_id)
    items = [_queue_item(answer, question, attempt, title, pupil_name, class_name)
             for answer, question, attempt, title, pupil_name, class_name in rows]
    configured = await resolve_provider(session) is not None
    return Queue(items=items, count=len(items), marked_not_released=unreleased, ai_configured=configured,
                 message=None if configured else ai_suggestions.NOT_SET_UP)


# --- Deciding a mark -----------------------------------------------------------------------------------------


class MarkableAnswer(NamedTuple):
    answer: Answer
    question: Question
    attempt: Attempt
    assessment: Assessment


async def markable_answer(session: AsyncSession, teacher: User, answer_id: uuid.UUID) -> MarkableAnswer:
    """The answer with what it belongs to, if this teacher may mark it."""
    row = (await session.execute(
        select(Answer, Question, Attempt, Assessment)
        .join(Question, Question.id == Answer.question_id)
        .join(Attempt, Attempt.id == Answer.attempt_id)
        .join(Assessment, Assessment.id == Attempt.assessment_id)
        .where(Answer.id == answer_id)
    )).first()
    if row is None:
        raise NotFound("That answer does not exist.")
    found = MarkableAnswer(*row)
    allowed = teacher.role == Role.admin or found.assessment.owner_id == teacher.id or (
        found.attempt.class_id is not None and await classes.teaches(session, teacher, found.attempt.class_id))
    if not allowed:
        raise Forbidden("This answer is from a pupil who is not in your classes.")
    return found


class _FinalMark(NamedTuple):
    score: float
    feedback: str | None
    criteria: list[dict[str, Any]] | None


def _final_mark(question: Question, suggestion: dict[str, Any], *, accept: bool, score: float | None,
                feedback: str | None, criteria: list[dict[str, Any]] | None) -> _FinalMark:
    """The mark to record: the AI's suggestion when accepted, else the teacher's, checked."""
    if accept:
        if suggestion.get("state") != "suggested":
            raise Invalid("There is no AI suggestion to accept for this answer. Give a score and feedback instead.")
        score, feedback, criteria = suggestion["score"], suggestion["feedback"], suggestion.get("criteria")
    if score is None:
        raise Invalid("Give a score (or accept the AI's suggestion).")
    if score < 0 or score > question.points:
        raise Invalid(f"The score must be between 0 and {question.points}.")
    if feedback is not None and feedback.strip():
        problems = feedback_language.language_problems(feedback)
        if problems:
            raise Invalid("Please reword the feedback: " + "; ".join(problems) + ".")
    return _FinalMark(float(score), feedback, criteria)


def _review(found: MarkableAnswer, teacher: User, suggestion: dict[str, Any], final: _FinalMark,
            *, accept: bool) -> MarkReview:
    """The record of a decision: the AI's suggestion (if any) beside the teacher's final mark."""
    has_suggestion = suggestion.get("state") == "suggested"
    return MarkReview(
        answer_id=found.answer.id, question_id=found.question.id, teacher_id=teacher.id,
        ai_score=suggestion.get("score") if has_suggestion else None,
        ai_feedback=suggestion.get("feedback") if has_suggestion else None,
        final_score=final.score, final_feedback=final.feedback,
        accepted=bool(accept) or (has_suggestion and final.score == float(suggestion["score"])
                                  and (final.feedback or "") == (suggestion.get("feedback") or "")),
    )


async def decide(session: AsyncSession, *, teacher: User, answer_id: uuid.UUID, accept: bool,
                 score: float | None, feedback: str | None, criteria: list[dict[str, Any]] | None,
                 ip: str | None) -> Decided:
    """Accept the AI's suggestion, or give your own mark and feedback. The pupil sees it once released
    (straight away if this answer's mark was already released)."""
    found = await markable_answer(session, teacher, answer_id)
    answer, question = found.answer, found.question
    if answer.submitted_at is None:
        raise Invalid("This answer has not been submitted yet.")
    suggestion = answer.ai_suggestion or {}
    final = _final_mark(question, suggestion, accept=accept, score=score, feedback=feedback, criteria=criteria)
    session.add(_review(found, teacher, suggestion, final, accept=accept))
    await scoring.record_final(session, answer=answer, question=question, score=final.score,
                               feedback=final.feedback, criteria=final.criteria, release=answer.released,
                               marked_by=teacher)
    await audit.record(session, "mark.accept" if accept else "mark.override", user=teacher, entity_type="answer",
                       entity_id=answer.id, details={"assessment_id": str(found.assessment.id),
                                                     "score": final.score, "ai_score": suggestion.get("score")},
                       ip=ip)
    return Decided(answer_id=answer.id, status=answer.status.value, score=answer.score, feedback=answer.feedback,
                   released=answer.released)


# --- Releasing marks, and agreement with the AI --------------------------------------------------------------


async def release(session: AsyncSession, *, teacher: User, assessment_id: uuid.UUID, class_id: uuid.UUID | None,
                  ip: str | None) -> Released:
    """Let pupils see the marks and feedback their teacher has decided on."""
    await assessments.get_for_teacher(session, assessment_id, teacher)
    if class_id is not None and not await classes.teaches(session, teacher, class_id):
        raise Forbidden("You do not teach that class.")
    conditions = await scope_conditions(session, teacher)
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
    return Released(released=released, still_to_mark=still or 0)


class _Review(NamedTuple):
    ai_score: float
    final_score: float
    accepted: bool


def _question_agreement(question_id: uuid.UUID, number: int, reviews: list[_Review]) -> QuestionAgreement:
    n = len(reviews)
    same = sum(1 for r in reviews if abs(r.ai_score - r.final_score) < 1e-9)
    within_one = sum(1 for r in reviews if abs(r.ai_score - r.final_score) <= 1)
    return QuestionAgreement(
        question_id=question_id, number=number, reviews=n,
        agreement_rate=round(same / n, 3) if n else None,
        within_one_point_rate=round(within_one / n, 3) if n else None,
        mean_difference=round(sum(abs(r.ai_score - r.final_score) for r in reviews) / n, 2) if n else None,
        accepted_unchanged=sum(1 for r in reviews if r.accepted),
    )


async def agreement(session: AsyncSession, *, teacher: User, assessment_id: uuid.UUID) -> Agreement:
    """How often teachers kept the AI's suggested mark, per question (only reviews that had a suggestion)."""
    assessment = await assessments.get_for_teacher(session, assessment_id, teacher, with_questions=True)
    ids = [q.id for q in assessment.questions if q.type == "extended_text"]
    rows = (await session.execute(
        select(MarkReview.question_id, MarkReview.ai_score, MarkReview.final_score, MarkReview.accepted)
        .where(MarkReview.question_id.in_(ids), MarkReview.ai_score.is_not(None))
    )).all() if ids else []
    by_question: dict[uuid.UUID, list[_Review]] = {qid: [] for qid in ids}
    for row in rows:
        by_question[row.question_id].append(_Review(row.ai_score, row.final_score, row.accepted))
    numbers = {q.id: q.position + 1 for q in assessment.questions}
    return Agreement(assessment_id=assessment.id,
                     questions=[_question_agreement(qid, numbers[qid], reviews)
                                for qid, reviews in by_question.items()])
