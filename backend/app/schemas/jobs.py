from __future__ import annotations

import uuid
from datetime import datetime

from app.models import JobStatus
from app.schemas.base import ReadSchema


class JobRead(ReadSchema):
    id: uuid.UUID
    kind: str
    status: JobStatus
    progress: int
    message: str | None
    assessment_id: uuid.UUID | None = None
    result: dict
    warnings: list
    error: str | None
    created_at: datetime
    finished_at: datetime | None
