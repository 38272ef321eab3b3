"""Checking and using up the codes of two-step sign-in: the authenticator app's (a time step is stored, so a code
never works twice, nor an earlier one) and the ten recovery codes (kept as keyed digests, each marked when used).
Wrong codes are counted per person, wherever they are typed, against the same limit as wrong passwords."""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Literal

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import get_settings
from app.errors import AppError, Invalid, TooManyRequests
from app.models import RecoveryCode, User, utcnow
from app.services.core import audit, rate_limit
from app.utils import totp
from app.utils.crypto import decrypt, keyed_digest

RECOVERY_CODE_COUNT = 10
# No letters or digits that look alike (0/O, 1/I/L): read from paper and typed by hand.
_RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_RECOVERY_LENGTH = 10
# Wrong codes, counted per person wherever they are typed (the sign-in page or My account).
CODE_BUCKET = "two_factor_code"

SECRET_UNREADABLE = ("The server can no longer read this account's two-step sign-in key (its secret key was "
                     "changed). Ask an admin to reset your two-step sign-in, then set it up again.")
WRONG_CODE = ("That code did not match. Type the 6-digit code your authenticator app shows now, or one of your "
              "recovery codes.")
USED_CODE = "That code has been used already. Wait for the next code in your app (a new one comes every 30 seconds)."

CodeKind = Literal["app", "recovery_code"]


async def use_code(session: AsyncSession, user: User, code: str, *, ip: str | None,
                   refuse: type[AppError]) -> CodeKind:
    """Check a code of someone with two-step sign-in on and use it up: "app" or "recovery_code". A wrong one is
    counted (and audited) and refused with `refuse` (keeping the count); too many lately, a 429. Conditional
    updates, so two requests with one code cannot both pass."""
    await count_try(session, user)
    typed = typed_code(code)
    if typed.isdigit() and len(typed) == totp.DIGITS:
        secret = secret_of(user)
        step = totp.matching_step(secret, typed, after_step=user.two_factor_last_step)
        if step is not None and await _take_step(session, user, step):
            await rate_limit.clear(session, CODE_BUCKET, str(user.id))
            return "app"
        if totp.matching_step(secret, typed) is not None:  # right, but its time step was used already
            await audit.record(session, "two_factor.code_reused", user=user, ip=ip)
            raise refuse(USED_CODE, keep_changes=True)
    elif await _take_recovery_code(session, user, typed):
        await rate_limit.clear(session, CODE_BUCKET, str(user.id))
        return "recovery_code"
    await audit.record(session, "two_factor.code_failure", user=user, ip=ip)
    raise refuse(WRONG_CODE, keep_changes=True)


async def count_try(session: AsyncSession, user: User) -> None:
    """Count a code about to be checked, or refuse: as many wrong codes as wrong passwords are allowed. A right
    code clears the count (`clear_tries`)."""
    settings = get_settings()
    window = timedelta(minutes=settings.login_failure_window_minutes)
    if await rate_limit.reserve(session, CODE_BUCKET, str(user.id), limit=settings.login_max_failures_per_user,
                                window=window) is None:
        raise TooManyRequests(f"Too many wrong codes. Wait {settings.login_failure_window_minutes} minutes, then try "
                              "again.", retry_after=int(window.total_seconds()))


async def clear_tries(session: AsyncSession, user: User) -> None:
    await rate_limit.clear(session, CODE_BUCKET, str(user.id))


async def _take_step(session: AsyncSession, user: User, step: int) -> bool:
    taken = await session.execute(
        update(User).where(User.id == user.id, or_(User.two_factor_last_step.is_(None),
                                                    User.two_factor_last_step < step))
        .values(two_factor_last_step=step).execution_options(synchronize_session=False)
    )
    if not taken.rowcount:  # another request used this code (or a later one) a moment ago
        return False
    user.two_factor_last_step = step
    return True


async def _take_recovery_code(session: AsyncSession, user: User, typed: str) -> bool:
    if len(typed) != _RECOVERY_LENGTH:
        return False
    taken = await session.execute(
        update(RecoveryCode).where(RecoveryCode.user_id == user.id, RecoveryCode.code_hash == keyed_digest(typed),
                                   RecoveryCode.used_at.is_(None))
        .values(used_at=utcnow()).execution_options(synchronize_session=False)
    )
    return bool(taken.rowcount)


async def new_recovery_codes(session: AsyncSession, user: User) -> list[str]:
    """Ten new recovery codes in place of any earlier ones; returned as shown ("K7MQ2-XR9TB"), kept as digests."""
    await session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    codes = ["".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_LENGTH))
             for _ in range(RECOVERY_CODE_COUNT)]
    session.add_all(RecoveryCode(user_id=user.id, code_hash=keyed_digest(code)) for code in codes)
    return [f"{code[:5]}-{code[5:]}" for code in codes]


async def recovery_codes_left(session: AsyncSession, user: User) -> int:
    return int(await session.scalar(select(func.count()).where(RecoveryCode.user_id == user.id,
                                                               RecoveryCode.used_at.is_(None))) or 0)


def typed_code(code: str) -> str:
    """A code as typed, without spaces or dashes, in capitals ("123 456", "k7mq2-xr9tb")."""
    return "".join(ch for ch in code if ch.isalnum()).upper()


def secret_of(user: User) -> str:
    """The person's authenticator secret, decrypted; refused when the server's key has changed since."""
    secret = decrypt(user.two_factor_secret or "")
    if secret is None:
        raise Invalid(SECRET_UNREADABLE)
    return secret
