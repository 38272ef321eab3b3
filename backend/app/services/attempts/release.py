"""A teacher's "Show answers now" and "Hide answers again" for one class an assessment is set to: the release
point of "when the assessment closes" for a class with no closing date (or before it). The rule above every
release still holds: a pupil who can start another attempt or change an answer sees no answers
(app.services.attempts.keys). Teachers of the class (or admins) only; every use is in the audit log."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Conflict
from app.models import AnswerRelease, User, utcnow
from app.schemas.assessments import AssessmentRead
from app.services.attempts.extensions import class_link
from app.services.authoring import assessments
from app.services.core import audit

# The teacher's words for each choice, for a refusal that names the class's choice.
CHOICE_WORDS = {
    AnswerRelease.after_each_question: "after each question",
    AnswerRelease.after_finishing: "when they finish",
    AnswerRelease.after_closing: "when the assessment closes",
    AnswerRelease.never: "never",
}


async def set_answers_shown(session: AsyncSession, *, teacher: User, assessment_id: uuid.UUID,
                            class_id: uuid.UUID, shown: bool) -> AssessmentRead:
    """Show the class's pupils the answers now (`shown`), or hide them again. Only for a class whose pupils see
    the answers "when the assessment closes"; the other choices have no moment to bring forward. Safe to repeat."""
    link = await class_link(session, teacher, assessment_id, class_id)
    if link.show_answers != AnswerRelease.after_closing:
        raise Conflict(f"Pupils in this class see the answers {CHOICE_WORDS[link.show_answers]}. \"Show answers "
                       "now\" is for classes that see them when the assessment closes: change that choice with "
                       "\"Change classes and dates\" first.")
    if shown != (link.answers_released_at is not None):
        link.answers_released_at = utcnow() if shown else None
        await audit.record(session, "assessment.answers_shown" if shown else "assessment.answers_hidden",
                           user=teacher, entity_type="assessment", entity_id=assessment_id,
                           details={"class_id": str(class_id)})
    await session.flush()
    return await assessments.detail(session, assessment_id, teacher)
