"""My account in a real browser (issue 21, account safety): a teacher sees where they are signed in and signs
another device out, changes their password (typed twice, the current one needed), and an admin sees where a
teacher is signed in and signs them out everywhere. Each screen checked with axe."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import expect

from tests.e2e.pupil_helpers import wait_drawn
from tests.e2e.test_admin_pages import admin_client, can_sign_in, confirm, open_admin

pytestmark = pytest.mark.e2e

FIRST = "kettle-forest-quartz-17"
SECOND = "maple-otter-rocket-58"


def _teacher(base_url: str, username: str, name: str) -> None:
    admin = admin_client(base_url)
    created = admin.post("/api/admin/teachers", json={"username": username, "name": name, "password": FIRST})
    admin.close()
    assert created.status_code == 201, created.text


def _elsewhere(base_url: str, username: str, password: str) -> httpx.Client:
    """The same person signed in on another computer."""
    client = httpx.Client(base_url=base_url, headers={"User-Agent": "Mozilla/5.0 (X11; CrOS x86_64 15633.69.0) "
                                                                    "Chrome/119.0.0.0 Safari/537.36"})
    assert client.post("/api/auth/login", json={"username": username, "password": password}).status_code == 200
    return client


def test_a_teacher_signs_out_another_device_and_changes_their_password(page, live_server, login_as, axe_check):
    _teacher(live_server.url, "ms_account", "Ms Account")
    chromebook = _elsewhere(live_server.url, "ms_account", FIRST)
    login_as(page, "ms_account", FIRST)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="My account").click()
    wait_drawn(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("My account")
    devices = page.get_by_test_id("session-list").get_by_role("listitem")
    expect(devices).to_have_count(2)
    expect(devices.filter(has_text="(this one)")).to_have_count(1)
    axe_check(page, "my account")

    page.get_by_role("button", name=re.compile(r"^Sign out this one\W+Chrome on a Chromebook$")).click()
    expect(page.get_by_test_id("sessions-status")).to_contain_text("Chrome on a Chromebook was signed out.")
    expect(devices).to_have_count(1)
    assert chromebook.get("/api/auth/me").status_code == 401

    page.get_by_label("Current password").fill(FIRST)
    page.get_by_label("New password", exact=True).fill(SECOND)
    page.get_by_label("New password again").fill(SECOND + "x")
    page.get_by_role("button", name="Change my password").click()
    expect(page.get_by_text("The two new passwords are different. Type the same one twice.")).to_be_visible()
    page.get_by_label("New password again").fill(SECOND)
    page.get_by_role("button", name="Change my password").click()
    expect(page.get_by_test_id("password-status")).to_contain_text("Your password has been changed.")
    axe_check(page, "my account after changing the password")
    assert can_sign_in(live_server.url, "ms_account", SECOND)
    assert not can_sign_in(live_server.url, "ms_account", FIRST)


def test_an_admin_signs_a_teacher_out_everywhere(page, live_server, login_as, axe_check):
    _teacher(live_server.url, "mr_lost_laptop", "Mr Lost-Laptop")
    laptop = _elsewhere(live_server.url, "mr_lost_laptop", FIRST)
    open_admin(page, login_as, "Teachers")
    page.get_by_role("button", name="Where signed in for Mr Lost-Laptop").click()
    dialog = page.get_by_role("dialog", name="Where Mr Lost-Laptop is signed in")
    expect(dialog.get_by_text("Chrome on a Chromebook")).to_be_visible()
    axe_check(page, "where a teacher is signed in")
    confirm(page, "Where Mr Lost-Laptop is signed in", "Sign them out everywhere")
    expect(page.get_by_test_id("teachers-status")).to_contain_text("Mr Lost-Laptop was signed out of 1 session.")
    assert laptop.get("/api/auth/me").status_code == 401
