"""Demo content beyond accounts and the unit: each feature that has demo content adds it here."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.models import SchoolClass, Unit, User


async def seed(session: AsyncSession, *, unit: Unit, teacher: User, classes: dict[str, SchoolClass]) -> None:
    """Called once by seed_demo after the accounts, classes and unit exist."""
    return None
