"""The pupil pages beyond the main journey (test_pupil_assessment.py), each with another pupil of 7A:
save ordering on a slow network, taking a break and resuming, larger text / reduced motion / more contrast,
the optional time display, the last-question warning, unanswered questions named before submitting, an answer
refused calmly once the assessment was finished in another tab, and the progress chart."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.pupil_helpers import (
    class_pupils,
    current_question,
    heading,
    open_assessment,
    query,
    read_answer,
    sample_assessment,
    sign_in,
    stored_answers,
    teacher_client,
    wait_drawn,
    wait_until_saved,
)

pytestmark = pytest.mark.e2e

ANSWER_SAVES = "**/api/pupil/attempts/*/answers/*"


@pytest.fixture(scope="module")
def pupils(live_server) -> list[str]:
    """7A's pupils other than the demo `pupil` (who takes the sample assessment in test_pupil_assessment.py)."""
    names = [n for n in class_pupils(live_server.database_url) if n != "pupil"]
    assert len(names) >= 5
    return names


def start_sample(page: Page, sample_id: str) -> str:
    open_assessment(page, sample_id)
    page.get_by_role("button", name="I'm ready — start").click()
    expect(heading(page)).to_have_text(re.compile(r"^Question 1 of \d+$"))
    return page.locator(".attempt").get_attribute("data-attempt-id")


def go_to_type(page: Page, kind: str) -> str:
    """Press Next question until a question of this type is on screen; returns its id."""
    while current_question(page)[1] != kind:
        page.get_by_role("button", name="Next question").click()
    return current_question(page)[0]


def csrf(page: Page) -> str:
    return page.evaluate("sessionStorage.getItem('ks3.csrfToken')")


def test_the_newest_answer_wins_when_an_older_save_is_slow(page, live_server, pupils):
    sample = sample_assessment(live_server.url)
    sign_in(page, pupils[0])
    attempt_id = start_sample(page, sample.id)
    qid = go_to_type(page, "text_input")

    held = []  # the first save is held back, as on a slow network; later ones go straight through

    def slow_first(route):
        if not held:
            held.append(route)
        else:
            route.continue_()

    page.route(ANSWER_SAVES, slow_first)
    box = page.get_by_test_id("answer-area").get_by_label("Your answer")
    box.click()
    box.press_sequentially("int", delay=20)
    page.wait_for_timeout(1200)  # past the typing pause: the first save has been sent (and held)
    assert len(held) == 1
    old_save = held[0].request.post_data_json
    assert old_save["answer_data"] == {"text": "int"}
    box.press_sequentially("eger", delay=20)  # newer typing while the old save is still on its way
    page.wait_for_timeout(1200)
    held[0].continue_()  # the old save finally arrives; the newer one follows it
    wait_until_saved(page)
    page.unroute(ANSWER_SAVES)

    stored = stored_answers(live_server.database_url, attempt_id)[qid]
    assert stored["answer_data"] == {"text": "integer"}
    assert stored["seq"] > old_save["seq"]
    # The old save arriving once more, late (a retry from a flaky network), changes nothing.
    late = page.request.put(f"/api/pupil/attempts/{attempt_id}/answers/{qid}", data=old_save,
                            headers={"X-CSRF-Token": csrf(page)})
    assert late.ok
    # Not stored, and the reply says so: the newer save of the same page is the one kept.
    assert (late.json()["saved"], late.json()["seq"], late.json()["page"]) == (False, stored["seq"], old_save["page"])
    assert stored_answers(live_server.database_url, attempt_id)[qid]["answer_data"] == {"text": "integer"}

    page.reload()
    wait_drawn(page)
    assert current_question(page)[0] == qid
    assert read_answer(page) == {"text": "integer"}


def test_take_a_break_and_come_back_to_the_same_question(page, live_server, pupils, axe_check, screenshot):
    sample = sample_assessment(live_server.url)
    sign_in(page, pupils[1])
    start_sample(page, sample.id)
    first_id, kind = current_question(page)
    assert kind == "multiple_choice"
    page.get_by_test_id("answer-area").get_by_role("radio").first.check()
    wait_until_saved(page)
    page.get_by_role("button", name="Next question").click()
    expect(heading(page)).to_be_focused()

    page.get_by_role("button", name="Take a break").click()
    dialog = page.get_by_role("dialog", name="Take a break?")
    expect(dialog).to_contain_text("Everything you have done is saved.")
    expect(dialog).to_contain_text("It is safe to leave now.")
    expect(dialog).to_contain_text("You will start at question 2.")
    expect(dialog.get_by_role("button", name="Carry on with the assessment")).to_be_focused()
    axe_check(page, "pupil take a break")
    screenshot(page, "pupil-take-a-break")
    dialog.get_by_role("button", name="Leave for now").click()

    page.wait_for_url(re.compile(r"/pupil/dashboard\.html$"))
    wait_drawn(page)
    card = page.get_by_test_id("in-progress").filter(has_text=sample.title)
    resume = card.get_by_role("link", name=re.compile(r"^Resume — you have answered 1 of \d+"))
    expect(resume).to_be_visible()
    axe_check(page, "pupil dashboard with work in progress")
    screenshot(page, "pupil-dashboard-in-progress")
    resume.click()
    wait_drawn(page)
    expect(heading(page)).to_have_text(re.compile(r"^Question 2 of"))
    expect(heading(page)).to_be_focused()
    expect(page.get_by_text("Welcome back. Your answers are here, just as you left them.")).to_be_visible()
    page.get_by_role("button", name="Previous question").click()
    assert current_question(page)[0] == first_id
    expect(page.get_by_test_id("answer-area").get_by_role("radio").first).to_be_checked()


def test_larger_text_stays_on_and_nothing_moves(page, live_server, pupils, screenshot):
    sample = sample_assessment(live_server.url)
    sign_in(page, pupils[2])
    body_size = "getComputedStyle(document.body).fontSize"
    assert page.evaluate(body_size) == "18px"
    toggle = page.get_by_role("button", name="Larger text")
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "true")
    assert page.evaluate(body_size) == "22px"

    # Remembered on this computer: the next page (and a reload) start with larger text, before first paint.
    start_sample(page, sample.id)
    assert page.evaluate(body_size) == "22px"
    page.reload()
    wait_drawn(page)
    assert page.evaluate(body_size) == "22px"
    expect(page.get_by_role("button", name="Larger text")).to_have_attribute("aria-pressed", "true")
    screenshot(page, "pupil-question-larger-text-1280")
    page.set_viewport_size({"width": 768, "height": 1024})
    screenshot(page, "pupil-question-larger-text-768")
    page.set_viewport_size({"width": 1280, "height": 800})

    # prefers-reduced-motion: no transitions or animations anywhere on the question screen.
    page.emulate_media(reduced_motion="reduce")
    moving = page.evaluate("""() => [...document.querySelectorAll('*')].filter((node) => {
        const style = getComputedStyle(node);
        const seconds = (list) => list.split(',').some((t) => parseFloat(t) > 0);
        return style.animationName !== 'none' || seconds(style.transitionDuration) || seconds(style.animationDuration);
    }).map((node) => node.className || node.tagName)""")
    assert moving == []
    # prefers-contrast: more → darker text.
    normal = page.evaluate("getComputedStyle(document.body).color")
    page.emulate_media(contrast="more")
    assert page.evaluate("getComputedStyle(document.body).color") == "rgb(17, 22, 24)" != normal
    page.emulate_media(contrast="no-preference", reduced_motion="no-preference")

    page.get_by_role("button", name="Larger text").click()
    assert page.evaluate(body_size) == "18px"


def make_timed_assessment(base_url: str, title: str) -> str:
    """A short assessment for 7A with a time limit shown as "About N minutes left" and feedback switched off."""
    client = teacher_client(base_url)
    try:
        class_id = next(c["id"] for c in client.get("/api/classes").json() if c["name"] == "7A")
        created = client.post("/api/assessments", json={
            "title": title, "time_limit_minutes": 20, "show_time_remaining": True,
            "show_immediate_feedback": False, "max_attempts": 1, "allow_hints": False,
        })
        created.raise_for_status()
        assessment_id = created.json()["id"]
        questions = [
            {"type": "multiple_choice", "question_text": "Which of these is an input device? Select ONE answer.",
             "config": {"type": "multiple_choice", "shuffle_options": False, "options": [
                 {"id": "o00000001", "text": "Keyboard", "is_correct": True},
                 {"id": "o00000002", "text": "Monitor", "is_correct": False}]},
             "feedback": {"correct": "A keyboard sends input to the computer.", "incorrect": "A keyboard is input."}},
            {"type": "text_input", "question_text": "What does CPU stand for?",
             "config": {"type": "text_input", "accepted_answers": [{"text": "central processing unit", "points": 1}],
                        "case_sensitive": False, "max_length": 100, "required_keywords": [],
                        "forbidden_keywords": []},
             "feedback": {"correct": "CPU stands for central processing unit.",
                          "incorrect": "CPU stands for central processing unit."}},
        ]
        for question in questions:
            client.post(f"/api/assessments/{assessment_id}/questions", json=question).raise_for_status()
        hand_in = (datetime.now(UTC) + timedelta(days=7)).isoformat()
        client.post(f"/api/assessments/{assessment_id}/publish",
                    json={"classes": [{"class_id": class_id, "available_until": hand_in}]}).raise_for_status()
        return assessment_id
    finally:
        client.close()


def test_time_display_last_question_and_unanswered_questions(page, live_server, pupils, axe_check, screenshot):
    title = "Input and processing: quick check"
    assessment_id = make_timed_assessment(live_server.url, title)
    sign_in(page, pupils[3])
    card = page.get_by_test_id("available").filter(has_text=title)
    expect(card).to_contain_text("2 questions")
    expect(card).to_contain_text(re.compile(r"Hand in by [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+"))
    card.get_by_role("link", name=re.compile(r"^Start")).click()
    wait_drawn(page)
    start = page.get_by_test_id("start-screen")
    expect(start).to_contain_text("You have 20 minutes to finish it.")
    expect(start).to_contain_text("Hand it in by ")
    expect(start).to_contain_text("There are no hints in this assessment.")
    page.get_by_role("button", name="I'm ready — start").click()

    # Time in words and whole minutes; never a ticking clock.
    time_left = page.get_by_test_id("time-left")
    expect(time_left).to_have_text(re.compile(r"^About (20|19) minutes left$"))
    assert not re.search(r"\d+:\d\d", page.locator("#main").inner_text())
    expect(page.get_by_role("button", name="Need a hint?")).to_have_count(0)
    expect(page.get_by_text("This is the last question.")).to_have_count(0)

    # A second tab on the same attempt, used again after the first tab has finished.
    other_tab = page.context.new_page()
    other_tab.goto(page.url)
    wait_drawn(other_tab)

    page.get_by_role("button", name="Next question").click()
    expect(heading(page)).to_have_text("Question 2 of 2")
    expect(page.get_by_text("This is the last question.")).to_be_visible()
    box = page.get_by_test_id("answer-area").get_by_label("Your answer")
    box.fill("Central processing unit")
    page.get_by_role("button", name="Submit answer").click()
    # Feedback is off for this assessment: the answer is just saved, said plainly.
    expect(page.get_by_test_id("feedback")).to_have_text("Your answer is saved.")
    expect(page.get_by_role("button", name="Submit answer")).to_be_visible()
    axe_check(page, "pupil question without feedback")
    screenshot(page, "pupil-question-timed-1280")

    page.get_by_role("button", name="Finish assessment").click()
    dialog = page.get_by_role("dialog", name="Ready to submit your assessment?")
    expect(dialog).to_contain_text("You have not answered question 1 yet.")
    dialog.get_by_role("button", name="Go back and check").click()
    expect(dialog).to_have_count(0)
    expect(page.get_by_role("button", name="Finish assessment")).to_be_focused()
    page.get_by_role("button", name="Previous question").click()
    page.get_by_test_id("answer-area").get_by_role("radio", name="Keyboard").check()
    wait_until_saved(page)
    page.get_by_role("button", name="Next question").click()
    page.get_by_role("button", name="Finish assessment").click()
    dialog = page.get_by_role("dialog", name="Ready to submit your assessment?")
    expect(dialog).to_contain_text("You have answered all 2 questions.")
    dialog.get_by_role("button", name="Submit my assessment").click()
    expect(page.get_by_test_id("summary-score")).to_have_text("You scored 2 out of 2.")
    expect(page.get_by_role("heading", level=1)).to_have_text("Fantastic work!")

    # The other tab did not know: its next change is refused calmly, and it stops trying.
    other_tab.get_by_test_id("answer-area").get_by_role("radio", name="Monitor").check()
    status = other_tab.get_by_test_id("save-status")
    expect(status).to_have_text("This assessment is already finished, so answers can no longer change.")
    expect(status).to_have_attribute("data-state", "finished")
    other_tab.close()
    attempt = query(live_server.database_url,
                    "SELECT a.status, a.percentage FROM attempts a JOIN users u ON u.id = a.pupil_id "
                    "WHERE u.username = :name AND a.assessment_id = :assessment",
                    name=pupils[3], assessment=assessment_id)
    assert [(a["status"], a["percentage"]) for a in attempt] == [("completed", 100.0)]

    # The dashboard: the score, and the progress chart with its table alternative.
    page.get_by_role("link", name="Back to my assessments").click()
    wait_drawn(page)
    expect(page.get_by_test_id("completed").filter(has_text=title)).to_contain_text("You scored 2 out of 2")
    chart = page.locator("figure.chart")
    expect(chart).to_contain_text("Your scores over time")
    chart.get_by_text("Show the numbers as a table").click()
    expect(chart.get_by_role("table")).to_contain_text("100%")
    expect(page.get_by_test_id("available").filter(has_text=title)).to_have_count(0)
    axe_check(page, "pupil dashboard with results")
    screenshot(page, "pupil-dashboard-results")
    assert page.get_by_role("button", name="Larger text").get_attribute("aria-pressed") == "false"
