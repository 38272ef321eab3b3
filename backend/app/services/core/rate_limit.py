"""Rate limits counted in the database, so they hold across several API workers and replicas.

Each limit's check and its write are one atomic step, so simultaneous requests cannot all pass a count that none
of them has added to yet: on PostgreSQL a transaction-scoped advisory lock on the bucket and key is taken before
counting; on SQLite the event is inserted before it is counted, and the insert takes the database's write lock,
which the count then runs under. Either way the lock lasts until the transaction ends, so the check belongs in a
short transaction of its own: `take`.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import NamedTuple

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db import session_scope
from app.errors import TooManyRequests
from app.models import RateEvent, utcnow

KEY_LENGTH = 128  # rate_events.key


class Slot(NamedTuple):
    """An event just counted: its row (to release it again) and how many were already counted in the window."""

    event_id: uuid.UUID
    earlier: int


async def take(sessions: async_sessionmaker[AsyncSession], bucket: str, key: str, *, limit: int,
               window: timedelta, message: str) -> None:
    """Count one event against a limit, or refuse with a 429 — in a short transaction of its own.

    Call it before the slow or costly work the limit protects (running code, reading an import), with no
    transaction of your own holding writes (on SQLite that would wait on yourself for the write lock):

        await rate_limit.take(sessions, "code_run", str(pupil.id), limit=settings.rate_limit_code_runs,
                              window=timedelta(minutes=1), message="You have run your code a lot ...")

    `sessions` is the request's `SessionMakerDep` (or any async_sessionmaker). The event is committed before
    this returns, so it counts even if the work after it fails, and no lock or connection is held while that
    work runs. Simultaneous calls for the same bucket and key are serialised, so at most `limit` events pass in
    any `window` on PostgreSQL and SQLite alike. Over the limit it raises `TooManyRequests(message)` with a
    Retry-After of the window, and stores nothing. `limit <= 0` means no limit (nothing is counted). `key` is
    cut to 128 characters; `bucket` is at most 32."""
    if limit <= 0:
        return
    async with session_scope(sessions) as session:
        await hit(session, bucket, key, limit=limit, window=window, message=message)


async def hit(session: AsyncSession, bucket: str, key: str, *, limit: int, window: timedelta, message: str) -> None:
    """`take`, inside the caller's transaction: for a quick request whose event should be kept only if its
    change is. The same guarantee, but the bucket and key stay locked (on SQLite, the whole database's writes)
    until the caller's transaction ends, so never call it before slow work: use `take`."""
    if limit <= 0:
        return
    if await reserve(session, bucket, key, limit=limit, window=window) is None:
        raise TooManyRequests(message, retry_after=int(window.total_seconds()))


async def reserve(session: AsyncSession, bucket: str, key: str, *, limit: int, window: timedelta) -> Slot | None:
    """Count one event atomically in the caller's transaction: its Slot, or None (and nothing stored) when
    `limit` events already happened in `window`. The lock lasts until the transaction ends (see the module)."""
    key = key[:KEY_LENGTH]
    await _serialise(session, bucket, key)
    event = RateEvent(bucket=bucket, key=key)
    session.add(event)
    await session.flush()  # on SQLite this insert takes the write lock the count below runs under
    counted = await count(session, bucket, key, window=window)
    if counted > limit:
        await session.delete(event)
        await session.flush()
        return None
    return Slot(event.id, counted - 1)


class Pending(NamedTuple):
    """A check under way that may still become a failure: its row, and the failures already counted."""

    event_id: uuid.UUID
    key: str
    failures: int


# A check that never settled (its server stopped mid-check) stops holding its place after this long.
PENDING_EXPIRES = timedelta(minutes=2)
LOCKED, BUSY = "locked", "busy"


async def reserve_pending(session: AsyncSession, bucket: str, key: str, *, limit: int,
                          window: timedelta) -> Pending | str:
    """Make room for one check that may fail, atomically (as `reserve`): LOCKED when `limit` failures already
    happened in `window`; BUSY when as many checks are under way for this key as failures are still allowed
    (try again in a moment: they settle quickly); else the Pending row, which `settle` turns into a failure or
    gives back. So at most `limit` failures happen however many requests arrive together, yet a crowd of honest
    ones (a class signing in behind one school address) waits its turn instead of being refused."""
    key = key[:KEY_LENGTH]
    await _serialise(session, bucket, key)
    pending_bucket = f"{bucket}_pending"
    event = RateEvent(bucket=pending_bucket, key=key)
    session.add(event)
    await session.flush()  # on SQLite this insert takes the write lock the counts below run under
    failures = await count(session, bucket, key, window=window)
    verdict: Pending | str = Pending(event.id, key, failures)
    if failures >= limit:
        verdict = LOCKED
    elif await count(session, pending_bucket, key, window=PENDING_EXPIRES) > limit - failures:
        verdict = BUSY
    if not isinstance(verdict, Pending):
        await session.delete(event)
        await session.flush()
    return verdict


async def settle(session: AsyncSession, pending: Pending, bucket: str, *, failed: bool) -> None:
    """The check is over: a failure is counted in `bucket` from now on; otherwise its place is given back. Under
    the same lock as `reserve_pending`, so no reservation sees the place gone but the failure not yet there."""
    await _serialise(session, bucket, pending.key)
    if failed:
        await session.execute(update(RateEvent).where(RateEvent.id == pending.event_id)
                              .values(bucket=bucket, created_at=utcnow()))
    else:
        await release(session, pending.event_id)


async def _serialise(session: AsyncSession, bucket: str, key: str) -> None:
    """On PostgreSQL, wait for this bucket and key's transaction-scoped advisory lock. The two-number form keeps
    buckets apart, so a caller that locks two buckets in a fixed order cannot deadlock with another."""
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(select(func.pg_advisory_xact_lock(func.hashtext(bucket), func.hashtext(key))))


async def count(session: AsyncSession, bucket: str, key: str, *, window: timedelta) -> int:
    """How many events this bucket and key counted in the last `window`."""
    since = utcnow() - window
    stmt = select(func.count()).where(
        RateEvent.bucket == bucket, RateEvent.key == key[:KEY_LENGTH], RateEvent.created_at >= since
    )
    return int((await session.execute(stmt)).scalar_one())


async def release(session: AsyncSession, event_id: uuid.UUID) -> None:
    """Give back one counted event (e.g. a sign-in's reserved failure slot, when the password was right)."""
    await session.execute(delete(RateEvent).where(RateEvent.id == event_id))


async def clear(session: AsyncSession, bucket: str, key: str) -> None:
    """Forget every event of this bucket and key (a correct password clears the username's failures)."""
    await session.execute(delete(RateEvent).where(RateEvent.bucket == bucket, RateEvent.key == key[:KEY_LENGTH]))


async def purge_older_than(session: AsyncSession, age: timedelta) -> int:
    """Delete events older than `age` (they no longer count against any window); how many went."""
    result = await session.execute(delete(RateEvent).where(RateEvent.created_at < utcnow() - age))
    return result.rowcount or 0
