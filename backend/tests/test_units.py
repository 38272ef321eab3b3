"""Units → topics → learning objectives, with taxonomy strands."""

from __future__ import annotations

from app.models import Role
from tests.factories import make_user


async def test_unit_topic_objective_crud(client, session):
    await make_user(session, Role.teacher, username="t")
    await client.login("t")
    r = await client.post("/api/units", json={"title": "Networks", "year_group": 8, "half_term": 2,
                                              "academic_year": "2026-27"})
    assert r.status_code == 201, r.text
    unit_id = r.json()["id"]
    topic = (await client.post(f"/api/units/{unit_id}/topics", json={"title": "The internet"})).json()
    r = await client.post(f"/api/units/{unit_id}/objectives",
                          json={"code": "LO1", "description": "Describe what a network is", "strands": ["NW"],
                                "topic_id": topic["id"]})
    assert r.status_code == 201
    assert r.json()["strands"] == ["NW"]
    objective_id = r.json()["id"]
    second = await client.post(f"/api/units/{unit_id}/objectives", json={"code": "LO2", "description": "Explain IP"})
    assert second.json()["position"] == 1
    r = await client.patch(f"/api/units/{unit_id}/objectives/{objective_id}", json={"strands": ["NW", "SS"]})
    assert r.json()["strands"] == ["NW", "SS"]
    unit = (await client.get(f"/api/units/{unit_id}")).json()
    assert [o["code"] for o in unit["objectives"]] == ["LO1", "LO2"]
    assert unit["topics"][0]["title"] == "The internet"
    listing = (await client.get("/api/units")).json()
    assert listing[0]["objective_count"] == 2
    r = await client.patch(f"/api/units/{unit_id}", json={"title": "Networks and the internet"})
    assert r.json()["title"] == "Networks and the internet"
    assert (await client.delete(f"/api/units/{unit_id}/objectives/{objective_id}")).status_code == 204
    assert (await client.delete(f"/api/units/{unit_id}")).status_code == 204
    assert (await client.get(f"/api/units/{unit_id}")).status_code == 404


async def test_bad_strand_and_year_are_clear_422(client, session):
    await make_user(session, Role.teacher, username="t")
    await client.login("t")
    assert (await client.post("/api/units", json={"title": "X", "year_group": 11})).status_code == 422
    unit_id = (await client.post("/api/units", json={"title": "X", "year_group": 7})).json()["id"]
    r = await client.post(f"/api/units/{unit_id}/objectives", json={"code": "LO1", "description": "d",
                                                                    "strands": ["ZZ"]})
    assert r.status_code == 422
    assert "strands" in r.json()["detail"]


async def test_objective_topic_must_belong_to_the_unit(client, session):
    await make_user(session, Role.teacher, username="t")
    await client.login("t")
    a = (await client.post("/api/units", json={"title": "A", "year_group": 7})).json()["id"]
    b = (await client.post("/api/units", json={"title": "B", "year_group": 7})).json()["id"]
    topic_b = (await client.post(f"/api/units/{b}/topics", json={"title": "T"})).json()["id"]
    r = await client.post(f"/api/units/{a}/objectives", json={"code": "LO1", "description": "d", "topic_id": topic_b})
    assert r.status_code == 422


async def test_taxonomy_lists_the_ten_strands(client, session):
    await make_user(session, Role.pupil, username="p")
    await client.login("p")
    strands = (await client.get("/api/taxonomy")).json()
    assert len(strands) == 10
    assert {"code": "AL", "name": "Algorithms"} in strands
