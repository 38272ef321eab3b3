"""A pupil's quiet "I need help": recorded on their open attempt and shown on the live view until a teacher of
the class marks it seen. Pressing again while one is waiting changes nothing, so requests never pile up."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import NotFound
from app.models import Attempt, ClassPupil, HelpRequest, User, utcnow
from app.schemas.live import HelpOut
from app.services.accounts import classes
from app.services.attempts.access import attempt_question, hold_attempt, own_attempt

TOLD = "Your teacher has been told. Keep going when you are ready."


async def ask(session: AsyncSession, *, pupil: User, attempt_id: uuid.UUID, question_id: uuid.UUID) -> HelpOut:
    """Record that the pupil asked for help on a question of their open attempt (or return the request already
    waiting). The attempt's row is taken first, so two presses at once make one request."""
    attempt = await own_attempt(session, pupil.id, attempt_id, need_open=True)
    await attempt_question(session, attempt, question_id)
    await hold_attempt(session, attempt_id, need_open=True)
    waiting = await session.scalar(
        select(HelpRequest).where(HelpRequest.attempt_id == attempt_id, HelpRequest.seen_at.is_(None))
        .order_by(HelpRequest.created_at).limit(1)
    )
    if waiting is not None:
        return HelpOut(id=waiting.id, asked_at=waiting.created_at, already_asked=True, message=TOLD)
    request = HelpRequest(attempt_id=attempt_id, question_id=question_id, created_at=utcnow())
    session.add(request)
    await session.flush()
    return HelpOut(id=request.id, asked_at=request.created_at, already_asked=False, message=TOLD)


async def mark_seen(session: AsyncSession, *, teacher: User, class_id: uuid.UUID, help_id: uuid.UUID) -> None:
    """A teacher of the class (or an admin) has seen the request: it leaves the live view. Safe to repeat."""
    await classes.get_class(session, class_id, user=teacher, with_people=False)
    request = await session.scalar(
        select(HelpRequest)
        .join(Attempt, Attempt.id == HelpRequest.attempt_id)
        .join(ClassPupil, (ClassPupil.pupil_id == Attempt.pupil_id) & (ClassPupil.class_id == class_id))
        .where(HelpRequest.id == help_id)
    )
    if request is None:
        raise NotFound("That help request was not found for a pupil in this class. Refresh the page.")
    if request.seen_at is None:
        request.seen_at = utcnow()
        request.seen_by_id = teacher.id
