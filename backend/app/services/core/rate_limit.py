"""Rate limits counted in the database, so they hold across several API workers and replicas."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import TooManyRequests
from app.models import RateEvent, utcnow


async def count(session: AsyncSession, bucket: str, key: str, *, window: timedelta) -> int:
    since = utcnow() - window
    stmt = select(func.count()).where(
        RateEvent.bucket == bucket, RateEvent.key == key, RateEvent.created_at >= since
    )
    return int((await session.execute(stmt)).scalar_one())


def add(session: AsyncSession, bucket: str, key: str) -> None:
    session.add(RateEvent(bucket=bucket, key=key[:128]))


async def hit(session: AsyncSession, bucket: str, key: str, *, limit: int, window: timedelta, message: str) -> None:
    """Count one event, or refuse with a friendly 429 when `limit` events already happened in `window`."""
    if limit <= 0:
        return
    if await count(session, bucket, key, window=window) >= limit:
        raise TooManyRequests(message, retry_after=int(window.total_seconds()))
    add(session, bucket, key)


async def clear(session: AsyncSession, bucket: str, key: str) -> None:
    await session.execute(delete(RateEvent).where(RateEvent.bucket == bucket, RateEvent.key == key))


async def purge_older_than(session: AsyncSession, age: timedelta) -> int:
    result = await session.execute(delete(RateEvent).where(RateEvent.created_at < utcnow() - age))
    return result.rowcount or 0
