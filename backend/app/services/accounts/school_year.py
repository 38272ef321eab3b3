"""The school's current academic year, and last year's classes kept read-only.

Before the new-school-year wizard has ever run, the current year is the calendar's (September starts one). The
wizard (`new_year`) moves the school on and stores the year it moved to, which then stays the current one until
the wizard runs again (so a school can move up in July, before the calendar does). It closes the year's classes:
a closed class keeps its pupils and results to read, but takes no new members, teachers, assessments or
attempts; every place that changes a class asks `ensure_open` first."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Conflict
from app.models import AppSetting, SchoolClass, User
from app.utils.dates import academic_year_for

KEY = "school_year"


class StoredYear(NamedTuple):
    """What the wizard stored when it last ran: the year it moved to, from which, when and by whom."""

    academic_year: str
    moved_from: str
    moved_at: datetime
    moved_by: uuid.UUID | None


def next_academic_year(year: str) -> str:
    """The academic year after `year` ("2025-26" -> "2026-27")."""
    start = int(year[:4]) + 1
    return f"{start}-{(start + 1) % 100:02d}"


def start_of(year: str) -> int:
    """The calendar year in which an academic year starts ("2025-26" -> 2025)."""
    return int(year[:4])


async def stored(session: AsyncSession) -> StoredYear | None:
    """The year the wizard last moved the school to, if it has ever run."""
    row = await session.get(AppSetting, KEY)
    if row is None or not row.value.get("academic_year"):
        return None
    value = row.value
    return StoredYear(value["academic_year"], value["moved_from"], datetime.fromisoformat(value["moved_at"]),
                      uuid.UUID(value["moved_by"]) if value.get("moved_by") else None)


async def current(session: AsyncSession, *, today: date | None = None) -> str:
    """The school's current academic year: the one the wizard last moved to, else the calendar's."""
    moved = await stored(session)
    return moved.academic_year if moved else academic_year_for(today)


async def store(session: AsyncSession, *, to_year: str, from_year: str, moved_at: datetime, actor: User) -> None:
    """Record that the school moved from `from_year` to `to_year`."""
    row = await session.get(AppSetting, KEY)
    if row is None:
        row = AppSetting(key=KEY, value={})
        session.add(row)
    row.value = {"academic_year": to_year, "moved_from": from_year, "moved_at": moved_at.isoformat(),
                 "moved_by": str(actor.id)}
    row.updated_by_id = actor.id
    await session.flush()


def ensure_open(school_class: SchoolClass, doing: str) -> None:
    """Refuse a change to a class of a school year that has ended (`doing`: "add pupils to", "publish to", …)."""
    if school_class.closed_at is not None:
        raise Conflict(
            f"{school_class.name} is a class of {school_class.academic_year}, a school year that has ended, so you "
            f"cannot {doing} it. Its pupils and results are kept to read. Use this year's classes instead."
        )
