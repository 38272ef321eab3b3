"""Signing in and out from the browser, and landing on the right home page."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

WRONG_DETAILS = "That username and password do not match. Check them and try again."


def test_teacher_signs_in_and_lands_on_the_teacher_home(page, login_as, screenshot):
    login_as(page, "teacher")
    expect(page).to_have_url(re.compile(r"/teacher/dashboard\.html$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"^Welcome, "))
    expect(page.get_by_role("navigation", name="Main").get_by_role("link", name="Home")).to_have_attribute(
        "aria-current", "page"
    )
    # The demo teacher teaches 7A and 8B: the home page lists them from /api/classes.
    classes = page.get_by_test_id("classes-table")
    expect(classes.get_by_role("rowheader", name="7A", exact=True)).to_be_visible()
    expect(classes.get_by_role("rowheader", name="8B", exact=True)).to_be_visible()
    # A plain teacher has no Admin link.
    expect(page.get_by_role("link", name="Admin")).to_have_count(0)
    screenshot(page, "teacher-home")


def test_pupil_signs_in_and_lands_on_the_pupil_home(page, login_as, screenshot):
    login_as(page, "pupil")
    expect(page).to_have_url(re.compile(r"/pupil/dashboard\.html$"))
    name = page.get_by_test_id("user-name").inner_text()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Hello, {name}.")
    # Pupil pages use 18 px text (teachers 16 px).
    assert page.evaluate("getComputedStyle(document.body).fontSize") == "18px"
    screenshot(page, "pupil-home")


def test_admin_sees_the_teacher_home_with_an_admin_link(page, login_as, screenshot):
    login_as(page, "admin")
    expect(page).to_have_url(re.compile(r"/teacher/dashboard\.html$"))
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Admin").click()
    expect(page).to_have_url(re.compile(r"/admin/index\.html$"))
    status = page.get_by_test_id("system-status")
    expect(status.get_by_role("row", name=re.compile(r"^Database Working"))).to_be_visible()
    expect(status.get_by_role("row", name=re.compile(r"^Database structure \(migrations\) Working"))).to_be_visible()
    expect(status.get_by_role("row", name=re.compile(r"^Running pupils’ code"))).to_be_visible()
    expect(page.get_by_test_id("admin-counts")).to_contain_text("Classes")
    screenshot(page, "admin-home")


def test_a_wrong_password_gets_a_calm_message_and_keeps_the_form(page, login_as):
    page.goto("/")
    page.get_by_label("Username").fill("teacher2")
    page.get_by_label("Password", exact=True).fill("not-the-password")
    page.get_by_role("button", name="Sign in").click()
    message = page.locator("#sign-in-message")
    expect(message).to_have_text(WRONG_DETAILS)
    expect(message).to_have_attribute("aria-live", "polite")
    # Still on the sign-in page, labels in place, the username kept, ready to retype the password.
    assert page.evaluate("location.pathname") == "/"
    expect(page.get_by_label("Username")).to_have_value("teacher2")
    expect(page.get_by_label("Password", exact=True)).to_be_focused()
    expect(page.get_by_role("button", name="Sign in")).to_be_enabled()
    # Typing the right password then works (and clears the failure count for teacher2).
    page.get_by_label("Password", exact=True).fill("demo1234")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/teacher/dashboard\.html$"))


def test_empty_fields_say_what_to_type(page):
    page.goto("/")
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#username-error")).to_have_text("Type your username.")
    expect(page.get_by_label("Username")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label("Username")).to_be_focused()
    page.get_by_label("Username").fill("pupil")
    expect(page.locator("#username-error")).to_be_hidden()
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#password-error")).to_have_text("Type your password.")
    expect(page.get_by_label("Password", exact=True)).to_be_focused()


def test_sign_out_ends_the_session_and_sign_in_returns_to_the_page(page, login_as):
    login_as(page, "pupil")
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/\?signed-out=1$"))
    expect(page.locator("#sign-in-message")).to_have_text("You are signed out.")
    # The session is gone on the server: the pupil page sends us to sign in, and back afterwards.
    page.goto("/pupil/dashboard.html")
    expect(page).to_have_url(re.compile(r"/\?next=%2Fpupil%2Fdashboard\.html$"))
    expect(page.locator("#sign-in-message")).to_have_text("Please sign in to carry on.")
    page.get_by_label("Username").fill("pupil")
    page.get_by_label("Password", exact=True).fill("demo1234")
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/pupil/dashboard\.html$"))


def test_each_role_is_sent_to_its_own_pages(page, login_as):
    login_as(page, "pupil")
    page.goto("/teacher/dashboard.html")
    expect(page).to_have_url(re.compile(r"/pupil/dashboard\.html$"))
    page.goto("/admin/index.html")
    expect(page).to_have_url(re.compile(r"/pupil/dashboard\.html$"))
    # Already signed in: the sign-in page goes straight home.
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/pupil/dashboard\.html$"))


def test_a_teacher_cannot_open_the_admin_page(page, login_as):
    login_as(page, "teacher")
    page.goto("/admin/index.html")
    expect(page).to_have_url(re.compile(r"/teacher/dashboard\.html$"))


def test_a_next_address_elsewhere_is_ignored(page):
    page.goto("/?next=//example.org/phish")
    page.get_by_label("Username").fill("teacher")
    page.get_by_label("Password", exact=True).fill("demo1234")
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"^http://127\.0\.0\.1:\d+/teacher/dashboard\.html$"))


def test_signing_in_with_the_keyboard_only(page):
    page.goto("/")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Larger text")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_label("Username")).to_be_focused()
    page.keyboard.type("teacher")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Password", exact=True)).to_be_focused()
    page.keyboard.type("demo1234")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/teacher/dashboard\.html$"))
