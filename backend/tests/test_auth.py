"""Signing in and out, sessions, CSRF and login throttling."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select, update

from app.models import AuditLog, Role, UserSession, utcnow
from tests.factories import make_user


async def test_login_success_returns_user_csrf_and_cookie(client, session):
    teacher = await make_user(session, Role.teacher, username="msmith", name="Ms Smith")
    response = await client.post("/api/auth/login", json={"username": "MSmith ", "password": "password123"})
    assert response.status_code == 200
    body = response.json()
    assert body["user"] == {"id": str(teacher.id), "username": "msmith", "name": "Ms Smith", "role": "teacher"}
    assert len(body["csrf_token"]) >= 32
    cookie = response.headers["set-cookie"]
    assert "ks3_session=" in cookie
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie
    assert "Secure" not in cookie  # plain http in tests
    me = await client.get("/api/auth/me")
    assert me.status_code == 200
    assert me.json()["user"]["username"] == "msmith"
    # Only a hash of the token is stored.
    token = client.cookies.get("ks3_session")
    stored = (await session.execute(select(UserSession.token_hash))).scalars().all()
    assert token not in stored
    assert len(stored) == 1


async def test_login_behind_https_proxy_sets_secure_cookie(client, session):
    await make_user(session, Role.teacher, username="proxied")
    response = await client.post(
        "/api/auth/login",
        json={"username": "proxied", "password": "password123"},
        headers={"X-Forwarded-Proto": "https"},
    )
    assert response.status_code == 200
    assert "Secure" in response.headers["set-cookie"]


async def test_login_failure_is_clear_and_audited(client, session):
    await make_user(session, Role.pupil, username="pupil1")
    response = await client.post("/api/auth/login", json={"username": "pupil1", "password": "nope"})
    assert response.status_code == 401
    assert response.json()["error"] == "NotAuthenticated"
    assert "do not match" in response.json()["detail"]
    unknown = await client.post("/api/auth/login", json={"username": "ghost", "password": "nope"})
    assert unknown.status_code == 401
    assert unknown.json()["detail"] == response.json()["detail"]
    actions = (await session.execute(select(AuditLog.action, AuditLog.username))).all()
    assert ("login.failure", "pupil1") in actions
    assert ("login.failure", "ghost") in actions


async def test_login_with_missing_fields_is_a_clear_422(client):
    response = await client.post("/api/auth/login", json={"username": "x"})
    assert response.status_code == 422
    assert "password" in response.json()["detail"]
    garbage = await client.post("/api/auth/login", content=b"{not json", headers={"content-type": "application/json"})
    assert garbage.status_code == 422


async def test_lockout_after_repeated_failures_per_username(client, session):
    await make_user(session, Role.pupil, username="target")
    for _ in range(5):
        r = await client.post("/api/auth/login", json={"username": "target", "password": "wrong"})
        assert r.status_code == 401
    locked = await client.post("/api/auth/login", json={"username": "target", "password": "password123"})
    assert locked.status_code == 429
    assert "Wait" in locked.json()["detail"]
    assert locked.headers.get("retry-after")
    assert (await session.execute(select(func.count()).where(AuditLog.action == "login.locked"))).scalar_one() == 1


async def test_lockout_per_ip_across_usernames(client, session, monkeypatch):
    from app.config import get_settings

    monkeypatch.setattr(get_settings(), "login_max_failures_per_ip", 3)
    await make_user(session, Role.pupil, username="someone")
    for i in range(3):
        await client.post("/api/auth/login", json={"username": f"guess{i}", "password": "x"})
    r = await client.post("/api/auth/login", json={"username": "someone", "password": "password123"})
    assert r.status_code == 429
    assert "computer" in r.json()["detail"]


async def test_inactive_account_cannot_sign_in(client, session):
    await make_user(session, Role.pupil, username="leaver", is_active=False)
    r = await client.post("/api/auth/login", json={"username": "leaver", "password": "password123"})
    assert r.status_code == 401
    assert "switched off" in r.json()["detail"]


async def test_logout_invalidates_the_session_on_the_server(client, session):
    await make_user(session, Role.teacher, username="t1")
    await client.login("t1")
    token = client.cookies.get("ks3_session")
    assert (await client.post("/api/auth/logout")).status_code == 200
    client.cookies.set("ks3_session", token)  # replaying the old cookie must not work
    r = await client.get("/api/auth/me")
    assert r.status_code == 401


async def test_expired_session_is_refused(client, session):
    await make_user(session, Role.teacher, username="t2")
    await client.login("t2")
    await session.execute(update(UserSession).values(expires_at=utcnow() - timedelta(seconds=1)))
    r = await client.get("/api/auth/me")
    assert r.status_code == 401
    assert "sign in" in r.json()["detail"]


async def test_session_expiry_comes_from_settings(client, session):
    await make_user(session, Role.teacher, username="t3")
    await client.login("t3")
    row = (await session.execute(select(UserSession))).scalar_one()
    assert abs((row.expires_at - row.created_at) - timedelta(minutes=480)) < timedelta(seconds=5)


async def test_csrf_missing_or_wrong_is_refused(client, session):
    await make_user(session, Role.teacher, username="t4")
    await client.login("t4")
    good = client.headers.pop("X-CSRF-Token")
    missing = await client.post("/api/auth/logout")
    assert missing.status_code == 403
    assert missing.json()["error"] == "CSRFFailed"
    wrong = await client.post("/api/auth/logout", headers={"X-CSRF-Token": "x" * 43})
    assert wrong.status_code == 403
    ok = await client.post("/api/auth/logout", headers={"X-CSRF-Token": good})
    assert ok.status_code == 200


async def test_unauthenticated_me_is_401(client):
    r = await client.get("/api/auth/me")
    assert r.status_code == 401
    assert (r.json() == {
        "error": "NotAuthenticated",
        "detail": "Please sign in to continue. If you were signed in, your session has ended.",
    })


async def test_unknown_api_path_is_a_json_404(client):
    r = await client.get("/api/no-such-thing")
    assert r.status_code == 404
    assert r.json()["error"] == "NotFound"


async def test_me_names_the_school_for_login_cards(client, session, monkeypatch):
    from app.config import get_settings

    await make_user(session, Role.teacher, username="cards")
    await client.post("/api/auth/login", json={"username": "cards", "password": "password123"})
    assert (await client.get("/api/auth/me")).json()["school_name"] == get_settings().school_name
    monkeypatch.setattr(get_settings(), "school_name", "Hillside Academy")
    assert (await client.get("/api/auth/me")).json()["school_name"] == "Hillside Academy"
