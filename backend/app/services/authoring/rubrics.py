"""Rubric templates: a teacher saves a mark scheme to reuse on new written-answer questions."""

from __future__ import annotations

import uuid

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Forbidden, NotFound
from app.models import Role, RubricTemplate, User
from app.schemas.marking import RubricIn, RubricRead
from app.services.core import audit


def _view(rubric: RubricTemplate, user: User) -> RubricRead:
    read = RubricRead.model_validate(rubric)
    read.mine = rubric.owner_id == user.id
    return read


async def list_for(session: AsyncSession, user: User) -> list[RubricRead]:
    """The user's own rubric templates and those other teachers have shared, by name."""
    rows = await session.execute(
        select(RubricTemplate).where(or_(RubricTemplate.owner_id == user.id, RubricTemplate.shared.is_(True)))
        .order_by(RubricTemplate.name))
    return [_view(r, user) for r in rows.scalars()]


async def create(session: AsyncSession, *, data: RubricIn, user: User) -> RubricRead:
    """Save a mark scheme as a template."""
    rubric = RubricTemplate(owner_id=user.id, name=data.name, description=data.description,
                            mark_scheme=data.mark_scheme, shared=data.shared,
                            points_available=float(sum(row["points"] for row in data.mark_scheme)))
    session.add(rubric)
    await session.flush()
    await audit.record(session, "rubric.create", user=user, entity_type="rubric", entity_id=rubric.id)
    return _view(rubric, user)


async def _own(session: AsyncSession, rubric_id: uuid.UUID, user: User) -> RubricTemplate:
    rubric = await session.get(RubricTemplate, rubric_id)
    if rubric is None or (rubric.owner_id != user.id and not rubric.shared and user.role != Role.admin):
        raise NotFound("That rubric does not exist.")
    if rubric.owner_id != user.id and user.role != Role.admin:
        raise Forbidden("Only the teacher who saved this rubric can change it. Save a copy under a new name.")
    return rubric


async def update(session: AsyncSession, *, rubric_id: uuid.UUID, data: RubricIn, user: User) -> RubricRead:
    """Change one of the user's templates (an admin may change any)."""
    rubric = await _own(session, rubric_id, user)
    rubric.name, rubric.description, rubric.shared = data.name, data.description, data.shared
    rubric.mark_scheme = data.mark_scheme
    rubric.points_available = float(sum(row["points"] for row in data.mark_scheme))
    await session.flush()
    await audit.record(session, "rubric.update", user=user, entity_type="rubric", entity_id=rubric.id)
    return _view(rubric, user)


async def delete(session: AsyncSession, *, rubric_id: uuid.UUID, user: User) -> None:
    """Delete one of the user's templates (questions that used it keep their mark scheme)."""
    rubric = await _own(session, rubric_id, user)
    await session.delete(rubric)
    await audit.record(session, "rubric.delete", user=user, entity_type="rubric", entity_id=rubric_id)
