"""code_debug: fix a program that has a bug. The pupil's program runs in the sandbox once per test (standard
input in, printed output compared after tidying trailing spaces and blank lines).

Credit is for what the pupil fixed, so handing back the buggy program (or one that behaves the same) earns
nothing: fraction = max(0, tests fixed − tests broken) / tests the buggy code gets wrong. Full marks exactly
when every test passes. Code that is the buggy program apart from spacing and comments scores 0 with a message.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections import OrderedDict
from typing import Any, Literal

from pydantic import Field

from app.question_types import code_marks
from app.question_types import python_source as src
from app.question_types.base import (
    MAX_CODE,
    AnswerBase,
    LongText,
    Mark,
    Part,
    Problem,
    QuestionConfigBase,
    ShortText,
    blank,
    error,
    nice_number,
    warning,
)

TYPE = "code_debug"
MAX_TESTS = 20
MAX_TIME_LIMIT = 10.0
UNCHANGED = "This is the same program you were given. Find the line that causes the problem and change it."


class Test(Part):
    input: LongText = ""  # what the program reads from standard input
    expected_output: LongText | None = None  # None: filled in by running correct_code when checked
    visible: bool = True


class Config(QuestionConfigBase):
    type: Literal["code_debug"] = TYPE
    buggy_code: LongText
    bug_description: ShortText = ""
    correct_code: LongText
    alternative_fixes: list[LongText] = Field(default_factory=list, max_length=5)
    test_cases: list[Test] = Field(max_length=MAX_TESTS)
    time_limit_seconds: float = 5.0


class Answer(AnswerBase):
    code: str | None = Field(default=None, max_length=MAX_CODE)


# The largest answer this type takes, in bytes of JSON (app.question_types.answer_fits; the autosave refuses a
# bigger one): the fixed program, as for python_code: 64 KB is generous and firm.
MAX_ANSWER_BYTES = 65_536


def validate(config: Config) -> list[Problem]:
    """Readable correct code that differs from the buggy code; at least one test. (Whether the outputs match is
    checked by verify(), which runs the programs.)"""
    problems = []
    if blank(config.buggy_code):
        problems.append(error("buggy_code", "Write the program with the bug in it."))
    if blank(config.correct_code):
        problems.append(error("correct_code", "Write the fixed program: it is how the tests are checked."))
    else:
        line, reason = src.syntax_problem(config.correct_code)
        if reason:
            problems.append(error("correct_code", f"Line {line}: {reason}."))
        elif not blank(config.buggy_code) and src.same_program(config.buggy_code, config.correct_code):
            problems.append(error("buggy_code", "The buggy code is the same program as the correct code."))
    for k, fix in enumerate(config.alternative_fixes):
        line, reason = src.syntax_problem(fix)
        if reason:
            problems.append(error(f"alternative_fixes[{k}]", f"Line {line}: {reason}."))
    if not config.test_cases:
        problems.append(error("test_cases", "Add at least one test."))
    if blank(config.bug_description):
        problems.append(
            warning("bug_description", "Describe the bug, so other teachers can see what to look for.")
        )
    if not 1 <= config.time_limit_seconds <= MAX_TIME_LIMIT:
        problems.append(
            error(
                "time_limit_seconds", f"Choose a time limit from 1 to {nice_number(MAX_TIME_LIMIT)} seconds."
            )
        )
    return problems


def normalise(config: Config) -> Config:
    """Expected outputs tidied the way outputs are compared."""
    tests = [
        t.model_copy(
            update={
                "expected_output": None
                if t.expected_output is None
                else src.normalise_output(t.expected_output)
            }
        )
        for t in config.test_cases
    ]
    return config.model_copy(update={"test_cases": tests})


def _program_cases(sandbox: Any, config: Config) -> list[Any]:
    return [sandbox.ProgramCase(stdin=t.input, expected_output=t.expected_output) for t in config.test_cases]


def _outputs(report: Any, count: int) -> list[tuple[str | None, str | None]]:
    """(output, error) per test; (None, None) for a test the run never reached."""
    by_index = {r.index: r for r in report.results}
    return [(by_index[k].got, by_index[k].error) if k in by_index else (None, None) for k in range(count)]


def _passes(config: Config, report: Any, expected: list[str | None]) -> list[bool]:
    by_index = {r.index: r for r in report.results}
    out = []
    for k in range(len(config.test_cases)):
        result = by_index.get(k)
        if result is None or expected[k] is None:
            out.append(False)
        elif result.got is not None:
            out.append(src.normalise_output(result.got) == expected[k])
        else:
            out.append(bool(result.passed))
    return out


async def verify(config: Config, sandbox: Any) -> tuple[Config, list[Problem]]:
    """Runs the programs: correct_code (and each alternative fix) must give every expected output — missing ones
    are filled in from it — and buggy_code must get at least one wrong, or there is nothing to fix."""
    missing = any(t.expected_output is None for t in config.test_cases)
    if not sandbox.runner_enabled():
        if missing:
            return config, [
                error(
                    "test_cases",
                    "Write each expected output: the Python runner is off, so it cannot be worked out.",
                )
            ]
        return config, [
            warning("correct_code", "The Python runner is turned off, so the programs were not checked.")
        ]
    report = await sandbox.run_program(
        config.correct_code, _program_cases(sandbox, config), time_limit=config.time_limit_seconds
    )
    if report.status in ("unavailable", "disabled"):
        level = error if missing else warning
        return config, [
            level("correct_code", "The Python runner could not be reached, so the programs were not checked.")
        ]
    problems: list[Problem] = []
    outputs = _outputs(report, len(config.test_cases))
    tests = []
    for k, (test, (output, problem)) in enumerate(zip(config.test_cases, outputs, strict=True)):
        if output is None or problem:
            reason = src.shown(problem) or report.message or "it did not finish"
            problems.append(
                error(f"test_cases[{k}]", f"The correct code does not run for this input: {reason}")
            )
            tests.append(test)
            continue
        got = src.normalise_output(output)
        if test.expected_output is None:
            tests.append(test.model_copy(update={"expected_output": got}))
        elif got != test.expected_output:
            problems.append(
                error(
                    f"test_cases[{k}].expected_output",
                    f"The correct code prints {src.shown(got)!r} for this input, but the test expects {src.shown(test.expected_output)!r}.",
                )
            )
            tests.append(test)
        else:
            tests.append(test)
    config = config.model_copy(update={"test_cases": tests})
    if problems:
        return config, problems
    expected = [t.expected_output for t in config.test_cases]
    buggy = await sandbox.run_program(
        config.buggy_code, _program_cases(sandbox, config), time_limit=config.time_limit_seconds
    )
    if buggy.status not in ("unavailable", "disabled") and all(_passes(config, buggy, expected)):
        problems.append(
            error(
                "buggy_code",
                "The buggy code already gives every expected output, so there is nothing to fix. Add a test that shows the bug.",
            )
        )
    for k, fix in enumerate(config.alternative_fixes):
        run = await sandbox.run_program(
            fix, _program_cases(sandbox, config), time_limit=config.time_limit_seconds
        )
        if run.status not in ("unavailable", "disabled") and not all(_passes(config, run, expected)):
            problems.append(error(f"alternative_fixes[{k}]", "This fix does not give every expected output."))
    return config, problems


def pupil_view(config: Config, rng: random.Random | None) -> dict:
    """The buggy program and the visible tests. Never the bug description or the fixes."""
    return {
        "type": TYPE,
        "buggy_code": config.buggy_code,
        "tests": [
            {"input": t.input, "expected_output": t.expected_output} for t in config.test_cases if t.visible
        ],
        "hidden_tests": sum(not t.visible for t in config.test_cases),
        "time_limit_seconds": config.time_limit_seconds,
    }


# Runs of the teacher's programs never change for a given question, so they are remembered (bounded).
_RUN_CACHE: OrderedDict[str, list[str | None]] = OrderedDict()
_RUN_CACHE_SIZE = 256


async def _cached_outputs(sandbox: Any, config: Config, code: str) -> list[str | None] | None:
    """The normalised outputs of a teacher's program for each test, or None if it could not be run."""
    key = hashlib.sha256(
        json.dumps([code, [t.input for t in config.test_cases], config.time_limit_seconds]).encode()
    ).hexdigest()
    if key in _RUN_CACHE:
        _RUN_CACHE.move_to_end(key)
        return _RUN_CACHE[key]
    report = await sandbox.run_program(
        code, _program_cases(sandbox, config), time_limit=config.time_limit_seconds
    )
    if report.status in ("unavailable", "disabled"):
        return None
    outputs = [
        None if out is None or err else src.normalise_output(out)
        for out, err in _outputs(report, len(config.test_cases))
    ]
    _RUN_CACHE[key] = outputs
    if len(_RUN_CACHE) > _RUN_CACHE_SIZE:
        _RUN_CACHE.popitem(last=False)
    return outputs


def _test_details(config: Config, report: Any, passed: list[bool]) -> list[dict]:
    by_index = {r.index: r for r in report.results}
    rows = []
    for k, test in enumerate(config.test_cases):
        if not test.visible:
            continue
        result = by_index.get(k)
        rows.append(
            {
                "input": test.input,
                "expected": test.expected_output,
                "got": src.shown(src.normalise_output(result.got))
                if result and result.got is not None
                else None,
                "passed": passed[k],
                "error": src.shown(result.error) if result else None,
            }
        )
    return rows


async def mark(config: Config, answer: Answer, points: float, sandbox: Any) -> Mark:
    """Credit for the tests the pupil fixed without breaking others (module docstring)."""
    total = len(config.test_cases)
    code = answer.code or ""
    zero = {"correct_count": 0, "total_count": total, "passed": 0}
    if not code.strip():
        return Mark.from_fraction(0, points, **zero, details={"status": "empty"})
    tree, message = src.parse(code)
    if tree is None:
        return Mark.from_fraction(0, points, **zero, message=message, details={"status": "syntax_error"})
    if src.same_program(code, config.buggy_code):
        return Mark.from_fraction(0, points, **zero, message=UNCHANGED, details={"status": "unchanged"})
    if sandbox is None or not sandbox.runner_enabled():
        return Mark.awaiting(points, message=src.RUNNER_OFF, details={"status": "disabled"})
    expected = [t.expected_output for t in config.test_cases]
    if any(e is None for e in expected):
        # Never checked with the runner on: work the outputs out from the correct code now.
        computed = await _cached_outputs(sandbox, config, config.correct_code)
        expected = [
            e if e is not None else (computed[k] if computed else None) for k, e in enumerate(expected)
        ]
    report = await sandbox.run_program(
        code, _program_cases(sandbox, config), time_limit=config.time_limit_seconds
    )
    if (waiting := code_marks.not_run(report, points)) is not None:
        return waiting
    passed = _passes(config, report, expected)
    count = sum(passed)
    baseline = await _cached_outputs(sandbox, config, config.buggy_code)
    if baseline is None:
        fraction = count / total if total else 0.0
    else:
        buggy_passed = [b is not None and b == e for b, e in zip(baseline, expected, strict=True)]
        to_fix = total - sum(buggy_passed)
        fixed = sum(p and not b for p, b in zip(passed, buggy_passed, strict=True))
        broken = sum(b and not p for p, b in zip(passed, buggy_passed, strict=True))
        fraction = 1.0 if count == total else (max(0, fixed - broken) / to_fix if to_fix else 0.0)
    rows = _test_details(config, report, passed)
    return code_marks.from_tests(
        fraction, points, report=report, passed=passed, tests=config.test_cases, rows=rows
    )


async def run_code(config: Config, answer: Answer, sandbox: Any) -> dict:
    """ "Run my code": the visible tests only."""
    code = answer.code or ""
    tree, message = src.parse(code)
    if tree is None:
        return {"status": "syntax_error", "message": message, "tests": [], "output": ""}
    if sandbox is None or not sandbox.runner_enabled():
        return {
            "status": "disabled",
            "message": "Running code is turned off. " + src.RUNNER_OFF,
            "tests": [],
            "output": "",
        }
    visible = config.model_copy(update={"test_cases": [t for t in config.test_cases if t.visible]})
    report = await sandbox.run_program(
        code, _program_cases(sandbox, visible), time_limit=config.time_limit_seconds
    )
    passed = _passes(visible, report, [t.expected_output for t in visible.test_cases])
    return {
        "status": report.status,
        "message": report.message,
        "tests": _test_details(visible, report, passed),
        "output": src.shown(report.stdout) or "",
    }


def answer_key(config: Config) -> dict:
    return {
        "correct_code": config.correct_code,
        "bug_description": config.bug_description,
        "alternative_fixes": list(config.alternative_fixes),
    }


def example_answer(config: Config) -> dict:
    return {"code": config.correct_code}
