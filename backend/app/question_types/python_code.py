"""python_code: write Python that passes the tests. The code runs only on the server, in the sandbox.

Marking: empty → 0; unreadable code → 0 with the line; a keyword rule broken → 0 with a calm message naming
the keyword (tests not run); otherwise every test (visible and hidden) runs in one sandbox, each test in a
process of its own that holds only that test's input (docs/sandbox.md), and
fraction = (1 − w) × visible passed/visible + w × hidden passed/hidden, w = hidden_test_weight (all the weight
on whichever group exists when only one does). With the runner off or unreachable: awaiting marking.
"""

from __future__ import annotations

import random
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

TYPE = "python_code"
MAX_TESTS = 30
MAX_TIME_LIMIT = 10.0


class Test(Part):
    input: ShortText
    expected: ShortText
    visible: bool = True


class Config(QuestionConfigBase):
    type: Literal["python_code"] = TYPE
    starter_code: LongText = ""
    test_cases: list[Test] = Field(max_length=MAX_TESTS)
    hidden_test_weight: float = 0.5
    time_limit_seconds: float = 5.0
    banned_keywords: list[ShortText] = Field(default_factory=list, max_length=20)
    required_keywords: list[ShortText] = Field(default_factory=list, max_length=20)
    reference_solution: LongText


class Answer(AnswerBase):
    code: str | None = Field(default=None, max_length=MAX_CODE)


# The largest answer this type takes, in bytes of JSON (app.question_types.answer_fits; the autosave refuses a
# bigger one): a program: 20,000 characters is about 20 KB, so 64 KB is generous, and firm for code
# full of characters of several bytes each.
MAX_ANSWER_BYTES = 65_536


def _is_expression(text: str) -> bool:
    try:
        compile(text, "<test>", "eval")
        return True
    except (SyntaxError, ValueError):
        return False


def keyword_problems(banned: list[str], required: list[str]) -> list[Problem]:
    """Keywords are single Python words; none both banned and required. (Shared with code_debug-like types.)"""
    problems = []
    for name, words in (("banned_keywords", banned), ("required_keywords", required)):
        for k, word in enumerate(words):
            if not src.IDENTIFIER.match(word):
                problems.append(
                    error(f"{name}[{k}]", f"'{word}' is not a single Python word such as sum or for.")
                )
    for word in sorted(set(banned) & set(required)):
        problems.append(error("banned_keywords", f"'{word}' is both banned and required."))
    return problems


def validate(config: Config) -> list[Problem]:
    """Tests that are expressions with repr'd values; limits; a reference solution that obeys its own rules.
    (That it passes the tests is checked by verify(), which runs it.)"""
    problems = []
    if not config.test_cases:
        problems.append(error("test_cases", "Add at least one test."))
    elif not any(t.visible for t in config.test_cases):
        problems.append(
            warning("test_cases", "No test is visible. Pupils understand the task better with an example.")
        )
    seen: set[str] = set()
    for k, test in enumerate(config.test_cases):
        if blank(test.input) or not _is_expression(test.input):
            problems.append(
                error(f"test_cases[{k}].input", "Write a Python expression to test, such as add(2, 3).")
            )
        if blank(test.expected) or not _is_expression(test.expected):
            problems.append(
                error(
                    f"test_cases[{k}].expected",
                    "Write the value as Python shows it, such as 5 or 'hello' (with quotes).",
                )
            )
        if test.input.strip() in seen:
            problems.append(warning(f"test_cases[{k}].input", "This test repeats an earlier one."))
        seen.add(test.input.strip())
    if not 0 <= config.hidden_test_weight <= 1:
        problems.append(
            error("hidden_test_weight", "The weight of the hidden tests is a fraction from 0 to 1.")
        )
    if not 1 <= config.time_limit_seconds <= MAX_TIME_LIMIT:
        problems.append(
            error(
                "time_limit_seconds", f"Choose a time limit from 1 to {nice_number(MAX_TIME_LIMIT)} seconds."
            )
        )
    problems += keyword_problems(config.banned_keywords, config.required_keywords)
    if blank(config.reference_solution):
        problems.append(
            error("reference_solution", "Write a reference solution: it is how the tests are checked.")
        )
    else:
        tree, message = src.parse(config.reference_solution)
        if tree is None:
            line, reason = src.syntax_problem(config.reference_solution)
            problems.append(error("reference_solution", f"Line {line}: {reason}."))
        else:
            rule = src.keyword_rule_message(
                config.reference_solution, tree, config.banned_keywords, config.required_keywords
            )
            if rule:
                problems.append(
                    error("reference_solution", f"The reference solution breaks its own rule: {rule}")
                )
    if config.starter_code.strip():
        line, reason = src.syntax_problem(config.starter_code)
        if line is not None or reason:
            problems.append(
                warning("starter_code", f"The starter code does not run as it is (line {line}: {reason}).")
            )
    return problems


def normalise(config: Config) -> Config:
    """Expected values in canonical repr form, keywords as plain words."""
    return config.model_copy(
        update={
            "test_cases": [
                t.model_copy(update={"input": t.input.strip(), "expected": src.canonical_repr(t.expected)})
                for t in config.test_cases
            ],
            "banned_keywords": [src.clean_keyword(w) for w in config.banned_keywords],
            "required_keywords": [src.clean_keyword(w) for w in config.required_keywords],
        }
    )


def _cases(sandbox: Any, tests: list[Test]) -> list[Any]:
    return [sandbox.TestCase(expression=t.input, expected=t.expected) for t in tests]


def _passed(report: Any, tests: list[Test]) -> list[bool]:
    """Per test: did it pass? A test the report says nothing about (the run stopped early) did not."""
    by_index = {r.index: r for r in report.results}
    out = []
    for k, test in enumerate(tests):
        result = by_index.get(k)
        out.append(
            bool(
                result and (result.passed or src.values_match(result.got, test.expected)) and not result.error
            )
        )
    return out


def _visible_results(report: Any, tests: list[Test], passed: list[bool]) -> list[dict]:
    by_index = {r.index: r for r in report.results}
    rows = []
    for k, test in enumerate(tests):
        if not test.visible:
            continue
        result = by_index.get(k)
        rows.append(
            {
                "input": test.input,
                "expected": test.expected,
                "got": src.shown(result.got) if result else None,
                "passed": passed[k],
                "error": src.shown(result.error) if result else None,
            }
        )
    return rows


async def verify(config: Config, sandbox: Any) -> tuple[Config, list[Problem]]:
    """Runs the reference solution: it must pass every test (and the starter code should not)."""
    if not sandbox.runner_enabled():
        return config, [
            warning("reference_solution", "The Python runner is turned off, so the tests were not checked.")
        ]
    report = await sandbox.run_tests(
        config.reference_solution, _cases(sandbox, config.test_cases), time_limit=config.time_limit_seconds
    )
    if report.status in ("unavailable", "disabled"):
        return config, [
            warning(
                "reference_solution", "The Python runner could not be reached, so the tests were not checked."
            )
        ]
    problems = []
    passed = _passed(report, config.test_cases)
    by_index = {r.index: r for r in report.results}
    if report.status != "ok" and not any(passed):
        problems.append(
            error("reference_solution", f"The reference solution did not finish: {report.message}".strip())
        )
    for k, ok in enumerate(passed):
        if ok:
            continue
        result = by_index.get(k)
        test = config.test_cases[k]
        if result is not None and result.error:
            got = f"stops with {src.shown(result.error)}"
        else:
            got = f"gives {src.shown(result.got) if result else 'nothing'}"
        problems.append(
            error(
                f"test_cases[{k}].expected",
                f"The reference solution {got} for {test.input}, but the test expects {test.expected}.",
            )
        )
    if config.starter_code.strip() and not problems:
        starter = await sandbox.run_tests(
            config.starter_code, _cases(sandbox, config.test_cases), time_limit=config.time_limit_seconds
        )
        if starter.status == "ok" and all(_passed(starter, config.test_cases)):
            problems.append(warning("starter_code", "The starter code already passes every test."))
    return config, problems


def pupil_view(config: Config, rng: random.Random | None) -> dict:
    """Starter code, the visible tests, the limits and the keyword rules. Never hidden tests or the solution."""
    return {
        "type": TYPE,
        "starter_code": config.starter_code,
        "tests": [{"input": t.input, "expected": t.expected} for t in config.test_cases if t.visible],
        "hidden_tests": sum(not t.visible for t in config.test_cases),
        "time_limit_seconds": config.time_limit_seconds,
        "banned_keywords": list(config.banned_keywords),
        "required_keywords": list(config.required_keywords),
    }


def _fraction(config: Config, passed: list[bool]) -> float:
    visible = [p for p, t in zip(passed, config.test_cases, strict=True) if t.visible]
    hidden = [p for p, t in zip(passed, config.test_cases, strict=True) if not t.visible]
    if not hidden:
        return sum(visible) / len(visible) if visible else 0.0
    if not visible:
        return sum(hidden) / len(hidden)
    w = config.hidden_test_weight
    return (1 - w) * sum(visible) / len(visible) + w * sum(hidden) / len(hidden)


async def mark(config: Config, answer: Answer, points: float, sandbox: Any) -> Mark:
    """Runs every test on the server (module docstring); never trusts results claimed by the browser."""
    total = len(config.test_cases)
    code = answer.code or ""
    zero = {"correct_count": 0, "total_count": total, "passed": 0}
    if not code.strip():
        return Mark.from_fraction(0, points, **zero, details={"status": "empty"})
    tree, message = src.parse(code)
    if tree is None:
        return Mark.from_fraction(0, points, **zero, message=message, details={"status": "syntax_error"})
    rule = src.keyword_rule_message(code, tree, config.banned_keywords, config.required_keywords)
    if rule:
        return Mark.from_fraction(0, points, **zero, message=rule, details={"status": "keyword_rule"})
    if sandbox is None or not sandbox.runner_enabled():
        return Mark.awaiting(points, message=src.RUNNER_OFF, details={"status": "disabled"})
    report = await sandbox.run_tests(
        code, _cases(sandbox, config.test_cases), time_limit=config.time_limit_seconds
    )
    if (waiting := code_marks.not_run(report, points)) is not None:
        return waiting
    passed = _passed(report, config.test_cases)
    rows = _visible_results(report, config.test_cases, passed)
    return code_marks.from_tests(
        _fraction(config, passed), points, report=report, passed=passed, tests=config.test_cases, rows=rows
    )


async def run_code(config: Config, answer: Answer, sandbox: Any) -> dict:
    """ "Run my code": the visible tests only, with their results and anything the program printed."""
    code = answer.code or ""
    tree, message = src.parse(code)
    if tree is None:
        return {"status": "syntax_error", "message": message, "tests": [], "output": ""}
    rule = src.keyword_rule_message(code, tree, config.banned_keywords, config.required_keywords)
    if sandbox is None or not sandbox.runner_enabled():
        return {
            "status": "disabled",
            "message": "Running code is turned off. " + src.RUNNER_OFF,
            "tests": [],
            "output": "",
        }
    visible = [t for t in config.test_cases if t.visible]
    report = await sandbox.run_tests(code, _cases(sandbox, visible), time_limit=config.time_limit_seconds)
    passed = _passed(report, visible)
    return {
        "status": report.status,
        "message": " ".join(m for m in (report.message, rule) if m),
        "tests": _visible_results(report, visible, passed),
        "output": src.shown(report.stdout) or "",
    }


def answer_key(config: Config) -> dict:
    return {
        "reference_solution": config.reference_solution,
        "tests": [t.model_dump() for t in config.test_cases],
    }


def example_answer(config: Config) -> dict:
    return {"code": config.reference_solution}
