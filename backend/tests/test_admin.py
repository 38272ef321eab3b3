"""Admin: teachers, passwords, deactivation, classes and the audit log."""

from __future__ import annotations

from sqlalchemy import select

from app.models import AuditLog, Role, User
from tests.factories import make_class, make_user


async def _admin(client, session):
    await make_user(session, Role.admin, username="boss")
    await client.login("boss")


async def test_admin_creates_teacher_with_generated_password_who_can_sign_in(client, session, make_client):
    await _admin(client, session)
    r = await client.post("/api/admin/teachers", json={"username": "mrjones", "name": "Mr Jones"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["teacher"]["role"] == "teacher"
    assert len(body["password"]) >= 8
    other = await make_client()
    await other.login("mrjones", body["password"])
    listing = await client.get("/api/admin/teachers")
    assert "mrjones" in [t["username"] for t in listing.json()]
    audit = (await session.execute(select(AuditLog.action).where(AuditLog.action == "user.create"))).scalars().all()
    assert audit


async def test_duplicate_teacher_username_is_a_clear_409(client, session):
    await _admin(client, session)
    await make_user(session, Role.teacher, username="taken")
    r = await client.post("/api/admin/teachers", json={"username": "taken", "name": "X"})
    assert r.status_code == 409
    assert "already taken" in r.json()["detail"]


async def test_bad_username_is_a_422_naming_the_field(client, session):
    await _admin(client, session)
    r = await client.post("/api/admin/teachers", json={"username": "Bad Name!", "name": "X"})
    assert r.status_code == 422
    assert "username" in r.json()["detail"]


async def test_deactivate_signs_out_and_blocks_login(client, session, make_client):
    await _admin(client, session)
    teacher = await make_user(session, Role.teacher, username="leaving")
    other = await make_client()
    await other.login("leaving")
    r = await client.patch(f"/api/admin/users/{teacher.id}", json={"is_active": False})
    assert r.status_code == 200
    assert r.json()["is_active"] is False
    assert (await other.get("/api/auth/me")).status_code == 401
    again = await other.post("/api/auth/login", json={"username": "leaving", "password": "password123"})
    assert again.status_code == 401
    actions = (await session.execute(select(AuditLog.action))).scalars().all()
    assert "user.deactivate" in actions


async def test_admin_cannot_switch_themselves_off(client, session):
    await _admin(client, session)
    me = (await client.get("/api/auth/me")).json()["user"]
    r = await client.patch(f"/api/admin/users/{me['id']}", json={"is_active": False})
    assert r.status_code == 422


async def test_reset_password_gives_a_working_password_and_ends_old_sessions(client, session, make_client):
    await _admin(client, session)
    pupil = await make_user(session, Role.pupil, username="forgetful")
    old = await make_client()
    await old.login("forgetful")
    r = await client.post(f"/api/admin/users/{pupil.id}/reset-password", json={})
    assert r.status_code == 200
    new_password = r.json()["password"]
    assert (await old.get("/api/auth/me")).status_code == 401
    fresh = await make_client()
    await fresh.login("forgetful", new_password)
    assert "user.password_reset" in (await session.execute(select(AuditLog.action))).scalars().all()


async def test_classes_create_list_and_add_teacher(client, session):
    await _admin(client, session)
    teacher = await make_user(session, Role.teacher, username="cteacher")
    r = await client.post(
        "/api/admin/classes",
        json={"name": "8CS1", "year_group": 8, "academic_year": "2026-27", "teacher_ids": [str(teacher.id)]},
    )
    assert r.status_code == 201, r.text
    class_id = r.json()["id"]
    assert [t["username"] for t in r.json()["teachers"]] == ["cteacher"]
    dup = await client.post("/api/admin/classes", json={"name": "8cs1", "year_group": 8, "academic_year": "2026-27"})
    assert dup.status_code == 409
    second = await make_user(session, Role.teacher, username="second")
    r = await client.post(f"/api/admin/classes/{class_id}/teachers", json={"teacher_id": str(second.id)})
    assert sorted(t["username"] for t in r.json()["teachers"]) == ["cteacher", "second"]
    pupil = await make_user(session, Role.pupil)
    bad = await client.post(f"/api/admin/classes/{class_id}/teachers", json={"teacher_id": str(pupil.id)})
    assert bad.status_code == 422
    actions = (await session.execute(select(AuditLog.action))).scalars().all()
    assert "class.create" in actions
    assert "class.teacher_add" in actions


async def test_audit_log_viewer_filters(client, session):
    await _admin(client, session)
    await client.post("/api/auth/login", json={"username": "boss", "password": "wrong"})
    r = await client.get("/api/admin/audit-log", params={"action": "login.failure"})
    assert r.status_code == 200
    items = r.json()["items"]
    assert r.json()["total"] == 1
    assert items[0]["username"] == "boss"
    assert items[0]["ip"] == "127.0.0.1"
    everything = await client.get("/api/admin/audit-log", params={"action": "login"})
    assert {i["action"] for i in everything.json()["items"]} >= {"login.success", "login.failure"}
    by_user = await client.get("/api/admin/audit-log", params={"username": "nobody"})
    assert by_user.json()["total"] == 0


async def test_admin_pupil_search(client, session):
    await _admin(client, session)
    pupil = await make_user(session, Role.pupil, username="zed", name="Zed Zebra")
    school_class = await make_class(session, pupils=[pupil])
    r = await client.get("/api/admin/pupils", params={"search": "zebra"})
    assert [p["username"] for p in r.json()] == ["zed"]
    r = await client.get("/api/admin/pupils", params={"class_id": str(school_class.id)})
    assert [p["username"] for p in r.json()] == ["zed"]
    assert all(u.role == Role.pupil for u in (await session.execute(select(User).where(User.username == "zed"))).scalars())


async def test_admin_changes_a_pupils_names_and_year_group(client, session):
    await _admin(client, session)
    pupil = await make_user(session, Role.pupil, username="amyp", name="Amy Pond")
    r = await client.patch(f"/api/admin/users/{pupil.id}",
                           json={"first_name": " Amelia ", "last_name": "Williams", "year_group": 9})
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["name"], body["first_name"], body["last_name"], body["year_group"]) == (
        "Amelia Williams", "Amelia", "Williams", 9)
    listed = (await client.get("/api/admin/pupils", params={"search": "williams"})).json()
    assert [(p["username"], p["year_group"]) for p in listed] == [("amyp", 9)]
    fields = (await session.execute(select(AuditLog.details).where(AuditLog.action == "user.update"))).scalars().all()
    assert {"first_name", "last_name", "name", "year_group"} <= set(fields[-1]["fields"])


async def test_pupil_only_fields_and_bad_values_are_clear_4xx(client, session):
    await _admin(client, session)
    teacher = await make_user(session, Role.teacher, username="mrsmith")
    pupil = await make_user(session, Role.pupil, username="rory", name="Rory Williams")
    r = await client.patch(f"/api/admin/users/{teacher.id}", json={"year_group": 8})
    assert r.status_code == 422
    assert "Only pupils have a year group" in r.json()["detail"]
    r = await client.patch(f"/api/admin/users/{pupil.id}", json={"year_group": 11})
    assert r.status_code == 422
    assert "year_group" in r.json()["detail"]
    r = await client.patch(f"/api/admin/users/{pupil.id}", json={"first_name": "   "})
    assert r.status_code == 422
    assert "first_name" in r.json()["detail"]


async def test_a_pupil_row_without_a_last_name_is_not_given_half_a_name(client, session):
    """The columns allow no last name (first_name and last_name are nullable): say so, rather than store 'Amy None'."""
    await _admin(client, session)
    pupil = await make_user(session, Role.pupil, username="amy")
    pupil.last_name = None
    await session.flush()
    r = await client.patch(f"/api/admin/users/{pupil.id}", json={"first_name": "Amy"})
    assert r.status_code == 422
    assert "both a first name and a last name" in r.json()["detail"]
    r = await client.patch(f"/api/admin/users/{pupil.id}", json={"first_name": "Amy", "last_name": "Pond"})
    assert r.status_code == 200
    assert r.json()["name"] == "Amy Pond"
