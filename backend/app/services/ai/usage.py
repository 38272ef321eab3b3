"""The AI usage log: every call to a provider (ok or not) with tokens, model, latency and an estimated cost;
writing it (`record`) and the admins' report of it (`report`)."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.models import AIUsage, User
from app.observability import metrics
from app.schemas.privacy import AIUsageReport, UsageByModel, UsageItem
from app.utils.dates import as_utc

log = logging.getLogger("app.ai.usage")

# US dollars per 1 million tokens (input, output), from the providers' public price lists. A model is matched
# by the longest name it starts with ("gpt-4o-mini-2024-07-18" → "gpt-4o-mini"). Local models cost nothing.
PRICES_PER_MILLION: dict[str, tuple[float, float]] = {
    "gpt-5": (1.25, 10.00),
    "gpt-5-mini": (0.25, 2.00),
    "gpt-5-nano": (0.05, 0.40),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4-turbo": (10.00, 30.00),
    "gpt-3.5-turbo": (0.50, 1.50),
    "o4-mini": (1.10, 4.40),
    "o3-mini": (1.10, 4.40),
    "o3": (2.00, 8.00),
}

_unpriced_noted: set[str] = set()


@dataclass
class CostEstimate:
    dollars: float
    note: str | None = None  # why the estimate is 0 (an unknown model)


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> CostEstimate:
    """Dollars for one call. Unknown models (local servers, new names) are estimated at 0, with a note."""
    name = (model or "").lower()
    matches = [key for key in PRICES_PER_MILLION if name == key or name.startswith(key + "-")]
    if not matches:
        return CostEstimate(0.0, f"No price is known for the model '{model}', so its cost is recorded as 0.")
    price_in, price_out = PRICES_PER_MILLION[max(matches, key=len)]
    return CostEstimate(round((input_tokens * price_in + output_tokens * price_out) / 1_000_000, 6))


async def record(
    target: AsyncSession | async_sessionmaker,
    *,
    user_id: uuid.UUID | None,
    operation: str,
    provider: str | None,
    model: str,
    input_tokens: int = 0,
    output_tokens: int = 0,
    latency_ms: int = 0,
    ok: bool = True,
    error: str | None = None,
) -> CostEstimate:
    """Write one usage row. With a sessionmaker the row is committed at once (a job's log survives whatever
    happens next); with a request's session it is added to that session's transaction."""
    metrics.record_ai_call(operation=operation, ok=ok, input_tokens=input_tokens, output_tokens=output_tokens,
                           seconds=latency_ms / 1000)
    cost = estimate_cost(model, input_tokens, output_tokens)
    if cost.note and model not in _unpriced_noted:
        _unpriced_noted.add(model)
        log.info(cost.note)
    row = AIUsage(
        user_id=user_id,
        operation=operation[:64],
        provider=(provider or "")[:100] or None,
        model=(model or "unknown")[:100],
        input_tokens=input_tokens,
        output_tokens=output_tokens,
        cost_estimate=cost.dollars,
        latency_ms=latency_ms,
        ok=ok,
        error=error[:2000] if error else None,
    )
    if isinstance(target, AsyncSession):
        target.add(row)
        await target.flush()
    else:
        async with target() as session:
            session.add(row)
            await session.commit()
    return cost


def _conditions(*, operation: str | None, model: str | None, since: datetime | None,
                until: datetime | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if operation:
        conditions.append(AIUsage.operation == operation)
    if model:
        conditions.append(AIUsage.model == model)
    if since:
        conditions.append(AIUsage.created_at >= as_utc(since))
    if until:
        conditions.append(AIUsage.created_at <= as_utc(until))
    return conditions


async def _by_model(session: AsyncSession, conditions: list[ColumnElement[bool]]) -> list[UsageByModel]:
    rows = (await session.execute(
        select(AIUsage.model, AIUsage.operation, func.count().label("calls"),
               func.sum(AIUsage.input_tokens).label("input_tokens"),
               func.sum(AIUsage.output_tokens).label("output_tokens"),
               func.sum(AIUsage.cost_estimate).label("cost_estimate"))
        .where(*conditions).group_by(AIUsage.model, AIUsage.operation).order_by(AIUsage.model, AIUsage.operation))).all()
    return [UsageByModel(model=row.model, operation=row.operation, calls=row.calls,
                         input_tokens=int(row.input_tokens or 0), output_tokens=int(row.output_tokens or 0),
                         cost_estimate=round(float(row.cost_estimate or 0), 4)) for row in rows]


async def _items(session: AsyncSession, conditions: list[ColumnElement[bool]], *, limit: int,
                 offset: int) -> list[UsageItem]:
    rows = (await session.execute(
        select(AIUsage, User.username).outerjoin(User, User.id == AIUsage.user_id).where(*conditions)
        .order_by(AIUsage.created_at.desc()).limit(limit).offset(offset))).all()
    return [UsageItem(id=u.id, created_at=u.created_at, username=username, operation=u.operation,
                      provider=u.provider, model=u.model, input_tokens=u.input_tokens,
                      output_tokens=u.output_tokens, cost_estimate=u.cost_estimate, latency_ms=u.latency_ms,
                      ok=u.ok, error=u.error) for u, username in rows]


async def report(session: AsyncSession, *, operation: str | None, model: str | None, since: datetime | None,
                 until: datetime | None, limit: int, offset: int) -> AIUsageReport:
    """The admins' report: totals, calls per model and operation, and one page of calls, newest first."""
    conditions = _conditions(operation=operation, model=model, since=since, until=until)
    totals = (await session.execute(
        select(func.count().label("calls"), func.coalesce(func.sum(AIUsage.input_tokens), 0).label("input_tokens"),
               func.coalesce(func.sum(AIUsage.output_tokens), 0).label("output_tokens"),
               func.coalesce(func.sum(AIUsage.cost_estimate), 0).label("cost_estimate"),
               func.count().filter(AIUsage.ok.is_(False)).label("failed")).where(*conditions))).one()
    return AIUsageReport(
        total_calls=totals.calls, input_tokens=int(totals.input_tokens), output_tokens=int(totals.output_tokens),
        cost_estimate=round(float(totals.cost_estimate), 4), failed_calls=totals.failed,
        by_model=await _by_model(session, conditions),
        items=await _items(session, conditions, limit=limit, offset=offset),
    )
