"""Asking the AI again for written answers that have no suggestion: sent before an AI key was set, or whose AI
marking failed. They are queued as a new answer is (app.services.marking.ai_suggestions)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import question_types as engine
from app.errors import Conflict, Invalid
from app.models import Answer, Assessment, Attempt, MarkingStatus, Question, User
from app.schemas.revision import AskedAI
from app.services.ai.provider import resolve_provider
from app.services.authoring import assessments
from app.services.core import audit
from app.services.marking import ai_suggestions
from app.services.marking.review_queue import markable_answer, scope_conditions

WAITING_STATES = ("pending", "retrying")
NO_SUGGESTION_STATES = (None, "none", "failed")


def has_no_suggestion(answer: Answer) -> bool:
    """A sent written answer still waiting for a mark, with no suggestion and none on the way."""
    return (answer.status == MarkingStatus.awaiting_marking and answer.submitted_at is not None
            and (answer.ai_suggestion or {}).get("state") in NO_SUGGESTION_STATES)


async def _need_ai(session: AsyncSession) -> None:
    if await resolve_provider(session) is None:
        raise Conflict("No AI service is set up. Ask the school's admin to add one in Admin → AI settings, then ask "
                       "again.")


def _ai_marks(question: Question) -> bool:
    return question.type == "extended_text" and engine.parse_config(question.config).ai_marking_enabled


async def ask_for_answer(session: AsyncSession, *, teacher: User, answer_id: uuid.UUID,
                         ip: str | None) -> AskedAI:
    """Queue one written answer for the AI again."""
    found = await markable_answer(session, teacher, answer_id)
    answer, question = found.answer, found.question
    if question.type != "extended_text":
        raise Invalid("Only written answers are marked by the AI.")
    if not _ai_marks(question):
        raise Invalid("AI marking is switched off for this question. Switch it on in the question's settings.")
    state = (answer.ai_suggestion or {}).get("state")
    if state in WAITING_STATES:
        raise Conflict("The AI is already working on this answer.")
    if not has_no_suggestion(answer):
        raise Conflict("This answer has a suggestion or a mark already.")
    await _need_ai(session)
    queued = await ai_suggestions.request(session, answer=answer, question=question, requested_by=teacher)
    if not queued:
        raise Invalid("This answer is empty, so there is nothing for the AI to mark.")
    await audit.record(session, "mark.ask_ai", user=teacher, entity_type="answer", entity_id=answer.id, ip=ip)
    return AskedAI(queued=1, message="The AI will suggest a mark for this answer in a moment.")


async def ask_for_all(session: AsyncSession, *, teacher: User, assessment_id: uuid.UUID,
                      question_id: uuid.UUID | None, ip: str | None) -> AskedAI:
    """Queue every written answer of an assessment (or one question of it) that this teacher may mark and that
    has no suggestion."""
    assessment = await assessments.get_for_teacher(session, assessment_id, teacher)
    await _need_ai(session)
    stmt = (select(Answer, Question).join(Question, Question.id == Answer.question_id)
            .join(Attempt, Attempt.id == Answer.attempt_id).join(Assessment, Assessment.id == Attempt.assessment_id)
            .where(Attempt.assessment_id == assessment.id, Question.type == "extended_text",
                   Answer.status == MarkingStatus.awaiting_marking, Answer.submitted_at.is_not(None),
                   *await scope_conditions(session, teacher)))
    if question_id is not None:
        stmt = stmt.where(Answer.question_id == question_id)
    queued = 0
    for answer, question in (await session.execute(stmt)).all():
        if has_no_suggestion(answer) and _ai_marks(question):
            queued += await ai_suggestions.request(session, answer=answer, question=question, requested_by=teacher)
    await audit.record(session, "mark.ask_ai", user=teacher, entity_type="assessment", entity_id=assessment.id,
                       details={"question_id": str(question_id) if question_id else None, "queued": queued}, ip=ip)
    if not queued:
        return AskedAI(queued=0, message="Every written answer has a suggestion or a mark already.")
    return AskedAI(queued=queued, message=f"The AI will suggest marks for {queued} "
                                          f"answer{'s' if queued != 1 else ''}. They appear here as they come.")
