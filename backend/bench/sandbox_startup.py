"""Where a sandbox run's start-up time goes, layer by layer (the figures behind the design choices).

    cd backend && ../.venv/bin/python bench/sandbox_startup.py [--runs 100]

Rows: Debian's python3 alone; the same wrapped in setpriv + bubblewrap + prlimit exactly as a real run (but
running `pass`); compiling the harness from source versus loading its pre-compiled code; and a complete run of an
empty job through the executor (bootstrap, harness, key, frames, checks).
"""

from __future__ import annotations

import argparse
import asyncio
import marshal
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("APP_ENV", "test")

from app.config import get_settings
from app.sandbox import selection
from app.sandbox.executor import execute
from app.sandbox.isolation import (
    HARNESS_SOURCE,
    MINIMAL_ENV,
    PYTHON_FLAGS,
    SANDBOX_PYTHON,
    Limits,
    harness_code,
)


def timed(runs: int, action) -> tuple[float, float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    runs = parser.parse_args().runs
    isolation = await selection.current()
    limits = Limits(5.0, get_settings().sandbox_memory_mb, 65536)
    wrapped = isolation.command(limits, 1)
    python_at = (
        len(wrapped) - 1 - wrapped[::-1].index(SANDBOX_PYTHON)
    )  # the interpreter itself, after prlimit
    wrapped = wrapped[:python_at] + [SANDBOX_PYTHON, *PYTHON_FLAGS, "-c", "pass"]

    def run(argv: list[str]) -> None:
        subprocess.run(argv, env=MINIMAL_ENV, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, check=True)

    code = harness_code()
    rows = [
        ("python3 -I -S -c pass", timed(runs, lambda: run([SANDBOX_PYTHON, *PYTHON_FLAGS, "-c", "pass"]))),
        (f"same inside {isolation.mode} + prlimit + setpriv", timed(runs, lambda: run(wrapped))),
        (
            "compile the harness from source",
            timed(runs, lambda: compile(HARNESS_SOURCE, "<harness>", "exec")),
        ),
        ("load the pre-compiled harness", timed(runs, lambda: marshal.loads(code))),
    ]
    job = {"mode": "tests", "code": "x = 1\n", "tests": ["x"], "output_limit": 65536}
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        await execute(isolation, limits, dict(job))
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    rows.append(
        (
            "a whole run (1 test) through the executor",
            (statistics.median(samples), samples[round(0.95 * (runs - 1))]),
        )
    )

    print(f"isolation: {isolation.mode}; {runs} runs each; load average {os.getloadavg()[0]:.2f}\n")
    print(f"{'step':<45} | {'median ms':>9} | {'p95 ms':>7}")
    print("-" * 45 + "-+-" + "-" * 9 + "-+-" + "-" * 7)
    for name, (median, p95) in rows:
        print(f"{name:<45} | {median:>9.2f} | {p95:>7.2f}")


if __name__ == "__main__":
    asyncio.run(main())
