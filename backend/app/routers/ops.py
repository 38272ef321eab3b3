"""Health, readiness and metrics: for Compose healthchecks, Caddy, load balancers and Prometheus."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import text

from app import migrations, observability, sandbox
from app.config import get_settings
from app.db import get_database
from app.deps import SESSION_COOKIE, SessionDep
from app.errors import Forbidden, NotAuthenticated
from app.models import Role
from app.sandbox import client as runner_client
from app.services.accounts import sign_in
from app.utils.security import tokens_equal

router = APIRouter(tags=["ops"])


@router.get("/health")
async def health() -> dict:
    """The process is up and answering."""
    return {"status": "ok"}


@router.get("/ready")
async def ready() -> JSONResponse:
    """Ready to serve: the database answers, its migrations are at head, and the runner service (if configured)
    answers. Also says which sandbox isolation pupil code gets."""
    checks: dict[str, str] = {}
    database = get_database()
    try:
        async with database.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
        checks["database"] = "ok"
        current = await migrations.current_revisions(database.engine)
        checks["migrations"] = "ok" if current == migrations.head_revisions() else (
            f"at {', '.join(sorted(current)) or 'nothing'}; run: python -m app migrate"
        )
    except Exception as exc:  # noqa: BLE001 - readiness must report, never raise
        checks["database"] = f"unreachable: {type(exc).__name__}"
    # A configured runner service that does not answer (or refuses our token) makes us not ready. Which isolation
    # pupil code gets is reported, but does not: without a working sandbox, code answers wait for the teacher.
    settings = get_settings()
    if settings.runner_url and settings.enable_python_runner:
        remote = await runner_client.status()
        checks["runner"] = "ok" if remote is not None else (
            "the runner service is not answering; check the runner container, RUNNER_URL and RUNNER_TOKEN"
        )
        sandbox_mode = remote.get("mode", "unavailable") if remote else "unavailable"
    else:
        sandbox_mode = (await sandbox.isolation_status()).get("mode")
    ok = all(value == "ok" for value in checks.values())
    body = {"status": "ready" if ok else "not ready", "checks": checks, "sandbox": sandbox_mode}
    return JSONResponse(body, status_code=200 if ok else 503)


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
    if resolved[1].role != Role.admin:
        raise Forbidden("Only the school's admin can read the metrics.")


@router.get("/metrics", response_class=Response, responses={200: {"content": {"text/plain": {}}}})
async def metrics(request: Request, session: SessionDep) -> Response:
    """Prometheus metrics of this process: requests and latency by route, errors, sandbox runs, AI calls and
    tokens, attempts in progress. For an admin's session or a scraper sending `Authorization: Bearer <METRICS_TOKEN>`.
    """
    await _authorise_metrics_reader(request, session)
    await observability.collect_database_gauges(session)
    return Response(observability.metrics.render(), media_type=observability.CONTENT_TYPE)
