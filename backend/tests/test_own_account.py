"""A person's own account (issue 21, account safety): staff change their own password, anyone sees where they
are signed in and signs out everywhere else, admins see and end another person's sessions."""

from __future__ import annotations

from sqlalchemy import select

from app.models import AuditLog, Role
from tests.factories import make_user

NEW = "walnut-harbour-comet-42"


async def _signed_in(make_client, username: str, *, agent: str | None = None):
    client = await make_client()
    if agent:
        client.headers["User-Agent"] = agent
    await client.login(username)
    return client


async def test_a_teacher_changes_their_password_and_is_signed_out_everywhere_else(session, make_client):
    await make_user(session, Role.teacher, username="ms_khan")
    here = await _signed_in(make_client, "ms_khan")
    there = await _signed_in(make_client, "ms_khan")
    r = await here.post("/api/auth/password", json={"current_password": "password123", "new_password": NEW})
    assert r.status_code == 200, r.text
    assert r.json()["ended"] == 1
    assert "1 other device was signed out" in r.json()["message"]
    assert (await here.get("/api/auth/me")).status_code == 200  # still signed in here
    assert (await there.get("/api/auth/me")).status_code == 401
    fresh = await make_client()
    assert (await fresh.post("/api/auth/login", json={"username": "ms_khan", "password": "password123"})
            ).status_code == 401
    await fresh.login("ms_khan", NEW)
    actions = (await session.execute(select(AuditLog.action).where(AuditLog.username == "ms_khan"))).scalars().all()
    assert "password.change" in actions


async def test_the_current_password_is_needed_and_the_new_one_must_follow_the_rule(session, make_client):
    await make_user(session, Role.teacher, username="mr_ode")
    client = await _signed_in(make_client, "mr_ode")
    wrong = await client.post("/api/auth/password", json={"current_password": "guess", "new_password": NEW})
    assert wrong.status_code == 422
    assert wrong.json()["detail"] == "That is not your current password. Type the password you signed in with."
    weak = await client.post("/api/auth/password", json={"current_password": "password123",
                                                         "new_password": "password1"})
    assert weak.status_code == 422
    assert "12" in weak.json()["detail"]  # the staff password rule says what to choose
    same = await client.post("/api/auth/password", json={"current_password": NEW, "new_password": NEW})
    assert same.status_code == 422
    await (await make_client()).login("mr_ode")  # nothing changed


async def test_guessing_the_current_password_is_limited(session, make_client):
    await make_user(session, Role.teacher, username="ms_lee")
    client = await _signed_in(make_client, "ms_lee")
    for _ in range(5):
        r = await client.post("/api/auth/password", json={"current_password": "guess", "new_password": NEW})
        assert r.status_code == 422
    r = await client.post("/api/auth/password", json={"current_password": "password123", "new_password": NEW})
    assert r.status_code == 429
    assert "Wait 15 minutes" in r.json()["detail"]


async def test_pupils_do_not_change_their_own_password(session, make_client):
    await make_user(session, Role.pupil, username="sam7")
    client = await _signed_in(make_client, "sam7")
    r = await client.post("/api/auth/password", json={"current_password": "password123", "new_password": NEW})
    assert r.status_code == 403
    assert "Ask your teacher" in r.json()["detail"]


async def test_my_sessions_and_signing_out_everywhere_else(session, make_client):
    await make_user(session, Role.pupil, username="ava8")
    chromebook = await _signed_in(make_client, "ava8", agent="Mozilla/5.0 (X11; CrOS x86_64 15633.69.0) "
                                                            "AppleWebKit/537.36 Chrome/119.0.0.0 Safari/537.36")
    home = await _signed_in(make_client, "ava8", agent="Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
                                                      "AppleWebKit/537.36 Chrome/120.0 Safari/537.36 Edg/120.0")
    listed = (await chromebook.get("/api/auth/sessions")).json()
    assert {(s["device"], s["current"]) for s in listed} == {("Chrome on a Chromebook", True),
                                                             ("Edge on Windows", False)}
    ended = await chromebook.post("/api/auth/sessions/end-others")
    assert ended.json()["ended"] == 1
    assert (await home.get("/api/auth/me")).status_code == 401
    assert [s["current"] for s in (await chromebook.get("/api/auth/sessions")).json()] == [True]


async def test_ending_one_other_session_but_not_this_one_or_someone_elses(session, make_client):
    await make_user(session, Role.teacher, username="mr_b")
    await make_user(session, Role.teacher, username="ms_c")
    here = await _signed_in(make_client, "mr_b")
    other = await _signed_in(make_client, "mr_b")
    stranger = await _signed_in(make_client, "ms_c")
    mine = {s["current"]: s["id"] for s in (await here.get("/api/auth/sessions")).json()}
    assert (await stranger.delete(f"/api/auth/sessions/{mine[False]}")).status_code == 404
    refused = await here.delete(f"/api/auth/sessions/{mine[True]}")
    assert refused.status_code == 422
    assert "Sign out" in refused.json()["detail"]
    assert (await here.delete(f"/api/auth/sessions/{mine[False]}")).status_code == 204
    assert (await other.get("/api/auth/me")).status_code == 401
    assert (await here.delete(f"/api/auth/sessions/{mine[False]}")).status_code == 404


async def test_an_admin_sees_and_ends_a_persons_sessions(session, make_client):
    teacher = await make_user(session, Role.teacher, username="ms_d")
    await make_user(session, Role.admin, username="head2")
    lost_laptop = await _signed_in(make_client, "ms_d")
    admin = await _signed_in(make_client, "head2")
    listed = (await admin.get(f"/api/admin/users/{teacher.id}/sessions")).json()
    assert len(listed) == 1 and not listed[0]["current"]
    r = await admin.post(f"/api/admin/users/{teacher.id}/sessions/end")
    assert r.status_code == 200
    assert r.json()["message"].endswith("was signed out of 1 session.")
    assert (await lost_laptop.get("/api/auth/me")).status_code == 401
    assert (await lost_laptop.post(f"/api/admin/users/{teacher.id}/sessions/end")).status_code == 401
    actions = (await session.execute(select(AuditLog.action).where(AuditLog.username == "head2"))).scalars().all()
    assert "sessions.end_all" in actions
