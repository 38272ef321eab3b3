"""Two-step sign-in on My account: its state, setting it up, new recovery codes, turning it off. (The code typed
when signing in is `POST /auth/login/code`; an admin's reset of someone else's is in admin.py.)"""

from __future__ import annotations

from fastapi import APIRouter, Request

from app.deps import AuthDep, SessionDep, SessionMakerDep, SettingUpAuthDep
from app.schemas.base import Message
from app.schemas.two_factor import CodeIn, RecoveryCodes, TurnOffIn, TwoFactorSetup, TwoFactorStatus
from app.services.accounts import two_factor
from app.utils.net import client_ip

router = APIRouter(prefix="/auth/two-factor", tags=["auth"])


@router.get("", response_model=TwoFactorStatus)
async def two_factor_status(session: SessionDep, auth: SettingUpAuthDep) -> TwoFactorStatus:
    """Whether your two-step sign-in is on, how many recovery codes are left, and whether you may turn it off
    (admins on a production server must keep it on)."""
    return await two_factor.status(session, auth[1])


@router.post("/setup", response_model=TwoFactorSetup)
async def start_setup(session: SessionDep, auth: SettingUpAuthDep) -> TwoFactorSetup:
    """Start setting up two-step sign-in (staff): a new key for your authenticator app, as a QR code and as text.
    Nothing changes at sign-in until you confirm it with a code (`/enable`)."""
    return await two_factor.start_setup(session, user=auth[1])


@router.post("/enable", response_model=RecoveryCodes)
async def enable(body: CodeIn, request: Request, session: SessionDep, auth: SettingUpAuthDep) -> RecoveryCodes:
    """Turn two-step sign-in on with the 6-digit code your app shows for the new key. Answers your ten recovery
    codes, shown this once."""
    return await two_factor.enable(session, user=auth[1], code=body.code, ip=client_ip(request))


@router.post("/recovery-codes", response_model=RecoveryCodes)
async def renew_recovery_codes(body: CodeIn, request: Request, session: SessionDep, auth: AuthDep) -> RecoveryCodes:
    """Make ten new recovery codes (a current code from your app, or a recovery code, is needed); the old ones
    stop working."""
    return await two_factor.renew_recovery_codes(session, user=auth[1], code=body.code, ip=client_ip(request))


@router.post("/turn-off", response_model=Message)
async def turn_off(body: TurnOffIn, request: Request, sessions: SessionMakerDep, auth: AuthDep) -> Message:
    """Turn your two-step sign-in off: your password and a current code are needed. Admins on a production
    server cannot (another admin can reset it for a lost phone)."""
    return await two_factor.turn_off(sessions, user_id=auth[1].id, password=body.password, code=body.code,
                                     ip=client_ip(request))
