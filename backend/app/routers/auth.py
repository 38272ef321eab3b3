"""Sign in, sign out, and who am I."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response

from app.config import get_settings
from app.deps import SESSION_COOKIE, AuthDep, SessionDep, SessionMakerDep
from app.schemas.auth import LoginIn, LoginOut, MeOut, PasswordChange, SessionRead, SessionsEnded, UserBrief
from app.schemas.base import Message
from app.services.accounts import access, own_account, sign_in
from app.utils.net import client_ip, is_https

router = APIRouter(prefix="/auth", tags=["auth"])


def secure_cookie(request: Request) -> bool:
    mode = get_settings().cookie_secure
    return mode == "always" or (mode == "auto" and is_https(request))


def set_session_cookie(response: Response, request: Request, result: sign_in.LoginResult) -> None:
    """The session cookie for a sign-in just checked (a password here, or single sign-on in routers/sso.py)."""
    response.set_cookie(SESSION_COOKIE, result.token, max_age=result.expires_in_seconds, httponly=True,
                        samesite="lax", secure=secure_cookie(request), path="/")


@router.post("/login", response_model=LoginOut)
async def login(body: LoginIn, request: Request, response: Response, sessions: SessionMakerDep) -> LoginOut:
    """Sign in with a username and password. Sets the session cookie and returns the CSRF token. Repeated
    failures for a username or from one computer are refused for a while (429), even when sent all at once."""
    result = await sign_in.login(
        sessions,
        username=body.username,
        password=body.password,
        ip=client_ip(request),
        user_agent=request.headers.get("user-agent"),
    )
    set_session_cookie(response, request, result)
    return LoginOut(user=UserBrief.model_validate(result.user), csrf_token=result.csrf_token)


@router.post("/logout", response_model=Message)
async def logout(request: Request, response: Response, session: SessionDep, auth: AuthDep) -> Message:
    """Sign out: the session is deleted on the server, so the cookie stops working everywhere."""
    user_session, user = auth
    await sign_in.logout(session, user_session=user_session, user=user, ip=client_ip(request))
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="lax", secure=secure_cookie(request))
    return Message(message="You are signed out.")


@router.get("/me", response_model=MeOut)
async def me(auth: AuthDep) -> MeOut:
    """The signed-in user and the CSRF token for this session (pages call this after a reload); for a pupil,
    also their access arrangements and display choices, which every pupil page applies."""
    user_session, user = auth
    return MeOut(user=UserBrief.model_validate(user), csrf_token=user_session.csrf_token,
                 school_name=get_settings().school_name, **access.own_settings(user)._asdict())


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
