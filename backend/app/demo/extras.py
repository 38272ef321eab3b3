"""Demo content beyond accounts and the unit: the sample assessment with all 14 question types for 7A."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.demo import sample_assessment
from app.models import SchoolClass, Unit, User


async def seed(session: AsyncSession, *, unit: Unit, teacher: User, classes: dict[str, SchoolClass]) -> None:
    """Called once by seed_demo after the accounts, classes and unit exist."""
    await sample_assessment.seed(session, unit=unit, teacher=teacher, school_class=classes["7A"])
