"""Images for questions (e.g. drag_label diagrams), kept in the database so every API replica can serve them.

Only PNG, JPEG, GIF and WebP are accepted, recognised by their content rather than their name; SVG is refused
because an SVG can carry script."""

from __future__ import annotations

import struct
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Invalid, NotFound, TooLarge
from app.models import Media, User
from app.schemas.media import MediaRead
from app.services.core import audit

MAX_IMAGE_BYTES = 5 * 1024 * 1024


def sniff_image(data: bytes) -> tuple[str, int | None, int | None]:
    """(content type, width, height) from the file's own bytes, or Invalid."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return "image/png", width, height
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return "image/gif", width, height
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp", None, None
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg", *_jpeg_size(data)
    raise Invalid("That file is not a PNG, JPEG, GIF or WebP image. Save the picture in one of those formats.")


def _jpeg_size(data: bytes) -> tuple[int | None, int | None]:
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            i += 1
            continue
        marker = data[i + 1]
        length = struct.unpack(">H", data[i + 2 : i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            height, width = struct.unpack(">HH", data[i + 5 : i + 9])
            return width, height
        i += 2 + length
    return None, None


async def store(session: AsyncSession, *, filename: str, data: bytes, actor: User) -> MediaRead:
    """Keep an uploaded image (checked to be a PNG, JPEG, GIF or WebP of at most 5 MB) and say where it is."""
    if not data:
        raise Invalid(f"‘{filename}’ is empty.")
    if len(data) > MAX_IMAGE_BYTES:
        raise TooLarge(f"‘{filename}’ is larger than {MAX_IMAGE_BYTES // (1024 * 1024)} MB. Use a smaller image.")
    content_type, width, height = sniff_image(data)
    media = Media(owner_id=actor.id, filename=filename[:255] or "image", content_type=content_type,
                  size_bytes=len(data), width=width, height=height, data=data)
    session.add(media)
    await session.flush()
    await audit.record(session, "media.upload", user=actor, entity_type="media", entity_id=media.id,
                       details={"filename": media.filename, "bytes": len(data)})
    return MediaRead(id=media.id, url=f"/api/media/{media.id}", content_type=media.content_type,
                     width=media.width, height=media.height, filename=media.filename)


async def get(session: AsyncSession, media_id: uuid.UUID) -> Media:
    """An uploaded image with its bytes, or NotFound."""
    media = await session.get(Media, media_id)
    if media is None:
        raise NotFound("That image does not exist.")
    return media
