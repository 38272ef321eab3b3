"""Single sign-on with OpenID Connect: the sign-in page's buttons, the trip to the provider and back, and the
admin's setup. The browser comes here by following links and redirects, so these routes answer with redirects
to the sign-in page (with a message to show) rather than JSON errors."""

from __future__ import annotations

import uuid
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import RedirectResponse

from app.config import get_settings
from app.deps import CurrentAdmin, SessionDep, SessionMakerDep
from app.errors import NotFound
from app.routers.auth import secure_cookie, set_session_cookie
from app.schemas.sso import SsoButton, SsoPolicyIn, SsoProblem, SsoProviderIn, SsoProviderRead, SsoSetup
from app.services.accounts.sso import flow, protocol, setup
from app.utils.net import client_ip

router = APIRouter(tags=["single sign-on"])

BROWSER_COOKIE = "ks3_sso"
COOKIE_PATH = "/api/sso"


def redirect_uri(request: Request) -> str:
    """The one address every provider sends people back to (the admin registers it with the provider)."""
    base = get_settings().public_base_url.strip().rstrip("/") or str(request.base_url).rstrip("/")
    return base + setup.CALLBACK_PATH


def _to_sign_in_page(*, problem: str | None = None, next_path: str | None = None) -> RedirectResponse:
    query = {"sso_problem": flow.problem_token(problem)} if problem else {}
    if next_path:
        query["next"] = next_path
    return RedirectResponse("/" + (f"?{urlencode(query)}" if query else ""), status_code=303)


@router.get("/sso/providers", response_model=list[SsoButton])
async def sign_in_buttons(session: SessionDep) -> list[SsoButton]:
    """The single sign-on buttons for the sign-in page: switched-on providers only (their words and start
    address, nothing else). Open to everyone."""
    return await setup.buttons(session)


@router.get("/sso/{provider_id}/start", status_code=303, response_class=RedirectResponse)
async def start_sign_in(provider_id: uuid.UUID, request: Request, sessions: SessionMakerDep,
                        next: str | None = Query(default=None, max_length=400)) -> Response:
    """Go to the provider to sign in (code flow with PKCE, state and nonce). The browser is bound to this sign-in
    by a short-lived HttpOnly cookie. A provider that is switched off or cannot be reached sends the browser back
    to the sign-in page with a message."""
    try:
        started = await flow.start(sessions, provider_id=provider_id, redirect_uri=redirect_uri(request),
                                   next_path=next)
    except NotFound as refused:
        return _to_sign_in_page(problem=refused.detail)
    except protocol.ProviderTrouble as trouble:
        return _to_sign_in_page(problem=trouble.message)
    response = RedirectResponse(started.url, status_code=303)
    response.set_cookie(BROWSER_COOKIE, started.browser_token, max_age=flow.SIGN_IN_MINUTES * 60, httponly=True,
                        samesite="lax", secure=secure_cookie(request), path=COOKIE_PATH)
    return response


@router.get("/sso/callback", status_code=303, response_class=RedirectResponse)
async def finish_sign_in(request: Request, sessions: SessionMakerDep,
                         state: str | None = Query(default=None, max_length=200),
                         code: str | None = Query(default=None, max_length=4000),
                         error: str | None = Query(default=None, max_length=200),
                         iss: str | None = Query(default=None, max_length=400)) -> Response:
    """Where the provider sends the browser back. The state must be this browser's, unused and recent; the code
    is exchanged and the ID token checked; the person is found by their email address (never created). Signed
    in: the session cookie is set and the browser goes on to its home page. Otherwise: back to the sign-in page
    with a message saying what to do."""
    try:
        finished = await flow.finish(sessions, callback=flow.Callback(state, code, error, iss),
                                     browser_token=request.cookies.get(BROWSER_COOKIE), ip=client_ip(request),
                                     user_agent=request.headers.get("user-agent"))
    except flow.SignInProblem as problem:
        return _to_sign_in_page(problem=problem.message)
    response = _to_sign_in_page(next_path=finished.next_path)
    set_session_cookie(response, request, finished.login)
    return response


@router.get("/sso/problem", response_model=SsoProblem)
async def sign_in_problem(token: str = Query(max_length=2000)) -> SsoProblem:
    """The message of a single sign-on that did not sign the person in (the sign-in page shows it). Open to
    everyone; the token is encrypted by the server and lasts ten minutes."""
    return SsoProblem(message=flow.problem_message(token))


@router.get("/admin/sso", response_model=SsoSetup)
async def sso_setup(request: Request, session: SessionDep, _admin: CurrentAdmin) -> SsoSetup:
    """The single sign-on providers (client secrets are never sent, only whether one is saved), the staff
    policy, and the redirect address to register with each provider."""
    return await setup.setup_view(session, redirect_uri=redirect_uri(request))


@router.post("/admin/sso/providers", response_model=SsoProviderRead, status_code=201)
async def add_provider(body: SsoProviderIn, request: Request, session: SessionDep,
                       admin: CurrentAdmin) -> SsoProviderRead:
    """Add a provider: Google (issuer filled in), Microsoft (give the tenant ID) or any other OpenID provider
    (give its issuer). The client secret is needed, and is stored encrypted."""
    return await setup.save_provider(session, data=body, provider_id=None, actor=admin, ip=client_ip(request))


@router.put("/admin/sso/providers/{provider_id}", response_model=SsoProviderRead)
async def change_provider(provider_id: uuid.UUID, body: SsoProviderIn, request: Request, session: SessionDep,
                          admin: CurrentAdmin) -> SsoProviderRead:
    """Change a provider, or switch it off or on. Leave the client secret out to keep the saved one."""
    return await setup.save_provider(session, data=body, provider_id=provider_id, actor=admin,
                                     ip=client_ip(request))


@router.delete("/admin/sso/providers/{provider_id}", status_code=204)
async def delete_provider(provider_id: uuid.UUID, request: Request, session: SessionDep,
                          admin: CurrentAdmin) -> Response:
    """Remove a provider: its button goes from the sign-in page. Accounts are not changed."""
    await setup.delete_provider(session, provider_id=provider_id, actor=admin, ip=client_ip(request))
    return Response(status_code=204)


@router.put("/admin/sso/policy", response_model=SsoSetup)
async def set_policy(body: SsoPolicyIn, request: Request, session: SessionDep, admin: CurrentAdmin) -> SsoSetup:
    """Whether teachers must use single sign-on (a switched-on provider is needed). Admins can always sign in
    with their password, so a broken provider never locks the school out."""
    await setup.set_policy(session, staff_must_use_sso=body.staff_must_use_sso, actor=admin, ip=client_ip(request))
    return await setup.setup_view(session, redirect_uri=redirect_uri(request))
