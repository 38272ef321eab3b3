"""Who may see an assessment, and sharing with the department.

The one rule, used by every route that reads an assessment (through `assessments.get_for_teacher`, or the SQL
clauses below for lists and searches):

    edit       its owner, and admins: everything
    results    a teacher of a class it is set to: its questions, and their own classes' pupils' work
    questions  any teacher, when it is shared with the department (on its own, or because its owner shared its
               unit): its questions, the pupil preview, the paper versions, export and copying — never its
               classes, pupils, attempts, answers or marks, and no change of any kind
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.errors import Forbidden, NotFound
from app.models import (
    Assessment,
    AssessmentClass,
    AssessmentShare,
    ClassTeacher,
    Question,
    Role,
    Unit,
    UnitShare,
    User,
    utcnow,
)
from app.schemas.sharing import CopiedFrom, SharedAssessmentItem, ShareState, UnitShareState
from app.services.authoring import units
from app.services.core import audit


class Access(enum.IntEnum):
    """How much of an assessment a user may see; each level includes the ones below it."""

    none = 0
    questions = 1
    results = 2
    edit = 3


NOT_YOURS = "This assessment belongs to another teacher."
NOT_YOURS_TO_CHANGE = ("Only the teacher who made this assessment (or an admin) can change it. Duplicate it to "
                       "make your own copy.")
QUESTIONS_ONLY = ("This assessment is shared with the department so that you can read, preview and copy it. Its "
                  "classes and pupils' results are only for the teachers of those classes.")


# --- The rule ------------------------------------------------------------------------------------------------


def can_edit(assessment: Assessment, user: User) -> bool:
    """Whether the user may change the assessment (or share it): its owner or an admin."""
    return user.role == Role.admin or assessment.owner_id == user.id


def shared_with_department() -> ColumnElement[bool]:
    """SQL, in a query over Assessment: shared on its own, or its unit is shared by the unit's owner and the
    assessment is that owner's too (sharing a unit never shares a colleague's assessments in it)."""
    directly = select(AssessmentShare.assessment_id).where(AssessmentShare.assessment_id == Assessment.id).exists()
    through_unit = (
        select(UnitShare.unit_id)
        .join(Unit, Unit.id == UnitShare.unit_id)
        .where(UnitShare.unit_id == Assessment.unit_id, Unit.owner_id == Assessment.owner_id)
        .exists()
    )
    return or_(directly, through_unit)


def results_visible_to(user: User) -> ColumnElement[bool]:
    """SQL, in a query over Assessment: assessments whose pupils' work the user may see (for their own classes)."""
    if user.role == Role.admin:
        return Assessment.deleted_at.is_(None)
    set_for_my_class = (
        select(AssessmentClass.id)
        .join(ClassTeacher, ClassTeacher.class_id == AssessmentClass.class_id)
        .where(AssessmentClass.assessment_id == Assessment.id, ClassTeacher.teacher_id == user.id)
        .exists()
    )
    return and_(Assessment.deleted_at.is_(None), or_(Assessment.owner_id == user.id, set_for_my_class))


def viewable_by(user: User) -> ColumnElement[bool]:
    """SQL, in a query over Assessment: every assessment whose questions the user may read (the question bank
    searches these)."""
    if user.role == Role.admin:
        return Assessment.deleted_at.is_(None)
    return and_(Assessment.deleted_at.is_(None), or_(results_visible_to(user), shared_with_department()))


async def access_to(session: AsyncSession, user: User, assessment: Assessment) -> Access:
    """How much of this (not deleted) assessment the user may see."""
    if can_edit(assessment, user):
        return Access.edit
    if user.role not in (Role.teacher, Role.admin):
        return Access.none
    row = (await session.execute(
        select(results_visible_to(user).label("results"), shared_with_department().label("shared"))
        .select_from(Assessment).where(Assessment.id == assessment.id)
    )).one()
    if row.results:
        return Access.results
    return Access.questions if row.shared else Access.none


def require(access: Access, needed: Access) -> None:
    """Forbidden, in words that say why, unless `access` reaches `needed`."""
    if access >= needed:
        return
    if access == Access.none:
        raise Forbidden(NOT_YOURS)
    raise Forbidden(NOT_YOURS_TO_CHANGE if needed == Access.edit else QUESTIONS_ONLY)


async def can_view_assessment(session: AsyncSession, user: User, assessment_id: uuid.UUID) -> bool:
    """Whether the user may read this assessment's questions (any level above none)."""
    found = await session.scalar(select(func.count()).select_from(Assessment)
                                 .where(Assessment.id == assessment_id, viewable_by(user)))
    return bool(found)


# --- What the pages show about sharing -------------------------------------------------------------------------


class _ShareRow(NamedTuple):
    assessment_id: uuid.UUID
    direct_at: datetime | None
    direct_by: uuid.UUID | None
    unit_at: datetime | None
    unit_by: uuid.UUID | None
    unit_id: uuid.UUID | None
    unit_title: str | None


async def _names(session: AsyncSession, user_ids: set[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    wanted = {i for i in user_ids if i is not None}
    if not wanted:
        return {}
    return dict((await session.execute(select(User.id, User.name).where(User.id.in_(wanted)))).all())


async def share_states(session: AsyncSession, assessment_ids: list[uuid.UUID]) -> dict[uuid.UUID, ShareState]:
    """Whether each assessment is shared, on its own or through its unit, by whom and since when."""
    if not assessment_ids:
        return {}
    rows = [_ShareRow(*row) for row in await session.execute(
        select(Assessment.id, AssessmentShare.shared_at, AssessmentShare.shared_by_id, UnitShare.shared_at,
               UnitShare.shared_by_id, Unit.id, Unit.title)
        .outerjoin(AssessmentShare, AssessmentShare.assessment_id == Assessment.id)
        .outerjoin(Unit, Unit.id == Assessment.unit_id)
        .outerjoin(UnitShare, and_(UnitShare.unit_id == Unit.id, Unit.owner_id == Assessment.owner_id))
        .where(Assessment.id.in_(assessment_ids))
    )]
    names = await _names(session, {r.direct_by for r in rows} | {r.unit_by for r in rows})
    return {row.assessment_id: _state(row, names) for row in rows}


def _state(row: _ShareRow, names: dict[uuid.UUID, str]) -> ShareState:
    through_unit = row.unit_at is not None
    if row.direct_at is None and not through_unit:
        return ShareState()
    by, at = (row.direct_by, row.direct_at) if row.direct_at is not None else (row.unit_by, row.unit_at)
    return ShareState(shared=True, directly=row.direct_at is not None,
                      through_unit_id=row.unit_id if through_unit else None,
                      through_unit_title=row.unit_title if through_unit else None,
                      shared_by_name=names.get(by) if by else None, shared_at=at)


async def copied_from(session: AsyncSession, assessment: Assessment) -> CopiedFrom | None:
    """The assessment this one was duplicated from, if any."""
    if assessment.copied_from_id is None:
        return None
    row = (await session.execute(
        select(Assessment.id, Assessment.title, User.name)
        .outerjoin(User, User.id == Assessment.owner_id).where(Assessment.id == assessment.copied_from_id)
    )).first()
    return CopiedFrom(id=row[0], title=row[1], owner_name=row[2]) if row else None


async def shared_with_me(session: AsyncSession, user: User) -> list[SharedAssessmentItem]:
    """Colleagues' assessments shared with the department (never the user's own), newest share first."""
    owner = aliased(User)
    question_count = select(func.count()).where(Question.assessment_id == Assessment.id).correlate(Assessment)
    rows = (await session.execute(
        select(Assessment, Unit.title, owner.name, question_count.scalar_subquery())
        .outerjoin(Unit, Unit.id == Assessment.unit_id)
        .outerjoin(owner, owner.id == Assessment.owner_id)
        .where(Assessment.deleted_at.is_(None), shared_with_department(),
               or_(Assessment.owner_id.is_(None), Assessment.owner_id != user.id))
    )).all()
    states = await share_states(session, [a.id for a, *_ in rows])
    items = [
        SharedAssessmentItem(id=a.id, title=a.title, description=a.description, unit_id=a.unit_id,
                             unit_title=unit_title, year_group=a.year_group, question_count=count or 0,
                             total_points=a.total_points, estimated_minutes=a.estimated_minutes,
                             owner_name=owner_name, sharing=states[a.id])
        for a, unit_title, owner_name, count in rows
    ]
    return sorted(items, key=lambda item: (item.sharing.shared_at or utcnow(), item.title.lower()), reverse=True)


# --- Sharing and stopping ----------------------------------------------------------------------------------------


async def _own_assessment(session: AsyncSession, assessment_id: uuid.UUID, actor: User) -> Assessment:
    assessment = await session.scalar(
        select(Assessment).where(Assessment.id == assessment_id, Assessment.deleted_at.is_(None)))
    if assessment is None:
        raise NotFound("That assessment does not exist. It may have been deleted.")
    if not can_edit(assessment, actor):
        raise Forbidden("Only the teacher who made this assessment (or an admin) can share it or stop sharing it.")
    return assessment


async def share_assessment(session: AsyncSession, *, assessment_id: uuid.UUID, actor: User) -> ShareState:
    """Share an assessment with the department (sharing it again changes nothing)."""
    assessment = await _own_assessment(session, assessment_id, actor)
    if await session.get(AssessmentShare, assessment.id) is None:
        session.add(AssessmentShare(assessment_id=assessment.id, shared_by_id=actor.id, shared_at=utcnow()))
        await session.flush()
        await audit.record(session, "assessment.share", user=actor, entity_type="assessment",
                           entity_id=assessment.id, details={"title": assessment.title})
    return (await share_states(session, [assessment.id]))[assessment.id]


async def stop_sharing_assessment(session: AsyncSession, *, assessment_id: uuid.UUID, actor: User) -> ShareState:
    """Stop sharing an assessment on its own. It stays shared if its unit is (the reply says so)."""
    assessment = await _own_assessment(session, assessment_id, actor)
    share = await session.get(AssessmentShare, assessment.id)
    if share is not None:
        await session.delete(share)
        await session.flush()
        await audit.record(session, "assessment.unshare", user=actor, entity_type="assessment",
                           entity_id=assessment.id, details={"title": assessment.title})
    return (await share_states(session, [assessment.id]))[assessment.id]


async def share_unit(session: AsyncSession, *, unit_id: uuid.UUID, actor: User) -> UnitShareState:
    """Share a unit with the department: its owner's assessments in it, now and later (its owner or an admin)."""
    unit = await units.get_unit(session, unit_id)
    units.check_can_change(unit, actor)
    if await session.get(UnitShare, unit.id) is None:
        session.add(UnitShare(unit_id=unit.id, shared_by_id=actor.id, shared_at=utcnow()))
        await session.flush()
        await audit.record(session, "unit.share", user=actor, entity_type="unit", entity_id=unit.id,
                           details={"title": unit.title})
    return await units.share_state(session, unit.id)


async def stop_sharing_unit(session: AsyncSession, *, unit_id: uuid.UUID, actor: User) -> UnitShareState:
    """Stop sharing a unit: its assessments shared only through it are no longer shared."""
    unit = await units.get_unit(session, unit_id)
    units.check_can_change(unit, actor)
    share = await session.get(UnitShare, unit.id)
    if share is not None:
        await session.delete(share)
        await session.flush()
        await audit.record(session, "unit.unshare", user=actor, entity_type="unit", entity_id=unit.id,
                           details={"title": unit.title})
    return UnitShareState()

