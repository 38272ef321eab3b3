"""The live lesson view in a real browser: the teacher's page stays open while a pupil, signed in on another
computer (a second browser context), answers and presses "I need help". The teacher's page updates by itself,
without moving under the teacher (focus stays where it was), the pupil's row comes to the top with the reason in
words, and the teacher marks it seen. Both pages are checked with axe."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.pupil_helpers import (
    class_pupils,
    heading,
    open_assessment,
    query,
    sign_in,
    teacher_client,
    wait_drawn,
    wait_until_saved,
)

pytestmark = pytest.mark.e2e

TOLD = "Your teacher has been told. Keep going when you are ready."


@pytest.fixture(scope="module")
def lesson(live_server) -> dict:
    """A two-question assessment set for 7A (open for a week) and one of 7A's pupils no other browser test uses
    (test_pupil_pages.py takes the first four, test_two_pages.py the sixth and seventh, the results tests the
    last six)."""
    client = teacher_client(live_server.url)
    try:
        class_id = next(c["id"] for c in client.get("/api/classes").json() if c["name"] == "7A")
        created = client.post("/api/assessments", json={"title": "Live lesson: input and output", "max_attempts": 1})
        created.raise_for_status()
        assessment_id = created.json()["id"]
        for text, answer in (("Which of these is an input device?", "Keyboard"),
                             ("Which of these is an output device?", "Monitor")):
            client.post(f"/api/assessments/{assessment_id}/questions", json={
                "type": "multiple_choice", "question_text": text, "hint": "Think about which way the data goes.",
                "config": {"type": "multiple_choice", "shuffle_options": False, "options": [
                    {"id": "o00000001", "text": "Keyboard", "is_correct": answer == "Keyboard"},
                    {"id": "o00000002", "text": "Monitor", "is_correct": answer == "Monitor"}]},
                "feedback": {"correct": "Yes.", "incorrect": "Have another look."},
            }).raise_for_status()
        hand_in = (datetime.now(UTC) + timedelta(days=7)).isoformat()
        client.post(f"/api/assessments/{assessment_id}/publish",
                    json={"classes": [{"class_id": class_id, "available_until": hand_in}]}).raise_for_status()
    finally:
        client.close()
    username = [n for n in class_pupils(live_server.database_url) if n != "pupil"][4]
    found = query(live_server.database_url, "SELECT id, name FROM users WHERE username = :u", u=username)[0]
    return {"assessment_id": assessment_id, "class_id": class_id, "username": username,
            "pupil_id": _uuid(found["id"]), "name": found["name"]}


def _uuid(value) -> str:
    import uuid

    return str(uuid.UUID(str(value)))


def _row(page: Page, pupil_id: str):
    return page.locator(f"[data-testid=live-row][data-pupil-id='{pupil_id}']")


def test_the_live_view_updates_as_a_pupil_answers_and_asks_for_help(page, pupil_page, live_server, lesson, login_as,
                                                                       axe_check, screenshot):
    login_as(page, "teacher")
    # The home page offers the live view while the assessment is open for the class.
    link = page.get_by_test_id("live-link").filter(has_text=re.compile("Watch live")).and_(
        page.locator(f"a[href*='{lesson['assessment_id']}']"))
    expect(link).to_have_count(1)
    href = link.get_attribute("href")
    assert f"class={lesson['class_id']}" in href
    page.goto(f"{href}&refresh=1")  # updates every second instead of every 10, so the test need not wait
    wait_drawn(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Live: Live lesson: input and output")
    row = _row(page, lesson["pupil_id"])
    expect(row).to_contain_text("Not started")
    axe_check(page, "teacher live view")

    # The pupil starts on their own computer, answers question 1 and moves on to question 2.
    sign_in(pupil_page, lesson["username"])
    open_assessment(pupil_page, lesson["assessment_id"])
    pupil_page.get_by_role("button", name="I'm ready — start").click()
    expect(heading(pupil_page)).to_have_text("Question 1 of 2")
    pupil_page.get_by_test_id("answer-area").get_by_role("radio", name="Keyboard", exact=True).check()
    wait_until_saved(pupil_page)
    pupil_page.get_by_role("button", name="Next question").click()
    expect(heading(pupil_page)).to_have_text("Question 2 of 2")

    # The teacher's page shows it by itself, with no reload.
    expect(row).to_contain_text("Working")
    expect(row).to_contain_text("1 of 2")
    expect(row).to_contain_text("Question 2: Which of these is an output device?")
    first_row = page.get_by_test_id("live-row").first
    expect(first_row).not_to_have_attribute("data-pupil-id", lesson["pupil_id"])

    # "I need help": said in place, the button shows it was sent, nothing else happens.
    help_button = pupil_page.get_by_test_id("help-button")
    expect(help_button).to_have_text("I need help")
    help_button.focus()
    pupil_page.keyboard.press("Enter")
    expect(pupil_page.get_by_test_id("help-said")).to_have_text(TOLD)
    expect(pupil_page.get_by_test_id("help-said")).to_have_attribute("aria-live", "polite")
    expect(help_button).to_have_text("Asked for help")
    expect(help_button).to_have_attribute("aria-disabled", "true")
    expect(pupil_page.locator("dialog[open]")).to_have_count(0)
    pupil_page.keyboard.press("Enter")  # a second press (focus is still on the button) sends nothing more
    axe_check(pupil_page, "pupil question after I need help")
    screenshot(pupil_page, "pupil-help-sent")
    assert _help_requests(live_server, lesson["pupil_id"]) == 1

    # The row comes to the top by itself, with the reason in words.
    expect(first_row).to_have_attribute("data-pupil-id", lesson["pupil_id"])
    expect(first_row.get_by_test_id("live-reasons")).to_have_text(
        re.compile(r"^Asked for help at \d\d:\d\d on question 2$"))
    expect(page.get_by_test_id("live-announcer")).to_have_text(f"{lesson['name']} asked for help.")
    axe_check(page, "teacher live view with a request for help")
    screenshot(page, "teacher-live-view")

    # Updates do not take the keyboard focus away: it is still on "Mark as seen" after the next refresh.
    seen = first_row.get_by_test_id("mark-seen")
    seen.focus()
    updated = page.get_by_test_id("live-updated").text_content()
    expect(page.get_by_test_id("live-updated")).not_to_have_text(updated, timeout=5_000)
    assert page.evaluate("() => document.activeElement.dataset.testid") == "mark-seen"

    page.keyboard.press("Enter")
    expect(row.get_by_test_id("mark-seen")).to_have_count(0)
    expect(row).not_to_contain_text("Asked for help")
    expect(page.get_by_test_id("live-announcer")).to_have_text(f"Marked as seen: {lesson['name']}’s request for help.")
    assert page.evaluate("() => document.activeElement.closest('tr')?.dataset.pupilId") == lesson["pupil_id"]
    expect(page.get_by_test_id("live-row").first).not_to_have_attribute("data-pupil-id", lesson["pupil_id"])
    assert _help_requests(live_server, lesson["pupil_id"], seen=True) == 1


def _help_requests(live_server, pupil_id: str, *, seen: bool = False) -> int:
    sqlite = "sqlite" in live_server.database_url
    rows = query(
        live_server.database_url,
        "SELECT COUNT(*) AS n FROM help_requests h JOIN attempts a ON a.id = h.attempt_id "
        f"WHERE a.pupil_id = :pupil AND h.seen_at IS {'NOT ' if seen else ''}NULL",
        pupil=pupil_id.replace("-", "") if sqlite else pupil_id,
    )
    return rows[0]["n"]
