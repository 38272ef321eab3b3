"""The runner service as its own process: its token, its inputs, and what the API does when it is gone."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time

import httpx
import pytest

from app.config import get_settings
from app.sandbox import ProgramCase, TestCase, isolation_status, run_program, run_tests, trace_program
from tests.sandbox.conftest import (
    BACKEND,
    RunnerService,
    free_port,
    start_runner_service,
    stop_runner_service,
)

BODY = {"code": "def add(a, b):\n    return a + b\n", "tests": [{"expression": "add(2, 3)"}]}


async def test_runs_need_the_token(runner_service: RunnerService):
    async with httpx.AsyncClient(base_url=runner_service.url) as client:
        assert (await client.get("/health")).json() == {"status": "ok", "runs": "working"}
        assert (await client.post("/v1/run-tests", json=BODY)).status_code == 401
        wrong = {"Authorization": "Bearer not-the-token"}
        assert (await client.post("/v1/run-tests", json=BODY, headers=wrong)).status_code == 401
        assert (await client.get("/v1/status", headers=wrong)).status_code == 401
        right = {"Authorization": f"Bearer {runner_service.token}"}
        response = await client.post("/v1/run-tests", json=BODY, headers=right)
        assert response.status_code == 200
        assert response.json()["results"] == [{"index": 0, "passed": False, "got": "5", "error": None}]


def test_health_fails_when_a_trivial_program_cannot_run_in_the_sandbox(tmp_root):
    """The container's healthcheck calls /health: a service that answers HTTP but cannot run pupils' code (here,
    Python cannot even start within the memory it is given) must say so, not "ok"."""
    service = start_runner_service(tmp_root, "runner-broken", ready_status=503, SANDBOX_MEMORY_MB="1")
    try:
        reply = httpx.get(service.url + "/health", timeout=30)
        assert reply.status_code == 503
        assert reply.json()["status"] == "unavailable"
        assert reply.json()["detail"]
    finally:
        stop_runner_service(service)


async def test_expected_answers_are_not_accepted_by_the_service(runner_service: RunnerService):
    """The service only runs code; the API compares. A body carrying `expected` is refused outright."""
    body = {"code": "x = 1", "tests": [{"expression": "x", "expected": "1"}]}
    headers = {"Authorization": f"Bearer {runner_service.token}"}
    async with httpx.AsyncClient(base_url=runner_service.url) as client:
        response = await client.post("/v1/run-tests", json=body, headers=headers)
    assert response.status_code == 422


async def test_through_the_service_passing_is_decided_by_the_api(runner_service, monkeypatch):
    settings = get_settings()
    monkeypatch.setattr(settings, "runner_url", runner_service.url)
    monkeypatch.setattr(settings, "runner_token", runner_service.token)
    report = await run_tests(BODY["code"], [TestCase("add(2, 3)", "5"), TestCase("add(2, 2)", "5")])
    assert [r.passed for r in report.results] == [True, False]
    status = await isolation_status()
    assert status["ok"]
    assert status["runner"] == "remote"
    assert status["mode"] == "bwrap"


async def test_an_unreachable_service_is_unavailable_and_calm(monkeypatch):
    settings = get_settings()
    monkeypatch.setattr(settings, "runner_url", f"http://127.0.0.1:{free_port()}")
    report = await run_tests(BODY["code"], [TestCase("add(2, 3)", "5")])
    assert report.status == "unavailable"
    assert report.passed_count == 0
    assert "teacher will check" in report.message
    program = await run_program("print(1)", [ProgramCase("", "1")])
    assert program.status == "unavailable"
    assert program.passed_count == 0
    trace = await trace_program("x = 1", ["x"])
    assert trace.status == "unavailable"
    assert trace.rows == []
    status = await isolation_status()
    assert not status["ok"]
    assert status["mode"] == "unavailable"


async def test_a_wrong_token_is_unavailable_not_an_error(runner_service, monkeypatch):
    settings = get_settings()
    monkeypatch.setattr(settings, "runner_url", runner_service.url)
    monkeypatch.setattr(settings, "runner_token", "not-the-token")
    report = await run_tests(BODY["code"], [TestCase("add(2, 3)", "5")])
    assert report.status == "unavailable"
    assert report.passed_count == 0


@pytest.mark.parametrize("remote", [False, True])
async def test_disabled_runner_runs_nothing(remote: bool, runner_service, monkeypatch):
    settings = get_settings()
    monkeypatch.setattr(settings, "enable_python_runner", False)
    monkeypatch.setattr(settings, "runner_url", runner_service.url if remote else "")
    monkeypatch.setattr(settings, "runner_token", runner_service.token)
    code = "import time\ntime.sleep(30)\ndef add(a, b):\n    return a + b\n"
    report = await run_tests(code, [TestCase("add(2, 3)", "5")])
    assert report.status == "disabled"
    assert report.message == "Your teacher will check this code."
    assert report.passed_count == 0
    assert report.duration_ms == 0
    assert len(report.results) == 1
    assert (await run_program(code, [ProgramCase()])).status == "disabled"
    assert (await trace_program(code, ["x"])).status == "disabled"
    assert (await isolation_status())["mode"] == "disabled"


def test_the_service_refuses_to_listen_beyond_loopback_without_a_token():
    env = {**os.environ, "RUNNER_HOST": "0.0.0.0", "RUNNER_PORT": str(free_port()), "RUNNER_TOKEN": ""}
    env["PYTHONPATH"] = str(BACKEND)
    result = subprocess.run(
        [sys.executable, "-m", "app.sandbox.service"],
        cwd=BACKEND,
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode != 0
    assert "RUNNER_TOKEN must be set" in result.stderr


async def test_the_service_on_a_unix_socket_is_reached_through_it(tmp_path, monkeypatch):
    """The production runner has no network: it listens on a socket in a volume it shares with the API only
    (RUNNER_SOCKET), and the API's RUNNER_URL is unix://<that socket>. Its container healthcheck is `--health`."""
    sock, token = tmp_path / "runner.sock", secrets.token_urlsafe(16)
    env = {**os.environ, "RUNNER_SOCKET": str(sock), "RUNNER_TOKEN": token, "RUNNER_URL": "",
           "PYTHONPATH": str(BACKEND)}
    service = subprocess.Popen([sys.executable, "-m", "app.sandbox.service"], cwd=BACKEND, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        health = [sys.executable, "-m", "app.sandbox.service", "--health"]
        deadline = time.monotonic() + 30
        while subprocess.run(health, cwd=BACKEND, env=env, capture_output=True, check=False).returncode != 0:
            assert service.poll() is None and time.monotonic() < deadline, "the service did not become healthy"
            time.sleep(0.2)
        settings = get_settings()
        monkeypatch.setattr(settings, "runner_url", f"unix://{sock}")
        monkeypatch.setattr(settings, "runner_token", token)
        report = await run_tests(BODY["code"], [TestCase("add(2, 3)", "5")])
        assert [r.passed for r in report.results] == [True]
        assert (await isolation_status())["runner"] == "remote"
        # Anyone else who can reach the socket still needs the token.
        transport = httpx.AsyncHTTPTransport(uds=str(sock))
        async with httpx.AsyncClient(transport=transport, base_url="http://runner") as stranger:
            assert (await stranger.post("/v1/run-tests", json=BODY)).status_code == 401
            wrong = {"Authorization": "Bearer " + token[::-1]}
            assert (await stranger.post("/v1/run-program", json={"code": "print(1)", "cases": [{}]},
                                        headers=wrong)).status_code == 401
    finally:
        service.terminate()
        service.wait(10)


def test_health_check_fails_when_no_service_answers_on_the_socket(tmp_path):
    env = {**os.environ, "RUNNER_SOCKET": str(tmp_path / "nobody.sock"), "PYTHONPATH": str(BACKEND)}
    done = subprocess.run([sys.executable, "-m", "app.sandbox.service", "--health"], cwd=BACKEND, env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert "not answering" in done.stderr


def test_a_socket_without_a_token_is_refused(tmp_path):
    env = {**os.environ, "RUNNER_SOCKET": str(tmp_path / "runner.sock"), "RUNNER_TOKEN": "",
           "PYTHONPATH": str(BACKEND)}
    done = subprocess.run([sys.executable, "-m", "app.sandbox.service"], cwd=BACKEND, env=env,
                          capture_output=True, text=True, timeout=30, check=False)
    assert done.returncode != 0
    assert "RUNNER_TOKEN must be set" in done.stderr
