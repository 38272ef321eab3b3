"""Pictures carried inside a file: read back from base64 and checked exactly as an upload is (app.services.
authoring.media), then stored as new pictures owned by the teacher who imports them."""

from __future__ import annotations

import base64
import binascii

from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import AppError, Invalid, TooLarge
from app.models import Media, User
from app.services.authoring import media
from app.services.exchange.contents import Picture

LIMIT_MB = media.MAX_IMAGE_BYTES // (1024 * 1024)


def encode(picture: Media) -> str:
    """A stored picture's bytes as base64 text for a file."""
    return base64.b64encode(picture.data).decode("ascii")


def decode(*, url: str, filename: str, text: str) -> Picture:
    """A picture from a file, checked as an upload is: at most the upload limit, and really a PNG, JPEG, GIF or
    WebP (by its bytes, not its name). The size is judged before decoding, so a huge one is never decoded."""
    name = filename or "picture"
    if len(text) * 3 // 4 > media.MAX_IMAGE_BYTES + 3:
        raise TooLarge(f"The picture ‘{name}’ in this file is larger than {LIMIT_MB} MB, the most a picture can be. "
                       "Use a smaller picture in the assessment, then export it again.")
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise Invalid(f"The picture ‘{name}’ in this file is damaged: its data is not base64.") from None
    return from_bytes(url=url, filename=name, data=data)


def from_bytes(*, url: str, filename: str, data: bytes) -> Picture:
    """A picture file carried in a package, checked as an upload is (its size, and its bytes really a picture)."""
    name = filename or "picture"
    if len(data) > media.MAX_IMAGE_BYTES:
        raise TooLarge(f"The picture ‘{name}’ in this file is larger than {LIMIT_MB} MB, the most a picture can be. "
                       "Use a smaller picture in the assessment, then export it again.")
    if not data:
        raise Invalid(f"The picture ‘{name}’ in this file is empty.")
    try:
        media.sniff_image(data)
    except AppError as error:
        raise Invalid(f"The picture ‘{name}’ in this file is not a picture. {error.detail}") from None
    return Picture(url=url, filename=name, data=data)


async def store(session: AsyncSession, pictures: list[Picture], *, actor: User) -> dict[str, str]:
    """Save each picture as a new upload of the actor's; {address in the file: its new address}."""
    addresses = {}
    for picture in pictures:
        saved = await media.store(session, filename=picture.filename, data=picture.data, actor=actor)
        addresses[picture.url] = saved.url
    return addresses
