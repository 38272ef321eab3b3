"""The markbook in a real browser (issue 19): the demo teacher opens class 7A's markbook from the class page,
reads the table (pupil names as row headings that stay in view, column headings that say what each column is,
a legend), narrows it by half term, is told calmly when the dates are the wrong way round, and sees the class's
mastery across the assessments shown. Only reads: the demo school is left as it was. Checked with axe."""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import expect

from tests.e2e.pupil_helpers import wait_drawn

pytestmark = pytest.mark.e2e

DEMO_PASSWORD = "demo1234"


def _seven_a(base_url: str) -> dict:
    with httpx.Client(base_url=base_url) as client:
        assert client.post("/api/auth/login", json={"username": "teacher", "password": DEMO_PASSWORD}).status_code == 200
        class_id = next(c["id"] for c in client.get("/api/classes").json() if c["name"] == "7A")
        return client.get(f"/api/classes/{class_id}/markbook").json()


def test_the_markbook_of_a_class(page, live_server, login_as, axe_check):
    book = _seven_a(live_server.url)
    login_as(page, "teacher")
    page.goto(f"{live_server.url}/teacher/classes.html?id={book['class_id']}")
    wait_drawn(page)
    page.get_by_test_id("markbook-link").click()
    wait_drawn(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Markbook: class 7A")
    table = page.get_by_test_id("markbook-table")
    expect(table.get_by_role("columnheader").first).to_have_text("Pupil")
    expect(page.get_by_test_id("markbook-row")).to_have_count(len(book["rows"]))
    first = book["rows"][0]
    expect(table.get_by_role("rowheader", name=first["name"], exact=True)).to_be_visible()
    for column in book["columns"]:
        expect(table.get_by_role("columnheader").filter(has_text=column["title"]).first).to_be_visible()
    assert table.locator("th[scope=row]").first.evaluate("e => getComputedStyle(e).position") == "sticky"
    expect(page.get_by_test_id("markbook-legend")).to_contain_text("Handed in when time was up")
    expect(page.get_by_test_id("markbook-trend").first).to_contain_text(
        {"rising": "Rising", "steady": "Steady", "falling": "Falling", "not_enough": "Not enough yet"}[
            first["trend"]["direction"]])
    expect(page.get_by_test_id("class-trends").get_by_role("heading", name="Learning objectives")).to_be_visible()
    csv_href = page.get_by_test_id("markbook-csv").get_attribute("href")
    assert csv_href == f"/api/classes/{book['class_id']}/markbook.csv"
    axe_check(page, "markbook")

    filters = page.get_by_test_id("markbook-filters")
    filters.get_by_label("Half term").select_option("6")
    filters.get_by_role("button", name="Show these assessments").click()
    wait_drawn(page)
    assert "half_term=6" in page.url
    expect(page.get_by_test_id("markbook-scope")).to_contain_text("half term 6")
    assert page.get_by_test_id("markbook-csv").get_attribute("href").endswith("markbook.csv?half_term=6")
    expect(page.get_by_role("link", name="Show every assessment")).to_be_visible()

    filters = page.get_by_test_id("markbook-filters")
    filters.get_by_label("Half term").select_option("")
    filters.get_by_label("Set from").fill("2026-05-02")
    filters.get_by_label("Set until").fill("2026-05-01")
    filters.get_by_role("button", name="Show these assessments").click()
    wait_drawn(page)
    expect(page.get_by_test_id("markbook-refused")).to_contain_text("The 'to' date is before the 'from' date")
    expect(page.get_by_test_id("markbook-row")).to_have_count(len(book["rows"]))
    axe_check(page, "markbook with a refused filter")


def test_class_results_link_to_the_markbook(page, live_server, login_as):
    book = _seven_a(live_server.url)
    login_as(page, "teacher")
    page.goto(f"{live_server.url}/teacher/class-results.html?id={book['columns'][0]['assessment_id']}"
              f"&class={book['class_id']}")
    wait_drawn(page)
    page.get_by_test_id("markbook-links").get_by_role("link", name="markbook for 7A").click()
    wait_drawn(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Markbook: class 7A")
