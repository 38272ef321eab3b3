"""The markbook: a class's pupils × the assessments set to it, each cell the final and first-try percentages of
the pupil's chosen attempt (scope.chosen_attempts) and how it ended, narrowed by unit, half term and dates, with
a trend per pupil. A fixed handful of queries however many pupils and assessments (bench/markbook.py times it).

Half terms: the unit's own half term when the teacher gave it one, otherwise the half term of the day the
assessment was set (app.utils.dates.half_term_for)."""

from __future__ import annotations

import statistics
import uuid
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Invalid
from app.models import (
    Assessment,
    AssessmentClass,
    AttemptEnd,
    AttemptStatus,
    ClassPupil,
    Extension,
    Unit,
    User,
    utcnow,
)
from app.schemas.markbook import (
    CellState,
    Markbook,
    MarkbookCell,
    MarkbookColumn,
    MarkbookFilters,
    MarkbookRow,
    PupilTrend,
    UnitChoice,
)
from app.services.accounts import classes
from app.services.analytics.scope import chosen_attempts_in, pupils_in
from app.utils.dates import half_term_for

# The trend is drawn through a pupil's last TREND_WINDOW finished assessments in view, and needs TREND_MINIMUM.
TREND_WINDOW = 5
TREND_MINIMUM = 3
# A slope within this many percentage points per assessment either way is "steady": one quiz going a few
# points better or worse is ordinary noise, a line climbing 2 points an assessment is 8 over five.
STEADY_WITHIN = 2.0
ENDED: dict[AttemptEnd | None, CellState] = {AttemptEnd.pupil: "finished", AttemptEnd.teacher: "handed_in",
                                             AttemptEnd.window_closed: "time_up", None: "finished"}


class Chosen(NamedTuple):
    """A pupil's chosen attempt at one assessment."""

    id: uuid.UUID
    pupil_id: uuid.UUID
    assessment_id: uuid.UUID
    status: AttemptStatus
    max_score: float | None
    percentage: float | None
    end_reason: AttemptEnd | None
    first_try_score: float | None


class Granted(NamedTuple):
    """A pupil's extension on one assessment in this class."""

    available_until: datetime | None
    extra_attempts: int


class PupilRef(NamedTuple):
    id: uuid.UUID
    name: str
    first_name: str | None
    last_name: str | None
    username: str


class Key(NamedTuple):
    pupil_id: uuid.UUID
    assessment_id: uuid.UUID


class World(NamedTuple):
    """Everything the cells are made from, read once."""

    chosen: dict[Key, Chosen]
    first_try: dict[uuid.UUID, float]
    extensions: dict[Key, Granted]
    now: datetime


async def markbook(session: AsyncSession, *, class_id: uuid.UUID, teacher: User,
                   filters: MarkbookFilters) -> Markbook:
    """The class's markbook for a teacher of the class (or an admin), narrowed by the filters."""
    school_class = await classes.get_class(session, class_id, user=teacher, with_people=False)
    every = await assignments(session, class_id)
    columns = in_view(every, filters)
    pupils = await _pupils(session, class_id)
    world = await _world(session, class_id, [c.assessment_id for c in columns])
    return Markbook(
        class_id=school_class.id, class_name=school_class.name, academic_year=school_class.academic_year,
        filters=filters, units=_units(every), trend_window=TREND_WINDOW, columns=columns,
        rows=[_row(pupil, columns, world) for pupil in pupils],
    )


async def assignments(session: AsyncSession, class_id: uuid.UUID) -> list[MarkbookColumn]:
    """Every assessment set to the class (not deleted), in the order they were set."""
    rows = await session.execute(
        select(AssessmentClass.available_from, AssessmentClass.available_until, AssessmentClass.created_at,
               Assessment.id, Assessment.title, Assessment.total_points, Unit.id.label("unit_id"),
               Unit.title.label("unit_title"), Unit.half_term)
        .join(Assessment, Assessment.id == AssessmentClass.assessment_id)
        .outerjoin(Unit, Unit.id == Assessment.unit_id)
        .where(AssessmentClass.class_id == class_id, Assessment.deleted_at.is_(None))
    )
    columns = []
    for row in rows:
        set_on = row.available_from or row.created_at
        columns.append(MarkbookColumn(
            assessment_id=row.id, title=row.title, unit_id=row.unit_id, unit_title=row.unit_title, set_on=set_on,
            closes_at=row.available_until, half_term=row.half_term or half_term_for(set_on.date()),
            half_term_from="unit" if row.half_term else "date", total_points=row.total_points))
    return sorted(columns, key=lambda c: (c.set_on, c.title))


def in_view(columns: list[MarkbookColumn], filters: MarkbookFilters) -> list[MarkbookColumn]:
    """The columns the filters keep (a date range that ends before it starts is refused)."""
    if filters.date_from and filters.date_to and filters.date_to < filters.date_from:
        raise Invalid("The 'to' date is before the 'from' date. Choose a 'to' date on or after the 'from' date.")
    return [
        c for c in columns
        if (filters.unit_id is None or c.unit_id == filters.unit_id)
        and (filters.half_term is None or c.half_term == filters.half_term)
        and (filters.date_from is None or c.set_on.date() >= filters.date_from)
        and (filters.date_to is None or c.set_on.date() <= filters.date_to)
    ]


def _units(columns: list[MarkbookColumn]) -> list[UnitChoice]:
    units = {c.unit_id: c.unit_title or "" for c in columns if c.unit_id is not None}
    return [UnitChoice(unit_id=u, title=t) for u, t in sorted(units.items(), key=lambda item: item[1].lower())]


async def _pupils(session: AsyncSession, class_id: uuid.UUID) -> list[PupilRef]:
    rows = await session.execute(
        select(User.id, User.name, User.first_name, User.last_name, User.username)
        .join(ClassPupil, ClassPupil.pupil_id == User.id)
        .where(ClassPupil.class_id == class_id)
        .order_by(User.last_name, User.first_name, User.name)
    )
    return [PupilRef(**row._mapping) for row in rows]


async def _world(session: AsyncSession, class_id: uuid.UUID, assessment_ids: list[uuid.UUID]) -> World:
    chosen = await chosen_in_class(session, class_id, assessment_ids)
    first_try = {a.id: a.first_try_score or 0.0 for a in chosen.values() if a.status == AttemptStatus.completed}
    return World(chosen=chosen, first_try=first_try,
                 extensions=await _extensions(session, class_id, assessment_ids), now=utcnow())


async def chosen_in_class(session: AsyncSession, class_id: uuid.UUID,
                          assessment_ids: list[uuid.UUID]) -> dict[Key, Chosen]:
    """Each pupil of the class's chosen attempt at each of the assessments."""
    if not assessment_ids:
        return {}
    chosen = chosen_attempts_in(assessment_ids, pupils_in([class_id]))
    rows = await session.execute(
        select(chosen.c.id, chosen.c.pupil_id, chosen.c.assessment_id, chosen.c.status, chosen.c.max_score,
               chosen.c.percentage, chosen.c.end_reason, chosen.c.first_try_score))
    return {Key(row.pupil_id, row.assessment_id): Chosen(**row._mapping) for row in rows}


async def _extensions(session: AsyncSession, class_id: uuid.UUID,
                      assessment_ids: list[uuid.UUID]) -> dict[Key, Granted]:
    if not assessment_ids:
        return {}
    rows = await session.execute(
        select(Extension.pupil_id, Extension.assessment_id, Extension.available_until, Extension.extra_attempts)
        .where(Extension.class_id == class_id, Extension.assessment_id.in_(assessment_ids)))
    return {Key(row.pupil_id, row.assessment_id): Granted(row.available_until, row.extra_attempts) for row in rows}


def _row(pupil: PupilRef, columns: list[MarkbookColumn], world: World) -> MarkbookRow:
    cells = [_cell(pupil.id, column, world) for column in columns]
    finals = [c.percentage for c in cells if c.percentage is not None]
    firsts = [c.first_try_percentage for c in cells if c.first_try_percentage is not None]
    return MarkbookRow(
        pupil_id=pupil.id, name=pupil.name, first_name=pupil.first_name, last_name=pupil.last_name,
        username=pupil.username, cells=cells,
        average=round(statistics.fmean(finals), 1) if finals else None,
        first_try_average=round(statistics.fmean(firsts), 1) if firsts else None,
        trend=trend(finals),
    )


def _cell(pupil_id: uuid.UUID, column: MarkbookColumn, world: World) -> MarkbookCell:
    key = Key(pupil_id, column.assessment_id)
    attempt = world.chosen.get(key)
    extension = world.extensions.get(key)
    done = attempt is not None and attempt.status == AttemptStatus.completed
    first = None
    if done and attempt.max_score:
        first = round(100 * world.first_try.get(attempt.id, 0.0) / attempt.max_score, 1)
    return MarkbookCell(
        assessment_id=column.assessment_id, attempt_id=attempt.id if attempt else None,
        state=_state(column, attempt, extension, world.now), percentage=attempt.percentage if done else None,
        first_try_percentage=first, extension=extension is not None,
    )


def _state(column: MarkbookColumn, attempt: Chosen | None, extension: Granted | None, now: datetime) -> CellState:
    """How the pupil's attempt stands; without one, whether they can still start (their own closing time)."""
    if attempt is not None:
        return ENDED[attempt.end_reason] if attempt.status == AttemptStatus.completed else "in_progress"
    if column.set_on > now:
        return "not_open"
    closes = column.closes_at
    if extension is not None and extension.available_until is not None:
        closes = extension.available_until
    return "missed" if closes is not None and closes <= now else "not_started"


def trend(finished: list[float]) -> PupilTrend:
    """Rising, steady or falling: the least-squares slope through the last TREND_WINDOW percentages (given
    oldest first), in points per assessment, said in words with the numbers."""
    percentages = finished[-TREND_WINDOW:]
    count = len(percentages)
    if count < TREND_MINIMUM:
        return PupilTrend(direction="not_enough", slope=None, percentages=percentages,
                          words=f"Not enough yet: {count} of {TREND_MINIMUM} finished assessments needed")
    mean_x = (count - 1) / 2
    mean_y = statistics.fmean(percentages)
    spread = sum((x - mean_x) ** 2 for x in range(count))
    slope = round(sum((x - mean_x) * (y - mean_y) for x, y in enumerate(percentages)) / spread, 1)
    span = f"over the last {count} finished assessments ({_pct(percentages[0])} to {_pct(percentages[-1])})"
    if slope >= STEADY_WITHIN:
        return PupilTrend(direction="rising", slope=slope, percentages=percentages,
                          words=f"Rising: up about {_points(slope)} an assessment {span}")
    if slope <= -STEADY_WITHIN:
        return PupilTrend(direction="falling", slope=slope, percentages=percentages,
                          words=f"Falling: down about {_points(-slope)} an assessment {span}")
    return PupilTrend(direction="steady", slope=slope, percentages=percentages,
                      words=f"Steady: within {_points(STEADY_WITHIN)} an assessment {span}")


def _pct(value: float) -> str:
    return f"{value:g}%"


def _points(value: float) -> str:
    return f"{value:g} {'point' if value == 1 else 'points'}"

