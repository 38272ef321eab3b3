"""Pupil code runs with no database transaction open and no pooled connection held.

Ordering checks, not timing thresholds: a pupil's program that sleeps until the sandbox stops it keeps a submit,
a "Run my code" or a Finish busy; while it is still running, another pupil's autosave (which needs the write lock
on SQLite) and a teacher's sign-in (which needs a pooled connection, from a pool smaller than the number of runs)
must complete."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Awaitable
from typing import Any, NamedTuple

import pytest

from app import sandbox
from app.models import Role
from tests.factories import make_assessment, make_class, make_user
from tests.question_types.samples import sample
from tests.security.conftest import app_with_pool_of

pytestmark = pytest.mark.slow  # every test here runs pupil code in the sandbox until its time limit

# Sleeps until the sandbox's wall clock stops it (the question's time limit below).
SLEEPY = "import time\ntime.sleep(60)\ndef add(a, b):\n    return a + b\n"
TIME_LIMIT = 2
POOL_SIZE = 2


class School(NamedTuple):
    """A teacher and two pupils in one class, set an assessment: a multiple-choice question, then a code one."""

    teacher: str
    pupils: list[str]
    assessment_id: uuid.UUID


class Taking(NamedTuple):
    """A signed-in pupil's client and their attempt."""

    client: Any
    attempt_id: str
    choice_id: str
    code_id: str

    def url(self, question_id: str, action: str = "") -> str:
        return f"/api/pupil/attempts/{self.attempt_id}/answers/{question_id}{action}"


@pytest.fixture
async def school(seed: Any) -> School:
    code_question = ("python_code", {**sample("python_code"), "time_limit_seconds": TIME_LIMIT}, 2)
    async with seed() as session:
        teacher = await make_user(session, Role.teacher)
        pupils = [await make_user(session, Role.pupil) for _ in range(2)]
        school_class = await make_class(session, teachers=[teacher], pupils=pupils)
        assessment = await make_assessment(session, owner=teacher, questions=["multiple_choice", code_question],
                                           publish_to=[school_class])
        return School(teacher.username, [p.username for p in pupils], assessment.id)


@pytest.fixture
def runs_started(monkeypatch: pytest.MonkeyPatch, school: School) -> asyncio.Queue:
    """Gets an item each time pupil code starts running in the sandbox (from when the school's assessment is made:
    saving its code question runs the solution)."""
    started: asyncio.Queue = asyncio.Queue()
    real_run_tests = sandbox.run_tests

    async def signalled(*args: Any, **kwargs: Any) -> Any:
        started.put_nowait(1)
        return await real_run_tests(*args, **kwargs)

    monkeypatch.setattr(sandbox, "run_tests", signalled)
    return started


async def _taking(real_clients: Any, school: School, pupil: str) -> Taking:
    client = real_clients()
    await client.login(pupil)
    started = await client.post(f"/api/pupil/assessments/{school.assessment_id}/start")
    assert started.status_code == 200, started.text
    view = started.json()
    choice, code = view["questions"]
    return Taking(client, view["attempt_id"], choice["id"], code["id"])


async def _under_way(started: asyncio.Queue, count: int = 1) -> None:
    for _ in range(count):
        await asyncio.wait_for(started.get(), timeout=60)


async def _autosave_completes_while(slow: Awaitable[Any], started: asyncio.Queue, other: Taking) -> None:
    """Start the slow request; once its program runs, the other pupil's autosave must finish before it does."""
    task = asyncio.ensure_future(slow)
    await _under_way(started)
    saved = await other.client.put(other.url(other.choice_id), json={"answer_data": {"selected_option": None},
                                                                      "seq": 1})
    assert saved.status_code == 200, saved.text
    assert not task.done(), "the autosave waited for the pupil's program to finish"
    reply = await task
    assert reply.status_code == 200, reply.text


async def test_an_autosave_completes_while_a_code_submit_runs(school, real_clients, runs_started):
    runner, other = [await _taking(real_clients, school, pupil) for pupil in school.pupils]
    submit = runner.client.post(runner.url(runner.code_id, "/submit"), json={"answer_data": {"code": SLEEPY}})
    await _autosave_completes_while(submit, runs_started, other)


async def test_an_autosave_completes_while_run_my_code_runs(school, real_clients, runs_started):
    runner, other = [await _taking(real_clients, school, pupil) for pupil in school.pupils]
    run = runner.client.post(f"/api/pupil/attempts/{runner.attempt_id}/questions/{runner.code_id}/run",
                             json={"code": SLEEPY})
    await _autosave_completes_while(run, runs_started, other)


async def test_an_autosave_completes_while_finishing_marks_a_code_answer(school, real_clients, runs_started):
    runner, other = [await _taking(real_clients, school, pupil) for pupil in school.pupils]
    saved = await runner.client.put(runner.url(runner.code_id), json={"answer_data": {"code": SLEEPY}, "seq": 1})
    assert saved.status_code == 200, saved.text
    finish = runner.client.post(f"/api/pupil/attempts/{runner.attempt_id}/complete")
    await _autosave_completes_while(finish, runs_started, other)


@pytest.fixture
async def small_pool(real_app: Any, real_database_url: str) -> AsyncIterator[None]:
    """The app on a Database with a small pool, for this test only."""
    async with app_with_pool_of(real_database_url, POOL_SIZE):
        yield


async def test_a_teacher_signs_in_while_more_programs_run_than_the_pool_has_connections(
    school, small_pool, real_clients, runs_started
):
    runner = await _taking(real_clients, school, school.pupils[0])
    saved = await runner.client.put(runner.url(runner.code_id), json={"answer_data": {"code": SLEEPY}, "seq": 1})
    assert saved.status_code == 200, saved.text
    run_url = f"/api/pupil/attempts/{runner.attempt_id}/questions/{runner.code_id}/run"
    runs = [asyncio.ensure_future(runner.client.post(run_url, json={"code": SLEEPY})) for _ in range(POOL_SIZE + 1)]
    await _under_way(runs_started, POOL_SIZE)
    teacher = real_clients()
    signed_in = await teacher.post("/api/auth/login", json={"username": school.teacher, "password": "password123"})
    assert signed_in.status_code == 200, signed_in.text
    assert not any(run.done() for run in runs), "the sign-in waited for a pupil's program to finish"
    replies = await asyncio.gather(*runs)
    assert [r.status_code for r in replies] == [200] * len(runs), [r.text for r in replies]
