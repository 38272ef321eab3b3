"""The roster in a real browser: a class list re-imported as an update (the preview lists new pupils, a pupil
moving class, a changed name, a leaver and a problem row; applying it makes exactly those changes), and the new
school year wizard run on a server of its own (the shared server's demo school must stay in its year): next
year's classes proposed, a pupil marked as leaving, the move applied once, last year's classes read-only to their
teacher. Each screen is checked with axe."""

from __future__ import annotations

from contextlib import closing

import httpx
import pytest
from playwright.sync_api import Page, expect

from app.services.accounts.roster_ids import upn_check_letter
from app.utils.dates import academic_year_for
from tests.e2e import browser as chromium
from tests.e2e.conftest import DEMO_PASSWORD, started_server
from tests.e2e.pupil_helpers import wait_drawn

pytestmark = pytest.mark.e2e


def upn(serial: int) -> str:
    digits = f"99912342{serial:04d}"  # a local authority and school number no real school has
    return upn_check_letter(digits) + digits


def signed_in(base_url: str, username: str) -> httpx.Client:
    client = httpx.Client(base_url=base_url, timeout=30)
    response = client.post("/api/auth/login", json={"username": username, "password": DEMO_PASSWORD})
    response.raise_for_status()
    client.headers["X-CSRF-Token"] = response.json()["csrf_token"]
    return client


def imported(client: httpx.Client, text: str) -> dict:
    plan = client.post("/api/admin/pupils/import/preview", json={"csv": text}).json()
    response = client.post("/api/admin/pupils/import", json={"csv": text, "plan_hash": plan["plan_hash"]})
    assert response.status_code == 201, response.text
    return response.json()


def to_admin_area(page: Page, login_as, area: str) -> None:
    login_as(page, "admin")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Admin").click()
    wait_drawn(page)
    page.get_by_role("navigation", name="Admin areas").get_by_role("link", name=area, exact=True).click()
    wait_drawn(page)


FIRST = ("UPN,Legal Surname,Legal Forename,Reg Group,NC Year\n"
         f"{upn(1)},Rostertest,Rosa,7RST1,Year 7\n{upn(2)},Rostertest,Sam,7RST1,Year 7\n"
         f"{upn(3)},Rostertest,Tia,7RST1,Year 7\n")
UPDATE = ("\ufeffUPN;Legal Surname;Legal Forename;Preferred Forename;Reg Group;NC Year;Tutor\n"
          f"{upn(1)};Rostertest;Rosa;Ro;7RST1;Year 7;Mr Brown\n"  # a preferred name now
          f"{upn(2)};Rostertest;Sam;;7RST2;Y7;Mr Brown\n"  # moves to 7RST2
          f"{upn(4)};Rostertest;Uma;;7RST2;7;Mr Brown\n"  # new
          f"A{upn(5)[1:]};Rostertest;Vic;;7RST2;7;Mr Brown\n"  # a wrong check letter
          "\n\n")


def test_a_class_list_is_previewed_then_applied_as_an_update(page, login_as, live_server, axe_check, screenshot):
    with closing(signed_in(live_server.url, "admin")) as admin:
        imported(admin, FIRST)
    to_admin_area(page, login_as, "Pupils")
    page.get_by_label("Or paste the rows here").fill(UPDATE)
    page.get_by_role("button", name="Preview the changes").click()
    preview = page.get_by_test_id("roster-preview")
    expect(preview).to_contain_text("Nothing is saved yet.")
    expect(page.get_by_test_id("roster-new")).to_contain_text("Uma Rostertest")
    expect(page.get_by_test_id("roster-moving")).to_contain_text("7RST1 → 7RST2")
    expect(page.get_by_test_id("roster-changed")).to_contain_text("first name: Rosa → Ro")
    expect(page.get_by_test_id("roster-leavers")).to_contain_text("Tia Rostertest")
    expect(page.get_by_test_id("roster-problems").get_by_role("listitem")).to_have_text(
        [f"Row 5: the UPN ‘A{upn(5)[1:]}’ does not pass the DfE check (with these digits its letter would be "
         f"{upn(5)[0]}): check that it was copied exactly"])
    expect(page.get_by_role("checkbox", name="Archive")).not_to_be_checked()
    axe_check(page, "roster preview")
    screenshot(page, "admin-roster-preview")

    page.get_by_role("button", name="Apply these changes").click()
    status = page.get_by_test_id("import-status")
    expect(status).to_contain_text("Done: 1 new pupil, 1 pupil moved class, 1 pupil's details changed, "
                                   "0 leavers archived.")
    expect(status).to_contain_text("1 row was left out")
    cards = page.get_by_test_id("login-cards").get_by_test_id("login-card")
    expect(cards.filter(has_text="Uma Rostertest")).to_contain_text("Class 7RST2")
    axe_check(page, "roster applied")
    with closing(signed_in(live_server.url, "admin")) as admin:
        found = {p["first_name"]: p for p in admin.get("/api/admin/pupils", params={"search": "rostertest"}).json()}
        assert sorted(found) == ["Ro", "Sam", "Tia", "Uma"]
        assert found["Tia"]["is_active"], "a leaver is archived only when the admin ticks it"
        classes = {c["name"]: c for c in admin.get("/api/admin/classes").json()}
        assert [p["first_name"] for p in classes["7RST2"]["pupils"]] == ["Sam", "Uma"]


@pytest.fixture(scope="module")
def own_school(browser):
    """A server of its own: the wizard moves its whole school on, which the shared server's tests must not see."""
    with started_server("ks3-e2e-new-year-") as server:
        yield server


def test_the_new_school_year_wizard_moves_the_school_on_once(browser, own_school, login_as, axe_check, screenshot):
    this_year = academic_year_for()
    next_year = f"{int(this_year[:4]) + 1}-{(int(this_year[:4]) + 2) % 100:02d}"
    with closing(signed_in(own_school.url, "admin")) as admin:
        plan = admin.get("/api/admin/new-year").json()
    leaver = next(p for p in plan["moving_up"] if p["username"] != "pupil" and "8B" in p["classes"])
    context = browser.new_context(base_url=own_school.url, viewport=chromium.VIEWPORT, **chromium.SCHOOL_COMPUTER)
    context.set_default_timeout(10_000)
    problems = chromium.PageProblems(base_url=own_school.url)
    page = context.new_page()
    problems.attach(page)
    try:
        to_admin_area(page, login_as, "New school year")
        expect(page.get_by_role("heading", level=1)).to_have_text("Start the new school year")
        expect(page.get_by_label("Next year's name for 7A")).to_have_value("8A")
        expect(page.get_by_label("Next year's name for 8B")).to_have_value("9B")
        expect(page.locator('tr[data-class="9C"]')).to_contain_text("Ends")
        expect(page.get_by_test_id("new-year-finishing").get_by_role("listitem")).to_have_count(15)
        page.locator(f'tr[data-pupil="{leaver["username"]}"]').get_by_role("checkbox").check()
        axe_check(page, "new year preview")
        screenshot(page, "admin-new-year-preview")

        page.get_by_role("button", name=f"Start {next_year}").click()
        dialog = page.get_by_role("dialog", name=f"Start {next_year}?")
        expect(dialog).to_contain_text("16 pupils are archived")
        dialog.get_by_role("button", name=f"Start {next_year}").click()
        expect(page.get_by_test_id("new-year-status")).to_contain_text(
            f"The school is now in {next_year}: 2 classes made, 29 pupils moved up, 16 pupils archived")
        expect(page.get_by_test_id("new-year-blocked")).to_contain_text(f"moved from {this_year} to {next_year}")
        expect(page.get_by_role("button", name=f"Start {next_year}")).to_have_count(0)
        axe_check(page, "new year done")
        screenshot(page, "admin-new-year-done")

        with closing(signed_in(own_school.url, "admin")) as admin:
            again = admin.post("/api/admin/new-year", json={"from_year": this_year, "plan_hash": plan["plan_hash"]})
            assert again.status_code == 409 and "only once a year" in again.json()["detail"]
            classes = {(c["name"], c["academic_year"]): c for c in admin.get("/api/admin/classes").json()}
        assert [t["name"] for t in classes[("8A", next_year)]["teachers"]] == ["Ms Hughes"]
        assert classes[("7A", this_year)]["read_only"] is True
        assert leaver["username"] not in {p["username"] for p in classes[("9B", next_year)]["pupils"]}

        context.clear_cookies()
        login_as(page, "teacher")
        page.goto(f"/teacher/classes.html?id={classes[('7A', this_year)]['id']}")
        wait_drawn(page)
        expect(page.get_by_test_id("class-read-only")).to_contain_text("a school year that has ended")
        expect(page.get_by_label("Or paste the rows here")).to_have_count(0)
        axe_check(page, "last year's class, read-only")
    finally:
        context.close()
    problems.check()
