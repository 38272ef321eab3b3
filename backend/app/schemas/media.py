"""Question images as the teacher's editor sees them after an upload."""

from __future__ import annotations

import uuid

from app.schemas.base import ReadSchema


class MediaRead(ReadSchema):
    id: uuid.UUID
    url: str
    content_type: str
    width: int | None
    height: int | None
    filename: str
