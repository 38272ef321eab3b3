"""Fixtures for the sandbox tests: the two ways of running code (in this process, and through a real runner
service started as a subprocess on a free loopback port), and secrets planted where pupil code must not see them.
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from app.config import get_settings
from app.sandbox import selection

BACKEND = Path(__file__).resolve().parents[2]
# Planted in the environment of the process that starts the sandbox (this one, and the runner service).
PLANTED = {
    "SESSION_SECRET": "planted-session-secret-" + secrets.token_hex(8),
    "OPENAI_API_KEY": "sk-planted-" + secrets.token_hex(8),
    "KS3_PLANTED_SECRET": "planted-" + secrets.token_hex(8),
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class RunnerService:
    url: str
    token: str
    process: subprocess.Popen | None  # None: a runner this test run did not start (the stack's container)
    port: int


def start_runner_service(tmp_root: Path, name: str = "runner-service", *, ready_status: int = 200,
                         **extra_env: str) -> RunnerService:
    """A real runner service (python -m app.sandbox.service) on a free 127.0.0.1 port, with a token, started once
    its /health answers `ready_status`. Stop it with `stop_runner_service`."""
    port = free_port()
    token = secrets.token_urlsafe(24)
    env = {
        **os.environ,
        **PLANTED,
        "RUNNER_HOST": "127.0.0.1",
        "RUNNER_PORT": str(port),
        "RUNNER_TOKEN": token,
        "RUNNER_URL": "",
        "PYTHONPATH": str(BACKEND),
        **extra_env,
    }
    log_path = tmp_root / f"{name}.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "app.sandbox.service"], cwd=BACKEND, env=env, stdout=log, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(url + "/health", timeout=10).status_code == ready_status:
                break
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(log_path.read_text())
        time.sleep(0.1)
    return RunnerService(url=url, token=token, process=process, port=port)


def stop_runner_service(service: RunnerService) -> None:
    assert service.process is not None
    service.process.terminate()
    try:
        service.process.wait(10)
    except subprocess.TimeoutExpired:
        service.process.kill()


@pytest.fixture(scope="session")
def runner_service(tmp_root: Path):
    """A real runner service on a free 127.0.0.1 port, with a token; or, when docker/stack-test.sh sets
    STACK_RUNNER_URL and STACK_RUNNER_TOKEN, the production stack's runner container, so the hostile suite runs
    against the container exactly as it is deployed."""
    external = os.environ.get("STACK_RUNNER_URL")
    if external:
        yield RunnerService(url=external, token=os.environ["STACK_RUNNER_TOKEN"], process=None,
                            port=8001 if external.startswith("unix://") else httpx.URL(external).port or 80)
        return
    service = start_runner_service(tmp_root)
    yield service
    stop_runner_service(service)


@pytest.fixture(params=["local", "service"])
def runner(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run code in this process, or through the runner service: every test using this runs both ways."""
    settings = get_settings()
    for name, value in PLANTED.items():
        monkeypatch.setenv(name, value)
    if request.param == "service":
        service: RunnerService = request.getfixturevalue("runner_service")
        monkeypatch.setattr(settings, "runner_url", service.url)
        monkeypatch.setattr(settings, "runner_token", service.token)
    else:
        monkeypatch.setattr(settings, "runner_url", "")
    return request.param


@pytest.fixture
def forced_isolation(monkeypatch: pytest.MonkeyPatch):
    """Force a weaker isolation mode for one test, then go back to automatic choice."""
    settings = get_settings()

    def force(mode: str) -> None:
        monkeypatch.setattr(settings, "sandbox_isolation", mode)
        monkeypatch.setattr(settings, "runner_url", "")
        selection.forget()

    yield force
    selection.forget()
