"""Signing in and out, and turning a session cookie back into a user."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, bindparam, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import QueryableAttribute

from app.config import get_settings
from app.errors import NotAuthenticated, TooManyRequests
from app.models import Base, Role, User, UserSession, utcnow
from app.services.core import audit, rate_limit
from app.utils.security import burn_password_check, hash_token, new_token, verify_password

LOGIN_FAILED = "That username and password do not match. Check them and try again."
ACCOUNT_INACTIVE = "This account has been switched off. Ask your teacher or the school's admin to turn it back on."


@dataclass
class LoginResult:
    user: User
    token: str
    csrf_token: str
    expires_in_seconds: int


async def login(session: AsyncSession, *, username: str, password: str, ip: str, user_agent: str | None) -> LoginResult:
    """Check the password (rate-limited per username and per IP) and open a server-side session."""
    username = username.strip().lower()
    user_failures = await _refuse_if_locked(session, username=username, ip=ip)
    user = (await session.execute(select(User).where(User.username == username))).scalar_one_or_none()
    if user is None:
        await burn_password_check(password)
        ok = False
    else:
        ok = await verify_password(password, user.password_hash)
    if user is None or not ok:
        await _count_failure(session, user=user, username=username, ip=ip, earlier_failures=user_failures)
        raise NotAuthenticated(LOGIN_FAILED, keep_changes=True)
    if not user.is_active:
        await audit.record(session, "login.inactive", user=user, ip=ip)
        raise NotAuthenticated(ACCOUNT_INACTIVE, keep_changes=True)
    await rate_limit.clear(session, "login_user", username)
    return await _open_session(session, user=user, ip=ip, user_agent=user_agent)


async def _refuse_if_locked(session: AsyncSession, *, username: str, ip: str) -> int:
    """Refuse when this username, or this computer, has failed too often lately; the username's recent failures."""
    settings = get_settings()
    window = timedelta(minutes=settings.login_failure_window_minutes)
    user_failures = await rate_limit.count(session, "login_user", username, window=window)
    ip_failures = await rate_limit.count(session, "login_ip", ip, window=window)
    if user_failures >= settings.login_max_failures_per_user:
        await audit.record(session, "login.locked", username=username, ip=ip)
        raise TooManyRequests(
            f"Too many sign-in attempts for this username. Wait {settings.login_failure_window_minutes} minutes "
            "and try again, or ask your teacher to reset your password.",
            retry_after=int(window.total_seconds()),
            keep_changes=True,
        )
    if ip_failures >= settings.login_max_failures_per_ip:
        await audit.record(session, "login.locked", username=username, ip=ip, details={"by": "ip"})
        raise TooManyRequests(
            f"Too many sign-in attempts from this computer. Wait {settings.login_failure_window_minutes} "
            "minutes and try again.",
            retry_after=int(window.total_seconds()),
            keep_changes=True,
        )
    return user_failures


async def _count_failure(
    session: AsyncSession, *, user: User | None, username: str, ip: str, earlier_failures: int
) -> None:
    rate_limit.add(session, "login_user", username)
    rate_limit.add(session, "login_ip", ip)
    await audit.record(session, "login.failure", user=user, username=username, ip=ip)
    # Slow repeated guessing down a little more with each recent failure.
    delay = get_settings().login_failure_delay_seconds * min(earlier_failures + 1, 5)
    if delay > 0:
        await asyncio.sleep(delay)


async def _open_session(session: AsyncSession, *, user: User, ip: str, user_agent: str | None) -> LoginResult:
    token, csrf_token = new_token(), new_token()
    ttl = timedelta(minutes=get_settings().session_ttl_minutes)
    now = utcnow()
    session.add(
        UserSession(
            user_id=user.id,
            token_hash=hash_token(token),
            csrf_token=csrf_token,
            created_at=now,
            expires_at=now + ttl,
            last_seen_at=now,
            ip=ip,
            user_agent=(user_agent or "")[:300],
        )
    )
    user.last_login_at = now
    await audit.record(session, "login.success", user=user, ip=ip)
    return LoginResult(user=user, token=token, csrf_token=csrf_token, expires_in_seconds=int(ttl.total_seconds()))


# Built once: this runs on every request, and building the statement each time cost more than running it.
def _live_sessions(*columns: type[Base] | QueryableAttribute[Any] | ColumnElement[Any]) -> Select[Any]:
    return (
        select(*columns)
        .select_from(UserSession)
        .join(User, User.id == UserSession.user_id)
        .where(UserSession.token_hash == bindparam("token_hash"), UserSession.expires_at > bindparam("now"),
               User.is_active)
    )


_RESOLVE = _live_sessions(UserSession, User)
_RESOLVE_IDENTITY = _live_sessions(User.id, User.role, UserSession.csrf_token)


async def resolve(session: AsyncSession, token: str | None) -> tuple[UserSession, User] | None:
    """The live session and its active user for a cookie token, in one query (this is on every request)."""
    if not token:
        return None
    row = (await session.execute(_RESOLVE, {"token_hash": hash_token(token), "now": utcnow()})).first()
    if row is None:
        return None
    user_session, user = row
    return user_session, user


async def resolve_identity(session: AsyncSession, token: str | None) -> Row[tuple[uuid.UUID, Role, str]] | None:
    """The same lookup as `resolve`, returning only (id, role, csrf_token) and loading no objects: for the
    pupil's autosave, the busiest request, where building the two objects was a sixth of its work."""
    if not token:
        return None
    connection = await session.connection()
    return (await connection.execute(_RESOLVE_IDENTITY, {"token_hash": hash_token(token), "now": utcnow()})).first()


def signed_in_pupil() -> Select[tuple[uuid.UUID]]:
    """The signed-in pupil's id as a subquery, for the autosave to fold into its one statement: the same rules
    as `resolve_identity`, the pupil role and the CSRF check, with bind parameters token_hash, now and
    csrf_hash (the SHA-256 of the request's CSRF header). The tokens are compared as digests, so how long the
    comparison takes says nothing about the stored token. PostgreSQL only (sha256() is not in SQLite)."""
    stored_csrf = func.encode(func.sha256(func.convert_to(UserSession.csrf_token, "UTF8")), "hex")
    return _live_sessions(User.id.label("pupil_id")).where(
        User.role == Role.pupil, stored_csrf == bindparam("csrf_hash")
    )


async def logout(session: AsyncSession, *, user_session: UserSession, user: User, ip: str) -> None:
    """End this one session (the cookie stops working everywhere) and note it in the audit log."""
    await session.execute(delete(UserSession).where(UserSession.id == user_session.id))
    await audit.record(session, "logout", user=user, ip=ip)


async def end_all_sessions(session: AsyncSession, user_id: uuid.UUID) -> None:
    """Sign a user out everywhere (after a password reset or deactivation)."""
    await session.execute(delete(UserSession).where(UserSession.user_id == user_id))


async def purge_expired(session: AsyncSession) -> int:
    """Delete the sessions that have expired; how many went."""
    result = await session.execute(delete(UserSession).where(UserSession.expires_at <= utcnow()))
    return result.rowcount or 0
