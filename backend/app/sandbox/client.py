"""The API side of the separate runner service: when RUNNER_URL is set, runs go there over HTTP.

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
_clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncClient] = (
    weakref.WeakKeyDictionary()
)


def _client() -> httpx.AsyncClient:
    """One connection pool per event loop (building an httpx client costs milliseconds)."""
    loop = asyncio.get_running_loop()
    if loop not in _clients:
        _clients[loop] = httpx.AsyncClient(trust_env=False)
    return _clients[loop]


async def _post(path: str, payload: dict, *, time_limit: float | None) -> dict | None:
    settings = get_settings()
    url = settings.runner_url.rstrip("/") + path
    headers = {"Authorization": f"Bearer {settings.runner_token}"} if settings.runner_token else {}
    timeout = local.limits_for(time_limit).time_limit + QUEUE_ALLOWANCE_SECONDS
    try:
        response = await _client().post(url, json=payload, headers=headers, timeout=timeout)
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
        response = await _client().get(
            settings.runner_url.rstrip("/") + "/v1/status", headers=headers, timeout=10
        )
        return response.json() if response.status_code == 200 else None
    except (httpx.HTTPError, ValueError):
        return None
