"""Handing in, once, every open attempt whose time is over: its pupil's window closed (the class's closing time,
or their extension's) or its time limit (with their extra time) ran out, plus TIME_GRACE. Run every half
minute by each API process's background worker (HandInSweep); several processes may sweep at once, because
finishing.finish claims each attempt with a conditional UPDATE on its status, so each is handed in exactly once
(and written in the audit log once). The sweep reads only open attempts, through their own partial index."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import and_, func, literal_column, or_, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db import session_scope
from app.errors import AppError, NotFound
from app.models import Assessment, AssessmentClass, Attempt, AttemptEnd, Extension, User, utcnow
from app.services.attempts import finishing
from app.services.attempts.access import extension_of, limit_ends_at, pupil_time_limit, time_is_over
from app.services.core import audit

log = logging.getLogger("app.attempts.closing")

SWEEP_EVERY_SECONDS = 30.0
WORKER_NAME = "job worker"  # who the audit log says handed it in


async def due_attempts(session: AsyncSession, now: datetime | None = None) -> list[uuid.UUID]:
    """The open attempts whose time is over (with its grace period), oldest first."""
    now = now or utcnow()
    closes = func.coalesce(Extension.available_until, AssessmentClass.available_until)
    rows = await session.execute(
        select(Attempt, Assessment.time_limit_minutes, User.access_arrangements, closes.label("closes"))
        .join(Assessment, Assessment.id == Attempt.assessment_id)
        .join(User, User.id == Attempt.pupil_id)
        .outerjoin(AssessmentClass, and_(AssessmentClass.assessment_id == Attempt.assessment_id,
                                         AssessmentClass.class_id == Attempt.class_id))
        .outerjoin(Extension, extension_of(Attempt.assessment_id, Attempt.class_id, Attempt.pupil_id))
        # Written as the partial index's own condition (a literal), so PostgreSQL reads that index.
        .where(Attempt.status != literal_column("'completed'"),
               or_(Assessment.time_limit_minutes > 0, closes.is_not(None)))
        .order_by(Attempt.started_at)
    )
    due = []
    for attempt, minutes, arrangements, closing in rows:
        ends = [end for end in (limit_ends_at(attempt, pupil_time_limit(minutes, arrangements)), closing) if end]
        if ends and time_is_over(min(ends), now):
            due.append(attempt.id)
    return due


async def hand_in_due(sessions: async_sessionmaker[AsyncSession], now: datetime | None = None) -> int:
    """Hand in every attempt whose time is over; how many this call handed in (others may have done some)."""
    async with session_scope(sessions) as session:
        due = await due_attempts(session, now)
    handed_in = 0
    for attempt_id in due:
        try:
            handed_in += await _hand_in(sessions, attempt_id)
        except AppError as exc:  # deleted meanwhile, or answers changing under it: the next sweep tries again
            log.info("attempt %s not handed in: %s", attempt_id, exc.detail)
    return handed_in


async def _hand_in(sessions: async_sessionmaker[AsyncSession], attempt_id: uuid.UUID) -> bool:
    async def load(session: AsyncSession) -> Attempt:
        attempt = await session.get(Attempt, attempt_id)
        if attempt is None:
            raise NotFound("That attempt no longer exists.")
        return attempt

    async def note(session: AsyncSession, attempt: Attempt) -> None:
        await audit.record(session, "attempt.hand_in_closed", username=WORKER_NAME, entity_type="attempt",
                           entity_id=attempt.id,
                           details={"pupil_id": str(attempt.pupil_id), "assessment_id": str(attempt.assessment_id),
                                    "end_reason": AttemptEnd.window_closed.value})

    ended = await finishing.finish(sessions, load, end=AttemptEnd.window_closed, on_finished=note)
    return ended.finished_now


class HandInSweep:
    """The background worker's periodic sweep (started with the job worker in app.main)."""

    def __init__(self, sessionmaker_factory: Callable[[], async_sessionmaker[AsyncSession]], *,
                 every_seconds: float = SWEEP_EVERY_SECONDS) -> None:
        self._factory = sessionmaker_factory
        self._every = every_seconds
        self._task: asyncio.Task | None = None

    async def _loop(self) -> None:
        while True:
            try:
                await hand_in_due(self._factory())
            except Exception:
                log.exception("hand-in sweep failed")
            await asyncio.sleep(self._every)

    async def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="hand-in-sweep")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
