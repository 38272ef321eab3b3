"""Sign in, sign out, and who am I."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response

from app.config import get_settings
from app.deps import SESSION_COOKIE, AuthDep, SessionDep, SessionMakerDep, SettingUpAuthDep
from app.schemas.auth import LoginIn, LoginOut, MeOut, PasswordChange, SessionRead, SessionsEnded, UserBrief
from app.schemas.base import Message
from app.schemas.two_factor import CodeIn, CodeNeeded
from app.services.accounts import access, own_account, second_step, sign_in, two_factor
from app.utils.net import client_ip, is_https

router = APIRouter(prefix="/auth", tags=["auth"])


def secure_cookie(request: Request) -> bool:
    mode = get_settings().cookie_secure
    return mode == "always" or (mode == "auto" and is_https(request))


def set_session_cookie(response: Response, request: Request, result: sign_in.LoginResult) -> None:
    """The session cookie for a sign-in just checked (a password here, or single sign-on in routers/sso.py)."""
    response.set_cookie(SESSION_COOKIE, result.token, max_age=result.expires_in_seconds, httponly=True,
                        samesite="lax", secure=secure_cookie(request), path="/")


@router.post("/login", response_model=LoginOut | CodeNeeded)
async def login(body: LoginIn, request: Request, response: Response, sessions: SessionMakerDep) -> LoginOut | CodeNeeded:
    """Sign in with a username and password. Sets the session cookie and returns the CSRF token — or, for someone
    with two-step sign-in on, answers `next_step: "two_factor_code"` and sets a short-lived cookie for
    `POST /auth/login/code` instead (no session yet). Repeated failures for a username or from one computer are
    refused for a while (429), even when sent all at once."""
    result = await sign_in.login(
        sessions,
        username=body.username,
        password=body.password,
        ip=client_ip(request),
        user_agent=request.headers.get("user-agent"),
    )
    if isinstance(result, second_step.CodeStep):
        response.set_cookie(second_step.STEP_COOKIE, result.token, max_age=result.expires_in_seconds, httponly=True,
                            samesite="strict", secure=secure_cookie(request), path=STEP_COOKIE_PATH)
        return CodeNeeded(message=second_step.CODE_NEEDED, expires_in_seconds=result.expires_in_seconds)
    return _signed_in(request, response, result)


@router.post("/login/code", response_model=LoginOut)
async def login_code(body: CodeIn, request: Request, response: Response, sessions: SessionMakerDep) -> LoginOut:
    """The second step of signing in with two-step sign-in on: the 6-digit code from the authenticator app, or
    a recovery code (each works once), within 5 minutes of the password. Wrong codes are limited like wrong
    passwords. Sets the session cookie and returns the CSRF token."""
    result = await sign_in.login_with_code(sessions, step_token=request.cookies.get(second_step.STEP_COOKIE),
                                           code=body.code, ip=client_ip(request),
                                           user_agent=request.headers.get("user-agent"))
    response.delete_cookie(second_step.STEP_COOKIE, path=STEP_COOKIE_PATH, httponly=True, samesite="strict",
                           secure=secure_cookie(request))
    return _signed_in(request, response, result)


# The step's cookie goes only to the sign-in routes (/login/code is beneath /login).
STEP_COOKIE_PATH = "/api/auth/login"


def _signed_in(request: Request, response: Response, result: sign_in.LoginResult) -> LoginOut:
    set_session_cookie(response, request, result)
    return LoginOut(user=UserBrief.model_validate(result.user), csrf_token=result.csrf_token,
                    two_factor_setup_required=two_factor.setup_required(result.user))


@router.post("/logout", response_model=Message)
async def logout(request: Request, response: Response, session: SessionDep, auth: SettingUpAuthDep) -> Message:
    """Sign out: the session is deleted on the server, so the cookie stops working everywhere."""
    user_session, user = auth
    await sign_in.logout(session, user_session=user_session, user=user, ip=client_ip(request))
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="lax", secure=secure_cookie(request))
    return Message(message="You are signed out.")


@router.get("/me", response_model=MeOut)
async def me(auth: SettingUpAuthDep) -> MeOut:
    """The signed-in user and the CSRF token for this session (pages call this after a reload); for a pupil,
    also their access arrangements and display choices, which every pupil page applies; for an admin who must
    set up two-step sign-in before anything else, `two_factor_setup_required`."""
    user_session, user = auth
    return MeOut(user=UserBrief.model_validate(user), csrf_token=user_session.csrf_token,
                 school_name=get_settings().school_name, two_factor_setup_required=two_factor.setup_required(user),
                 **access.own_settings(user)._asdict())


@router.post("/password", response_model=SessionsEnded)
async def change_password(body: PasswordChange, request: Request, sessions: SessionMakerDep,
                          auth: AuthDep) -> SessionsEnded:
    """Change your own password (staff): the current one is needed, and the new one follows the staff password
    rule. You stay signed in here and are signed out everywhere else."""
    user_session, user = auth
    ended = await own_account.change_password(sessions, user_id=user.id, current_session_id=user_session.id,
                                              current=body.current_password, new=body.new_password,
                                              ip=client_ip(request))
    return SessionsEnded(ended=ended, message="Your password has been changed. You are still signed in here; "
                                              f"{_signed_out(ended)}")


@router.get("/sessions", response_model=list[SessionRead])
async def my_sessions(session: SessionDep, auth: AuthDep) -> list[SessionRead]:
    """Where you are signed in: each device, when it signed in and was last used (this one marked)."""
    user_session, user = auth
    return await own_account.sessions_of(session, user.id, current_session_id=user_session.id)


@router.post("/sessions/end-others", response_model=SessionsEnded)
async def end_other_sessions(request: Request, session: SessionDep, auth: AuthDep) -> SessionsEnded:
    """Sign out everywhere else: every other device must sign in again."""
    user_session, user = auth
    ended = await own_account.end_other_sessions(session, user=user, current_session_id=user_session.id,
                                                 ip=client_ip(request))
    return SessionsEnded(ended=ended, message=f"You are still signed in here; {_signed_out(ended)}")


@router.delete("/sessions/{session_id}", status_code=204)
async def end_session(session_id: uuid.UUID, request: Request, session: SessionDep, auth: AuthDep) -> Response:
    """Sign out one of your other devices."""
    user_session, user = auth
    await own_account.end_session(session, user=user, session_id=session_id, current_session_id=user_session.id,
                                  ip=client_ip(request))
    return Response(status_code=204)


def _signed_out(ended: int) -> str:
    if ended == 0:
        return "you were not signed in anywhere else."
    return f"{ended} other {'device was' if ended == 1 else 'devices were'} signed out."
