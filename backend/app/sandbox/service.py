"""The runner service: the same sandbox behind a small HTTP API, for its own locked-down container.

    python -m app.sandbox.service        # RUNNER_HOST (default 127.0.0.1), RUNNER_PORT (default 8001)

POST /v1/run-tests, /v1/run-program, /v1/trace take JSON and return the report as JSON. They need
`Authorization: Bearer $RUNNER_TOKEN` whenever RUNNER_TOKEN is set, and the service refuses to listen beyond
loopback without one. Expected answers are never sent here: the API compares them itself. GET /health is open
(for the container healthcheck: it runs a trivial program in the sandbox); GET /v1/status says which isolation is active.
"""

from __future__ import annotations

import hmac
import logging
import os
import sys
from typing import Annotated

import httpx
import uvicorn
from fastapi import Depends, FastAPI, Header, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from app.config import get_settings
from app.errors import AppError, NotAuthenticated
from app.sandbox import health_check, local, local_status, messages
from app.sandbox.reports import ProgramCase, TestCase, TraceReport

log = logging.getLogger("app.sandbox.service")

MAX_BODY_TEXT = local.MAX_CODE_CHARS


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TestIn(_Body):
    __test__ = False
    expression: str = Field(max_length=10_000)


class RunTestsIn(_Body):
    code: str = Field(max_length=MAX_BODY_TEXT)
    tests: list[TestIn] = Field(max_length=local.MAX_ITEMS)
    time_limit: float | None = Field(default=None, gt=0, le=local.MAX_TIME_LIMIT)


class CaseIn(_Body):
    stdin: str = Field(default="", max_length=local.MAX_STDIN_CHARS)


class RunProgramIn(_Body):
    code: str = Field(max_length=MAX_BODY_TEXT)
    cases: list[CaseIn] = Field(max_length=local.MAX_ITEMS)
    time_limit: float | None = Field(default=None, gt=0, le=local.MAX_TIME_LIMIT)


class TraceIn(_Body):
    code: str = Field(max_length=MAX_BODY_TEXT)
    variables: list[str] = Field(max_length=local.MAX_ITEMS)
    time_limit: float | None = Field(default=None, gt=0, le=local.MAX_TIME_LIMIT)
    max_rows: int = Field(default=200, ge=1, le=10_000)


def require_token(authorization: Annotated[str | None, Header()] = None) -> None:
    """Every run needs the shared token when one is configured (compared in constant time)."""
    token = get_settings().runner_token
    if not token:
        return
    supplied = (authorization or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(supplied.encode(), token.encode()):
        raise NotAuthenticated("A valid runner token is required.")


Authorised = Annotated[None, Depends(require_token)]

app = FastAPI(title="KS3 code runner", docs_url=None, redoc_url=None, openapi_url=None,
              telemetry={"tracing": False, "metrics": False, "logs": False})  # no OpenTelemetry (app/main.py)


@app.exception_handler(AppError)
async def _app_error(_request: Request, exc: AppError) -> JSONResponse:
    return JSONResponse({"error": exc.error, "detail": exc.detail}, status_code=exc.status_code)


@app.exception_handler(RequestValidationError)
async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
    return JSONResponse({"error": "Invalid", "detail": str(exc.errors()[:3])}, status_code=422)


@app.get("/health")
async def health() -> JSONResponse:
    """Whether the service can do its one job: a trivial program really runs in the sandbox (503 if not), so the
    container's healthcheck fails when pupils' code could not be marked. A passing check is reused for a few
    seconds, so calling this often costs nothing; a failing one is always checked again."""
    if not get_settings().enable_python_runner:
        return JSONResponse({"status": "ok", "runs": "disabled"})
    problem = await health_check.run()
    if problem is not None:
        return JSONResponse({"status": "unavailable", "detail": problem}, status_code=503)
    return JSONResponse({"status": "ok", "runs": "working"})


@app.get("/v1/status")
async def status(_: Authorised) -> dict:
    """Which isolation runs get here."""
    if not get_settings().enable_python_runner:
        return {"ok": True, "enabled": False, "mode": "disabled"}
    return await local_status()


@app.post("/v1/run-tests")
async def run_tests(body: RunTestsIn, _: Authorised) -> dict:
    """Run pupil code and one test expression per test, each in a process of its own; results carry got/error,
    never `passed`."""
    tests = [TestCase(t.expression) for t in body.tests]
    if not get_settings().enable_python_runner:
        return local.unreachable("disabled", messages.DISABLED, len(tests)).to_dict()
    return (await local.run_tests(body.code, tests, time_limit=body.time_limit)).to_dict()


@app.post("/v1/run-program")
async def run_program(body: RunProgramIn, _: Authorised) -> dict:
    """Run the whole program once per case with its stdin; results carry each case's output."""
    cases = [ProgramCase(c.stdin) for c in body.cases]
    if not get_settings().enable_python_runner:
        return local.unreachable("disabled", messages.DISABLED, len(cases)).to_dict()
    return (await local.run_program(body.code, cases, time_limit=body.time_limit)).to_dict()


@app.post("/v1/trace")
async def trace(body: TraceIn, _: Authorised) -> dict:
    """Trace the code's tracked variables (and output)."""
    if not get_settings().enable_python_runner:
        return TraceReport("disabled", messages.DISABLED, [], "").to_dict()
    report = await local.trace_program(
        body.code, body.variables, time_limit=body.time_limit, max_rows=body.max_rows
    )
    return report.to_dict()


def main() -> None:
    """Entry point: listen on the Unix socket RUNNER_SOCKET if set (the production container, which has no
    network), else on RUNNER_HOST:RUNNER_PORT; refuse to listen beyond loopback without a token.
    `--health` instead checks a running service the way its container healthcheck does (exit status 0 or 1)."""
    if "--health" in sys.argv[1:]:
        sys.exit(_check_health())
    socket_path = os.environ.get("RUNNER_SOCKET", "")
    host = os.environ.get("RUNNER_HOST", "127.0.0.1")
    port = int(os.environ.get("RUNNER_PORT", "8001"))
    beyond_loopback = bool(socket_path) or host not in ("127.0.0.1", "::1", "localhost")
    if beyond_loopback and not get_settings().runner_token:
        sys.exit("RUNNER_TOKEN must be set when the runner listens on a socket or beyond loopback (RUNNER_HOST).")
    logging.basicConfig(level=get_settings().log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    if socket_path:
        # uvicorn makes the socket readable and writable by all (0666): the API runs as another user, and only
        # the API's and this container share the folder it is in. Every run still needs RUNNER_TOKEN.
        uvicorn.run(app, uds=socket_path, log_level="warning", access_log=False)
    else:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


def _check_health() -> int:
    """0 when GET /health of the service running here answers 200 (a trivial program ran in the sandbox)."""
    socket_path = os.environ.get("RUNNER_SOCKET", "")
    port = int(os.environ.get("RUNNER_PORT", "8001"))
    transport = httpx.HTTPTransport(uds=socket_path) if socket_path else None
    base = "http://runner" if socket_path else f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(transport=transport, base_url=base, trust_env=False, timeout=20) as client:
            response = client.get("/health")
    except httpx.HTTPError as exc:
        print(f"runner health: not answering ({type(exc).__name__})", file=sys.stderr)
        return 1
    if response.status_code != 200:
        print(f"runner health: {response.status_code} {response.text[:300]}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    main()
