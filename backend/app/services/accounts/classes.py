"""Classes and who is in them. A teacher sees only the classes they teach; an admin sees every class."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Select, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.errors import Conflict, Forbidden, Invalid, NotFound
from app.models import ClassPupil, ClassTeacher, Role, SchoolClass, User
from app.schemas.accounts import Credentials, PupilCreate
from app.schemas.classes import ClassCreate, ClassDetail, ClassSummary, ClassUpdate
from app.services.accounts import school_year, users
from app.services.core import audit


async def class_ids_for(session: AsyncSession, user: User) -> list[uuid.UUID] | None:
    """The ids of the classes a teacher teaches; None for an admin (every class)."""
    if user.role == Role.admin:
        return None
    rows = await session.execute(select(ClassTeacher.class_id).where(ClassTeacher.teacher_id == user.id))
    return list(rows.scalars())


async def teaches(session: AsyncSession, user: User, class_id: uuid.UUID) -> bool:
    """Whether the user teaches the class (an admin counts as teaching every class)."""
    if user.role == Role.admin:
        return True
    stmt = select(func.count()).where(ClassTeacher.teacher_id == user.id, ClassTeacher.class_id == class_id)
    return bool(await session.scalar(stmt))


def _visible(stmt: Select[Any], user: User, *, mine: bool = False) -> Select[Any]:
    """Classes in the order the pages list them: every class for an admin (unless `mine`), else those taught."""
    stmt = stmt.order_by(SchoolClass.academic_year.desc(), SchoolClass.year_group, SchoolClass.name)
    if user.role != Role.admin or mine:
        stmt = stmt.join(ClassTeacher, ClassTeacher.class_id == SchoolClass.id).where(
            ClassTeacher.teacher_id == user.id
        )
    return stmt


async def list_classes(session: AsyncSession, user: User, *, mine: bool = False) -> list[ClassSummary]:
    """The classes the user teaches (an admin: every class unless `mine`), each with its teachers and size."""
    pupil_count = (
        select(func.count()).where(ClassPupil.class_id == SchoolClass.id).correlate(SchoolClass).scalar_subquery()
    )
    stmt = select(SchoolClass, pupil_count.label("pupil_count")).options(selectinload(SchoolClass.teachers))
    rows = (await session.execute(_visible(stmt, user, mine=mine))).all()
    return [
        ClassSummary(
            id=row.SchoolClass.id,
            name=row.SchoolClass.name,
            year_group=row.SchoolClass.year_group,
            academic_year=row.SchoolClass.academic_year,
            read_only=row.SchoolClass.is_closed,
            pupil_count=row.pupil_count,
            teachers=row.SchoolClass.teachers,
        )
        for row in rows
    ]


def _detail(school_class: SchoolClass) -> ClassDetail:
    return ClassDetail(
        id=school_class.id,
        name=school_class.name,
        year_group=school_class.year_group,
        academic_year=school_class.academic_year,
        read_only=school_class.is_closed,
        pupil_count=len(school_class.pupils),
        teachers=school_class.teachers,
        pupils=school_class.pupils,
    )


async def class_details(session: AsyncSession, user: User) -> list[ClassDetail]:
    """Every class the user may see with its teachers and pupils, in three queries however many classes."""
    stmt = select(SchoolClass).options(selectinload(SchoolClass.teachers), selectinload(SchoolClass.pupils))
    classes = (await session.execute(_visible(stmt, user))).scalars()
    return [_detail(school_class) for school_class in classes]


async def get_class(session: AsyncSession, class_id: uuid.UUID, *, user: User, with_people: bool = True) -> SchoolClass:
    """A class the user may see, with its teachers and pupils; NotFound or Forbidden otherwise."""
    stmt = select(SchoolClass).where(SchoolClass.id == class_id)
    if with_people:
        stmt = stmt.options(selectinload(SchoolClass.teachers), selectinload(SchoolClass.pupils))
    school_class = (await session.execute(stmt)).scalar_one_or_none()
    if school_class is None:
        raise NotFound("That class does not exist.")
    if not await teaches(session, user, class_id):
        raise Forbidden(f"You do not teach {school_class.name}. Ask the school's admin to add you to it.")
    return school_class


async def class_detail(session: AsyncSession, class_id: uuid.UUID, *, user: User) -> ClassDetail:
    """One class the user may see, with its teachers and pupils."""
    return _detail(await get_class(session, class_id, user=user))


async def _name_free(session: AsyncSession, name: str, academic_year: str, *, except_id: uuid.UUID | None = None) -> None:
    stmt = select(SchoolClass.id).where(
        func.lower(SchoolClass.name) == name.lower(), SchoolClass.academic_year == academic_year
    )
    existing = await session.scalar(stmt)
    if existing is not None and existing != except_id:
        raise Conflict(f"There is already a class called {name} in {academic_year}.")


async def _check_teachers(session: AsyncSession, teacher_ids: list[uuid.UUID]) -> list[User]:
    teachers = []
    for teacher_id in dict.fromkeys(teacher_ids):
        teacher = await session.get(User, teacher_id)
        if teacher is None or teacher.role not in (Role.teacher, Role.admin):
            raise Invalid(f"teacher_ids: {teacher_id} is not a teacher's account.")
        teachers.append(teacher)
    return teachers


async def create_class(session: AsyncSession, *, data: ClassCreate, actor: User, ip: str | None = None) -> ClassDetail:
    await _name_free(session, data.name, data.academic_year)
    teachers = await _check_teachers(session, data.teacher_ids)
    school_class = SchoolClass(name=data.name, year_group=data.year_group, academic_year=data.academic_year)
    session.add(school_class)
    await session.flush()
    for teacher in teachers:
        session.add(ClassTeacher(class_id=school_class.id, teacher_id=teacher.id))
    await session.flush()
    await audit.record(session, "class.create", user=actor, entity_type="class", entity_id=school_class.id,
                       details={"name": data.name, "teachers": [t.username for t in teachers]}, ip=ip)
    return await class_detail(session, school_class.id, user=actor)


async def update_class(session: AsyncSession, *, class_id: uuid.UUID, data: ClassUpdate, actor: User, ip: str | None = None) -> ClassDetail:
    school_class = await get_class(session, class_id, user=actor, with_people=False)
    school_year.ensure_open(school_class, "rename or change")
    changes = data.model_dump(exclude_unset=True, exclude_none=True)
    if "name" in changes or "academic_year" in changes:
        await _name_free(session, changes.get("name", school_class.name),
                         changes.get("academic_year", school_class.academic_year), except_id=class_id)
    for key, value in changes.items():
        setattr(school_class, key, value)
    await session.flush()
    await audit.record(session, "class.update", user=actor, entity_type="class", entity_id=class_id,
                       details={"fields": sorted(changes)}, ip=ip)
    session.expire(school_class)
    return await class_detail(session, class_id, user=actor)


async def delete_class(session: AsyncSession, *, class_id: uuid.UUID, actor: User, ip: str | None = None) -> None:
    school_class = await get_class(session, class_id, user=actor, with_people=False)
    await audit.record(session, "class.delete", user=actor, entity_type="class", entity_id=class_id,
                       details={"name": school_class.name}, ip=ip)
    await session.delete(school_class)
    await session.flush()


async def add_teacher(session: AsyncSession, *, class_id: uuid.UUID, teacher_id: uuid.UUID, actor: User, ip: str | None = None) -> ClassDetail:
    school_year.ensure_open(await get_class(session, class_id, user=actor, with_people=False), "add teachers to")
    (teacher,) = await _check_teachers(session, [teacher_id])
    exists_ = await session.get(ClassTeacher, (class_id, teacher_id))
    if exists_ is None:
        session.add(ClassTeacher(class_id=class_id, teacher_id=teacher_id))
        await session.flush()
        await audit.record(session, "class.teacher_add", user=actor, entity_type="class", entity_id=class_id,
                           details={"teacher": teacher.username}, ip=ip)
    return await class_detail(session, class_id, user=actor)


async def remove_teacher(session: AsyncSession, *, class_id: uuid.UUID, teacher_id: uuid.UUID, actor: User, ip: str | None = None) -> ClassDetail:
    school_year.ensure_open(await get_class(session, class_id, user=actor, with_people=False),
                            "take teachers out of")
    result = await session.execute(
        delete(ClassTeacher).where(ClassTeacher.class_id == class_id, ClassTeacher.teacher_id == teacher_id)
    )
    if not result.rowcount:
        raise NotFound("That teacher does not teach this class.")
    await audit.record(session, "class.teacher_remove", user=actor, entity_type="class", entity_id=class_id,
                       details={"teacher_id": str(teacher_id)}, ip=ip)
    return await class_detail(session, class_id, user=actor)


async def _in_class(session: AsyncSession, class_id: uuid.UUID, pupil_ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """Which of these pupils are in the class already."""
    rows = await session.execute(
        select(ClassPupil.pupil_id).where(ClassPupil.class_id == class_id, ClassPupil.pupil_id.in_(pupil_ids))
    )
    return set(rows.scalars())


async def _enrol(session: AsyncSession, *, class_id: uuid.UUID, pupils: list[User], actor: User,
                 ip: str | None) -> None:
    """Put pupils in a class (those not in it yet) and audit it."""
    already = await _in_class(session, class_id, [p.id for p in pupils])
    added = [p for p in pupils if p.id not in already]
    for pupil in added:
        session.add(ClassPupil(class_id=class_id, pupil_id=pupil.id))
    await session.flush()
    if added:
        await audit.record(session, "class.pupil_add", user=actor, entity_type="class", entity_id=class_id,
                           details={"usernames": [p.username for p in added]}, ip=ip)


async def add_pupils(session: AsyncSession, *, class_id: uuid.UUID, pupil_ids: list[uuid.UUID], actor: User, ip: str | None = None) -> ClassDetail:
    """Put pupils who already have accounts into a class: the school's admin only. A teacher's right to a pupil
    comes from the classes the pupil is in, so a teacher who could add any pupil to their own class could read
    that pupil's work and reset their password."""
    if actor.role != Role.admin:
        raise Forbidden("Only the school's admin can add a pupil who already has an account to a class. "
                        "You can add a new pupil, or import a list of new pupils, on your class's page.")
    school_year.ensure_open(await get_class(session, class_id, user=actor, with_people=False), "add pupils to")
    wanted = list(dict.fromkeys(pupil_ids))
    found = {p.id: p for p in (await session.execute(select(User).where(User.id.in_(wanted)))).scalars()}
    for pupil_id in wanted:
        pupil = found.get(pupil_id)
        if pupil is None or pupil.role != Role.pupil:
            raise Invalid(f"pupil_ids: {pupil_id} is not a pupil's account.")
    await _enrol(session, class_id=class_id, pupils=[found[p] for p in wanted], actor=actor, ip=ip)
    return await class_detail(session, class_id, user=actor)


async def remove_pupil(session: AsyncSession, *, class_id: uuid.UUID, pupil_id: uuid.UUID, actor: User, ip: str | None = None) -> ClassDetail:
    """Take a pupil out of one of the actor's classes (their account and work are kept)."""
    school_year.ensure_open(await get_class(session, class_id, user=actor, with_people=False),
                            "take pupils out of")
    result = await session.execute(
        delete(ClassPupil).where(ClassPupil.class_id == class_id, ClassPupil.pupil_id == pupil_id)
    )
    if not result.rowcount:
        raise NotFound("That pupil is not in this class.")
    await audit.record(session, "class.pupil_remove", user=actor, entity_type="class", entity_id=class_id,
                       details={"pupil_id": str(pupil_id)}, ip=ip)
    return await class_detail(session, class_id, user=actor)


async def create_pupil(
    session: AsyncSession, *, class_id: uuid.UUID, data: PupilCreate, actor: User, ip: str | None = None
) -> Credentials:
    """A new pupil in one of the actor's classes; their generated username and password are returned once."""
    school_class = await get_class(session, class_id, user=actor, with_people=False)
    school_year.ensure_open(school_class, "add pupils to")
    passwords = await users.new_pupil_passwords(1)
    [(pupil, password)] = await users.create_pupils(session, people=[data], passwords=passwords, actor=actor, ip=ip)
    await _enrol(session, class_id=class_id, pupils=[pupil], actor=actor, ip=ip)
    return users.credentials(pupil, password, class_name=school_class.name)


async def reset_pupil_password(
    session: AsyncSession,
    *,
    class_id: uuid.UUID,
    pupil_id: uuid.UUID,
    password: str | None,
    actor: User,
    ip: str | None = None,
) -> Credentials:
    """A new password for a pupil in this class, one of the actor's, for a login card naming the class."""
    school_class = await get_class(session, class_id, user=actor, with_people=False)
    pupil = await users.get_pupil_for(session, actor, pupil_id)
    if pupil_id not in await _in_class(session, class_id, [pupil_id]):
        raise NotFound(f"That pupil is not in {school_class.name}. Reset their password from their own class's page.")
    return await users.reset_password(session, target=pupil, actor=actor, password=password, ip=ip,
                                      class_name=school_class.name)
