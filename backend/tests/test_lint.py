"""The code stays within the house lint rules (backend/pyproject.toml), so `make lint` is always clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[1]


def test_ruff_finds_nothing_in_the_app_the_tests_or_the_benchmarks():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "app", "tests", "bench"], cwd=BACKEND,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
