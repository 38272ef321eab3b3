"""Corrections in a real browser (issue 19): the teacher changes a pupil's mark with a reason from the pupil's page
(the dialog refuses a missing reason, then saves; the pupil's results show the new mark and the reason), and from
question analysis accepts a common answer for everyone after a confirmation that says how many pupils it changes,
then sees whose mark changed; an attempt reopened after a correction shows the pupil the corrected answer locked,
with why. Every dialog is checked with axe.

A class, teacher, pupils and assessment of their own are made in the server's database, so the demo school the
other browser tests share is left as it was."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass

import httpx
import pytest
from playwright.sync_api import expect
from sqlalchemy import select
from sqlalchemy.ext.asyncio import async_sessionmaker

from app.db import create_engine
from app.models import Answer, Role
from tests.e2e.conftest import DEMO_PASSWORD
from tests.e2e.server import off_playwright_thread
from tests.factories import make_assessment, make_class, make_user
from tests.question_types.samples import sample

pytestmark = pytest.mark.e2e

TEACHER = "corrections-teacher"
PUPILS = {"corrections-cara": "Cara Correct", "corrections-dev": "Dev Accept", "corrections-eli": "Eli Accept"}
REASON = "CPU is the short name for the processor, so this gets full marks."


@dataclass
class World:
    assessment_id: str
    class_id: str
    pupil_ids: dict[str, str]
    attempts: dict[str, str]


async def _make(database_url: str) -> tuple[str, str, dict[str, str]]:
    engine = create_engine(database_url)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session:
            teacher = await make_user(session, Role.teacher, username=TEACHER, password=DEMO_PASSWORD)
            pupils = [await make_user(session, Role.pupil, username=u, password=DEMO_PASSWORD, name=n)
                      for u, n in PUPILS.items()]
            school_class = await make_class(session, name="8 Corrections", teachers=[teacher], pupils=pupils)
            assessment = await make_assessment(session, owner=teacher, questions=[("text_input", sample("text_input"), 2)],
                                               publish_to=[school_class], show_answers="after_finishing",
                                               title="Corrections check", max_attempts=1)
            await session.commit()
            return str(assessment.id), str(school_class.id), {p.username: str(p.id) for p in pupils}
    finally:
        await engine.dispose()


def _finishes(base_url: str, username: str, assessment_id: str, text: str) -> str:
    with httpx.Client(base_url=base_url, timeout=60) as client:
        signed_in = client.post("/api/auth/login", json={"username": username, "password": DEMO_PASSWORD})
        signed_in.raise_for_status()
        client.headers["X-CSRF-Token"] = signed_in.json()["csrf_token"]
        view = client.post(f"/api/pupil/assessments/{assessment_id}/start").json()
        question = view["questions"][0]
        client.post(f"/api/pupil/attempts/{view['attempt_id']}/answers/{question['id']}/submit",
                    json={"answer_data": {"text": text}}).raise_for_status()
        client.post(f"/api/pupil/attempts/{view['attempt_id']}/complete").raise_for_status()
        return view["attempt_id"]


@pytest.fixture(scope="module")
def world(live_server) -> World:
    assessment_id, class_id, pupil_ids = off_playwright_thread(asyncio.run, _make(live_server.database_url))
    answers = {"corrections-cara": "cpu", "corrections-dev": "cpu", "corrections-eli": "the cpu"}
    attempts = {u: _finishes(live_server.url, u, assessment_id, text) for u, text in answers.items()}
    return World(assessment_id, class_id, pupil_ids, attempts)


def test_the_teacher_changes_a_mark_with_a_reason_and_the_pupil_sees_it(page, pupil_page, login_as, world,
                                                                        axe_check):
    login_as(page, TEACHER)
    page.goto(f"/teacher/pupil-detail.html?id={world.pupil_ids['corrections-cara']}")
    page.locator("details.attempt-detail summary").first.click()
    page.get_by_role("button", name="Change the mark for question 1").click()
    dialog = page.get_by_role("dialog", name="Change the mark for question 1")
    expect(dialog).to_be_visible()
    axe_check(page, "the correction dialog")
    dialog.get_by_label("New mark (0 to 2)").fill("2")
    dialog.get_by_role("button", name="Save the new mark").click()
    expect(dialog.get_by_text("Write a reason for the change.")).to_be_visible()
    dialog.get_by_label("Reason for the change").fill(REASON)
    dialog.get_by_role("button", name="Save the new mark").click()
    expect(dialog).to_be_hidden()
    corrections = page.get_by_test_id("corrections")
    expect(corrections).to_contain_text("0 → 2")
    expect(corrections).to_contain_text(REASON)
    expect(page.locator("details.attempt-detail").first).to_contain_text("2 of 2")
    axe_check(page, "the pupil page after a correction")

    login_as(pupil_page, "corrections-cara")
    pupil_page.goto(f"/pupil/results.html?attempt={world.attempts['corrections-cara']}")
    note = pupil_page.get_by_test_id("correction")
    expect(note).to_contain_text("Your teacher checked this answer and changed the mark.")
    expect(note).to_contain_text(REASON)
    axe_check(pupil_page, "pupil results with a corrected mark")


def test_the_teacher_accepts_a_common_answer_for_everyone(page, login_as, world, axe_check):
    login_as(page, TEACHER)
    page.goto(f"/teacher/class-results.html?id={world.assessment_id}&class={world.class_id}&tab=questions")
    wrong = page.get_by_test_id("wrong-answers")
    expect(wrong).to_contain_text("the cpu")
    wrong.get_by_role("button", name="Accept “the cpu” for everyone").click()
    confirm = page.get_by_role("dialog", name="Accept “the cpu” for everyone?")
    expect(confirm.get_by_test_id("accept-message")).to_contain_text("will change the mark of 1 pupil")
    expect(confirm.get_by_test_id("accept-preview")).to_contain_text("Eli Accept: 0 → 2")
    axe_check(page, "the accept-for-everyone confirmation")
    confirm.get_by_role("button", name="Accept and change 1 mark").click()
    done = page.get_by_role("dialog", name="“the cpu” is accepted")
    expect(done.get_by_test_id("accepted-changes")).to_contain_text("Eli Accept: 0 → 2")
    axe_check(page, "whose mark changed")
    done.get_by_role("button", name="Close").click()
    expect(page.get_by_test_id("wrong-answers")).not_to_contain_text("the cpu")


async def _answer_id(database_url: str, attempt_id: str) -> str:
    engine = create_engine(database_url)
    try:
        async with async_sessionmaker(engine)() as session:
            found = await session.scalar(select(Answer.id).where(Answer.attempt_id == uuid.UUID(attempt_id)))
            return str(found)
    finally:
        await engine.dispose()


def test_a_corrected_answer_stays_as_marked_in_a_reopened_attempt(pupil_page, login_as, world, live_server,
                                                                     axe_check):
    """Dev's mark is corrected, then the attempt reopened: the pupil sees the answer locked and the reason."""
    answer_id = off_playwright_thread(asyncio.run, _answer_id(live_server.database_url,
                                                              world.attempts["corrections-dev"]))
    with httpx.Client(base_url=live_server.url, timeout=60) as teacher:
        signed_in = teacher.post("/api/auth/login", json={"username": TEACHER, "password": DEMO_PASSWORD})
        teacher.headers["X-CSRF-Token"] = signed_in.json()["csrf_token"]
        teacher.post(f"/api/marking/answers/{answer_id}/correction",
                     json={"score": 2, "reason": REASON}).raise_for_status()
        teacher.post(f"/api/attempts/{world.attempts['corrections-dev']}/reopen").raise_for_status()
    login_as(pupil_page, "corrections-dev")
    pupil_page.goto(f"/pupil/assessment.html?id={world.assessment_id}")
    expect(pupil_page.get_by_test_id("kept-by-teacher")).to_contain_text(
        "Your teacher has marked this answer, so it stays as it is.")
    expect(pupil_page.get_by_role("button", name="Submit answer")).to_be_hidden()
    expect(pupil_page.get_by_role("textbox", name="Your answer")).not_to_be_editable()
    axe_check(pupil_page, "a reopened attempt with a corrected answer")
