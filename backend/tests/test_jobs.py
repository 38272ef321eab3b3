"""Durable jobs: claimed exactly once, progress visible while running, retries with backoff, stale locks."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import async_sessionmaker

from app.db import create_engine
from app.models import Job, JobStatus, Role, utcnow
from app.services.core import jobs
from tests.factories import make_user


@pytest.fixture
async def maker(database_url):
    """Real commits on an engine configured as in production (jobs are seen across sessions and workers);
    the jobs table is emptied afterwards."""
    engine = create_engine(database_url)
    maker = async_sessionmaker(engine, expire_on_commit=False)
    yield maker
    async with maker() as s:
        await s.execute(delete(Job))
        await s.commit()
    await engine.dispose()


async def _enqueue(maker, kind: str, n: int = 1, **kwargs) -> list:
    async with maker() as s:
        ids = [(await jobs.enqueue(s, kind, {"n": i}, **kwargs)).id for i in range(n)]
        await s.commit()
    return ids


async def _get(maker, job_id) -> Job:
    async with maker() as s:
        return await s.get(Job, job_id)


async def test_job_runs_reports_progress_and_result(maker):
    seen_progress = []

    @jobs.handler("test.echo")
    async def echo(ctx: jobs.JobContext) -> dict:
        await ctx.progress(40, "Halfway")
        seen_progress.append((await _get(maker, ctx.job_id)).progress)
        ctx.warnings.append("one warning")
        return {"echo": ctx.payload["n"]}

    [job_id] = await _enqueue(maker, "test.echo")
    worker = jobs.Worker(lambda: maker)
    assert await worker.run_once() is True
    job = await _get(maker, job_id)
    assert job.status == JobStatus.done
    assert job.result == {"echo": 0}
    assert job.progress == 100
    assert job.warnings == ["one warning"]
    assert seen_progress == [40]
    assert await worker.run_once() is False


async def test_each_job_is_claimed_by_exactly_one_of_several_workers(maker):
    ran: list = []

    @jobs.handler("test.count")
    async def count(ctx: jobs.JobContext) -> dict:
        ran.append(ctx.job_id)
        await asyncio.sleep(0.01)
        return {}

    ids = await _enqueue(maker, "test.count", n=12)
    workers = [jobs.Worker(lambda: maker) for _ in range(4)]
    await asyncio.gather(*(w.run_until_idle() for w in workers))
    assert sorted(ran) == sorted(ids)
    async with maker() as s:
        statuses = (await s.execute(select(Job.status).where(Job.id.in_(ids)))).scalars().all()
    assert set(statuses) == {JobStatus.done}


async def test_retryable_failure_goes_back_to_the_queue_then_fails_after_max_tries(maker):
    @jobs.handler("test.flaky")
    async def flaky(ctx: jobs.JobContext) -> dict:
        raise jobs.JobRetry("The AI service is not answering.", delay_seconds=0)

    [job_id] = await _enqueue(maker, "test.flaky", max_tries=2)
    worker = jobs.Worker(lambda: maker)
    await worker.run_once()
    job = await _get(maker, job_id)
    assert job.status == JobStatus.queued
    assert "Trying again" in job.message
    assert job.tries == 1
    await worker.run_once()
    job = await _get(maker, job_id)
    assert job.status == JobStatus.failed
    assert job.error == "The AI service is not answering."
    assert job.tries == 2


async def test_backoff_delays_the_next_try(maker):
    @jobs.handler("test.later")
    async def later(ctx: jobs.JobContext) -> dict:
        raise jobs.JobRetry("Busy.")

    [job_id] = await _enqueue(maker, "test.later")
    worker = jobs.Worker(lambda: maker)
    await worker.run_once()
    job = await _get(maker, job_id)
    assert job.run_after > utcnow() + timedelta(seconds=20)
    assert await worker.run_once() is False  # not due yet


async def test_crash_in_a_handler_fails_the_job_with_a_calm_message_and_the_worker_goes_on(maker):
    @jobs.handler("test.crash")
    async def crash(ctx: jobs.JobContext) -> dict:
        raise ZeroDivisionError("boom")

    [job_id] = await _enqueue(maker, "test.crash")
    await jobs.Worker(lambda: maker).run_once()
    job = await _get(maker, job_id)
    assert job.status == JobStatus.failed
    assert "boom" not in job.error
    assert "try again" in job.error


async def test_stale_running_job_is_taken_over(maker):
    @jobs.handler("test.stale")
    async def stale(ctx: jobs.JobContext) -> dict:
        return {"tries": ctx.tries}

    [job_id] = await _enqueue(maker, "test.stale")
    async with maker() as s:
        await s.execute(update(Job).where(Job.id == job_id).values(
            status=JobStatus.running, locked_by="dead-worker", locked_at=utcnow() - timedelta(hours=1), tries=1))
        await s.commit()
    await jobs.Worker(lambda: maker).run_once()
    job = await _get(maker, job_id)
    assert job.status == JobStatus.done
    assert job.result == {"tries": 2}


async def test_job_status_api_only_for_its_creator(client, session, make_client):
    teacher = await make_user(session, Role.teacher, username="owner")
    await make_user(session, Role.teacher, username="other")
    job = await jobs.enqueue(session, "test.none", {}, created_by=teacher)
    job_id = job.id
    await client.login("owner")
    r = await client.get(f"/api/jobs/{job_id}")
    assert r.status_code == 200
    assert r.json()["status"] == "queued"
    assert r.json()["progress"] == 0
    other = await make_client()
    await other.login("other")
    assert (await other.get(f"/api/jobs/{job_id}")).status_code == 403
