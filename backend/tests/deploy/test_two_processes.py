"""The API is stateless: two API processes on different ports, one PostgreSQL database, and a browser that
lands on either at random (as behind Caddy with several replicas) loses nothing.

Sessions, CSRF tokens, attempts, answers, rate limits and jobs live in the database; nothing lives in a process.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
from sqlalchemy import select

from app import migrations
from app.db import create_engine
from app.models import Job, JobStatus, Role
from tests import dbs
from tests.deploy.servers import ApiProcess, api_env, start_api, wait_until
from tests.factories import DEFAULT_PASSWORD, make_assessment, make_class, make_user

METRICS_TOKEN = "two-process-metrics-token-0123456789"
JOB_KIND = "deploy-test-claim"  # no handler knows it: each run ends at once, which is all the claim needs
JOB_COUNT = 150


@dataclass
class Cluster:
    a: ApiProcess
    b: ApiProcess
    database_url: str
    assessment_id: str

    def url(self, which: ApiProcess, path: str) -> str:
        return f"{which.url}{path}"


async def _seed(url: str) -> str:
    from sqlalchemy.ext.asyncio import async_sessionmaker

    engine = create_engine(url)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session:
            teacher = await make_user(session, Role.teacher, username="twoteacher")
            pupil = await make_user(session, Role.pupil, username="twopupil")
            school_class = await make_class(session, name="7T", teachers=[teacher], pupils=[pupil])
            assessment = await make_assessment(session, owner=teacher, publish_to=[school_class],
                                               questions=["binary_convert", "multiple_choice", "ordering"])
            await session.commit()
            return str(assessment.id)
    finally:
        await engine.dispose()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory) -> Iterator[Cluster]:
    server = dbs.required_postgres_server("the two-process test")
    url = dbs.create_postgres_database(server, prefix="ks3_two")
    migrations.upgrade(url)
    assessment_id = asyncio.run(_seed(url))
    workdir = tmp_path_factory.mktemp("two")
    # One environment for both, as one .env serves every replica; each process runs its own job worker.
    env = api_env(url, workdir, ENABLE_JOB_WORKER="true", JOB_POLL_SECONDS="0.1", METRICS_TOKEN=METRICS_TOKEN)
    a = start_api(env, workdir, name="api-a")
    try:
        b = start_api(env, workdir, name="api-b")
    except BaseException:
        a.stop()
        raise
    try:
        yield Cluster(a, b, url, assessment_id)
    finally:
        a.stop()
        b.stop()
        dbs.drop_postgres_database(url)


def _browser() -> httpx.Client:
    """One browser: one cookie jar for both processes (cookies belong to the host, not the port)."""
    return httpx.Client(timeout=30)


def _login(browser: httpx.Client, server: ApiProcess, username: str) -> None:
    response = browser.post(f"{server.url}/api/auth/login", json={"username": username, "password": DEFAULT_PASSWORD})
    assert response.status_code == 200, response.text
    browser.headers["X-CSRF-Token"] = response.json()["csrf_token"]


def test_the_two_processes_are_really_two(cluster):
    assert cluster.a.port != cluster.b.port
    assert cluster.a.proc.pid != cluster.b.proc.pid
    for server in (cluster.a, cluster.b):
        ready = httpx.get(f"{server.url}/api/ready", timeout=30)
        assert ready.status_code == 200
        assert ready.json()["checks"]["migrations"] == "ok"


def test_a_session_started_on_one_process_works_on_the_other_until_signed_out(cluster):
    a, b = cluster.a, cluster.b
    with _browser() as browser:
        _login(browser, a, "twoteacher")
        me = browser.get(f"{b.url}/api/auth/me")
        assert me.status_code == 200
        assert me.json()["user"]["username"] == "twoteacher"
        assert me.json()["csrf_token"] == browser.headers["X-CSRF-Token"]

        # A change through B (checked against the CSRF token A issued), read back through A.
        created = browser.post(f"{b.url}/api/units", json={"title": "Networks across processes", "year_group": 8})
        assert created.status_code == 201, created.text
        unit_id = created.json()["id"]
        assert browser.get(f"{a.url}/api/units/{unit_id}").json()["title"] == "Networks across processes"

        forged = browser.post(f"{b.url}/api/units", json={"title": "No token", "year_group": 8},
                              headers={"X-CSRF-Token": "not-the-token"})  # fmt: skip
        assert forged.status_code == 403
        assert forged.json()["error"] == "CSRFFailed"

        token = browser.cookies["ks3_session"]
        assert browser.post(f"{a.url}/api/auth/logout").status_code == 200
    # Signed out through A: the same cookie, replayed on either process, is refused.
    for server in (a, b):
        replay = httpx.get(f"{server.url}/api/auth/me", cookies={"ks3_session": token}, timeout=30)
        assert replay.status_code == 401, "the session must end everywhere, not only where it was ended"


def test_an_attempt_continues_across_processes(cluster):
    a, b = cluster.a, cluster.b
    with _browser() as browser:
        _login(browser, b, "twopupil")
        board = browser.get(f"{a.url}/api/pupil/assessments").json()
        assert [item["assessment_id"] for item in board["available"]] == [cluster.assessment_id]

        view = browser.post(f"{a.url}/api/pupil/assessments/{cluster.assessment_id}/start").json()
        attempt_id = view["attempt_id"]
        binary = next(q for q in view["questions"] if q["type"] == "binary_convert")
        answer_url = f"/api/pupil/attempts/{attempt_id}/answers/{binary['id']}"

        # Autosaves alternate between the processes; an older one arriving late on the other never wins.
        assert browser.put(f"{b.url}{answer_url}", json={"answer_data": {"answer": "1"}, "seq": 1}).json()["seq"] == 1
        assert browser.put(f"{a.url}{answer_url}", json={"answer_data": {"answer": "10"}, "seq": 3}).json()["seq"] == 3
        late = browser.put(f"{b.url}{answer_url}", json={"answer_data": {"answer": "1"}, "seq": 2})
        assert (late.json()["saved"], late.json()["seq"]) == (False, 3)  # not stored: the newer save is kept

        resumed = browser.post(f"{b.url}/api/pupil/assessments/{cluster.assessment_id}/start").json()
        assert resumed["resumed"] is True
        assert resumed["attempt_id"] == attempt_id
        saved = next(q for q in resumed["questions"] if q["id"] == binary["id"])["saved"]
        assert saved["answer_data"] == {"answer": "10"}
        assert saved["seq"] == 3

        submitted = browser.post(f"{a.url}{answer_url}/submit", json={"answer_data": {"answer": "10"}, "seq": 4})
        assert submitted.status_code == 200, submitted.text
        assert submitted.json()["tries"] == 1

        summary = browser.post(f"{b.url}/api/pupil/attempts/{attempt_id}/complete")
        assert summary.status_code == 200, summary.text
        assert summary.json()["attempt_id"] == attempt_id
        again = browser.post(f"{a.url}/api/pupil/attempts/{attempt_id}/complete")  # safe to repeat, anywhere
        assert again.status_code == 200
        assert again.json()["score"] == summary.json()["score"]


async def _enqueue(url: str, count: int) -> None:
    from sqlalchemy.ext.asyncio import async_sessionmaker

    from app.services.core import jobs

    engine = create_engine(url)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session:
            for n in range(count):
                await jobs.enqueue(session, JOB_KIND, {"n": n}, max_tries=1)
            await session.commit()
    finally:
        await engine.dispose()


async def _jobs(url: str) -> list[Job]:
    from sqlalchemy.ext.asyncio import async_sessionmaker

    engine = create_engine(url)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session:
            return list((await session.scalars(select(Job).where(Job.kind == JOB_KIND))).all())
    finally:
        await engine.dispose()


def test_background_jobs_are_claimed_by_exactly_one_worker(cluster):
    """Both processes' workers poll the same jobs table (FOR UPDATE SKIP LOCKED): every job runs once, and the
    work is shared between them."""
    asyncio.run(_enqueue(cluster.database_url, JOB_COUNT))

    def all_finished() -> bool:
        return all(job.status in (JobStatus.done, JobStatus.failed) for job in asyncio.run(_jobs(cluster.database_url)))

    wait_until(all_finished, timeout=120, what=f"{JOB_COUNT} jobs to be run")
    jobs = asyncio.run(_jobs(cluster.database_url))
    assert len(jobs) == JOB_COUNT
    assert all(job.tries == 1 for job in jobs), "a job was claimed more than once"
    # worker ids are host:pid:random; the pid says which process ran the job.
    pids = {int(job.locked_by.split(":")[1]) for job in jobs}
    assert pids <= {cluster.a.proc.pid, cluster.b.proc.pid}
    assert pids == {cluster.a.proc.pid, cluster.b.proc.pid}, "both processes should have taken a share"
    assert all("not known" in job.error for job in jobs)


def test_metrics_are_per_process(cluster):
    for _ in range(5):
        httpx.get(f"{cluster.a.url}/api/health")
    counts = []
    for server in (cluster.a, cluster.b):
        text = httpx.get(f"{server.url}/api/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"}).text
        found = re.search(r'ks3_http_requests_total\{method="GET",route="/api/health",status="200"\} (\d+)', text)
        counts.append(int(found.group(1)) if found else 0)
        # attempts in progress come from the database, so both processes agree on them
        assert re.search(r"^ks3_active_attempts \d+$", text, re.M)
    assert counts[0] >= counts[1] + 5


def test_both_processes_write_json_logs_with_request_ids(cluster):
    response = httpx.get(f"{cluster.b.url}/api/auth/me")
    request_id = response.headers["x-request-id"]
    time.sleep(0.2)
    entries = [json.loads(line) for line in cluster.b.log().splitlines() if line.startswith("{")]
    [access] = [e for e in entries if e.get("request_id") == request_id]
    assert access["logger"] == "app.access"
    assert access["status"] == 401
    assert access["route"] == "/api/auth/me"
    assert all(isinstance(json.loads(line), dict) for line in cluster.a.log().splitlines() if line.startswith("{"))
