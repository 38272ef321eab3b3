"""Which questions are in a user's question bank.

`bank_assessments` is the one rule for whose assessments the bank covers; everything else in the bank (search,
copying, saving) goes through it, so widening it (department sharing) widens the whole bank at once."""

from __future__ import annotations

import uuid
from typing import NamedTuple

from sqlalchemy import ColumnElement, and_, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Forbidden, NotFound
from app.models import Assessment, Question, Role, User
from app.services.authoring import sharing

NOT_IN_BANK = "That question is not in your question bank. Search the bank again: it may have been deleted."


def bank_assessments(user: User) -> ColumnElement[bool]:
    """The assessments whose questions are in the user's bank: every assessment the user may read the questions
    of — their own, those set for a class they teach, those colleagues share with the department; every one for an
    admin (sharing.viewable_by, the one rule)."""
    return sharing.viewable_by(user)


def _may_change(user: User) -> ColumnElement[bool]:
    """The assessments whose questions the user may save to the bank or take out of it: the owner's, and admins'."""
    if user.role == Role.admin:
        return true()
    return Assessment.owner_id == user.id


def in_bank(user: User) -> ColumnElement[bool]:
    """Questions in the user's bank (over Question joined to its Assessment): those of the assessments
    `bank_assessments` covers that are not deleted, and the user's own saved questions even after their assessment
    was deleted."""
    return or_(
        and_(bank_assessments(user), Assessment.deleted_at.is_(None)),
        and_(_may_change(user), Question.saved_to_bank_at.is_not(None)),
    )


class BankEntry(NamedTuple):
    """A question in the bank and the assessment it belongs to."""

    question: Question
    assessment: Assessment


async def bank_questions(session: AsyncSession, user: User, question_ids: list[uuid.UUID]) -> list[BankEntry]:
    """The questions, in the order asked, each with its assessment; NotFound if any is not in the user's bank."""
    rows = await session.execute(
        select(Question, Assessment).join(Assessment, Assessment.id == Question.assessment_id)
        .where(Question.id.in_(question_ids), in_bank(user))
    )
    found = {question.id: BankEntry(question, assessment) for question, assessment in rows.all()}
    if len(found) != len(set(question_ids)):
        raise NotFound(NOT_IN_BANK)
    return [found[question_id] for question_id in question_ids]


async def changeable_question(session: AsyncSession, user: User, question_id: uuid.UUID) -> BankEntry:
    """A question of the bank the user may save or take out (its owner or an admin); NotFound or Forbidden."""
    [entry] = await bank_questions(session, user, [question_id])
    if not sharing.can_edit(entry.assessment, user):
        raise Forbidden("Only the teacher who wrote this question (or an admin) can save it to the bank or take it "
                        "out. Add it to one of your assessments to have your own copy.")
    return entry
