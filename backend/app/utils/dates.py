"""Dates: the school calendar, the school's own time, and times given without a zone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from app.config import get_settings


def academic_year_for(day: date | None = None) -> str:
    """The UK academic year containing `day`: September starts a new one ("2026-27")."""
    day = day or date.today()
    start = day.year if day.month >= 9 else day.year - 1
    return f"{start}-{(start + 1) % 100:02d}"


def as_utc(value: datetime | None) -> datetime | None:
    """A filter time given without a zone (a query string's `2026-05-01T09:00`) read as UTC."""
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def school_time(moment: datetime) -> datetime:
    """A stored moment (UTC; a naive one is taken as UTC) in the school's time zone (SCHOOL_TIMEZONE), as people
    there read a clock: 14:30 UTC on a July day is 15:30 in London."""
    return as_utc(moment).astimezone(ZoneInfo(get_settings().school_timezone))


# Where each half term of an English school year starts (month, day, half term), in calendar order, from typical
# holiday dates: autumn half term at the end of October, Christmas, the February break around the 14th–20th,
# Easter in early to mid April, Whitsun at the end of May. A holiday counts with the half term before it, and
# August stays with the year that ends, as academic_year_for keeps it.
HALF_TERM_STARTS = ((1, 1, 3), (2, 21, 4), (4, 15, 5), (6, 1, 6), (9, 1, 1), (11, 1, 2))


def half_term_for(day: date) -> int:
    """The half term (1–6) of the school year that `day` falls in, from the calendar above."""
    position = (day.month, day.day)
    return [number for month, first, number in HALF_TERM_STARTS if position >= (month, first)][-1]
