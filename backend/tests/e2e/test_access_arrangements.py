"""Access arrangements in the browser: a pupil with extra time and the dyslexia-friendly font gets them on a fresh
browser (nothing stored on it), read aloud speaking the question and outlining what it reads, the break reminder
after its interval, and the teacher setting arrangements and printing the class's list. Each state is checked
with axe. The scene is a class of its own (imported with the CSV's arrangement columns), so other tests' pupils
are untouched."""

from __future__ import annotations

import math
import re
from contextlib import closing
from dataclasses import dataclass

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.e2e import browser as chromium
from tests.e2e.conftest import DEMO_PASSWORD
from tests.e2e.pupil_helpers import heading, open_assessment, wait_drawn

pytestmark = pytest.mark.e2e

CLASS_NAME = "7ACC"
QUESTION = "How many bits are in one byte?"
IMPORT = (
    "first name,last name,year,class,extra time,dyslexia font,read aloud,break reminder,background tint\n"
    f"Ada,Access,7,{CLASS_NAME},100%,yes,no,20,cream\n"
    f"Ben,Reader,7,{CLASS_NAME},,no,yes,,\n"
    f"Cal,Plain,7,{CLASS_NAME},,,,,\n"
)
# Stands in for the browser's speech: records each utterance and starts the first one, so the test sees what
# would be said and what is outlined while it is said; window.__finishSpeaking() ends the one being spoken.
SPEECH_RECORDER = """
(() => {
  const queue = [];
  window.__spoken = [];
  const startNext = () => { if (queue.length) queue[0].dispatchEvent(new Event("start")); };
  window.__finishSpeaking = () => { const done = queue.shift(); if (done) done.dispatchEvent(new Event("end")); startNext(); };
  const recorder = {
    speak(utterance) { window.__spoken.push({ text: utterance.text, rate: utterance.rate }); queue.push(utterance);
                       if (queue.length === 1) startNext(); },
    cancel() { queue.length = 0; },
    getVoices() { return []; }, speaking: false, pending: false, paused: false,
  };
  Object.defineProperty(window, "speechSynthesis", { value: recorder, configurable: true });
})();
"""


@dataclass
class Scene:
    class_id: str
    assessment_id: str
    estimated_minutes: int
    pupils: dict[str, dict]  # first name -> {username, password, id, name}


def signed_in(base_url: str, username: str, password: str = DEMO_PASSWORD) -> httpx.Client:
    client = httpx.Client(base_url=base_url, timeout=30)
    response = client.post("/api/auth/login", json={"username": username, "password": password})
    response.raise_for_status()
    client.headers["X-CSRF-Token"] = response.json()["csrf_token"]
    return client


@pytest.fixture(scope="module")
def scene(live_server) -> Scene:
    with closing(signed_in(live_server.url, "admin")) as admin, closing(signed_in(live_server.url, "teacher")) as teacher:
        plan = admin.post("/api/admin/pupils/import/preview", json={"csv": IMPORT}).json()
        imported = admin.post("/api/admin/pupils/import", json={"csv": IMPORT, "plan_hash": plan["plan_hash"]})
        assert imported.status_code == 201, imported.text
        school_class = next(c for c in admin.get("/api/admin/classes").json() if c["name"] == CLASS_NAME)
        me = teacher.get("/api/auth/me").json()["user"]
        added = admin.post(f"/api/admin/classes/{school_class['id']}/teachers", json={"teacher_id": me["id"]})
        assert added.status_code == 200, added.text
        created = teacher.post("/api/assessments", json={"title": "Bits and bytes (access test)", "max_attempts": 1})
        assert created.status_code == 201, created.text
        assessment_id = created.json()["id"]
        question = teacher.post(f"/api/assessments/{assessment_id}/questions", json={
            "type": "multiple_choice", "question_text": QUESTION, "points": 1, "hint": "Think of eight.",
            "config": {"type": "multiple_choice", "shuffle_options": False, "options": [
                {"id": "a", "text": "8 bits", "is_correct": True}, {"id": "b", "text": "4 bits", "is_correct": False}]}})
        assert question.status_code == 201, question.text
        published = teacher.post(f"/api/assessments/{assessment_id}/publish",
                                 json={"classes": [{"class_id": school_class["id"]}]})
        assert published.status_code == 200, published.text
        estimated = teacher.get(f"/api/assessments/{assessment_id}").json()["estimated_minutes"]
    pupils = {c["first_name"]: {**c, "name": f"{c['first_name']} {c['last_name']}"} for c in imported.json()["created"]}
    return Scene(school_class["id"], assessment_id, estimated, pupils)


def pupil_signs_in(page: Page, pupil: dict) -> None:
    page.goto("/")
    page.get_by_label("Username").fill(pupil["username"])
    page.get_by_label("Password", exact=True).fill(pupil["password"])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/pupil/dashboard\.html"))
    wait_drawn(page)


def start(page: Page, scene: Scene) -> None:
    open_assessment(page, scene.assessment_id)
    page.get_by_role("button", name="I'm ready — start").click()
    expect(heading(page)).to_have_text("Question 1 of 1")


def test_extra_time_and_the_dyslexia_font_follow_the_pupil_to_a_fresh_browser(page, scene, axe_check):
    ada = scene.pupils["Ada"]
    pupil_signs_in(page, ada)  # `page` is a new browser context: nothing stored from an earlier visit
    font = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert font.strip('"').startswith("OpenDyslexic"), f"the dyslexia-friendly font is not used: {font}"
    assert page.evaluate("document.fonts.load('1em OpenDyslexic').then((faces) => faces.length)") > 0, \
        "the font file did not load from web/fonts/"
    assert page.evaluate("document.documentElement.dataset.tint") == "cream"
    with_extra_time = math.ceil(scene.estimated_minutes * 2)  # 100% extra time
    card = page.locator("[data-testid=available]", has_text="Bits and bytes")
    expect(card).to_contain_text(f"About {with_extra_time} minute")
    axe_check(page, "pupil dashboard with the dyslexia font and a cream tint")
    open_assessment(page, scene.assessment_id)
    expect(page.locator("#main")).to_contain_text(f"It takes about {with_extra_time} minute")
    axe_check(page, "start screen with arrangements")


def test_a_pupil_without_arrangements_sees_the_usual_page(page, scene):
    pupil_signs_in(page, scene.pupils["Cal"])
    assert "OpenDyslexic" not in page.evaluate("getComputedStyle(document.body).fontFamily")
    card = page.locator("[data-testid=available]", has_text="Bits and bytes")
    expect(card).to_contain_text(f"About {max(1, scene.estimated_minutes)} minute")


def test_the_pupils_own_larger_text_follows_them_to_another_computer(page, browser, live_server, scene):
    ben = scene.pupils["Ben"]
    pupil_signs_in(page, ben)
    toggle = page.locator("larger-text-toggle button")
    expect(toggle).to_have_attribute("aria-pressed", "false")
    with page.expect_response(lambda r: r.url.endswith("/api/pupil/preferences") and r.ok):
        toggle.click()
    expect(page.locator("html")).to_have_class(re.compile(r"\btext-larger\b"))
    other = browser.new_context(base_url=live_server.url, **chromium.SCHOOL_COMPUTER)  # another computer: nothing stored
    try:
        elsewhere = other.new_page()
        pupil_signs_in(elsewhere, ben)
        expect(elsewhere.locator("html")).to_have_class(re.compile(r"\btext-larger\b"))
        expect(elsewhere.locator("larger-text-toggle button")).to_have_attribute("aria-pressed", "true")
        elsewhere.locator("larger-text-toggle button").click()  # back to normal, for the tests after this one
        expect(elsewhere.locator("html")).not_to_have_class(re.compile(r"\btext-larger\b"))
        elsewhere.wait_for_function("() => localStorage.getItem('ks3.largerText.unsaved') === null")
    finally:
        other.close()


def test_larger_text_chosen_while_the_server_cannot_be_reached_is_kept_and_sent_later(page, scene, page_problems):
    cal = scene.pupils["Cal"]
    pupil_signs_in(page, cal)
    page_problems.allow(r"api/pupil/preferences")  # the failed save is provoked on purpose
    page.route("**/api/pupil/preferences", lambda route: route.abort())
    page.locator("larger-text-toggle button").click()
    expect(page.locator("html")).to_have_class(re.compile(r"\btext-larger\b"))
    page.wait_for_function("() => localStorage.getItem('ks3.largerText.unsaved') === 'on'")
    page.unroute("**/api/pupil/preferences")
    with page.expect_response(lambda r: r.url.endswith("/api/pupil/preferences") and r.ok):
        page.reload()
    expect(page.locator("html")).to_have_class(re.compile(r"\btext-larger\b"))
    me = page.evaluate("fetch('/api/auth/me').then((r) => r.json())")
    assert me["display_preferences"]["larger_text"] is True, "the choice made offline never reached the account"
    with page.expect_response(lambda r: r.url.endswith("/api/pupil/preferences") and r.ok):
        page.locator("larger-text-toggle button").click()  # back to normal, for the tests after this one


def test_read_aloud_speaks_the_question_and_outlines_what_it_reads(page, scene, axe_check):
    page.add_init_script(SPEECH_RECORDER)
    pupil_signs_in(page, scene.pupils["Ben"])
    start(page, scene)
    button = page.get_by_role("button", name="Read aloud")
    expect(button).not_to_have_class(re.compile(r"button--secondary")), "read aloud is the main button for Ben"
    button.click()
    spoken = page.evaluate("window.__spoken.map((u) => u.text)")
    assert spoken == [QUESTION, "8 bits", "4 bits"], spoken
    speaking = page.locator(".read-aloud__speaking")
    expect(speaking).to_have_count(1)
    expect(speaking).to_have_text(QUESTION)
    axe_check(page, "read aloud reading the question")
    page.evaluate("window.__finishSpeaking()")
    expect(speaking).to_have_text("8 bits")
    page.get_by_role("button", name="Stop reading").click()
    expect(speaking).to_have_count(0)
    expect(page.get_by_role("button", name="Read aloud")).to_be_visible()

    page.get_by_role("button", name="Slower").click()
    expect(page.locator(".read-aloud__speed")).to_have_text("Speed: slower (0.75×)")
    page.get_by_role("radio", name="4 bits").focus()
    page.keyboard.press("r")
    assert page.evaluate("window.__spoken.at(-1)") == {"text": "4 bits", "rate": 0.75}
    expect(page.get_by_role("radio", name="4 bits")).not_to_be_checked()
    saved = page.evaluate("fetch('/api/auth/me').then((r) => r.json()).then((me) => me.display_preferences)")
    assert saved["read_aloud_rate"] == 0.75, "the speed was not saved to the pupil's account"


def test_read_aloud_is_there_for_every_pupil(page, scene):
    page.add_init_script(SPEECH_RECORDER)
    pupil_signs_in(page, scene.pupils["Cal"])
    start(page, scene)
    expect(page.get_by_role("button", name="Read aloud")).to_have_class(re.compile(r"button--secondary"))


def test_the_break_reminder_appears_after_its_interval(page, scene, axe_check):
    page.clock.install()
    pupil_signs_in(page, scene.pupils["Ada"])
    start(page, scene)
    reminder = page.locator(".toast", has_text="You can take a break if you want.")
    page.clock.run_for("19:00")
    expect(reminder).to_have_count(0)
    page.clock.run_for("01:05")
    expect(reminder).to_have_text(re.compile(
        r"You have been working for 20 minutes\. You can take a break if you want\. Your answers are saved\."))
    axe_check(page, "break reminder")
    reminder.get_by_role("button", name="Hide this message").click()
    expect(reminder).to_have_count(0)


def test_the_teacher_sets_arrangements_for_one_and_for_several_pupils(page, scene, login_as, axe_check):
    login_as(page, "teacher")
    page.goto(f"/teacher/classes.html?id={scene.class_id}")
    wait_drawn(page)
    table = page.get_by_test_id("access-table")
    row = lambda name: table.locator("tr", has=page.get_by_role("rowheader", name=name))  # noqa: E731
    expect(row("Ada Access")).to_contain_text(
        "Extra time: 100%, Dyslexia-friendly font, Cream background, Break reminder every 20 minutes")
    expect(row("Cal Plain").get_by_test_id("arrangements")).to_have_text("None")
    axe_check(page, "class page with access arrangements")

    page.get_by_role("checkbox", name="Choose Ben Reader").check()
    page.get_by_role("checkbox", name="Choose Cal Plain").check()
    page.get_by_role("button", name="Set arrangements for the ticked pupils").click()
    dialog = page.get_by_role("dialog", name="Set access arrangements for 2 pupils")
    expect(dialog.get_by_label("Read aloud (the Read aloud button is the main button)")).to_have_value("keep")
    dialog.get_by_label("Text size").select_option("large")
    axe_check(page, "set arrangements for several pupils dialog")
    dialog.get_by_role("button", name="Save arrangements").click()
    expect(page.get_by_test_id("access-status")).to_contain_text("Access arrangements saved for 2 pupils.")
    expect(row("Ben Reader").get_by_test_id("arrangements")).to_have_text("Read aloud, Large text")
    expect(row("Cal Plain").get_by_test_id("arrangements")).to_have_text("Large text")
    expect(row("Ada Access")).to_contain_text("Extra time: 100%")
    expect(row("Ada Access")).not_to_contain_text("Large text")

    row("Cal Plain").get_by_role("button", name="Change Cal Plain’s arrangements").click()
    dialog = page.get_by_role("dialog", name="Access arrangements for Cal Plain")
    expect(dialog.get_by_label("Text size")).to_have_value("large")
    dialog.get_by_label("Reduced motion").select_option("true")
    dialog.get_by_role("button", name="Save arrangements").click()
    expect(row("Cal Plain").get_by_test_id("arrangements")).to_have_text("Large text, Reduced motion")


def test_the_printed_list_gives_each_pupil_and_their_arrangements(page, scene, login_as):
    login_as(page, "teacher")
    page.goto(f"/teacher/classes.html?id={scene.class_id}")
    wait_drawn(page)
    expect(page.get_by_test_id("access-table")).to_contain_text("Ada Access")
    page.evaluate("window.print = () => {}")  # the browser's print window cannot be driven; its styles can
    page.get_by_role("button", name="Print the list of arrangements").click()
    page.emulate_media(media="print")
    section = page.get_by_test_id("access-section")
    expect(section).to_be_visible()
    expect(page.get_by_role("heading", name="Add a pupil")).to_be_hidden()
    expect(page.get_by_role("heading", name="Pupils", exact=True)).to_be_hidden()
    expect(section.get_by_role("checkbox").first).to_be_hidden()
    expect(section.get_by_role("button", name="Set arrangements for the ticked pupils")).to_be_hidden()
    printed = section.inner_text()
    assert "Access arrangements in 7ACC" in printed
    assert re.search(r"Ada Access\s+Extra time: 100%, Dyslexia-friendly font", printed), printed


def test_the_pupil_page_shows_and_changes_arrangements(page, scene, login_as, axe_check):
    login_as(page, "teacher")
    ada = scene.pupils["Ada"]
    page.goto(f"/teacher/pupil-detail.html?id={ada['id']}")
    wait_drawn(page)
    words = page.get_by_test_id("pupil-arrangements")
    expect(words).to_contain_text("Extra time: 100%")
    page.get_by_role("button", name="Change arrangements").click()
    dialog = page.get_by_role("dialog", name="Access arrangements for Ada Access")
    dialog.get_by_label("Line spacing").select_option("wide")
    dialog.get_by_role("button", name="Save arrangements").click()
    expect(words).to_contain_text("Wide line spacing")
    axe_check(page, "pupil page with access arrangements")


def test_the_admin_changes_a_pupils_arrangements_from_the_pupil_list(page, live_server, scene, login_as, axe_check):
    login_as(page, "admin")
    page.goto("/admin/pupils.html?search=Plain")
    wait_drawn(page)
    page.get_by_role("button", name="Access arrangements for Cal Plain").click()
    dialog = page.get_by_role("dialog", name="Access arrangements for Cal Plain")
    dialog.get_by_label("Background tint").select_option("blue")
    axe_check(page, "admin: one pupil's access arrangements dialog")
    dialog.get_by_role("button", name="Save arrangements").click()
    expect(page.locator(".toast")).to_contain_text("Cal Plain’s access arrangements are saved.")
    with closing(signed_in(live_server.url, "admin")) as admin:
        saved = admin.get(f"/api/pupils/{scene.pupils['Cal']['id']}/access").json()
    assert saved["arrangements"]["background_tint"] == "blue"
