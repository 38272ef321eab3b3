"""Rate limits that races must not beat, on SQLite and PostgreSQL, with real pools and concurrent requests.

Found by the adversarial test: 27 of 45 simultaneous code runs passed a 20-per-minute limit, and 19 of 40
simultaneous wrong passwords were checked against a limit of 5, because each request counted and then wrote in
its own transaction. Each limit's check and its write are now one atomic step.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from app.config import get_settings
from app.db import get_database, session_scope
from app.errors import TooManyRequests
from app.models import AuditLog, RateEvent, Role
from app.services.accounts import sign_in
from app.services.core import rate_limit
from tests.factories import DEFAULT_PASSWORD, make_user
from tests.security.conftest import at_once

MESSAGE = "You have run your code a lot in the last minute. Wait a moment, read your code, then try again."


async def _events(bucket: str, key: str) -> int:
    async with session_scope() as session:
        return int(await session.scalar(select(func.count()).where(RateEvent.bucket == bucket, RateEvent.key == key)))


async def _take_in_own_transaction(bucket: str, key: str) -> bool:
    """One caller of `rate_limit.take`: True when its event was counted, False when it was refused."""
    try:
        await rate_limit.take(get_database().sessionmaker, bucket, key, limit=20, window=timedelta(minutes=1),
                              message=MESSAGE)
    except TooManyRequests:
        return False
    return True


async def _hit_in_callers_transaction(bucket: str, key: str) -> bool:
    """One caller of `rate_limit.hit` inside a transaction of its own that reads before the check and goes on
    after it, as a quick request does."""
    try:
        async with session_scope() as session:
            await session.execute(select(func.count()).select_from(RateEvent))  # the caller's reads come first
            await rate_limit.hit(session, bucket, key, limit=20, window=timedelta(minutes=1), message=MESSAGE)
            await session.execute(select(func.count()).select_from(RateEvent))  # the caller's own work goes on
    except TooManyRequests:
        return False
    return True


@pytest.mark.parametrize("caller", [_take_in_own_transaction, _hit_in_callers_transaction])
async def test_45_simultaneous_events_pass_a_limit_of_20_exactly_20_times(real_app: Any, caller: Any) -> None:
    key = str(uuid.uuid4())
    passed = await at_once(*(caller("code_run", key) for _ in range(45)))
    assert passed.count(True) == 20, f"{passed.count(True)} of 45 simultaneous events passed a limit of 20"
    assert await _events("code_run", key) == 20, "the refused events must not be stored"


async def test_a_refusal_keeps_its_message_and_says_when_to_try_again(real_app: Any) -> None:
    sessions = get_database().sessionmaker
    key = str(uuid.uuid4())
    await rate_limit.take(sessions, "code_run", key, limit=1, window=timedelta(minutes=1), message=MESSAGE)
    with pytest.raises(TooManyRequests) as refused:
        await rate_limit.take(sessions, "code_run", key, limit=1, window=timedelta(minutes=1), message=MESSAGE)
    assert refused.value.detail == MESSAGE
    assert refused.value.headers["Retry-After"] == "60"


async def test_an_event_is_committed_at_once_and_counts_although_the_work_after_it_fails(real_app: Any) -> None:
    sessions = get_database().sessionmaker
    key = str(uuid.uuid4())
    with pytest.raises(RuntimeError):
        await rate_limit.take(sessions, "code_run", key, limit=5, window=timedelta(minutes=1), message=MESSAGE)
        assert await _events("code_run", key) == 1, "the event is visible to others before the slow work starts"
        raise RuntimeError("the caller's slow work failed")
    assert await _events("code_run", key) == 1, "the attempt still counts"


async def test_a_limit_of_zero_means_no_limit(real_app: Any) -> None:
    key = str(uuid.uuid4())
    await rate_limit.take(get_database().sessionmaker, "code_run", key, limit=0, window=timedelta(minutes=1),
                          message=MESSAGE)
    assert await _events("code_run", key) == 0


# --- Signing in ----------------------------------------------------------------------------------------------

@pytest.fixture
def password_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every bcrypt check sign-in runs (a real one for a known username, a dummy one for an unknown)."""
    checks: list[str] = []
    real_verify, real_burn = sign_in.verify_password, sign_in.burn_password_check

    async def verify(password: str, password_hash: str) -> bool:
        checks.append(password)
        return await real_verify(password, password_hash)

    async def burn(password: str) -> None:
        checks.append(password)
        await real_burn(password)

    monkeypatch.setattr(sign_in, "verify_password", verify)
    monkeypatch.setattr(sign_in, "burn_password_check", burn)
    return checks


async def _audit(action: str, username: str) -> int:
    async with session_scope() as session:
        return int(await session.scalar(select(func.count()).where(AuditLog.action == action,
                                                                    AuditLog.username == username)))


async def test_40_simultaneous_wrong_passwords_run_at_most_5_password_checks(
        real_app: Any, seed: Any, real_clients: Any, password_checks: list[str]) -> None:
    async with seed() as session:
        await make_user(session, Role.pupil, username="race_target")
    client = real_clients("10.1.0.1")
    replies = await at_once(*(client.post("/api/auth/login", json={"username": "race_target", "password": f"guess{n}"})
                              for n in range(40)))
    statuses = sorted(r.status_code for r in replies)
    assert len(password_checks) == get_settings().login_max_failures_per_user, (
        f"{len(password_checks)} password checks ran against a limit of 5")
    assert statuses.count(401) == 5, statuses
    assert statuses.count(429) == 35, statuses
    assert await _audit("login.failure", "race_target") == 5
    assert await _audit("login.locked", "race_target") == 35
    refused = next(r for r in replies if r.status_code == 429)
    assert refused.json()["detail"].startswith("Too many sign-in attempts for this username.")
    assert refused.headers["retry-after"]


async def test_simultaneous_guesses_at_many_usernames_from_one_computer_hold_its_limit(
        real_app: Any, real_clients: Any, password_checks: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(get_settings(), "login_max_failures_per_ip", 5)
    client = real_clients("10.1.0.2")
    replies = await at_once(*(client.post("/api/auth/login", json={"username": f"nobody{n}", "password": "x"})
                              for n in range(40)))
    assert len(password_checks) == 5, f"{len(password_checks)} password checks ran against a limit of 5"
    refused = [r for r in replies if r.status_code == 429]
    assert len(refused) == 35
    assert "computer" in refused[0].json()["detail"]


async def test_signing_in_well_uses_up_no_failure_slots(
        real_app: Any, seed: Any, real_clients: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(get_settings(), "login_max_failures_per_ip", 3)
    async with seed() as session:
        await make_user(session, Role.teacher, username="often_in")
    client = real_clients("10.1.0.3")
    for _ in range(4):
        reply = await client.post("/api/auth/login", json={"username": "often_in", "password": DEFAULT_PASSWORD})
        assert reply.status_code == 200, reply.text
    assert await _events("login_ip", "10.1.0.3") == 0, "a successful sign-in releases the slot it reserved"


async def test_a_correct_password_clears_the_usernames_failures(real_app: Any, seed: Any, real_clients: Any) -> None:
    async with seed() as session:
        await make_user(session, Role.teacher, username="forgetful")
    client = real_clients("10.1.0.4")
    for _ in range(4):
        assert (await client.post("/api/auth/login", json={"username": "forgetful", "password": "no"})).status_code == 401
    assert (await client.post("/api/auth/login", json={"username": "forgetful",
                                                       "password": DEFAULT_PASSWORD})).status_code == 200
    assert await _events("login_user", "forgetful from 10.1.0.4") == 0
    assert await _events("login_user_everywhere", "forgetful") == 4, "the failures everywhere keep counting"
    assert await _events("login_ip", "10.1.0.4") == 4, "failures still count against the computer"
    assert await _audit("login.success", "forgetful") == 1


async def test_a_class_signing_in_together_behind_one_address_all_get_in(
        real_app: Any, seed: Any, real_clients: Any, password_checks: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A school's pupils share one address: 40 right passwords at once against a per-computer limit of 5 must
    all get in (they wait their turn), never be told the computer is locked."""
    monkeypatch.setattr(get_settings(), "login_max_failures_per_ip", 5)
    async with seed() as session:
        for n in range(40):
            await make_user(session, Role.pupil, username=f"class_pupil{n}")
    client = real_clients("10.1.0.5")
    replies = await at_once(*(client.post("/api/auth/login", json={"username": f"class_pupil{n}",
                                                                   "password": DEFAULT_PASSWORD})
                              for n in range(40)))
    assert sorted(r.status_code for r in replies) == [200] * 40, [r.text for r in replies if r.status_code != 200]
    assert len(password_checks) == 40
    assert await _events("login_ip", "10.1.0.5") == 0
    assert await _events("login_ip_pending", "10.1.0.5") == 0, "every check under way gave its place back"


async def test_wrong_passwords_among_a_crowd_of_right_ones_still_lock_the_computer_at_the_limit(
        real_app: Any, seed: Any, real_clients: Any, password_checks: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(get_settings(), "login_max_failures_per_ip", 5)
    async with seed() as session:
        for n in range(10):
            await make_user(session, Role.pupil, username=f"mixed{n}")
    client = real_clients("10.1.0.6")
    guesses = (client.post("/api/auth/login", json={"username": f"guessed{n}", "password": "x"}) for n in range(20))
    honest = (client.post("/api/auth/login", json={"username": f"mixed{n}", "password": DEFAULT_PASSWORD})
              for n in range(10))
    replies = await at_once(*guesses, *honest)
    wrong = [r.status_code for r in replies[:20]]
    assert wrong.count(401) == 5, f"{wrong.count(401)} wrong passwords were checked against a limit of 5"
    assert wrong.count(429) == 15
    assert await _events("login_ip", "10.1.0.6") == 5
    assert await _events("login_ip_pending", "10.1.0.6") == 0


async def test_a_pupil_guessing_a_teachers_password_locks_it_only_on_their_own_computer(
        real_app: Any, seed: Any, real_clients: Any) -> None:
    async with seed() as session:
        await make_user(session, Role.teacher, username="ms_target")
    pupils_pc, teachers_pc = real_clients("10.1.0.20"), real_clients("10.1.0.21")
    for n in range(5):
        wrong = await pupils_pc.post("/api/auth/login", json={"username": "ms_target", "password": f"guess{n}"})
        assert wrong.status_code == 401
    locked = await pupils_pc.post("/api/auth/login", json={"username": "ms_target", "password": DEFAULT_PASSWORD})
    assert locked.status_code == 429
    assert "on this computer" in locked.json()["detail"]
    teacher = await teachers_pc.post("/api/auth/login", json={"username": "ms_target", "password": DEFAULT_PASSWORD})
    assert teacher.status_code == 200, "the teacher still signs in from their own computer"


async def test_guessing_one_username_from_many_computers_meets_the_limit_for_it_everywhere(
        real_app: Any, seed: Any, real_clients: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(get_settings(), "login_max_failures_per_user_everywhere", 6)
    async with seed() as session:
        await make_user(session, Role.teacher, username="mr_spread")
    for computer in range(3):
        client = real_clients(f"10.1.1.{computer}")
        for n in range(2):
            wrong = await client.post("/api/auth/login", json={"username": "mr_spread", "password": f"g{n}"})
            assert wrong.status_code == 401
    refused = await real_clients("10.1.1.9").post("/api/auth/login", json={"username": "mr_spread",
                                                                           "password": "g9"})
    assert refused.status_code == 429
    assert "from many computers" in refused.json()["detail"]
    assert await _audit("login.failure", "mr_spread") == 6
