"""A unit's lesson documents (upload, list, delete) and the materials found in them (read, correct)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, Request, Response
from starlette.datastructures import UploadFile

from app.config import get_settings
from app.deps import CurrentTeacher, SessionDep, SessionMakerDep, SlowRouteTeacher
from app.errors import Invalid, TooLarge
from app.schemas.documents import DocumentSummary, MaterialsRead, MaterialsUpdate, UploadLimits, UploadReport
from app.services.documents import library
from app.services.documents.safety import SUPPORTED_EXTENSIONS
from app.utils.uploads import multipart_form

router = APIRouter(tags=["documents"])

MAX_FILES_PER_UPLOAD = 20
UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["files"],
                    "properties": {
                        "files": {
                            "type": "array",
                            "items": {"type": "string", "format": "binary"},
                            "description": ".docx, .pptx, .pdf or .zip files (one or several)",
                        }
                    },
                }
            }
        },
    }
}


def _too_large(size: int | None, limit_mb: int) -> TooLarge:
    size_text = f" is {size / (1024 * 1024):.0f} MB and" if size else ""
    return TooLarge(
        f"This upload{size_text} is larger than the {limit_mb} MB limit. Upload fewer files at a time, or "
        "split a big zip into smaller ones. Nothing was saved. (Your admin can raise MAX_UPLOAD_SIZE_MB.)"
    )


@asynccontextmanager
async def uploaded_files(request: Request) -> AsyncIterator[list[UploadFile]]:
    """The `files` of a multipart upload, read within MAX_UPLOAD_SIZE_MB, closed (temp files deleted) after."""
    settings = get_settings()
    async with multipart_form(
        request, max_bytes=settings.max_upload_bytes,
        too_large=lambda size: _too_large(size, settings.max_upload_size_mb),
        max_files=MAX_FILES_PER_UPLOAD, max_fields=MAX_FILES_PER_UPLOAD,
        try_again=f"Choose up to {MAX_FILES_PER_UPLOAD} files and try again.",
    ) as form:
        files = [item for item in form.getlist("files") if isinstance(item, UploadFile)]
        if not files:
            raise Invalid("Choose at least one file to upload (.docx, .pptx, .pdf, .html, .md, .txt or .zip).")
        yield files


@router.get("/documents/limits", response_model=UploadLimits)
async def upload_limits(_teacher: CurrentTeacher) -> UploadLimits:
    """The upload size limit, file count and file types, for checking files before they are sent."""
    settings = get_settings()
    return UploadLimits(
        max_upload_mb=settings.max_upload_size_mb,
        max_files=MAX_FILES_PER_UPLOAD,
        allowed_extensions=[e for e in settings.allowed_extension_list if e in SUPPORTED_EXTENSIONS],
    )


@router.post(
    "/units/{unit_id}/documents",
    response_model=UploadReport,
    status_code=201,
    openapi_extra=UPLOAD_BODY,
    responses={413: {"description": "The upload is over MAX_UPLOAD_SIZE_MB"}, 422: {"description": "No file could be used"}},
)
async def upload_documents(
    unit_id: uuid.UUID, request: Request, sessions: SessionMakerDep, teacher: SlowRouteTeacher
) -> UploadReport:
    """Upload lesson documents to a unit you own (multipart field `files`: .docx, .pptx, .pdf, or .zip of them).

    Each file is checked (size, type by name and content, zip and XML bombs, passwords), read within the
    bounds on pages, text, time and memory (DOCUMENT_MAX_*), and stored as extracted text and structure; the
    file itself is not kept. The report says, per file, what was found or why it was refused. A refused file
    never stops the others being stored.
    """
    # A missing unit, or another teacher's, is refused before the upload is read.
    await library.check_can_upload(sessions, unit_id=unit_id, actor=teacher)
    async with uploaded_files(request) as files:
        return await library.store_uploads(sessions, unit_id=unit_id, files=files, actor=teacher)


@router.get("/units/{unit_id}/documents", response_model=list[DocumentSummary])
async def list_documents(unit_id: uuid.UUID, session: SessionDep, _teacher: CurrentTeacher) -> list[DocumentSummary]:
    """The unit's documents and what was found in each."""
    return await library.list_documents(session, unit_id=unit_id)


@router.delete("/units/{unit_id}/documents/{document_id}", status_code=204)
async def delete_document(
    unit_id: uuid.UUID, document_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher
) -> Response:
    """Remove a document's extracted text from the unit (its owner and admins only)."""
    await library.delete_document(session, unit_id=unit_id, document_id=document_id, actor=teacher)
    return Response(status_code=204)


@router.get("/units/{unit_id}/materials", response_model=MaterialsRead)
async def get_materials(unit_id: uuid.UUID, session: SessionDep, _teacher: CurrentTeacher) -> MaterialsRead:
    """Objectives, vocabulary, sequences and code found in the documents, beside what the unit holds now."""
    return await library.get_materials(session, unit_id=unit_id)


@router.put("/units/{unit_id}/materials", response_model=MaterialsRead)
async def save_materials(
    unit_id: uuid.UUID, body: MaterialsUpdate, session: SessionDep, teacher: CurrentTeacher
) -> MaterialsRead:
    """Save the teacher's corrected objectives and vocabulary on the unit (replacing the previous lists); its owner
    and admins only."""
    return await library.save_materials(session, unit_id=unit_id, data=body, actor=teacher)
