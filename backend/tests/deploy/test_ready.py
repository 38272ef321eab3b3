"""/api/ready: what Compose's healthcheck and a load balancer ask before sending traffic."""

from __future__ import annotations

import pytest

from app.config import get_settings
from tests.deploy.servers import free_port, start_runner


@pytest.fixture
def runner_settings():
    """Point this process's settings at a runner service for one test, then put them back."""
    settings = get_settings()
    before = (settings.runner_url, settings.runner_token)

    def point_at(url: str, token: str = "") -> None:
        settings.runner_url, settings.runner_token = url, token

    yield point_at
    settings.runner_url, settings.runner_token = before


async def test_ready_without_a_runner_service_checks_database_and_migrations(client):
    response = await client.get("/api/ready")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["checks"] == {"database": "ok", "migrations": "ok"}
    assert body["sandbox"]  # the in-process isolation in use, named


async def test_ready_fails_while_the_configured_runner_does_not_answer(client, runner_settings):
    runner_settings(f"http://127.0.0.1:{free_port()}", "token")
    response = await client.get("/api/ready")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "not ready"
    assert body["checks"]["database"] == "ok"
    assert "runner" in body["checks"]["runner"].lower()
    assert body["checks"]["runner"] != "ok"


async def test_ready_with_a_real_runner_service(client, runner_settings, tmp_path):
    runner = start_runner(tmp_path)
    try:
        runner_settings(runner.url, "not-the-token")
        assert (await client.get("/api/ready")).status_code == 503  # a wrong token is a broken runner
        runner_settings(runner.url, runner.token)
        response = await client.get("/api/ready")
    finally:
        runner.stop()
    assert response.status_code == 200, response.text
    assert response.json()["checks"]["runner"] == "ok"
    assert response.json()["sandbox"] in ("bwrap", "unshare", "rlimits")


async def test_with_code_running_switched_off_the_runner_is_not_needed(client, runner_settings):
    settings = get_settings()
    runner_settings(f"http://127.0.0.1:{free_port()}", "token")  # configured, but nothing answers there
    settings.enable_python_runner = False
    try:
        response = await client.get("/api/ready")
    finally:
        settings.enable_python_runner = True
    assert response.status_code == 200, response.text
    assert "runner" not in response.json()["checks"]
    assert response.json()["sandbox"] == "disabled"
