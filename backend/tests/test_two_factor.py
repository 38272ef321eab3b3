"""Two-step sign-in (issue 21, account safety): setting it up from My account, signing in with a code from the
authenticator app or a recovery code, the limits on codes, and admins on a production server made to set it up
before anything else. Codes are computed here from the secret the server hands out, as an app would."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from app.config import get_settings
from app.models import AuditLog, Role, SignInStep, User, utcnow
from app.utils import totp
from tests.factories import make_user

PASSWORD = "password123"
NOW = 1_900_000_015.0  # the middle of a 30-second step


class Clock:
    """The time the server checks codes against, moved by the test (so no test depends on the real clock)."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now

    def code(self, secret: str, *, seconds_off: float = 0) -> str:
        """The code an app whose clock is `seconds_off` from the server's shows now."""
        return totp.code_at(secret, totp.time_step(self.now + seconds_off))

    def next_step(self) -> None:
        self.now += totp.STEP_SECONDS


@pytest.fixture
def clock(monkeypatch) -> Clock:
    frozen = Clock()
    monkeypatch.setattr(totp, "clock", frozen)
    return frozen


@pytest.fixture
def production(monkeypatch):
    monkeypatch.setattr(get_settings(), "app_env", "production")


async def _signed_in(make_client, username: str, password: str = PASSWORD):
    client = await make_client()
    await client.login(username, password)
    return client


async def _enrol(client, clock: Clock) -> tuple[str, list[str]]:
    """Set up two-step sign-in through the API as the page does: (secret, recovery codes)."""
    setup = await client.post("/api/auth/two-factor/setup")
    assert setup.status_code == 200, setup.text
    secret = setup.json()["secret"]
    enabled = await client.post("/api/auth/two-factor/enable", json={"code": clock.code(secret)})
    assert enabled.status_code == 200, enabled.text
    clock.next_step()  # the enrolment used this step's code
    return secret, enabled.json()["recovery_codes"]


async def _password_step(make_client, username: str, password: str = PASSWORD):
    client = await make_client()
    r = await client.post("/api/auth/login", json={"username": username, "password": password})
    assert r.status_code == 200, r.text
    assert r.json()["next_step"] == "two_factor_code", r.json()
    return client


async def _code_step(client, code: str):
    r = await client.post("/api/auth/login/code", json={"code": code})
    if r.status_code == 200:
        client.headers["X-CSRF-Token"] = r.json()["csrf_token"]
    return r


async def _actions(session, username: str) -> list[str]:
    return list((await session.execute(select(AuditLog.action).where(AuditLog.username == username)
                                       .order_by(AuditLog.created_at))).scalars())


async def _teacher_with_two_factor(session, make_client, clock, username: str) -> tuple[str, list[str]]:
    await make_user(session, Role.teacher, username=username)
    return await _enrol(await _signed_in(make_client, username), clock)


# --- Setting it up --------------------------------------------------------------------------------------------------

async def test_setting_up_shows_a_qr_code_and_the_key_and_needs_a_right_code(session, make_client, clock):
    await make_user(session, Role.teacher, username="ms_hughes")
    client = await _signed_in(make_client, "ms_hughes")
    setup = (await client.post("/api/auth/two-factor/setup")).json()
    assert setup["otpauth_uri"].startswith("otpauth://totp/KS3%20Assessment%3Ams_hughes?secret=" + setup["secret"])
    assert setup["issuer"] == "KS3 Assessment"
    assert setup["qr_svg"].startswith("data:image/svg+xml")
    assert setup["secret_grouped"].replace(" ", "") == setup["secret"]
    stored = (await session.execute(select(User.two_factor_secret).where(User.username == "ms_hughes"))).scalar_one()
    assert setup["secret"] not in stored  # encrypted at rest

    wrong = await client.post("/api/auth/two-factor/enable", json={"code": clock.code(setup["secret"],
                                                                                       seconds_off=120)})
    assert wrong.status_code == 422
    assert "did not match" in wrong.json()["detail"]
    assert (await client.get("/api/auth/two-factor")).json()["enabled"] is False

    enabled = await client.post("/api/auth/two-factor/enable", json={"code": clock.code(setup["secret"])})
    assert enabled.status_code == 200, enabled.text
    codes = enabled.json()["recovery_codes"]
    assert len(codes) == len(set(codes)) == 10
    status = (await client.get("/api/auth/two-factor")).json()
    assert (status["enabled"], status["recovery_codes_left"], status["can_turn_off"]) == (True, 10, True)
    assert "two_factor.enrol" in await _actions(session, "ms_hughes")
    again = await client.post("/api/auth/two-factor/setup")
    assert again.status_code == 409


async def test_pupils_do_not_set_up_two_step_sign_in(session, make_client):
    await make_user(session, Role.pupil, username="pupil_ann")
    client = await _signed_in(make_client, "pupil_ann")
    r = await client.post("/api/auth/two-factor/setup")
    assert r.status_code == 403
    assert r.json()["detail"] == "Two-step sign-in is for staff accounts."


# --- Signing in -----------------------------------------------------------------------------------------------------

async def test_signing_in_needs_the_code_after_the_password(session, make_client, clock):
    secret, _codes = await _teacher_with_two_factor(session, make_client, clock, "mr_code")
    client = await make_client()
    r = await client.post("/api/auth/login", json={"username": "mr_code", "password": PASSWORD})
    assert r.json() == {"next_step": "two_factor_code", "message": "Type the 6-digit code from your authenticator "
                                                                   "app.", "expires_in_seconds": 300}
    assert "ks3_session" not in r.cookies
    assert (await client.get("/api/auth/me")).status_code == 401  # a pending step is not a session
    signed_in = await _code_step(client, clock.code(secret))
    assert signed_in.status_code == 200, signed_in.text
    assert signed_in.json()["user"]["username"] == "mr_code"
    assert (await client.get("/api/auth/me")).status_code == 200
    actions = await _actions(session, "mr_code")
    assert actions[-3:] == ["login.code_needed", "login.second_factor", "login.success"]


@pytest.mark.parametrize("seconds_off", [-30, 30])
async def test_a_phone_clock_30_seconds_out_is_accepted(session, make_client, clock, seconds_off):
    secret, _ = await _teacher_with_two_factor(session, make_client, clock, "ms_skew")
    clock.next_step()  # clear of the step the enrolment used, even looking 30 s back
    client = await _password_step(make_client, "ms_skew")
    r = await _code_step(client, clock.code(secret, seconds_off=seconds_off))
    assert r.status_code == 200, r.text


@pytest.mark.parametrize("seconds_off", [-90, 90])
async def test_a_phone_clock_90_seconds_out_is_refused(session, make_client, clock, seconds_off):
    secret, _ = await _teacher_with_two_factor(session, make_client, clock, "mr_drift")
    clock.next_step()
    clock.next_step()
    client = await _password_step(make_client, "mr_drift")
    r = await _code_step(client, clock.code(secret, seconds_off=seconds_off))
    assert r.status_code == 401
    assert r.json()["detail"].startswith("That code did not match.")


async def test_a_code_works_once_and_an_earlier_one_never_after_it(session, make_client, clock):
    secret, _ = await _teacher_with_two_factor(session, make_client, clock, "ms_once")
    code = clock.code(secret)
    first = await _password_step(make_client, "ms_once")
    assert (await _code_step(first, code)).status_code == 200
    second = await _password_step(make_client, "ms_once")
    reused = await _code_step(second, code)
    assert reused.status_code == 401
    assert reused.json()["detail"].startswith("That code has been used already.")
    earlier = await _code_step(second, clock.code(secret, seconds_off=-30))
    assert earlier.status_code == 401
    assert "two_factor.code_reused" in await _actions(session, "ms_once")
    clock.next_step()
    assert (await _code_step(second, clock.code(secret))).status_code == 200


async def test_a_recovery_code_signs_in_once(session, make_client, clock):
    _secret, codes = await _teacher_with_two_factor(session, make_client, clock, "mr_lost_phone")
    client = await _password_step(make_client, "mr_lost_phone")
    typed = codes[0].lower().replace("-", " ")  # as someone might type it from paper
    r = await _code_step(client, typed)
    assert r.status_code == 200, r.text
    assert (await client.get("/api/auth/two-factor")).json()["recovery_codes_left"] == 9
    again = await _password_step(make_client, "mr_lost_phone")
    refused = await _code_step(again, codes[0])
    assert refused.status_code == 401
    assert (await _code_step(again, codes[1])).status_code == 200
    actions = await _actions(session, "mr_lost_phone")
    assert actions.count("two_factor.recovery_code_used") == 2


async def test_new_recovery_codes_replace_the_old_ones(session, make_client, clock):
    secret, old = await _teacher_with_two_factor(session, make_client, clock, "ms_renew")
    client = await _signed_in_with_code(make_client, "ms_renew", clock.code(secret))
    clock.next_step()
    wrong = await client.post("/api/auth/two-factor/recovery-codes", json={"code": "000000"})
    assert wrong.status_code == 422
    renewed = await client.post("/api/auth/two-factor/recovery-codes", json={"code": clock.code(secret)})
    assert renewed.status_code == 200, renewed.text
    new = renewed.json()["recovery_codes"]
    assert not set(new) & set(old)
    step = await _password_step(make_client, "ms_renew")
    assert (await _code_step(step, old[0])).status_code == 401
    assert (await _code_step(step, new[0])).status_code == 200
    assert "two_factor.recovery_codes_renewed" in await _actions(session, "ms_renew")


async def _signed_in_with_code(make_client, username: str, code: str):
    client = await _password_step(make_client, username)
    r = await _code_step(client, code)
    assert r.status_code == 200, r.text
    return client


async def test_the_step_after_the_password_runs_out_after_five_minutes(session, make_client, clock):
    secret, _ = await _teacher_with_two_factor(session, make_client, clock, "mr_slow")
    client = await _password_step(make_client, "mr_slow")
    step = (await session.execute(select(SignInStep).join(User).where(User.username == "mr_slow"))).scalar_one()
    assert timedelta(minutes=4) < step.expires_at - utcnow() <= timedelta(minutes=5)
    await session.execute(update(SignInStep).where(SignInStep.id == step.id)
                          .values(expires_at=utcnow() - timedelta(seconds=1)))
    r = await _code_step(client, clock.code(secret))
    assert r.status_code == 401
    assert r.json()["error"] == "SignInStepExpired"
    assert r.json()["detail"] == "Signing in took too long, so it has stopped. Type your username and password again."


async def test_no_code_step_without_the_password_first(make_client):
    client = await make_client()
    r = await client.post("/api/auth/login/code", json={"code": "123456"})
    assert r.status_code == 401
    assert r.json()["error"] == "SignInStepExpired"


async def test_wrong_codes_are_limited_like_wrong_passwords(session, make_client, clock):
    secret, _ = await _teacher_with_two_factor(session, make_client, clock, "ms_guess")
    client = await _password_step(make_client, "ms_guess")
    for guess in range(get_settings().login_max_failures_per_user):
        assert (await _code_step(client, f"{guess:06d}")).status_code == 401
    r = await _code_step(client, clock.code(secret))  # even the right one, now
    assert r.status_code == 429
    assert r.json()["detail"].startswith("Too many wrong codes. Wait 15 minutes")
    assert (await _actions(session, "ms_guess")).count("two_factor.code_failure") == 5


# --- Turning it off, and an admin's reset ---------------------------------------------------------------------------

async def test_turning_it_off_needs_the_password_and_a_current_code(session, make_client, clock):
    secret, _ = await _teacher_with_two_factor(session, make_client, clock, "mr_off")
    client = await _signed_in_with_code(make_client, "mr_off", clock.code(secret))
    clock.next_step()
    no_password = await client.post("/api/auth/two-factor/turn-off", json={"password": "nope", "code":
                                                                           clock.code(secret)})
    assert no_password.status_code == 422
    no_code = await client.post("/api/auth/two-factor/turn-off", json={"password": PASSWORD, "code": "000000"})
    assert no_code.status_code == 422
    r = await client.post("/api/auth/two-factor/turn-off", json={"password": PASSWORD, "code": clock.code(secret)})
    assert r.status_code == 200, r.text
    await (await make_client()).login("mr_off")  # the password alone again
    assert "two_factor.turn_off" in await _actions(session, "mr_off")


async def test_an_admin_resets_a_teachers_two_step_sign_in_and_it_is_audited(session, make_client, clock):
    teacher = await make_user(session, Role.teacher, username="ms_phone")
    await make_user(session, Role.admin, username="head_reset")
    teacher_client = await _signed_in(make_client, "ms_phone")
    await _enrol(teacher_client, clock)
    admin = await _signed_in(make_client, "head_reset")
    listed = {t["username"]: t for t in (await admin.get("/api/admin/teachers")).json()}
    assert listed["ms_phone"]["two_factor_enabled"] is True
    r = await admin.post(f"/api/admin/users/{teacher.id}/two-factor/reset")
    assert r.status_code == 200, r.text
    assert r.json()["message"].startswith(f"{teacher.name}’s two-step sign-in was reset")
    assert (await teacher_client.get("/api/auth/me")).status_code == 401  # signed out everywhere
    await (await make_client()).login("ms_phone")  # the password alone signs in now
    entry = (await session.execute(select(AuditLog).where(AuditLog.action == "two_factor.reset"))).scalar_one()
    assert (entry.username, entry.entity_id, entry.details["username"]) == ("head_reset", str(teacher.id), "ms_phone")
    again = await admin.post(f"/api/admin/users/{teacher.id}/two-factor/reset")
    assert again.status_code == 409
    me = (await admin.get("/api/auth/me")).json()["user"]
    own = await admin.post(f"/api/admin/users/{me['id']}/two-factor/reset")
    assert own.status_code == 403


# --- Admins on a production server ----------------------------------------------------------------------------------

async def test_an_admin_in_production_must_set_it_up_before_anything_else(session, make_client, clock, production):
    await make_user(session, Role.admin, username="first_admin")
    client = await make_client()
    r = await client.login("first_admin")
    assert r["two_factor_setup_required"] is True
    refused = await client.get("/api/admin/teachers")
    assert refused.status_code == 403
    assert refused.json()["error"] == "TwoFactorSetupRequired"
    assert refused.json()["detail"].startswith("Set up two-step sign-in first")
    assert (await client.post("/api/assessments", json={"title": "x", "year_group": 7})).status_code == 403
    assert (await client.get("/api/metrics")).status_code == 403
    me = (await client.get("/api/auth/me")).json()
    assert me["two_factor_setup_required"] is True
    assert (await client.get("/api/auth/two-factor")).json()["required"] is True

    await _enrol(client, clock)
    assert (await client.get("/api/admin/teachers")).status_code == 200  # the same session, now whole
    assert (await client.get("/api/auth/me")).json()["two_factor_setup_required"] is False
    status = (await client.get("/api/auth/two-factor")).json()
    assert status["can_turn_off"] is False
    off = await client.post("/api/auth/two-factor/turn-off", json={"password": PASSWORD, "code": "123456"})
    assert off.status_code == 403
    assert off.json()["detail"].startswith("Admins must keep two-step sign-in on")


async def test_teachers_in_production_may_go_without_it(session, make_client, production):
    await make_user(session, Role.teacher, username="mr_plain")
    client = await make_client()
    assert (await client.login("mr_plain"))["two_factor_setup_required"] is False
    assert (await client.get("/api/classes")).status_code == 200
