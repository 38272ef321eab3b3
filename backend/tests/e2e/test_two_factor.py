"""Two-step sign-in in a real browser (issue 21, account safety): a teacher sets it up on My account (the key read
off the page, codes computed here as an authenticator app would), saves the recovery codes, and signs in with a
code; another signs in with a recovery code; an admin resets a teacher's after a lost phone. Axe on each screen.
Each test makes its own teacher, so the demo accounts are never changed. Last, a server of its own in production
mode: the first admin is made to set it up before any other page opens."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, expect

from app import migrations
from app.utils import totp
from tests.e2e import browser as chromium
from tests.e2e.pupil_helpers import wait_drawn
from tests.e2e.server import (
    BACKEND_DIR,
    LiveServer,
    off_playwright_thread,
    server_environment,
    throwaway_database,
)
from tests.e2e.test_admin_pages import admin_client, can_sign_in, confirm, open_admin

pytestmark = pytest.mark.e2e

PASSWORD = "harbour-kettle-violet-31"


def _teacher(base_url: str, username: str, name: str) -> None:
    admin = admin_client(base_url)
    created = admin.post("/api/admin/teachers", json={"username": username, "name": name, "password": PASSWORD})
    admin.close()
    assert created.status_code == 201, created.text


def _enrolled_teacher(base_url: str, username: str, name: str) -> tuple[str, int, list[str]]:
    """A teacher with two-step sign-in set up through the API: (secret, the time step used, recovery codes)."""
    _teacher(base_url, username, name)
    with httpx.Client(base_url=base_url, timeout=30) as client:
        signed_in = client.post("/api/auth/login", json={"username": username, "password": PASSWORD})
        client.headers["X-CSRF-Token"] = signed_in.json()["csrf_token"]
        secret = client.post("/api/auth/two-factor/setup").json()["secret"]
        step = totp.time_step()
        enabled = client.post("/api/auth/two-factor/enable", json={"code": totp.code_at(secret, step)})
        assert enabled.status_code == 200, enabled.text
        return secret, step, enabled.json()["recovery_codes"]


def _fresh_code(secret: str, used_step: int) -> str:
    """A code the server accepts after `used_step`: this step's, or the next one's (one step ahead is allowed)."""
    return totp.code_at(secret, max(totp.time_step(), used_step + 1))


def _password_step(page: Page, username: str) -> None:
    page.goto("/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_test_id("code-step-lead")).to_have_text("Type the 6-digit code from your authenticator app.")


def _lands_home(page: Page) -> None:
    page.wait_for_url(re.compile(r"/teacher/dashboard\.html$"))
    wait_drawn(page)


def test_a_teacher_sets_up_two_step_sign_in_and_signs_in_with_a_code(page, live_server, login_as, axe_check, screenshot):
    _teacher(live_server.url, "ms_two_step", "Ms Two-Step")
    login_as(page, "ms_two_step", PASSWORD)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="My account").click()
    wait_drawn(page)
    section = page.get_by_test_id("two-step")
    expect(section.get_by_role("heading", name="Two-step sign-in")).to_be_visible()
    section.get_by_role("button", name="Set up two-step sign-in").click()
    expect(section.get_by_role("img", name="QR code for KS3 Assessment, account ms_two_step")).to_be_visible()
    secret = section.get_by_test_id("two-step-key").inner_text().replace(" ", "")
    axe_check(page, "two-step sign-in set-up")
    screenshot(page, "two-step-set-up")

    section.get_by_label("6-digit code from the app").fill("000000")
    section.get_by_role("button", name="Turn on two-step sign-in").click()
    expect(page.get_by_test_id("two-step-status")).to_contain_text("That code did not match.")
    used_step = totp.time_step()
    section.get_by_label("6-digit code from the app").fill(totp.code_at(secret, used_step))
    section.get_by_role("button", name="Turn on two-step sign-in").click()

    codes_panel = page.get_by_test_id("recovery-codes")
    expect(codes_panel.get_by_role("listitem")).to_have_count(10)
    codes = codes_panel.get_by_role("listitem").all_inner_texts()
    axe_check(page, "recovery codes shown once")
    screenshot(page, "two-step-recovery-codes")
    with page.expect_download() as download:
        codes_panel.get_by_role("link", name="Save the codes as a text file").click()
    saved = Path(download.value.path()).read_text()
    assert saved.startswith("KS3 Assessment – recovery codes for ms_two_step")
    assert all(code in saved for code in codes)
    codes_panel.get_by_role("button", name="I have saved my codes").click()
    expect(section.get_by_test_id("two-step-state")).to_contain_text("Two-step sign-in is on")
    expect(section.get_by_text("Recovery codes left: 10 of 10.")).to_be_visible()
    axe_check(page, "my account with two-step sign-in on")

    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(re.compile(r"signed-out=1"))
    _password_step(page, "ms_two_step")
    axe_check(page, "the sign-in code step")
    screenshot(page, "two-step-sign-in-code")
    page.get_by_label("6-digit code").fill("123456" if _fresh_code(secret, used_step) != "123456" else "654321")
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#sign-in-message")).to_contain_text("That code did not match.")
    page.get_by_label("6-digit code").fill(_fresh_code(secret, used_step))
    page.get_by_role("button", name="Sign in").click()
    _lands_home(page)
    expect(page.get_by_test_id("user-name")).to_have_text("Ms Two-Step")


def test_a_recovery_code_signs_in_once(page, live_server, axe_check):
    _secret, _step, codes = _enrolled_teacher(live_server.url, "mr_no_phone", "Mr No-Phone")
    _password_step(page, "mr_no_phone")
    page.get_by_role("button", name="Use a recovery code instead").click()
    expect(page.get_by_test_id("code-step-lead")).to_contain_text("Type one of the recovery codes you saved")
    axe_check(page, "the sign-in recovery code step")
    page.get_by_label("Recovery code").fill(codes[0])
    page.get_by_role("button", name="Sign in").click()
    _lands_home(page)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="My account").click()
    wait_drawn(page)
    expect(page.get_by_test_id("two-step").get_by_text("Recovery codes left: 9 of 10.")).to_be_visible()

    with httpx.Client(base_url=live_server.url, timeout=30) as again:  # the same code a second time: refused
        step = again.post("/api/auth/login", json={"username": "mr_no_phone", "password": PASSWORD})
        assert step.json()["next_step"] == "two_factor_code"
        assert again.post("/api/auth/login/code", json={"code": codes[0]}).status_code == 401


def test_start_again_goes_back_to_the_password(page, live_server):
    _enrolled_teacher(live_server.url, "ms_back", "Ms Back")
    _password_step(page, "ms_back")
    page.get_by_role("button", name="Start again").click()
    expect(page.get_by_label("Password", exact=True)).to_be_focused()
    expect(page.get_by_test_id("code-step")).to_have_count(0)


def test_an_admin_resets_a_teachers_two_step_sign_in(page, live_server, login_as, axe_check):
    _enrolled_teacher(live_server.url, "mr_lost_phone", "Mr Lost-Phone")
    open_admin(page, login_as, "Teachers")
    row = page.get_by_test_id("teachers-table").locator("tr[data-user='mr_lost_phone']")
    expect(row.get_by_text("Two-step sign-in on")).to_be_visible()
    row.get_by_role("button", name="Reset two-step sign-in for Mr Lost-Phone").click()
    axe_check(page, "reset two-step sign-in dialog")
    confirm(page, "Reset Mr Lost-Phone’s two-step sign-in?", "Reset two-step sign-in")
    expect(page.get_by_test_id("teachers-status")).to_contain_text("Mr Lost-Phone’s two-step sign-in was reset")
    expect(row.get_by_text("Two-step sign-in on")).to_have_count(0)
    assert can_sign_in(live_server.url, "mr_lost_phone", PASSWORD)  # the password alone, until set up again


# --- The first admin on a production server ---------------------------------------------------------------------

PRODUCTION = {"APP_ENV": "production", "BCRYPT_ROUNDS": "12"}
FIRST_ADMIN_PASSWORD = "walnut-orange-harbour-77"


@pytest.fixture(scope="module")
def production_server(browser) -> Iterator[tuple[LiveServer, str]]:
    """A server of its own as a school runs it (APP_ENV=production), with no demo school: only the first admin,
    made with `create-admin`. Yields the server and what create-admin printed."""
    tmp = Path(tempfile.mkdtemp(prefix="ks3-e2e-production-"))
    url, kind = throwaway_database(tmp)
    server = LiveServer(database_url=url, database_kind=kind, tmp=tmp, environment=PRODUCTION)
    try:
        off_playwright_thread(migrations.upgrade, url)
        made = subprocess.run(
            [sys.executable, "-m", "app", "create-admin", "--username", "head", "--name", "Ms Head",
             "--password", FIRST_ADMIN_PASSWORD],
            cwd=BACKEND_DIR, env=server_environment(url, tmp / "data", PRODUCTION), capture_output=True, text=True,
            timeout=120,
        )  # fmt: skip
        assert made.returncode == 0, made.stdout + made.stderr
        server.start()
        yield server, made.stdout
    finally:
        server.stop()
        server.drop_database()
        shutil.rmtree(tmp, ignore_errors=True)


def test_the_first_admin_in_production_sets_up_two_step_sign_in_before_anything_else(production_server, browser,
                                                                                     axe_check):
    server, printed = production_server
    assert "Two-step sign-in is required for admins on this server." in printed
    assert "/account.html" in printed
    problems = chromium.PageProblems(base_url=server.url)
    context = browser.new_context(base_url=server.url, viewport=chromium.VIEWPORT, **chromium.SCHOOL_COMPUTER)
    context.set_default_timeout(10_000)
    page = context.new_page()
    problems.attach(page)
    try:
        page.goto("/")
        page.get_by_label("Username").fill("head")
        page.get_by_label("Password", exact=True).fill(FIRST_ADMIN_PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(re.compile(r"/account\.html$"))
        wait_drawn(page)
        expect(page.get_by_role("heading", level=1)).to_have_text("Set up two-step sign-in")
        expect(page.get_by_role("heading", name="Change my password")).to_have_count(0)
        axe_check(page, "first admin's two-step set-up")
        page.goto("/admin/teachers.html")  # any other page comes back here
        page.wait_for_url(re.compile(r"/account\.html$"))
        wait_drawn(page)

        section = page.get_by_test_id("two-step")
        section.get_by_role("button", name="Set up two-step sign-in").click()
        secret = section.get_by_test_id("two-step-key").inner_text().replace(" ", "")
        section.get_by_label("6-digit code from the app").fill(totp.code_at(secret, totp.time_step()))
        section.get_by_role("button", name="Turn on two-step sign-in").click()
        expect(page.get_by_test_id("recovery-codes").get_by_role("listitem")).to_have_count(10)
        page.get_by_role("button", name="I have saved my codes: go to my home page").click()
        page.wait_for_url(re.compile(r"/teacher/dashboard\.html$"))
        wait_drawn(page)
        expect(page.get_by_test_id("user-name")).to_have_text("Ms Head")
        page.goto("/admin/teachers.html")
        wait_drawn(page)
        expect(page.get_by_role("heading", level=1)).to_have_text("Teachers")
    finally:
        context.close()
    problems.check()
