"""The API side of the separate runner service: when RUNNER_URL is set, runs go there over HTTP.

RUNNER_URL is `http://host:port`, or `unix:///path/to/runner.sock` for a service listening on a Unix socket (the
production stack: the runner container has no network at all, only a socket in a volume it shares with the API).

Expected answers are never sent: the service returns what the code produced, and `passed` is decided here with
the same judge as a local run. Any trouble reaching the service gives an "unavailable" report (the answer then
waits for the teacher), never an exception.
"""

from __future__ import annotations

import asyncio
import logging
import weakref

import httpx

from app.config import get_settings
from app.sandbox import local, messages
from app.sandbox.reports import ProgramCase, RunReport, TestCase, TraceReport

log = logging.getLogger("app.sandbox")

QUEUE_ALLOWANCE_SECONDS = 60.0  # the service may queue a run behind a whole class's
_clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, httpx.AsyncClient]] = (
    weakref.WeakKeyDictionary()
)
UNIX = "unix://"


def runner_base_url(runner_url: str) -> str:
    """Where requests go: the URL itself, or a fixed host name when the service listens on a Unix socket."""
    return "http://runner" if runner_url.startswith(UNIX) else runner_url.rstrip("/")


def runner_transport(runner_url: str) -> httpx.AsyncHTTPTransport | None:
    """A transport over the Unix socket of a `unix://` RUNNER_URL; None for plain HTTP."""
    return httpx.AsyncHTTPTransport(uds=runner_url.removeprefix(UNIX)) if runner_url.startswith(UNIX) else None


def _client() -> httpx.AsyncClient:
    """One connection pool per event loop and runner address (building an httpx client costs milliseconds)."""
    url = get_settings().runner_url
    clients = _clients.setdefault(asyncio.get_running_loop(), {})
    if url not in clients:
        clients[url] = httpx.AsyncClient(trust_env=False, base_url=runner_base_url(url),
                                         transport=runner_transport(url))
    return clients[url]


async def _post(path: str, payload: dict, *, time_limit: float | None) -> dict | None:
    settings = get_settings()
    url = settings.runner_url.rstrip("/") + path  # for the log
    headers = {"Authorization": f"Bearer {settings.runner_token}"} if settings.runner_token else {}
    timeout = local.limits_for(time_limit).time_limit + QUEUE_ALLOWANCE_SECONDS
    try:
        response = await _client().post(path, json=payload, headers=headers, timeout=timeout)
    except httpx.HTTPError as exc:
        log.warning("runner service unreachable at %s: %s", url, type(exc).__name__)
        return None
    if response.status_code != 200:
        log.error("runner service answered %s at %s: %s", response.status_code, url, response.text[:300])
        return None
    try:
        return response.json()
    except ValueError:
        log.error("runner service sent something that is not JSON from %s", url)
        return None


def _run_report(data: dict | None, count: int) -> RunReport:
    if data is None:
        return local.unreachable("unavailable", messages.UNAVAILABLE, count)
    try:
        report = RunReport.from_dict(data)
    except (KeyError, TypeError, ValueError):
        log.error("runner service sent a report in an unexpected shape")
        return local.unreachable("unavailable", messages.UNAVAILABLE, count)
    if len(report.results) != count or [r.index for r in report.results] != list(range(count)):
        log.error("runner service sent %s results for %s items", len(report.results), count)
        return local.unreachable("unavailable", messages.UNAVAILABLE, count)
    return report


async def run_tests(code: str, tests: list[TestCase], *, time_limit: float | None = None) -> RunReport:
    local.check_tests(code, tests)
    payload = {"code": code, "tests": [{"expression": t.expression} for t in tests], "time_limit": time_limit}
    data = await _post("/v1/run-tests", payload, time_limit=time_limit)
    return local.judge_tests(_run_report(data, len(tests)), tests)


async def run_program(code: str, cases: list[ProgramCase], *, time_limit: float | None = None) -> RunReport:
    local.check_program(code, cases)
    payload = {"code": code, "cases": [{"stdin": c.stdin} for c in cases], "time_limit": time_limit}
    data = await _post("/v1/run-program", payload, time_limit=time_limit)
    return local.judge_program(_run_report(data, len(cases)), cases)


async def trace_program(
    code: str, variables: list[str], *, time_limit: float | None = None, max_rows: int = 200
) -> TraceReport:
    local.check_trace(code, variables)
    payload = {"code": code, "variables": variables, "time_limit": time_limit, "max_rows": max_rows}
    data = await _post("/v1/trace", payload, time_limit=time_limit)
    if data is None:
        return TraceReport("unavailable", messages.UNAVAILABLE, [], "")
    try:
        return TraceReport.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError):
        log.error("runner service sent a trace in an unexpected shape")
        return TraceReport("unavailable", messages.UNAVAILABLE, [], "")


async def status() -> dict | None:
    """The service's own isolation report, or None when it cannot be reached."""
    settings = get_settings()
    headers = {"Authorization": f"Bearer {settings.runner_token}"} if settings.runner_token else {}
    try:
        response = await _client().get("/v1/status", headers=headers, timeout=10)
        return response.json() if response.status_code == 200 else None
    except (httpx.HTTPError, ValueError):
        return None
