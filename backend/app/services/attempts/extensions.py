"""One pupil's extension of an assessment set to their class: a later closing time and/or extra attempts, given,
changed and removed by a teacher of that class (or an admin). access.links_for_pupil applies it: the pupil's
window, the time their attempt ends and the attempts they may start; nobody else's."""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Forbidden, Invalid, NotFound
from app.models import AssessmentClass, ClassPupil, Extension, SchoolClass, User, utcnow
from app.schemas.lesson import ExtensionIn, ExtensionRead
from app.services.accounts import classes
from app.services.authoring import assessments
from app.services.core import audit
from app.utils.dates import as_utc


async def set_extension(session: AsyncSession, *, teacher: User, assessment_id: uuid.UUID,
                        given: ExtensionIn) -> ExtensionRead:
    """Give the pupil their extension, or change the one they have (one per pupil, class and assessment)."""
    await class_link(session, teacher, assessment_id, given.class_id)
    in_class = await session.scalar(select(ClassPupil.pupil_id).where(
        ClassPupil.class_id == given.class_id, ClassPupil.pupil_id == given.pupil_id))
    if in_class is None:
        raise NotFound("That pupil is not in this class.")
    until = as_utc(given.available_until)
    if until is not None and until <= utcnow():
        raise Invalid("That closing time has already passed. Choose a time later than now.")
    extension = await session.scalar(select(Extension).where(
        Extension.assessment_id == assessment_id, Extension.class_id == given.class_id,
        Extension.pupil_id == given.pupil_id))
    action = "extension.update" if extension else "extension.create"
    if extension is None:
        extension = Extension(assessment_id=assessment_id, class_id=given.class_id, pupil_id=given.pupil_id)
        session.add(extension)
    extension.available_until, extension.extra_attempts = until, given.extra_attempts
    extension.created_by_id = teacher.id
    extension.updated_at = utcnow()
    await session.flush()
    await audit.record(session, action, user=teacher, entity_type="extension", entity_id=extension.id,
                       details=_details(extension))
    return (await _read(session, Extension.id == extension.id))[0]


async def list_extensions(session: AsyncSession, *, teacher: User, assessment_id: uuid.UUID) -> list[ExtensionRead]:
    """The extensions of an assessment in the classes the teacher teaches (every class, for an admin)."""
    await assessments.get_for_teacher(session, assessment_id, teacher)
    mine = await classes.class_ids_for(session, teacher)
    where = [Extension.assessment_id == assessment_id]
    if mine is not None:
        where.append(Extension.class_id.in_(mine))
    return await _read(session, *where)


async def remove_extension(session: AsyncSession, *, teacher: User, assessment_id: uuid.UUID,
                           extension_id: uuid.UUID) -> None:
    """Take the extension away: the pupil's window and attempts are the class's again."""
    extension = await session.get(Extension, extension_id)
    if extension is None or extension.assessment_id != assessment_id:
        raise NotFound("That extension does not exist. It may have been removed already.")
    await class_link(session, teacher, assessment_id, extension.class_id)
    await audit.record(session, "extension.delete", user=teacher, entity_type="extension", entity_id=extension.id,
                       details=_details(extension))
    await session.delete(extension)


async def class_link(session: AsyncSession, teacher: User, assessment_id: uuid.UUID,
                     class_id: uuid.UUID) -> AssessmentClass:
    """The assessment's setting for one class, for a teacher's lever on it (an extension, showing the answers):
    the assessment is one the teacher may see, set to this class, which they teach (or they are an admin)."""
    await assessments.get_for_teacher(session, assessment_id, teacher)
    link = await session.scalar(select(AssessmentClass).where(
        AssessmentClass.assessment_id == assessment_id, AssessmentClass.class_id == class_id))
    if link is None:
        raise NotFound("This assessment has not been set for that class.")
    if not await classes.teaches(session, teacher, class_id):
        raise Forbidden("You do not teach that class.")
    return link


def _details(extension: Extension) -> audit.AuditDetails:
    until = extension.available_until
    return {"assessment_id": str(extension.assessment_id), "class_id": str(extension.class_id),
            "pupil_id": str(extension.pupil_id), "available_until": until.isoformat() if until else None,
            "extra_attempts": extension.extra_attempts}


async def _read(session: AsyncSession, *where: ColumnElement[bool]) -> list[ExtensionRead]:
    rows = await session.execute(
        select(Extension, SchoolClass.name, User.name, User.username)
        .join(SchoolClass, SchoolClass.id == Extension.class_id)
        .join(User, User.id == Extension.pupil_id)
        .where(*where)
        .order_by(User.last_name, User.first_name, User.name, SchoolClass.name)
    )
    return [
        ExtensionRead(id=e.id, assessment_id=e.assessment_id, class_id=e.class_id, class_name=class_name,
                      pupil_id=e.pupil_id, pupil_name=pupil_name, username=username,
                      available_until=e.available_until, extra_attempts=e.extra_attempts,
                      created_by_id=e.created_by_id, updated_at=e.updated_at)
        for e, class_name, pupil_name, username in rows
    ]
