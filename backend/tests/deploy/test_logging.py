"""Structured logs and request ids: every response names its request, and every log line carries that name."""

from __future__ import annotations

import io
import json
import logging

import httpx
import pytest

from app.observability import configure_logging


async def test_every_response_carries_a_fresh_request_id(client):
    first = await client.get("/api/health")
    second = await client.get("/api/health")
    assert len(first.headers["x-request-id"]) == 32
    assert first.headers["x-request-id"] != second.headers["x-request-id"]


async def test_request_id_from_our_own_proxy_is_kept(client):
    # The test client connects from 127.0.0.1, which TRUSTED_PROXIES lists, like Caddy in production.
    response = await client.get("/api/health", headers={"X-Request-ID": "caddy-7f3e2a91-0b1c"})
    assert response.headers["x-request-id"] == "caddy-7f3e2a91-0b1c"


async def test_request_id_from_anyone_else_or_of_a_strange_shape_is_replaced(app):
    transport = httpx.ASGITransport(app=app, client=("198.51.100.7", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as stranger:
        response = await stranger.get("/api/health", headers={"X-Request-ID": "chosen-by-a-stranger"})
    assert response.headers["x-request-id"] != "chosen-by-a-stranger"
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as proxy:
        response = await proxy.get("/api/health", headers={"X-Request-ID": "bad id\twith spaces"})
    assert response.headers["x-request-id"] != "bad id\twith spaces"


@pytest.fixture(autouse=True)
def _restore_logging():
    """configure_logging changes process-wide levels; put them back for the rest of the suite."""
    names = ("", "httpx", "httpcore", "alembic", "uvicorn", "uvicorn.error", "uvicorn.access")
    levels = {name: logging.getLogger(name).level for name in names}
    yield
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


def _capture(json_lines: bool) -> tuple[io.StringIO, logging.Handler]:
    stream = io.StringIO()
    return stream, configure_logging(json_lines=json_lines, level="INFO", stream=stream)


async def test_json_logs_carry_the_request_id_and_the_access_fields(client):
    stream, handler = _capture(json_lines=True)
    try:
        response = await client.get("/api/units", headers={"X-Request-ID": "req-0123456789abcdef"})
        logging.getLogger("app.test").warning("outside any request")
        try:
            raise ValueError("for the traceback")
        except ValueError:
            logging.getLogger("app.test").exception("with a traceback")
    finally:
        logging.getLogger().removeHandler(handler)
    assert response.status_code == 401
    entries = [json.loads(line) for line in stream.getvalue().splitlines()]
    [access] = [e for e in entries if e["logger"] == "app.access"]
    assert access["request_id"] == "req-0123456789abcdef"
    assert access["level"] == "INFO"
    assert access["method"] == "GET"
    assert access["route"] == "/api/units"
    assert access["status"] == 401
    assert access["client_ip"] == "127.0.0.1"
    assert access["duration_ms"] >= 0
    assert access["time"].endswith("+00:00")
    outside = next(e for e in entries if e["message"] == "outside any request")
    assert outside["request_id"] is None
    failing = next(e for e in entries if e["message"] == "with a traceback")
    assert "ValueError: for the traceback" in failing["exception"]


async def test_probes_are_not_written_to_the_access_log(client):
    stream, handler = _capture(json_lines=True)
    try:
        await client.get("/api/health")
        await client.get("/api/ready")
    finally:
        logging.getLogger().removeHandler(handler)
    assert stream.getvalue() == ""


async def test_plain_logs_for_people_show_a_short_request_id(client):
    stream, handler = _capture(json_lines=False)
    try:
        await client.get("/api/units", headers={"X-Request-ID": "req-0123456789abcdef"})
    finally:
        logging.getLogger().removeHandler(handler)
    line = stream.getvalue().strip()
    assert "INFO app.access [req-01234567]: GET /api/units 401" in line
