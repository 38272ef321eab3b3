"""Paper versions of an assessment: the test to print for pupils, and its answer key (web/teacher/print.html)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Query

from app.deps import CurrentTeacher, SessionDep
from app.schemas.paper import Paper, PaperVersion
from app.services.authoring import paper as papers

router = APIRouter(prefix="/assessments", tags=["assessments"])


@router.get("/{assessment_id}/paper", response_model=Paper)
async def assessment_paper(assessment_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher,
                           version: PaperVersion = Query("pupil")) -> Paper:
    """The assessment laid out for paper: version=pupil has no answers anywhere; version=key adds each
    question's answer and mark scheme. For any teacher who may see the assessment."""
    return await papers.paper(session, assessment_id=assessment_id, actor=teacher, version=version)
