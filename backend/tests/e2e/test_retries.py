"""Honest retries in a real browser (issue 19): the teacher chooses what a right answer after another try is
worth on the assessment's settings form, and class results show each pupil's first-try percentage beside the
final one; changing the retry credit counts the answers already given again. Each screen is checked with axe.

A class of its own (7R, its own teacher and two pupils) and an assessment of its own are made in the server's
database, so the demo school is left as it was:

  ana  right at the first try on both questions                    -> 100%, first try 100%
  bo   question 1 right only at the second try (reduced credit)     -> 75%, first try 50%
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import httpx
import pytest
from playwright.sync_api import Page, expect

from app.db import create_engine
from app.models import Role
from tests.e2e.conftest import DEMO_PASSWORD
from tests.e2e.server import off_playwright_thread
from tests.factories import make_assessment, make_class, make_user

pytestmark = pytest.mark.e2e

QUESTION = {"type": "multiple_choice", "config": {"type": "multiple_choice", "shuffle_options": False, "options": [
    {"id": "a", "text": "8 bits", "is_correct": True},
    {"id": "b", "text": "4 bits", "is_correct": False},
    {"id": "c", "text": "16 bits", "is_correct": False},
]}}


@dataclass
class Made:
    assessment_id: str
    class_id: str
    pupils: dict[str, str]  # short name -> user id


async def _make(database_url: str) -> Made:
    from sqlalchemy.ext.asyncio import async_sessionmaker

    engine = create_engine(database_url)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session:
            teacher = await make_user(session, Role.teacher, username="retries-teacher", password=DEMO_PASSWORD)
            pupils = {name: await make_user(session, Role.pupil, username=f"retries-{name}", password=DEMO_PASSWORD,
                                            name=f"{name.title()} Retries") for name in ("ana", "bo")}
            school_class = await make_class(session, name="7R", teachers=[teacher], pupils=list(pupils.values()))
            assessment = await make_assessment(session, owner=teacher, questions=[QUESTION, QUESTION],
                                               publish_to=[school_class], title="Retries check")
            await session.commit()
            return Made(str(assessment.id), str(school_class.id), {n: str(u.id) for n, u in pupils.items()})
    finally:
        await engine.dispose()


def _take(base_url: str, assessment_id: str, name: str, tries: list[list[str]]) -> None:
    """The pupil answers each question with the options named (by text), in order, then finishes."""
    with httpx.Client(base_url=base_url, timeout=60) as client:
        signed = client.post("/api/auth/login", json={"username": f"retries-{name}", "password": DEMO_PASSWORD})
        signed.raise_for_status()
        client.headers["X-CSRF-Token"] = signed.json()["csrf_token"]
        view = client.post(f"/api/pupil/assessments/{assessment_id}/start").json()
        for question, texts in zip(view["questions"], tries, strict=True):
            ids = {o["text"]: o["id"] for o in question["view"]["options"]}
            for text in texts:
                client.post(f"/api/pupil/attempts/{view['attempt_id']}/answers/{question['id']}/submit",
                            json={"answer_data": {"selected_option": ids[text]}}).raise_for_status()
        client.post(f"/api/pupil/attempts/{view['attempt_id']}/complete").raise_for_status()


@pytest.fixture(scope="module")
def made(live_server) -> Made:
    created = off_playwright_thread(asyncio.run, _make(live_server.database_url))
    _take(live_server.url, created.assessment_id, "ana", [["8 bits"], ["8 bits"]])
    _take(live_server.url, created.assessment_id, "bo", [["16 bits", "8 bits"], ["8 bits"]])
    return created


def _row(page: Page, made: Made, name: str):
    return page.get_by_test_id("pupil-table").locator(f"tr[data-pupil='{made.pupils[name]}']")


def test_class_results_show_the_first_try_beside_the_final_percentage(page, login_as, made, axe_check):
    login_as(page, "retries-teacher")
    page.goto(f"/teacher/class-results.html?id={made.assessment_id}&class={made.class_id}")
    page.locator("#main:not([aria-busy])").wait_for()
    table = page.get_by_test_id("pupil-table")
    expect(table.get_by_role("columnheader", name="First-try percentage")).to_be_visible()
    expect(_row(page, made, "bo").locator("td[data-column='first-try']")).to_have_text("50%")
    expect(_row(page, made, "bo")).to_contain_text("75%")
    expect(_row(page, made, "ana").locator("td[data-column='first-try']")).to_have_text("100%")
    axe_check(page, "class results with the first-try column")


def test_the_teacher_chooses_what_retries_are_worth_on_the_settings_form(page, login_as, made, axe_check,
                                                                       live_server):
    login_as(page, "retries-teacher")
    page.goto(f"/teacher/review-questions.html?id={made.assessment_id}")
    page.locator("#main:not([aria-busy])").wait_for()
    page.get_by_role("tab", name="Settings").click()
    menu = page.get_by_label("Marks for a right answer after another try")
    expect(menu).to_have_value("reduced")  # a new assessment's default
    axe_check(page, "assessment settings with the retry credit")
    menu.select_option(label="Only the first try counts for marks")
    page.get_by_role("button", name="Save settings").click()
    # Bo's answer right at the second try counted half; with only the first try counting it is worth nothing now.
    expect(page.get_by_test_id("settings-status")).to_contain_text(
        "The settings are saved. 1 answer given so far now counts for a different mark.")
    page.reload()
    page.locator("#main:not([aria-busy])").wait_for()
    page.get_by_role("tab", name="Settings").click()
    expect(page.get_by_label("Marks for a right answer after another try")).to_have_value("none")
    page.goto(f"/teacher/class-results.html?id={made.assessment_id}&class={made.class_id}")
    page.locator("#main:not([aria-busy])").wait_for()
    expect(_row(page, made, "bo").locator("td[data-column='first-try']")).to_have_text("50%")
    expect(_row(page, made, "bo")).to_contain_text("2 of 4")  # was 3 of 4 (75%): question 1 now counts for 0
