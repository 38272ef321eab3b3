"""A teacher sees and manages only their own classes and pupils."""

from __future__ import annotations

from app.models import Role
from tests.factories import make_class, make_user


async def test_teacher_lists_only_their_classes(client, session):
    me = await make_user(session, Role.teacher, username="mine")
    other = await make_user(session, Role.teacher)
    await make_class(session, name="7A", teachers=[me], pupils=[await make_user(session, Role.pupil)])
    await make_class(session, name="9Z", teachers=[other])
    await client.login("mine")
    r = await client.get("/api/classes")
    assert [(c["name"], c["pupil_count"]) for c in r.json()] == [("7A", 1)]


async def test_teacher_cannot_read_another_teachers_class(client, session):
    await make_user(session, Role.teacher, username="nosy")
    other = await make_user(session, Role.teacher)
    theirs = await make_class(session, name="9Z", teachers=[other])
    await client.login("nosy")
    r = await client.get(f"/api/classes/{theirs.id}")
    assert r.status_code == 403
    assert "do not teach 9Z" in r.json()["detail"]
    r = await client.post(f"/api/classes/{theirs.id}/pupils/new",
                          json={"first_name": "A", "last_name": "B", "year_group": 9})
    assert r.status_code == 403


async def test_teacher_cannot_reset_password_of_pupil_outside_their_classes(client, session):
    me = await make_user(session, Role.teacher, username="t")
    mine = await make_class(session, name="7A", teachers=[me])
    stranger = await make_user(session, Role.pupil)
    await client.login("t")
    r = await client.post(f"/api/classes/{mine.id}/pupils/{stranger.id}/reset-password", json={})
    assert r.status_code == 403


async def test_teacher_creates_pupil_adds_and_removes(client, session, make_client):
    me = await make_user(session, Role.teacher, username="t")
    mine = await make_class(session, name="7A", teachers=[me])
    await client.login("t")
    r = await client.post(f"/api/classes/{mine.id}/pupils/new",
                          json={"first_name": "Zoë", "last_name": "O'Brien", "year_group": 7})
    assert r.status_code == 201, r.text
    creds = r.json()
    assert creds["username"] == "zobrien"
    assert creds["class_name"] == "7A"
    pupil_client = await make_client()
    await pupil_client.login(creds["username"], creds["password"])
    detail = (await client.get(f"/api/classes/{mine.id}")).json()
    assert [p["username"] for p in detail["pupils"]] == ["zobrien"]
    reset = await client.post(f"/api/classes/{mine.id}/pupils/{creds['id']}/reset-password", json={})
    assert reset.status_code == 200
    assert reset.json()["password"] != creds["password"]
    removed = await client.delete(f"/api/classes/{mine.id}/pupils/{creds['id']}")
    assert removed.status_code == 200
    assert removed.json()["pupils"] == []
    again = await client.delete(f"/api/classes/{mine.id}/pupils/{creds['id']}")
    assert again.status_code == 404


async def test_adding_a_teacher_as_pupil_is_refused(client, session):
    # Only admins add existing accounts to a class (issue 15: a teacher could take over any pupil that way).
    teacher = await make_user(session, Role.teacher, username="t")
    await make_user(session, Role.admin, username="boss")
    school_class = await make_class(session, teachers=[teacher])
    await client.login("boss")
    r = await client.post(f"/api/classes/{school_class.id}/pupils", json={"pupil_ids": [str(teacher.id)]})
    assert r.status_code == 422
    assert "not a pupil" in r.json()["detail"]


async def test_a_teacher_cannot_add_an_existing_pupil_to_their_class(client, session):
    me = await make_user(session, Role.teacher, username="t")
    mine = await make_class(session, teachers=[me])
    pupil = await make_user(session, Role.pupil)
    await client.login("t")
    r = await client.post(f"/api/classes/{mine.id}/pupils", json={"pupil_ids": [str(pupil.id)]})
    assert r.status_code == 403
    assert "admin" in r.json()["detail"]
