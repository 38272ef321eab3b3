"""Keeping children's data no longer than needed (UK GDPR): written-answer and code content is purged after a
number of days while scores stay; whole attempt records, and old log entries, go after a number of years.

Run by `python -m app retention`, by an admin from the admin screens, and once a day in the background."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import case, delete, literal, null, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.config import get_settings
from app.models import (
    AIMarkingRun,
    AIUsage,
    Answer,
    AnswerHistory,
    AppSetting,
    Attempt,
    AuditLog,
    Job,
    JobStatus,
    Question,
    Revision,
    User,
    utcnow,
)
from app.models.base import JSONType
from app.schemas.privacy import RetentionCounts, RetentionOut
from app.services.accounts import sign_in
from app.services.core import audit, jobs, rate_limit

log = logging.getLogger("app.retention")
KEY = "retention"
JOB_KIND = "retention"
CONTENT_TYPES = ("extended_text", "text_input", "python_code", "code_debug")
PURGED = {"purged": True}


async def load(session: AsyncSession) -> RetentionOut:
    """How long data is kept (the admin's choice, else the server's settings) and the last clean-up."""
    settings = get_settings()
    row = await session.get(AppSetting, KEY)
    stored = dict(row.value) if row else {}
    return RetentionOut(
        content_days=int(stored.get("content_days") or settings.retention_content_days),
        record_years=int(stored.get("record_years") or settings.retention_record_years),
        last_run=stored.get("last_run"),
        last_result=stored.get("last_result"),
    )


async def save(
    session: AsyncSession, *, content_days: int, record_years: int, actor: User, ip: str | None
) -> RetentionOut:
    """Change how long data is kept."""
    row = await session.get(AppSetting, KEY)
    if row is None:
        row = AppSetting(key=KEY, value={})
        session.add(row)
    row.value = {**(row.value or {}), "content_days": content_days, "record_years": record_years}
    row.updated_by_id = actor.id
    await session.flush()
    await audit.record(session, "settings.retention", user=actor, entity_type="setting", entity_id=KEY,
                       details={"content_days": content_days, "record_years": record_years}, ip=ip)
    return await load(session)


async def purge(session: AsyncSession, *, actor: User | None = None) -> RetentionCounts:
    """Apply the retention settings now. Returns what was removed (counts only)."""
    policy = await load(session)
    now = utcnow()
    content_before = now - timedelta(days=policy.content_days)
    records_before = now - timedelta(days=365 * policy.record_years)
    # Whole records past their time go first, so their content is not needlessly rewritten before deletion.
    removed_attempts = (await session.execute(delete(Attempt).where(Attempt.started_at < records_before))).rowcount
    old_attempts = select(Attempt.id).where(Attempt.started_at < content_before)
    content_questions = select(Question.id).where(Question.type.in_(CONTENT_TYPES))
    answer_ids = list((await session.execute(
        select(Answer.id).where(Answer.attempt_id.in_(old_attempts), Answer.question_id.in_(content_questions),
                                Answer.content_purged_at.is_(None))
    )).scalars())
    if answer_ids:
        await session.execute(update(Answer).where(Answer.id.in_(answer_ids)).values(
            answer_data=PURGED, content_purged_at=now, ai_suggestion=None, mark_details={},
            # A late draft (what arrived after the time ended) is the pupil's words too.
            late_answer_data=case((Answer.late_saved_at.is_(None), null()), else_=literal(PURGED, JSONType))))
        await session.execute(update(AnswerHistory).where(AnswerHistory.answer_id.in_(answer_ids)).values(
            answer_data=PURGED, mark_details={}))
        # So is the working copy of an answer being improved in a revision window.
        await session.execute(update(Revision).where(Revision.answer_id.in_(answer_ids)).values(draft_data=None))
        # The AI's evidence quotes the pupil's words, so it goes too; the scores stay.
        await session.execute(update(AIMarkingRun).where(AIMarkingRun.answer_id.in_(answer_ids)).values(criteria=[]))
    removed_audit = (await session.execute(delete(AuditLog).where(AuditLog.created_at < records_before))).rowcount
    removed_usage = (await session.execute(delete(AIUsage).where(AIUsage.created_at < records_before))).rowcount
    removed_jobs = (await session.execute(delete(Job).where(
        Job.finished_at < now - timedelta(days=30), Job.status.in_([JobStatus.done, JobStatus.failed])))).rowcount
    await rate_limit.purge_older_than(session, timedelta(days=2))
    # Ended sessions still hold an IP address and a browser name: nothing needs them once they have expired.
    removed_sessions = await sign_in.purge_expired(session)
    result: RetentionCounts = {
        "answers_content_purged": len(answer_ids), "attempts_deleted": removed_attempts or 0,
        "audit_entries_deleted": removed_audit or 0, "ai_usage_entries_deleted": removed_usage or 0,
        "jobs_deleted": removed_jobs or 0, "expired_sessions_deleted": removed_sessions,
    }
    row = await session.get(AppSetting, KEY)
    if row is None:
        row = AppSetting(key=KEY, value={})
        session.add(row)
    row.value = {**(row.value or {}), "last_run": now.isoformat(), "last_result": result}
    await audit.record(session, "retention.purge", user=actor, details={
        **result, "content_days": policy.content_days, "record_years": policy.record_years})
    return result


@jobs.handler(JOB_KIND)
async def retention_job(ctx: jobs.JobContext) -> jobs.JobResult:
    """The daily clean-up as a background job: its result is what was removed."""
    async with ctx.sessionmaker() as session:
        result = await purge(session)
        await session.commit()
    return dict(result)


class DailyRetention:
    """Queues the retention job once a day (whichever API process gets there first; the job runs once)."""

    def __init__(
        self, sessionmaker_factory: Callable[[], async_sessionmaker[AsyncSession]], *, check_every_seconds: float = 3600
    ) -> None:
        self._factory = sessionmaker_factory
        self._every = check_every_seconds
        self._task: asyncio.Task | None = None

    async def due(self) -> bool:
        """A day has passed since the last clean-up and none is queued or running."""
        async with self._factory()() as session:
            policy = await load(session)
            pending = await session.scalar(select(Job.id).where(
                Job.kind == JOB_KIND, Job.status.in_([JobStatus.queued, JobStatus.running])).limit(1))
        if pending is not None:
            return False
        last = policy.last_run
        return last is None or utcnow().isoformat() >= _plus_a_day(last)

    async def tick(self) -> bool:
        """Queue the clean-up when it is due; whether it was queued."""
        if not await self.due():
            return False
        async with self._factory()() as session:
            await jobs.enqueue(session, JOB_KIND, {}, max_tries=2)
            await session.commit()
        return True

    async def _loop(self) -> None:
        while True:
            try:
                await self.tick()
            except Exception:
                log.exception("retention check failed")
            await asyncio.sleep(self._every)

    async def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="daily-retention")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task


def _plus_a_day(iso: str) -> str:
    return (datetime.fromisoformat(iso) + timedelta(days=1)).isoformat()
