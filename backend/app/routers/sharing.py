"""Sharing with the department: a teacher shares an assessment or a unit; colleagues list what is shared.

Who may see what is decided in services/authoring/sharing.py; a shared assessment is then opened, previewed,
printed, exported and duplicated through the usual assessment routes."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from app.deps import CurrentTeacher, SessionDep
from app.schemas.sharing import SharedAssessmentItem, ShareState, UnitShareState
from app.services.authoring import sharing

router = APIRouter(tags=["sharing"])


@router.get("/assessments/shared", response_model=list[SharedAssessmentItem])
async def shared_assessments(session: SessionDep, teacher: CurrentTeacher) -> list[SharedAssessmentItem]:
    """Colleagues' assessments shared with the department, to open read-only, preview and copy. Their classes and
    pupils' results are never included."""
    return await sharing.shared_with_me(session, teacher)


@router.post("/assessments/{assessment_id}/share", response_model=ShareState)
async def share_assessment(assessment_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> ShareState:
    """Share your assessment with the department: colleagues may read, preview and copy it, never see its
    results."""
    return await sharing.share_assessment(session, assessment_id=assessment_id, actor=teacher)


@router.delete("/assessments/{assessment_id}/share", response_model=ShareState)
async def stop_sharing_assessment(assessment_id: uuid.UUID, session: SessionDep,
                                  teacher: CurrentTeacher) -> ShareState:
    """Stop sharing your assessment. If its unit is shared it stays shared through the unit, and the reply says
    so. Copies colleagues already made stay theirs."""
    return await sharing.stop_sharing_assessment(session, assessment_id=assessment_id, actor=teacher)


@router.post("/units/{unit_id}/share", response_model=UnitShareState)
async def share_unit(unit_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> UnitShareState:
    """Share your unit with the department: every assessment of yours in it, now and later, is shared too."""
    return await sharing.share_unit(session, unit_id=unit_id, actor=teacher)


@router.delete("/units/{unit_id}/share", response_model=UnitShareState)
async def stop_sharing_unit(unit_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> UnitShareState:
    """Stop sharing your unit: its assessments that were shared only through it are no longer shared."""
    return await sharing.stop_sharing_unit(session, unit_id=unit_id, actor=teacher)
