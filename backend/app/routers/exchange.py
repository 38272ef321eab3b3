"""Assessments as files: export one, preview an import (nothing saved), import as a new draft."""

from __future__ import annotations

import uuid
from typing import NamedTuple

from fastapi import APIRouter, Request, Response
from starlette.datastructures import UploadFile

from app.deps import CurrentTeacher, SessionDep, SessionMakerDep, SlowRouteTeacher
from app.errors import Invalid
from app.schemas.exchange import ExchangeFormat, ImportPreview, ImportResult
from app.services.exchange import export, importing, limits, registry
from app.utils.uploads import multipart_form

router = APIRouter(prefix="/assessments", tags=["exchange"])

TEXT_FIELDS = {"format": 40, "title": 200, "include": 5000}  # name → longest value accepted
IMPORT_BODY = {
    "requestBody": {
        "required": True,
        "content": {"multipart/form-data": {"schema": {
            "type": "object",
            "required": ["file"],
            "properties": {
                "file": {"type": "string", "format": "binary", "description": "a file made with Export, a Moodle XML file, a GIFT file, or a QTI 3.0 package or item"},
                "format": {"type": "string", "description": "ks3-json, moodle-xml, gift or qti3; found from the file when left out"},
                "title": {"type": "string", "description": "import only: the new assessment's title"},
                "include": {"type": "string", "description": "import only: question numbers, such as 1,2,5"},
            },
        }}},
    }
}


class Upload(NamedTuple):
    data: bytes
    fields: dict[str, str]
    filename: str | None  # as the browser sent it: a .gift or .txt file is read as GIFT, a .xml as Moodle XML


async def _read_upload(request: Request) -> Upload:
    """The uploaded file and the form's text fields, refused by their size before they are spooled anywhere."""
    async with multipart_form(request, max_bytes=limits.max_file_bytes(), too_large=lambda _size: limits.too_large(),
                              max_files=1, max_fields=5, try_again="Choose one file and try again.") as form:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise Invalid("Choose a file to import.")
        data = await upload.read(limits.max_file_bytes() + 1)
        fields = {name: value.strip() for name in TEXT_FIELDS if isinstance(value := form.get(name), str)}
    for name, value in fields.items():
        if len(value) > TEXT_FIELDS[name]:
            raise Invalid(f"{name}: this is longer than {TEXT_FIELDS[name]} characters. Shorten it.")
    limits.check_size(data)
    return Upload(data, fields, upload.filename)


def _include(numbers: str | None) -> set[int] | None:
    """'1,3,4' → {1, 3, 4}; None or empty means every question."""
    if not numbers:
        return None
    try:
        return {int(part) for part in numbers.split(",") if part.strip()}
    except ValueError:
        raise Invalid("include: list the question numbers to import, separated by commas, such as 1,2,5.") from None


@router.get("/exchange/formats", response_model=list[ExchangeFormat])
async def list_formats(_teacher: CurrentTeacher) -> list[ExchangeFormat]:
    """The file formats assessments can be exported to and imported from."""
    return [ExchangeFormat(name=f.name, label=f.label, extension=f.extension) for f in registry.FORMATS.values()]


@router.get("/{assessment_id}/export", response_class=Response,
            responses={200: {"content": {"application/json": {}}}})
async def export_assessment(assessment_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher,
                            format: str = "ks3-json") -> Response:
    """Download an assessment you can see as a file: ks3-json has every question with its settings and pictures;
    gift, moodle-xml and qti3 (a QTI 3.0 content package, a zip) have the question types each can express, for
    Moodle and other systems."""
    exported = await export.export_assessment(session, assessment_id=assessment_id, format_name=format,
                                              actor=teacher)
    return Response(content=exported.content, media_type=exported.media_type,
                    headers={"Content-Disposition": f'attachment; filename="{exported.filename}"'})


@router.post("/import/preview", response_model=ImportPreview, openapi_extra=IMPORT_BODY)
async def preview_import(request: Request, sessions: SessionMakerDep, _teacher: SlowRouteTeacher) -> ImportPreview:
    """Read a file and list each question with its problems, as saving would find them. Saves nothing."""
    upload = await _read_upload(request)
    return await importing.preview(sessions, data=upload.data, format_name=upload.fields.get("format"),
                                   filename=upload.filename)


@router.post("/import", response_model=ImportResult, status_code=201, openapi_extra=IMPORT_BODY)
async def import_assessment(request: Request, sessions: SessionMakerDep, teacher: SlowRouteTeacher) -> ImportResult:
    """Make a new draft of yours from the file's questions (only those in `include`, e.g. "1,2,5", if given).
    Questions with problems that stop them being answered are skipped, each with its reason."""
    upload = await _read_upload(request)
    return await importing.import_file(sessions, data=upload.data, format_name=upload.fields.get("format"),
                                       title=upload.fields.get("title") or None,
                                       include=_include(upload.fields.get("include")), actor=teacher,
                                       filename=upload.filename)
