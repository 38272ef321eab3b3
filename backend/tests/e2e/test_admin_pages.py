"""The admin screens in a real browser against a real server: teachers (create with a password shown once, admin
rights, switching an account off and on, resetting a password), classes (create, add and remove a teacher, rename,
delete after a confirmation), pupils (CSV import previewed with its problem rows, nothing saved, then applied, printable
login cards, the class filter, a password reset, switching an account off) and the audit log (filters, dates,
paging, readable details). Every screen is checked with axe and screenshotted at 1280 and 768 pixels wide.

Each test makes its own accounts and classes, so the demo logins the other browser tests use are left alone."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import Locator, Page, expect

from app.utils.dates import academic_year_for
from tests.e2e.login_cards import assert_secrets_fit
from tests.e2e.pupil_helpers import wait_drawn

pytestmark = pytest.mark.e2e

WIDTHS = (1280, 768)
DEMO_PASSWORD = "demo1234"


def look(page: Page, screenshot, axe_check, name: str) -> None:
    """axe on the page as it is, then a screenshot at each width (768 px must not scroll sideways)."""
    axe_check(page, f"admin {name}")
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        if width == 768:
            scroll = page.evaluate("document.documentElement.scrollWidth")
            assert scroll <= 768, f"{name} is {scroll}px wide at 768px: it scrolls sideways"
        screenshot(page, f"admin-{name}-{width}")
    page.set_viewport_size({"width": 1280, "height": 800})


def can_sign_in(base_url: str, username: str, password: str) -> bool:
    with httpx.Client(base_url=base_url) as client:
        return client.post("/api/auth/login", json={"username": username, "password": password}).status_code == 200


def admin_client(base_url: str) -> httpx.Client:
    client = httpx.Client(base_url=base_url, timeout=30)
    response = client.post("/api/auth/login", json={"username": "admin", "password": DEMO_PASSWORD})
    response.raise_for_status()
    client.headers["X-CSRF-Token"] = response.json()["csrf_token"]
    return client


def open_admin(page: Page, login_as, area: str) -> None:
    """Sign in as the admin and go to an admin area through the admin pages' own links."""
    login_as(page, "admin")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Admin").click()
    wait_drawn(page)
    page.get_by_role("navigation", name="Admin areas").get_by_role("link", name=area, exact=True).click()
    wait_drawn(page)
    expect(page.get_by_role("heading", level=1)).to_have_text(area)
    expect(page.get_by_role("navigation", name="Admin areas").get_by_role("link", name=area, exact=True)).to_have_attribute("aria-current", "page")


def confirm(page: Page, title: str, button: str) -> None:
    dialog = page.get_by_role("dialog", name=title)
    expect(dialog).to_be_visible()
    dialog.get_by_role("button", name=button).click()
    expect(dialog).to_have_count(0)


def test_the_admin_home_links_every_admin_area(page, login_as, axe_check, screenshot):
    login_as(page, "admin")
    page.goto("/admin/index.html")
    wait_drawn(page)
    areas = page.get_by_role("region", name="Admin areas")
    for name in ("Teachers", "Classes", "Pupils", "Audit log"):
        expect(areas.get_by_role("link", name=name, exact=True)).to_be_visible()
    expect(page.get_by_test_id("system-status")).to_be_visible()
    look(page, screenshot, axe_check, "home")


def test_an_admin_manages_a_teacher_account(page, login_as, live_server, axe_check, screenshot):
    open_admin(page, login_as, "Teachers")
    look(page, screenshot, axe_check, "teachers")

    # Create: the form's own messages first, then the account with its password shown once.
    page.get_by_role("button", name="Create the account").click()
    expect(page.get_by_text("Type the teacher’s name.")).to_be_visible()
    page.get_by_label("Full name").fill("Ms Rivers")
    page.get_by_label("Username").fill("Bad Name!")
    page.get_by_role("button", name="Create the account").click()
    expect(page.get_by_label("Username")).to_have_attribute("aria-invalid", "true")
    page.get_by_label("Username").fill("mrivers")
    page.get_by_label("Email (optional)").fill("rivers@school.example")
    page.get_by_role("button", name="Create the account").click()
    panel = page.get_by_test_id("new-password")
    expect(panel).to_contain_text("The account for Ms Rivers is ready.")
    expect(panel).to_contain_text("shown only now")
    password = panel.locator(".password-panel__secret").nth(1).inner_text()
    assert can_sign_in(live_server.url, "mrivers", password)
    row = page.get_by_test_id("teachers-table").get_by_role("row", name=re.compile(r"^Ms Rivers"))
    expect(row).to_contain_text("rivers@school.example")
    expect(row).to_contain_text("Teacher")
    look(page, screenshot, axe_check, "teacher-created")

    # Admin rights: given at once, taken away after a confirmation.
    row.get_by_role("button", name="Give admin rights for Ms Rivers").click()
    expect(page.get_by_test_id("teachers-status")).to_have_text("Ms Rivers now has admin rights.")
    expect(row.locator(".badge").first).to_have_text("Admin")
    row.get_by_role("button", name="Remove admin rights for Ms Rivers").click()
    confirm(page, "Remove Ms Rivers’s admin rights?", "Remove admin rights")
    expect(row.locator(".badge").first).to_have_text("Teacher")

    # Switch off (confirmed; they cannot sign in), then on again.
    row.get_by_role("button", name="Switch off account for Ms Rivers").click()
    confirm(page, "Switch off Ms Rivers’s account?", "Switch off the account")
    expect(row).to_contain_text("Switched off")
    assert not can_sign_in(live_server.url, "mrivers", password)
    row.get_by_role("button", name="Switch on account for Ms Rivers").click()
    expect(row).to_contain_text("Active")

    # Reset the password: the new one works, the old one does not.
    row.get_by_role("button", name="Reset password for Ms Rivers").click()
    confirm(page, "Reset Ms Rivers’s password?", "Reset the password")
    expect(panel).to_contain_text("Ms Rivers’s new password:")
    new_password = panel.locator(".password-panel__secret").nth(1).inner_text()
    assert new_password != password
    assert can_sign_in(live_server.url, "mrivers", new_password)

    # The admin's own account cannot be switched off from here.
    me = page.get_by_test_id("teachers-table").get_by_role("row", name=re.compile(r"\(you\)"))
    expect(me.get_by_role("button")).to_have_count(0)


def test_an_admin_creates_renames_staffs_and_deletes_a_class(page, login_as, axe_check, screenshot):
    open_admin(page, login_as, "Classes")
    page.get_by_label("Class name").fill("7Q")
    page.get_by_label("Year group").select_option(label="Year 7")
    page.get_by_role("button", name="Create the class").click()
    expect(page.get_by_test_id("classes-status")).to_have_text("Class 7Q was created. Add its teachers below.")
    card = page.locator("article.class-admin", has=page.get_by_role("heading", name="Class 7Q", exact=True))
    expect(card).to_contain_text("No teacher yet.")

    card.get_by_label("Add a teacher to 7Q").select_option(label="Mr Okafor (teacher2)")
    card.get_by_role("button", name="Add teacher").click()
    expect(page.get_by_test_id("classes-status")).to_have_text("Mr Okafor now teaches 7Q.")
    expect(card.locator(".teacher-list")).to_contain_text("Mr Okafor (teacher2)")
    look(page, screenshot, axe_check, "classes")

    card.get_by_role("button", name="Remove Mr Okafor from 7Q").click()
    confirm(page, "Remove Mr Okafor from 7Q?", "Remove from the class")
    expect(card).to_contain_text("No teacher yet.")

    card.get_by_label("New name for 7Q").fill("7QX")
    card.get_by_role("button", name="Rename").click()
    expect(page.get_by_test_id("classes-status")).to_have_text("7Q is now called 7QX.")
    renamed = page.locator("article.class-admin", has=page.get_by_role("heading", name="Class 7QX", exact=True))
    expect(renamed).to_be_visible()

    renamed.get_by_role("button", name="Delete class 7QX").click()
    dialog = page.get_by_role("dialog", name="Delete class 7QX?")
    expect(dialog).to_contain_text("pupils’ accounts and all their results are kept")
    axe_check(page, "admin delete class dialog")
    dialog.get_by_role("button", name="Keep the class").click()
    expect(renamed).to_be_visible()
    renamed.get_by_role("button", name="Delete class 7QX").click()
    confirm(page, "Delete class 7QX?", "Delete 7QX")
    expect(page.get_by_test_id("classes-status")).to_have_text("Class 7QX was deleted.")
    expect(page.get_by_role("heading", name="Class 7QX", exact=True)).to_have_count(0)


def test_an_admin_imports_pupils_prints_login_cards_resets_and_deactivates(page, login_as, live_server, axe_check,
                                                                          screenshot):
    open_admin(page, login_as, "Pupils")
    rows = page.get_by_label("Or paste the rows here")
    preview_button = page.get_by_role("button", name="Preview the changes")

    # One bad row: the preview lists it by row, and nothing is saved until the changes are applied.
    rows.fill("first name,last name,year,class\nNia,Importer,8,8Z\nTom,Importer,12,8Z\n")
    preview_button.click()
    problems = page.get_by_test_id("roster-problems")
    expect(problems.get_by_role("listitem")).to_have_text(["Row 3: the year 12 is not a KS3 year (use 7, 8 or 9)"])
    expect(page.get_by_test_id("roster-new").locator("tbody tr")).to_have_count(1)
    axe_check(page, "admin import problems")
    screenshot(page, "admin-import-problems")
    client = admin_client(live_server.url)
    try:
        assert client.get("/api/admin/pupils", params={"search": "importer"}).json() == []
    finally:
        client.close()

    # Fixed: both imported into a new class 8Z, with login cards.
    page.get_by_role("button", name="Change the file").click()
    rows.fill("first name,last name,year,class\nNia,Importer,8,8Z\nTom,Importer,8,8Z\n")
    preview_button.click()
    expect(page.get_by_test_id("roster-new").locator("tbody tr")).to_have_count(2)
    page.get_by_role("button", name="Apply these changes").click()
    expect(page.get_by_test_id("import-status")).to_contain_text("2 new pupils")
    cards = page.get_by_test_id("login-cards")
    expect(cards.get_by_test_id("login-card")).to_have_count(2)
    nia = cards.get_by_test_id("login-card").filter(has_text="Nia Importer")
    expect(nia).to_contain_text("Class 8Z")
    nia_username, nia_password = nia.locator(".login-card__secret").all_inner_texts()
    assert can_sign_in(live_server.url, nia_username, nia_password)
    look(page, screenshot, axe_check, "pupils-login-cards")
    assert_secrets_fit(cards.get_by_test_id("login-card"))  # the longest password fits on a card

    page.emulate_media(media="print")
    expect(page.locator("#main")).to_be_hidden()
    expect(page.locator(".login-cards-print .login-card")).to_have_count(2)
    assert_secrets_fit(page.locator(".login-cards-print .login-card"))  # and on a printed one
    screenshot(page, "admin-login-cards-print")
    page.emulate_media(media="screen")

    # The class filter finds the two pupils of 8Z.
    page.get_by_label("Class", exact=True).select_option(label=f"8Z ({academic_year_for()})")
    page.get_by_role("button", name="Show pupils").click()
    expect(page.get_by_test_id("pupil-count")).to_have_text("Showing all 2 pupils that match.")
    table = page.get_by_test_id("admin-pupils")
    expect(table.locator("tbody tr")).to_have_count(2)
    expect(page).to_have_url(re.compile(r"[?&]class="))

    # Reset Nia's password: her card is replaced; the old password stops working.
    table.get_by_role("button", name="Reset password for Nia Importer").click()
    confirm(page, "Reset Nia Importer’s password?", "Reset the password")
    expect(nia.locator(".login-card__secret").nth(1)).not_to_have_text(nia_password)
    expect(cards.get_by_test_id("login-card")).to_have_count(2)
    expect(nia).to_contain_text("Class 8Z")
    new_password = nia.locator(".login-card__secret").nth(1).inner_text()
    assert can_sign_in(live_server.url, nia_username, new_password)
    assert not can_sign_in(live_server.url, nia_username, nia_password)

    # Correct Nia's surname and year group in a dialog: the row shows it, and her sign-in still works.
    def nia_details() -> Locator:
        table.get_by_role("button", name="Change details for Nia Importer").click()
        return page.get_by_role("dialog", name="Change Nia Importer’s details")

    dialog = nia_details()
    expect(dialog.get_by_label("First name")).to_have_value("Nia")
    dialog.get_by_label("Last name").fill("")
    dialog.get_by_role("button", name="Save the details").click()
    expect(page.get_by_test_id("pupils-status")).to_have_text(
        "A pupil needs a first name and a last name. Nothing was changed.")
    dialog = nia_details()
    dialog.get_by_label("Last name").fill("Importer-Jones")
    dialog.get_by_label("Year group").select_option(label="Year 9")
    axe_check(page, "admin change pupil details")
    screenshot(page, "admin-change-pupil-details")
    dialog.get_by_role("button", name="Save the details").click()
    expect(page.get_by_test_id("pupils-status")).to_have_text("Saved: Nia Importer-Jones, Year 9.")
    nia_row = table.get_by_role("row", name=re.compile(r"^Nia Importer-Jones"))
    expect(nia_row).to_contain_text("Year 9")
    assert can_sign_in(live_server.url, nia_username, new_password)

    # Switch Tom's account off: he cannot sign in; the filter for switched-off accounts finds him.
    tom = table.get_by_role("row", name=re.compile(r"^Tom Importer"))
    tom_username, tom_password = cards.get_by_test_id("login-card").filter(has_text="Tom Importer").locator(".login-card__secret").all_inner_texts()
    tom.get_by_role("button", name="Switch off account for Tom Importer").click()
    confirm(page, "Switch off Tom Importer’s account?", "Switch off the account")
    expect(page.get_by_test_id("pupils-status")).to_have_text("Tom Importer’s account is switched off.")
    expect(tom).to_contain_text("Switched off")
    assert not can_sign_in(live_server.url, tom_username, tom_password)
    page.get_by_label("Account", exact=True).select_option(label="Switched off only")
    page.get_by_role("button", name="Show pupils").click()
    expect(table.locator("tbody tr")).to_have_count(1)
    expect(table).to_contain_text("Tom Importer")
    look(page, screenshot, axe_check, "pupils")


def test_an_admin_filters_and_pages_through_the_audit_log(page, login_as, live_server, axe_check, screenshot):
    # Something to find: a teacher created and changed 55 times (more than one page of 50).
    client = admin_client(live_server.url)
    try:
        created = client.post("/api/admin/teachers", json={"username": "auditee", "name": "Mr Audit"})
        assert created.status_code == 201, created.text
        teacher_id = created.json()["teacher"]["id"]
        for n in range(55):
            assert client.patch(f"/api/admin/users/{teacher_id}", json={"name": f"Mr Audit {n}"}).status_code == 200
    finally:
        client.close()

    open_admin(page, login_as, "Audit log")
    table = page.get_by_test_id("audit-table")
    expect(table.locator("tbody tr")).to_have_count(50)
    expect(page.get_by_test_id("audit-count")).to_contain_text(re.compile(r"^Entries 1 to 50 of \d+, newest first\.$"))

    # Filter: account changes by the admin; each entry's details are written out.
    page.get_by_label("Action").select_option(label="Account changes (created, changed, switched off, password reset)")
    page.get_by_label("Username", exact=True).fill("admin")
    page.get_by_role("button", name="Show entries").click()
    expect(table.locator("tbody tr:not([data-action^='user.'])")).to_have_count(0)
    expect(table.locator("tbody tr")).to_have_count(50)
    expect(page.get_by_test_id("audit-count")).to_contain_text(re.compile(r"^Entries 1 to 50 of (5[6-9]|[6-9]\d|\d{3,}), newest first\.$"))
    newest = table.locator("tbody tr").first
    expect(newest.get_by_role("rowheader")).to_contain_text("Account changed")
    expect(newest).to_contain_text("Fields")
    expect(newest).to_contain_text("name")
    expect(newest).to_contain_text("admin")
    look(page, screenshot, axe_check, "audit")

    # Paging: the older entries, and back.
    page.get_by_role("button", name="Show older entries").click()
    expect(page.get_by_test_id("audit-count")).to_contain_text(re.compile(r"^Entries 51 to \d+ of \d+"))
    page.get_by_role("button", name="Show newer entries").click()
    expect(page.get_by_test_id("audit-count")).to_contain_text(re.compile(r"^Entries 1 to 50 of"))

    # Record type and dates: the account records of today; a "To" date before the "From" date is explained.
    page.get_by_label("Action").select_option(label="Every action")
    page.get_by_label("Kind of record").select_option(label="Class")
    page.get_by_role("button", name="Show entries").click()
    expect(table.locator("tbody tr td:nth-child(4)").filter(has_not_text="Class")).to_have_count(0)
    page.get_by_label("Kind of record").select_option(label="Account")
    today = page.evaluate("new Date().toLocaleDateString('en-CA')")  # yyyy-mm-dd where the browser is
    yesterday = page.evaluate("new Date(Date.now() - 864e5).toLocaleDateString('en-CA')")
    page.get_by_label("From (date)").fill(today)
    page.get_by_label("To (date)").fill(yesterday)
    page.get_by_role("button", name="Show entries").click()
    expect(page.get_by_text("The “To” date is before the “From” date. Choose a later date.")).to_be_visible()
    expect(page.get_by_label("To (date)")).to_have_attribute("aria-invalid", "true")
    page.get_by_label("To (date)").fill(today)
    page.get_by_role("button", name="Show entries").click()
    expect(page.get_by_label("To (date)")).not_to_have_attribute("aria-invalid", "true")
    expect(page.get_by_test_id("audit-count")).to_contain_text(re.compile(r"^Entries 1 to \d+ of \d+"))
    expect(table.locator("tbody tr td:nth-child(4)").filter(has_not_text="Account")).to_have_count(0)
    page.get_by_label("From (date)").fill(yesterday)
    page.get_by_label("To (date)").fill(yesterday)
    page.get_by_role("button", name="Show entries").click()
    expect(page.get_by_test_id("audit-count")).to_have_text("No entry matches these filters.")
