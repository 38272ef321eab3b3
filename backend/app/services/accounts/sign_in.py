"""Signing in and out, and turning a session cookie back into a user."""

from __future__ import annotations

import asyncio
import random
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Row, Select, bindparam, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import QueryableAttribute

from app.config import get_settings
from app.db import session_scope
from app.errors import NotAuthenticated, TooManyRequests
from app.models import Base, Role, User, UserSession, utcnow
from app.services.accounts import second_step
from app.services.accounts.sso import setup as sso_setup
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


class CheckReserved(NamedTuple):
    """A password check allowed to run: the account (None for an unknown username) and the failure slots it
    holds — for the username on this computer, for the username everywhere, and for the computer — until it is
    known whether the password was right."""

    user: User | None
    user_slot: rate_limit.Slot
    everywhere_slot: rate_limit.Slot
    ip_check: rate_limit.Pending


class _ComputerBusy(Exception):
    """Enough checks from this computer are under way already: give the reservation back and wait a moment."""


# A class signing in together behind one school address waits its turn this long before it is told to wait.
BUSY_WAIT_SECONDS = 30.0


async def login(sessions: async_sessionmaker[AsyncSession], *, username: str, password: str, ip: str,
                user_agent: str | None) -> LoginResult | second_step.CodeStep:
    """Check the password (rate-limited per username and per IP) and open a server-side session — or, for someone
    with two-step sign-in on, the short step in which they type their code (`login_with_code`).

    Each check first reserves a failure slot for the username and a place among the computer's checks under way,
    atomically and committed at once, so however many requests arrive together at most the limit of password
    checks can fail in the window; the rest are refused before bcrypt runs. A wrong password keeps its slot and
    turns its place into a failure of the computer's; a right one gives both back and clears the username's
    failures. No transaction is open while bcrypt runs or while a failure is slowed down."""
    username = username.strip().lower()
    reserved = await _reserve_check(sessions, username=username, ip=ip)
    found = reserved.user
    if found is None:
        await burn_password_check(password)
        ok = False
    else:
        ok = await verify_password(password, found.password_hash)
    if found is None or not ok:
        await _count_failure(sessions, reserved, username=username, ip=ip)
        raise NotAuthenticated(LOGIN_FAILED, keep_changes=True)
    async with session_scope(sessions) as session:
        user = await session.get(User, found.id)  # read again: it may have changed while bcrypt ran
        if user is None:  # erased meanwhile: counted like any failure
            await rate_limit.settle(session, reserved.ip_check, "login_ip", failed=True)
            raise NotAuthenticated(LOGIN_FAILED, keep_changes=True)
        # The right password, but no password sign-in for this account: switched off, or a teacher while staff
        # must use single sign-on (the message names the button to use).
        refusal = ACCOUNT_INACTIVE if not user.is_active else await sso_setup.password_refusal(session, user)
        if refusal is not None:
            await rate_limit.release(session, reserved.user_slot.event_id)
            await rate_limit.release(session, reserved.everywhere_slot.event_id)
            await rate_limit.settle(session, reserved.ip_check, "login_ip", failed=False)
            await audit.record(session, "login.inactive" if not user.is_active else "login.sso_required", user=user,
                               ip=ip)
            raise NotAuthenticated(refusal, keep_changes=True)
        await rate_limit.clear(session, "login_user", _on_computer(username, ip))
        await rate_limit.release(session, reserved.everywhere_slot.event_id)  # others' failures elsewhere stay
        await rate_limit.settle(session, reserved.ip_check, "login_ip", failed=False)
        if second_step.needs_code(user):
            return await second_step.start(session, user=user, ip=ip)
        return await open_session(session, user=user, ip=ip, user_agent=user_agent)


async def login_with_code(sessions: async_sessionmaker[AsyncSession], *, step_token: str | None, code: str, ip: str,
                          user_agent: str | None) -> LoginResult:
    """The second step of signing in with two-step sign-in on: the code (or a recovery code) typed within the
    step that the right password opened; the session opens only when it is right (second_step.finish)."""
    async with session_scope(sessions) as session:
        user = await second_step.finish(session, token=step_token, code=code, ip=ip)
        return await open_session(session, user=user, ip=ip, user_agent=user_agent)


async def _reserve_check(sessions: async_sessionmaker[AsyncSession], *, username: str, ip: str) -> CheckReserved:
    """Reserve the check, or refuse (and audit) when the username or the computer has failed too often lately.

    Many pupils sign in at once from one school address, so while the computer's checks under way are as many
    as the failures it still has, a sign-in waits a moment and tries again rather than being refused; only
    after BUSY_WAIT_SECONDS is it asked to try again in a minute."""
    loop = asyncio.get_running_loop()
    give_up_at = loop.time() + BUSY_WAIT_SECONDS
    while True:
        try:
            return await _try_reserve_check(sessions, username=username, ip=ip)
        except _ComputerBusy:
            if loop.time() >= give_up_at:
                raise TooManyRequests(
                    "Many people are signing in from this computer at the moment. Wait a minute, then try again.",
                    retry_after=60,
                ) from None
            await asyncio.sleep(random.uniform(0.2, 0.6))  # spread out, so the waiting ones do not retry in step


async def _try_reserve_check(sessions: async_sessionmaker[AsyncSession], *, username: str, ip: str) -> CheckReserved:
    """One try at reserving: the username on this computer, then the username everywhere, then the computer —
    always in that order, so two sign-ins can wait for each other but never deadlock. Raises _ComputerBusy
    (storing nothing) when the computer is busy.

    A username is locked per computer: a pupil typing their teacher's username wrongly locks it only on their
    own computer, and the teacher still signs in from theirs; guessing spread over many computers meets the
    higher limit for the username everywhere."""
    settings = get_settings()
    window = timedelta(minutes=settings.login_failure_window_minutes)
    wait = settings.login_failure_window_minutes
    async with session_scope(sessions) as session:
        user_slot = await rate_limit.reserve(session, "login_user", _on_computer(username, ip),
                                             limit=settings.login_max_failures_per_user, window=window)
        if user_slot is None:
            await audit.record(session, "login.locked", username=username, ip=ip)
            raise TooManyRequests(
                f"Too many sign-in attempts for this username. Wait {wait} minutes and try again on this "
                "computer, or ask your teacher to reset your password.",
                retry_after=int(window.total_seconds()),
                keep_changes=True,
            )
        everywhere_slot = await rate_limit.reserve(session, "login_user_everywhere", username,
                                                   limit=settings.login_max_failures_per_user_everywhere,
                                                   window=window)
        if everywhere_slot is None:
            await rate_limit.release(session, user_slot.event_id)
            await audit.record(session, "login.locked", username=username, ip=ip, details={"by": "everywhere"})
            raise TooManyRequests(
                f"Too many sign-in attempts for this username from many computers. Wait {wait} minutes and try "
                "again, or ask the school's admin.",
                retry_after=int(window.total_seconds()),
                keep_changes=True,
            )
        ip_check = await rate_limit.reserve_pending(session, "login_ip", ip,
                                                    limit=settings.login_max_failures_per_ip, window=window)
        if ip_check == rate_limit.BUSY:
            raise _ComputerBusy  # rolls the username's slot back too
        if ip_check == rate_limit.LOCKED:
            await rate_limit.release(session, user_slot.event_id)
            await rate_limit.release(session, everywhere_slot.event_id)
            await audit.record(session, "login.locked", username=username, ip=ip, details={"by": "ip"})
            raise TooManyRequests(
                f"Too many sign-in attempts from this computer. Wait {settings.login_failure_window_minutes} "
                "minutes and try again.",
                retry_after=int(window.total_seconds()),
                keep_changes=True,
            )
        assert isinstance(ip_check, rate_limit.Pending)
        user = (await session.execute(select(User).where(User.username == username))).scalar_one_or_none()
    return CheckReserved(user, user_slot, everywhere_slot, ip_check)


def _on_computer(username: str, ip: str) -> str:
    """The failure counter's key for a username on one computer (client address)."""
    return f"{username} from {ip}"


async def _count_failure(sessions: async_sessionmaker[AsyncSession], reserved: CheckReserved, *, username: str,
                         ip: str) -> None:
    """A wrong password: its username slot stays and its place becomes the computer's failure; audit, slow down."""
    async with session_scope(sessions) as session:
        await rate_limit.settle(session, reserved.ip_check, "login_ip", failed=True)
        await audit.record(session, "login.failure", user=reserved.user, username=username, ip=ip)
    # Slow repeated guessing down a little more with each recent failure.
    delay = get_settings().login_failure_delay_seconds * min(reserved.user_slot.earlier + 1, 5)
    if delay > 0:
        await asyncio.sleep(delay)


async def open_session(session: AsyncSession, *, user: User, ip: str, user_agent: str | None) -> LoginResult:
    """A new server-side session for someone whose sign-in has been checked (the password, and the code when
    two-step sign-in is on; or single sign-on)."""
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
