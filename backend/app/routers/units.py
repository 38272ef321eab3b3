"""Units of work → topics → learning objectives, with NCCE taxonomy strands."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Query, Response

from app.deps import CurrentTeacher, CurrentUser, SessionDep
from app.models import STRAND_NAMES
from app.schemas.units import (
    ObjectiveCreate,
    ObjectiveRead,
    ObjectiveUpdate,
    StrandRead,
    TopicCreate,
    TopicRead,
    TopicUpdate,
    UnitCreate,
    UnitListItem,
    UnitRead,
    UnitUpdate,
)
from app.services.authoring import units

router = APIRouter(tags=["units"])


@router.get("/taxonomy", response_model=list[StrandRead])
async def taxonomy(_user: CurrentUser) -> list[StrandRead]:
    """The NCCE Teach Computing taxonomy strands that objectives and questions may carry."""
    return [StrandRead(code=code, name=name) for code, name in STRAND_NAMES.items()]


@router.get("/units", response_model=list[UnitListItem])
async def list_units(
    session: SessionDep, _teacher: CurrentTeacher, year_group: int | None = Query(default=None, ge=7, le=9)
) -> list[UnitListItem]:
    """All units of the department, with counts of objectives, documents and assessments."""
    return await units.list_units(session, year_group=year_group)


@router.post("/units", response_model=UnitRead, status_code=201)
async def create_unit(body: UnitCreate, session: SessionDep, teacher: CurrentTeacher) -> UnitRead:
    """Create a unit of work."""
    return await units.create_unit(session, data=body, actor=teacher)


@router.get("/units/{unit_id}", response_model=UnitRead)
async def get_unit(unit_id: uuid.UUID, session: SessionDep, _teacher: CurrentTeacher) -> UnitRead:
    """One unit with its topics, objectives and vocabulary."""
    return await units.unit_read(session, unit_id)


@router.patch("/units/{unit_id}", response_model=UnitRead)
async def update_unit(unit_id: uuid.UUID, body: UnitUpdate, session: SessionDep, teacher: CurrentTeacher) -> UnitRead:
    """Change a unit's details."""
    return await units.update_unit(session, unit_id=unit_id, data=body, actor=teacher)


@router.delete("/units/{unit_id}", status_code=204)
async def delete_unit(unit_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> Response:
    """Delete a unit with its topics, objectives and documents. Its assessments are kept."""
    await units.delete_unit(session, unit_id=unit_id, actor=teacher)
    return Response(status_code=204)


@router.post("/units/{unit_id}/topics", response_model=TopicRead, status_code=201)
async def add_topic(unit_id: uuid.UUID, body: TopicCreate, session: SessionDep, teacher: CurrentTeacher) -> TopicRead:
    """Add a topic to a unit."""
    return await units.add_topic(session, unit_id=unit_id, data=body, actor=teacher)


@router.patch("/units/{unit_id}/topics/{topic_id}", response_model=TopicRead)
async def update_topic(
    unit_id: uuid.UUID, topic_id: uuid.UUID, body: TopicUpdate, session: SessionDep, teacher: CurrentTeacher
) -> TopicRead:
    """Rename or move a topic."""
    return await units.update_topic(session, unit_id=unit_id, topic_id=topic_id, data=body, actor=teacher)


@router.delete("/units/{unit_id}/topics/{topic_id}", status_code=204)
async def delete_topic(unit_id: uuid.UUID, topic_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> Response:
    """Delete a topic (its objectives stay in the unit)."""
    await units.delete_topic(session, unit_id=unit_id, topic_id=topic_id, actor=teacher)
    return Response(status_code=204)


@router.post("/units/{unit_id}/objectives", response_model=ObjectiveRead, status_code=201)
async def add_objective(
    unit_id: uuid.UUID, body: ObjectiveCreate, session: SessionDep, teacher: CurrentTeacher
) -> ObjectiveRead:
    """Add a learning objective, optionally under a topic, with taxonomy strands."""
    return await units.add_objective(session, unit_id=unit_id, data=body, actor=teacher)


@router.patch("/units/{unit_id}/objectives/{objective_id}", response_model=ObjectiveRead)
async def update_objective(
    unit_id: uuid.UUID, objective_id: uuid.UUID, body: ObjectiveUpdate, session: SessionDep, teacher: CurrentTeacher
) -> ObjectiveRead:
    """Change a learning objective."""
    return await units.update_objective(
        session, unit_id=unit_id, objective_id=objective_id, data=body, actor=teacher
    )


@router.delete("/units/{unit_id}/objectives/{objective_id}", status_code=204)
async def delete_objective(
    unit_id: uuid.UUID, objective_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher
) -> Response:
    """Delete a learning objective."""
    await units.delete_objective(session, unit_id=unit_id, objective_id=objective_id, actor=teacher)
    return Response(status_code=204)
