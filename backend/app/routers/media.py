"""Question images: teachers upload, everyone signed in can see them."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, File, Response, UploadFile

from app.deps import CurrentTeacher, CurrentUser, SessionDep
from app.schemas.media import MediaRead
from app.services.authoring import media as media_service

router = APIRouter(prefix="/media", tags=["media"])


@router.post("", response_model=MediaRead, status_code=201)
async def upload_image(session: SessionDep, teacher: CurrentTeacher, file: UploadFile = File(...)) -> MediaRead:
    """Upload an image for a question (PNG, JPEG, GIF or WebP, at most 5 MB)."""
    data = await file.read(media_service.MAX_IMAGE_BYTES + 1)
    return await media_service.store(session, filename=file.filename or "image", data=data, actor=teacher)


@router.get("/{media_id}", response_class=Response, responses={200: {"content": {"image/png": {}}}})
async def get_image(media_id: uuid.UUID, session: SessionDep, _user: CurrentUser) -> Response:
    """An uploaded image. Ids never change content, so browsers may keep it."""
    media = await media_service.get(session, media_id)
    return Response(
        content=media.data,
        media_type=media.content_type,
        headers={"Cache-Control": "private, max-age=31536000, immutable", "Content-Disposition": "inline"},
    )
