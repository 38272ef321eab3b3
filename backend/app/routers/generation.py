"""Generating draft assessments from a unit's materials, and regenerating one question."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from app.deps import CurrentTeacher, SessionDep, SessionMakerDep, SlowRouteTeacher
from app.schemas.assessments import QuestionSaved
from app.schemas.generation import (
    GenerateRequest,
    GenerateStarted,
    GenerationOptions,
    RegenerateRequest,
)
from app.services.generation import job as generation_job  # registers the "generate_assessment" job handler
from app.services.generation.regenerate import regenerate_question

router = APIRouter(tags=["generation"])


@router.get("/generation/options", response_model=GenerationOptions)
async def generation_options(session: SessionDep, teacher: CurrentTeacher) -> GenerationOptions:
    """Whether an AI service is set up (else drafts come from the offline generator) and the question types
    that can be generated."""
    return await generation_job.generation_options(session)


@router.post("/assessments/generate", response_model=GenerateStarted, status_code=202)
async def generate_assessment(body: GenerateRequest, session: SessionDep, teacher: CurrentTeacher) -> GenerateStarted:
    """Start making a draft assessment from a unit's materials. Poll GET /api/jobs/{job_id}: when it is done,
    its assessment_id is the draft to review. Counts against the hourly generation limit."""
    job_id, generator = await generation_job.start_generation(session, teacher=teacher, body=body)
    return GenerateStarted(job_id=job_id, generator=generator)


@router.post("/assessments/{assessment_id}/questions/{question_id}/regenerate", response_model=QuestionSaved)
async def regenerate(assessment_id: uuid.UUID, question_id: uuid.UUID, body: RegenerateRequest,
                     sessions: SessionMakerDep, teacher: SlowRouteTeacher) -> QuestionSaved:
    """Replace one question with a new version, following an instruction ("make it easier"), keeping its type
    or changing it. The new version is checked like any other; if it still has a problem nothing changes.
    Counts against the hourly limit of new versions."""
    return await regenerate_question(sessions, assessment_id=assessment_id, question_id=question_id, body=body,
                                     actor=teacher)
