"""A unit's lesson documents in the database: storing what uploads contained, and the unit's materials.

The uploaded files themselves are never stored: only the text and structure extracted from them. Every teacher
reads every unit's documents and materials; only the unit's owner and admins change them.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple, Protocol

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db import session_scope
from app.errors import Invalid, NotFound
from app.models import LearningObjective, Unit, UnitDocument, User
from app.schemas.documents import (
    DocumentSummary,
    FoundMaterials,
    MaterialsRead,
    MaterialsUpdate,
    PictureReport,
    SavedMaterials,
    SkippedFileRead,
    UploadedFileResult,
    UploadReport,
)
from app.services import documents
from app.services.authoring import units
from app.services.core import audit
from app.services.documents import UnitMaterials, UploadRejected, UploadResult, reader_process
from app.services.documents.found import DocumentStructure
from app.services.documents.pictures import place_list

PREVIEW_CHARS = 400


class UploadedFile(Protocol):
    """What the router hands over for each file (Starlette's UploadFile fits)."""

    filename: str | None

    async def read(self, size: int = -1) -> bytes: ...


class StoredDocument(Protocol):
    """A UnitDocument, or a row of its summary columns: what a document's summary is made from."""

    id: uuid.UUID
    filename: str
    file_type: str
    size_bytes: int
    created_at: datetime
    structure: DocumentStructure | None
    warnings: list[str] | None


class _StoredText(NamedTuple):
    """The parts of a stored document that merging reads."""

    filename: str
    structure: DocumentStructure
    text: str


class _Reading(NamedTuple):
    """One uploaded file once read: its documents, or why it was refused."""

    name: str
    result: UploadResult | None
    refusal: str = ""


async def _changeable_unit(session: AsyncSession, unit_id: uuid.UUID, actor: User) -> Unit:
    """The unit, if it exists (404) and this user may change it (403: its owner and admins only)."""
    unit = await units.get_unit(session, unit_id)
    units.check_can_change(unit, actor)
    return unit


async def check_can_upload(sessions: async_sessionmaker[AsyncSession], *, unit_id: uuid.UUID, actor: User) -> None:
    """Refuse an upload to a missing unit (404) or to another teacher's (403) before its files are read."""
    async with session_scope(sessions) as session:
        await _changeable_unit(session, unit_id, actor)


async def store_uploads(
    sessions: async_sessionmaker[AsyncSession], *, unit_id: uuid.UUID, files: Sequence[UploadedFile], actor: User
) -> UploadReport:
    """Read each uploaded file, store one UnitDocument per document found, and report on every file.

    The files are read with no session, connection or transaction held (reading may take up to
    DOCUMENT_MAX_SECONDS a file), all in one process of their own; what was found is then stored in one short
    transaction. A refused file does not stop the others. When no file at all could be used, UploadRejected
    (422) carries the per-file report in `files`. Only the unit's owner and admins may store documents (checked
    in that transaction; the route checks it before the files are even received, with `check_can_upload`).
    """
    readings = await _read_uploads(files)
    if not any(reading.result for reading in readings):
        refused = [_refused(reading.name, reading.refusal) for reading in readings]
        detail = " ".join(r.detail for r in refused[:5]) or "No files were uploaded."
        raise UploadRejected(detail, extra={"files": [r.model_dump(mode="json") for r in refused]})
    async with session_scope(sessions) as session:
        # Checked here too: the unit may have been deleted, or handed to someone else, while the files were read.
        await _changeable_unit(session, unit_id, actor)
        return await _store_readings(session, readings, unit_id=unit_id, actor=actor)


async def _store_readings(
    session: AsyncSession, readings: list[_Reading], *, unit_id: uuid.UUID, actor: User
) -> UploadReport:
    """Store the documents of every file that was read, note the upload in the audit log, and report."""
    results: list[UploadedFileResult] = []
    stored: list[UnitDocument] = []
    for reading in readings:
        if reading.result is None:
            results.append(_refused(reading.name, reading.refusal))
            continue
        rows = await _store(session, reading.result, unit_id=unit_id, actor=actor)
        stored.extend(rows)
        results.append(_read(reading.result, rows))
    refused = [r for r in results if r.status == "refused"]
    await audit.record(
        session,
        "documents.upload",
        user=actor,
        entity_type="unit",
        entity_id=unit_id,
        details={"stored": [row.filename for row in stored], "refused": [r.filename for r in refused]},
    )
    read = len(results) - len(refused)
    return UploadReport(
        message=_message(read, refused, len(stored)),
        read=read,
        refused=len(refused),
        documents_stored=len(stored),
        files=results,
    )


async def _read_uploads(files: Sequence[UploadedFile]) -> list[_Reading]:
    """The uploaded files, read in one process of its own: each file's documents, or why it was refused."""
    to_read = [reader_process.FileToRead(documents.display_name(upload.filename), upload.read) for upload in files]
    return [
        _Reading(reading.name, reading.read.result) if reading.read else
        _Reading(reading.name, None, reading.refusal.detail if reading.refusal else "")
        for reading in await reader_process.read_all_in_child(to_read)
    ]


async def _store(
    session: AsyncSession, result: UploadResult, *, unit_id: uuid.UUID, actor: User
) -> list[UnitDocument]:
    """One UnitDocument per document read from an uploaded file."""
    rows = [
        UnitDocument(
            unit_id=unit_id,
            uploaded_by_id=actor.id,
            filename=document.filename[:255],
            file_type=document.file_type,
            size_bytes=document.size_bytes,
            text=document.text,
            structure=document.structure,
            warnings=document.warnings,
        )
        for document in result.documents
    ]
    session.add_all(rows)
    await session.flush()
    return rows


def _refused(name: str, detail: str) -> UploadedFileResult:
    return UploadedFileResult(filename=name, status="refused", detail=detail, documents=[], skipped=[])


def _read(result: UploadResult, rows: list[UnitDocument]) -> UploadedFileResult:
    count = len(rows)
    detail = f"Read {count} document{'s' if count != 1 else ''}." if count != 1 or result.skipped else "Read."
    if result.skipped:
        detail += f" {len(result.skipped)} note{'s' if len(result.skipped) != 1 else ''} about files that were not used."
    detail = " ".join([detail, *(found for row in rows if (found := _found_in(row, several=count > 1)))])
    return UploadedFileResult(
        filename=result.filename,
        status="read",
        detail=detail,
        documents=[summarise(row, row.text[:PREVIEW_CHARS]) for row in rows],
        skipped=[SkippedFileRead(name=skipped.name, reason=skipped.reason) for skipped in result.skipped],
    )


def _found_in(row: UnitDocument, *, several: bool) -> str:
    """What the teacher should know about one document read: questions in it, and pictures whose words were read."""
    found = row.structure or {}
    named = f" in ‘{row.filename}’" if several else ""
    sentences = []
    questions = len(found.get("questions", []))
    if questions:
        sentences.append(f"{questions} question{'s' if questions != 1 else ''} found{named}.")
    pictures = found.get("pictures", {})
    read = pictures.get("read", [])
    if read:
        sentences.append(f"The words in the picture{'s' if len(read) > 1 else ''} on {place_list(read)}{named} were "
                         "read by the computer: check what was found there.")
    if pictures.get("note"):
        sentences.append(pictures["note"] if not several else f"‘{row.filename}’: {pictures['note']}")
    return " ".join(sentences)


def _message(read: int, refused: list[UploadedFileResult], stored: int) -> str:
    parts = [f"{read} file{'s' if read != 1 else ''} read ({stored} document{'s' if stored != 1 else ''} stored)."]
    if refused:
        names = ", ".join(f"‘{r.filename}’" for r in refused)
        parts.append(f"{len(refused)} refused: {names}. The reason is shown next to each file.")
    return " ".join(parts)


def summarise(row: StoredDocument, preview: str) -> DocumentSummary:
    """A document as the teacher sees it: what was found, a short preview, any warnings."""
    found = row.structure or {}
    vocabulary = found.get("vocabulary", [])
    return DocumentSummary(
        id=row.id,
        filename=row.filename,
        file_type=row.file_type,
        size_bytes=row.size_bytes,
        created_at=row.created_at,
        objectives=found.get("objectives", []),
        vocabulary=vocabulary,
        vocabulary_count=len(vocabulary),
        sequences=found.get("sequences", []),
        code_snippet_count=len(found.get("code_snippets", [])),
        slide_count=len(found.get("slides", [])),
        lesson_titles=found.get("lesson_titles", []),
        preview=preview,
        warnings=row.warnings or [],
        questions=found.get("questions", []),
        question_count=len(found.get("questions", [])),
        answer_count=len(found.get("answers", [])),
        pictures=PictureReport(**found.get("pictures", {})),
    )


_SUMMARY_COLUMNS = (
    UnitDocument.id,
    UnitDocument.filename,
    UnitDocument.file_type,
    UnitDocument.size_bytes,
    UnitDocument.created_at,
    UnitDocument.structure,
    UnitDocument.warnings,
    func.substr(UnitDocument.text, 1, PREVIEW_CHARS).label("preview"),
)


async def list_documents(session: AsyncSession, *, unit_id: uuid.UUID) -> list[DocumentSummary]:
    """The unit's documents with what was found in each (the full text is not loaded)."""
    await units.get_unit(session, unit_id)
    rows = (
        await session.execute(
            select(*_SUMMARY_COLUMNS)
            .where(UnitDocument.unit_id == unit_id)
            .order_by(UnitDocument.created_at, UnitDocument.filename)
        )
    ).all()
    return [summarise(row, row.preview or "") for row in rows]


async def delete_document(
    session: AsyncSession, *, unit_id: uuid.UUID, document_id: uuid.UUID, actor: User
) -> None:
    """Remove one document's extracted text from the unit (objectives already saved on the unit stay).
    Only the unit's owner and admins may."""
    await _changeable_unit(session, unit_id, actor)
    row = await session.get(UnitDocument, document_id)
    if row is None or row.unit_id != unit_id:
        raise NotFound("That document is not part of this unit. It may have been deleted already.")
    await session.delete(row)
    await session.flush()
    await audit.record(
        session, "document.delete", user=actor, entity_type="unit_document", entity_id=document_id,
        details={"unit_id": str(unit_id), "filename": row.filename},
    )


async def found_materials(session: AsyncSession, *, unit_id: uuid.UUID, with_text: bool = True) -> UnitMaterials:
    """Everything found in the unit's documents, merged in upload order."""
    columns = [UnitDocument.filename, UnitDocument.structure]
    if with_text:
        columns.append(UnitDocument.text)
    rows = (
        await session.execute(
            select(*columns).where(UnitDocument.unit_id == unit_id).order_by(UnitDocument.created_at, UnitDocument.filename)
        )
    ).all()
    return documents.merge(
        _StoredText(filename=row.filename, structure=row.structure, text=row.text if with_text else "")
        for row in rows
    )


async def _saved_objectives(session: AsyncSession, unit_id: uuid.UUID) -> list[LearningObjective]:
    return list(
        (
            await session.execute(
                select(LearningObjective)
                .where(LearningObjective.unit_id == unit_id)
                .order_by(LearningObjective.position, LearningObjective.code)
            )
        ).scalars()
    )


async def get_materials(session: AsyncSession, *, unit_id: uuid.UUID) -> MaterialsRead:
    """What the documents suggest (`found`) beside what the unit holds now (`saved`)."""
    unit = await units.get_unit(session, unit_id)
    found = await found_materials(session, unit_id=unit_id, with_text=False)
    document_count = await session.scalar(
        select(func.count()).select_from(UnitDocument).where(UnitDocument.unit_id == unit_id)
    )
    return MaterialsRead(
        found=FoundMaterials(
            document_count=document_count or 0,
            objectives=found.objectives,
            vocabulary=found.vocabulary,
            sequences=found.sequences,
            code_snippets=found.code_snippets,
            lesson_titles=found.lesson_titles,
            questions=found.questions,
        ),
        saved=SavedMaterials(
            objectives=await _saved_objectives(session, unit_id),
            vocabulary=list(unit.vocabulary or []),
        ),
    )


async def save_materials(
    session: AsyncSession, *, unit_id: uuid.UUID, data: MaterialsUpdate, actor: User
) -> MaterialsRead:
    """Replace the unit's objectives and vocabulary with the teacher's corrected lists.

    Objectives are matched by code, so an objective that keeps its code keeps its identity (and the
    questions tagged with it); objectives left out are removed (their questions become untagged). Only the
    unit's owner and admins may.
    """
    unit = await _changeable_unit(session, unit_id, actor)
    codes = [o.code.strip().upper() for o in data.objectives]
    duplicate = next((code for code in codes if codes.count(code) > 1), None)
    if duplicate:
        raise Invalid(f"Each objective needs its own code: {duplicate} is used more than once.")
    terms = [v.term.strip().lower() for v in data.vocabulary]
    repeated = next((v.term for v in data.vocabulary if terms.count(v.term.strip().lower()) > 1), None)
    if repeated:
        raise Invalid(f"‘{repeated}’ is in the vocabulary more than once. Keep one and remove the others.")

    existing = {o.code.strip().upper(): o for o in await _saved_objectives(session, unit_id)}
    for position, (code, correction) in enumerate(zip(codes, data.objectives, strict=True)):
        objective = existing.pop(code, None)
        if objective is None:
            objective = LearningObjective(unit_id=unit_id)
            session.add(objective)
        objective.code = code
        objective.description = correction.description
        objective.strands = [strand.value for strand in correction.strands]
        objective.position = position
    for leftover in existing.values():
        await session.delete(leftover)
    unit.vocabulary = [{"term": v.term, "definition": v.definition} for v in data.vocabulary]
    await session.flush()
    await audit.record(
        session,
        "unit.materials_update",
        user=actor,
        entity_type="unit",
        entity_id=unit_id,
        details={
            "objectives": len(data.objectives),
            "objectives_removed": sorted(existing),
            "vocabulary": len(data.vocabulary),
        },
    )
    return await get_materials(session, unit_id=unit_id)
