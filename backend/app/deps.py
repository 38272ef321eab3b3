"""Request dependencies: the database session, the signed-in user, role checks and CSRF."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db import get_database, get_session, get_sessionmaker, session_scope
from app.db_direct import DirectRunner
from app.errors import Forbidden, NotAuthenticated, TooLarge
from app.models import Role, User, UserSession
from app.schemas.pupil import AutosaveIn
from app.services.accounts import sign_in, two_factor
from app.services.attempts import autosave
from app.utils.security import tokens_equal

SESSION_COOKIE = "ks3_session"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}

# scope="function": the commit happens before the response is sent, so a failed commit is never reported as success.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]
# A session opened only when needed, with `session_scope` (the autosave's usual path needs none).
SessionMakerDep = Annotated[async_sessionmaker[AsyncSession], Depends(get_sessionmaker)]


NOT_SIGNED_IN = "Please sign in to continue. If you were signed in, your session has ended."


def _check_csrf(request: Request, csrf_token: str) -> None:
    """State-changing requests must carry the session's CSRF token."""
    if request.method not in SAFE_METHODS and not tokens_equal(request.headers.get(CSRF_HEADER), csrf_token):
        raise Forbidden(
            "This request was missing its security token. Reload the page and try again.", error="CSRFFailed"
        )


def _remember(request: Request, user_id: uuid.UUID, role: Role) -> None:
    # Plain values for logging and metrics, which run after the request's session has closed.
    request.state.user_id = user_id
    request.state.role = role.value


async def get_auth_setting_up(request: Request, session: SessionDep) -> tuple[UserSession, User]:
    """The signed-in user, even one who may only set up two-step sign-in; state-changing requests must also carry
    the session's CSRF token."""
    resolved = await sign_in.resolve(session, request.cookies.get(SESSION_COOKIE))
    if resolved is None:
        raise NotAuthenticated(NOT_SIGNED_IN)
    user_session, user = resolved
    _check_csrf(request, user_session.csrf_token)
    _remember(request, user.id, user.role)
    return user_session, user


async def get_auth(request: Request, session: SessionDep) -> tuple[UserSession, User]:
    """The signed-in user (as get_auth_setting_up); an admin who must set up two-step sign-in first (production)
    is refused everything but that, with a message saying so."""
    user_session, user = await get_auth_setting_up(request, session)
    if two_factor.setup_required(user):
        raise Forbidden(two_factor.SET_UP_FIRST, error="TwoFactorSetupRequired")
    return user_session, user


AuthDep = Annotated[tuple[UserSession, User], Depends(get_auth)]
# Only for signing out, who am I, and setting up two-step sign-in (routers/two_factor.py).
SettingUpAuthDep = Annotated[tuple[UserSession, User], Depends(get_auth_setting_up)]


async def get_current_user(auth: AuthDep) -> User:
    return auth[1]


CurrentUser = Annotated[User, Depends(get_current_user)]


def require_role(*roles: Role) -> Callable[[User], Awaitable[User]]:
    allowed = set(roles)

    async def dependency(user: CurrentUser) -> User:
        if user.role not in allowed:
            raise Forbidden(_ROLE_MESSAGES.get(frozenset(allowed), "You do not have permission to do this."))
        return user

    return dependency


_ROLE_MESSAGES = {
    frozenset({Role.admin}): "Only the school's admin can do this.",
    frozenset({Role.admin, Role.teacher}): "Only teachers can do this.",
    frozenset({Role.pupil}): "This page is for pupils. Teachers can use Preview as pupil instead.",
}

CurrentTeacher = Annotated[User, Depends(require_role(Role.admin, Role.teacher))]
CurrentAdmin = Annotated[User, Depends(require_role(Role.admin))]
CurrentPupil = Annotated[User, Depends(require_role(Role.pupil))]


def signed_in_briefly(*roles: Role) -> Callable[[Request, async_sessionmaker[AsyncSession]], Awaitable[User]]:
    """The same checks as CurrentUser and the role, made in a short session of their own that is over before the
    route runs: for routes that do slow work (running code, reading documents, calling the AI, re-marking).
    Such a route takes SessionMakerDep and opens `session_scope` only around its reads and its writes, so no
    pooled connection or transaction is held while the slow part runs. The User comes back detached: its columns
    can be read, its relationships cannot."""
    allowed = set(roles)

    async def dependency(request: Request, sessions: SessionMakerDep) -> User:
        async with session_scope(sessions) as session:
            _user_session, user = await get_auth(request, session)
        if user.role not in allowed:
            raise Forbidden(_ROLE_MESSAGES.get(frozenset(allowed), "You do not have permission to do this."))
        return user

    return dependency


# For slow routes (see signed_in_briefly): the user is checked, and no session is left open.
SlowRouteTeacher = Annotated[User, Depends(signed_in_briefly(Role.admin, Role.teacher))]
SlowRouteAdmin = Annotated[User, Depends(signed_in_briefly(Role.admin))]
SlowRoutePupil = Annotated[User, Depends(signed_in_briefly(Role.pupil))]


async def get_pupil_id(request: Request, session: AsyncSession) -> uuid.UUID:
    """The signed-in pupil's id, with exactly CurrentPupil's checks (live session, active account, CSRF token,
    pupil role) but no objects loaded: for the autosave, which needs only the id and runs on every interaction."""
    identity = await sign_in.resolve_identity(session, request.cookies.get(SESSION_COOKIE))
    if identity is None:
        raise NotAuthenticated(NOT_SIGNED_IN)
    _check_csrf(request, identity.csrf_token)
    _remember(request, identity.id, identity.role)
    if identity.role != Role.pupil:
        raise Forbidden(_ROLE_MESSAGES[frozenset({Role.pupil})])
    return identity.id


def pupil_credentials(request: Request) -> tuple[str, str] | None:
    """(session cookie, CSRF header) for the autosave, which checks them inside its own one statement; None
    without both, when that check cannot pass."""
    token, csrf_token = request.cookies.get(SESSION_COOKIE), request.headers.get(CSRF_HEADER)
    return (token, csrf_token) if token and csrf_token else None


async def get_direct() -> DirectRunner | None:
    """Where the autosave runs its one statement directly (app.db_direct): PostgreSQL's own small pool, or None
    (SQLite), when the autosave takes the ordinary session path. The tests give their own connection."""
    return get_database().direct


DirectDep = Annotated[DirectRunner | None, Depends(get_direct)]


def remember_pupil(request: Request, pupil_id: uuid.UUID) -> None:
    """For a pupil the autosave's own statement signed in (see `pupil_credentials`)."""
    _remember(request, pupil_id, Role.pupil)


@dataclass(frozen=True, slots=True)
class AutosaveRequest:
    """Who sent an autosave and what (app.services.attempts.autosave.Caller): the credentials its one statement
    checks, the full sign-in check for its usual path, the body and its size in bytes."""

    request: Request
    token: str
    csrf_token: str
    body: AutosaveIn
    size: int

    async def pupil_id(self, session: AsyncSession) -> uuid.UUID:
        """The signed-in pupil's id with every pupil route's checks, or the 401/403 that says why not."""
        return await get_pupil_id(self.request, session)

    def remember(self, pupil_id: uuid.UUID) -> None:
        """Tell the access log who saved, when the one statement signed them in."""
        remember_pupil(self.request, pupil_id)


async def _body_within(request: Request, limit: int) -> bytes | None:
    """The request body, or None as soon as it is known to be over `limit` bytes: by its Content-Length before
    any of it is read, or while it streams in, so a huge body is never held in memory."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit():  # the server reads exactly this many bytes: nothing more to count
        return None if int(declared) > limit else await request.body()
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


async def autosave_request(request: Request, sessions: SessionMakerDep) -> AutosaveRequest:
    """The autosave's credentials and body, read here rather than by FastAPI so that who is asking is settled
    first, as on every other route: a teacher gets their 403, not a 422 about a body they should not send.
    Checking the credentials waits for the autosave's own statement; only a request that cannot save (no cookie
    or CSRF token, a body that is too big or does not parse) opens a session here, to refuse it with the right
    answer. A body too big for any answer is refused before it is all read."""
    credentials = pupil_credentials(request)
    body = await _body_within(request, autosave.MAX_REQUEST_BYTES)
    invalid = None
    if credentials is not None and body is not None:
        try:
            return AutosaveRequest(request, *credentials, AutosaveIn.model_validate_json(body), len(body))
        except ValidationError as error:
            invalid = error
    async with session_scope(sessions) as session:
        await get_pupil_id(request, session)  # raises 401 or 403 unless a signed-in pupil sent it
    if body is None:
        raise TooLarge(autosave.TOO_LONG, error="AnswerTooLong")
    if invalid is None:  # not reached: without a cookie and a CSRF token get_pupil_id has refused
        raise NotAuthenticated(NOT_SIGNED_IN)
    raise RequestValidationError([{**e, "loc": ("body", *e["loc"])} for e in invalid.errors()])


AutosaveDep = Annotated[AutosaveRequest, Depends(autosave_request)]
# The autosave's body is read by `autosave_request`, so the route declares it for the OpenAPI documentation.
AUTOSAVE_BODY_DOCS = {"requestBody": {"required": True,
                                      "content": {"application/json": {"schema": AutosaveIn.model_json_schema()}}}}
