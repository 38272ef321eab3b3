"""The review page's "Make a new version of this question" and "Notes from making this draft", in a real browser
against a real server with no AI configured (so the offline generator makes every new version).

A teacher asks for a draft from the demo unit that the materials cannot fully satisfy (a written-answer
question is required, and the demo unit has nothing to build one from), so generation leaves a note on the
draft. On the review page the teacher reads the notes, folds them away and back, makes a new version of one
question keeping its type (by keyboard), another as a different type, and asks for a type the materials cannot
give (refused: the question is not changed, the dialog keeps the teacher's words). The API then shows exactly
those changes. Finally the notes are hidden for the rest of the tab's life. axe runs with the dialog open;
screenshots at 1280 and 768 pixels wide.

With an AI service set up (a real OpenAI-compatible server on 127.0.0.1, tests/fake_openai.py), the teacher
chooses who writes the new version: the AI's unusable answer is refused with what the checks found, a refused
key is said in words, a good answer replaces the question, and choosing the offline generator asks no AI."""

from __future__ import annotations

import re
import time
from contextlib import closing

import httpx
import pytest
from playwright.sync_api import Page, expect

from app.demo.sample_assessment import TITLE as SAMPLE_TITLE
from tests.e2e.conftest import DEMO_PASSWORD, SCREENSHOT_DIR
from tests.fake_openai import FakeOpenAI, Reply
from tests.generation import ai_answers

pytestmark = pytest.mark.e2e

WIDTHS = (1280, 768)
JOB_TIMEOUT_SECONDS = 60
SEED = 2  # the same seed gives the same offline draft: six questions of six different types
MADE_OFFLINE = "A new version was made by the offline generator."
MODEL = "gpt-4o-mini"
API_KEY = "sk-test-regenerate"


def csrf(page: Page) -> dict:
    return {"X-CSRF-Token": page.request.get("/api/auth/me").json()["csrf_token"]}


def make_draft(page: Page) -> dict:
    """A draft from the demo unit, made by the offline generator through the wizard's API, as the teacher."""
    units = page.request.get("/api/units").json()
    unit = next(u for u in units if u["objective_count"])
    started = page.request.post(
        "/api/assessments/generate",
        headers=csrf(page),
        data={"unit_id": unit["id"], "title": "New versions (browser test)", "num_questions": 6, "seed": SEED,
              "provider": "offline", "required_question_types": ["extended_text"]},
    )
    assert started.status == 202, started.text()
    job_id = started.json()["job_id"]
    deadline = time.monotonic() + JOB_TIMEOUT_SECONDS
    while True:
        job = page.request.get(f"/api/jobs/{job_id}").json()
        if job["status"] in ("done", "failed"):
            break
        assert time.monotonic() < deadline, f"the draft was not made in {JOB_TIMEOUT_SECONDS} s: {job}"
        time.sleep(0.2)
    assert job["status"] == "done", job
    return page.request.get(f"/api/assessments/{job['assessment_id']}").json()


def card(page: Page, number: int):
    return page.locator(f"#question-{number}")


def look(page: Page, screenshot, name: str) -> None:
    """Screenshots at each width; at 768 px nothing may scroll sideways."""
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        if width == 768:
            scroll = page.evaluate("document.documentElement.scrollWidth")
            assert scroll <= 768, f"{name} is {scroll}px wide at 768px: it scrolls sideways"
        screenshot(page, f"teacher-{name}-{width}")
    page.set_viewport_size({"width": 1280, "height": 800})


def look_at_dialog(page: Page, name: str) -> None:
    """The window as the teacher sees it with a dialog open (a whole-page picture would leave the dialog where the
    window happened to be), at each width."""
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        if width == 768:
            scroll = page.evaluate("document.documentElement.scrollWidth")
            assert scroll <= 768, f"{name} is {scroll}px wide at 768px: it scrolls sideways"
        page.screenshot(path=str(SCREENSHOT_DIR / f"teacher-{name}-{width}.png"))
    page.set_viewport_size({"width": 1280, "height": 800})


def open_dialog(page: Page, number: int):
    page.get_by_role("button", name=f"Make a new version of question {number}", exact=True).click()
    dialog = page.get_by_role("dialog", name=f"Make a new version of question {number}")
    expect(dialog).to_be_visible()
    return dialog


def test_a_teacher_reads_the_draft_notes_and_makes_new_versions_of_questions(
    page, login_as, axe_check, screenshot
):
    login_as(page, "teacher")
    draft = make_draft(page)
    before = draft["questions"]
    assert len(before) == 6
    assert len({q["type"] for q in before}) == 6
    notes_text = draft["generation"]["warnings"]
    assert any("written answer" in w for w in notes_text), notes_text

    page.goto(f"/teacher/review-questions.html?id={draft['id']}")
    page.locator("#main:not([aria-busy])").wait_for()

    # The notes: information (not an error), with who made the draft, each note in words, foldable.
    notes = page.get_by_role("region", name="Notes from making this draft")
    expect(notes).to_be_visible()
    expect(notes).not_to_have_class(re.compile(r"status--warning"))
    expect(notes.get_by_test_id("generation-made-by")).to_have_text(
        re.compile(r"^Made by the offline generator on \w+day \d{1,2} \w+( at \d\d:\d\d)?\.$"))
    listed = notes.locator("li")
    expect(listed).to_have_count(len(notes_text))
    expect(listed.filter(has_text="You asked for written answer questions; the draft has none")).to_be_visible()
    fold = notes.locator("summary")
    expect(fold).to_have_text(f"{len(notes_text)} notes about the whole draft")
    fold.click()
    expect(listed.first).to_be_hidden()
    fold.press("Enter")
    expect(listed.first).to_be_visible()
    axe_check(page, "teacher review with generation notes")
    look(page, screenshot, "review-generation-notes")

    # 1. Question 1, same type, by keyboard: the dialog opens on the instruction, Tab goes round inside it.
    first_type_badge = card(page, 1).get_by_test_id("type-badge").inner_text()
    button = page.get_by_role("button", name="Make a new version of question 1", exact=True)
    button.focus()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name="Make a new version of question 1")
    instruction = dialog.get_by_label("What should change? (optional)")
    expect(instruction).to_be_focused()
    expect(instruction).to_have_attribute("placeholder", re.compile("Make it easier.*About input and output"))
    expect(dialog.get_by_label(re.compile(r"^Keep the same type"))).to_be_checked()
    expect(dialog.get_by_label("New type")).to_be_hidden()
    expect(dialog.get_by_text("No AI service is set up")).to_be_visible()  # no AI: no generator choice
    expect(dialog.get_by_role("radio")).to_have_count(0)
    page.keyboard.type("Make it easier")
    axe_check(page, "teacher review: new version dialog")
    look_at_dialog(page, "review-regenerate-dialog")
    for _ in range(3):  # the instruction → Keep the same type → Cancel → Make new version
        page.keyboard.press("Tab")
    expect(dialog.get_by_role("button", name="Make new version")).to_be_focused()
    page.keyboard.press("Tab")
    expect(instruction).to_be_focused()  # round again, never out to the page behind
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    expect(dialog).to_be_hidden()
    status = card(page, 1).get_by_test_id("card-status")
    expect(status).to_contain_text("Question 1 is saved.")
    expect(status).to_contain_text(MADE_OFFLINE)
    expect(card(page, 1).get_by_role("heading", name="Question 1")).to_be_focused()
    expect(card(page, 1).get_by_test_id("type-badge")).to_have_text(first_type_badge)
    first_now = page.request.get(f"/api/assessments/{draft['id']}").json()["questions"][0]
    assert first_now["id"] == before[0]["id"]
    assert first_now["type"] == before[0]["type"]
    assert (first_now["question_text"], first_now["config"]) != (before[0]["question_text"], before[0]["config"])
    expect(card(page, 1).locator(".review-card__text")).to_contain_text(first_now["question_text"].split("\n")[0][:40])

    # 2. Question 2 as another type: the type picker appears when "Keep the same type" is unticked.
    assert before[1]["type"] != "logic_gates"
    dialog = open_dialog(page, 2)
    dialog.get_by_label(re.compile(r"^Keep the same type")).uncheck()
    picker = dialog.get_by_label("New type")
    expect(picker).to_be_visible()
    offered = picker.locator("option").all_inner_texts()
    assert offered[0] == "Any other type (the generator chooses)"
    assert "Label a picture" not in offered  # needs a picture: never generated
    assert len(offered) == 1 + 12  # the 13 types the generator makes, less the one question 2 has now
    picker.select_option(label="Logic gate truth table")
    dialog.get_by_label("What should change? (optional)").fill("About the AND gate")
    look_at_dialog(page, "review-regenerate-change-type")
    dialog.get_by_role("button", name="Make new version").click()
    expect(dialog).to_be_hidden()
    expect(card(page, 2).get_by_test_id("card-status")).to_contain_text(MADE_OFFLINE)
    expect(card(page, 2).get_by_test_id("type-badge")).to_have_text("Logic gate truth table")
    expect(card(page, 2).locator(".review-key")).to_contain_text("Answer key")

    # 3. A type these materials cannot give: refused, nothing changes, the teacher's words stay in the dialog.
    third_before = card(page, 3).locator(".review-card__text").inner_text()
    dialog = open_dialog(page, 3)
    dialog.get_by_label("What should change? (optional)").fill("Ask them to explain")
    dialog.get_by_label(re.compile(r"^Keep the same type")).uncheck()
    dialog.get_by_label("New type").select_option(label="Written answer")
    dialog.get_by_role("button", name="Make new version").click()
    refused = dialog.get_by_test_id("regenerate-status")
    expect(refused).to_contain_text("Question 3 was not changed.")
    expect(refused).to_contain_text("The offline generator could not make another question")
    expect(refused.locator("p").first).to_be_focused()
    expect(dialog.get_by_label("What should change? (optional)")).to_have_value("Ask them to explain")
    axe_check(page, "teacher review: new version refused")
    look_at_dialog(page, "review-regenerate-refused")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(page.get_by_role("button", name="Make a new version of question 3", exact=True)).to_be_focused()
    expect(card(page, 3).locator(".review-card__text")).to_have_text(third_before)

    # 4. Closed while it works (the AI can take a while; here the real request is held back on its way): the card
    # says a new version is coming, refuses an edit meanwhile, and changes when the answer comes without taking
    # the focus from where the teacher has gone since.
    held: list = []
    regenerate_url = re.compile(r"/api/assessments/[^/]+/questions/[^/]+/regenerate$")
    page.route(regenerate_url, lambda route: held.append(route))
    dialog = open_dialog(page, 4)
    dialog.get_by_role("button", name="Make new version").click()
    expect(dialog.get_by_test_id("regenerate-status")).to_contain_text("Making a new version…")
    expect(dialog.get_by_role("button", name="Make new version")).to_have_attribute("aria-disabled", "true")
    dialog.get_by_role("button", name="Close").click()
    expect(dialog).to_be_hidden()
    fourth = card(page, 4).get_by_test_id("card-status")
    expect(fourth).to_have_text("Making a new version of question 4… This card changes when it is ready.")
    page.get_by_role("button", name="Edit question 4", exact=True).click()
    expect(fourth).to_contain_text("A new version of question 4 is still being made.")
    expect(card(page, 4).locator("form.review-form")).to_have_count(0)
    elsewhere = page.get_by_role("button", name="Edit question 1", exact=True)
    elsewhere.focus()
    assert len(held) == 1
    held[0].continue_()
    page.unroute(regenerate_url)
    expect(fourth).to_have_text(f"Question 4 is saved. {MADE_OFFLINE}")
    expect(elsewhere).to_be_focused()

    # The server has exactly these changes.
    after = page.request.get(f"/api/assessments/{draft['id']}").json()["questions"]
    assert [q["id"] for q in after] == [q["id"] for q in before]
    def version_of(q: dict) -> tuple:
        return q["type"], q["question_text"], q["config"]

    assert after[0]["type"] == before[0]["type"]
    assert version_of(after[0]) != version_of(before[0])
    # A new answer key counts as a new version of the question (its answers would be marked again).
    assert after[1]["type"] == "logic_gates"
    assert after[1]["version"] == before[1]["version"] + 1
    assert after[2] == before[2]
    assert after[3]["type"] == before[3]["type"]
    assert version_of(after[3]) != version_of(before[3])
    assert after[4:] == before[4:]
    look(page, screenshot, "review-after-new-versions")

    # Hiding the notes: gone for this tab, said in the page's status, still gone after a reload.
    notes.get_by_role("button", name="Hide these notes").click()
    expect(notes).to_have_count(0)
    said = page.get_by_test_id("review-status")
    expect(said).to_contain_text("hidden until you close this browser tab")
    expect(said.locator("p")).to_be_focused()
    page.reload()
    page.locator("#main:not([aria-busy])").wait_for()
    expect(card(page, 1)).to_be_visible()
    expect(page.get_by_test_id("generation-notes")).to_have_count(0)


def test_a_written_assessment_has_no_notes_and_a_picture_question_offers_only_another_type(page, login_as):
    """The demo school's sample assessment was written, not generated: no notes, no empty panel. Its picture
    question cannot be generated again, so the dialog offers another type only (and is closed without a change,
    as the other browser tests use this assessment)."""
    login_as(page, "teacher")
    listed = page.request.get("/api/assessments").json()
    sample = next(a for a in listed if a["title"] == SAMPLE_TITLE)
    detail = page.request.get(f"/api/assessments/{sample['id']}").json()
    assert not (detail["generation"] or {}).get("warnings")
    page.goto(f"/teacher/review-questions.html?id={sample['id']}")
    page.locator("#main:not([aria-busy])").wait_for()
    expect(card(page, 1)).to_be_visible()
    expect(page.get_by_test_id("generation-notes")).to_have_count(0)

    number = next(i for i, q in enumerate(detail["questions"], start=1) if q["type"] == "drag_label")
    dialog = open_dialog(page, number)
    expect(dialog.get_by_text("Label a picture questions need a picture, so the generator makes another type.")).to_be_visible()
    expect(dialog.get_by_role("checkbox")).to_have_count(0)
    expect(dialog.get_by_label("New type")).to_be_visible()
    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).to_be_hidden()
    expect(page.get_by_role("button", name=f"Make a new version of question {number}", exact=True)).to_be_focused()
    assert page.request.get(f"/api/assessments/{sample['id']}").json()["questions"] == detail["questions"]


# --- With an AI service set up ----------------------------------------------------------------------------------

def signed_in(base_url: str, username: str) -> httpx.Client:
    client = httpx.Client(base_url=base_url, timeout=30)
    response = client.post("/api/auth/login", json={"username": username, "password": DEMO_PASSWORD})
    response.raise_for_status()
    client.headers["X-CSRF-Token"] = response.json()["csrf_token"]
    return client


@pytest.fixture
def ai_service(live_server):
    """The admin points the school at a local OpenAI-compatible server; afterwards, no AI again (the browser tests
    after this one expect none)."""
    fake = FakeOpenAI(model=MODEL).start()
    fake.expected_api_key = API_KEY
    try:
        with closing(signed_in(live_server.url, "admin")) as admin:
            saved = admin.put("/api/admin/ai-settings", json={"base_url": fake.base_url, "api_key": API_KEY, "model": MODEL})
            assert saved.status_code == 200, saved.text
        yield fake
    finally:
        with closing(signed_in(live_server.url, "admin")) as admin:
            admin.put("/api/admin/ai-settings", json={"base_url": "", "api_key": "", "model": MODEL})
        fake.stop()


def test_with_an_ai_service_the_teacher_chooses_who_writes_the_new_version(
    page, login_as, axe_check, page_problems, ai_service
):
    # A refused AI key is the provider's problem: the API answers 503 with a message, provoked here on purpose.
    page_problems.allow(r"HTTP 503 for POST /api/assessments/[0-9a-f-]+/questions/[0-9a-f-]+/regenerate$")
    login_as(page, "teacher")
    draft = make_draft(page)
    assert draft["questions"][0]["type"] == "multiple_choice"
    reply: dict[str, Reply] = {}
    ai_service.responder = lambda request: reply["now"]
    page.goto(f"/teacher/review-questions.html?id={draft['id']}")
    page.locator("#main:not([aria-busy])").wait_for()

    dialog = open_dialog(page, 1)
    expect(dialog.get_by_role("group", name="Who writes the new version")).to_be_visible()
    expect(dialog.get_by_label(f"The AI ({MODEL})")).to_be_checked()
    expect(dialog.get_by_label(re.compile(r"^The offline generator"))).not_to_be_checked()
    axe_check(page, "teacher review: new version dialog with AI")
    look_at_dialog(page, "review-regenerate-dialog-ai")

    # An answer that cannot be used (no correct option), twice: refused, with what the checks found.
    broken = ai_answers.multiple_choice(1)
    for option in broken["config"]["options"]:
        option["is_correct"] = False
    reply["now"] = Reply.json({"question": broken})
    dialog.get_by_label("What should change? (optional)").fill("About bytes")
    dialog.get_by_role("button", name="Make new version").click()
    status = dialog.get_by_test_id("regenerate-status")
    expect(status).to_contain_text("Question 1 was not changed.")
    expect(status).to_contain_text("still had a problem")
    found = status.get_by_test_id("question-problems")
    expect(found).to_contain_text("What the checks found in the new version")
    expect(found.locator("li").first).to_contain_text("Needs fixing")
    assert len(ai_service.completions) == 2  # the answer, and one re-ask saying what was wrong
    assert "About bytes" in ai_service.completions[0].text
    axe_check(page, "teacher review: AI new version refused")
    look_at_dialog(page, "review-regenerate-ai-refused")

    # The AI service refuses the key: its problem is said in words, in the dialog.
    reply["now"] = Reply.error(401)
    dialog.get_by_role("button", name="Make new version").click()
    expect(status).to_contain_text("The AI key was refused.")
    expect(status.locator("p").first).to_be_focused()

    # A good answer replaces question 1.
    reply["now"] = Reply.json({"question": ai_answers.multiple_choice(1)})
    dialog.get_by_role("button", name="Make new version").click()
    expect(dialog).to_be_hidden()
    expect(card(page, 1).get_by_test_id("card-status")).to_contain_text(f"A new version was written by the AI ({MODEL}).")
    expect(card(page, 1).locator(".review-card__text")).to_contain_text("How many bits are in one byte?")
    expect(card(page, 1).get_by_test_id("type-badge")).to_have_text("Multiple choice")

    # The offline generator, chosen although an AI service is set up: the AI is not asked.
    asked = len(ai_service.completions)
    dialog = open_dialog(page, 2)
    dialog.get_by_label(re.compile(r"^The offline generator")).check()
    dialog.get_by_role("button", name="Make new version").click()
    expect(dialog).to_be_hidden()
    expect(card(page, 2).get_by_test_id("card-status")).to_contain_text(MADE_OFFLINE)
    assert len(ai_service.completions) == asked
    stored = page.request.get(f"/api/assessments/{draft['id']}").json()["questions"]
    assert stored[0]["question_text"] == "How many bits are in one byte? Select ONE answer."
