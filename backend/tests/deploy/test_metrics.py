"""/api/metrics: who may read it, what it reports, and the exposition format Prometheus parses."""

from __future__ import annotations

import re

import pytest

from app.config import get_settings
from app.models import Role
from app.observability import Counter, Histogram, metrics
from tests.factories import make_user

TOKEN = "scraper-token-for-tests-0123456789"


def _with_token(value: str):
    settings = get_settings()
    before = settings.metrics_token
    settings.metrics_token = value
    yield value
    settings.metrics_token = before


@pytest.fixture
def metrics_token():
    yield from _with_token(TOKEN)


@pytest.fixture
def no_metrics_token():
    yield from _with_token("")


async def test_anonymous_is_asked_to_sign_in(client):
    response = await client.get("/api/metrics")
    assert response.status_code == 401
    assert response.json()["error"] == "NotAuthenticated"
    assert response.headers["www-authenticate"] == "Bearer"


async def test_teacher_is_refused(client, session):
    teacher = await make_user(session, Role.teacher)
    await client.login(teacher.username)
    response = await client.get("/api/metrics")
    assert response.status_code == 403
    assert "admin" in response.json()["detail"]


async def test_admin_reads_metrics(client, session):
    admin = await make_user(session, Role.admin)
    await client.login(admin.username)
    response = await client.get("/api/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    assert "# TYPE ks3_http_requests_total counter" in response.text


async def test_bearer_token_reads_metrics(client, metrics_token):
    response = await client.get("/api/metrics", headers={"Authorization": f"Bearer {metrics_token}"})
    assert response.status_code == 200
    assert "ks3_database_up 1" in response.text


async def test_wrong_bearer_token_is_refused(client, metrics_token):
    response = await client.get("/api/metrics", headers={"Authorization": "Bearer not-the-token"})
    assert response.status_code == 401


async def test_no_bearer_token_is_accepted_when_none_is_configured(client, no_metrics_token):
    response = await client.get("/api/metrics", headers={"Authorization": "Bearer "})
    assert response.status_code == 401


async def test_requests_are_counted_by_route_template_not_raw_path(client, metrics_token):
    for _ in range(3):
        await client.get("/api/health")
    await client.get("/api/units/00000000-0000-0000-0000-000000000000")  # 401, but counted under its template
    await client.get("/api/no-such-thing")
    text = (await client.get("/api/metrics", headers={"Authorization": f"Bearer {metrics_token}"})).text
    health = re.search(r'ks3_http_requests_total\{method="GET",route="/api/health",status="200"\} (\d+)', text)
    assert health
    assert int(health.group(1)) >= 3
    assert 'route="/api/units/{unit_id}",status="401"' in text
    assert "00000000-0000" not in text
    assert 'route="unmatched",status="404"' in text
    assert re.search(r'ks3_http_request_duration_seconds_bucket\{method="GET",route="/api/health",le="\+Inf"\} \d+', text)


async def test_active_attempts_and_jobs_come_from_the_database(client, session, metrics_token):
    from app.services.core import jobs

    await jobs.enqueue(session, "deploy-test", {})
    await session.flush()
    text = (await client.get("/api/metrics", headers={"Authorization": f"Bearer {metrics_token}"})).text
    assert re.search(r"^ks3_active_attempts \d+$", text, re.M)
    queued = re.search(r'^ks3_jobs\{status="queued"\} (\d+)$', text, re.M)
    assert queued
    assert int(queued.group(1)) >= 1


async def test_other_code_bumps_sandbox_and_ai_metrics(client, metrics_token):
    before_runs = metrics.sandbox_runs.value(status="timeout")
    before_tokens = metrics.ai_tokens.value(direction="output")
    metrics.record_sandbox_run(status="timeout", seconds=5.2)
    metrics.record_ai_call(operation="generate", ok=False, input_tokens=100, output_tokens=40, seconds=1.5)
    assert metrics.sandbox_runs.value(status="timeout") == before_runs + 1
    assert metrics.ai_tokens.value(direction="output") == before_tokens + 40
    text = (await client.get("/api/metrics", headers={"Authorization": f"Bearer {metrics_token}"})).text
    assert 'ks3_ai_calls_total{operation="generate",outcome="error"}' in text
    assert 'ks3_sandbox_run_duration_seconds_bucket{le="10"}' in text


async def test_server_errors_are_counted_and_logged_with_the_request_id(caplog):
    """An unhandled exception: counted as an error under its route, logged with the request's id."""
    import httpx
    from fastapi import FastAPI

    from app.observability import RequestIdFilter, RequestMiddleware

    small = FastAPI()
    small.add_middleware(RequestMiddleware)

    @small.get("/api/boom")
    async def boom() -> dict:
        raise RuntimeError("a bug")

    before = metrics.http_errors.value(route="/api/boom")
    caplog.handler.addFilter(RequestIdFilter())
    transport = httpx.ASGITransport(app=small, raise_app_exceptions=False)
    with caplog.at_level("INFO", logger="app.access"):
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            response = await c.get("/api/boom")
    assert response.status_code == 500
    assert metrics.http_errors.value(route="/api/boom") == before + 1
    [line] = [r for r in caplog.records if r.name == "app.access"]
    assert line.status == 500
    assert line.route == "/api/boom"
    assert len(line.request_id) == 32


def test_exposition_format_escapes_and_accumulates():
    counter = Counter("t_total", "A test counter.", ("name",))
    counter.inc(name='say "hi"\\\n')
    counter.inc(2, name='say "hi"\\\n')
    assert counter.render() == (
        '# HELP t_total A test counter.\n# TYPE t_total counter\nt_total{name="say \\"hi\\"\\\\\\n"} 3\n'
    )
    with pytest.raises(ValueError):
        counter.inc(-1)
    with pytest.raises(ValueError):
        counter.inc(colour="red")


def test_histogram_buckets_are_cumulative():
    histogram = Histogram("t_seconds", "A test histogram.", buckets=(0.1, 1.0))
    for value in (0.05, 0.5, 0.5, 3.0):
        histogram.observe(value)
    lines = histogram.render().splitlines()
    assert lines[2:] == [
        't_seconds_bucket{le="0.1"} 1',
        't_seconds_bucket{le="1"} 3',
        't_seconds_bucket{le="+Inf"} 4',
        "t_seconds_sum 4.05",
        "t_seconds_count 4",
    ]


async def test_every_sandbox_run_is_counted_with_how_it_ended():
    from app.sandbox import TestCase, run_tests

    before_ok = metrics.sandbox_runs.value(status="ok")
    before_count = metrics.sandbox_seconds.count()
    report = await run_tests("def add(a, b):\n    return a + b\n", [TestCase("add(2, 3)", "5")])
    assert report.status == "ok"
    assert metrics.sandbox_runs.value(status="ok") == before_ok + 1
    assert metrics.sandbox_seconds.count() == before_count + 1


async def test_every_ai_call_logged_for_usage_is_counted(session):
    from app.services.ai import usage

    before_errors = metrics.ai_calls.value(operation="mark", outcome="error")
    before_input = metrics.ai_tokens.value(direction="input")
    await usage.record(session, user_id=None, operation="mark", provider="test", model="gpt-4o-mini",
                       input_tokens=120, output_tokens=0, latency_ms=2500, ok=False, error="provider down")  # fmt: skip
    assert metrics.ai_calls.value(operation="mark", outcome="error") == before_errors + 1
    assert metrics.ai_tokens.value(direction="input") == before_input + 120
    assert metrics.ai_seconds.count(operation="mark") >= 1
