"""Single sign-on in a real browser (issue 21) against two REAL OpenID providers started here on 127.0.0.1: the
certified `oidc-provider` npm package (tests/e2e/oidc/provider.mjs), one issuer like Google (hd claim) and one
like Microsoft (tenant id in its issuer and the tid claim). Signing in with each, and each failure case: a wrong
audience, an expired ID token, a wrong nonce (the harness's one-shot "mischief" switch re-signs the next ID token
with the provider's own key, so only the app's checks can catch it), a replayed code, a replayed state, a person
from another domain and an unknown person. The admin's page and the sign-in page are checked with axe."""

from __future__ import annotations

import json
import re
import select
import shutil
import subprocess
import uuid
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest
from playwright.sync_api import expect

from tests import dbs
from tests.e2e.axe import E2E_DIR
from tests.e2e.pupil_helpers import wait_drawn
from tests.e2e.test_admin_pages import admin_client, confirm, open_admin

pytestmark = pytest.mark.e2e

SCHOOL = "ks3-e2e.sch.uk"  # the Microsoft-like provider puts this domain's people in the school's tenant
NOT_ACCEPTED = "The sign-in could not be checked, so you are not signed in."
START_SECONDS = 30


def _missing(reason: str) -> None:
    dbs.skip_unless_ci(reason, layer="the single sign-on browser tests")


def _start_issuers(redirect_uri: str) -> tuple[subprocess.Popen, dict]:
    node = shutil.which("node")
    if node is None:
        _missing("Node.js is not installed (the OpenID provider for these tests runs on it)")
    if not (E2E_DIR / "node_modules" / "oidc-provider").is_dir():
        _missing(f"oidc-provider is not installed: run `npm ci` in {E2E_DIR} (make test does this)")
    process = subprocess.Popen([node, "oidc/provider.mjs", redirect_uri], cwd=E2E_DIR, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, start_new_session=True)
    ready, _, _ = select.select([process.stdout], [], [], START_SECONDS)
    line = process.stdout.readline() if ready else ""
    if not line:
        process.kill()
        pytest.fail(f"the OpenID provider did not start within {START_SECONDS} s (exit code {process.poll()})")
    return process, json.loads(line)


@pytest.fixture(scope="module")
def issuers(live_server):
    """Both issuers running, and set up in the app as providers (removed again afterwards)."""
    process, described = _start_issuers(f"{live_server.url}/api/sso/callback")
    admin = admin_client(live_server.url)
    ids = []
    try:
        for kind, label in (("google", "Sign in with Google"), ("microsoft", "Sign in with Microsoft")):
            issuer = described[kind]
            r = admin.post("/api/admin/sso/providers", json={
                "kind": kind, "label": label, "issuer": issuer["issuer"], "tenant_id": issuer["tenant_id"],
                "client_id": issuer["client_id"], "client_secret": issuer["client_secret"],
                "allowed_domains": [SCHOOL]})
            assert r.status_code == 201, r.text
            ids.append(r.json()["id"])
        yield described
    finally:
        for provider_id in ids:
            admin.delete(f"/api/admin/sso/providers/{provider_id}")
        admin.close()
        process.terminate()
        process.wait(timeout=10)


def _teacher_with_email(base_url: str) -> tuple[str, str]:
    """A new teacher of our own with a school address: (name, address)."""
    tag = uuid.uuid4().hex[:8]
    name, address = f"Ms Sso {tag}", f"sso.{tag}@{SCHOOL}"
    admin = admin_client(base_url)
    r = admin.post("/api/admin/teachers", json={"username": f"sso_{tag}", "name": name, "email": address})
    admin.close()
    assert r.status_code == 201, r.text
    return name, address


def _sign_in_at_provider(page, button: str, address: str) -> None:
    """From our sign-in page, through the provider's own login page, and back."""
    page.goto("/")
    page.get_by_role("link", name=button).click()
    page.locator("input[name=login]").fill(address)
    page.locator("input[name=password]").fill("any password")
    page.get_by_role("button", name="Sign-in").click()


def _problem(page):
    return page.get_by_test_id("sso-problem")


def _signed_in_as(page, name: str) -> None:
    page.wait_for_url(re.compile(r"/teacher/dashboard\.html"))
    expect(page.locator("#site-header [data-testid=user-name]")).to_contain_text(name)


def test_a_teacher_signs_in_with_each_provider(page, live_server, issuers, axe_check):
    name, address = _teacher_with_email(live_server.url)
    page.goto("/")
    expect(page.get_by_role("link", name="Sign in with Google")).to_be_visible()
    expect(page.get_by_role("link", name="Sign in with Microsoft")).to_be_visible()
    axe_check(page, "sign-in page with single sign-on")
    _sign_in_at_provider(page, "Sign in with Google", address)
    _signed_in_as(page, name)
    page.context.clear_cookies()
    _sign_in_at_provider(page, "Sign in with Microsoft", address.upper())  # a UPN in capitals is the same person
    _signed_in_as(page, name)


@pytest.mark.parametrize("mischief", ["wrong-audience", "expired", "wrong-nonce"])
def test_an_id_token_failing_a_check_signs_nobody_in(page, live_server, issuers, mischief, axe_check):
    _name, address = _teacher_with_email(live_server.url)
    armed = httpx.post(f"{issuers['google']['issuer']}/_test/mischief", json={"kind": mischief})
    assert armed.status_code == 204, armed.text
    _sign_in_at_provider(page, "Sign in with Google", address)
    expect(_problem(page)).to_contain_text(NOT_ACCEPTED)
    assert "/teacher/" not in page.url
    assert page.request.get("/api/auth/me").status == 401
    if mischief == "expired":
        axe_check(page, "sign-in page with a single sign-on problem")


@pytest.mark.parametrize(("address", "button"), [
    ("nobody@ks3-e2e.sch.uk", "Sign in with Google"),  # an unknown person
    ("someone@other-school.org.uk", "Sign in with Google"),  # a person from another domain
    ("someone@other-school.org.uk", "Sign in with Microsoft"),  # another domain, and another tenant
])
def test_an_unknown_person_or_one_from_another_domain_is_told_plainly(page, issuers, address, button):
    _sign_in_at_provider(page, button, address)
    expect(_problem(page)).to_have_text(f"We could not find an account for {address}. Ask your teacher or the "
                                        "school's IT admin.")
    assert page.request.get("/api/auth/me").status == 401


def test_a_replayed_state_and_a_replayed_code_are_refused(page, live_server, issuers):
    name, address = _teacher_with_email(live_server.url)
    callbacks: list[str] = []
    page.on("request", lambda request: callbacks.append(request.url) if "/api/sso/callback" in request.url else None)
    _sign_in_at_provider(page, "Sign in with Google", address)
    _signed_in_as(page, name)
    used = callbacks[-1]
    page.context.clear_cookies(name="ks3_session")

    page.goto(used)  # the same callback again: its state was used
    expect(_problem(page)).to_contain_text("This sign-in link has already been used")
    assert page.request.get("/api/auth/me").status == 401

    # A new sign-in whose callback carries the old code instead of the new one: the provider refuses it. The
    # browser's own cookies take it to the provider and back (the provider remembers the login), stopping just
    # before the callback, which is then opened with the old code in place of the new one.
    old_code = parse_qs(urlsplit(used).query)["code"][0]
    start = page.request.get(page.get_by_role("link", name="Sign in with Google").get_attribute("href"), max_redirects=0)
    at_provider = page.request.get(start.headers["location"], max_redirects=0)
    callback = at_provider.headers["location"]
    query = {k: v[0] for k, v in parse_qs(urlsplit(callback).query).items()}
    assert query["code"] != old_code
    page.goto(f"/api/sso/callback?{urlencode({**query, 'code': old_code})}")
    expect(_problem(page)).to_contain_text(NOT_ACCEPTED)
    assert page.request.get("/api/auth/me").status == 401


def test_the_admin_sets_up_a_provider_on_the_single_sign_on_page(page, live_server, issuers, login_as, axe_check):
    open_admin(page, login_as, "Single sign-on")
    expect(page.get_by_test_id("redirect-uri")).to_have_text(f"{live_server.url}/api/sso/callback")
    expect(page.get_by_test_id("sso-provider")).to_have_count(2)
    axe_check(page, "admin single sign-on")
    add = page.get_by_test_id("sso-add")
    add.get_by_label("Kind of provider").select_option("oidc")
    add.get_by_label("Words on the button").fill("Sign in with the trust account")
    add.get_by_role("button", name="Add the provider").click()
    expect(add.get_by_text("Type the provider's issuer address.")).to_be_visible()
    add.get_by_label("Issuer address").fill(issuers["google"]["issuer"])
    add.get_by_label("Client ID").fill("trust-client")
    add.get_by_label("Client secret").fill("trust-secret")
    add.get_by_label("School email domains").fill(SCHOOL)
    add.get_by_role("button", name="Add the provider").click()
    expect(page.get_by_test_id("sso-status")).to_contain_text("Saved: “Sign in with the trust account” is on the sign-in page.")
    added = page.get_by_role("form", name="Provider: Sign in with the trust account")
    expect(added.get_by_label("Client secret")).to_have_value("")  # never sent back
    expect(added).to_contain_text("Saved. Leave it empty to keep it")
    added.get_by_role("button", name="Remove this provider").click()
    confirm(page, "Remove “Sign in with the trust account”?", "Remove the provider")
    expect(page.get_by_test_id("sso-status")).to_contain_text("is removed")
    expect(page.get_by_test_id("sso-provider")).to_have_count(2)


def test_when_staff_must_use_sso_a_teacher_is_told_which_button(page, live_server, issuers, login_as):
    admin = admin_client(live_server.url)
    tag = uuid.uuid4().hex[:8]
    r = admin.post("/api/admin/teachers", json={"username": f"pw_{tag}", "name": f"Mr Pw {tag}",
                                                "password": "kettle-forest-quartz-17"})
    assert r.status_code == 201, r.text
    assert admin.put("/api/admin/sso/policy", json={"staff_must_use_sso": True}).status_code == 200
    try:
        page.goto("/")
        page.get_by_label("Username").fill(f"pw_{tag}")
        page.get_by_label("Password", exact=True).fill("kettle-forest-quartz-17")
        page.get_by_role("button", name="Sign in").click()
        expect(page.locator("#sign-in-message")).to_contain_text("Choose the “Sign in with Google” button on this page.")
        login_as(page, "admin")  # admins always can
        wait_drawn(page)
    finally:
        admin.put("/api/admin/sso/policy", json={"staff_must_use_sso": False})
        admin.close()
