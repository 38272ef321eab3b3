"""A test double for `app.sandbox` (built in parallel by another engineer) with the same interface.

It really runs the code: each call starts a Python subprocess (`python -I`), with a wall-clock limit that kills
it. It has none of the real sandbox's isolation, so it is only for the trusted fixtures of these tests.
tests/question_types/test_code_types_real_sandbox.py runs the same questions through the real module.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from dataclasses import dataclass, field

TIMEOUT_MESSAGE = "Your code took too long to finish. Check that your loop stops."


@dataclass
class TestCase:
    __test__ = False  # not a pytest test class
    expression: str
    expected: str | None = None


@dataclass
class ProgramCase:
    stdin: str = ""
    expected_output: str | None = None


@dataclass
class TestResult:
    __test__ = False
    index: int
    passed: bool
    got: str | None = None
    error: str | None = None


@dataclass
class RunReport:
    status: str
    message: str = ""
    stdout: str = ""
    results: list[TestResult] = field(default_factory=list)
    duration_ms: int = 0


@dataclass
class TraceReport:
    status: str
    message: str = ""
    rows: list[dict[str, str]] = field(default_factory=list)
    output: str = ""


# Runs the code, then each expression; prints one JSON line of results on the real stdout at the end.
_TEST_DRIVER = r"""
import io, json, sys
job = json.loads(sys.stdin.read())
real_out, captured = sys.stdout, io.StringIO()
sys.stdout = captured
results = []
try:
    namespace = {"__name__": "__main__"}
    exec(compile(job["code"], "<pupil>", "exec"), namespace)
    for k, expression in enumerate(job["expressions"]):
        try:
            results.append({"index": k, "got": repr(eval(expression, namespace)), "error": None})
        except Exception as exc:
            results.append({"index": k, "got": None, "error": type(exc).__name__ + ": " + str(exc)})
    crash = None
except SyntaxError as exc:
    crash = ["syntax_error", "Python could not understand line %s of your code." % exc.lineno]
except Exception as exc:
    crash = ["crashed", "Your code stopped with " + type(exc).__name__ + ": " + str(exc)]
sys.stdout = real_out
print(json.dumps({"results": results, "crash": crash, "stdout": captured.getvalue()}))
"""

# Records a row each time a tracked variable changes value (values as str() for simple types, repr() else).
_TRACE_DRIVER = r"""
import json, sys
job = json.loads(sys.stdin.read())
names, rows, last = job["variables"], [], None
def render(v):
    return str(v) if isinstance(v, (int, float, bool, str)) else repr(v)
def snapshot(frame):
    global last
    scope = frame.f_locals
    row = {n: render(scope[n]) if n in scope else "" for n in names}
    if row != last and any(row.values()):
        rows.append(row)
    last = row
def tracer(frame, event, arg):
    if frame.f_code.co_filename != "<traced>":
        return tracer
    if event in ("line", "return"):
        snapshot(frame)
    return tracer
code = compile(job["code"], "<traced>", "exec")
sys.settrace(tracer)
try:
    exec(code, {"__name__": "__main__"})
    status = "ok"
finally:
    sys.settrace(None)
sys.stdout.write("\n" + json.dumps({"rows": rows, "status": status}))
"""


class SandboxDouble:
    """Implements run_tests / run_program / trace_program / runner_enabled as app.sandbox does."""

    TestCase = TestCase
    ProgramCase = ProgramCase

    def __init__(self, *, enabled: bool = True, reachable: bool = True) -> None:
        self.enabled = enabled
        self.reachable = reachable
        self.calls: list[str] = []  # which functions ran, so tests can tell a cached run from a fresh one

    def runner_enabled(self) -> bool:
        return self.enabled

    async def _python(self, driver: str, stdin: str, time_limit: float) -> tuple[str | None, str, int]:
        """(stdout, stderr, returncode) of a driver run; stdout None on timeout."""
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-I",
            "-c",
            driver,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            out, err = await asyncio.wait_for(process.communicate(stdin.encode()), timeout=time_limit)
        except TimeoutError:
            process.kill()
            await process.wait()
            return None, "", -9
        return out.decode(), err.decode(), process.returncode

    def _unavailable(self) -> RunReport | None:
        if not self.enabled:
            return RunReport(status="disabled", message="Running code is turned off.")
        if not self.reachable:
            return RunReport(status="unavailable", message="The code runner is not answering.")
        return None

    async def run_tests(self, code: str, cases: list[TestCase], time_limit: float = 5.0) -> RunReport:
        self.calls.append("run_tests")
        if (report := self._unavailable()) is not None:
            return report
        started = time.monotonic()
        job = json.dumps({"code": code, "expressions": [c.expression for c in cases]})
        out, err, _ = await self._python(_TEST_DRIVER, job, time_limit)
        took = int((time.monotonic() - started) * 1000)
        if out is None:
            return RunReport(status="timeout", message=TIMEOUT_MESSAGE, duration_ms=took)
        try:
            data = json.loads(out.strip().splitlines()[-1])
        except (IndexError, ValueError):
            return RunReport(
                status="crashed",
                message="Your code stopped unexpectedly.",
                stdout=err[-500:],
                duration_ms=took,
            )
        results = [
            TestResult(
                index=r["index"],
                passed=r["error"] is None and r["got"] == cases[r["index"]].expected,
                got=r["got"],
                error=r["error"],
            )
            for r in data["results"]
        ]
        if data["crash"]:
            status, message = data["crash"]
            return RunReport(status=status, message=message, stdout=data["stdout"], duration_ms=took)
        return RunReport(status="ok", stdout=data["stdout"], results=results, duration_ms=took)

    async def run_program(self, code: str, cases: list[ProgramCase], time_limit: float = 5.0) -> RunReport:
        self.calls.append("run_program")
        if (report := self._unavailable()) is not None:
            return report
        started = time.monotonic()
        results, status, message, stdout = [], "ok", "", ""
        for k, case in enumerate(cases):
            runner = "import sys\nexec(compile(sys.argv[1], '<pupil>', 'exec'))"
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-I",
                "-c",
                runner,
                code,
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
            )
            try:
                out, err = await asyncio.wait_for(
                    process.communicate(case.stdin.encode()), timeout=time_limit
                )
            except TimeoutError:
                process.kill()
                await process.wait()
                results.append(TestResult(index=k, passed=False, got=None, error="timeout"))
                status, message = "timeout", TIMEOUT_MESSAGE
                continue
            got = out.decode()
            stdout += got
            error = err.decode().strip().splitlines()[-1] if process.returncode else None
            if error and error.startswith("SyntaxError"):
                return RunReport(
                    status="syntax_error", message="Python could not understand your code.", duration_ms=0
                )
            expected = case.expected_output
            passed = error is None and expected is not None and got.rstrip() == expected.rstrip()
            results.append(TestResult(index=k, passed=passed, got=got, error=error))
        took = int((time.monotonic() - started) * 1000)
        return RunReport(status=status, message=message, stdout=stdout, results=results, duration_ms=took)

    async def trace_program(self, code: str, variables: list[str], time_limit: float = 5.0) -> TraceReport:
        self.calls.append("trace_program")
        if not self.enabled:
            return TraceReport(status="disabled", message="Running code is turned off.")
        if not self.reachable:
            return TraceReport(status="unavailable", message="The code runner is not answering.")
        out, err, code_ = await self._python(
            _TRACE_DRIVER, json.dumps({"code": code, "variables": variables}), time_limit
        )
        if out is None:
            return TraceReport(status="timeout", message=TIMEOUT_MESSAGE)
        if code_ != 0:
            return TraceReport(
                status="crashed", message=err.strip().splitlines()[-1] if err.strip() else "It stopped."
            )
        *printed, last = out.split("\n")
        data = json.loads(last)
        return TraceReport(status=data["status"], rows=data["rows"], output="\n".join(printed))
