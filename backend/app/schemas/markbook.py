"""The markbook (a class's pupils × the assessments set to it) and the class's mastery across assessments."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import Field

from app.schemas.analytics import ObjectiveMastery, StrandMastery
from app.schemas.base import ReadSchema, Schema

# How a pupil's attempt at one assessment stands (the legend on the page says each in words):
#   finished     the pupil pressed Finish           handed_in    a teacher handed it in for them
#   time_up      handed in when their window closed  in_progress  started, not finished
#   not_started  not started, and they still can     missed       not started, and their window has closed
#   not_open     the assessment does not open for the class yet
CellState = Literal["finished", "handed_in", "time_up", "in_progress", "not_started", "missed", "not_open"]
TrendDirection = Literal["rising", "steady", "falling", "not_enough"]


class MarkbookFilters(Schema):
    """Which assessments the markbook shows: any unit and half term and dates unless narrowed."""

    unit_id: uuid.UUID | None = None
    half_term: int | None = Field(default=None, ge=1, le=6)
    date_from: date | None = None
    date_to: date | None = None


class UnitChoice(ReadSchema):
    unit_id: uuid.UUID
    title: str


class MarkbookColumn(ReadSchema):
    """One assessment set to the class: when it was set (the window's opening, else the day it was set), its
    half term (the unit's own when the unit says one, else from the date) and when it closes for the class."""

    assessment_id: uuid.UUID
    title: str
    unit_id: uuid.UUID | None
    unit_title: str | None
    set_on: datetime
    closes_at: datetime | None
    half_term: int
    half_term_from: Literal["unit", "date"]
    total_points: int


class MarkbookCell(ReadSchema):
    """One pupil on one assessment (in the columns' order). Percentages only once the attempt is finished."""

    assessment_id: uuid.UUID
    attempt_id: uuid.UUID | None
    state: CellState
    percentage: float | None
    first_try_percentage: float | None
    extension: bool  # the pupil has a later closing time or extra attempts on this assessment


class PupilTrend(ReadSchema):
    """The direction of a pupil's final percentages over their last finished assessments in view: the slope of
    the least-squares line in percentage points per assessment."""

    direction: TrendDirection
    words: str
    slope: float | None
    percentages: list[float]  # oldest first: the ones the slope is drawn through


class MarkbookRow(ReadSchema):
    pupil_id: uuid.UUID
    name: str
    first_name: str | None
    last_name: str | None
    username: str
    cells: list[MarkbookCell]
    average: float | None  # of the finished assessments in view
    first_try_average: float | None
    trend: PupilTrend


class Markbook(ReadSchema):
    class_id: uuid.UUID
    class_name: str
    academic_year: str
    filters: MarkbookFilters
    units: list[UnitChoice]  # every unit of an assessment set to the class (the unit filter's choices)
    trend_window: int
    columns: list[MarkbookColumn]
    rows: list[MarkbookRow]


class ClassTrends(ReadSchema):
    """A class's mastery by learning objective and by strand over every finished assessment set to it (its
    pupils' chosen attempts), with the markbook's filters."""

    class_id: uuid.UUID
    class_name: str
    filters: MarkbookFilters
    assessment_count: int
    attempt_count: int
    objectives: list[ObjectiveMastery]
    strands: list[StrandMastery]
