"""Dates: the school calendar, and times given without a zone."""

from __future__ import annotations

from datetime import UTC, date, datetime


def academic_year_for(day: date | None = None) -> str:
    """The UK academic year containing `day`: September starts a new one ("2026-27")."""
    day = day or date.today()
    start = day.year if day.month >= 9 else day.year - 1
    return f"{start}-{(start + 1) % 100:02d}"


def as_utc(value: datetime | None) -> datetime | None:
    """A filter time given without a zone (a query string's `2026-05-01T09:00`) read as UTC."""
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value
