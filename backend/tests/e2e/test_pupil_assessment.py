"""A pupil takes the demo school's sample assessment (all 14 question types) in the browser, from the dashboard
to the summary and the results review — every answer given through the page, drag-and-drop types with their
keyboard alternatives — with a hint, an easier version, Run my code, a reload half-way and a lost network.
Afterwards the database must hold exactly what was on the screen, and a second attempt must be refused."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.pupil_helpers import (
    SAVED,
    SAVED_LOCALLY,
    answer_question,
    current_question,
    heading,
    images_loaded,
    open_assessment,
    query,
    read_answer,
    sample_assessment,
    sign_in,
    stored_answers,
    wait_drawn,
    wait_until_saved,
)

pytestmark = pytest.mark.e2e

ANSWER_SAVES = "**/api/pupil/attempts/*/answers/*"
RELOAD_AT = 7  # reload the page on this question and check every earlier answer came back


def shoot(page: Page, screenshot, name: str) -> None:
    """Screenshots at desktop (1280 px) and tablet (768 px) width, for a person to look at."""
    images_loaded(page)
    screenshot(page, f"{name}-1280")
    page.set_viewport_size({"width": 768, "height": 1024})
    images_loaded(page)
    screenshot(page, f"{name}-768")
    page.set_viewport_size({"width": 1280, "height": 800})


def go_to(page: Page, number: int, total: int) -> None:
    """Move with Previous question / Next question until question `number` is on screen."""
    while True:
        shown = int(re.match(r"Question (\d+) of", heading(page).inner_text()).group(1))
        if shown == number:
            return
        page.get_by_role("button", name="Next question" if shown < number else "Previous question").click()
        expect(heading(page)).to_have_text(f"Question {shown + (1 if shown < number else -1)} of {total}")
        expect(heading(page)).to_be_focused()


def use_hint_then_try_twice(page: Page, question, axe_check, screenshot) -> None:
    """Need a hint? → the hint; a first answer that is not right → amber "Not quite." with Try again; then right."""
    page.get_by_role("button", name="Need a hint?").click()
    hint = page.get_by_test_id("hint")
    expect(hint).to_contain_text(question.hint)
    expect(hint).to_contain_text("It does not change your score.")
    expect(page.get_by_role("button", name="Need a hint?")).to_be_hidden()

    area = page.get_by_test_id("answer-area")
    right = question.key["correct_option"]["text"]
    other = next(r for r in area.get_by_role("radio").all() if r.get_attribute("value") != question.key["correct_option"]["id"])
    other.check()
    page.get_by_role("button", name="Submit answer").click()
    panel = page.get_by_test_id("feedback").locator(".feedback")
    expect(panel).to_have_attribute("data-result", "not-quite")
    expect(panel.locator(".feedback__title")).to_have_text("Not quite.")
    expect(panel.locator(".feedback__title")).to_be_focused()  # a screen reader reads the feedback next
    # Amber, never red: the panel's edge is the amber of the design system.
    assert panel.evaluate("el => getComputedStyle(el).borderLeftColor") == "rgb(176, 109, 18)"
    for word in ("wrong", "incorrect", "failed", "bad"):
        assert word not in panel.inner_text().lower()
    axe_check(page, "question feedback not quite")
    screenshot(page, "pupil-feedback-not-quite")
    page.get_by_role("button", name="Try again").click()
    expect(page.get_by_test_id("feedback")).to_be_empty()

    area.get_by_role("radio", name=right, exact=True).check()
    page.get_by_role("button", name="Submit answer").click()
    expect(panel.locator(".feedback__title")).to_have_text("Correct!")
    expect(panel).to_have_attribute("data-result", "correct")
    expect(panel.locator(".feedback__title")).to_be_focused()
    # Right, and no more tries needed: the answer is locked and Submit answer goes away.
    expect(page.get_by_role("button", name="Submit answer")).to_be_hidden()
    screenshot(page, "pupil-feedback-correct")


def switch_to_easier_version(page: Page, screenshot) -> None:
    page.get_by_role("button", name="Show me an easier version").click()
    expect(page.get_by_text("This is an easier version of the same question.")).to_be_visible()
    expect(heading(page)).to_be_focused()
    expect(page.get_by_role("button", name="Show me an easier version")).to_have_count(0)
    screenshot(page, "pupil-easier-version")


def run_my_code(page: Page, passed: str, screenshot, name: str) -> None:
    page.get_by_role("button", name="Run my code").click()
    expect(page.locator(".qt-run__summary")).to_have_text(passed, timeout=20_000)
    screenshot(page, name)


def answer_while_offline(page: Page, kind: str, key: dict, database_url: str, attempt_id: str, qid: str,
                         screenshot) -> dict:
    """Saves cannot reach the server: the answer stays on this computer (and says so), survives closing and
    reopening the page, and reaches the server once the network is back."""
    page.route(ANSWER_SAVES, lambda route: route.abort("internetdisconnected"))
    answer_question(page, kind, key)
    status = page.get_by_test_id("save-status")
    expect(status).to_have_text(SAVED_LOCALLY)
    expect(status).to_have_attribute("aria-live", "polite")
    screenshot(page, "pupil-saved-on-this-computer")
    on_screen = read_answer(page)
    assert stored_answers(database_url, attempt_id).get(qid, {}).get("answer_data") != on_screen

    # The pupil leaves the page while the computer is offline (so the last-chance save as the page closes
    # cannot get through either), then opens it again while saves still fail.
    url = page.url
    page.context.set_offline(True)
    page.goto("about:blank")
    page.context.set_offline(False)
    page.goto(url)
    wait_drawn(page)
    assert current_question(page)[0] == qid
    assert read_answer(page) == on_screen  # restored from this computer, newer than the server's copy
    expect(status).to_have_text(SAVED_LOCALLY)
    assert stored_answers(database_url, attempt_id).get(qid, {}).get("answer_data") != on_screen

    page.unroute(ANSWER_SAVES)
    expect(status).to_have_text(SAVED, timeout=20_000)  # sent by the retry, nothing typed again
    assert stored_answers(database_url, attempt_id)[qid]["answer_data"] == on_screen
    return on_screen


def test_a_pupil_takes_the_sample_assessment_from_dashboard_to_summary(page, live_server, axe_check, screenshot,
                                                                       page_problems):
    page_problems.allow(r"Request failed: PUT /api/pupil/attempts/[^ ]+/answers/")  # the network cut on purpose
    sample = sample_assessment(live_server.url)
    total = len(sample.questions)
    assert {q.type for q in sample.questions.values()} >= {
        "multiple_choice", "multiple_select", "text_input", "extended_text", "matching", "ordering", "parsons",
        "code_completion", "python_code", "code_debug", "trace_table", "drag_label", "binary_convert",
        "logic_gates"}

    # --- Dashboard -----------------------------------------------------------------------------------------
    sign_in(page, "pupil")
    card = page.get_by_test_id("available").filter(has_text=sample.title)
    expect(card).to_contain_text(re.compile(r"About \d+ minutes"))
    expect(card).to_contain_text(f"{total} questions")
    expect(card).to_contain_text("Hints are available")
    axe_check(page, "pupil dashboard")
    screenshot(page, "pupil-dashboard")

    # --- Start screen --------------------------------------------------------------------------------------
    card.get_by_role("link", name=re.compile(r"^Start")).click()
    wait_drawn(page)
    start = page.get_by_test_id("start-screen")
    expect(start.get_by_role("heading", level=1)).to_have_text(sample.title)
    expect(start).to_contain_text(f"There are {total} questions.")
    expect(start).to_contain_text("You can take a break at any time — your answers are saved.")
    expect(start).to_contain_text("Using a hint does not change your score.")
    expect(start).to_contain_text("At the end you press Finish assessment.")
    axe_check(page, "pupil start screen")
    shoot(page, screenshot, "pupil-start")
    page.get_by_role("button", name="I'm ready — start").click()

    expect(heading(page)).to_have_text(f"Question 1 of {total}")
    expect(heading(page)).to_be_focused()
    attempt_id = page.locator(".attempt").get_attribute("data-attempt-id")

    # --- Every question, answered through the page ---------------------------------------------------------
    on_screen: dict[str, dict] = {}
    used = {"hint": None, "easier": None, "offline": None, "run": []}
    for number in range(1, total + 1):
        expect(heading(page)).to_have_text(f"Question {number} of {total}")
        qid, kind = current_question(page)
        question = sample.questions[qid]
        expect(page.get_by_test_id("save-status")).to_have_text(SAVED)
        if number == total:
            expect(page.get_by_text("This is the last question.")).to_be_visible()
        else:
            expect(page.get_by_text("This is the last question.")).to_have_count(0)
        shoot(page, screenshot, f"pupil-question-{number:02d}-{kind}")

        if kind == "multiple_choice" and used["hint"] is None:
            use_hint_then_try_twice(page, question, axe_check, screenshot)
            used["hint"] = qid
        elif kind == "binary_convert" and question.scaffold and used["easier"] is None:
            switch_to_easier_version(page, screenshot)
            answer_question(page, kind, question.key, scaffold_config=question.scaffold["config"])
            used["easier"] = qid
        elif kind == "text_input" and used["offline"] is None:
            answer_while_offline(page, kind, question.key, live_server.database_url, attempt_id, qid, screenshot)
            used["offline"] = qid
        elif kind == "python_code":
            answer_question(page, kind, question.key)
            visible = sum(1 for t in question.key["tests"] if t["visible"])
            run_my_code(page, f"{visible} of {visible} tests passed.", screenshot, "pupil-run-my-code-python")
            used["run"].append(qid)
        elif kind == "code_debug":
            answer_question(page, kind, question.key)
            run_my_code(page, "1 of 1 test passed.", screenshot, "pupil-run-my-code-debug")
            used["run"].append(qid)
        else:
            answer_question(page, kind, question.key)

        wait_until_saved(page)
        on_screen[qid] = read_answer(page)
        expect(page.locator(".progress__label")).to_have_text(f"You have answered {number} of {total} questions")
        axe_check(page, f"pupil question {number} {kind}")

        if number == RELOAD_AT:
            # Reload half-way: the same question comes back, and so does every answer so far.
            page.reload()
            wait_drawn(page)
            expect(heading(page)).to_have_text(f"Question {number} of {total}")
            expect(page.get_by_text("Welcome back.")).to_be_visible()
            for earlier in range(number, 0, -1):
                go_to(page, earlier, total)
                earlier_id = current_question(page)[0]
                assert read_answer(page) == on_screen[earlier_id], f"question {earlier} was not restored"
            go_to(page, number, total)

        if number < total:
            page.get_by_role("button", name="Next question").click()

    assert used["hint"]
    assert used["easier"]
    assert used["offline"]
    assert len(used["run"]) == 2

    # --- Finishing -----------------------------------------------------------------------------------------
    page.get_by_role("button", name="Finish assessment").click()
    dialog = page.get_by_role("dialog", name="Ready to submit your assessment?")
    expect(dialog).to_contain_text(f"You have answered all {total} questions.")
    expect(dialog).to_contain_text("You cannot change them after that.")
    expect(dialog.get_by_role("button", name="Go back and check")).to_be_focused()
    axe_check(page, "pupil finish confirm")
    screenshot(page, "pupil-finish-confirm")
    dialog.get_by_role("button", name="Submit my assessment").click()

    summary = page.get_by_test_id("summary")
    expect(summary).to_contain_text(f"You have finished {sample.title}.")
    expect(summary.get_by_role("heading", level=1)).to_be_focused()
    expect(summary.get_by_role("heading", name="What happens next")).to_be_visible()
    # The written answer waits for the teacher, so the score says what is known so far.
    expect(page.get_by_test_id("summary-score")).to_contain_text("Your teacher is marking 1 more answer.")
    axe_check(page, "pupil summary")
    shoot(page, screenshot, "pupil-summary")

    # --- Nothing lost: the database holds exactly what was on the screen -----------------------------------
    stored = stored_answers(live_server.database_url, attempt_id)
    assert set(stored) == set(sample.questions)
    for qid, answer in on_screen.items():
        assert stored[qid]["answer_data"] == answer, f"{sample.questions[qid].type}: {stored[qid]} != {answer}"
    assert stored[used["hint"]]["hint_used"]
    assert stored[used["easier"]]["scaffold_used"]
    attempt = query(live_server.database_url, "SELECT status FROM attempts WHERE pupil_id = "
                    "(SELECT id FROM users WHERE username = 'pupil')")
    assert [a["status"] for a in attempt] == ["completed"]

    # --- Results review ------------------------------------------------------------------------------------
    summary.get_by_role("link", name="Look at my answers").click()
    wait_drawn(page)
    expect(page.get_by_test_id("review-question")).to_have_count(total)
    written = page.locator('[data-testid="review-question"][data-question-type="extended_text"]')
    expect(written).to_contain_text("Your teacher has not marked this yet.")
    axe_check(page, "pupil results review")
    shoot(page, screenshot, "pupil-results")

    # --- One attempt only ----------------------------------------------------------------------------------
    page.get_by_role("link", name="Back to my assessments").first.click()
    wait_drawn(page)
    expect(page.get_by_test_id("available").filter(has_text=sample.title)).to_have_count(0)
    finished = page.get_by_test_id("completed").filter(has_text=sample.title)
    expect(finished).to_contain_text("Your teacher is marking some answers")
    expect(finished.get_by_role("link", name=re.compile(r"^Look at my answers"))).to_be_visible()
    open_assessment(page, sample.id)
    expect(page.locator("#main")).to_contain_text("You have finished this assessment. You have used 1 of 1 attempt.")
    expect(page.get_by_role("button", name="I'm ready — start")).to_have_count(0)
    token = page.evaluate("sessionStorage.getItem('ks3.csrfToken')")
    refused = page.request.post(f"/api/pupil/assessments/{sample.id}/start", headers={"X-CSRF-Token": token})
    assert refused.status == 409
    assert "already finished" in refused.json()["detail"]
