"""When pupils see answers, in a real browser (issue 19): the teacher chooses it for a class in the Publish
dialog, presses "Show answers now" (no closing date), and the pupil's results page says plainly when the answers
will be shown, then shows them. Every state is checked with axe.

A class of its own (its own teacher and pupil) and an assessment of its own are made in the server's database, so
the demo school the other browser tests share is left as it was."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import httpx
import pytest
from playwright.sync_api import Page, expect
from sqlalchemy.ext.asyncio import async_sessionmaker

from app.db import create_engine
from app.models import Role
from tests.e2e.conftest import DEMO_PASSWORD
from tests.e2e.server import off_playwright_thread
from tests.factories import make_assessment, make_class, make_user

pytestmark = pytest.mark.e2e

CLASS = "7 Answers"
TEACHER, PUPIL = "answers-teacher", "answers-pia"


@dataclass
class World:
    assessment_id: str


async def _make(database_url: str) -> World:
    engine = create_engine(database_url)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session:
            teacher = await make_user(session, Role.teacher, username=TEACHER, password=DEMO_PASSWORD)
            pupil = await make_user(session, Role.pupil, username=PUPIL, password=DEMO_PASSWORD, name="Pia Answers")
            await make_class(session, name=CLASS, teachers=[teacher], pupils=[pupil])
            draft = await make_assessment(session, owner=teacher, questions=["binary_convert", "multiple_choice"],
                                          title="Answers check", max_attempts=1)
            await session.commit()
            return World(str(draft.id))
    finally:
        await engine.dispose()


@pytest.fixture(scope="module")
def world(live_server) -> World:
    return off_playwright_thread(asyncio.run, _make(live_server.database_url))


def _pupil_finishes(base_url: str, assessment_id: str) -> str:
    """The pupil takes the assessment (through the API, as the pupil pages do) and finishes it."""
    with httpx.Client(base_url=base_url, timeout=60) as client:
        signed_in = client.post("/api/auth/login", json={"username": PUPIL, "password": DEMO_PASSWORD})
        signed_in.raise_for_status()
        client.headers["X-CSRF-Token"] = signed_in.json()["csrf_token"]
        view = client.post(f"/api/pupil/assessments/{assessment_id}/start").json()
        binary = next(q for q in view["questions"] if q["type"] == "binary_convert")
        client.put(f"/api/pupil/attempts/{view['attempt_id']}/answers/{binary['id']}",
                   json={"answer_data": {"answer": "1"}, "seq": 1}).raise_for_status()
        client.post(f"/api/pupil/attempts/{view['attempt_id']}/complete").raise_for_status()
        return view["attempt_id"]


def _publish(page: Page, choice: str, *, first: bool):
    page.get_by_role("button", name="Publish" if first else "Change classes and dates", exact=True).click()
    dialog = page.get_by_role("dialog", name="Publish this assessment")
    expect(dialog).to_be_visible()
    box = dialog.get_by_role("checkbox", name=f"{CLASS} (Year 7")
    if first:
        box.check()
    row = dialog.locator("li", has_text=f"{CLASS} (Year 7")
    answers = row.get_by_label("Show pupils the answers")
    if first:  # a new class sees the answers when the assessment closes, unless the teacher chooses otherwise
        expect(answers.locator("option:checked")).to_have_text("when the assessment closes (recommended)")
    answers.select_option(label=choice)
    return dialog


def _results(page: Page, attempt_id: str) -> None:
    page.goto(f"/pupil/results.html?attempt={attempt_id}")
    page.locator("#main:not([aria-busy])").wait_for()


def test_the_teacher_chooses_when_pupils_see_answers_and_shows_them_now(page, pupil_page, login_as, world,
                                                                         live_server, axe_check):
    # The teacher publishes to the class, keeping the recommended choice.
    login_as(page, TEACHER)
    page.goto(f"/teacher/review-questions.html?id={world.assessment_id}")
    page.locator("#main:not([aria-busy])").wait_for()
    dialog = _publish(page, "when the assessment closes (recommended)", first=True)
    axe_check(page, "publish dialog with when pupils see answers")
    dialog.get_by_role("button", name="Publish to the chosen classes").click()
    expect(dialog).to_have_count(0)
    published = page.get_by_test_id("published-to")
    expect(published.get_by_test_id("answers-words")).to_have_text("Pupils see the answers when you show them.")
    show = published.get_by_role("button", name=f"Show answers now to {CLASS}")
    expect(show).to_be_visible()

    # The pupil finishes: the results page says when the answers will be shown, and shows none.
    attempt_id = _pupil_finishes(live_server.url, world.assessment_id)
    login_as(pupil_page, PUPIL)
    _results(pupil_page, attempt_id)
    expect(pupil_page.get_by_test_id("answers-note")).to_have_text(
        "You will see the answers when your teacher shows them.")
    expect(pupil_page.get_by_role("heading", name="Question 1 of 2")).to_be_visible()
    expect(pupil_page.locator(".review-key")).to_have_count(0)
    axe_check(pupil_page, "pupil results before the answers are shown")

    # "Show answers now": said, audited, and the button becomes "Hide answers again".
    show.click()
    expect(page.get_by_test_id("review-status")).to_contain_text(f"Pupils in {CLASS} who have finished")
    expect(published.get_by_test_id("answers-words")).to_have_text("You have shown pupils the answers.")
    expect(published.get_by_role("button", name=f"Hide answers again from {CLASS}")).to_be_visible()
    axe_check(page, "review page after showing the answers")

    _results(pupil_page, attempt_id)
    expect(pupil_page.get_by_test_id("answers-note")).to_have_text("The right answers are shown with each question.")
    expect(pupil_page.locator(".review-key")).to_have_count(2)
    expect(pupil_page.locator(".review-key").first).to_contain_text("The right answer")
    axe_check(pupil_page, "pupil results with the answers shown")

    # The teacher changes their mind: never. The pupil is told so, and sees no answers.
    dialog = _publish(page, "never", first=False)
    dialog.get_by_role("button", name="Publish to the chosen classes").click()
    expect(dialog).to_have_count(0)
    expect(published.get_by_test_id("answers-words")).to_have_text("Pupils do not see the answers.")
    expect(published.get_by_role("button", name=f"Show answers now to {CLASS}")).to_have_count(0)
    _results(pupil_page, attempt_id)
    expect(pupil_page.get_by_test_id("answers-note")).to_have_text(
        "Your teacher has chosen not to show the answers to this assessment.")
    expect(pupil_page.locator(".review-key")).to_have_count(0)
