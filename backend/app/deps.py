"""Request dependencies: the database session, the signed-in user, role checks and CSRF."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import get_session
from app.errors import Forbidden, NotAuthenticated
from app.models import Role, User, UserSession
from app.services import auth_service
from app.utils.security import tokens_equal

SESSION_COOKIE = "ks3_session"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}

# scope="function": the commit happens before the response is sent, so a failed commit is never reported as success.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]


async def get_auth(request: Request, session: SessionDep) -> tuple[UserSession, User]:
    """The signed-in user; state-changing requests must also carry the session's CSRF token."""
    resolved = await auth_service.resolve(session, request.cookies.get(SESSION_COOKIE))
    if resolved is None:
        raise NotAuthenticated("Please sign in to continue. If you were signed in, your session has ended.")
    user_session, user = resolved
    if request.method not in SAFE_METHODS and not tokens_equal(
        request.headers.get(CSRF_HEADER), user_session.csrf_token
    ):
        raise Forbidden(
            "This request was missing its security token. Reload the page and try again.", error="CSRFFailed"
        )
    # Plain values for logging and metrics, which run after the request's session has closed.
    request.state.user_id = user.id
    request.state.role = user.role.value
    return user_session, user


AuthDep = Annotated[tuple[UserSession, User], Depends(get_auth)]


async def get_current_user(auth: AuthDep) -> User:
    return auth[1]


CurrentUser = Annotated[User, Depends(get_current_user)]


def require_role(*roles: Role):  # noqa: ANN201
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
