"""Run code in a sandbox on this machine and turn what came back into reports.

This is where passing is decided: the harness only reports what the pupil's code produced (a repr, an output),
and here it is compared with the expected value, which never entered the sandbox. Runs share a bounded pool, so a
class pressing "Run" together queues instead of overloading the machine.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import weakref
from collections.abc import Callable

from app.config import get_settings
from app.errors import Invalid
from app.sandbox import messages, selection
from app.sandbox.executor import Execution, execute
from app.sandbox.isolation import IsolationError, Limits
from app.sandbox.reports import ProgramCase, RunReport, TestCase, TestResult, TraceReport

log = logging.getLogger("app.sandbox")

MAX_CODE_CHARS = 100_000
MAX_ITEMS = 100  # tests or program cases in one run
MAX_STDIN_CHARS = 100_000
MIN_TIME_LIMIT, MAX_TIME_LIMIT = 0.5, 30.0
TIME_SIGNALS = {signal.SIGXCPU, signal.SIGKILL}
# Only these runs can have passing tests: a run that stopped itself, crashed or tampered passes nothing, even
# tests that reported before it stopped.
JUDGED_STATUSES = ("ok", "timeout", "memory", "output_limit")

_pools: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, tuple[int, asyncio.Semaphore]] = (
    weakref.WeakKeyDictionary()
)


class _Rejected(Exception):
    """The frames were authentic but do not describe a possible run: treat as tampering."""


def pool() -> asyncio.Semaphore:
    """The per-process limit on simultaneous runs (SANDBOX_MAX_CONCURRENCY); later runs wait their turn."""
    loop = asyncio.get_running_loop()
    size = max(1, get_settings().sandbox_max_concurrency)
    if loop not in _pools or _pools[loop][0] != size:
        _pools[loop] = (size, asyncio.Semaphore(size))
    return _pools[loop][1]


def limits_for(time_limit: float | None) -> Limits:
    settings = get_settings()
    chosen = settings.sandbox_time_limit_seconds if time_limit is None else time_limit
    return Limits(
        time_limit=min(max(float(chosen), MIN_TIME_LIMIT), MAX_TIME_LIMIT),
        memory_mb=settings.sandbox_memory_mb,
        output_limit_bytes=settings.sandbox_output_limit_kb * 1024,
    )


def _check_code(code: str) -> None:
    if len(code) > MAX_CODE_CHARS:
        raise Invalid(
            f"The code is longer than {MAX_CODE_CHARS:,} characters. Make it shorter, then try again."
        )


def _check_count(items: list, what: str) -> None:
    if len(items) > MAX_ITEMS:
        raise Invalid(f"A run can have at most {MAX_ITEMS} {what}; this one has {len(items)}.")


async def _execute(job: dict, limits: Limits) -> Execution | None:
    """Run the job in the pool; None when no sandbox can be started here (the caller reports "unavailable")."""
    job["output_limit"] = limits.output_limit_bytes
    try:
        isolation = await selection.current()
        async with pool():
            outcome = await execute(isolation, limits, job)
    except IsolationError as exc:
        log.error("sandbox unavailable: %s", exc)
        return None
    if not outcome.started and not outcome.timed_out:
        log.error("sandbox did not start (exit %s): %s", outcome.returncode, outcome.stderr.strip()[:500])
        return None
    return outcome


def _shape(outcome: Execution, item_kind: str | None, count: int) -> dict[int, tuple]:
    """The per-item frames by index, after checking they could have come from an honest harness."""
    frames = outcome.frames
    if not frames or frames[0].kind != "start" or any(f.kind == "start" for f in frames[1:]):
        raise _Rejected("start frame")
    if any(f.kind == "end" for f in frames[:-1]):
        raise _Rejected("frames after the end frame")
    items: dict[int, tuple] = {}
    for frame in frames:
        if frame.kind == item_kind:
            index = frame.fields[0]
            if index != len(items) or index >= count:
                raise _Rejected(f"{item_kind} {index} out of order")
            items[index] = frame.fields[1:]
    kinds = {f.kind for f in frames}
    if outcome.finished and "syntax" not in kinds and not kinds & {"memory", "limit"} and len(items) != count:
        raise _Rejected("a finished run is missing results")
    return items


def _status(outcome: Execution, limits: Limits, *, limit_message: str | None = None) -> tuple[str, str]:
    """The run's status and its calm message. Order matters: the first cause found is the one reported."""
    kinds = [f.kind for f in outcome.frames]
    if "syntax" in kinds:
        line, detail = next(f.fields for f in outcome.frames if f.kind == "syntax")
        return "syntax_error", messages.syntax(line, detail or "")
    output_message = messages.output_limit(limits.output_limit_bytes // 1024)
    if outcome.output_overflow:
        return "output_limit", output_message
    if outcome.timed_out or outcome.signal in TIME_SIGNALS:
        return "timeout", messages.TIMEOUT
    if "limit" in kinds:
        return "output_limit", limit_message or output_message
    if "memory" in kinds:
        return "memory", messages.MEMORY
    if not outcome.finished:
        return "crashed", messages.CRASHED if outcome.signal else messages.STOPPED_EARLY
    return "ok", ""


def _report(
    outcome: Execution | None,
    limits: Limits,
    item_kind: str,
    count: int,
    *,
    stdout: Callable[[Execution, dict[int, tuple]], str],
) -> RunReport:
    """A report with what each item produced; `passed` is left False for judge_tests / judge_program to decide."""
    if outcome is None:
        return unreachable("unavailable", messages.UNAVAILABLE, count)
    try:
        if outcome.tampered:
            raise _Rejected("channel")
        items = _shape(outcome, item_kind, count)
    except _Rejected as exc:
        log.info("sandbox run rejected: %s", exc)
        not_checked = messages.NOT_RUN["crashed"]
        results = [TestResult(i, False, None, not_checked) for i in range(count)]
        return RunReport("crashed", messages.TAMPERED, outcome.stdout, results, outcome.duration_ms)
    status, message = _status(outcome, limits)
    missing = messages.NOT_RUN.get(status, messages.NOT_RUN["crashed"])
    results = []
    for index in range(count):
        if index in items:
            got, error = items[index]
            results.append(TestResult(index, False, got, messages.calm(error) if error else None))
        else:
            results.append(TestResult(index, False, None, missing))
    return RunReport(status, message, stdout(outcome, items), results, outcome.duration_ms)


def unreachable(status: str, message: str, count: int) -> RunReport:
    """A report for a run that never happened (runner disabled or unavailable): nothing passed."""
    return RunReport(status, message, "", [TestResult(i, False, None, None) for i in range(count)], 0)


async def run_tests(code: str, tests: list[TestCase], *, time_limit: float | None = None) -> RunReport:
    """Each test in a process of its own (the pupil's code, then that one expression); compare reprs out here."""
    check_tests(code, tests)
    limits = limits_for(time_limit)
    job = {"mode": "tests", "code": code, "tests": [t.expression for t in tests]}
    outcome = await _execute(job, limits)
    report = _report(outcome, limits, "result", len(tests), stdout=lambda o, _: o.stdout)
    return judge_tests(report, tests)


def check_tests(code: str, tests: list[TestCase]) -> None:
    _check_code(code)
    _check_count(tests, "tests")


def judge_tests(report: RunReport, tests: list[TestCase]) -> RunReport:
    """Decide `passed` for each test: its repr equals the expected repr exactly, and it raised nothing."""
    for result in report.results:
        expected = tests[result.index].expected
        result.passed = (
            report.status in JUDGED_STATUSES
            and result.error is None
            and result.got is not None
            and expected is not None
            and result.got == expected
        )
    return report


def normalise_output(text: str) -> str:
    """Output as compared for code_debug: no trailing spaces on any line, no trailing blank lines."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


async def run_program(code: str, cases: list[ProgramCase], *, time_limit: float | None = None) -> RunReport:
    """Run the whole program once per case, in a process of its own, with that case's stdin; compare its output
    out here."""
    check_program(code, cases)
    limits = limits_for(time_limit)
    job = {"mode": "program", "code": code, "stdins": [case.stdin for case in cases]}
    outcome = await _execute(job, limits)

    def stdout(outcome: Execution, items: dict[int, tuple]) -> str:
        return (items[0][0] or "") if 0 in items else outcome.stdout

    report = _report(outcome, limits, "case", len(cases), stdout=stdout)
    return judge_program(report, cases)


def check_program(code: str, cases: list[ProgramCase]) -> None:
    _check_code(code)
    _check_count(cases, "cases")
    if any(len(case.stdin) > MAX_STDIN_CHARS for case in cases):
        raise Invalid(f"The input for a run can be at most {MAX_STDIN_CHARS:,} characters.")


def judge_program(report: RunReport, cases: list[ProgramCase]) -> RunReport:
    """Decide `passed` for each case: same output once trailing spaces and blank lines are ignored, no error."""
    for result in report.results:
        expected = cases[result.index].expected_output
        result.passed = (
            report.status in JUDGED_STATUSES
            and result.error is None
            and result.got is not None
            and expected is not None
            and normalise_output(result.got) == normalise_output(expected)
        )
    return report


def check_trace(code: str, variables: list[str]) -> None:
    _check_code(code)
    if not variables:
        raise Invalid("Name at least one variable to trace.")
    _check_count(variables, "variables")
    for name in variables:
        if not (isinstance(name, str) and name.isidentifier()):
            raise Invalid(f"{name!r} is not a Python variable name.")
    if len(set(variables)) != len(variables):
        raise Invalid("Each variable can be traced only once.")


async def trace_program(
    code: str, variables: list[str], *, time_limit: float | None = None, max_rows: int = 200
) -> TraceReport:
    """Run the code, recording a row whenever a tracked variable changes (and, with "output", on every print)."""
    check_trace(code, variables)
    max_rows = min(max(1, int(max_rows)), 10_000)
    limits = limits_for(time_limit)
    job = {"mode": "trace", "code": code, "variables": list(variables), "max_rows": max_rows}
    outcome = await _execute(job, limits)
    if outcome is None:
        return TraceReport("unavailable", messages.UNAVAILABLE, [], "")
    try:
        if outcome.tampered:
            raise _Rejected("channel")
        _shape(outcome, None, 0)
    except _Rejected as exc:
        log.info("trace run rejected: %s", exc)
        return TraceReport("crashed", messages.TAMPERED, [], outcome.stdout)
    rows = [
        {name: value or "" for name, value in zip(variables, frame.fields, strict=True)}
        for frame in outcome.frames
        if frame.kind == "row"
    ]
    status, message = _status(outcome, limits, limit_message=messages.trace_rows(max_rows))
    error = next((f.fields[0] for f in outcome.frames if f.kind == "error"), None)
    if status == "ok" and error:
        status, message = "crashed", error
    return TraceReport(status, message, rows, outcome.stdout)
