"""Every route refuses the wrong role: anonymous → 401, pupil on teacher routes → 403, teacher on admin → 403."""

from __future__ import annotations

import re
import uuid

import pytest

from app.main import app as fastapi_app
from app.models import Role
from tests.factories import make_user

# The code after the password is part of signing in: its gate is the step the right password opened.
PUBLIC = {("POST", "/api/auth/login"), ("POST", "/api/auth/login/code"), ("GET", "/api/health"), ("GET", "/api/ready"),
          # Single sign-on: the sign-in page's buttons, the trip to the provider and back, and its message.
          ("GET", "/api/sso/providers"), ("GET", "/api/sso/{provider_id}/start"), ("GET", "/api/sso/callback"),
          ("GET", "/api/sso/problem")}
PUPIL_ALLOWED_PREFIXES = ("/api/pupil/", "/api/auth/", "/api/taxonomy", "/api/media/")
TEACHER_ALLOWED = lambda path: not path.startswith("/api/admin/") and not path.startswith("/api/pupil/")  # noqa: E731
ADMIN_OR_TOKEN = {"/api/metrics"}


def _routes() -> list[tuple[str, str]]:
    """Every API operation, from the OpenAPI schema (which lists exactly what the app serves)."""
    paths = fastapi_app.openapi()["paths"]
    found = [(method.upper(), path) for path, ops in paths.items() for method in ops]
    assert len(found) >= 30, "the route list looks incomplete"
    return found


def _concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", str(uuid.uuid4()), path)


async def _call(client, method: str, path: str):
    return await client.request(method, _concrete(path), json={} if method in ("POST", "PUT", "PATCH") else None)


async def test_anonymous_gets_401_everywhere_but_public_routes(client):
    checked = 0
    for method, path in _routes():
        if (method, path) in PUBLIC or path in ADMIN_OR_TOKEN:
            continue
        r = await _call(client, method, path)
        assert r.status_code == 401, (method, path, r.status_code, r.text)
        checked += 1
    assert checked >= 25


async def test_pupil_is_refused_on_teacher_and_admin_routes(client, session):
    await make_user(session, Role.pupil, username="kid")
    await client.login("kid")
    checked = 0
    for method, path in _routes():
        if (method, path) in PUBLIC or path.startswith(PUPIL_ALLOWED_PREFIXES) or path in ADMIN_OR_TOKEN:
            continue
        r = await _call(client, method, path)
        assert r.status_code == 403, (method, path, r.status_code, r.text)
        checked += 1
    assert checked >= 20


async def test_teacher_is_refused_on_admin_and_pupil_routes(client, session):
    await make_user(session, Role.teacher, username="teach")
    await client.login("teach")
    checked = 0
    for method, path in _routes():
        if TEACHER_ALLOWED(path) or (method, path) in PUBLIC:
            continue
        r = await _call(client, method, path)
        assert r.status_code == 403, (method, path, r.status_code, r.text)
        checked += 1
    assert checked >= 5


@pytest.mark.parametrize("role", [Role.teacher, Role.pupil])
async def test_state_changes_without_csrf_are_refused_for_every_route(client, session, role):
    await make_user(session, role, username="who")
    await client.login("who")
    client.headers.pop("X-CSRF-Token")
    checked = 0
    for method, path in _routes():
        if method == "GET" or (method, path) in PUBLIC:
            continue
        r = await _call(client, method, path)
        assert r.status_code == 403, (method, path, r.status_code)
        assert r.json()["error"] == "CSRFFailed", (method, path, r.status_code)
        checked += 1
    assert checked >= 20
