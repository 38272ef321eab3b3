"""AI calls hold no database transaction and no pooled connection, on SQLite and PostgreSQL.

Ordering checks, not timing thresholds: the local OpenAI-compatible server (tests/fake_openai.py) holds its
answer until the test lets it go, so a request that calls the AI is certainly still waiting on it while the
quick request runs; the quick one must come back before the slow one does. Found by the adversarial test:
regenerating a question asked the AI inside the request's transaction, holding its pooled connection (and, on
SQLite, the database's write lock, so every pupil's autosave waited and then failed).
"""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest

from app.config import get_settings
from app.db import Database, get_database, set_database
from app.models import Job, JobStatus, Role, Unit, UnitDocument
from app.services import documents
from app.services.ai import admin_settings
from app.services.core import jobs
from tests.conftest import Client
from tests.documents import builders
from tests.factories import DEFAULT_PASSWORD, make_assessment, make_class, make_user
from tests.fake_openai import FakeOpenAI, ReceivedRequest, Reply
from tests.generation import ai_answers

# How long the test waits for a slow request to reach the AI before saying it never did: a guard against a
# hang, far longer than getting there takes (well under a second).
UNDER_WAY_GUARD_SECONDS = 20


class HeldAI:
    """A responder for the fake server that answers well, but only once `release()` is called."""

    def __init__(self, answer: Callable[[ReceivedRequest], Reply]) -> None:
        self._answer = answer
        self._released = threading.Event()

    def __call__(self, request: ReceivedRequest) -> Reply:
        self._released.wait(60)
        return self._answer(request)

    def release(self) -> None:
        self._released.set()


def _one_question(_request: ReceivedRequest) -> Reply:
    return Reply.json({"question": ai_answers.binary(3, given="1111", answer="15")})


def _whole_draft(request: ReceivedRequest) -> Reply:
    return Reply.json(ai_answers.good_draft(6))


@pytest.fixture
def fake_ai(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOpenAI]:
    settings = get_settings()
    monkeypatch.setattr(settings, "openai_timeout_seconds", 60.0)  # longer than any hold below
    monkeypatch.setattr(settings, "openai_max_retries", 0)
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
async def school(real_app: Any, seed: Any, fake_ai: FakeOpenAI) -> dict[str, Any]:
    """A teacher with a draft of three binary questions (the AI set up, as an admin would), and a pupil of
    theirs with an open attempt at a published assessment."""
    tag = uuid.uuid4().hex[:8]
    async with seed() as session:
        admin = await make_user(session, Role.admin, username=f"admin_{tag}")
        await admin_settings.update(session, changes={"base_url": fake_ai.base_url, "api_key": "test-key",
                                                      "model": "gpt-4o-mini"}, actor=admin, ip=None)
        teacher = await make_user(session, Role.teacher, username=f"teacher_{tag}")
        await make_user(session, Role.teacher, username=f"colleague_{tag}")
        pupil = await make_user(session, Role.pupil, username=f"pupil_{tag}")
        klass = await make_class(session, teachers=[teacher], pupils=[pupil])
        draft = await make_assessment(session, owner=teacher, questions=["binary_convert"] * 3)
        published = await make_assessment(session, owner=teacher, questions=["binary_convert"], publish_to=[klass])
        unit = Unit(title="Data", year_group=7, owner_id=teacher.id, vocabulary=[])
        session.add(unit)
        await session.flush()
        for document in documents.extract("Lesson 1.docx", builders.lesson_plan_docx()):
            session.add(UnitDocument(unit_id=unit.id, uploaded_by_id=teacher.id, filename=document.filename,
                                     file_type=document.file_type, size_bytes=document.size_bytes,
                                     text=document.text, structure=document.structure, warnings=document.warnings))
    return {"tag": tag, "draft_id": draft.id, "published_id": published.id, "unit_id": unit.id}


async def _draft_question_ids(client: Client, draft_id: uuid.UUID) -> list[str]:
    reply = await client.get(f"/api/assessments/{draft_id}")
    assert reply.status_code == 200, reply.text
    return [question["id"] for question in reply.json()["questions"]]


async def _signed_in(real_clients: Any, username: str) -> Client:
    client = real_clients()
    await client.login(username, DEFAULT_PASSWORD)
    return client


async def _open_attempt(pupil: Client, assessment_id: uuid.UUID) -> tuple[str, str]:
    view = await pupil.post(f"/api/pupil/assessments/{assessment_id}/start")
    assert view.status_code == 200, view.text
    return view.json()["attempt_id"], view.json()["questions"][0]["id"]


async def _until_the_ai_is_asked(fake_ai: FakeOpenAI, count: int, slow: list[asyncio.Task]) -> None:
    """Wait until `count` requests are waiting on the AI (so the slow work is certainly under way)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + UNDER_WAY_GUARD_SECONDS
    while len(fake_ai.completions) < count:
        finished = [task for task in slow if task.done()]
        if finished:
            reply = finished[0].result()
            pytest.fail(f"a slow request ended before reaching the AI: {reply.status_code} {reply.text}")
        if loop.time() > deadline:
            pytest.fail(f"only {len(fake_ai.completions)} of {count} requests reached the AI: the others are "
                        "waiting for the database (a connection, or SQLite's write lock) held by those that did")
        await asyncio.sleep(0.05)


@pytest.fixture
def held() -> Iterator[Callable[[Callable[[ReceivedRequest], Reply]], HeldAI]]:
    made: list[HeldAI] = []

    def _make(answer: Callable[[ReceivedRequest], Reply]) -> HeldAI:
        made.append(HeldAI(answer))
        return made[-1]

    yield _make
    for responder in made:  # never leave a server thread waiting
        responder.release()


async def test_a_pupils_autosave_completes_while_a_regeneration_waits_on_the_ai(
        school: dict[str, Any], real_clients: Any, fake_ai: FakeOpenAI, held: Any) -> None:
    teacher = await _signed_in(real_clients, f"teacher_{school['tag']}")
    pupil = await _signed_in(real_clients, f"pupil_{school['tag']}")
    attempt_id, answer_question_id = await _open_attempt(pupil, school["published_id"])
    target = (await _draft_question_ids(teacher, school["draft_id"]))[0]
    ai = fake_ai.responder = held(_one_question)

    regeneration = asyncio.create_task(teacher.post(
        f"/api/assessments/{school['draft_id']}/questions/{target}/regenerate", json={"provider": "ai"}))
    await _until_the_ai_is_asked(fake_ai, 1, [regeneration])
    saved = await pupil.put(f"/api/pupil/attempts/{attempt_id}/answers/{answer_question_id}",
                            json={"answer_data": {"answer": "5"}, "seq": 1})
    assert not regeneration.done(), "the regeneration should still be waiting on the AI"
    assert saved.status_code == 200, saved.text
    assert saved.json()["saved"] is True

    ai.release()
    regenerated = await regeneration
    assert regenerated.status_code == 200, regenerated.text
    assert regenerated.json()["question"]["config"]["correct_answer"] == "15"
    assert "written by the AI" in regenerated.json()["notice"]


@pytest.fixture
async def small_pool(real_app: Any, real_database_url: str, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[None]:
    """The app on a Database whose pool holds two connections and no more (DB_POOL_SIZE=2, DB_MAX_OVERFLOW=0)."""
    settings = get_settings()
    monkeypatch.setattr(settings, "db_pool_size", 2)
    monkeypatch.setattr(settings, "db_max_overflow", 0)
    usual = get_database()
    database = Database(real_database_url)
    set_database(database)
    try:
        yield
    finally:
        set_database(usual)
        await database.dispose()


async def test_a_teacher_signs_in_while_more_regenerations_than_the_pool_holds_wait_on_the_ai(
        school: dict[str, Any], real_clients: Any, fake_ai: FakeOpenAI, held: Any, small_pool: None) -> None:
    teacher = await _signed_in(real_clients, f"teacher_{school['tag']}")
    targets = await _draft_question_ids(teacher, school["draft_id"])
    ai = fake_ai.responder = held(_one_question)

    regenerations = [asyncio.create_task(teacher.post(
        f"/api/assessments/{school['draft_id']}/questions/{target}/regenerate", json={"provider": "ai"}))
        for target in targets]  # three: one more than the pool holds
    await _until_the_ai_is_asked(fake_ai, len(targets), regenerations)
    colleague = real_clients()
    signed_in = await colleague.post("/api/auth/login", json={"username": f"colleague_{school['tag']}",
                                                              "password": DEFAULT_PASSWORD})
    assert not any(task.done() for task in regenerations), "the regenerations should still be waiting on the AI"
    assert signed_in.status_code == 200, signed_in.text

    ai.release()
    for reply in await asyncio.gather(*regenerations):
        assert reply.status_code == 200, reply.text


async def test_a_generation_job_holds_no_transaction_while_it_waits_on_the_ai(
        school: dict[str, Any], real_clients: Any, fake_ai: FakeOpenAI, held: Any) -> None:
    teacher = await _signed_in(real_clients, f"teacher_{school['tag']}")
    pupil = await _signed_in(real_clients, f"pupil_{school['tag']}")
    attempt_id, answer_question_id = await _open_attempt(pupil, school["published_id"])
    ai = fake_ai.responder = held(_whole_draft)
    started = await teacher.post("/api/assessments/generate", json={
        "unit_id": str(school["unit_id"]), "title": "Held draft", "num_questions": 6, "provider": "ai"})
    assert started.status_code == 202, started.text

    worker = asyncio.create_task(jobs.Worker(lambda: get_database().sessionmaker).run_once())
    await _until_the_ai_is_asked(fake_ai, 1, [])
    saved = await pupil.put(f"/api/pupil/attempts/{attempt_id}/answers/{answer_question_id}",
                            json={"answer_data": {"answer": "6"}, "seq": 2})
    assert not worker.done(), "the generation job should still be waiting on the AI"
    assert saved.status_code == 200, saved.text

    ai.release()
    assert await worker is True
    async with get_database().sessionmaker() as session:
        job = await session.get(Job, uuid.UUID(started.json()["job_id"]))
        assert job is not None
        assert job.status == JobStatus.done, job.error
