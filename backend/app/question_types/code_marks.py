"""The parts of a mark for code run against tests that python_code and code_debug share: what a mark says when
the runner did not run the code, and the mark built from which tests passed. How much credit the passes earn
stays with each type (python_code weighs hidden tests; code_debug credits what was fixed)."""

from __future__ import annotations

from typing import Any

from app.question_types import python_source as src
from app.question_types.base import Mark


def not_run(report: Any, points: float) -> Mark | None:
    """The mark waits for the teacher when the runner was off or could not run the code; None when it ran."""
    if report.status not in ("unavailable", "disabled"):
        return None
    return Mark.awaiting(
        points,
        message=src.RUNNER_UNAVAILABLE if report.status == "unavailable" else src.RUNNER_OFF,
        details={"status": report.status},
    )


def from_tests(
    fraction: float, points: float, *, report: Any, passed: list[bool], tests: list[Any], rows: list[dict]
) -> Mark:
    """The mark for a run: the fraction earned, how many tests passed, the visible tests' rows and how many
    hidden tests passed (never which), and the runner's message when the program did not finish cleanly."""
    count = sum(passed)
    details = {
        "status": report.status,
        "tests": rows,
        "hidden_passed": sum(p for p, t in zip(passed, tests, strict=True) if not t.visible),
        "hidden_total": sum(not t.visible for t in tests),
    }
    return Mark.from_fraction(
        fraction,
        points,
        correct_count=count,
        total_count=len(tests),
        passed=count,
        details=details,
        message=report.message if report.status != "ok" else "",
    )
