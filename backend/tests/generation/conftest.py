"""Fixtures for the generation tests: a unit with real extracted lesson documents, a real local
OpenAI-compatible server, a provider pointing at it, and a worker that runs jobs on the test's connection."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.ext.asyncio import async_sessionmaker

from app.config import get_settings
from app.models import LearningObjective, Role, Unit, UnitDocument, User
from app.services import documents
from app.services.ai import admin_settings as stored_settings
from app.services.ai.provider import Provider
from app.services.core import jobs
from tests.documents import builders
from tests.factories import make_user
from tests.fake_openai import FakeOpenAI


@pytest.fixture
def fake_ai() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


def fast_provider(server: FakeOpenAI, **changes) -> Provider:
    """A provider for the fake server with short timeouts and backoff, so failure paths run in a second."""
    values = {"name": "fake", "base_url": server.base_url, "api_key": "test-key", "model": "gpt-4o-mini",
              "max_tokens": 4096, "timeout_seconds": 2.0, "max_retries": 2, "retry_base_seconds": 0.01,
              "max_retry_wait_seconds": 2.0}
    values.update(changes)
    return Provider(**values)


@pytest.fixture
def provider(fake_ai: FakeOpenAI) -> Provider:
    return fast_provider(fake_ai)


@pytest.fixture
async def ai_settings(session, fake_ai: FakeOpenAI, monkeypatch: pytest.MonkeyPatch):
    """Point the app at the fake server as a school would: the admin's AI settings (stored, key encrypted),
    and the same in the environment settings, with quick failure. Returns `configure(**changes)` for more."""
    settings = get_settings()
    admin = await make_user(session, Role.admin, username="gen_admin")
    monkeypatch.setattr(settings, "openai_timeout_seconds", 2.0)
    monkeypatch.setattr(settings, "openai_max_retries", 0)

    async def configure(**changes) -> None:
        values = {"base_url": fake_ai.base_url, "api_key": "test-key", "model": "gpt-4o-mini", **changes}
        for name, env in (("base_url", "openai_base_url"), ("api_key", "openai_api_key"), ("model", "openai_model"),
                          ("max_tokens", "openai_max_tokens")):
            if name in values:
                monkeypatch.setattr(settings, env, values[name])
        await stored_settings.update(session, changes=dict(values), actor=admin, ip=None)

    await configure()
    return configure


def extracted(*files: tuple[str, bytes]) -> list:
    found = []
    for name, data in files:
        found += documents.extract(name, data)
    return found


async def store_documents(session, unit: Unit, extracted_documents: list, uploader: User | None = None) -> None:
    for document in extracted_documents:
        session.add(UnitDocument(unit_id=unit.id, uploaded_by_id=uploader.id if uploader else None,
                                 filename=document.filename, file_type=document.file_type,
                                 size_bytes=document.size_bytes, text=document.text, structure=document.structure,
                                 warnings=document.warnings))
    await session.flush()


@pytest.fixture
async def teacher(session) -> User:
    return await make_user(session, Role.teacher, username="gen_teacher")


@pytest.fixture
async def unit(session, teacher) -> Unit:
    """A Year 7 unit with a lesson plan (.docx) and slides (.pptx) uploaded and extracted."""
    unit = Unit(title="Data and programming", year_group=7, owner_id=teacher.id, vocabulary=[])
    session.add(unit)
    await session.flush()
    await store_documents(session, unit, extracted(("Lesson 1.docx", builders.lesson_plan_docx()),
                                                   ("Lesson 3.pptx", builders.slides_pptx())), teacher)
    return unit


@pytest.fixture
async def unit_with_objectives(session, unit) -> Unit:
    """The same unit after the teacher corrected the objectives in the wizard."""
    for position, (code, text, strands) in enumerate([
        ("LO1", "Convert a denary number between 0 and 255 into binary", ["DI"]),
        ("LO2", "Predict the output of a short Python program", ["PG"]),
    ]):
        session.add(LearningObjective(unit_id=unit.id, code=code, description=text, position=position,
                                      strands=strands))
    await session.flush()
    return unit


@pytest.fixture
def run_jobs(connection):
    """Run queued jobs with the real worker, on the test's connection (so they see the test's rows)."""
    maker = async_sessionmaker(bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint")

    async def _run(session=None) -> int:
        if session is not None:
            await session.flush()
        return await jobs.Worker(lambda: maker).run_until_idle()

    return _run
