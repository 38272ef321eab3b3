"""A unit belongs to its owner: every teacher reads it and may make assessments from it, but only its owner and
admins change it (the server refuses others with a 403). The unit's page shows another teacher the unit
read-only, with a note saying why and no change controls, so nobody presses a button only to be refused."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

import pytest
from playwright.sync_api import Page, expect

from tests.documents.builders import lesson_plan_docx
from tests.e2e.pupil_helpers import teacher_client, wait_drawn

pytestmark = pytest.mark.e2e

NOTE = (
    "This unit belongs to another teacher. You can read it and use it for your assessments. "
    "Only its owner or an admin can change it."
)
# The words every change control on the unit's page starts with (Move up/down, Delete this unit, Add the topic,
# Save the unit's details, Change LO1, Upload lesson documents…).
CHANGE_CONTROL = re.compile(r"^(Rename|Move|Delete|Add|Upload|Save|Change)\b")
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture
def owned_unit(live_server) -> Iterator[dict]:
    """A unit made by `teacher` through the API: one topic, one objective in it, one lesson document."""
    client = teacher_client(live_server.url, "teacher")
    unit = client.post("/api/units", json={"title": f"Networks {datetime.now():%H%M%S%f}", "year_group": 8}).json()
    path = f"/api/units/{unit['id']}"
    topic = client.post(f"{path}/topics", json={"title": "How data travels"}).json()
    created = client.post(
        f"{path}/objectives",
        json={"code": "LO1", "description": "Explain what a computer network is", "topic_id": topic["id"],
              "strands": ["NW"]},
    )
    assert created.status_code == 201, created.text
    uploaded = client.post(f"{path}/documents", files=[("files", ("network-lesson.docx", lesson_plan_docx(), DOCX))])
    assert uploaded.status_code == 201, uploaded.text
    yield unit
    client.delete(path)
    client.close()


def open_unit(page: Page, unit: dict) -> None:
    page.goto(f"/teacher/units.html?id={unit['id']}")
    wait_drawn(page)
    expect(page.get_by_role("heading", level=1)).to_have_text(unit["title"])


def change_controls(page: Page):
    """Buttons and links in the page's content that would change the unit."""
    main = page.locator("#main")
    return main.get_by_role("button", name=CHANGE_CONTROL).or_(main.get_by_role("link", name=CHANGE_CONTROL))


def test_another_teacher_reads_the_unit_without_change_controls(page, login_as, axe_check, screenshot, owned_unit):
    login_as(page, "teacher2")
    open_unit(page, owned_unit)

    expect(page.get_by_test_id("unit-read-only")).to_have_text(NOTE)
    expect(page.get_by_test_id("topics")).to_have_text("How data travels")
    objective = page.get_by_test_id("objectives").locator(":scope > li")
    expect(objective).to_contain_text("LO1: Explain what a computer network is")
    expect(objective).to_contain_text("Topic: How data travels. Strands: NW – Networks.")
    documents = page.get_by_test_id("documents")
    expect(documents.get_by_role("heading", name="network-lesson.docx")).to_be_visible()
    expect(documents).to_contain_text("Found 3 objectives")

    expect(change_controls(page), "another teacher is offered no change controls").to_have_count(0)
    expect(page.locator("#main").locator("form, input, select, textarea"), "nothing to type into").to_have_count(0)
    wizard = page.get_by_role("link", name="Create an assessment from this unit")
    expect(wizard, "using the unit for an assessment is still offered").to_have_attribute(
        "href", f"/teacher/create-assessment.html?unit={owned_unit['id']}&step=settings"
    )
    axe_check(page, "teacher unit read-only")
    screenshot(page, "teacher-unit-read-only")


@pytest.mark.parametrize("username", ["teacher", "admin"])
def test_the_owner_and_an_admin_still_see_every_change_control(page, login_as, owned_unit, username):
    login_as(page, username)
    open_unit(page, owned_unit)

    expect(page.get_by_test_id("unit-read-only")).to_have_count(0)
    for name in ("Rename topic 1", "Move down objective 1", "Change LO1", "Delete network-lesson.docx",
                 "Delete this unit", "Add the topic", "Add the objective"):
        expect(page.get_by_role("button", name=name, exact=True), f"{username} sees {name}").to_have_count(1)
    expect(page.get_by_role("link", name="Upload lesson documents")).to_have_count(2)
    expect(page.get_by_text("Change the unit's details")).to_be_visible()
    expect(page.get_by_role("link", name="Create an assessment from this unit")).to_be_visible()


def test_another_teachers_unit_in_the_wizard_is_read_and_used_not_changed(page, login_as, axe_check, owned_unit):
    """Choosing someone else's unit in the create wizard shows its materials to read, with a note, and goes on to
    the settings without saving anything (saving them would be refused)."""
    login_as(page, "teacher2")
    page.goto(f"/teacher/create-assessment.html?unit={owned_unit['id']}")
    wait_drawn(page)
    expect(page.get_by_test_id("not-your-unit")).to_contain_text("This unit belongs to another teacher")
    expect(page.get_by_text("Explain what a computer network is").first).to_be_visible()
    main = page.locator("#main")
    expect(main.get_by_role("button", name=re.compile(r"^(Upload|Save)")), "nothing to upload or save").to_have_count(0)
    expect(main.locator("input[type=file]"), "no file picker").to_have_count(0)
    axe_check(page, "wizard materials read-only")
    page.get_by_role("button", name="Continue to settings").click()
    expect(page).to_have_url(re.compile(r"step=settings"))
