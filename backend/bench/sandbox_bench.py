"""Sandbox benchmark: how fast python_code answers are marked, with full isolation on.

Marks a realistic answer (a function and 4 tests) through the public `run_tests`, one sandboxed process per
answer, first one at a time, then with SANDBOX_MAX_CONCURRENCY answers in flight. Prints answers marked per second
(each answer is one sandbox run), the median and 95th-percentile time to mark one answer, and the CPU the
calling process itself spends per answer.

    cd backend && ../.venv/bin/python bench/sandbox_bench.py [--answers 300] [--concurrency 4]

Targets on the 2-core VM: at least 40 answers per second, p95 under 150 ms when idle.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("APP_ENV", "test")
os.environ.setdefault("RUNNER_URL", "")

from app.config import get_settings
from app.sandbox import TestCase, isolation_status, run_tests

ANSWER = '''\
def grade(score):
    """Turn a test score out of 100 into a grade."""
    if score >= 70:
        return "A"
    elif score >= 50:
        return "B"
    elif score >= 30:
        return "C"
    return "D"
'''
TESTS = [
    TestCase("grade(85)", "'A'"),
    TestCase("grade(50)", "'B'"),
    TestCase("grade(30)", "'C'"),
    TestCase("grade(0)", "'D'"),
]


def cpu_seconds() -> float:
    """CPU used so far by this process: what marking costs the API itself (the sandboxes are reaped inside
    bubblewrap's own PID namespace, so their CPU does not show up in RUSAGE_CHILDREN reliably)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


async def mark_many(answers: int, concurrency: int) -> tuple[list[float], float, int]:
    """Mark `answers` answers with `concurrency` in flight; (latencies in ms, wall seconds, answers not 4/4)."""
    latencies: list[float] = []
    problems = 0
    queue = iter(range(answers))

    async def worker() -> None:
        nonlocal problems
        for _ in queue:
            started = time.perf_counter()
            report = await run_tests(ANSWER, TESTS)
            latencies.append((time.perf_counter() - started) * 1000)
            if report.status != "ok" or report.passed_count != len(TESTS):
                problems += 1

    started = time.perf_counter()
    await asyncio.gather(*[worker() for _ in range(concurrency)])
    return latencies, time.perf_counter() - started, problems


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=300, help="answers to mark at each concurrency")
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--concurrency", type=int, default=get_settings().sandbox_max_concurrency)
    args = parser.parse_args()
    get_settings().sandbox_max_concurrency = args.concurrency

    status = await isolation_status()
    print(f"isolation: {status.get('mode')} as {status.get('user')}; network: {status.get('network')}")
    if status.get("mode") != "bwrap":
        print("warning: full isolation (bubblewrap) is not active, so these figures are not the real ones")
    print(f"cpus: {os.cpu_count()}; answer: 1 function, {len(TESTS)} tests; {args.answers} answers per row\n")
    await mark_many(args.warmup, 1)

    rows = []
    for concurrency in sorted({1, args.concurrency}):
        cpu_before = cpu_seconds()
        latencies, wall, problems = await mark_many(args.answers, concurrency)
        cpu_ms = (cpu_seconds() - cpu_before) * 1000 / args.answers
        rows.append(
            (
                concurrency,
                args.answers / wall,
                statistics.median(latencies),
                percentile(latencies, 0.95),
                max(latencies),
                cpu_ms,
                problems,
            )
        )

    print(
        f"{'in flight':>9} | {'answers/s':>9} | {'median ms':>9} | {'p95 ms':>7} | {'max ms':>7} "
        f"| {'API CPU ms':>13} | not 4/4"
    )
    print(
        "-" * 9
        + "-+-"
        + "-" * 9
        + "-+-"
        + "-" * 9
        + "-+-"
        + "-" * 7
        + "-+-"
        + "-" * 7
        + "-+-"
        + "-" * 13
        + "-+--------"
    )
    for concurrency, rate, median, p95, worst, cpu_ms, problems in rows:
        print(
            f"{concurrency:>9} | {rate:>9.1f} | {median:>9.1f} | {p95:>7.1f} | {worst:>7.1f} "
            f"| {cpu_ms:>13.1f} | {problems}"
        )
    print(
        f"\nload average now: {', '.join(f'{x:.2f}' for x in os.getloadavg())} (the targets assume an idle machine)"
    )
    return 1 if any(row[-1] for row in rows) else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
