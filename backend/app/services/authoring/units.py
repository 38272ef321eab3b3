"""Units of work, their topics and learning objectives. The curriculum is shared by the department's teachers."""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.errors import Forbidden, Invalid, NotFound
from app.models import Assessment, LearningObjective, Role, Topic, Unit, UnitDocument, UnitShare, User
from app.schemas.sharing import UnitShareState
from app.schemas.units import (
    ObjectiveCreate,
    ObjectiveRead,
    ObjectiveUpdate,
    TopicCreate,
    TopicRead,
    TopicUpdate,
    UnitCreate,
    UnitListItem,
    UnitRead,
    UnitUpdate,
)
from app.services.core import audit

UnitPart = TypeVar("UnitPart", Topic, LearningObjective)


async def list_units(session: AsyncSession, *, year_group: int | None = None) -> list[UnitListItem]:
    """Every unit of the department (or of one year), with counts of objectives, documents and assessments."""
    objectives = (
        select(func.count()).where(LearningObjective.unit_id == Unit.id).correlate(Unit).scalar_subquery()
    )
    documents = select(func.count()).where(UnitDocument.unit_id == Unit.id).correlate(Unit).scalar_subquery()
    assessments = (
        select(func.count())
        .where(Assessment.unit_id == Unit.id, Assessment.deleted_at.is_(None))
        .correlate(Unit)
        .scalar_subquery()
    )
    shared = select(UnitShare.unit_id).where(UnitShare.unit_id == Unit.id).exists()
    stmt = select(
        Unit,
        objectives.label("objective_count"),
        documents.label("document_count"),
        assessments.label("assessment_count"),
        shared.label("shared"),
    ).order_by(Unit.year_group, Unit.half_term.is_(None), Unit.half_term, Unit.title)
    if year_group is not None:
        stmt = stmt.where(Unit.year_group == year_group)
    rows = (await session.execute(stmt)).all()
    return [
        UnitListItem.model_validate(row.Unit).model_copy(
            update={
                "objective_count": row.objective_count,
                "document_count": row.document_count,
                "assessment_count": row.assessment_count,
                "shared": bool(row.shared),
            }
        )
        for row in rows
    ]


def check_can_change(unit: Unit, user: User) -> None:
    """Every teacher of the school reads every unit; only its owner and admins change or delete it, its topics,
    objectives and documents."""
    if user.role != Role.admin and unit.owner_id != user.id:
        raise Forbidden("This unit belongs to another teacher. You can read it, and use it for your assessments, "
                        "but only its owner or an admin can change it.")


async def get_unit(session: AsyncSession, unit_id: uuid.UUID, *, with_children: bool = False) -> Unit:
    """A unit by id (with topics and objectives when asked), or NotFound."""
    stmt = select(Unit).where(Unit.id == unit_id)
    if with_children:
        stmt = stmt.options(selectinload(Unit.topics), selectinload(Unit.objectives))
    unit = (await session.execute(stmt)).scalar_one_or_none()
    if unit is None:
        raise NotFound("That unit does not exist. It may have been deleted.")
    return unit


async def unit_read(session: AsyncSession, unit_id: uuid.UUID) -> UnitRead:
    """One unit with its topics, objectives and vocabulary, and whether it is shared with the department."""
    read = UnitRead.model_validate(await get_unit(session, unit_id, with_children=True))
    read.sharing = await share_state(session, unit_id)
    return read


async def share_state(session: AsyncSession, unit_id: uuid.UUID) -> UnitShareState:
    """Whether the unit is shared with the department (services/authoring/sharing.py), by whom and since when."""
    row = (await session.execute(
        select(UnitShare.shared_at, User.name).outerjoin(User, User.id == UnitShare.shared_by_id)
        .where(UnitShare.unit_id == unit_id)
    )).first()
    if row is None:
        return UnitShareState()
    return UnitShareState(shared=True, shared_at=row.shared_at, shared_by_name=row.name)


async def create_unit(session: AsyncSession, *, data: UnitCreate, actor: User) -> UnitRead:
    """Create a unit of work (owned by whoever made it, shared with the department)."""
    unit = Unit(**data.model_dump(), owner_id=actor.id, vocabulary=[])
    session.add(unit)
    await session.flush()
    await audit.record(session, "unit.create", user=actor, entity_type="unit", entity_id=unit.id,
                       details={"title": unit.title})
    return await unit_read(session, unit.id)


async def update_unit(session: AsyncSession, *, unit_id: uuid.UUID, data: UnitUpdate, actor: User) -> UnitRead:
    """Change a unit's details (its title and year cannot be emptied): its owner or an admin."""
    unit = await get_unit(session, unit_id)
    check_can_change(unit, actor)
    changes = data.model_dump(exclude_unset=True)
    if "year_group" in changes and changes["year_group"] is None:
        raise Invalid("year_group cannot be empty: choose 7, 8 or 9.")
    if "title" in changes and changes["title"] is None:
        raise Invalid("title cannot be empty.")
    for key, value in changes.items():
        setattr(unit, key, value if value is not None or key != "description" else "")
    await session.flush()
    await audit.record(session, "unit.update", user=actor, entity_type="unit", entity_id=unit.id,
                       details={"fields": sorted(changes)})
    session.expire(unit)
    return await unit_read(session, unit_id)


async def delete_unit(session: AsyncSession, *, unit_id: uuid.UUID, actor: User) -> None:
    """Delete a unit with its topics, objectives and documents (its assessments are kept): its owner or an admin."""
    unit = await get_unit(session, unit_id)
    check_can_change(unit, actor)
    await audit.record(session, "unit.delete", user=actor, entity_type="unit", entity_id=unit.id,
                       details={"title": unit.title})
    await session.delete(unit)
    await session.flush()


async def _next_position(session: AsyncSession, model: type[Topic | LearningObjective], unit_id: uuid.UUID) -> int:
    current = await session.scalar(select(func.max(model.position)).where(model.unit_id == unit_id))
    return 0 if current is None else current + 1


async def add_topic(session: AsyncSession, *, unit_id: uuid.UUID, data: TopicCreate, actor: User) -> TopicRead:
    """Add a topic to a unit (at the end unless a position is given): the unit's owner or an admin."""
    check_can_change(await get_unit(session, unit_id), actor)
    position = data.position if data.position is not None else await _next_position(session, Topic, unit_id)
    topic = Topic(unit_id=unit_id, title=data.title, position=position)
    session.add(topic)
    await session.flush()
    await audit.record(session, "topic.create", user=actor, entity_type="topic", entity_id=topic.id)
    return TopicRead.model_validate(topic)


async def _get_child(
    session: AsyncSession, model: type[UnitPart], unit_id: uuid.UUID, child_id: uuid.UUID, what: str, *, actor: User
) -> UnitPart:
    """A topic or objective of the unit, to change: the unit's owner or an admin, else Forbidden."""
    check_can_change(await get_unit(session, unit_id), actor)
    child = await session.get(model, child_id)
    if child is None or child.unit_id != unit_id:
        raise NotFound(f"That {what} is not part of this unit.")
    return child


async def update_topic(
    session: AsyncSession, *, unit_id: uuid.UUID, topic_id: uuid.UUID, data: TopicUpdate, actor: User
) -> TopicRead:
    """Rename or move a topic."""
    topic = await _get_child(session, Topic, unit_id, topic_id, "topic", actor=actor)
    for key, value in data.model_dump(exclude_unset=True, exclude_none=True).items():
        setattr(topic, key, value)
    await session.flush()
    await audit.record(session, "topic.update", user=actor, entity_type="topic", entity_id=topic.id)
    return TopicRead.model_validate(topic)


async def delete_topic(session: AsyncSession, *, unit_id: uuid.UUID, topic_id: uuid.UUID, actor: User) -> None:
    """Delete a topic (its objectives stay in the unit)."""
    topic = await _get_child(session, Topic, unit_id, topic_id, "topic", actor=actor)
    await session.delete(topic)
    await session.flush()
    await audit.record(session, "topic.delete", user=actor, entity_type="topic", entity_id=topic_id)


async def _check_topic(session: AsyncSession, unit_id: uuid.UUID, topic_id: uuid.UUID | None) -> None:
    if topic_id is not None:
        topic = await session.get(Topic, topic_id)
        if topic is None or topic.unit_id != unit_id:
            raise Invalid("topic_id must be one of this unit's topics.")


async def add_objective(
    session: AsyncSession, *, unit_id: uuid.UUID, data: ObjectiveCreate, actor: User
) -> ObjectiveRead:
    """Add a learning objective, optionally under one of the unit's topics, with taxonomy strands: the unit's
    owner or an admin."""
    check_can_change(await get_unit(session, unit_id), actor)
    await _check_topic(session, unit_id, data.topic_id)
    position = data.position if data.position is not None else await _next_position(
        session, LearningObjective, unit_id
    )
    objective = LearningObjective(
        unit_id=unit_id,
        topic_id=data.topic_id,
        code=data.code,
        description=data.description,
        strands=[s.value for s in data.strands],
        position=position,
    )
    session.add(objective)
    await session.flush()
    await audit.record(session, "objective.create", user=actor, entity_type="learning_objective",
                       entity_id=objective.id)
    return ObjectiveRead.model_validate(objective)


async def update_objective(
    session: AsyncSession, *, unit_id: uuid.UUID, objective_id: uuid.UUID, data: ObjectiveUpdate, actor: User
) -> ObjectiveRead:
    """Change a learning objective."""
    objective = await _get_child(session, LearningObjective, unit_id, objective_id, "learning objective",
                                 actor=actor)
    changes = data.model_dump(exclude_unset=True)
    if "topic_id" in changes:
        await _check_topic(session, unit_id, changes["topic_id"])
    for key, value in changes.items():
        if value is None and key != "topic_id":
            continue
        setattr(objective, key, [s.value for s in value] if key == "strands" else value)
    await session.flush()
    await audit.record(session, "objective.update", user=actor, entity_type="learning_objective",
                       entity_id=objective.id)
    return ObjectiveRead.model_validate(objective)


async def delete_objective(
    session: AsyncSession, *, unit_id: uuid.UUID, objective_id: uuid.UUID, actor: User
) -> None:
    """Delete a learning objective."""
    objective = await _get_child(session, LearningObjective, unit_id, objective_id, "learning objective",
                                 actor=actor)
    await session.delete(objective)
    await session.flush()
    await audit.record(session, "objective.delete", user=actor, entity_type="learning_objective",
                       entity_id=objective_id)
