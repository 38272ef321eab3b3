"""Rubric templates: reusable mark schemes for written answers."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response

from app.deps import CurrentTeacher, SessionDep
from app.schemas.marking import RubricIn, RubricRead
from app.services.authoring import rubrics

router = APIRouter(prefix="/rubrics", tags=["marking"])


@router.get("", response_model=list[RubricRead])
async def list_rubrics(session: SessionDep, teacher: CurrentTeacher) -> list[RubricRead]:
    """Your rubric templates and those other teachers have shared."""
    return await rubrics.list_for(session, teacher)


@router.post("", response_model=RubricRead, status_code=201)
async def create_rubric(body: RubricIn, session: SessionDep, teacher: CurrentTeacher) -> RubricRead:
    """Save a mark scheme as a template."""
    return await rubrics.create(session, data=body, user=teacher)


@router.put("/{rubric_id}", response_model=RubricRead)
async def update_rubric(rubric_id: uuid.UUID, body: RubricIn, session: SessionDep, teacher: CurrentTeacher) -> RubricRead:
    """Change one of your templates."""
    return await rubrics.update(session, rubric_id=rubric_id, data=body, user=teacher)


@router.delete("/{rubric_id}", status_code=204)
async def delete_rubric(rubric_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> Response:
    """Delete one of your templates (questions that used it keep their mark scheme)."""
    await rubrics.delete(session, rubric_id=rubric_id, user=teacher)
    return Response(status_code=204)
