"""The documents and materials API, through the real app on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import os
import tempfile
import uuid

from sqlalchemy import select

from app.config import get_settings
from app.models import AuditLog, LearningObjective, Role, Unit, UnitDocument, User
from app.services.generation.materials import load_materials
from tests.documents import builders
from tests.factories import make_user

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"


async def _unit(session, owner: User, title: str = "Data representation") -> Unit:
    """A unit of the teacher's own: only a unit's owner and admins change its documents and materials."""
    unit = Unit(title=title, year_group=7, owner_id=owner.id, vocabulary=[])
    session.add(unit)
    await session.flush()
    return unit


async def _teacher(client, session, username: str = "teacher") -> User:
    teacher = await make_user(session, Role.teacher, username=username)
    await client.login(username)
    return teacher


def _temp_files() -> set[str]:
    """Open file descriptors of this process that point into the temp folder (spooled uploads live there)."""
    found = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(tempfile.gettempdir()):
            found.add(target)
    return found


async def test_mixed_upload_stores_the_good_files_and_names_the_refused_ones(client, session):
    teacher = await _teacher(client, session)
    unit = await _unit(session, teacher)
    response = await client.post(
        f"/api/units/{unit.id}/documents",
        files=[
            ("files", ("Lesson plan.docx", builders.lesson_plan_docx(), DOCX)),
            ("files", ("Setup.docx", builders.renamed_exe(), DOCX)),
            ("files", ("Slides.pptx", builders.slides_pptx(), PPTX)),
            ("files", ("Secret.pdf", builders.encrypted_pdf(), "application/pdf")),
        ],
    )
    assert response.status_code == 201, response.text
    report = response.json()
    assert (report["read"], report["refused"], report["documents_stored"]) == (2, 2, 2)
    assert report["message"] == (
        "2 files read (2 documents stored). 2 refused: ‘Setup.docx’, ‘Secret.pdf’. "
        "The reason is shown next to each file."
    )
    by_name = {f["filename"]: f for f in report["files"]}
    assert by_name["Setup.docx"]["status"] == "refused"
    assert by_name["Setup.docx"]["detail"].startswith("‘Setup.docx’ is not a Word document: it looks like a program")
    assert by_name["Secret.pdf"]["detail"] == (
        "‘Secret.pdf’ is password protected. Save a copy without a password and upload that."
    )
    plan = by_name["Lesson plan.docx"]
    assert plan["status"] == "read"
    assert plan["detail"] == "Read."
    summary = plan["documents"][0]
    assert summary["file_type"] == "docx"
    assert summary["vocabulary_count"] == 6
    assert [o["text"] for o in summary["objectives"]][:3] == builders.LESSON_OBJECTIVES
    assert summary["preview"].startswith("# Lesson 1: Introduction to binary")
    assert len(summary["preview"]) <= 400
    assert by_name["Slides.pptx"]["documents"][0]["slide_count"] == 5

    rows = (await session.execute(select(UnitDocument).where(UnitDocument.unit_id == unit.id))).scalars().all()
    assert sorted(r.filename for r in rows) == ["Lesson plan.docx", "Slides.pptx"]
    stored = next(r for r in rows if r.file_type == "docx")
    assert stored.size_bytes > 10_000
    assert "Key vocabulary" in stored.text
    assert stored.structure["code_snippets"][0]["code"] == builders.PYTHON_SNIPPET
    audit = (await session.execute(select(AuditLog).where(AuditLog.action == "documents.upload"))).scalar_one()
    assert audit.details == {"stored": ["Lesson plan.docx", "Slides.pptx"], "refused": ["Setup.docx", "Secret.pdf"]}


async def test_zip_upload_stores_every_lesson_and_reports_skipped_files(client, session):
    teacher = await _teacher(client, session)
    unit = await _unit(session, teacher)
    response = await client.post(
        f"/api/units/{unit.id}/documents", files={"files": ("Y7 Unit.zip", builders.unit_zip(), "application/zip")}
    )
    assert response.status_code == 201, response.text
    result = response.json()["files"][0]
    assert result["detail"] == "Read 5 documents. 1 note about files that were not used."
    assert [d["file_type"] for d in result["documents"]] == ["docx", "docx", "pptx", "txt", "pdf"]
    assert [s["name"] for s in result["skipped"]] == ["Y7 Unit.zip"]
    listing = await client.get(f"/api/units/{unit.id}/documents")
    assert listing.status_code == 200
    assert [d["filename"].split("/")[-1] for d in listing.json()] == [
        "Lesson plan.docx", "Lesson plan.docx", "Slides.pptx", "notes.txt", "Worksheet.pdf"
    ]
    assert all(d["preview"] for d in listing.json())


async def test_every_file_refused_is_a_422_with_the_per_file_report(client, session):
    teacher = await _teacher(client, session)
    unit = await _unit(session, teacher)
    response = await client.post(
        f"/api/units/{unit.id}/documents",
        files=[
            ("files", ("Empty.docx", b"", DOCX)),
            ("files", ("Laughs.docx", builders.billion_laughs_docx(), DOCX)),
            ("files", ("Bomb.zip", builders.zip_bomb(expanded_mb=20), "application/zip")),
        ],
    )
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "UploadRejected"
    assert body["detail"].startswith("‘Empty.docx’ is empty (0 bytes).")
    assert [(f["filename"], f["status"]) for f in body["files"]] == [
        ("Empty.docx", "refused"), ("Laughs.docx", "refused"), ("Bomb.zip", "refused")
    ]
    assert "XML entity declarations" in body["files"][1]["detail"]
    assert "zip bomb" in body["files"][2]["detail"]
    assert (await session.execute(select(UnitDocument))).first() is None


async def test_over_the_size_limit_is_413_before_reading(client, session, monkeypatch):
    monkeypatch.setattr(get_settings(), "max_upload_size_mb", 1)
    teacher = await _teacher(client, session)
    unit = await _unit(session, teacher)
    big = builders.pdf_bytes([["x" * 80] * 40]) + b"%" * (2 * 1024 * 1024)
    response = await client.post(f"/api/units/{unit.id}/documents", files={"files": ("Big.pdf", big, "application/pdf")})
    assert response.status_code == 413
    assert response.json()["error"] == "TooLarge"
    assert response.json()["detail"].startswith("This upload is 2 MB and is larger than the 1 MB limit.")
    assert (await session.execute(select(UnitDocument))).first() is None


async def test_over_the_size_limit_while_streaming_stops_reading(client, session, monkeypatch):
    """Without a Content-Length (chunked upload), the body is counted as it arrives and cut off at the limit."""
    monkeypatch.setattr(get_settings(), "max_upload_size_mb", 1)
    teacher = await _teacher(client, session)
    unit = await _unit(session, teacher)
    sent = 0
    total_chunks = 64

    async def body():
        nonlocal sent
        yield b'--edge\r\nContent-Disposition: form-data; name="files"; filename="Huge.pdf"\r\n'
        yield b"Content-Type: application/pdf\r\n\r\n%PDF-1.4\n"
        for _ in range(total_chunks):
            sent += 64 * 1024
            yield b"%" * (64 * 1024)
        yield b"\r\n--edge--\r\n"

    before = _temp_files()
    response = await client.post(
        f"/api/units/{unit.id}/documents", content=body(), headers={"content-type": "multipart/form-data; boundary=edge"}
    )
    assert response.status_code == 413, response.text
    assert response.json()["detail"].startswith("This upload is larger than the 1 MB limit.")
    assert sent < 1.2 * 1024 * 1024  # stopped soon after the limit, not after all 4 MB
    assert _temp_files() <= before


async def test_spooled_upload_files_are_closed_and_gone_after_the_request(client, session):
    teacher = await _teacher(client, session)
    unit = await _unit(session, teacher)
    # Over 1 MB, so Starlette spools it to a temporary file on disk while the request is read.
    padded = builders.pdf_bytes(builders.WORKSHEET_PAGES) + b"\n%" + b"padding " * 200_000
    before = _temp_files()
    good = await client.post(f"/api/units/{unit.id}/documents", files={"files": ("Worksheet.pdf", padded, "application/pdf")})
    assert good.status_code == 201, good.text
    refused = await client.post(
        f"/api/units/{unit.id}/documents", files={"files": ("Padded.docx", b"MZ" + b"\x00" * 1_500_000, DOCX)}
    )
    assert refused.status_code == 422
    assert _temp_files() <= before
    # The stored row holds extracted text only; there is no route that serves a file back.
    document_id = good.json()["files"][0]["documents"][0]["id"]
    served = await client.get(f"/api/units/{unit.id}/documents/{document_id}")
    assert served.status_code in (404, 405)
    assert b"%PDF" not in served.content


async def test_upload_needs_files_a_teacher_and_a_real_unit(client, session, make_client):
    await make_user(session, Role.pupil, username="pupil")
    unit = await _unit(session, await make_user(session, Role.teacher, username="teacher"))
    anonymous = await client.post(f"/api/units/{unit.id}/documents", files={"files": ("a.pdf", b"%PDF-", "application/pdf")})
    assert anonymous.status_code == 401
    pupil = await make_client()
    await pupil.login("pupil")
    for method, path in [
        ("POST", f"/api/units/{unit.id}/documents"),
        ("GET", f"/api/units/{unit.id}/documents"),
        ("GET", f"/api/units/{unit.id}/materials"),
        ("PUT", f"/api/units/{unit.id}/materials"),
        ("DELETE", f"/api/units/{unit.id}/documents/{uuid.uuid4()}"),
    ]:
        response = await pupil.request(method, path, files={"files": ("a.pdf", b"%PDF-", "application/pdf")}
                                       if method == "POST" else None)
        assert response.status_code == 403, (method, path)
        assert response.json()["detail"] == "Only teachers can do this."

    await client.login("teacher")
    none = await client.post(f"/api/units/{unit.id}/documents", data={"other": "x"}, files={"x": ("a.pdf", b"1")})
    assert none.status_code == 422
    assert none.json()["detail"].startswith("Choose at least one file to upload")
    as_json = await client.post(f"/api/units/{unit.id}/documents", json={"files": []})
    assert as_json.status_code == 422
    too_many = await client.post(
        f"/api/units/{unit.id}/documents",
        files=[("files", (f"{n}.pdf", builders.worksheet_pdf(), "application/pdf")) for n in range(21)],
    )
    assert too_many.status_code == 422
    assert "Choose up to 20 files" in too_many.json()["detail"]
    missing = await client.post(
        f"/api/units/{uuid.uuid4()}/documents", files={"files": ("a.pdf", builders.worksheet_pdf(), "application/pdf")}
    )
    assert missing.status_code == 404
    assert (await client.get(f"/api/units/{uuid.uuid4()}/documents")).status_code == 404


async def test_upload_limits_for_the_page(client, session, monkeypatch):
    monkeypatch.setattr(get_settings(), "max_upload_size_mb", 25)
    monkeypatch.setattr(get_settings(), "allowed_extensions", ".docx,.pdf,.rtf")
    await _teacher(client, session)
    response = await client.get("/api/documents/limits")
    assert response.json() == {"max_upload_mb": 25, "max_files": 20, "allowed_extensions": [".docx", ".pdf"]}


async def test_delete_a_document(client, session):
    teacher = await _teacher(client, session)
    unit = await _unit(session, teacher)
    other = await _unit(session, teacher, "Networks")
    upload = await client.post(
        f"/api/units/{unit.id}/documents", files={"files": ("Worksheet.pdf", builders.worksheet_pdf(), "application/pdf")}
    )
    document_id = upload.json()["files"][0]["documents"][0]["id"]
    assert (await client.delete(f"/api/units/{other.id}/documents/{document_id}")).status_code == 404
    assert (await client.delete(f"/api/units/{unit.id}/documents/{document_id}")).status_code == 204
    assert (await client.get(f"/api/units/{unit.id}/documents")).json() == []
    again = await client.delete(f"/api/units/{unit.id}/documents/{document_id}")
    assert again.status_code == 404
    assert "deleted already" in again.json()["detail"]
    actions = (await session.execute(select(AuditLog.action))).scalars().all()
    assert "document.delete" in actions


async def test_materials_found_then_corrected_and_saved_on_the_unit(client, session):
    teacher = await _teacher(client, session)
    unit = await _unit(session, teacher)
    await client.post(
        f"/api/units/{unit.id}/documents",
        files=[
            ("files", ("Lesson 1.docx", builders.lesson_plan_docx(), DOCX)),
            ("files", ("Lesson 2.docx", builders.objectives_table_docx(), DOCX)),
        ],
    )
    materials = (await client.get(f"/api/units/{unit.id}/materials")).json()
    found = materials["found"]
    assert found["document_count"] == 2
    assert [o["code"] for o in found["objectives"]] == [f"LO{n}" for n in range(1, 10)]  # renumbered: codes clashed
    first = found["objectives"][0]
    assert {k: first[k] for k in ("code", "text", "kind", "source")} == {
        "code": "LO1", "text": builders.LESSON_OBJECTIVES[0], "kind": "objective", "source": "Lesson 1.docx"
    }
    assert first["where"], "each found item says where in its document it came from"
    assert builders.LESSON_OBJECTIVES[0] in first["quote"]
    terms = {t["term"]: t for t in found["vocabulary"]}
    assert (terms["overflow"]["definition"], terms["overflow"]["source"]) == (
        "when a result is too large to fit in the available bits", "Lesson 2.docx")
    assert len(found["sequences"]) == 2
    assert len(found["code_snippets"]) == 2
    assert found["lesson_titles"] == ["Lesson 1: Introduction to binary", "Lesson 2: Binary addition"]
    assert materials["saved"] == {"objectives": [], "vocabulary": []}

    kept = LearningObjective(unit_id=unit.id, code="LO2", description="Old wording", position=0, strands=[])
    dropped = LearningObjective(unit_id=unit.id, code="LO9", description="Removed by the teacher", position=1, strands=[])
    session.add_all([kept, dropped])
    await session.flush()
    kept_id = kept.id

    corrections = {
        "objectives": [
            {"code": "LO1", "description": builders.LESSON_OBJECTIVES[0], "strands": ["DI"]},
            {"code": "lo2", "description": "Convert denary numbers up to 255 into 8-bit binary", "strands": ["DI", "AL"]},
        ],
        "vocabulary": [{"term": "Binary", "definition": "Base 2: only the digits 0 and 1"}, {"term": "Bit"}],
    }
    saved = await client.put(f"/api/units/{unit.id}/materials", json=corrections)
    assert saved.status_code == 200, saved.text
    body = saved.json()["saved"]
    assert [(o["code"], o["description"], o["strands"], o["position"]) for o in body["objectives"]] == [
        ("LO1", builders.LESSON_OBJECTIVES[0], ["DI"], 0),
        ("LO2", "Convert denary numbers up to 255 into 8-bit binary", ["DI", "AL"], 1),
    ]
    assert next(o for o in body["objectives"] if o["code"] == "LO2")["id"] == str(kept_id)  # same code, same row
    assert body["vocabulary"] == [
        {"term": "Binary", "definition": "Base 2: only the digits 0 and 1"}, {"term": "Bit", "definition": ""}
    ]
    unit_view = (await client.get(f"/api/units/{unit.id}")).json()
    assert [o["code"] for o in unit_view["objectives"]] == ["LO1", "LO2"]
    assert unit_view["vocabulary"][0]["term"] == "Binary"
    audit = (
        await session.execute(select(AuditLog).where(AuditLog.action == "unit.materials_update"))
    ).scalar_one()
    assert audit.details == {"objectives": 2, "objectives_removed": ["LO9"], "vocabulary": 2}

    unit_id = unit.id
    session.expire_all()  # each request had its own session: forget this one's copies of the rows
    generation = await load_materials(session, unit_id)  # what the generators are given
    assert [o["code"] for o in generation.objectives] == ["LO1", "LO2"]
    assert generation.objectives[1]["strands"] == ["DI", "AL"]
    assert [v["term"] for v in generation.vocabulary] == ["Binary", "Bit"]
    assert generation.sequences
    assert "Worked example" in generation.text


async def test_materials_corrections_are_validated(client, session):
    teacher = await _teacher(client, session)
    unit = await _unit(session, teacher)
    twice = await client.put(
        f"/api/units/{unit.id}/materials",
        json={"objectives": [{"code": "LO1", "description": "A"}, {"code": "lo1", "description": "B"}], "vocabulary": []},
    )
    assert twice.status_code == 422
    assert twice.json()["detail"] == (
        "Each objective needs its own code: LO1 is used more than once."
    )
    repeated = await client.put(
        f"/api/units/{unit.id}/materials",
        json={"objectives": [], "vocabulary": [{"term": "Bit", "definition": "x"}, {"term": "bit", "definition": "y"}]},
    )
    assert repeated.status_code == 422
    assert "more than once" in repeated.json()["detail"]
    bad_strand = await client.put(
        f"/api/units/{unit.id}/materials",
        json={"objectives": [{"code": "LO1", "description": "A", "strands": ["XX"]}], "vocabulary": []},
    )
    assert bad_strand.status_code == 422
    assert (await client.put(f"/api/units/{uuid.uuid4()}/materials", json={"objectives": [], "vocabulary": []})).status_code == 404


async def test_the_generators_use_found_materials_until_the_teacher_saves(client, session):
    teacher = await _teacher(client, session)
    unit = await _unit(session, teacher)
    await client.post(
        f"/api/units/{unit.id}/documents", files={"files": ("Slides.pptx", builders.slides_pptx(), PPTX)}
    )
    materials = await load_materials(session, unit.id)
    assert [o["text"] for o in materials.objectives][:2] == [
        "To write a program that runs instructions in sequence", "To predict the output of a short Python program"
    ]
    assert [v["term"] for v in materials.vocabulary] == ["Sequence", "Variable", "Output"]
    assert materials.sources == ["Slides.pptx"]
    assert "Speaker notes" in materials.text


async def test_the_files_of_one_upload_are_read_in_one_reader_process(client, session, monkeypatch):
    """Starting a reader costs about 0.7 s: one upload of several files starts one, not one per file."""
    started: list[tuple[str, ...]] = []
    start = asyncio.create_subprocess_exec

    async def counted(*command, **options):
        started.append(command)
        return await start(*command, **options)

    monkeypatch.setattr(asyncio, "create_subprocess_exec", counted)
    teacher = await _teacher(client, session)
    unit = await _unit(session, teacher)
    response = await client.post(f"/api/units/{unit.id}/documents", files=[
        ("files", ("Lesson plan.docx", builders.lesson_plan_docx(), DOCX)),
        ("files", ("Setup.docx", builders.renamed_exe(), DOCX)),
        ("files", ("Slides.pptx", builders.slides_pptx(), PPTX)),
    ])
    assert response.status_code == 201, response.text
    assert [f["status"] for f in response.json()["files"]] == ["read", "refused", "read"]
    assert len(started) == 1, f"{len(started)} reader processes were started for one upload of 3 files"
