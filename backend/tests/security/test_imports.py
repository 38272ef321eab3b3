"""Importing pupils from a CSV, on SQLite and PostgreSQL against the real app.

Found by the adversarial test: a CSV with one field longer than 131,072 characters (Python's csv limit) was
answered 500. And an import hashed a class's worth of new passwords with bcrypt (slow on purpose) inside the
request's transaction, holding a pooled connection — and, once it had created a class, SQLite's write lock —
so pupils' autosaves waited behind it. Now the long field is a 422 naming its row; the hashing happens with no
session, connection or transaction held, and the import writes in one short transaction afterwards.
"""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from app.db import get_database
from app.models import ClassPupil, Role, User
from app.services.accounts import users
from app.utils.dates import academic_year_for
from tests.factories import make_assessment, make_class, make_user

HEADER = "first name,last name,year,class\n"


def _name(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:8]}"


async def _signed_in(real_clients: Any, username: str) -> Any:
    client = real_clients()
    await client.login(username)
    return client


async def _importers(seed: Any, real_clients: Any) -> dict[str, Any]:
    """An admin, and a teacher with a class of this academic year (imports go into this year's classes)."""
    names = {key: _name(key) for key in ("admin", "teacher")}
    async with seed() as session:
        await make_user(session, Role.admin, username=names["admin"])
        teacher = await make_user(session, Role.teacher, username=names["teacher"])
        school_class = await make_class(session, name=_name("7C"), teachers=[teacher], academic_year=academic_year_for())
    return {"admin": await _signed_in(real_clients, names["admin"]),
            "teacher": await _signed_in(real_clients, names["teacher"]), "class": school_class}


def _route(world: dict[str, Any], who: str) -> str:
    return "/api/admin/pupils/import" if who == "admin" else f"/api/classes/{world['class'].id}/pupils/import"


async def _import(client: Any, route: str, csv_text: str) -> Any:
    """Preview the file, then apply the preview."""
    plan = await client.post(f"{route}/preview", json={"csv": csv_text})
    assert plan.status_code == 200, plan.text
    return await client.post(route, json={"csv": csv_text, "plan_hash": plan.json()["plan_hash"]})


async def _pupils_named(seed: Any, last_name: str) -> int:
    async with seed() as session:
        return int(await session.scalar(select(func.count()).where(User.last_name == last_name)))


# --- Fault 4: a field longer than the csv module's limit ------------------------------------------------------


@pytest.mark.parametrize("who", ["admin", "teacher"])
async def test_a_field_longer_than_131072_characters_is_a_422_naming_its_row(seed: Any, real_clients: Any,
                                                                            who: str) -> None:
    world = await _importers(seed, real_clients)
    class_name, surname = world["class"].name, _name("Longfield")
    csv_text = (HEADER + f"Amy,{surname},7,{class_name}\n" + f"Ben,{'x' * 131_073},7,{class_name}\n"
                + f"Cal,{surname},7,{class_name}\n")
    response = await world[who].post(_route(world, who) + "/preview", json={"csv": csv_text})
    assert response.status_code == 422, f"a 131,073-character field was answered {response.status_code}"
    body = response.json()
    assert "row 3 cannot be read" in body["detail"], body["detail"]
    assert [row["row"] for row in body["rows"]] == [3], "the refusal lists the row for the page to show"
    assert "longer than" in body["rows"][0]["errors"][0]
    assert await _pupils_named(seed, surname) == 0, "nothing was imported"


async def test_a_long_field_in_a_quoted_cell_names_its_row_too(seed: Any, real_clients: Any) -> None:
    world = await _importers(seed, real_clients)
    class_name = world["class"].name
    csv_text = HEADER + f'"{"y" * 200_000}",Quoted,7,{class_name}\n'
    response = await world["teacher"].post(_route(world, "teacher") + "/preview", json={"csv": csv_text})
    assert response.status_code == 422
    assert [row["row"] for row in response.json()["rows"]] == [2]


# --- An import never attaches a pupil who already has an account -----------------------------------------------


async def test_a_teachers_import_never_attaches_another_classs_pupil(seed: Any, real_clients: Any) -> None:
    world = await _importers(seed, real_clients)
    surname = _name("Existing")
    async with seed() as session:
        other = await make_user(session, Role.teacher, username=_name("other"))
        existing = await make_user(session, Role.pupil, username=_name("pat"))
        existing.first_name, existing.last_name, existing.name = "Pat", surname, f"Pat {surname}"
        elsewhere = await make_class(session, name=_name("7D"), teachers=[other], pupils=[existing],
                                     academic_year=academic_year_for())
    csv_text = HEADER + f"Pat,{surname},7,{world['class'].name}\n"
    response = await _import(world["teacher"], _route(world, "teacher"), csv_text)
    assert response.status_code == 201, response.text
    created = response.json()["created"][0]
    assert created["id"] != str(existing.id), "the import made a new account, not a link to the existing pupil"
    async with seed() as session:
        classes = set((await session.execute(
            select(ClassPupil.class_id).where(ClassPupil.pupil_id == existing.id))).scalars())
    assert classes == {elsewhere.id}, "the existing pupil stays in their own class only"


# --- Slow work outside a transaction -------------------------------------------------------------------------


class PausedHashing:
    """bcrypt made to wait until released, so a test can act while an import is hashing its passwords."""

    def __init__(self, real_hash: Callable[..., str]) -> None:
        self.real_hash = real_hash
        self.started = threading.Event()
        self.release = threading.Event()

    def __call__(self, password: str, rounds: int | None = None) -> str:
        self.started.set()
        self.release.wait(timeout=120)
        return self.real_hash(password, rounds)


async def _pupil_with_an_open_attempt(seed: Any, real_clients: Any) -> tuple[Any, str]:
    """A signed-in pupil's autosave address for a question of an attempt they have started."""
    pupil_name = _name("saver")
    async with seed() as session:
        teacher = await make_user(session, Role.teacher, username=_name("setter"))
        pupil = await make_user(session, Role.pupil, username=pupil_name)
        school_class = await make_class(session, name=_name("8E"), teachers=[teacher], pupils=[pupil])
        assessment = await make_assessment(session, owner=teacher, questions=["text_input"], publish_to=[school_class])
    client = await _signed_in(real_clients, pupil_name)
    view = (await client.post(f"/api/pupil/assessments/{assessment.id}/start")).json()
    return client, f"/api/pupil/attempts/{view['attempt_id']}/answers/{view['questions'][0]['id']}"


@pytest.mark.parametrize("who", ["admin", "teacher"])
async def test_an_autosave_completes_while_a_large_import_is_hashing(seed: Any, real_clients: Any,
                                                                   monkeypatch: pytest.MonkeyPatch, who: str) -> None:
    world = await _importers(seed, real_clients)
    pupil, autosave_url = await _pupil_with_an_open_attempt(seed, real_clients)
    # The admin's file also makes a new class, which the import used to write before hashing.
    class_name = _name("9N") if who == "admin" else world["class"].name
    surname = _name("Bulk")
    csv_text = HEADER + "".join(f"Pupil{n},{surname},9,{class_name}\n" for n in range(60))
    paused = PausedHashing(users.hash_password_sync)
    monkeypatch.setattr(users, "hash_password_sync", paused)

    route = _route(world, who)
    plan = (await world[who].post(f"{route}/preview", json={"csv": csv_text})).json()
    importing = asyncio.create_task(world[who].post(route, json={"csv": csv_text, "plan_hash": plan["plan_hash"]}))
    try:
        assert await asyncio.to_thread(paused.started.wait, 30), "the import never started hashing"
        held = get_database().engine.pool.checkedout()
        assert held == 0, f"the import holds {held} pooled connection(s) while it hashes passwords"
        saved = await asyncio.wait_for(pupil.put(autosave_url, json={"answer_data": {"text": "still typing"},
                                                                     "seq": 1}), timeout=25)
        assert saved.status_code == 200, saved.text
        assert saved.json()["saved"] is True
        assert not importing.done(), "the autosave finished while the import was still under way"
    finally:
        paused.release.set()
    imported = await importing
    assert imported.status_code == 201, imported.text
    assert imported.json()["count"] == 60
    assert await _pupils_named(seed, surname) == 60
