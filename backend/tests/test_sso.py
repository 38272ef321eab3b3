"""Single sign-on (issue 21) through the API: the admin's setup, the whole trip through a provider and back, and
each refusal. The provider is tests/sso_provider.py, served over real HTTP on 127.0.0.1; the ID token's checks
are also tested one by one against it (tests/test_sso_id_token.py)."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import func, select, update

from app.models import AuditLog, Role, SsoProvider, SsoSignIn, User, utcnow
from app.services.accounts.sso import flow, protocol
from app.utils import crypto
from tests.factories import make_user
from tests.sso_provider import CLIENT_ID, CLIENT_SECRET, ServedProvider

SCHOOL = "greenfield.sch.uk"
TENANT = "0b9e4a52-6f3c-4c1e-9d7a-2f1e8c3b5a77"


@pytest.fixture(scope="module")
def served():
    served = ServedProvider()
    yield served
    served.stop()


@pytest.fixture
def idp(served):
    """The provider, fresh for each test; the app forgets what it cached about it."""
    provider = served.provider
    provider.reset()
    protocol.forget_cached()
    yield provider
    protocol.forget_cached()


async def _admin(make_client):
    admin = await make_client()
    await admin.login("sso_admin")
    return admin


def _body(idp, **changes):
    return {"kind": "google", "label": "Sign in with Google", "issuer": idp.issuer, "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET, "allowed_domains": [SCHOOL], **changes}


@pytest.fixture
async def google(session, make_client, idp):
    """A switched-on Google-kind provider (on the local issuer), set up by an admin; returns its id."""
    await make_user(session, Role.admin, username="sso_admin")
    admin = await _admin(make_client)
    r = await admin.post("/api/admin/sso/providers", json=_body(idp))
    assert r.status_code == 201, r.text
    return r.json()["id"]


async def _person(session, email: str, role: Role = Role.pupil, **kwargs) -> User:
    user = await make_user(session, role, **kwargs)
    user.email = email
    await session.flush()
    return user


async def _sign_in(client, idp, provider_id: str, claims: dict, *, next_path: str | None = None):
    """Press the button, "sign in" at the provider, come back: the callback's response."""
    start = await client.get(f"/api/sso/{provider_id}/start", params={"next": next_path} if next_path else None)
    assert start.status_code == 303, start.text
    state, code = idp.code_for(start.headers["location"], claims)
    return await client.get("/api/sso/callback", params={"state": state, "code": code})


async def _message(client, response) -> str:
    """The message the sign-in page shows after a refused sign-in."""
    assert response.status_code == 303, response.text
    query = parse_qs(urlsplit(response.headers["location"]).query)
    assert "sso_problem" in query, response.headers["location"]
    r = await client.get("/api/sso/problem", params={"token": query["sso_problem"][0]})
    assert r.status_code == 200, r.text
    return r.json()["message"]


def _google(email: str, **more) -> dict:
    return {"email": email, "email_verified": True, "hd": email.rpartition("@")[2], **more}


async def _actions(session, action: str) -> list[AuditLog]:
    return list((await session.execute(select(AuditLog).where(AuditLog.action == action))).scalars())


# --- The admin's setup -------------------------------------------------------------------------------------------

async def test_the_client_secret_is_stored_encrypted_and_never_sent_back(session, make_client, google, idp):
    admin = await _admin(make_client)
    setup = (await admin.get("/api/admin/sso")).json()
    [shown] = setup["providers"]
    assert CLIENT_SECRET not in str(setup)
    assert shown["client_secret_set"] is True
    stored = await session.scalar(select(SsoProvider.client_secret))
    assert CLIENT_SECRET not in stored
    assert crypto.decrypt(stored) == CLIENT_SECRET
    changed = await admin.put(f"/api/admin/sso/providers/{google}", json={**_body(idp, label="Google"),
                                                                           "client_secret": None})
    assert changed.status_code == 200, changed.text
    assert crypto.decrypt(await session.scalar(select(SsoProvider.client_secret))) == CLIENT_SECRET  # kept


async def test_the_redirect_address_to_register_is_shown(make_client, google, monkeypatch):
    admin = await _admin(make_client)
    assert (await admin.get("/api/admin/sso")).json()["redirect_uri"] == "http://testserver/api/sso/callback"
    from app.config import get_settings

    monkeypatch.setattr(get_settings(), "public_base_url", "https://assess.greenfield.sch.uk/")
    assert (await admin.get("/api/admin/sso")).json()["redirect_uri"] == \
        "https://assess.greenfield.sch.uk/api/sso/callback"


@pytest.mark.parametrize(("changes", "words"), [
    ({"kind": "microsoft", "issuer": None}, "tenant"),
    ({"kind": "microsoft", "tenant_id": "greenfield.sch.uk"}, "tenant"),
    ({"tenant_id": TENANT}, "Only a Microsoft provider"),
    ({"kind": "oidc", "issuer": None}, "issuer address"),
    ({"issuer": "http://sso.greenfield.sch.uk"}, "https://"),
    ({"allowed_domains": ["not a domain"]}, "is not a domain"),
    ({"allowed_domains": []}, "at least 1"),
    ({"client_secret": None}, "client secret"),
])
async def test_a_provider_that_cannot_work_is_refused_with_what_to_change(session, make_client, idp, changes, words):
    await make_user(session, Role.admin, username="sso_admin")
    admin = await _admin(make_client)
    r = await admin.post("/api/admin/sso/providers", json=_body(idp, **changes))
    assert r.status_code == 422, r.text
    assert words in r.text
    assert await session.scalar(select(func.count()).select_from(SsoProvider)) == 0


async def test_google_and_microsoft_issuers_are_filled_in(session, make_client, idp):
    await make_user(session, Role.admin, username="sso_admin")
    admin = await _admin(make_client)
    g = await admin.post("/api/admin/sso/providers", json=_body(idp, issuer=None))
    m = await admin.post("/api/admin/sso/providers", json=_body(idp, kind="microsoft", issuer=None,
                                                                 tenant_id=TENANT.upper()))
    assert g.json()["issuer"] == "https://accounts.google.com"
    assert m.json()["issuer"] == f"https://login.microsoftonline.com/{TENANT}/v2.0"
    assert m.json()["tenant_id"] == TENANT


async def test_the_sign_in_page_lists_switched_on_providers_only_with_nothing_secret(client, make_client, google, idp):
    admin = await _admin(make_client)
    await admin.post("/api/admin/sso/providers", json=_body(idp, label="Sign in with Microsoft", kind="microsoft",
                                                            tenant_id=TENANT, enabled=False))
    buttons = (await client.get("/api/sso/providers")).json()
    assert buttons == [{"label": "Sign in with Google", "kind": "google", "start_url": f"/api/sso/{google}/start"}]


# --- Signing in --------------------------------------------------------------------------------------------------

async def test_a_pupil_signs_in_with_google_and_gets_the_normal_session(session, client, google, idp):
    pupil = await _person(session, f"ada.lovelace@{SCHOOL}")
    r = await _sign_in(client, idp, google, _google(f"Ada.Lovelace@{SCHOOL}"), next_path="/pupil/results.html")
    assert r.status_code == 303, r.text
    assert r.headers["location"] == "/?next=%2Fpupil%2Fresults.html"
    me = await client.get("/api/auth/me")
    assert me.status_code == 200, me.text
    assert me.json()["user"]["id"] == str(pupil.id)
    [entry] = await _actions(session, "login.sso")
    assert entry.user_id == pupil.id and entry.details["provider"] == "Sign in with Google"
    assert pupil.id in [e.user_id for e in await _actions(session, "login.success")]


async def test_the_app_talks_only_to_the_issuer_and_the_endpoints_it_names(session, client, google, idp):
    await _person(session, f"grace@{SCHOOL}")
    await _sign_in(client, idp, google, _google(f"grace@{SCHOOL}"))
    assert idp.requests == ["/.well-known/openid-configuration", "/token", "/jwks"]


async def test_a_provider_naming_endpoints_elsewhere_is_not_used(session, client, google, idp):
    idp.discovery_changes["token_endpoint"] = "http://127.0.0.2:9/token"
    r = await client.get(f"/api/sso/{google}/start")
    assert "could not be reached" in await _message(client, r)
    assert idp.requests == ["/.well-known/openid-configuration"]


async def test_a_microsoft_account_is_found_by_its_user_principal_name_in_the_school_tenant(session, make_client,
                                                                                          client, idp):
    await make_user(session, Role.admin, username="sso_admin")
    admin = await _admin(make_client)
    ms = (await admin.post("/api/admin/sso/providers", json=_body(idp, kind="microsoft", tenant_id=TENANT,
                                                                  label="Sign in with Microsoft"))).json()["id"]
    teacher = await _person(session, f"m.hughes@{SCHOOL}", Role.teacher)
    claims = {"preferred_username": f"M.Hughes@{SCHOOL}", "tid": TENANT, "email": None}
    r = await _sign_in(client, idp, ms, claims)
    assert r.headers["location"] == "/", await _message(client, r)
    assert (await client.get("/api/auth/me")).json()["user"]["id"] == str(teacher.id)
    other_tenant = {**claims, "tid": "11111111-2222-3333-4444-555555555555"}
    fresh = await make_client()
    refused = await _sign_in(fresh, idp, ms, other_tenant)
    assert await _message(fresh, refused) == f"We could not find an account for m.hughes@{SCHOOL}. Ask your " \
                                             "teacher or the school's IT admin."


# --- Refusals: never a new account, always a plain message --------------------------------------------------------

@pytest.mark.parametrize(("claims", "reason"), [
    (_google(f"nobody@{SCHOOL}"), "no account has this email"),
    (_google("ada@other-school.org.uk"), "domain other-school.org.uk is not allowed"),
    (_google(f"ada@{SCHOOL}", hd="other-school.org.uk"), "hosted domain"),
    (_google(f"ada@{SCHOOL}", email_verified=False), "not verified"),
])
async def test_an_unknown_person_or_another_domain_gets_a_plain_message_and_no_account(session, client, google, idp,
                                                                                      claims, reason):
    await _person(session, f"ada@{SCHOOL}")
    users_before = await session.scalar(select(func.count()).select_from(User))
    r = await _sign_in(client, idp, google, claims)
    address = claims["email"].lower()
    assert await _message(client, r) == f"We could not find an account for {address}. Ask your teacher or the " \
                                        "school's IT admin."
    assert (await client.get("/api/auth/me")).status_code == 401
    assert await session.scalar(select(func.count()).select_from(User)) == users_before
    [entry] = await _actions(session, "login.sso_refused")
    assert reason in entry.details["reason"]


async def test_a_switched_off_account_cannot_sign_in_with_single_sign_on(session, client, google, idp):
    await _person(session, f"ada@{SCHOOL}", is_active=False)
    r = await _sign_in(client, idp, google, _google(f"ada@{SCHOOL}"))
    assert "We could not find an account for" in await _message(client, r)
    assert (await client.get("/api/auth/me")).status_code == 401


async def test_a_replayed_callback_is_refused(session, client, google, idp):
    await _person(session, f"ada@{SCHOOL}")
    start = await client.get(f"/api/sso/{google}/start")
    state, code = idp.code_for(start.headers["location"], _google(f"ada@{SCHOOL}"))
    first = await client.get("/api/sso/callback", params={"state": state, "code": code})
    assert first.headers["location"] == "/"
    await client.post("/api/auth/logout", headers={"X-CSRF-Token": (await client.get("/api/auth/me")).json()[
        "csrf_token"]})
    again = await client.get("/api/sso/callback", params={"state": state, "code": code})
    assert await _message(client, again) == flow.USED
    assert (await client.get("/api/auth/me")).status_code == 401


async def test_a_used_code_with_a_new_state_is_refused_by_the_provider(session, client, google, idp):
    await _person(session, f"ada@{SCHOOL}")
    start = await client.get(f"/api/sso/{google}/start")
    state, code = idp.code_for(start.headers["location"], _google(f"ada@{SCHOOL}"))
    await client.get("/api/sso/callback", params={"state": state, "code": code})
    client.cookies.delete("ks3_session")
    second = await client.get(f"/api/sso/{google}/start")
    new_state = parse_qs(urlsplit(second.headers["location"]).query)["state"][0]
    r = await client.get("/api/sso/callback", params={"state": new_state, "code": code})
    assert await _message(client, r) == protocol.NOT_ACCEPTED
    [entry] = await _actions(session, "login.sso_refused")
    assert entry.details["reason"] == "code refused: invalid_grant"


async def test_a_callback_in_another_browser_is_refused(session, client, make_client, google, idp):
    await _person(session, f"ada@{SCHOOL}")
    start = await client.get(f"/api/sso/{google}/start")
    state, code = idp.code_for(start.headers["location"], _google(f"ada@{SCHOOL}"))
    other = await make_client()
    r = await other.get("/api/sso/callback", params={"state": state, "code": code})
    assert await _message(other, r) == flow.OTHER_BROWSER
    assert idp.requests == ["/.well-known/openid-configuration"]  # the code was never exchanged


async def test_an_old_sign_in_is_refused(session, client, google, idp):
    await _person(session, f"ada@{SCHOOL}")
    start = await client.get(f"/api/sso/{google}/start")
    state, code = idp.code_for(start.headers["location"], _google(f"ada@{SCHOOL}"))
    await session.execute(update(SsoSignIn).values(expires_at=utcnow() - timedelta(seconds=1)))
    r = await client.get("/api/sso/callback", params={"state": state, "code": code})
    assert await _message(client, r) == flow.EXPIRED


@pytest.mark.parametrize("params", [{}, {"state": "made-up"}, {"state": "made-up", "code": "x"}])
async def test_a_callback_without_a_known_state_is_refused(client, google, params):
    r = await client.get("/api/sso/callback", params=params)
    assert await _message(client, r) == flow.EXPIRED


async def test_the_provider_saying_no_is_a_plain_message(session, client, google, idp):
    start = await client.get(f"/api/sso/{google}/start")
    state = parse_qs(urlsplit(start.headers["location"]).query)["state"][0]
    r = await client.get("/api/sso/callback", params={"state": state, "error": "access_denied"})
    assert await _message(client, r) == flow.DECLINED


@pytest.mark.parametrize(("change", "reason"), [
    ({"aud": "someone-else"}, "aud"),
    ({"exp": 1_000_000_000}, "expired_token"),
    ({"nonce": "not-the-one-sent"}, "nonce"),
])
async def test_an_id_token_failing_a_check_signs_nobody_in(session, client, google, idp, change, reason):
    await _person(session, f"ada@{SCHOOL}")
    idp.id_token_changes.update(change)
    r = await _sign_in(client, idp, google, _google(f"ada@{SCHOOL}"))
    assert await _message(client, r) == protocol.NOT_ACCEPTED
    assert (await client.get("/api/auth/me")).status_code == 401
    [entry] = await _actions(session, "login.sso_refused")
    assert reason in entry.details["reason"]


async def test_a_switched_off_provider_does_not_start(client, make_client, google, idp):
    admin = await _admin(make_client)
    await admin.put(f"/api/admin/sso/providers/{google}", json=_body(idp, enabled=False))
    r = await client.get(f"/api/sso/{google}/start")
    assert await _message(client, r) == flow.SWITCHED_OFF
    assert await client.get("/api/sso/providers") and (await client.get("/api/sso/providers")).json() == []


async def test_an_unreadable_problem_token_gives_a_general_message(client):
    r = await client.get("/api/sso/problem", params={"token": "not-a-token"})
    assert r.json()["message"] == f"You are not signed in. {flow.START_AGAIN}"


# --- Staff must use single sign-on --------------------------------------------------------------------------------

async def test_when_staff_must_use_sso_teachers_are_told_which_button_and_admins_still_use_passwords(
        session, make_client, google, idp):
    await make_user(session, Role.teacher, username="ms_jones")
    await make_user(session, Role.pupil, username="pupil_pat")
    admin = await _admin(make_client)
    r = await admin.put("/api/admin/sso/policy", json={"staff_must_use_sso": True})
    assert r.status_code == 200 and r.json()["staff_must_use_sso"] is True, r.text
    teacher = await make_client()
    refused = await teacher.post("/api/auth/login", json={"username": "ms_jones", "password": "password123"})
    assert refused.status_code == 401
    assert refused.json()["detail"] == "Staff sign in with the school's account here. Choose the “Sign in with " \
                                       "Google” button on this page."
    wrong = await teacher.post("/api/auth/login", json={"username": "ms_jones", "password": "not-it"})
    assert "do not match" in wrong.json()["detail"]  # a wrong password learns nothing about the policy
    await (await make_client()).login("sso_admin")  # admins always can
    await (await make_client()).login("pupil_pat")  # pupils are not staff
    assert await _actions(session, "login.sso_required")


async def test_the_policy_needs_a_switched_on_provider_and_lapses_without_one(session, make_client, google, idp):
    await make_user(session, Role.teacher, username="ms_jones")
    admin = await _admin(make_client)
    await admin.put(f"/api/admin/sso/providers/{google}", json=_body(idp, enabled=False))
    r = await admin.put("/api/admin/sso/policy", json={"staff_must_use_sso": True})
    assert r.status_code == 422 and "switch it on first" in r.json()["detail"]
    await admin.put(f"/api/admin/sso/providers/{google}", json=_body(idp))
    assert (await admin.put("/api/admin/sso/policy", json={"staff_must_use_sso": True})).status_code == 200
    assert (await admin.delete(f"/api/admin/sso/providers/{google}")).status_code == 204
    await (await make_client()).login("ms_jones")  # no provider left: passwords work again


# --- Email addresses: anyone's, unique whatever the case -----------------------------------------------------------

async def test_an_admin_sets_a_pupils_email_and_it_is_unique_ignoring_case(session, make_client):
    await make_user(session, Role.admin, username="sso_admin")
    pupil = await make_user(session, Role.pupil)
    other = await make_user(session, Role.pupil)
    admin = await _admin(make_client)
    r = await admin.patch(f"/api/admin/users/{pupil.id}", json={"email": f" Ada.Lovelace@{SCHOOL.upper()} "})
    assert r.status_code == 200, r.text
    assert r.json()["email"] == f"ada.lovelace@{SCHOOL}"
    taken = await admin.patch(f"/api/admin/users/{other.id}", json={"email": f"ADA.LOVELACE@{SCHOOL}"})
    assert taken.status_code == 409
    assert pupil.username in taken.json()["detail"]
    again = await admin.patch(f"/api/admin/users/{pupil.id}", json={"email": f"ada.lovelace@{SCHOOL}"})
    assert again.status_code == 200  # their own address is not "taken"
    cleared = await admin.patch(f"/api/admin/users/{pupil.id}", json={"email": None})
    assert cleared.json()["email"] is None


async def test_a_new_teacher_cannot_take_an_email_someone_has(session, make_client):
    await make_user(session, Role.admin, username="sso_admin")
    await _person(session, f"hughes@{SCHOOL}", Role.teacher)
    admin = await _admin(make_client)
    r = await admin.post("/api/admin/teachers", json={"username": "hughes2", "name": "M Hughes",
                                                      "email": f"Hughes@{SCHOOL}"})
    assert r.status_code == 409, r.text
