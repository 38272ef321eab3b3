"""School calendar helpers."""

from __future__ import annotations

from datetime import date


def academic_year_for(day: date | None = None) -> str:
    """The UK academic year containing `day`: September starts a new one ("2026-27")."""
    day = day or date.today()
    start = day.year if day.month >= 9 else day.year - 1
    return f"{start}-{(start + 1) % 100:02d}"
