"""Everything the sandbox says to a pupil: calm, literal, specific, and never "wrong", "incorrect", "failed" or "bad"."""

from __future__ import annotations

import re

TIMEOUT = "Your code took too long to finish. Check that your loop stops."
MEMORY = "Your code used too much memory. Check for a list or string that keeps growing."
STOPPED_EARLY = (
    "Your code stopped before the tests could finish. Remove exit(), quit() or os._exit() from your code, "
    "then try again."
)
CRASHED = "Your code stopped unexpectedly. Check for a function that calls itself too many times."
TAMPERED = (
    "Your code changed how the tests are run, so they could not be checked. Remove code that writes to "
    "files or changes Python itself, then try again."
)
DISABLED = "Your teacher will check this code."
UNAVAILABLE = (
    "The code runner is not available right now. Your answer is saved and your teacher will check this code."
)

# Per-test explanations when a test has no result of its own.
NOT_RUN = {
    "timeout": "This test did not finish because the code took too long.",
    "memory": "This test did not run because the code used too much memory.",
    "output_limit": "This test did not run because the code printed too much.",
    "crashed": "This test could not be checked.",
    "syntax_error": "This test did not run because Python could not read the code.",
}

_FORBIDDEN = re.compile(r"\b(wrong|incorrect|failed|bad)\b", re.IGNORECASE)
_GENTLER = {"wrong": "unexpected", "incorrect": "unexpected", "failed": "did not work", "bad": "unexpected"}


def calm(text: str) -> str:
    """Replace the words the product never uses with plain alternatives."""
    return _FORBIDDEN.sub(lambda m: _GENTLER[m.group(1).lower()], text)


def output_limit(limit_kb: int) -> str:
    return f"Your code printed a lot of text (more than {limit_kb} KB), so it was stopped. Check that your loop stops, or print less."


def trace_rows(max_rows: int) -> str:
    return f"The program made more than {max_rows} rows of trace. Use a shorter loop for a trace table."


def syntax(line: int | None, detail: str) -> str:
    """'Python could not understand line 3: expected ':'. Check ...' — always with the line when Python gives one."""
    detail = calm(detail.strip().rstrip(".")) or "this line"
    where = f"line {line}" if line else "your code"
    return calm(
        f"Python could not understand {where}: {detail}. "
        "Check the spelling, brackets, colons and indentation on that line."
    )
