"""Property-based fuzz of the whole HTTP API from its OpenAPI schema (schemathesis).

Every operation gets generated requests as an anonymous visitor, a teacher and a pupil (signed in, with the CSRF
token), against a real server on a throwaway database seeded with the demo school. No request may get a 5xx:
bad input must always be a clear 4xx. The suite grows by itself as endpoints are added."""

from __future__ import annotations

import os

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings

from tests import dbs
from tests.e2e.server import LiveServer, throwaway_database

# Slow: a real server and thousands of generated requests.
pytestmark = pytest.mark.slow

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "20"))
# Signing in and out (excluded below) is exercised by test_auth.py; fuzzing it would lock the fuzzer's own
# accounts out or sign them out mid-run.

@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fuzz")
    url, kind = throwaway_database(tmp)
    server = LiveServer(url, kind, tmp)
    server.prepare()
    server.start()
    yield server
    server.stop()
    if kind == "postgresql":
        dbs.drop_postgres_database(url)


@pytest.fixture(scope="module")
def api_schema(fuzz_server):
    loaded = schemathesis.openapi.from_url(f"{fuzz_server.url}/api/openapi.json")
    return loaded.exclude(path_regex=r"^/api/auth/(login|logout)$")


def _signed_in(base_url: str, username: str) -> requests.Session:
    session = requests.Session()
    response = session.post(f"{base_url}/api/auth/login", json={"username": username, "password": "demo1234"},
                            timeout=30)
    response.raise_for_status()
    session.headers["X-CSRF-Token"] = response.json()["csrf_token"]
    return session


@pytest.fixture(scope="module")
def role_sessions(fuzz_server) -> dict[str, requests.Session]:
    return {
        "anonymous": requests.Session(),
        "teacher": _signed_in(fuzz_server.url, "teacher"),
        "pupil": _signed_in(fuzz_server.url, "pupil"),
    }


def _check(case, base_url: str, sessions: dict[str, requests.Session]) -> None:
    for role, session in sessions.items():
        response = case.call(base_url=base_url, session=session, timeout=60)
        assert response.status_code < 500, (
            f"{role}: {case.method} {case.formatted_path} -> {response.status_code}\n{response.text[:500]}\n"
            f"curl: {case.as_curl_command()}"
        )
        content_type = response.headers.get("content-type") or [""]
        content_type = content_type[0] if isinstance(content_type, list) else content_type
        if response.status_code >= 400 and content_type.startswith("application/json"):
            body = response.json()
            assert "error" in body, (role, case.method, case.formatted_path, body)
            assert "detail" in body, (role, case.method, case.formatted_path, body)


def test_no_request_gets_a_server_error(fuzz_server, api_schema, role_sessions):
    failures: list[str] = []
    fuzzed = 0
    for result in api_schema.get_all_operations():
        operation = result.ok()

        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def fuzz(case) -> None:
            _check(case, fuzz_server.url, role_sessions)

        try:
            fuzz()
        except AssertionError as exc:
            failures.append(str(exc))
        fuzzed += 1
    assert fuzzed >= 30, "the schema lists too few operations: is every router mounted?"
    assert not failures, "\n\n".join(failures)
