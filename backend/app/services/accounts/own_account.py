"""A person's own account: staff change their own password, and anyone sees where they are signed in and can sign
out everywhere else; admins see and end another person's sessions.

Changing a password needs the current one. Wrong current passwords are limited per account (so a signed-in
session left open on a shared PC cannot be used to guess the password), and a new password signs the account out
everywhere but here."""

from __future__ import annotations

import re
import uuid
from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db import session_scope
from app.errors import Forbidden, Invalid, NotFound
from app.models import User, UserSession, utcnow
from app.schemas.auth import SessionRead
from app.services.accounts.users import check_staff_password, get_user
from app.services.core import audit, rate_limit
from app.utils.security import hash_password, verify_password

WRONG_CURRENT = "That is not your current password. Type the password you signed in with."
WRONG_CURRENT_LIMIT = 5
WRONG_CURRENT_WINDOW = timedelta(minutes=15)
TOO_MANY_WRONG = ("Your current password was typed wrongly too many times. Wait 15 minutes, or ask an admin to "
                  "reset your password.")
SAME_PASSWORD = "Your new password is the same as your current one. Choose a different one."
STAFF_ONLY = "Pupils' passwords are changed by their teacher. Ask your teacher if you need a new one."


async def change_password(sessions: async_sessionmaker[AsyncSession], *, user_id: uuid.UUID,
                          current_session_id: uuid.UUID, current: str, new: str, ip: str | None) -> int:
    """Set a staff member's own new password (the current one required, the staff password rule kept); every
    other session of theirs ends. How many other sessions ended. No transaction is open while bcrypt runs."""
    async with session_scope(sessions) as session:
        user = await get_user(session, user_id)
        if not user.is_staff:
            raise Forbidden(STAFF_ONLY)
        old_hash = user.password_hash
    check_staff_password(new)
    if current == new:
        raise Invalid(SAME_PASSWORD)
    # Every check is counted before bcrypt runs (so guesses sent at once are limited too); a right one clears them.
    await rate_limit.take(sessions, "password_change", str(user_id), limit=WRONG_CURRENT_LIMIT,
                          window=WRONG_CURRENT_WINDOW, message=TOO_MANY_WRONG)
    if not await verify_password(current, old_hash):
        async with session_scope(sessions) as session:
            await audit.record(session, "password.change_refused", user=await get_user(session, user_id), ip=ip)
        raise Invalid(WRONG_CURRENT, keep_changes=True)
    new_hash = await hash_password(new)
    async with session_scope(sessions) as session:
        user = await get_user(session, user_id)
        if user.password_hash != old_hash:  # changed meanwhile (another tab, an admin's reset): check again
            raise Invalid("Your password was changed a moment ago. Sign in again with the new one.")
        user.password_hash = new_hash
        await rate_limit.clear(session, "password_change", str(user_id))
        ended = await session.execute(delete(UserSession).where(UserSession.user_id == user_id,
                                                                UserSession.id != current_session_id))
        await audit.record(session, "password.change", user=user, ip=ip,
                           details={"other_sessions_ended": ended.rowcount or 0})
        return ended.rowcount or 0


def describe_device(user_agent: str | None) -> str:
    """ "Chrome on a Chromebook", "Edge on Windows": enough to recognise a device, from its User-Agent."""
    agent = user_agent or ""
    browser = next((name for pattern, name in _BROWSERS if re.search(pattern, agent)), "A browser")
    system = next((name for pattern, name in _SYSTEMS if re.search(pattern, agent)), "")
    return f"{browser} on {system}" if system else browser


_BROWSERS = [(r"Edg/", "Edge"), (r"OPR/|Opera", "Opera"), (r"Firefox/", "Firefox"), (r"Chrome/|Chromium/", "Chrome"),
             (r"Safari/", "Safari"), (r"python-httpx|curl", "A program")]
_SYSTEMS = [(r"CrOS", "a Chromebook"), (r"Windows", "Windows"), (r"iPhone|iPad", "an iPhone or iPad"),
            (r"Android", "Android"), (r"Mac OS X|Macintosh", "a Mac"), (r"Linux", "Linux")]


async def sessions_of(session: AsyncSession, user_id: uuid.UUID, *,
                      current_session_id: uuid.UUID | None = None) -> list[SessionRead]:
    """A person's live sessions, the newest activity first (the one asking marked as this one)."""
    rows = (await session.execute(
        select(UserSession).where(UserSession.user_id == user_id, UserSession.expires_at > utcnow())
        .order_by(UserSession.last_seen_at.desc())
    )).scalars()
    return [SessionRead(id=row.id, signed_in_at=row.created_at, last_seen_at=row.last_seen_at, ip=row.ip,
                        device=describe_device(row.user_agent), current=row.id == current_session_id)
            for row in rows]


async def end_other_sessions(session: AsyncSession, *, user: User, current_session_id: uuid.UUID,
                             ip: str | None) -> int:
    """Sign out everywhere but here; how many sessions ended."""
    ended = await session.execute(delete(UserSession).where(UserSession.user_id == user.id,
                                                            UserSession.id != current_session_id))
    await audit.record(session, "sessions.end_others", user=user, ip=ip, details={"ended": ended.rowcount or 0})
    return ended.rowcount or 0


async def end_session(session: AsyncSession, *, user: User, session_id: uuid.UUID, current_session_id: uuid.UUID,
                      ip: str | None) -> None:
    """End one of your own other sessions (the one in use is ended by signing out)."""
    if session_id == current_session_id:
        raise Invalid("That is the session you are using now. Use \"Sign out\" to end it.")
    ended = await session.execute(delete(UserSession).where(UserSession.user_id == user.id,
                                                            UserSession.id == session_id))
    if not ended.rowcount:
        raise NotFound("That session has already ended.")
    await audit.record(session, "sessions.end_one", user=user, ip=ip, entity_type="session",
                       entity_id=str(session_id))


async def end_sessions_of(session: AsyncSession, *, target: User, actor: User, ip: str | None) -> int:
    """An admin signs someone out everywhere (a lost Chromebook, a shared PC left signed in)."""
    ended = await session.execute(delete(UserSession).where(UserSession.user_id == target.id))
    await audit.record(session, "sessions.end_all", user=actor, ip=ip, entity_type="user", entity_id=str(target.id),
                       details={"username": target.username, "ended": ended.rowcount or 0})
    return ended.rowcount or 0
