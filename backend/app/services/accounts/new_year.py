"""The new school year: next year's classes made from this year's (7A → 8A, 8CS1 → 9CS1, the same teachers, the
pupils moved up with them), Year 9 pupils (the last KS3 year) and pupils the admin marks as leaving archived
(switched off; their results kept), this year's classes closed (readable, read-only: school_year.ensure_open),
and the school's current year moved on. Previewed first (nothing saved); applied once per year, with the
preview's plan_hash so a plan that changed since is refused. Access arrangements live on the pupil's account,
so they move up with them untouched."""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.errors import Conflict, Invalid
from app.models import ClassPupil, ClassTeacher, SchoolClass, User, utcnow
from app.schemas.roster import NewYearApply, NewYearPreview, NewYearResult, NextClass, YearPupil
from app.services.accounts import school_year, sign_in
from app.services.core import audit
from app.utils.dates import academic_year_for

LAST_KS3_YEAR = 9


@dataclass
class Survey:
    """This year's open classes and their active pupils, as the wizard finds them."""

    from_year: str
    to_year: str
    classes: list[SchoolClass]
    pupils: dict[uuid.UUID, User]
    year_of: dict[uuid.UUID, int | None]  # each pupil's year group (their own, else their classes')
    stored: school_year.StoredYear | None
    blocked: str | None


def next_class_name(name: str, year_group: int) -> str | None:
    """Next year's name: the year number in the name moved up ("7A" → "8A", "Y8 Computing" → "Y9 Computing");
    None when the name has no year number of its own (then the admin names it)."""
    pattern = rf"(?<!\d){year_group}(?!\d)"
    if not re.search(pattern, name):
        return None
    return re.sub(pattern, str(year_group + 1), name, count=1)


def moved_words(moved: school_year.StoredYear) -> str:
    return f"The school moved from {moved.moved_from} to {moved.academic_year} on {moved.moved_at:%-d %B %Y}."


async def _from_year(session: AsyncSession, stored: school_year.StoredYear | None, today: date | None) -> str:
    """The year to move on from: the current one; before the wizard's first run, if the calendar has already
    moved on past the school's classes, the latest year that has open classes."""
    current = stored.academic_year if stored else academic_year_for(today)
    if stored is not None:
        return current
    latest = await session.scalar(select(func.max(SchoolClass.academic_year))
                                  .where(SchoolClass.closed_at.is_(None), SchoolClass.academic_year <= current))
    return latest or current


async def survey(session: AsyncSession, *, today: date | None = None) -> Survey:
    stored = await school_year.stored(session)
    from_year = await _from_year(session, stored, today)
    classes = list((await session.execute(
        select(SchoolClass).where(SchoolClass.academic_year == from_year, SchoolClass.closed_at.is_(None))
        .options(selectinload(SchoolClass.teachers), selectinload(SchoolClass.pupils))
        .order_by(SchoolClass.year_group, SchoolClass.name)
    )).scalars())
    pupils: dict[uuid.UUID, User] = {}
    class_years: dict[uuid.UUID, int] = {}
    for school_class in classes:
        for pupil in school_class.pupils:
            if pupil.is_active:
                pupils[pupil.id] = pupil
                class_years[pupil.id] = max(class_years.get(pupil.id, 0), school_class.year_group)
    year_of = {pid: p.year_group or class_years[pid] for pid, p in pupils.items()}
    return Survey(from_year, school_year.next_academic_year(from_year), classes, pupils, year_of, stored,
                  _blocked(from_year, classes, stored, today))


def _blocked(from_year: str, classes: list[SchoolClass], stored: school_year.StoredYear | None,
             today: date | None) -> str | None:
    calendar_start = school_year.start_of(academic_year_for(today))
    if school_year.start_of(from_year) > calendar_start and stored is not None:
        return (f"{moved_words(stored)} The move to {school_year.next_academic_year(from_year)} can be made "
                f"from 1 September {school_year.start_of(from_year)}.")
    if not classes:
        return f"There are no classes in {from_year} to move up. Make this year's classes first, on the Classes page."
    return None


async def preview(session: AsyncSession, *, today: date | None = None) -> NewYearPreview:
    """What the move would do. Saves nothing."""
    return _preview(await survey(session, today=today))


def _preview(found: Survey) -> NewYearPreview:
    def person(pupil: User) -> YearPupil:
        names = [c.name for c in found.classes if any(p.id == pupil.id for p in c.pupils)]
        return YearPupil(pupil_id=pupil.id, name=pupil.name, username=pupil.username,
                         year_group=found.year_of[pupil.id], classes=names)

    ordered = sorted(found.pupils.values(), key=lambda p: ((p.last_name or p.name).lower(), p.username))
    result = NewYearPreview(
        from_year=found.from_year,
        to_year=found.to_year,
        classes=[_next_class(c) for c in found.classes],
        moving_up=[person(p) for p in ordered if found.year_of[p.id] < LAST_KS3_YEAR],
        finishing_ks3=[person(p) for p in ordered if found.year_of[p.id] >= LAST_KS3_YEAR],
        last_move=moved_words(found.stored) if found.stored else None,
        blocked=found.blocked,
        plan_hash="0" * 64,
    )
    digest = hashlib.sha256(result.model_dump_json(exclude={"plan_hash", "last_move"}).encode()).hexdigest()
    return result.model_copy(update={"plan_hash": digest})


def _next_class(school_class: SchoolClass) -> NextClass:
    continues = school_class.year_group < LAST_KS3_YEAR
    return NextClass(
        class_id=school_class.id, name=school_class.name, year_group=school_class.year_group,
        teachers=[t.name for t in school_class.teachers],
        pupil_count=sum(1 for p in school_class.pupils if p.is_active),
        continues=continues,
        next_name=next_class_name(school_class.name, school_class.year_group) if continues else None,
        next_year_group=school_class.year_group + 1 if continues else None,
    )


async def apply(session: AsyncSession, *, data: NewYearApply, actor: User, ip: str | None,
                today: date | None = None) -> NewYearResult:
    """Move the school on to the next year as previewed; refused when it already moved from `from_year`."""
    found = await survey(session, today=today)
    shown = _preview(found)
    _check_may_move(found, shown, data)
    names = await _next_names(session, found, shown, data.names)
    moving_up = {p.pupil_id for p in shown.moving_up}
    unknown = [str(pid) for pid in data.leaving if pid not in moving_up]
    if unknown:
        raise Invalid("leaving: these are not pupils moving up this year: " + ", ".join(unknown[:5]))
    leaving = set(data.leaving) | {p.pupil_id for p in shown.finishing_ks3}
    created = await _create_next_classes(session, found, names, leaving)
    staying = [p for pid, p in found.pupils.items() if pid not in leaving]
    for pupil in staying:
        pupil.year_group = found.year_of[pupil.id] + 1
    for pupil_id in leaving:
        found.pupils[pupil_id].is_active = False
        await sign_in.end_all_sessions(session, pupil_id)
    now = utcnow()
    for school_class in found.classes:
        school_class.closed_at = now
    await school_year.store(session, to_year=found.to_year, from_year=found.from_year, moved_at=now, actor=actor)
    await audit.record(session, "school_year.move", user=actor, details={
        "from": found.from_year, "to": found.to_year, "classes": len(created), "moved_up": len(staying),
        "archived": len(leaving)}, ip=ip)
    return NewYearResult(
        from_year=found.from_year, to_year=found.to_year, classes_created=[c.name for c in created],
        pupils_moved_up=len(staying), pupils_archived=len(leaving),
        message=(f"The school is now in {found.to_year}: {len(created)} classes made, {len(staying)} pupils moved "
                 f"up, {len(leaving)} pupils archived (their results are kept). Last year's classes can still be "
                 "read, but not changed."),
    )


def _check_may_move(found: Survey, shown: NewYearPreview, data: NewYearApply) -> None:
    if data.from_year != found.from_year:
        if found.stored is not None and found.stored.moved_from == data.from_year:
            raise Conflict(f"{moved_words(found.stored)} The new school year can be started only once a year, "
                           "so nothing was changed.")
        raise Conflict(f"The school's current year is {found.from_year}, not {data.from_year}. Nothing was "
                       "changed: reload the page to see the move it would make now.")
    if found.blocked:
        raise Conflict(found.blocked)
    if data.plan_hash != shown.plan_hash:
        raise Conflict("Nothing was changed: the classes or pupils changed since the preview was made, so it no "
                       "longer says what would happen. Look at the new preview and start the new year again.",
                       extra={"preview": shown.model_dump(mode="json")})


async def _next_names(session: AsyncSession, found: Survey, shown: NewYearPreview,
                      chosen: dict[uuid.UUID, str]) -> dict[uuid.UUID, str]:
    """Next year's name for each continuing class (the admin's, else the proposed one); Invalid listing every
    class without a usable name."""
    continuing = {c.class_id: c for c in shown.classes if c.continues}
    unknown = [str(cid) for cid in chosen if cid not in continuing]
    if unknown:
        raise Invalid("names: these are not classes that continue next year: " + ", ".join(unknown[:5]))
    names = {cid: (chosen.get(cid) or c.next_name or "").strip() for cid, c in continuing.items()}
    taken = set((await session.execute(select(func.lower(SchoolClass.name))
                                        .where(SchoolClass.academic_year == found.to_year))).scalars())
    problems, seen = [], set()
    for cid, name in names.items():
        this = continuing[cid].name
        if not name:
            problems.append(f"give next year's name for {this} (its name has no year number to move up)")
        elif len(name) > 50:
            problems.append(f"the name for next year's {this} is longer than 50 characters")
        elif name.lower() in taken or name.lower() in seen:
            problems.append(f"there is already a class called {name} in {found.to_year}: give {this} another name")
        seen.add(name.lower())
    if problems:
        raise Invalid("Nothing was changed: " + "; ".join(problems) + ".")
    return names


async def _create_next_classes(session: AsyncSession, found: Survey, names: dict[uuid.UUID, str],
                               leaving: set[uuid.UUID]) -> list[SchoolClass]:
    """Next year's classes, each with this year's teachers and the pupils who stay."""
    created = []
    for school_class in found.classes:
        if school_class.id not in names:
            continue
        new_class = SchoolClass(name=names[school_class.id], year_group=school_class.year_group + 1,
                                academic_year=found.to_year)
        session.add(new_class)
        await session.flush()
        for teacher in school_class.teachers:
            session.add(ClassTeacher(class_id=new_class.id, teacher_id=teacher.id))
        for pupil in school_class.pupils:
            if pupil.id in found.pupils and pupil.id not in leaving:
                session.add(ClassPupil(class_id=new_class.id, pupil_id=pupil.id))
        created.append(new_class)
    await session.flush()
    return created
