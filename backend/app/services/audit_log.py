"""Reading the audit log (admins only)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AuditLog


def _aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


async def search(
    session: AsyncSession,
    *,
    action: str | None,
    username: str | None,
    entity_type: str | None,
    since: datetime | None,
    until: datetime | None,
    limit: int,
    offset: int,
) -> dict:
    conditions = []
    if action:
        conditions.append(AuditLog.action.like(f"{action.strip()}%"))
    if username:
        conditions.append(AuditLog.username == username.strip().lower())
    if entity_type:
        conditions.append(AuditLog.entity_type == entity_type.strip())
    if since:
        conditions.append(AuditLog.created_at >= _aware(since))
    if until:
        conditions.append(AuditLog.created_at <= _aware(until))
    total = await session.scalar(select(func.count()).select_from(AuditLog).where(*conditions))
    rows = await session.execute(
        select(AuditLog).where(*conditions).order_by(AuditLog.created_at.desc()).limit(limit).offset(offset)
    )
    return {"total": total or 0, "items": list(rows.scalars())}
