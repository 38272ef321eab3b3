"""The audit log: who did what to which record, from where. Writing it (`record`) and reading it (`search`,
admins only) live together."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AuditLog, User
from app.schemas.accounts import AuditEntry, AuditPage
from app.utils.dates import as_utc

# What an entry says about the change, as stored JSON: {"fields": [...]}, {"username": ...}, counts, ids as text.
AuditDetails = dict[str, Any]


async def record(
    session: AsyncSession,
    action: str,
    *,
    user: User | None = None,
    username: str | None = None,
    entity_type: str | None = None,
    entity_id: uuid.UUID | str | None = None,
    details: AuditDetails | None = None,
    ip: str | None = None,
) -> None:
    """Add one entry to the audit log (in the caller's transaction, so it is kept only if the change is)."""
    session.add(
        AuditLog(
            user_id=user.id if user else None,
            username=(user.username if user else username),
            action=action,
            entity_type=entity_type,
            entity_id=str(entity_id) if entity_id is not None else None,
            details=details or {},
            ip=ip,
        )
    )


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
) -> AuditPage:
    """One page of the audit log, newest first, filtered by action (prefix), person, record type and dates."""
    conditions = []
    if action:
        conditions.append(AuditLog.action.like(f"{action.strip()}%"))
    if username:
        conditions.append(AuditLog.username == username.strip().lower())
    if entity_type:
        conditions.append(AuditLog.entity_type == entity_type.strip())
    if since:
        conditions.append(AuditLog.created_at >= as_utc(since))
    if until:
        conditions.append(AuditLog.created_at <= as_utc(until))
    total = await session.scalar(select(func.count()).select_from(AuditLog).where(*conditions))
    rows = await session.execute(
        select(AuditLog).where(*conditions).order_by(AuditLog.created_at.desc()).limit(limit).offset(offset)
    )
    return AuditPage(total=total or 0, items=[AuditEntry.model_validate(entry) for entry in rows.scalars()])
