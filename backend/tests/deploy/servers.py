"""Real processes for the deployment tests: API servers started the way production starts them, on free ports."""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests import dbs

BACKEND = Path(__file__).resolve().parents[2]
REPO = BACKEND.parent


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing is listening on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def need_tool(name: str) -> str:
    """The path of a system tool; skips the test without it, and fails in CI (.ci/run installs it)."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (apt-get install it, or run .ci/run)"
        if dbs.in_ci():
            pytest.fail(message + "; CI=true, so this layer must run.")
        pytest.skip(message)
    return path


def wait_until(check: Callable[[], bool], *, timeout: float, what: str, log: Callable[[], str] = lambda: "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except (httpx.HTTPError, OSError):
            pass
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}\n{log()}")


def api_env(database_url: str, workdir: Path, **extra: str) -> dict[str, str]:
    """The environment of a production API process (APP_ENV=production refuses weak secrets, so give one)."""
    # Not the test suite's own settings (conftest.py lowers bcrypt's cost, for one): a clean production start.
    test_only = {"BCRYPT_ROUNDS", "LOGIN_FAILURE_DELAY_SECONDS", "TEST_DATABASE_URL"}
    env = {k: v for k, v in os.environ.items() if k not in test_only and not k.startswith("PYTEST")}
    env.update(
        {
            "APP_ENV": "production",
            "DATABASE_URL": database_url,
            "SESSION_SECRET": secrets.token_urlsafe(48),
            "DATA_DIR": str(workdir / "data"),
            "SERVE_WEB": "false",
            "LOG_JSON": "true",
            "LOG_LEVEL": "INFO",
            "ENABLE_JOB_WORKER": "false",
            "OPENAI_API_KEY": "",
            "OPENAI_BASE_URL": "",
            "RUNNER_URL": "",
            "TRUSTED_PROXIES": "127.0.0.1,::1",
        }
    )
    env.update(extra)
    return env


def run_cli(*args: str, env: dict[str, str]) -> str:
    """`python -m app <args>` as an admin would run it; returns its output, fails the test if it fails."""
    done = subprocess.run(
        [sys.executable, "-m", "app", *args], cwd=BACKEND, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, f"python -m app {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@dataclass
class ApiProcess:
    """One `python -m app serve` process, its port and its log file."""

    proc: subprocess.Popen
    port: int
    log_path: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)


def start_api(env: dict[str, str], workdir: Path, *, name: str = "api", workers: int = 1) -> ApiProcess:
    """Start the API as production does (already migrated), and wait until it answers /api/health."""
    port = free_port()
    log_path = workdir / f"{name}.log"
    log_file = log_path.open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(port), "--no-migrate",
         "--workers", str(workers)],
        cwd=BACKEND, env=env, stdout=log_file, stderr=subprocess.STDOUT,
    )  # fmt: skip
    log_file.close()
    api = ApiProcess(proc, port, log_path)

    def healthy() -> bool:
        if proc.poll() is not None:
            raise AssertionError(f"{name} exited with {proc.returncode}:\n{api.log()}")
        return httpx.get(f"{api.url}/api/health", timeout=2).status_code == 200

    try:
        wait_until(healthy, timeout=60, what=f"{name} on port {port}", log=api.log)
    except BaseException:
        api.stop()
        raise
    return api


@dataclass
class RunnerProcess:
    """One `python -m app.sandbox.service` process (the runner container's command)."""

    proc: subprocess.Popen
    port: int
    token: str
    log_path: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        ApiProcess(self.proc, self.port, self.log_path).stop()


def start_runner(workdir: Path) -> RunnerProcess:
    """Start the runner service with a token, as Compose does, and wait for its /health."""
    port, token = free_port(), secrets.token_urlsafe(24)
    env = api_env("sqlite+aiosqlite:///unused.db", workdir, RUNNER_HOST="127.0.0.1", RUNNER_PORT=str(port),
                  RUNNER_TOKEN=token)  # fmt: skip
    log_path = workdir / "runner.log"
    with log_path.open("wb") as log_file:
        proc = subprocess.Popen([sys.executable, "-m", "app.sandbox.service"], cwd=BACKEND, env=env,
                                stdout=log_file, stderr=subprocess.STDOUT)  # fmt: skip
    runner = RunnerProcess(proc, port, token, log_path)
    try:
        wait_until(lambda: httpx.get(f"{runner.url}/health", timeout=2).status_code == 200, timeout=30,
                   what="the runner service", log=lambda: log_path.read_text(errors="replace"))  # fmt: skip
    except BaseException:
        runner.stop()
        raise
    return runner
