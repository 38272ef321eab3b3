"""Uploaded lesson documents, on SQLite and PostgreSQL against the real app.

Found by the adversarial test: reading the documents happened inside the upload request's transaction (one
crafted 55 KB PDF took 64 s to read and, on SQLite, made every pupil's autosave fail with "database is locked");
reading a 100,000-page PDF raised the server from 239 MB to 637 MB for good; and any teacher could upload to,
delete from and rewrite the materials of another teacher's unit. Now a unit's documents are read with no session,
connection or transaction held, in a process of their own that exits afterwards, within bounds (pages,
characters, seconds, memory) that refuse a document with a 422 saying what to do; and only a unit's owner and
admins change its documents and materials, while every teacher still reads them.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from sqlalchemy import func, select

from app.config import get_settings
from app.db import get_database
from app.models import LearningObjective, Role, Unit, UnitDocument
from app.services.documents import reader_process
from tests.documents import builders
from tests.factories import make_assessment, make_class, make_user
from tests.security.conftest import app_with_pool_of

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
SPLIT_IT = "Split it, or upload the lesson's pages only."
# Waits for a slow document to be stopped by its time bound, or reads a 10 MB PDF: left out of `make check`.
SLOW = pytest.mark.slow


def _name(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:8]}"


async def _signed_in(real_clients: Any, username: str) -> Any:
    client = real_clients()
    await client.login(username)
    return client


class Unitworld(NamedTuple):
    """A unit with one document, its owner, another teacher and an admin, each signed in."""

    unit_id: uuid.UUID
    document_id: str
    owner: Any
    other: Any
    admin: Any


async def _a_teachers_unit(seed: Any, real_clients: Any) -> Unitworld:
    names = {key: _name(key) for key in ("owner", "other", "admin")}
    async with seed() as session:
        owner = await make_user(session, Role.teacher, username=names["owner"])
        await make_user(session, Role.teacher, username=names["other"])
        await make_user(session, Role.admin, username=names["admin"])
        unit = Unit(title="Searching", year_group=8, owner_id=owner.id, vocabulary=[])
        session.add(unit)
        await session.flush()
        unit_id = unit.id
    clients = [await _signed_in(real_clients, names[key]) for key in ("owner", "other", "admin")]
    uploaded = await clients[0].post(f"/api/units/{unit_id}/documents",
                                     files={"files": ("Worksheet.pdf", builders.worksheet_pdf(), PDF)})
    assert uploaded.status_code == 201, uploaded.text
    return Unitworld(unit_id, uploaded.json()["files"][0]["documents"][0]["id"], *clients)


async def _documents_of(seed: Any, unit_id: uuid.UUID) -> list[str]:
    async with seed() as session:
        rows = await session.execute(select(UnitDocument.filename).where(UnitDocument.unit_id == unit_id))
        return sorted(rows.scalars())


def _upload(client: Any, unit_id: uuid.UUID, *files: tuple[str, bytes, str]) -> Any:
    return client.post(f"/api/units/{unit_id}/documents", files=[("files", file) for file in files])


# --- Units are changed by their owner and admins only ----------------------------------------------------------

MATERIALS = {"objectives": [{"code": "LO1", "description": "Written by someone else"}], "vocabulary": []}
CHANGES = {
    "upload": lambda client, world: _upload(client, world.unit_id, ("Mine.pdf", builders.worksheet_pdf(), PDF)),
    "delete": lambda client, world: client.delete(f"/api/units/{world.unit_id}/documents/{world.document_id}"),
    "save materials": lambda client, world: client.put(f"/api/units/{world.unit_id}/materials", json=MATERIALS),
}


async def _objectives_of(seed: Any, unit_id: uuid.UUID) -> int:
    async with seed() as session:
        return int(await session.scalar(select(func.count()).where(LearningObjective.unit_id == unit_id)))


@pytest.mark.parametrize("change", list(CHANGES))
async def test_another_teacher_cannot_change_a_units_documents_or_materials(seed: Any, real_clients: Any,
                                                                            change: str) -> None:
    world = await _a_teachers_unit(seed, real_clients)
    response = await CHANGES[change](world.other, world)
    assert response.status_code == 403, f"{change} by another teacher was answered {response.status_code}"
    assert "belongs to another teacher" in response.json()["detail"]
    assert await _documents_of(seed, world.unit_id) == ["Worksheet.pdf"], "the unit's documents are as they were"
    assert await _objectives_of(seed, world.unit_id) == 0, "the unit's materials are as they were"


async def test_every_teacher_still_reads_a_units_documents_and_materials(seed: Any, real_clients: Any) -> None:
    world = await _a_teachers_unit(seed, real_clients)
    listed = await world.other.get(f"/api/units/{world.unit_id}/documents")
    assert listed.status_code == 200
    assert [d["filename"] for d in listed.json()] == ["Worksheet.pdf"]
    materials = await world.other.get(f"/api/units/{world.unit_id}/materials")
    assert materials.status_code == 200
    assert materials.json()["found"]["document_count"] == 1


@pytest.mark.parametrize("who", ["owner", "admin"])
async def test_the_owner_and_admins_change_a_units_documents_and_materials(seed: Any, real_clients: Any,
                                                                           who: str) -> None:
    world = await _a_teachers_unit(seed, real_clients)
    client = getattr(world, who)
    for change, send in CHANGES.items():
        response = await send(client, world)
        assert response.status_code in (200, 201, 204), f"{who}: {change} → {response.status_code} {response.text}"
    assert await _documents_of(seed, world.unit_id) == ["Mine.pdf"]
    assert await _objectives_of(seed, world.unit_id) == 1


# --- No slow work inside a transaction -------------------------------------------------------------------------


@pytest.fixture
def reading_started(monkeypatch: pytest.MonkeyPatch) -> asyncio.Event:
    """Set when the upload hands the file named "Slow.pdf" to its reader."""
    started = asyncio.Event()
    real_read_all = reader_process.read_all_in_child

    def signalling(file: reader_process.FileToRead) -> reader_process.FileToRead:
        async def read() -> bytes:
            if file.name == "Slow.pdf":
                started.set()
            return await file.read()

        return reader_process.FileToRead(file.name, read)

    async def signalled(files: list[reader_process.FileToRead], **options: Any) -> Any:
        return await real_read_all([signalling(file) for file in files], **options)

    monkeypatch.setattr(reader_process, "read_all_in_child", signalled)
    return started


@pytest.fixture
def quick_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading one file stops after a few seconds, so the slow PDF ends the test soon after it has proved its point."""
    monkeypatch.setattr(get_settings(), "document_max_seconds", 6.0)


async def _pupil_with_an_open_attempt(seed: Any, real_clients: Any) -> tuple[Any, str]:
    """A signed-in pupil's autosave address for a question of an attempt they have started."""
    pupil_name = _name("saver")
    async with seed() as session:
        teacher = await make_user(session, Role.teacher, username=_name("setter"))
        pupil = await make_user(session, Role.pupil, username=pupil_name)
        school_class = await make_class(session, name=_name("8E"), teachers=[teacher], pupils=[pupil])
        assessment = await make_assessment(session, owner=teacher, questions=["text_input"], publish_to=[school_class])
    client = await _signed_in(real_clients, pupil_name)
    view = (await client.post(f"/api/pupil/assessments/{assessment.id}/start")).json()
    return client, f"/api/pupil/attempts/{view['attempt_id']}/answers/{view['questions'][0]['id']}"


@asynccontextmanager
async def _reading_a_slow_pdf(world: Unitworld, reading_started: asyncio.Event) -> AsyncIterator[asyncio.Task]:
    """The owner uploads a lesson plan and a slow PDF; the block runs once the PDF is being read, and the upload
    has ended when it is over (cancelled if the block failed, so it holds nothing up for the next test)."""
    # The lesson plan first: the upload used to write it, and so hold SQLite's write lock, before reading the PDF.
    uploading = asyncio.create_task(_upload(world.owner, world.unit_id,
                                            ("Lesson plan.docx", builders.lesson_plan_docx(), DOCX),
                                            ("Slow.pdf", builders.slow_pdf(), PDF)))
    try:
        await asyncio.wait_for(reading_started.wait(), timeout=60)
        yield uploading
        await asyncio.wait_for(asyncio.shield(uploading), timeout=60)
    finally:
        if not uploading.done():
            uploading.cancel()
            await asyncio.gather(uploading, return_exceptions=True)


def _the_slow_pdf_was_stopped(reply: Any, seconds: float) -> None:
    """The upload's reply: the lesson plan stored, the slow PDF refused by the time bound."""
    assert reply.status_code == 201, reply.text
    by_name = {f["filename"]: f for f in reply.json()["files"]}
    assert by_name["Lesson plan.docx"]["status"] == "read"
    assert by_name["Slow.pdf"]["status"] == "refused"
    assert f"took longer than {seconds:g} seconds to read" in by_name["Slow.pdf"]["detail"]


@SLOW
async def test_an_autosave_completes_while_a_slow_document_is_read(seed: Any, real_clients: Any,
                                                                  reading_started: asyncio.Event,
                                                                  quick_bounds: None) -> None:
    world = await _a_teachers_unit(seed, real_clients)
    pupil, autosave_url = await _pupil_with_an_open_attempt(seed, real_clients)
    # The lesson plan first: the upload used to write it, and so hold SQLite's write lock, before reading the PDF.
    async with _reading_a_slow_pdf(world, reading_started) as uploading:
        saved = await asyncio.wait_for(pupil.put(autosave_url, json={"answer_data": {"text": "still typing"},
                                                                     "seq": 1}), timeout=45)
        assert saved.status_code == 200, saved.text
        assert saved.json()["saved"] is True
        assert not uploading.done(), "the autosave waited for the document to be read"
        held = get_database().engine.pool.checkedout()
        assert held == 0, f"the upload holds {held} pooled connection(s) while it reads a document"
    _the_slow_pdf_was_stopped(uploading.result(), 6)
    assert await _documents_of(seed, world.unit_id) == ["Lesson plan.docx", "Worksheet.pdf"]


POOL_SIZE = 1


@pytest.fixture
async def small_pool(real_app: Any, real_database_url: str) -> AsyncIterator[None]:
    """The app on a Database whose pool has one connection, for this test only."""
    async with app_with_pool_of(real_database_url, POOL_SIZE):
        yield


@SLOW
async def test_a_teacher_signs_in_while_a_slow_document_is_read_with_one_pooled_connection(
    seed: Any, real_clients: Any, reading_started: asyncio.Event, quick_bounds: None, small_pool: None
) -> None:
    world = await _a_teachers_unit(seed, real_clients)
    async with seed() as session:
        colleague = await make_user(session, Role.teacher, username=_name("colleague"))
    async with _reading_a_slow_pdf(world, reading_started) as uploading:
        signed_in = await asyncio.wait_for(real_clients().post("/api/auth/login", json={
            "username": colleague.username, "password": "password123"}), timeout=45)
        assert signed_in.status_code == 200, signed_in.text
        assert not uploading.done(), "the sign-in waited for the document to be read"
    _the_slow_pdf_was_stopped(uploading.result(), 6)


# --- Memory and time: bounded, in a process of its own ---------------------------------------------------------


def _status_kb(field: str) -> int:
    line = next(line for line in Path("/proc/self/status").read_text().splitlines() if line.startswith(f"{field}:"))
    return int(line.split()[1])


@contextmanager
def _peak_memory_growth() -> Iterator[list[float]]:
    """How far this process's (the server's) peak resident memory rose during the block, in MB, in the list."""
    Path("/proc/self/clear_refs").write_text("5")  # starts the peak (VmHWM) again from the memory in use now
    before = _status_kb("VmRSS")
    growth: list[float] = []
    yield growth
    growth.append((_status_kb("VmHWM") - before) / 1024)


@SLOW
async def test_a_pdf_of_100000_pages_is_refused_by_its_page_count_and_the_server_stays_small(
    seed: Any, real_clients: Any
) -> None:
    world = await _a_teachers_unit(seed, real_clients)
    huge = builders.many_pages_pdf(100_000)
    with _peak_memory_growth() as growth:
        reply = await asyncio.wait_for(_upload(world.owner, world.unit_id, ("Book.pdf", huge, PDF)), timeout=120)
    assert reply.status_code == 422, reply.text
    assert reply.json()["detail"] == f"‘Book.pdf’ has more than 500 pages (it has 100,000). {SPLIT_IT}"
    assert growth[0] < 100, f"the server's memory rose by {growth[0]:.0f} MB while the PDF was read"


@SLOW
async def test_a_slow_pdf_is_stopped_by_the_time_bound_never_a_hung_request(
    seed: Any, real_clients: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(get_settings(), "document_max_seconds", 2.0)
    world = await _a_teachers_unit(seed, real_clients)
    # Twenty pages of a second or more each; then one page that alone would take over a minute.
    for slow in (builders.slow_pdf(), builders.slow_pdf(pages=1, draws=100, operations=100_000)):
        reply = await asyncio.wait_for(_upload(world.owner, world.unit_id, ("Slow.pdf", slow, PDF)), timeout=60)
        assert reply.status_code == 422, reply.text
        assert reply.json()["detail"] == f"‘Slow.pdf’ took longer than 2 seconds to read, so it was not used. {SPLIT_IT}"
    assert await _documents_of(seed, world.unit_id) == ["Worksheet.pdf"]


@SLOW
async def test_a_pdf_that_would_exhaust_memory_stops_only_its_reader(
    seed: Any, real_clients: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(get_settings(), "document_max_memory_mb", 256)
    world = await _a_teachers_unit(seed, real_clients)
    # The page tree claims one page and holds 100,000: only walking it shows the truth, and that takes memory.
    lying = builders.many_pages_pdf(100_000, declared=1)
    with _peak_memory_growth() as growth:
        reply = await asyncio.wait_for(_upload(world.owner, world.unit_id, ("Lying.pdf", lying, PDF)), timeout=120)
    assert reply.status_code == 422, reply.text
    assert reply.json()["detail"].startswith("‘Lying.pdf’ needs more memory to read than this server allows")
    assert growth[0] < 100, f"the server's memory rose by {growth[0]:.0f} MB while the PDF was read"
    after = await _upload(world.owner, world.unit_id, ("Worksheet 2.pdf", builders.worksheet_pdf(), PDF))
    assert after.status_code == 201, "the server reads the next upload as usual"


async def test_documents_are_read_in_a_process_of_their_own_that_exits() -> None:
    read = await reader_process.read_in_child("Worksheet.pdf", builders.worksheet_pdf())
    assert read.pid != os.getpid(), "the document was parsed in the server's own process"
    assert not Path(f"/proc/{read.pid}").exists(), "the reading process has exited"
    assert [d.filename for d in read.result.documents] == ["Worksheet.pdf"]
    assert "linear search" in read.result.documents[0].text
