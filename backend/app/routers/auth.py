"""Sign in, sign out, and who am I."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from app.config import get_settings
from app.deps import SESSION_COOKIE, AuthDep, SessionDep, SessionMakerDep
from app.schemas.auth import LoginIn, LoginOut, MeOut, UserBrief
from app.schemas.base import Message
from app.services.accounts import access, sign_in
from app.utils.net import client_ip, is_https

router = APIRouter(prefix="/auth", tags=["auth"])


def _secure_cookie(request: Request) -> bool:
    mode = get_settings().cookie_secure
    return mode == "always" or (mode == "auto" and is_https(request))


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
    response.set_cookie(
        SESSION_COOKIE,
        result.token,
        max_age=result.expires_in_seconds,
        httponly=True,
        samesite="lax",
        secure=_secure_cookie(request),
        path="/",
    )
    return LoginOut(user=UserBrief.model_validate(result.user), csrf_token=result.csrf_token)


@router.post("/logout", response_model=Message)
async def logout(request: Request, response: Response, session: SessionDep, auth: AuthDep) -> Message:
    """Sign out: the session is deleted on the server, so the cookie stops working everywhere."""
    user_session, user = auth
    await sign_in.logout(session, user_session=user_session, user=user, ip=client_ip(request))
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="lax", secure=_secure_cookie(request))
    return Message(message="You are signed out.")


@router.get("/me", response_model=MeOut)
async def me(auth: AuthDep) -> MeOut:
    """The signed-in user and the CSRF token for this session (pages call this after a reload); for a pupil,
    also their access arrangements and display choices, which every pupil page applies."""
    user_session, user = auth
    return MeOut(user=UserBrief.model_validate(user), csrf_token=user_session.csrf_token,
                 school_name=get_settings().school_name, **access.own_settings(user)._asdict())
