"""Signing in with two-step sign-in on: after the right password, a short-lived step (not a session) in which the
code from the authenticator app, or a recovery code, is typed. Its token travels in a cookie of its own."""

from __future__ import annotations

from datetime import timedelta
from typing import NamedTuple

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import NotAuthenticated
from app.models import SignInStep, User, utcnow
from app.services.accounts import one_time_codes
from app.services.core import audit
from app.utils.security import hash_token, new_token

STEP_COOKIE = "ks3_sign_in_step"
STEP_TTL = timedelta(minutes=5)
CODE_NEEDED = "Type the 6-digit code from your authenticator app."
STEP_EXPIRED = "Signing in took too long, so it has stopped. Type your username and password again."


class CodeStep(NamedTuple):
    """The step's token (for its cookie; only its hash is stored) and how long it lasts."""

    token: str
    expires_in_seconds: int


def needs_code(user: User) -> bool:
    """Does signing in as this person need a code after the password?"""
    return user.two_factor_enabled


async def start(session: AsyncSession, *, user: User, ip: str | None) -> CodeStep:
    """The password was right: open the step in which the code is typed (steps past their time are cleared)."""
    now = utcnow()
    await session.execute(delete(SignInStep).where(SignInStep.expires_at <= now))
    token = new_token()
    session.add(SignInStep(user_id=user.id, token_hash=hash_token(token), expires_at=now + STEP_TTL, ip=ip))
    await audit.record(session, "login.code_needed", user=user, ip=ip)
    return CodeStep(token, int(STEP_TTL.total_seconds()))


async def finish(session: AsyncSession, *, token: str | None, code: str, ip: str | None) -> User:
    """Check the code typed in a step and end the step: the person, ready for their session. A wrong code is
    counted (one_time_codes.use_code) and the step stays, until it runs out of time."""
    step = (await session.execute(select(SignInStep).where(SignInStep.token_hash == hash_token(token or ""),
                                                           SignInStep.expires_at > utcnow()))).scalar_one_or_none()
    if step is None:
        raise NotAuthenticated(STEP_EXPIRED, error="SignInStepExpired")
    user = await session.get(User, step.user_id)
    if user is None or not user.is_active or not needs_code(user):  # changed since the password was typed
        await session.execute(delete(SignInStep).where(SignInStep.id == step.id))
        raise NotAuthenticated(STEP_EXPIRED, error="SignInStepExpired", keep_changes=True)
    kind = await one_time_codes.use_code(session, user, code, ip=ip, refuse=NotAuthenticated)
    ended = await session.execute(delete(SignInStep).where(SignInStep.id == step.id))
    if not ended.rowcount:  # another request finished this step a moment ago: this one uses nothing up
        raise NotAuthenticated(STEP_EXPIRED, error="SignInStepExpired")
    await audit.record(session, "login.second_factor", user=user, ip=ip, details={"method": kind})
    if kind == "recovery_code":
        left = await one_time_codes.recovery_codes_left(session, user)
        await audit.record(session, "two_factor.recovery_code_used", user=user, ip=ip,
                           details={"recovery_codes_left": left})
    return user
