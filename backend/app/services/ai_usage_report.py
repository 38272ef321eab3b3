"""The AI usage log for admins: every call with tokens, cost and outcome, and totals."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AIUsage, User


def _aware(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


async def report(session: AsyncSession, *, operation: str | None, model: str | None, since: datetime | None,
                 until: datetime | None, limit: int, offset: int) -> dict:
    conditions = []
    if operation:
        conditions.append(AIUsage.operation == operation)
    if model:
        conditions.append(AIUsage.model == model)
    if since:
        conditions.append(AIUsage.created_at >= _aware(since))
    if until:
        conditions.append(AIUsage.created_at <= _aware(until))
    totals = (await session.execute(
        select(func.count(), func.coalesce(func.sum(AIUsage.input_tokens), 0),
               func.coalesce(func.sum(AIUsage.output_tokens), 0), func.coalesce(func.sum(AIUsage.cost_estimate), 0),
               func.count().filter(AIUsage.ok.is_(False))).where(*conditions))).one()
    by_model = (await session.execute(
        select(AIUsage.model, AIUsage.operation, func.count(), func.sum(AIUsage.input_tokens),
               func.sum(AIUsage.output_tokens), func.sum(AIUsage.cost_estimate))
        .where(*conditions).group_by(AIUsage.model, AIUsage.operation).order_by(AIUsage.model, AIUsage.operation))).all()
    rows = (await session.execute(
        select(AIUsage, User.username).outerjoin(User, User.id == AIUsage.user_id).where(*conditions)
        .order_by(AIUsage.created_at.desc()).limit(limit).offset(offset))).all()
    return {
        "total_calls": totals[0], "input_tokens": int(totals[1]), "output_tokens": int(totals[2]),
        "cost_estimate": round(float(totals[3]), 4), "failed_calls": totals[4],
        "by_model": [{"model": m, "operation": op, "calls": n, "input_tokens": int(i or 0), "output_tokens": int(o or 0),
                      "cost_estimate": round(float(c or 0), 4)} for m, op, n, i, o, c in by_model],
        "items": [{"id": u.id, "created_at": u.created_at, "username": username, "operation": u.operation,
                   "provider": u.provider, "model": u.model, "input_tokens": u.input_tokens,
                   "output_tokens": u.output_tokens, "cost_estimate": u.cost_estimate, "latency_ms": u.latency_ms,
                   "ok": u.ok, "error": u.error} for u, username in rows],
    }
