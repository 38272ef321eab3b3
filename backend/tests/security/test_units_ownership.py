"""Who may change a unit, on SQLite and PostgreSQL against the real app.

Found by the adversarial test: teacher2 renamed, edited and deleted another teacher's unit
(`DELETE /api/units/{id}` → 204). Every teacher still reads every unit (the department shares its curriculum);
changing or deleting a unit, its topics and its objectives belong to its owner and admins.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import LearningObjective, Role, Topic, Unit
from tests.factories import make_user


def _name(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:8]}"


async def _signed_in(real_clients: Any, username: str) -> Any:
    client = real_clients()
    await client.login(username)
    return client


async def _unit_of_someone_else(seed: Any, real_clients: Any) -> dict[str, Any]:
    """Teacher A's unit with a topic and an objective; teacher B and an admin are signed in too."""
    names = {key: _name(key) for key in ("owner", "other", "admin")}
    async with seed() as session:
        await make_user(session, Role.teacher, username=names["owner"])
        await make_user(session, Role.teacher, username=names["other"])
        await make_user(session, Role.admin, username=names["admin"])
    owner = await _signed_in(real_clients, names["owner"])
    unit = (await owner.post("/api/units", json={"title": "Networks", "year_group": 8})).json()
    topic = (await owner.post(f"/api/units/{unit['id']}/topics", json={"title": "The internet"})).json()
    objective = (await owner.post(f"/api/units/{unit['id']}/objectives",
                                  json={"code": "LO1", "description": "Describe a packet", "topic_id": topic["id"]})).json()
    return {"owner": owner, "other": await _signed_in(real_clients, names["other"]),
            "admin": await _signed_in(real_clients, names["admin"]), "unit": unit["id"], "topic": topic["id"],
            "objective": objective["id"]}


# Every route that changes a unit, its topics or its objectives: (method, path, body).
CHANGES = [
    ("PATCH", "/api/units/{unit}", {"title": "Renamed by someone else"}),
    ("DELETE", "/api/units/{unit}", None),
    ("POST", "/api/units/{unit}/topics", {"title": "Added by someone else"}),
    ("PATCH", "/api/units/{unit}/topics/{topic}", {"title": "Renamed by someone else"}),
    ("DELETE", "/api/units/{unit}/topics/{topic}", None),
    ("POST", "/api/units/{unit}/objectives", {"code": "LO9", "description": "Added by someone else"}),
    ("PATCH", "/api/units/{unit}/objectives/{objective}", {"description": "Changed by someone else"}),
    ("DELETE", "/api/units/{unit}/objectives/{objective}", None),
]


async def _unit_as_stored(seed: Any, world: dict[str, Any]) -> tuple[str, int, int, str]:
    async with seed() as session:
        unit = await session.get(Unit, uuid.UUID(world["unit"]))
        topics = await session.scalar(select(func.count()).where(Topic.unit_id == unit.id))
        objectives = await session.scalar(select(func.count()).where(LearningObjective.unit_id == unit.id))
        objective = await session.get(LearningObjective, uuid.UUID(world["objective"]))
        return unit.title, topics, objectives, objective.description


@pytest.mark.parametrize(("method", "path", "body"), CHANGES, ids=[f"{m} {p}" for m, p, _ in CHANGES])
async def test_another_teacher_cannot_change_a_unit(seed: Any, real_clients: Any, method: str, path: str,
                                                    body: dict | None) -> None:
    world = await _unit_of_someone_else(seed, real_clients)
    before = await _unit_as_stored(seed, world)
    response = await world["other"].request(method, path.format(**world), json=body)
    assert response.status_code == 403, f"{method} {path} by another teacher was answered {response.status_code}"
    assert "belongs to another teacher" in response.json()["detail"]
    assert await _unit_as_stored(seed, world) == before, "nothing about the unit changed"


async def test_every_teacher_still_reads_every_unit(seed: Any, real_clients: Any) -> None:
    world = await _unit_of_someone_else(seed, real_clients)
    one = await world["other"].get(f"/api/units/{world['unit']}")
    assert one.status_code == 200
    assert [o["id"] for o in one.json()["objectives"]] == [world["objective"]]
    listed = await world["other"].get("/api/units")
    assert world["unit"] in [u["id"] for u in listed.json()]


@pytest.mark.parametrize("who", ["owner", "admin"])
async def test_the_owner_and_admins_change_and_delete_a_unit(seed: Any, real_clients: Any, who: str) -> None:
    world = await _unit_of_someone_else(seed, real_clients)
    client, unit = world[who], world["unit"]
    for method, path, body in CHANGES:
        if method == "DELETE":
            continue
        response = await client.request(method, path.format(**world), json=body)
        assert response.status_code in (200, 201), f"{who}: {method} {path} → {response.status_code} {response.text}"
    assert (await client.delete(f"/api/units/{unit}/objectives/{world['objective']}")).status_code == 204
    assert (await client.delete(f"/api/units/{unit}/topics/{world['topic']}")).status_code == 204
    assert (await client.delete(f"/api/units/{unit}")).status_code == 204
    async with seed() as session:
        assert await session.get(Unit, uuid.UUID(unit)) is None
