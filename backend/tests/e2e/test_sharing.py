"""Sharing with the department in a real browser: Ms Hughes (teacher) shares an assessment and a unit from their
pages; Mr Okafor (teacher2) finds the assessment under "Shared by colleagues", opens it read-only with the line
saying who shared it, previews it as a pupil would, and duplicates it into his own assessments. Each page passes
the axe check. Everything made here is deleted afterwards, so the demo school is as it was."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.pupil_helpers import teacher_client, wait_drawn
from tests.question_types.samples import sample

pytestmark = pytest.mark.e2e

QUESTION = "How many bits are in one byte?"


@pytest.fixture
def hughes_assessment(live_server) -> Iterator[dict]:
    """A draft of Ms Hughes's with one multiple-choice question, made through the API; deleted afterwards with
    any copies Mr Okafor made of it."""
    owner = teacher_client(live_server.url, "teacher")
    created = owner.post("/api/assessments", json={"title": f"Networks check {datetime.now():%H%M%S%f}"})
    assert created.status_code == 201, created.text
    assessment = created.json()
    added = owner.post(f"/api/assessments/{assessment['id']}/questions",
                       json={"type": "multiple_choice", "question_text": QUESTION, "config": sample("multiple_choice")})
    assert added.status_code == 201, added.text
    yield assessment
    colleague = teacher_client(live_server.url, "teacher2")
    for mine in colleague.get("/api/assessments").json():
        if mine["title"].startswith(assessment["title"]):
            colleague.delete(f"/api/assessments/{mine['id']}")
    owner.delete(f"/api/assessments/{assessment['id']}")
    owner.close()
    colleague.close()


def open_review(page: Page, assessment_id: str) -> None:
    page.goto(f"/teacher/review-questions.html?id={assessment_id}")
    wait_drawn(page)


def test_a_teacher_shares_an_assessment_and_stops(page, login_as, axe_check, hughes_assessment):
    login_as(page, "teacher")
    open_review(page, hughes_assessment["id"])
    page.get_by_role("button", name="Share with the department").click()
    expect(page.get_by_test_id("review-status")).to_contain_text("Shared with the department.")
    expect(page.get_by_test_id("sharing-note")).to_contain_text("Colleagues can read, preview, print and copy it.")
    axe_check(page, "review page, shared")

    page.get_by_role("button", name="Stop sharing with the department").click()
    expect(page.get_by_test_id("review-status")).to_contain_text("It is no longer shared.")
    expect(page.get_by_test_id("sharing-note")).to_have_count(0)
    expect(page.get_by_role("button", name="Share with the department")).to_be_visible()


def test_a_colleague_finds_previews_and_duplicates_a_shared_assessment(page, login_as, axe_check, screenshot,
                                                                      live_server, hughes_assessment):
    owner = teacher_client(live_server.url, "teacher")
    assert owner.post(f"/api/assessments/{hughes_assessment['id']}/share").status_code == 200
    owner.close()
    title = hughes_assessment["title"]

    login_as(page, "teacher2")
    page.goto("/teacher/assessments.html")
    wait_drawn(page)
    shared = page.get_by_test_id("shared-section")
    row = shared.get_by_test_id("shared-row").filter(has=page.get_by_role("heading", name=title, exact=True))
    expect(row).to_contain_text("Shared by")
    expect(row).to_contain_text("Ms Hughes")
    expect(page.get_by_test_id("assessment-list").get_by_role("heading", name=title, exact=True)).to_have_count(0)
    axe_check(page, "assessments page with shared by colleagues")
    screenshot(page, "sharing-colleague-list")

    row.get_by_role("link", name=f"Open {title}").click()
    wait_drawn(page)
    expect(page.get_by_test_id("shared-by")).to_have_text("Shared by Ms Hughes. You can preview it or make your own copy.")
    expect(page.get_by_text(QUESTION)).to_be_visible()
    main = page.locator("#main")
    for refused in ("Publish", "Delete assessment", "Archive", "Share with the department", "Move to review"):
        expect(main.get_by_role("button", name=refused, exact=True), f"a colleague is offered {refused}").to_have_count(0)
    expect(page.get_by_role("tab", name="Settings")).to_have_count(0)
    expect(page.get_by_test_id("published-to")).to_have_count(0)
    axe_check(page, "a colleague's shared assessment, read-only")
    screenshot(page, "sharing-colleague-read-only")

    page.get_by_role("link", name="Preview as pupil").click()
    wait_drawn(page)
    expect(page.get_by_test_id("preview-banner")).to_be_visible()
    expect(page.get_by_text(QUESTION)).to_be_visible()
    axe_check(page, "preview of a colleague's shared assessment")

    page.go_back()
    wait_drawn(page)
    page.get_by_role("button", name="Duplicate into my assessments").click()
    page.wait_for_url(lambda url: hughes_assessment["id"] not in url)
    wait_drawn(page)
    expect(page.get_by_role("heading", level=1)).to_have_text(f"{title} (copy)")
    expect(page.get_by_test_id("copied-from")).to_have_text(f"Copied from ‘{title}’ by Ms Hughes.")
    expect(page.get_by_role("button", name="Publish")).to_be_visible()
    axe_check(page, "the colleague's own copy")


def test_a_colleague_duplicates_from_the_shared_list(page, login_as, live_server, hughes_assessment):
    owner = teacher_client(live_server.url, "teacher")
    assert owner.post(f"/api/assessments/{hughes_assessment['id']}/share").status_code == 200
    owner.close()
    title = hughes_assessment["title"]
    login_as(page, "teacher2")
    page.goto("/teacher/assessments.html")
    wait_drawn(page)
    page.get_by_role("button", name=f"Duplicate into my assessments {title}").click()
    expect(page.get_by_test_id("list-status")).to_contain_text(f"A copy was made: ‘{title} (copy)’. It is a draft.")
    own = page.get_by_test_id("assessment-list")
    expect(own.get_by_role("heading", name=f"{title} (copy)", exact=True)).to_be_visible()


@pytest.fixture
def hughes_unit(live_server) -> Iterator[dict]:
    client = teacher_client(live_server.url, "teacher")
    unit = client.post("/api/units", json={"title": f"Sharing unit {datetime.now():%H%M%S%f}", "year_group": 8}).json()
    yield unit
    client.delete(f"/api/units/{unit['id']}")
    client.close()


def test_a_teacher_shares_a_unit_and_stops(page, login_as, axe_check, hughes_unit):
    login_as(page, "teacher")
    page.goto(f"/teacher/units.html?id={hughes_unit['id']}")
    wait_drawn(page)
    note = page.get_by_test_id("unit-sharing-note")
    expect(note).to_have_text("This unit is not shared with the department.")
    page.get_by_role("button", name="Share this unit with the department").click()
    expect(note).to_contain_text("Shared with the department by Ms Hughes")
    expect(page.get_by_test_id("unit-status")).to_contain_text("The unit is shared with the department.")
    axe_check(page, "unit page, shared")

    page.goto("/teacher/units.html")
    wait_drawn(page)
    row = page.get_by_test_id("units-table").get_by_role("row").filter(has=page.get_by_role("link", name=hughes_unit["title"]))
    expect(row).to_contain_text("Shared")

    page.goto(f"/teacher/units.html?id={hughes_unit['id']}")
    wait_drawn(page)
    page.get_by_role("button", name="Stop sharing this unit").click()
    expect(page.get_by_test_id("unit-sharing-note")).to_have_text("This unit is not shared with the department.")
