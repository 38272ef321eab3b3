"""The Python sandbox for pupil code: the one seam the question engine calls.

    report = await run_tests(code, [TestCase("add(2, 3)", "5")])      # python_code
    report = await run_program(code, [ProgramCase("Sam\n", "Hello Sam")])  # code_debug, "Run my code"
    trace = await trace_program(code, ["i", "total", "output"])       # trace tables

Runs happen in a sandboxed process on this machine, or in the runner service when RUNNER_URL is set. With
ENABLE_PYTHON_RUNNER=false nothing runs: every call says "disabled" and the answer goes to the teacher.
docs/sandbox.md describes the threat model, the isolation layers and the protocol.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable
from typing import TypeVar

from app.config import get_settings
from app.observability import metrics
from app.sandbox import client, local, messages, selection
from app.sandbox.isolation import IsolationError
from app.sandbox.reports import STATUSES, ProgramCase, RunReport, TestCase, TestResult, TraceReport

__all__ = [
    "STATUSES",
    "ProgramCase",
    "RunReport",
    "TestCase",
    "TestResult",
    "TraceReport",
    "isolation_status",
    "run_program",
    "run_tests",
    "runner_enabled",
    "trace_program",
]


def runner_enabled() -> bool:
    """ENABLE_PYTHON_RUNNER: false means code is never run and code answers wait for the teacher."""
    return get_settings().enable_python_runner


def _remote() -> bool:
    return bool(get_settings().runner_url)


_Report = TypeVar("_Report", RunReport, TraceReport)


async def _counted(run: Awaitable[_Report]) -> _Report:
    """Count the run and its time in /api/metrics (here, so local and runner-service runs are counted alike)."""
    started = time.monotonic()
    report = await run
    metrics.record_sandbox_run(status=report.status, seconds=time.monotonic() - started)
    return report


async def run_tests(code: str, tests: list[TestCase], *, time_limit: float | None = None) -> RunReport:
    """python_code: for each test, run the code and evaluate that test's expression in a process of its own (no
    test can reach another's input); compare its repr with `expected`, which never enters the sandbox."""
    if not runner_enabled():
        local.check_tests(code, tests)
        return local.unreachable("disabled", messages.DISABLED, len(tests))
    if _remote():
        return await _counted(client.run_tests(code, tests, time_limit=time_limit))
    return await _counted(local.run_tests(code, tests, time_limit=time_limit))


async def run_program(code: str, cases: list[ProgramCase], *, time_limit: float | None = None) -> RunReport:
    """code_debug and "Run my code": run the whole program once per case with its stdin; compare the output."""
    if not runner_enabled():
        local.check_program(code, cases)
        return local.unreachable("disabled", messages.DISABLED, len(cases))
    if _remote():
        return await _counted(client.run_program(code, cases, time_limit=time_limit))
    return await _counted(local.run_program(code, cases, time_limit=time_limit))


async def trace_program(
    code: str, variables: list[str], *, time_limit: float | None = None, max_rows: int = 200
) -> TraceReport:
    """Trace tables: a row each time a tracked variable changes value (and per print when "output" is tracked)."""
    if not runner_enabled():
        local.check_trace(code, variables)
        return TraceReport("disabled", messages.DISABLED, [], "")
    if _remote():
        return await _counted(client.trace_program(code, variables, time_limit=time_limit, max_rows=max_rows))
    return await _counted(local.trace_program(code, variables, time_limit=time_limit, max_rows=max_rows))


async def isolation_status() -> dict:
    """Which isolation pupil code gets (for /api/ready and the admin): mode, user, network, limits, and "ok"."""
    settings = get_settings()
    if not settings.enable_python_runner:
        return {"ok": True, "enabled": False, "runner": "disabled", "mode": "disabled"}
    if settings.runner_url:
        remote = await client.status()
        if remote is None:
            return {
                "ok": False,
                "enabled": True,
                "runner": "remote",
                "url": settings.runner_url,
                "mode": "unavailable",
                "detail": "The runner service did not answer.",
            }
        return {**remote, "runner": "remote", "url": settings.runner_url}
    return await local_status()


async def local_status() -> dict:
    """The isolation of runs on this machine (the runner service reports this too)."""
    settings = get_settings()
    try:
        isolation = await selection.current()
    except IsolationError as exc:
        return {"ok": False, "enabled": True, "runner": "local", "mode": "unavailable", "detail": str(exc)}
    return {
        "ok": True,
        "enabled": True,
        "runner": "local",
        **isolation.describe(local.limits_for(None)),
        "max_concurrency": settings.sandbox_max_concurrency,
    }
