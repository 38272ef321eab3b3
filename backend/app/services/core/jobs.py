"""Durable background jobs: a `jobs` table polled by an in-process worker, safe with several API workers.

A job is claimed by exactly one worker (`SELECT … FOR UPDATE SKIP LOCKED` on PostgreSQL, plus a conditional
UPDATE that only one claimer can win on any database). Handlers report progress in short transactions of their
own so the teacher's page sees it while the work goes on. A failure that may pass (the AI provider is down)
puts the job back in the queue with exponential backoff; a worker that died mid-job is noticed by its stale
lock and the job is run again."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.config import get_settings
from app.errors import Forbidden, NotFound
from app.models import Job, JobStatus, Role, User, utcnow
from app.schemas.jobs import JobRead

log = logging.getLogger("app.jobs")

STALE_AFTER = timedelta(minutes=15)

# What a job is asked to do and what it found, both stored as JSON on the job's row.
JobPayload = dict[str, Any]
JobResult = Mapping[str, Any]  # a handler may return its own TypedDict


class JobRetry(Exception):
    """Raise from a handler when trying again later may work (provider down, rate limited)."""

    def __init__(self, message: str, *, delay_seconds: float | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.delay_seconds = delay_seconds


class JobFailed(Exception):
    """Raise from a handler for a failure that retrying will not fix; the message is shown to the teacher."""


@dataclass
class JobContext:
    job_id: uuid.UUID
    kind: str
    payload: JobPayload
    created_by_id: uuid.UUID | None
    tries: int
    sessionmaker: async_sessionmaker
    warnings: list[str] = field(default_factory=list)

    async def progress(self, percent: int, message: str | None = None) -> None:
        """Record progress (0-100) and what is happening now, committed at once so the page can show it."""
        async with self.sessionmaker() as session:
            await session.execute(
                update(Job).where(Job.id == self.job_id).values(progress=max(0, min(100, percent)), message=message)
            )
            await session.commit()


Handler = Callable[[JobContext], Awaitable[JobResult]]
HANDLERS: dict[str, Handler] = {}


def handler(kind: str) -> Callable[[Handler], Handler]:
    """Register the function that does one kind of job; it returns the job's result (stored as JSON)."""

    def register(fn: Handler) -> Handler:
        HANDLERS[kind] = fn
        return fn

    return register


async def enqueue(
    session: AsyncSession,
    kind: str,
    payload: JobPayload,
    *,
    created_by: User | None = None,
    max_tries: int = 3,
    delay_seconds: float = 0,
) -> Job:
    job = Job(
        kind=kind,
        payload=payload,
        status=JobStatus.queued,
        progress=0,
        created_by_id=created_by.id if created_by else None,
        max_tries=max_tries,
        run_after=utcnow() + timedelta(seconds=delay_seconds),
        result={},
        warnings=[],
    )
    session.add(job)
    await session.flush()
    return job


async def get_for_user(session: AsyncSession, job_id: uuid.UUID, user: User) -> Job:
    """A job its creator (or an admin) may see; NotFound or Forbidden otherwise."""
    job = await session.get(Job, job_id)
    if job is None:
        raise NotFound("That job does not exist.")
    if job.created_by_id != user.id and user.role != Role.admin:
        raise Forbidden("This job belongs to someone else.")
    return job


async def job_status(session: AsyncSession, job_id: uuid.UUID, user: User) -> JobRead:
    """What the page polling a job shows: status, progress, result, and the draft it made (if any)."""
    job = await get_for_user(session, job_id, user)
    read = JobRead.model_validate(job)
    assessment_id = (job.result or {}).get("assessment_id")
    read.assessment_id = uuid.UUID(assessment_id) if assessment_id else None
    return read


async def claim_next(session: AsyncSession, worker_id: str, *, kinds: list[str] | None = None) -> Job | None:
    """Claim the oldest runnable job for this worker, or None. Commits nothing: the caller commits."""
    now = utcnow()
    runnable = or_(
        (Job.status == JobStatus.queued) & (Job.run_after <= now),
        (Job.status == JobStatus.running) & (Job.locked_at < now - STALE_AFTER),
    )
    stmt = select(Job.id, Job.status, Job.locked_at).where(runnable).order_by(Job.run_after, Job.created_at).limit(1)
    if kinds:
        stmt = stmt.where(Job.kind.in_(kinds))
    if session.bind.dialect.name == "postgresql":
        stmt = stmt.with_for_update(skip_locked=True)
    row = (await session.execute(stmt)).first()
    if row is None:
        return None
    job_id, status, locked_at = row
    # Only one claimer can move the row from exactly this state, whatever the database.
    guard = (Job.status == status) & (
        Job.locked_at.is_(None) if locked_at is None else Job.locked_at == locked_at
    )
    result = await session.execute(
        update(Job)
        .where(Job.id == job_id, guard)
        .values(status=JobStatus.running, locked_by=worker_id, locked_at=now, tries=Job.tries + 1)
    )
    if result.rowcount != 1:
        return None
    return await session.get(Job, job_id, populate_existing=True)


async def run_job(sessionmaker: async_sessionmaker, job: Job) -> None:
    """Run a claimed job's handler and record how it ended."""
    fn = HANDLERS.get(job.kind)
    context = JobContext(job.id, job.kind, dict(job.payload or {}), job.created_by_id, job.tries, sessionmaker)
    values: dict[str, Any]
    try:
        if fn is None:
            raise JobFailed(f"This kind of job ({job.kind}) is not known to this version of the app.")
        result = await fn(context)
        values = {"status": JobStatus.done, "progress": 100, "result": result or {}, "error": None,
                  "finished_at": utcnow(), "message": None}
    except JobRetry as exc:
        if job.tries < job.max_tries:
            delay = exc.delay_seconds if exc.delay_seconds is not None else 30 * 2 ** (job.tries - 1)
            values = {"status": JobStatus.queued, "error": exc.message,
                      "message": f"{exc.message} Trying again in about {max(1, round(delay))} seconds.",
                      "run_after": utcnow() + timedelta(seconds=delay), "locked_by": None, "locked_at": None}
        else:
            values = {"status": JobStatus.failed, "error": exc.message, "finished_at": utcnow(), "message": None}
    except JobFailed as exc:
        values = {"status": JobStatus.failed, "error": str(exc), "finished_at": utcnow(), "message": None}
    except Exception:
        log.exception("job %s (%s) crashed", job.id, job.kind)
        values = {"status": JobStatus.failed, "finished_at": utcnow(), "message": None,
                  "error": "Something went wrong while doing this. Please try again; if it happens again, "
                           "tell the school's admin."}
    values["warnings"] = context.warnings
    async with sessionmaker() as session:
        await session.execute(update(Job).where(Job.id == job.id).values(**values))
        await session.commit()


class Worker:
    """Polls the jobs table and runs jobs one at a time; several workers (processes or replicas) may run."""

    def __init__(self, sessionmaker_factory: Callable[[], async_sessionmaker], *, poll_seconds: float | None = None,
                 kinds: list[str] | None = None) -> None:
        self._sessionmaker_factory = sessionmaker_factory
        self.poll_seconds = poll_seconds or get_settings().job_poll_seconds
        self.kinds = kinds
        self.worker_id = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self._task: asyncio.Task | None = None
        self._stopping = asyncio.Event()

    async def run_once(self) -> bool:
        """Claim and run one job; False when there was nothing to do."""
        maker = self._sessionmaker_factory()
        async with maker() as session:
            job = await claim_next(session, self.worker_id, kinds=self.kinds)
            await session.commit()
        if job is None:
            return False
        await run_job(maker, job)
        return True

    async def run_until_idle(self, limit: int = 100) -> int:
        """Run jobs until none is left (or `limit` have run); how many ran."""
        done = 0
        while done < limit and await self.run_once():
            done += 1
        return done

    async def _loop(self) -> None:
        while not self._stopping.is_set():
            try:
                busy = await self.run_once()
            except Exception:
                log.exception("job worker poll failed")
                busy = False
            if not busy:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), timeout=self.poll_seconds)

    async def start(self) -> None:
        self._stopping.clear()
        self._task = asyncio.create_task(self._loop(), name="job-worker")

    async def stop(self) -> None:
        self._stopping.set()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
