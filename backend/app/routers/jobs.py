"""Background jobs: the page polls here to show progress (the teacher can leave and come back)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from app.deps import CurrentTeacher, SessionDep
from app.schemas.jobs import JobRead
from app.services.core import jobs

router = APIRouter(prefix="/jobs", tags=["jobs"])


@router.get("/{job_id}", response_model=JobRead)
async def get_job(job_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> JobRead:
    """A job's status (queued, running, done, failed), progress, result, warnings and error."""
    return await jobs.job_status(session, job_id, teacher)
