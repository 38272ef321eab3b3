"""Written answers from pupil to teacher and back, in a real browser against a real server with a real AI job
worker. The AI is a real OpenAI-compatible HTTP server on 127.0.0.1 (tests/fake_openai.py) that marks against the
mark scheme by reading the answer it is sent; the admin points the product at it through the AI settings page.

  admin     sets the AI service and a key on the settings page and sees only "set — ending 1234" (the key is
            in no page and no API answer); the fake server only accepts that key, so the key was stored and used
  teacher   sets this assessment's AI marking (3 runs per model, middle value) on its Settings tab; saves the
            mark scheme as a rubric template and applies it again
  pupils    (made for this test: the demo pupils other tests use are left alone) submit written answers over HTTP;
            the job worker gets suggestions: full marks, part marks, runs that disagree, and one the AI cannot mark
  teacher   opens the marking queue, sees the evidence highlighted, accepts with the keyboard, changes a mark
            (a forbidden word in the feedback is refused and kept), marks one by hand, releases, sees agreement
  pupil     sees the released feedback, presses Improve my answer, sends a second draft, sees both side by side;
            once that draft is marked and released, sees what improved (on the question and on the results page)
  admin     reads the AI usage log, runs the clean-up, downloads a pupil's data and erases a pupil

Screens are checked with axe and screenshotted at 1280 and 768 pixels wide. Afterwards the AI settings are put
back to "no AI", so the browser tests that follow see the product as they expect."""

from __future__ import annotations

import json
import re
import threading
import time
from collections import Counter
from contextlib import closing
from dataclasses import dataclass, field

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.e2e.pupil_helpers import wait_drawn
from tests.fake_openai import FakeOpenAI, Reply

pytestmark = pytest.mark.e2e

DEMO_PASSWORD = "demo1234"
WIDTHS = (1280, 768)
API_KEY = "sk-test-marking-0001234"
MODEL = "fake-marker"
CLASS_NAME = "8M (marking test)"
QUESTION = "Explain what an algorithm is. Give one example of an algorithm from everyday life."
SCHEME = [
    {"criterion": "Says that an algorithm is a set of steps or instructions", "points": 2},
    {"criterion": "Gives an everyday example, such as a recipe or directions", "points": 2},
]
ANSWERS = {
    "ada": "An algorithm is a set of steps that you follow in order to solve a problem. A recipe for a cake is an "
           "algorithm because it lists the steps in order.",
    "ben": "An algorithm is a set of steps that a computer follows.",
    "cara": "An algorithm is probably a list of steps. A recipe for toast could be one.",
    "dev": "I do not know what an algorithm is yet, but I will find out.",
    "eve": "An algorithm is a set of instructions for doing a job.",
}
BEN_ADDS = " For example, a recipe for a cake is an algorithm because it lists the steps in order."
PUPILS = {"ada": ("Ada", "Accept"), "ben": ("Ben", "Change"), "cara": ("Cara", "Spread"), "dev": ("Dev", "Hand"),
          "eve": ("Eve", "Erase")}


# --- The AI: marks by reading the answer it is sent ----------------------------------------------------------

STEPS = re.compile(r"a (?:set|list|series) of (?:steps|instructions)", re.I)
RECIPE = re.compile(r"a recipe for (?:a )?\w+", re.I)


class Marker:
    """Answers marking requests like a careful model: evidence quoted from the answer, points within each
    criterion. An answer saying "probably" gets one run in three far lower (the runs disagree); "I do not know"
    gets prose instead of JSON every time (the AI cannot suggest a mark)."""

    def __init__(self) -> None:
        self.calls: Counter = Counter()
        self.lock = threading.Lock()

    def __call__(self, request) -> Reply:
        found = re.search(r"<<<ANSWER\n(.*?)\nANSWER>>>", request.text, re.S)
        answer = found.group(1) if found else ""
        with self.lock:
            self.calls[answer] += 1
            call = self.calls[answer]
        if "do not know" in answer:
            return Reply.text("I am sorry, I cannot mark this answer.")
        steps, recipe = STEPS.search(answer), RECIPE.search(answer)
        criteria = [
            {"criterion": SCHEME[0]["criterion"], "met": bool(steps), "evidence": steps.group(0) if steps else "",
             "points": 2 if steps else 0},
            {"criterion": SCHEME[1]["criterion"], "met": bool(recipe), "evidence": recipe.group(0) if recipe else "",
             "points": 2 if recipe else 0},
        ]
        if "probably" in answer and call % 3 == 2:  # the second of every three runs is much harsher
            criteria[0]["points"], criteria[1] = 1, {**criteria[1], "met": False, "evidence": "", "points": 0}
        total = sum(c["points"] for c in criteria)
        feedback = ("Correct! You explained what an algorithm is and gave an everyday example." if total == 4 else
                    "Nearly there. You explained what an algorithm is. Add an everyday example, such as a recipe.")
        return Reply.json({"criteria": criteria, "total_points": total, "feedback": feedback})


# --- Setting the scene over HTTP ----------------------------------------------------------------------------

@dataclass
class World:
    fake: FakeOpenAI
    marker: Marker
    assessment_id: str
    question_id: str
    class_id: str
    pupils: dict[str, dict] = field(default_factory=dict)  # key -> {username, password, name, id}
    attempts: dict[str, str] = field(default_factory=dict)  # key -> attempt id


def signed_in(base_url: str, username: str, password: str = DEMO_PASSWORD) -> httpx.Client:
    client = httpx.Client(base_url=base_url, timeout=30)
    response = client.post("/api/auth/login", json={"username": username, "password": password})
    response.raise_for_status()
    client.headers["X-CSRF-Token"] = response.json()["csrf_token"]
    return client


def make_world(base_url: str, fake: FakeOpenAI, marker: Marker) -> World:
    admin = signed_in(base_url, "admin")
    teacher = signed_in(base_url, "teacher")
    try:
        rows = "\n".join(f"{first},{last},8,{CLASS_NAME}" for first, last in PUPILS.values())
        roster = f"first name,last name,year,class\n{rows}"
        plan = admin.post("/api/admin/pupils/import/preview", json={"csv": roster}).json()
        imported = admin.post("/api/admin/pupils/import", json={"csv": roster, "plan_hash": plan["plan_hash"]})
        assert imported.status_code == 201, imported.text
        school_class = next(c for c in admin.get("/api/admin/classes").json() if c["name"] == CLASS_NAME)
        me = teacher.get("/api/auth/me").json()["user"]
        added = admin.post(f"/api/admin/classes/{school_class['id']}/teachers", json={"teacher_id": me["id"]})
        assert added.status_code == 200, added.text
        created = teacher.post("/api/assessments", json={
            "title": "What is an algorithm? (marking test)", "allow_question_retry": True, "max_question_retries": 2,
            "show_immediate_feedback": True, "max_attempts": 1})
        assert created.status_code == 201, created.text
        assessment_id = created.json()["id"]
        question = teacher.post(f"/api/assessments/{assessment_id}/questions", json={
            "type": "extended_text", "question_text": QUESTION, "points": 4, "hint": "Think about making a sandwich.",
            "config": {"type": "extended_text", "min_words": 5, "max_words": 150,
                       "marking_guide": {"points_available": 4, "mark_scheme": SCHEME},
                       "ai_marking_enabled": True, "ai_marking_prompt": "Be generous with spelling."}})
        assert question.status_code == 201, question.text
        published = teacher.post(f"/api/assessments/{assessment_id}/publish",
                                 json={"classes": [{"class_id": school_class["id"],
                                                    "show_answers": "after_each_question"}]})
        assert published.status_code == 200, published.text
    finally:
        admin.close()
        teacher.close()
    world = World(fake=fake, marker=marker, assessment_id=assessment_id, question_id=question.json()["question"]["id"],
                  class_id=school_class["id"])
    by_name = {(c["first_name"], c["last_name"]): c for c in imported.json()["created"]}
    for key, (first, last) in PUPILS.items():
        c = by_name[(first, last)]
        world.pupils[key] = {"username": c["username"], "password": c["password"], "name": f"{first} {last}", "id": c["id"]}
    return world


def submit_answers(base_url: str, world: World) -> None:
    """Every pupil starts the assessment and submits their written answer (the attempt stays open)."""
    for key, pupil in world.pupils.items():
        client = signed_in(base_url, pupil["username"], pupil["password"])
        try:
            view = client.post(f"/api/pupil/assessments/{world.assessment_id}/start").json()
            world.attempts[key] = view["attempt_id"]
            result = client.post(f"/api/pupil/attempts/{view['attempt_id']}/answers/{world.question_id}/submit",
                                 json={"answer_data": {"text": ANSWERS[key]}})
            assert result.status_code == 200, result.text
            assert result.json()["awaiting_marking"], result.text
        finally:
            client.close()


def queue_items(base_url: str, world: World, **params) -> list[dict]:
    with closing(signed_in(base_url, "teacher")) as teacher:
        response = teacher.get("/api/marking/queue", params={"assessment_id": world.assessment_id, **params})
        response.raise_for_status()
        return response.json()["items"]


def wait_for_ai(base_url: str, world: World, wanted: dict[str, str], *, draft: int = 1, timeout: float = 90) -> dict:
    """Poll the queue until each named pupil's answer (this draft) is in the wanted AI state."""
    deadline = time.monotonic() + timeout
    names = {world.pupils[k]["name"]: k for k in wanted}
    while True:
        items = {names[i["pupil_name"]]: i for i in queue_items(base_url, world) if i["pupil_name"] in names
                 and i["draft"] == draft}
        states = {k: items[k]["ai"]["state"] if k in items else "missing" for k in wanted}
        if states == wanted:
            return items
        if time.monotonic() > deadline:
            raise AssertionError(f"AI suggestions did not arrive in time: {states}")
        time.sleep(0.5)


def reset_ai(base_url: str) -> None:
    with closing(signed_in(base_url, "admin")) as admin:
        admin.put("/api/admin/ai-settings", json={"base_url": "", "api_key": "", "model": "gpt-4o-mini"})


@pytest.fixture(scope="module")
def world(live_server):
    marker = Marker()
    fake = FakeOpenAI(model=MODEL).start()
    fake.responder = marker
    fake.expected_api_key = API_KEY  # any other key is refused: the key the admin typed is the one used
    try:
        yield make_world(live_server.url, fake, marker)
    finally:
        reset_ai(live_server.url)  # the browser tests after this one expect no AI service
        fake.stop()


def look(page: Page, screenshot, axe_check, name: str) -> None:
    """axe on the page as it is, then a screenshot at each width (768 px must not scroll sideways)."""
    axe_check(page, f"marking {name}")
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        if width == 768:
            scroll = page.evaluate("document.documentElement.scrollWidth")
            assert scroll <= 768, f"{name} is {scroll}px wide at 768px: it scrolls sideways"
        screenshot(page, f"marking-{name}-{width}")
    page.set_viewport_size({"width": 1280, "height": 800})


# --- The tests, in the order a school would meet them ------------------------------------------------------------

def test_the_admin_sets_the_ai_service_and_sees_only_the_end_of_the_key(page, login_as, live_server, world, axe_check,
                                                                        screenshot):
    bodies: list[str] = []
    page.on("response", lambda r: bodies.append(r.text()) if "/api/" in r.url and r.status < 300
            and r.request.method != "DELETE" else None)
    login_as(page, "admin")
    # Before any AI is set up, the marking page says plainly that written answers wait for the teacher.
    page.goto("/teacher/marking.html")
    wait_drawn(page)
    expect(page.get_by_test_id("ai-notice")).to_have_text(
        "No AI service is set up, so written answers wait for you to mark them.")
    axe_check(page, "marking queue without ai")
    page.goto("/admin/index.html")
    wait_drawn(page)
    page.get_by_role("navigation", name="Admin areas").get_by_role("link", name="AI settings").click()
    wait_drawn(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("AI settings")
    expect(page.get_by_test_id("ai-overview")).to_contain_text("No AI service is set up")
    expect(page.get_by_test_id("key-state")).to_have_text("API key: not set")
    look(page, screenshot, axe_check, "ai-settings-empty")

    page.get_by_label("Server address (base URL)").fill("ftp://nowhere")
    page.get_by_label("Runs per model").fill("9")
    page.get_by_role("button", name="Save AI settings").click()
    expect(page.get_by_text("Type an address that starts with http:// or https://")).to_be_visible()
    expect(page.get_by_text("Type a whole number from 1 to 5 for the runs per model.")).to_be_visible()
    axe_check(page, "marking ai-settings problems")

    page.get_by_label("Server address (base URL)").fill(world.fake.base_url)
    page.get_by_label("New API key").fill(API_KEY)
    page.get_by_label("Model", exact=True).fill(MODEL)
    page.get_by_label("Runs per model").fill("1")
    page.get_by_label("Combine the runs by").select_option("mean")
    page.get_by_role("button", name="Save AI settings").click()
    expect(page.get_by_test_id("ai-settings-status")).to_have_text(
        "The AI settings are saved, with the new key (stored encrypted).")
    expect(page.get_by_test_id("key-state")).to_have_text("API key: set — ending 1234")
    expect(page.get_by_test_id("ai-overview")).to_contain_text(f"AI is set up: the server at {world.fake.base_url}, "
                                                               f"model {MODEL}.")
    expect(page.get_by_label("New API key")).to_have_value("")
    page.reload()
    wait_drawn(page)
    expect(page.get_by_test_id("key-state")).to_have_text("API key: set — ending 1234")
    look(page, screenshot, axe_check, "ai-settings-set")

    # The key is in no page and no answer from the server: only its last four characters.
    assert API_KEY not in page.content()
    settings = page.request.get("/api/admin/ai-settings").json()
    assert settings["api_key_set"] is True
    assert settings["api_key_last4"] == "1234"
    assert API_KEY not in json.dumps(settings)
    assert bodies
    assert not [b for b in bodies if API_KEY in b]


def test_the_teacher_chooses_this_assessments_ai_marking_and_reuses_a_mark_scheme(page, login_as, live_server, world,
                                                                                 axe_check, screenshot):
    login_as(page, "teacher")
    page.goto(f"/teacher/review-questions.html?id={world.assessment_id}#settings")
    wait_drawn(page)
    section = page.get_by_test_id("ai-marking-settings")
    expect(section.get_by_test_id("school-ai-defaults")).to_have_text(
        f"The school's settings: {MODEL}, 1 run per model, combined by average (mean).")
    section.get_by_label("Runs per model").select_option("3")
    section.get_by_label("Combine the runs by").select_option("median")
    section.get_by_label("Weights for the weighted average (optional)").fill("nonsense")
    page.get_by_role("button", name="Save settings").click()
    expect(section.get_by_text("Line 1 should look like “model-name = 2”")).to_be_visible()
    section.get_by_label("Weights for the weighted average (optional)").fill("")
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_test_id("settings-status")).to_have_text("The settings are saved.")
    axe_check(page, "marking assessment ai settings")
    screenshot(page, "marking-assessment-ai-settings-1280")
    with closing(signed_in(live_server.url, "teacher")) as teacher:
        stored = teacher.get(f"/api/assessments/{world.assessment_id}").json()
    assert stored["ai_marking"] == {"runs_per_model": 3, "aggregation": "median"}
    assert stored["auto_release_ai_marks"] is False

    # Rubric templates: save the question's mark scheme, change it, then bring the template back.
    page.get_by_role("tab", name="Questions").click()
    page.get_by_role("button", name="Edit question 1", exact=True).click()
    picker = page.get_by_test_id("rubric-picker")
    picker.get_by_role("button", name="Save this mark scheme as a template").click()
    picker.get_by_label("Template name").fill("Algorithm with an example")
    picker.get_by_label("Share it with other teachers").check()
    picker.get_by_role("button", name="Save template").click()
    expect(picker.get_by_test_id("rubric-status")).to_have_text(
        "Saved “Algorithm with an example” as a template, shared with other teachers.")
    page.locator("[data-field=criterion]").nth(0).fill("Something else entirely")
    picker.get_by_role("button", name="Use a saved template").click()
    picker.get_by_label("Template", exact=True).select_option(label="Algorithm with an example (2 criteria, 4 points, yours)")
    expect(picker.get_by_role("list", name="The template's criteria")).to_contain_text(SCHEME[0]["criterion"])
    axe_check(page, "marking rubric picker")
    picker.get_by_role("button", name="Use this template").click()
    expect(page.locator("[data-field=criterion]").nth(0)).to_have_value(SCHEME[0]["criterion"])
    expect(picker.get_by_test_id("rubric-status")).to_contain_text("The mark scheme is now “Algorithm with an example")
    screenshot(page, "marking-rubric-picker-1280")
    page.get_by_role("button", name="Cancel changes").click()
    dialog = page.get_by_role("dialog")
    if dialog.count():
        dialog.get_by_role("button", name="Cancel my changes").click()


def test_the_teacher_marks_the_class_with_ai_suggestions_and_releases(page, login_as, live_server, world, axe_check,
                                                                      screenshot):
    submit_answers(live_server.url, world)
    items = wait_for_ai(live_server.url, world, {"ada": "suggested", "ben": "suggested", "cara": "suggested",
                                                 "dev": "failed", "eve": "suggested"})
    assert items["ada"]["ai"]["runs"] == 3
    assert items["ada"]["ai"]["method"] == "median"
    assert items["cara"]["ai"]["spread"] == 3
    assert sorted(items["cara"]["ai"]["scores"]) == [1, 4, 4]
    # Only the answer text reached the AI: no pupil's name, no username.
    sent = "\n".join(r.text for r in world.fake.completions)
    assert "Accept" not in sent
    assert world.pupils["ada"]["username"] not in sent

    login_as(page, "teacher")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Marking").click()
    wait_drawn(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Marking written answers")
    expect(page.get_by_test_id("ai-notice")).to_be_empty()
    page.get_by_label("Assessment", exact=True).select_option(world.assessment_id)
    page.get_by_label("Class", exact=True).select_option(world.class_id)
    expect(page.get_by_label("Question", exact=True)).to_contain_text("Question 1: Explain what an algorithm is")
    page.get_by_role("button", name="Show answers").click()
    answers = page.get_by_role("navigation", name=re.compile(r"^Answers in this list"))
    expect(answers.get_by_role("heading")).to_have_text("Answers in this list (5)")
    expect(page.get_by_test_id("release-count")).to_contain_text("No marked answers")

    # Ada: full marks, the evidence for both criteria highlighted; accepted with the keyboard.
    answers.get_by_role("button", name=re.compile(r"^Ada Accept")).click()
    panel = page.get_by_test_id("answer-panel")
    expect(panel.get_by_role("heading", level=2)).to_have_text(re.compile(r"^Answer \d of 5: Ada Accept$"))
    expect(panel.locator("mark.evidence")).to_have_text(["a set of steps", "A recipe for a cake"])
    expect(panel.locator(".evidence__tag")).to_have_text(["(evidence for criterion 1)1", "(evidence for criterion 2)2"])
    expect(panel.get_by_test_id("ai-score")).to_have_text("Suggested mark: 4 out of 4")
    expect(panel.get_by_test_id("confidence")).to_have_text("3 runs gave the same mark.")
    expect(panel.get_by_test_id("ai-criteria").locator("tbody tr")).to_have_count(2)
    look(page, screenshot, axe_check, "queue-suggestion")
    panel.get_by_role("heading", level=2).focus()
    page.keyboard.press("a")
    status = page.get_by_test_id("marking-status")
    expect(status).to_have_text("Accepted the AI's mark for Ada Accept: 4 out of 4. "
                                "The pupil sees it when you release marks.")
    expect(answers.get_by_role("button", name=re.compile(r"^Ada Accept"))).to_contain_text("Marked: 4 out of 4, not released")

    # Typing in a box never triggers a shortcut.
    answers.get_by_role("button", name=re.compile(r"^Cara Spread")).click()
    expect(panel.get_by_test_id("confidence")).to_have_text("The runs disagreed by 3 points — check this one.")
    expect(panel.locator("mark.evidence")).to_have_text(["a list of steps", "A recipe for toast"])
    panel.get_by_role("button", name="Change the mark").click()
    form = panel.get_by_test_id("mark-form")
    form.get_by_label("Feedback for the pupil").press("End")
    form.get_by_label("Feedback for the pupil").press_sequentially(" jka")
    expect(panel.get_by_role("heading", level=2)).to_have_text(re.compile(r"Cara Spread$"))
    expect(form.get_by_label("Feedback for the pupil")).to_have_value(re.compile(r" jka$"))
    form.get_by_role("button", name="Cancel").click()
    panel.get_by_role("button", name="Accept the AI's mark").click()
    expect(status).to_contain_text("Accepted the AI's mark for Cara Spread: 4 out of 4.")

    # Ben: the teacher gives less than the AI, with their own feedback. A forbidden word is refused, nothing lost.
    answers.get_by_role("button", name=re.compile(r"^Ben Change")).click()
    expect(panel.get_by_test_id("ai-score")).to_have_text("Suggested mark: 2 out of 4")
    page.keyboard.press("c")
    form = panel.get_by_test_id("mark-form")
    expect(form.get_by_label(re.compile(r"^Criterion 1:"))).to_be_focused()
    expect(form.get_by_label(re.compile(r"^Mark for this answer"))).to_have_value("2")
    form.get_by_label(re.compile(r"^Criterion 1:")).fill("1")
    expect(form.get_by_label(re.compile(r"^Mark for this answer"))).to_have_value("1")
    feedback_box = form.get_by_label("Feedback for the pupil")
    feedback_box.fill("This is wrong. Add an example.")
    form.get_by_role("button", name="Save this mark").click()
    expect(form.locator(".status--warning")).to_contain_text('Please reword the feedback: Uses the word "wrong"')
    expect(feedback_box).to_have_value("This is wrong. Add an example.")
    look(page, screenshot, axe_check, "queue-change-mark")
    feedback_box.fill("Nearly there. Say what the steps are for, and add an everyday example such as a recipe.")
    form.get_by_role("button", name="Save this mark").click()
    expect(status).to_contain_text("Saved your mark for Ben Change: 1 out of 4.")

    # Dev: the AI could not suggest a mark, so the teacher marks by hand.
    answers.get_by_role("button", name=re.compile(r"^Dev Hand")).click()
    expect(panel.get_by_test_id("ai-state")).to_have_text(re.compile(r"could not suggest a usable mark"))
    expect(panel.get_by_role("button", name="Accept the AI's mark")).to_have_count(0)
    panel.get_by_role("button", name="Mark by hand").click()
    form = panel.get_by_test_id("mark-form")
    form.get_by_label(re.compile(r"^Criterion 1:")).fill("0")
    form.get_by_label(re.compile(r"^Criterion 2:")).fill("0")
    form.get_by_label("Feedback for the pupil").fill("Not quite. An algorithm is a set of steps, like a recipe.")
    form.get_by_role("button", name="Save this mark").click()
    expect(status).to_contain_text("Saved your mark for Dev Hand: 0 out of 4.")

    # Moving with the keyboard: j / ArrowDown and k / ArrowUp.
    answers.get_by_role("button", name=re.compile(r"^Ada Accept")).click()
    heading = panel.get_by_role("heading", level=2)
    page.keyboard.press("j")
    expect(heading).to_have_text(re.compile(r"^Answer 2 of 5: "))
    expect(heading).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(heading).to_have_text(re.compile(r"^Answer 3 of 5: "))
    page.keyboard.press("k")
    expect(heading).to_have_text(re.compile(r"^Answer 2 of 5: "))
    expect(page.get_by_test_id("shortcuts")).to_contain_text("Accept the AI's mark")

    # Release: four marked, Eve's still to mark.
    release = page.get_by_test_id("release")
    expect(page.get_by_test_id("release-count")).to_contain_text("4 marked answers in")
    release.get_by_role("button", name="Release marks to pupils (4)").click()
    dialog = page.get_by_role("dialog", name="Release 4 marks to pupils?")
    expect(dialog).to_contain_text(f"Pupils in {CLASS_NAME} will see their marks")
    axe_check(page, "marking release dialog")
    dialog.get_by_role("button", name="Release 4 marks").click()
    expect(status).to_have_text("Released 4 marks to pupils. 1 answer still needs marking.")
    expect(page.get_by_test_id("release-count")).to_contain_text("No marked answers")
    answers.get_by_role("button", name=re.compile(r"^Ada Accept")).click()
    expect(panel.get_by_test_id("decided")).to_contain_text("Released to the pupil: 4 out of 4")
    expect(panel.get_by_role("button", name="Accept the AI's mark")).to_have_count(0)
    panel.get_by_role("button", name="Change the mark").click()
    expect(panel.get_by_test_id("mark-form")).to_contain_text("The pupil already has this mark.")
    panel.get_by_test_id("mark-form").get_by_role("button", name="Cancel").click()

    # Agreement: three reviews had a suggestion (Dev's had none); Ben's differed by 1 point.
    agreement = page.get_by_test_id("agreement-table")
    expect(agreement.locator("tbody tr")).to_have_count(1)
    expect(agreement.locator("tbody td")).to_have_text(["3", "66.7%", "100%", "0.33 points", "2"])
    look(page, screenshot, axe_check, "queue-released")

    items = {i["pupil_name"]: i for i in queue_items(live_server.url, world, include_marked=True)}
    assert list(items) == ["Eve Erase"], "only Eve's answer is still waiting"


def test_a_pupil_sees_released_feedback_improves_the_answer_and_compares_drafts(page, login_as, live_server, world,
                                                                               axe_check, screenshot):
    ben = world.pupils["ben"]
    login_as(page, ben["username"], ben["password"])
    page.goto(f"/pupil/assessment.html?id={world.assessment_id}")
    wait_drawn(page)
    feedback = page.get_by_test_id("feedback")
    expect(feedback).to_contain_text("Nearly there")
    expect(feedback).to_contain_text("Say what the steps are for, and add an everyday example such as a recipe.")
    expect(page.get_by_test_id("released-mark")).to_have_text("Your teacher's mark: 1 out of 4 marks.")
    box = page.get_by_label("Your answer")
    expect(box).to_have_attribute("readonly", "")
    expect(page.get_by_role("button", name="Submit answer")).to_be_hidden()
    look(page, screenshot, axe_check, "pupil-feedback")

    page.get_by_role("button", name="Improve my answer").click()
    expect(box).to_be_focused()
    expect(box).not_to_have_attribute("readonly", "")
    box.press("End")
    box.press_sequentially(BEN_ADDS, delay=2)
    page.get_by_role("button", name="Submit answer").click()
    expect(feedback).to_contain_text("Thank you. Your teacher will mark this answer.")
    drafts = page.get_by_test_id("drafts")
    expect(drafts.get_by_test_id("draft")).to_have_count(2)
    first, second = drafts.get_by_test_id("draft").nth(0), drafts.get_by_test_id("draft").nth(1)
    expect(first).to_contain_text("Draft 1")
    expect(first).to_contain_text(ANSWERS["ben"])
    expect(first).to_contain_text("Your teacher's mark: 1 out of 4 marks.")
    expect(first).to_contain_text("Feedback: Nearly there. Say what the steps are for")
    expect(second).to_contain_text("Draft 2 (your latest)")
    expect(second).to_contain_text(ANSWERS["ben"] + BEN_ADDS)
    expect(second).to_contain_text("Your teacher has not marked this draft yet.")
    expect(page.get_by_test_id("what-improved")).to_contain_text("You added 17 words.")
    expect(box).to_have_attribute("readonly", "")
    look(page, screenshot, axe_check, "pupil-drafts-waiting")

    # The second draft gets its AI suggestion; the teacher accepts and releases it.
    items = wait_for_ai(live_server.url, world, {"ben": "suggested"}, draft=2)
    with closing(signed_in(live_server.url, "teacher")) as teacher:
        accepted = teacher.post(f"/api/marking/answers/{items['ben']['answer_id']}", json={"accept": True})
        assert accepted.status_code == 200, accepted.text
        assert accepted.json()["score"] == 4, accepted.text
        released = teacher.post("/api/marking/release", json={"assessment_id": world.assessment_id})
        assert released.json()["released"] == 1

    page.reload()
    wait_drawn(page)
    expect(page.get_by_test_id("released-mark")).to_have_count(0)  # full marks: nothing more to improve
    improved = page.get_by_test_id("what-improved")
    expect(improved).to_contain_text("Your mark went up from 1 to 4 out of 4.")
    expect(improved).to_contain_text(f"New this time: {SCHEME[1]['criterion']}.")
    expect(improved).to_contain_text(f"Better this time: {SCHEME[0]['criterion']}.")
    expect(page.get_by_test_id("draft").nth(0)).to_contain_text(f"Partly done: {SCHEME[0]['criterion']}")
    expect(page.get_by_test_id("draft").nth(1)).to_contain_text(f"Done: {SCHEME[1]['criterion']}")
    look(page, screenshot, axe_check, "pupil-drafts-improved")

    # After finishing, the results page shows the same comparison.
    with closing(signed_in(live_server.url, ben["username"], ben["password"])) as pupil:
        assert pupil.post(f"/api/pupil/attempts/{world.attempts['ben']}/complete").status_code == 200
    page.goto(f"/pupil/results.html?attempt={world.attempts['ben']}")
    wait_drawn(page)
    drafts = page.get_by_test_id("drafts")
    expect(drafts.get_by_test_id("draft")).to_have_count(2)
    expect(drafts.get_by_role("heading", level=3)).to_have_text("Your drafts side by side")
    expect(page.get_by_test_id("what-improved")).to_contain_text("Your mark went up from 1 to 4 out of 4.")
    look(page, screenshot, axe_check, "pupil-results-drafts")


def test_the_admin_reads_ai_usage_cleans_up_exports_and_erases_a_pupil(page, login_as, live_server, world, axe_check,
                                                                      screenshot):
    login_as(page, "admin")
    page.goto("/admin/index.html")
    wait_drawn(page)
    page.get_by_role("navigation", name="Admin areas").get_by_role("link", name="Privacy and data").click()
    wait_drawn(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Privacy and data")

    # The AI usage log: every marking call the fake server answered, with totals and a row per model.
    usage = page.get_by_test_id("ai-usage")
    calls = len(world.fake.completions)
    expect(usage.get_by_test_id("usage-totals")).to_contain_text(f"AI calls{calls}")
    expect(usage.get_by_test_id("usage-by-model")).to_contain_text(MODEL)
    expect(usage.get_by_test_id("usage-by-model")).to_contain_text("Marking written answers")
    expect(usage.get_by_test_id("usage-calls").locator("tbody tr").first).to_contain_text("Marking written answers")
    look(page, screenshot, axe_check, "privacy")
    usage.get_by_label("Kind of call").select_option("generate")
    usage.get_by_role("button", name="Show AI calls").click()
    expect(usage.get_by_test_id("usage-totals")).to_contain_text("AI calls0")

    # Retention: the settings, and a clean-up now (recent work stays).
    retention = page.get_by_test_id("retention")
    expect(retention.get_by_label("Remove written answers and code after (days)")).to_have_value("365")
    retention.get_by_label("Remove written answers and code after (days)").fill("10")
    retention.get_by_role("button", name="Save how long data is kept").click()
    expect(retention.get_by_text("Type a whole number from 30 to 3650.")).to_be_visible()
    retention.get_by_label("Remove written answers and code after (days)").fill("400")
    retention.get_by_role("button", name="Save how long data is kept").click()
    expect(page.get_by_test_id("retention-status")).to_have_text(
        "Saved. Written answers and code are kept for 400 days; whole records for 6 years.")
    retention.get_by_role("button", name="Run the clean-up now").click()
    dialog = page.get_by_role("dialog", name="Run the clean-up now?")
    expect(dialog).to_contain_text("This cannot be undone.")
    dialog.get_by_role("button", name="Run the clean-up").click()
    expect(page.get_by_test_id("retention-status")).to_have_text("The clean-up has run. What it removed is written above.")
    expect(page.get_by_test_id("retention-last-run")).to_contain_text("It removed the content of 0 answers")

    # Subject access: Ben's data as JSON, with both drafts of his answer.
    pupils = page.get_by_test_id("pupil-data")
    pupils.get_by_label("Find a pupil").fill("Ben Cha")
    pupils.get_by_role("button", name="Find").click()
    row = pupils.get_by_test_id("pupil-table").locator("tbody tr")
    expect(row).to_have_count(1)
    with page.expect_download() as download:
        row.get_by_role("link", name=re.compile(r"^Download their data")).click()
    exported = json.loads(download.value.path().read_text())
    assert exported["pupil"]["username"] == world.pupils["ben"]["username"]
    [attempt] = exported["attempts"]
    [answer] = attempt["answers"]
    assert [t["answer"]["text"] for t in answer["tries"]] == [ANSWERS["ben"], ANSWERS["ben"] + BEN_ADDS]
    assert answer["score"] == 4

    # Erasure: said plainly, confirmed, gone.
    pupils.get_by_label("Find a pupil").fill("Eve Erase")
    pupils.get_by_role("button", name="Find").click()
    row = pupils.get_by_test_id("pupil-table").locator("tbody tr")
    expect(row).to_have_count(1)
    row.get_by_role("button", name="Erase Eve Erase").click()
    dialog = page.get_by_role("dialog", name="Erase Eve Erase for good?")
    expect(dialog).to_contain_text("It cannot be undone.")
    axe_check(page, "marking erase dialog")
    screenshot(page, "marking-erase-dialog-1280")
    dialog.get_by_role("button", name="Keep this pupil").click()
    expect(row).to_have_count(1)
    row.get_by_role("button", name="Erase Eve Erase").click()
    page.get_by_role("dialog").get_by_role("button", name="Erase Eve Erase").click()
    expect(page.get_by_test_id("pupil-data-status")).to_have_text("Eve Erase has been erased, with all their work.")
    expect(pupils.get_by_test_id("pupil-table").locator("tbody tr")).to_have_count(0)

    with closing(signed_in(live_server.url, "admin")) as admin:
        assert admin.get("/api/admin/pupils", params={"search": "Eve Erase"}).json() == []
        log = admin.get("/api/admin/audit-log", params={"action": "pupil."}).json()["items"]
        assert {"pupil.erase", "pupil.export"} <= {entry["action"] for entry in log}
    assert [i["pupil_name"] for i in queue_items(live_server.url, world)] == []
    assert httpx.post(f"{live_server.url}/api/auth/login", json={"username": world.pupils["eve"]["username"],
                                                                 "password": world.pupils["eve"]["password"]}).status_code == 401
