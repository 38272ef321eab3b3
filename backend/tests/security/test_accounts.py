"""Accounts an adversarial test could abuse, on SQLite and PostgreSQL against the real app.

Found by the adversarial test: any teacher could attach any pupil to one of their own classes, then read that
pupil's answers and marks in other teachers' assessments, reset the password (and sign in as the pupil) and
remove the pupil again; staff accounts accepted `password` and `12345678`; generated pupil passwords were a word
and two digits (about 2,700 possibilities). Now only admins attach existing pupils to classes, a teacher's right
to a pupil comes from a class the pupil was already in, staff passwords are at least 12 characters and not
common, and pupils' passwords are three short words and two digits drawn with `secrets`.
"""

from __future__ import annotations

import math
import re
import secrets
import uuid
from typing import Any

import pytest
from sqlalchemy import select

from app import cli
from app.models import ClassPupil, Role
from app.services.accounts import users
from tests.factories import DEFAULT_PASSWORD, make_assessment, make_class, make_user

PUPIL_PASSWORD = re.compile(r"^[a-z]{3,6}-[a-z]{3,6}-[a-z]{3,6}-[1-9][0-9]$")


def _name(prefix: str) -> str:
    # Each module shares one database for all its tests: every test makes accounts of its own.
    return f"{prefix}{uuid.uuid4().hex[:8]}"


async def _signed_in(real_clients: Any, username: str, password: str = DEFAULT_PASSWORD) -> Any:
    client = real_clients()
    await client.login(username, password)
    return client


async def _can_sign_in(real_clients: Any, username: str, password: str) -> bool:
    response = await real_clients().post("/api/auth/login", json={"username": username, "password": password})
    return response.status_code == 200


async def _classes_of(seed: Any, pupil_id: uuid.UUID) -> set[uuid.UUID]:
    async with seed() as session:
        rows = await session.execute(select(ClassPupil.class_id).where(ClassPupil.pupil_id == pupil_id))
        return set(rows.scalars())


async def _pupil_with_marked_work(seed: Any, real_clients: Any) -> dict[str, Any]:
    """A pupil in teacher A's class who has finished one of teacher A's assessments; teacher B teaches another."""
    names = {key: _name(key) for key in ("owner", "other", "pupil")}
    async with seed() as session:
        owner = await make_user(session, Role.teacher, username=names["owner"])
        other = await make_user(session, Role.teacher, username=names["other"])
        pupil = await make_user(session, Role.pupil, username=names["pupil"])
        theirs = await make_class(session, name=_name("7A"), teachers=[owner], pupils=[pupil])
        mine = await make_class(session, name=_name("7B"), teachers=[other])
        assessment = await make_assessment(session, owner=owner, questions=["text_input"], publish_to=[theirs])
    pupil_client = await _signed_in(real_clients, names["pupil"])
    view = (await pupil_client.post(f"/api/pupil/assessments/{assessment.id}/start")).json()
    attempt_id, question_id = view["attempt_id"], view["questions"][0]["id"]
    saved = await pupil_client.put(f"/api/pupil/attempts/{attempt_id}/answers/{question_id}",
                                   json={"answer_data": {"text": "my own answer"}, "seq": 1})
    assert saved.status_code == 200, saved.text
    finished = await pupil_client.post(f"/api/pupil/attempts/{attempt_id}/complete")
    assert finished.status_code == 200, finished.text
    return {"names": names, "pupil_id": pupil.id, "attempt_id": attempt_id, "their_class": theirs.id,
            "my_class": mine.id}


# --- Fault 1: taking over another teacher's pupil -------------------------------------------------------------


async def test_a_teacher_cannot_take_over_another_teachers_pupil(seed: Any, real_clients: Any) -> None:
    world = await _pupil_with_marked_work(seed, real_clients)
    pupil_id, mine, theirs = world["pupil_id"], world["my_class"], world["their_class"]
    attacker = await _signed_in(real_clients, world["names"]["other"])

    attach = await attacker.post(f"/api/classes/{mine}/pupils", json={"pupil_ids": [str(pupil_id)]})
    assert attach.status_code == 403, f"attaching another teacher's pupil was answered {attach.status_code}"
    assert "admin" in attach.json()["detail"], "the refusal says who can add an existing pupil"
    assert await _classes_of(seed, pupil_id) == {theirs}, "the pupil stays in their own class only"

    record = await attacker.get(f"/api/analytics/pupils/{pupil_id}")
    assert record.status_code == 403, "the pupil's record (answers and marks) is refused"
    attempt = await attacker.get(f"/api/analytics/attempts/{world['attempt_id']}")
    assert attempt.status_code == 403, "the pupil's attempt, answer by answer, is refused"

    reset = await attacker.post(f"/api/classes/{mine}/pupils/{pupil_id}/reset-password", json={})
    assert reset.status_code in (403, 404), f"resetting the pupil's password was answered {reset.status_code}"
    assert await _can_sign_in(real_clients, world["names"]["pupil"], DEFAULT_PASSWORD), "the old password still works"

    remove_mine = await attacker.delete(f"/api/classes/{mine}/pupils/{pupil_id}")
    assert remove_mine.status_code == 404, "the pupil is not in the attacker's class to remove"
    remove_theirs = await attacker.delete(f"/api/classes/{theirs}/pupils/{pupil_id}")
    assert remove_theirs.status_code == 403, "the attacker cannot take the pupil out of a class they do not teach"
    assert await _classes_of(seed, pupil_id) == {theirs}


async def test_a_reset_names_a_class_the_pupil_is_in(seed: Any, real_clients: Any) -> None:
    """A teacher with two classes resets a pupil's password only through the pupil's own class: the card names it."""
    teacher_name = _name("two")
    async with seed() as session:
        teacher = await make_user(session, Role.teacher, username=teacher_name)
        pupil = await make_user(session, Role.pupil, username=_name("pupil"))
        with_pupil = await make_class(session, name=_name("8A"), teachers=[teacher], pupils=[pupil])
        without = await make_class(session, name=_name("8B"), teachers=[teacher])
    teacher_client = await _signed_in(real_clients, teacher_name)
    wrong = await teacher_client.post(f"/api/classes/{without.id}/pupils/{pupil.id}/reset-password", json={})
    assert wrong.status_code == 404, f"a reset through a class the pupil is not in was answered {wrong.status_code}"
    right = await teacher_client.post(f"/api/classes/{with_pupil.id}/pupils/{pupil.id}/reset-password", json={})
    assert right.status_code == 200, right.text
    assert right.json()["class_name"] == with_pupil.name


async def test_an_admin_still_adds_existing_pupils_and_their_teacher_then_sees_them(seed: Any,
                                                                                    real_clients: Any) -> None:
    world = await _pupil_with_marked_work(seed, real_clients)
    admin_name = _name("admin")
    async with seed() as session:
        await make_user(session, Role.admin, username=admin_name)
    admin = await _signed_in(real_clients, admin_name)
    added = await admin.post(f"/api/classes/{world['my_class']}/pupils", json={"pupil_ids": [str(world['pupil_id'])]})
    assert added.status_code == 200, added.text
    assert await _classes_of(seed, world["pupil_id"]) == {world["their_class"], world["my_class"]}
    teacher = await _signed_in(real_clients, world["names"]["other"])
    record = await teacher.get(f"/api/analytics/pupils/{world['pupil_id']}")
    assert record.status_code == 200, "the pupil's new teacher reads their record once an admin has added them"


async def test_a_teacher_still_creates_a_new_pupil_in_their_own_class(seed: Any, real_clients: Any) -> None:
    teacher_name = _name("maker")
    async with seed() as session:
        teacher = await make_user(session, Role.teacher, username=teacher_name)
        mine = await make_class(session, name=_name("9A"), teachers=[teacher])
    teacher_client = await _signed_in(real_clients, teacher_name)
    made = await teacher_client.post(f"/api/classes/{mine.id}/pupils/new",
                                     json={"first_name": "Robin", "last_name": "Newcombe", "year_group": 9})
    assert made.status_code == 201, made.text
    credentials = made.json()
    assert PUPIL_PASSWORD.match(credentials["password"]), credentials["password"]
    assert await _classes_of(seed, uuid.UUID(credentials["id"])) == {mine.id}
    assert await _can_sign_in(real_clients, credentials["username"], credentials["password"])


# --- Fault 3: weak passwords ----------------------------------------------------------------------------------

WEAK_STAFF_PASSWORDS = ["password", "12345678", "short-pass1", "QWERTY123456", "password1234", "Password2024!",
                        "passwordpassword", "aaaaaaaaaaaaaaa"]


@pytest.mark.parametrize("password", WEAK_STAFF_PASSWORDS)
def test_the_staff_password_rule_refuses_weak_passwords(password: str) -> None:
    assert users.staff_password_problem(password) is not None, f"{password!r} was accepted for a staff account"


@pytest.mark.parametrize("password", ["correct horse battery", "Lighthouse-Quiver-88", "a-long-password"])
def test_the_staff_password_rule_accepts_long_uncommon_passwords(password: str) -> None:
    assert users.staff_password_problem(password) is None


def test_the_common_password_list_is_shipped_with_its_source_and_compared_ignoring_case() -> None:
    assert len(users.common_passwords()) >= 9_000
    assert "password" in users.common_passwords()
    assert "qwerty123456" in users.common_passwords()
    assert users.staff_password_problem("QwErTy123456") is not None
    header = (users.DATA_DIR / "common-passwords.txt").read_text(encoding="utf-8").splitlines()[:6]
    assert any("zxcvbn" in line for line in header), "the file says where the list came from"
    assert any("MIT" in line for line in header), "the file says the list's licence"


async def _admin_client(seed: Any, real_clients: Any) -> Any:
    admin_name = _name("boss")
    async with seed() as session:
        await make_user(session, Role.admin, username=admin_name)
    return await _signed_in(real_clients, admin_name)


@pytest.mark.parametrize("password", ["password", "12345678", "qwerty123456", "passwordpassword"])
async def test_an_admin_cannot_give_a_teacher_a_weak_password(seed: Any, real_clients: Any, password: str) -> None:
    admin = await _admin_client(seed, real_clients)
    username = _name("weak")
    created = await admin.post("/api/admin/teachers", json={"username": username, "name": "Ms Weak",
                                                            "password": password})
    assert created.status_code == 422, f"a teacher was created with the password {password!r}"
    assert "12 characters" in created.json()["detail"]
    assert not await _can_sign_in(real_clients, username, password)

    async with seed() as session:
        teacher = await make_user(session, Role.teacher, username=_name("resetme"))
    reset = await admin.post(f"/api/admin/users/{teacher.id}/reset-password", json={"password": password})
    assert reset.status_code == 422, f"a teacher's password was reset to {password!r}"
    assert "12 characters" in reset.json()["detail"]


async def test_generated_and_strong_staff_passwords_work(seed: Any, real_clients: Any) -> None:
    admin = await _admin_client(seed, real_clients)
    generated_for = _name("gen")
    created = await admin.post("/api/admin/teachers", json={"username": generated_for, "name": "Mr Generated"})
    assert created.status_code == 201, created.text
    generated = created.json()["password"]
    assert users.staff_password_problem(generated) is None, f"the generated staff password {generated!r} is weak"
    assert await _can_sign_in(real_clients, generated_for, generated)

    chosen_for = _name("chosen")
    chosen = await admin.post("/api/admin/teachers", json={"username": chosen_for, "name": "Ms Chosen",
                                                           "password": "Lighthouse-Quiver-88"})
    assert chosen.status_code == 201, chosen.text
    assert await _can_sign_in(real_clients, chosen_for, "Lighthouse-Quiver-88")
    reset = await admin.post(f"/api/admin/users/{chosen.json()['teacher']['id']}/reset-password", json={})
    assert users.staff_password_problem(reset.json()["password"]) is None


@pytest.mark.parametrize("password", ["password", "12345678", "qwerty123456"])
def test_create_admin_refuses_a_weak_password(password: str, capsys: pytest.CaptureFixture[str]) -> None:
    # Refused before the database is opened, so no database is needed here.
    assert cli.main(["create-admin", "--username", "head", "--password", password]) == 2
    assert "12 characters" in capsys.readouterr().out


# --- Generated pupil passwords -----------------------------------------------------------------------------------


def test_pupil_passwords_have_at_least_2_to_the_28_possibilities() -> None:
    words = users.pupil_password_words()
    assert len(words) >= 1000, f"only {len(words)} words"
    assert len(set(words)) == len(words), "every word is different"
    possibilities = len(words) ** users.PUPIL_PASSWORD_WORD_COUNT * users.PUPIL_PASSWORD_NUMBERS
    assert possibilities >= 2**28, f"only about 2^{math.log2(possibilities):.1f} pupil passwords"


def test_pupil_passwords_are_short_plain_words_and_two_digits() -> None:
    words = users.pupil_password_words()
    assert all(re.fullmatch(r"[a-z]{3,6}", word) for word in words), "lower-case letters only, easy to type"
    for _ in range(200):
        password = users.pupil_password()
        assert PUPIL_PASSWORD.match(password), password
        assert set(password.split("-")[:3]) <= set(words)


def test_pupil_passwords_are_drawn_with_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    """The generator takes every choice from the `secrets` CSPRNG: with it fixed, the password is fixed."""
    monkeypatch.setattr(secrets, "choice", lambda sequence: sequence[-1])
    monkeypatch.setattr(secrets, "randbelow", lambda _n: 0)
    last = users.pupil_password_words()[-1]
    assert users.pupil_password() == f"{last}-{last}-{last}-10"


# Words unsuitable on a card handed to an 11–14-year-old (violence, drugs and alcohol, bodies, insults,
# religion and politics, disabilities, distressing feelings) that the EFF short list contains.
UNSUITABLE = {"agony", "aids", "arson", "bribe", "bully", "coke", "coma", "crazy", "cult", "curse", "deaf",
              "drown", "dwarf", "evil", "fetal", "flirt", "gore", "grope", "hate", "hump", "islam", "junky", "keg",
              "mute", "nerd", "panty", "polio", "rabid", "slain", "slit", "swear", "thong", "trump", "widow",
              "wimp", "womb", "error", "false", "cider", "wager", "tarot"}


def test_the_word_list_leaves_out_unsuitable_words_and_says_where_it_came_from() -> None:
    found = UNSUITABLE & set(users.pupil_password_words())
    assert not found, f"unsuitable words on a pupil's card: {sorted(found)}"
    header = (users.DATA_DIR / "pupil-password-words.txt").read_text(encoding="utf-8").splitlines()[:8]
    assert any("EFF" in line for line in header), "the file says where the list came from"
    assert any("CC BY" in line for line in header), "the file says the list's licence"
