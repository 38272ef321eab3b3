"""Two-step sign-in for staff: a code from an authenticator app (TOTP, utils/totp.py) after the password, with ten
one-time recovery codes for a lost phone.

Setting it up keeps a new secret (encrypted) and turns it on only when the person types a code their app made
from it; codes are checked and used up by one_time_codes, and at sign-in by second_step. Admins on a production
server must have it on: until they do, their session can only set it up (deps.get_auth refuses the rest)."""

from __future__ import annotations

import uuid

import segno
from sqlalchemy import delete, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.config import get_settings
from app.db import session_scope
from app.errors import Conflict, Forbidden, Invalid
from app.models import RecoveryCode, Role, SignInStep, User, UserSession, utcnow
from app.schemas.base import Message
from app.schemas.two_factor import RecoveryCodes, TwoFactorSetup, TwoFactorStatus
from app.services.accounts import one_time_codes as codes
from app.services.accounts.own_account import (
    TOO_MANY_WRONG,
    WRONG_CURRENT,
    WRONG_CURRENT_LIMIT,
    WRONG_CURRENT_WINDOW,
)
from app.services.accounts.users import get_user
from app.services.core import audit, rate_limit
from app.utils import totp
from app.utils.crypto import encrypt
from app.utils.security import verify_password

STAFF_ONLY = "Two-step sign-in is for staff accounts."
ALREADY_ON = ("Two-step sign-in is already on. To move it to a new phone, turn it off and set it up again, or ask "
              "an admin to reset it.")
NOT_ON = "Two-step sign-in is not on for this account."
START_FIRST = "Press \"Set up two-step sign-in\" first, then type the code your app shows."
WRONG_SETUP_CODE = ("That code did not match. Check that the app shows \"KS3 Assessment\", then type the 6 digits "
                    "it shows now.")
ADMIN_KEEPS_IT = ("Admins must keep two-step sign-in on, on this server. To move it to a new phone, ask another "
                  "admin to reset it, then set it up again when you next sign in.")
RESET_OWN = "Use My account to change your own two-step sign-in."
SET_UP_FIRST = ("Set up two-step sign-in first: admins need it on this server. Open My account and follow the "
                "steps there.")


def required_for(user: User) -> bool:
    """Must this person have two-step sign-in on? Admins on a production server."""
    return user.role == Role.admin and get_settings().is_production


def setup_required(user: User) -> bool:
    """Is this person signed in but allowed only to set two-step sign-in up (an admin without it, in
    production)?"""
    return required_for(user) and not user.two_factor_enabled


async def status(session: AsyncSession, user: User) -> TwoFactorStatus:
    """Whether two-step sign-in is on, how many recovery codes are left, and whether it may be turned off."""
    _staff_only(user)
    required = required_for(user)
    return TwoFactorStatus(enabled=user.two_factor_enabled, enabled_at=user.two_factor_enabled_at,
                           recovery_codes_left=await codes.recovery_codes_left(session, user), required=required,
                           can_turn_off=user.two_factor_enabled and not required)


async def start_setup(session: AsyncSession, *, user: User) -> TwoFactorSetup:
    """A new secret for the person's authenticator app, kept encrypted until they prove the app has it (`enable`).
    Starting again replaces a secret not yet confirmed."""
    _staff_only(user)
    if user.two_factor_enabled:
        raise Conflict(ALREADY_ON)
    secret = totp.new_secret()
    user.two_factor_secret = encrypt(secret)
    user.two_factor_last_step = None
    uri = totp.otpauth_uri(secret, account=user.username)
    return TwoFactorSetup(secret=secret, secret_grouped=totp.grouped(secret), account=user.username,
                          issuer=totp.ISSUER, otpauth_uri=uri, qr_svg=_qr_data_uri(uri))


def _qr_data_uri(uri: str) -> str:
    return segno.make(uri, error="m").svg_data_uri(scale=6, border=4, title="QR code for your authenticator app")


async def enable(session: AsyncSession, *, user: User, code: str, ip: str | None) -> RecoveryCodes:
    """Turn two-step sign-in on once the person types a code made from the new secret; their recovery codes,
    shown this once."""
    _staff_only(user)
    if user.two_factor_enabled:
        raise Conflict(ALREADY_ON)
    if user.two_factor_secret is None:
        raise Invalid(START_FIRST)
    secret = codes.secret_of(user)
    await codes.count_try(session, user)
    step = totp.matching_step(secret, codes.typed_code(code))
    if step is None:
        raise Invalid(WRONG_SETUP_CODE, keep_changes=True)
    turned_on = await session.execute(
        update(User).where(User.id == user.id, User.two_factor_enabled_at.is_(None))
        .values(two_factor_enabled_at=utcnow(), two_factor_last_step=step).execution_options(synchronize_session=False)
    )
    if not turned_on.rowcount:  # another tab finished first
        raise Conflict(ALREADY_ON)
    await session.refresh(user)
    await codes.clear_tries(session, user)
    shown = await codes.new_recovery_codes(session, user)
    await audit.record(session, "two_factor.enrol", user=user, ip=ip)
    return RecoveryCodes(recovery_codes=shown, message="Two-step sign-in is on. Save your recovery codes now.")


async def renew_recovery_codes(session: AsyncSession, *, user: User, code: str, ip: str | None) -> RecoveryCodes:
    """New recovery codes (a current code proves it is the person); the old ones stop working."""
    _staff_only(user)
    if not user.two_factor_enabled:
        raise Invalid(NOT_ON)
    await codes.use_code(session, user, code, ip=ip, refuse=Invalid)
    shown = await codes.new_recovery_codes(session, user)
    await audit.record(session, "two_factor.recovery_codes_renewed", user=user, ip=ip)
    return RecoveryCodes(recovery_codes=shown, message="These are your new recovery codes. The old ones no longer "
                                                       "work.")


async def turn_off(sessions: async_sessionmaker[AsyncSession], *, user_id: uuid.UUID, password: str, code: str,
                   ip: str | None) -> Message:
    """Turn two-step sign-in off: the password and a current code are needed. Admins on a production server
    cannot. No transaction is open while bcrypt runs."""
    async with session_scope(sessions) as session:
        user = await get_user(session, user_id)
        _staff_only(user)
        if not user.two_factor_enabled:
            raise Invalid(NOT_ON)
        if required_for(user):
            raise Forbidden(ADMIN_KEEPS_IT)
        password_hash = user.password_hash
    # The same count as wrong current passwords when changing the password (own_account).
    await rate_limit.take(sessions, "password_change", str(user_id), limit=WRONG_CURRENT_LIMIT,
                          window=WRONG_CURRENT_WINDOW, message=TOO_MANY_WRONG)
    if not await verify_password(password, password_hash):
        raise Invalid(WRONG_CURRENT)
    async with session_scope(sessions) as session:
        user = await get_user(session, user_id)
        await rate_limit.clear(session, "password_change", str(user_id))
        await codes.use_code(session, user, code, ip=ip, refuse=Invalid)
        await _clear(session, user)
        await audit.record(session, "two_factor.turn_off", user=user, ip=ip)
    return Message(message="Two-step sign-in is off. You sign in with your password alone.")


async def reset(session: AsyncSession, *, target: User, actor: User | None, ip: str | None) -> Message:
    """An admin (or the server's command line, `actor` None) turns someone's two-step sign-in off — a lost phone —
    and signs them out everywhere. An admin on a production server sets it up again at their next sign-in."""
    if actor is not None and actor.id == target.id:
        raise Forbidden(RESET_OWN)
    if target.two_factor_secret is None:
        raise Conflict(f"{target.name} does not use two-step sign-in: there is nothing to reset.")
    await _clear(session, target)
    ended = await session.execute(delete(UserSession).where(UserSession.user_id == target.id))
    await audit.record(session, "two_factor.reset", user=actor, username=None if actor else "(command line)", ip=ip,
                       entity_type="user", entity_id=target.id,
                       details={"username": target.username, "sessions_ended": ended.rowcount or 0})
    then = ("They will be asked to set it up again when they next sign in." if required_for(target)
            else "They can sign in with their password and set it up again on My account.")
    return Message(message=f"{target.name}’s two-step sign-in was reset and they were signed out everywhere. {then}")


def _staff_only(user: User) -> None:
    if not user.is_staff:
        raise Forbidden(STAFF_ONLY)


async def _clear(session: AsyncSession, user: User) -> None:
    user.two_factor_secret = None
    user.two_factor_enabled_at = None
    user.two_factor_last_step = None
    await session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    await session.execute(delete(SignInStep).where(SignInStep.user_id == user.id))


