"""Health, readiness and metrics: for Compose healthchecks, Caddy, load balancers and Prometheus."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from app import observability
from app.config import get_settings
from app.deps import SESSION_COOKIE, SessionDep
from app.errors import Forbidden, NotAuthenticated
from app.models import Role
from app.schemas.ops import Health, Readiness
from app.services.accounts import sign_in, two_factor
from app.services.core import readiness
from app.utils.security import tokens_equal

router = APIRouter(tags=["ops"])


@router.get("/health", response_model=Health)
async def health() -> Health:
    """The process is up and answering."""
    return Health()


@router.get("/ready", response_model=Readiness, responses={503: {"model": Readiness}})
async def ready() -> JSONResponse:
    """Ready to serve: the database answers, its migrations are at head, and the runner service (if configured)
    answers. Also says which sandbox isolation pupil code gets."""
    result = await readiness.readiness()
    return JSONResponse(result.model_dump(), status_code=200 if result.ok else 503)


async def _authorise_metrics_reader(request: Request, session: SessionDep) -> None:
    """A Prometheus scraper with the METRICS_TOKEN bearer token, or a signed-in admin."""
    authorization = request.headers.get("authorization", "")
    if authorization[:7].lower() == "bearer ":
        if tokens_equal(authorization[7:].strip(), get_settings().metrics_token):
            return
        raise NotAuthenticated(
            "That metrics token is not right. Use the METRICS_TOKEN value from the server's .env file.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    resolved = await sign_in.resolve(session, request.cookies.get(SESSION_COOKIE))
    if resolved is None:
        raise NotAuthenticated(
            "Sign in as the school's admin, or send the METRICS_TOKEN as a bearer token, to read the metrics.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    _user_session, user = resolved
    if user.role != Role.admin:
        raise Forbidden("Only the school's admin can read the metrics.")
    if two_factor.setup_required(user):
        raise Forbidden(two_factor.SET_UP_FIRST, error="TwoFactorSetupRequired")


@router.get("/metrics", response_class=Response, responses={200: {"content": {"text/plain": {}}}})
async def metrics(request: Request, session: SessionDep) -> Response:
    """Prometheus metrics of this process: requests and latency by route, errors, sandbox runs, AI calls and
    tokens, attempts in progress. For an admin's session or a scraper sending `Authorization: Bearer <METRICS_TOKEN>`.
    """
    await _authorise_metrics_reader(request, session)
    await observability.collect_database_gauges(session)
    return Response(observability.metrics.render(), media_type=observability.CONTENT_TYPE)
