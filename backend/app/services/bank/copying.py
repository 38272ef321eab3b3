"""Taking questions out of the bank and putting them in: copies added to one of the teacher's drafts, each
remembering where it came from, and a question saved to the bank so it stays there (with its tags) even after its
assessment is deleted.

A copy is the question as it is (text, key, hint, easier version, feedback, picture, strands, tags), checked
when the original was saved; its objective and topic come with it only when they belong to the draft's unit (or
the draft has none), since a question may only link to its own unit's objectives."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Conflict
from app.models import Assessment, AssessmentStatus, LearningObjective, Question, Topic, User, utcnow
from app.schemas.bank import BankAdded, BankAddIn, BankSaved, BankSaveIn
from app.services.authoring import assessments
from app.services.authoring.questions import refresh_totals
from app.services.bank.scope import BankEntry, bank_questions, changeable_question
from app.services.core import audit

# Not copied: the copy's own identity, place and history, and the original's place in the bank.
NOT_COPIED = frozenset({"id", "created_at", "updated_at", "assessment_id", "position", "version", "copied_from_id",
                        "copied_from_title", "saved_to_bank_at", "learning_objective_id", "topic_id"})
EDITABLE = (AssessmentStatus.draft, AssessmentStatus.review)


async def add_to_assessment(session: AsyncSession, *, user: User, data: BankAddIn) -> BankAdded:
    """Copy bank questions, in the order given (each once), to the end of one of the user's own drafts."""
    target = await assessments.get_for_teacher(session, data.assessment_id, user, edit=True)
    entries = await bank_questions(session, user, list(dict.fromkeys(data.question_ids)))
    if target.status not in EDITABLE:
        raise Conflict(f"‘{target.title}’ is {target.status.value}, so questions cannot be added to it. Choose a "
                       "draft, or duplicate this assessment to make a draft you can add to.")
    position = await session.scalar(select(func.count()).where(Question.assessment_id == target.id)) or 0
    links = await _unit_links(session, target, [entry.question for entry in entries])
    copies = []
    for offset, entry in enumerate(entries):
        copies.append(_copy(entry, target, position + offset, links))
    session.add_all(copies)
    await session.flush()
    await refresh_totals(session, target)
    await audit.record(session, "bank.add", user=user, entity_type="assessment", entity_id=target.id,
                       details={"questions": [str(entry.question.id) for entry in entries]})
    return BankAdded(assessment_id=target.id, assessment_title=target.title,
                     question_ids=[copy.id for copy in copies], question_count=position + len(copies))


def _copy(entry: BankEntry, target: Assessment, position: int, links: set[uuid.UUID]) -> Question:
    original = entry.question
    fields = {c.key: getattr(original, c.key) for c in Question.__table__.columns if c.key not in NOT_COPIED}
    return Question(
        **fields, id=uuid.uuid4(), assessment_id=target.id, position=position, version=1,
        copied_from_id=original.id, copied_from_title=entry.assessment.title,
        learning_objective_id=original.learning_objective_id if original.learning_objective_id in links else None,
        topic_id=original.topic_id if original.topic_id in links else None,
    )


async def _unit_links(session: AsyncSession, target: Assessment, originals: list[Question]) -> set[uuid.UUID]:
    """The originals' objective and topic ids that the draft's questions may link to (all, if it has no unit)."""
    objective_ids = {q.learning_objective_id for q in originals if q.learning_objective_id}
    topic_ids = {q.topic_id for q in originals if q.topic_id}
    if target.unit_id is None:
        return objective_ids | topic_ids
    same_unit = set()
    if objective_ids:
        same_unit |= set((await session.execute(select(LearningObjective.id).where(
            LearningObjective.id.in_(objective_ids), LearningObjective.unit_id == target.unit_id))).scalars())
    if topic_ids:
        same_unit |= set((await session.execute(select(Topic.id).where(
            Topic.id.in_(topic_ids), Topic.unit_id == target.unit_id))).scalars())
    return same_unit


async def save(session: AsyncSession, *, user: User, question_id: uuid.UUID, data: BankSaveIn) -> BankSaved:
    """Save a question to the bank (it stays there after its assessment is deleted), with new tags if given."""
    question, _assessment = await changeable_question(session, user, question_id)
    if question.saved_to_bank_at is None:
        question.saved_to_bank_at = utcnow()
    if data.tags is not None:
        question.tags = list(dict.fromkeys(tag.strip() for tag in data.tags if tag.strip()))
    await session.flush()
    await audit.record(session, "bank.save", user=user, entity_type="question", entity_id=question.id)
    return BankSaved(question_id=question.id, saved_to_bank_at=question.saved_to_bank_at, tags=question.tags)


async def unsave(session: AsyncSession, *, user: User, question_id: uuid.UUID) -> BankSaved:
    """Take a question out of the saved ones: it stays in the bank only while its assessment exists."""
    question, _assessment = await changeable_question(session, user, question_id)
    question.saved_to_bank_at = None
    await session.flush()
    await audit.record(session, "bank.unsave", user=user, entity_type="question", entity_id=question.id)
    return BankSaved(question_id=question.id, saved_to_bank_at=None, tags=question.tags)
