"""The question bank in a real browser (issue 20): a teacher of their own (with a class and a pupil who has taken
their quiz) opens the bank from the navigation, searches by words and a filter, reads how each question went in
words, ticks two questions, adds copies to a draft, and finds them on the draft's review page marked "From the
bank: …"; then saves a question to the bank there. Each screen is checked with axe. Nothing of the demo school
is changed: the teacher, class, pupil and assessments are the test's own."""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.e2e.pupil_helpers import wait_drawn
from tests.e2e.test_admin_pages import admin_client
from tests.question_types.samples import sample

pytestmark = pytest.mark.e2e

PASSWORD = "lantern-meadow-pebble-63"
QUIZ = "Networks starter"


def _client(base_url: str, username: str, password: str) -> httpx.Client:
    client = httpx.Client(base_url=base_url, timeout=30)
    response = client.post("/api/auth/login", json={"username": username, "password": password})
    response.raise_for_status()
    client.headers["X-CSRF-Token"] = response.json()["csrf_token"]
    return client


def _ok(response: httpx.Response) -> dict:
    assert response.status_code < 300, response.text
    return response.json()


def _question(text: str, option_texts: list[str]) -> dict:
    config = sample("multiple_choice")
    for option, words in zip(config["options"], option_texts, strict=True):
        option["text"] = words
    return {"type": "multiple_choice", "question_text": text, "config": config, "points": 1,
            "hint": "Think about what each device does.", "strands": ["NW"], "tags": ["networks"]}


def _world(base_url: str) -> None:
    """Ms Bank, her class 8BK with one pupil, her published quiz (which the pupil has finished: the first
    question right, the second not) and an empty draft to add to."""
    admin = admin_client(base_url)
    try:
        teacher = _ok(admin.post("/api/admin/teachers", json={"username": "ms_bank", "name": "Ms Bank",
                                                                "password": PASSWORD}))["teacher"]
        school_class = _ok(admin.post("/api/admin/classes", json={"name": "8BK", "year_group": 8,
                                                                  "academic_year": "2026-27",
                                                                  "teacher_ids": [teacher["id"]]}))
    finally:
        admin.close()
    ms_bank = _client(base_url, "ms_bank", PASSWORD)
    try:
        pupil = _ok(ms_bank.post(f"/api/classes/{school_class['id']}/pupils/new",
                                 json={"first_name": "Robin", "last_name": "Banks", "year_group": 8}))
        quiz = _ok(ms_bank.post("/api/assessments", json={"title": QUIZ, "year_group": 8}))
        for text, options in (("Which device joins two networks together?", ["Router", "Keyboard", "Monitor", "Mouse"]),
                              ("Which device sends data only to the right computer?", ["Switch", "Hub", "Speaker", "Printer"]),
                              ("What does a firewall do?", ["Filters traffic", "Stores files", "Prints", "Draws"])):
            _ok(ms_bank.post(f"/api/assessments/{quiz['id']}/questions", json=_question(text, options)))
        _ok(ms_bank.post(f"/api/assessments/{quiz['id']}/publish", json={"classes": [{"class_id": school_class["id"]}]}))
        _ok(ms_bank.post("/api/assessments", json={"title": "Revision draft", "year_group": 8}))
    finally:
        ms_bank.close()
    _take(base_url, pupil["username"], pupil["password"], quiz["id"])


def _take(base_url: str, username: str, password: str, assessment_id: str) -> None:
    """The pupil answers the first question right and the others with a distractor, then finishes."""
    client = _client(base_url, username, password)
    try:
        view = _ok(client.post(f"/api/pupil/assessments/{assessment_id}/start"))
        for question in view["questions"]:
            options = {o["text"]: o["id"] for o in question["view"]["options"]}
            choice = options.get("Router") or options.get("Hub") or options["Stores files"]
            _ok(client.post(f"/api/pupil/attempts/{view['attempt_id']}/answers/{question['id']}/submit",
                            json={"answer_data": {"selected_option": choice}, "elapsed_seconds": 30}))
        _ok(client.post(f"/api/pupil/attempts/{view['attempt_id']}/complete"))
    finally:
        client.close()


def _card(page: Page, text: str):
    return page.get_by_test_id("bank-question").filter(has_text=text)


def test_a_teacher_searches_the_bank_picks_questions_and_adds_them_to_a_draft(page, live_server, login_as,
                                                                              axe_check, screenshot):
    _world(live_server.url)
    login_as(page, "ms_bank", PASSWORD)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Question bank").click()
    wait_drawn(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Question bank")
    expect(page.get_by_test_id("bank-summary")).to_have_text("Showing 1 to 3 of 3 questions.")
    router = _card(page, "joins two networks")
    expect(router.get_by_test_id("bank-stats")).to_contain_text("Answered 1 time by pupils; 100% right first time (1 of 1).")
    expect(_card(page, "right computer").get_by_test_id("bank-stats")).to_contain_text("0% right first time (0 of 1)")
    expect(router.get_by_test_id("bank-stats")).to_contain_text("Too few answers so far (fewer than 20)")
    axe_check(page, "question bank")
    screenshot(page, "question bank 1280")
    page.set_viewport_size({"width": 768, "height": 1000})
    screenshot(page, "question bank 768")
    page.set_viewport_size({"width": 1280, "height": 900})

    page.get_by_label("Words").fill("device")
    page.get_by_role("button", name="Search the bank").click()
    expect(page.get_by_test_id("bank-summary")).to_have_text("Showing 1 to 2 of 2 questions.")
    expect(_card(page, "firewall")).to_have_count(0)
    router.get_by_label("Choose this question").check()
    page.get_by_label("Words").fill("")
    page.get_by_label("Question type").select_option(label="Multiple choice")
    page.get_by_role("button", name="Search the bank").click()
    expect(page.get_by_test_id("bank-summary")).to_have_text("Showing 1 to 3 of 3 questions.")
    expect(router.get_by_label("Choose this question")).to_be_checked()  # still chosen after a new search
    _card(page, "firewall").get_by_label("Choose this question").check()
    expect(page.get_by_test_id("chosen-summary")).to_have_text("2 questions chosen.")

    page.get_by_label("Add them to").select_option(label="Revision draft (0 questions)")
    page.get_by_role("button", name="Add 2 questions to the assessment").click()
    status = page.get_by_test_id("bank-add-status")
    expect(status).to_contain_text("2 questions added to ‘Revision draft’. It now has 2 questions.")
    expect(page.get_by_test_id("chosen-summary")).to_contain_text("No questions chosen yet.")
    axe_check(page, "question bank after adding")
    screenshot(page, "question bank after adding")

    status.get_by_role("link", name="Open ‘Revision draft’").click()
    wait_drawn(page)
    cards = page.get_by_test_id("question-card")
    expect(cards).to_have_count(2)
    expect(cards.nth(0)).to_contain_text("Which device joins two networks together?")
    expect(cards.nth(1)).to_contain_text("What does a firewall do?")
    expect(page.get_by_test_id("bank-provenance")).to_have_text([f"From the bank: {QUIZ}"] * 2)
    cards.nth(0).get_by_role("button", name="Save to bank").click()
    expect(cards.nth(0).get_by_test_id("bank-saved")).to_have_text("Saved to the question bank.")
    expect(cards.nth(0).get_by_role("button", name="Take out of the bank")).to_be_visible()
    axe_check(page, "review page with questions from the bank")
