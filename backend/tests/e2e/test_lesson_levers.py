"""A teacher's levers on the class results page in a real browser (issue 18): handing in a pupil's attempt,
reopening one (and the reason shown when it cannot be), giving one pupil another attempt and taking it away; and a
pupil signing in to find, said plainly once, that their assessment was handed in when it closed. Every state is
checked with axe.

A class of its own (7L, its own teacher and four pupils) and two assessments of its own are made in the server's
database, so the other browser tests' demo school is left as it was:

  ada  finishes, then is reopened by the teacher
  ben  starts, is handed in by the teacher, then given another attempt
  cy   finishes and opens results with the answers shown: reopening is refused
  dee  starts the second assessment, whose window then closes: the worker hands it in
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta

import httpx
import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import create_engine as create_sync_engine
from sqlalchemy import text
from sqlalchemy.ext.asyncio import async_sessionmaker

from app.db import create_engine
from app.models import Role, utcnow
from app.services.attempts import closing
from tests.e2e.conftest import DEMO_PASSWORD
from tests.e2e.pupil_helpers import sync_url
from tests.e2e.server import off_playwright_thread
from tests.factories import make_assessment, make_class, make_user

pytestmark = pytest.mark.e2e

PUPILS = ("ada", "ben", "cy", "dee")
HANDED_IN_WHEN_CLOSED = "This assessment was handed in when it closed. Your answers were saved."


@dataclass
class Levers:
    class_id: str
    check_id: str  # the assessment the teacher works on
    closing_id: str  # the one whose window closes
    pupils: dict[str, str]  # short name -> user id


async def _make(database_url: str) -> Levers:
    engine = create_engine(database_url)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session:
            teacher = await make_user(session, Role.teacher, username="levers-teacher", password=DEMO_PASSWORD)
            pupils = {name: await make_user(session, Role.pupil, username=f"levers-{name}", password=DEMO_PASSWORD,
                                            name=f"{name.title()} Levers") for name in PUPILS}
            school_class = await make_class(session, name="7L", teachers=[teacher], pupils=list(pupils.values()))
            check = await make_assessment(session, owner=teacher, questions=["binary_convert", "multiple_choice"],
                                          publish_to=[school_class], title="Levers check", show_answers="after_finishing",
                                          max_attempts=1)
            closes = await make_assessment(session, owner=teacher, questions=["binary_convert"],
                                           publish_to=[school_class], title="Levers closing")
            await session.commit()
            return Levers(str(school_class.id), str(check.id), str(closes.id),
                          {name: str(user.id) for name, user in pupils.items()})
    finally:
        await engine.dispose()


@contextmanager
def _pupil(base_url: str, name: str) -> Iterator[httpx.Client]:
    """A pupil signed in to the API, as the pupil pages are."""
    with httpx.Client(base_url=base_url, timeout=60) as client:
        response = client.post("/api/auth/login", json={"username": f"levers-{name}", "password": DEMO_PASSWORD})
        response.raise_for_status()
        client.headers["X-CSRF-Token"] = response.json()["csrf_token"]
        yield client


def _start_and_save(client: httpx.Client, assessment_id: str) -> str:
    view = client.post(f"/api/pupil/assessments/{assessment_id}/start").json()
    first = next(q for q in view["questions"] if q["type"] == "binary_convert")
    saved = client.put(f"/api/pupil/attempts/{view['attempt_id']}/answers/{first['id']}",
                       json={"answer_data": {"answer": "172"}, "seq": 1})
    saved.raise_for_status()
    return view["attempt_id"]


@pytest.fixture(scope="module")
def levers(live_server) -> Levers:
    made = off_playwright_thread(asyncio.run, _make(live_server.database_url))
    for name in ("ada", "ben", "cy"):
        with _pupil(live_server.url, name) as client:
            attempt_id = _start_and_save(client, made.check_id)
            if name != "ben":
                client.post(f"/api/pupil/attempts/{attempt_id}/complete").raise_for_status()
            if name == "cy":  # no attempts left, so results review shows the answers
                client.get(f"/api/pupil/attempts/{attempt_id}/results").raise_for_status()
    return made


def _row(page: Page, levers: Levers, name: str):
    return page.get_by_test_id("pupil-table").locator(f"tr[data-pupil='{levers.pupils[name]}']")


def _confirm(page: Page, title: str, button: str) -> None:
    dialog = page.get_by_role("dialog", name=title)
    expect(dialog).to_be_visible()
    dialog.get_by_role("button", name=button).click()
    expect(dialog).to_have_count(0)


def test_a_teacher_hands_in_reopens_and_gives_another_attempt(page, login_as, levers, live_server, axe_check,
                                                               screenshot):
    login_as(page, "levers-teacher")
    page.goto(f"/teacher/class-results.html?id={levers.check_id}&class={levers.class_id}")
    page.locator("#main:not([aria-busy])").wait_for()
    status = page.get_by_test_id("levers-status")
    expect(_row(page, levers, "ada")).to_contain_text("Finished")
    axe_check(page, "class results with the teacher's levers")

    # Hand in Ben's open attempt: a calm confirm first, then the row says how it ended.
    _row(page, levers, "ben").get_by_role("button", name="Hand in for Ben Levers").click()
    _confirm(page, "Hand in Ben Levers’s assessment?", "Hand it in")
    expect(status).to_contain_text("Ben Levers’s assessment was handed in.")
    expect(_row(page, levers, "ben")).to_contain_text("Handed in by teacher")

    # Reopen Ada's finished attempt.
    _row(page, levers, "ada").get_by_role("button", name="Reopen for Ada Levers").click()
    _confirm(page, "Reopen Ada Levers’s attempt?", "Reopen it")
    expect(status).to_contain_text("Ada Levers’s attempt is open again.")
    expect(_row(page, levers, "ada")).to_contain_text("In progress")

    # Cy has seen the answers: the refusal is shown, in the server's words, and nothing changes.
    _row(page, levers, "cy").get_by_role("button", name="Reopen for Cy Levers").click()
    _confirm(page, "Reopen Cy Levers’s attempt?", "Reopen it")
    expect(status).to_contain_text("Cy Levers has already been shown the answers to this assessment")
    expect(status.locator("p")).to_be_focused()
    expect(_row(page, levers, "cy")).to_contain_text("Finished")
    axe_check(page, "a reopening refused, with the reason")

    # Give Ben one more attempt; the extension is listed, and Ben may start again.
    _row(page, levers, "ben").get_by_role("button", name="More time or attempts for Ben Levers").click()
    dialog = page.get_by_role("dialog", name="More time or another attempt for Ben Levers")
    expect(dialog).to_be_visible()
    axe_check(page, "the extension dialog")
    screenshot(page, "levers-extension-dialog")
    dialog.get_by_label("Extra attempts").fill("1")
    dialog.get_by_role("button", name="Save").click()
    expect(status).to_contain_text("Ben Levers’s extension was saved.")
    extensions = page.get_by_test_id("extensions")
    expect(extensions).to_contain_text("Ben Levers (7L): 1 extra attempt.")
    axe_check(page, "class results with an extension")
    screenshot(page, "levers-class-results")
    with _pupil(live_server.url, "ben") as ben:
        cards = ben.get("/api/pupil/assessments").json()["available"]
        check = [(c["attempts_used"], c["max_attempts"]) for c in cards if c["assessment_id"] == levers.check_id]
        assert check == [(1, 2)], "Ben may start a second attempt"

    # A later closing time as well, through the same dialog, then the extension is removed.
    _row(page, levers, "ben").get_by_role("button", name="More time or attempts for Ben Levers").click()
    dialog = page.get_by_role("dialog", name="More time or another attempt for Ben Levers")
    expect(dialog.get_by_label("Extra attempts")).to_have_value("1")
    dialog.get_by_role("button", name="Remove this extension").click()
    expect(status).to_contain_text("Ben Levers’s extension was removed.")
    expect(extensions).to_contain_text("Nobody has more time or extra attempts.")


def _close_window(database_url: str, assessment_id: str) -> None:
    engine = create_sync_engine(sync_url(database_url))
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE assessment_classes SET available_until = :until WHERE assessment_id = :a"),
                               {"until": utcnow() - timedelta(minutes=5), "a": assessment_id})
    finally:
        engine.dispose()


async def _sweep(database_url: str) -> None:
    """What the server's background worker does every half minute (run now, so the test need not wait)."""
    engine = create_engine(database_url)
    try:
        await closing.hand_in_due(async_sessionmaker(engine, expire_on_commit=False))
    finally:
        await engine.dispose()


def test_a_pupil_is_told_once_that_their_assessment_was_handed_in_when_it_closed(page, login_as, levers,
                                                                                live_server, axe_check, screenshot):
    with _pupil(live_server.url, "dee") as dee:
        _start_and_save(dee, levers.closing_id)
    _close_window(live_server.database_url, levers.closing_id)
    off_playwright_thread(asyncio.run, _sweep(live_server.database_url))

    login_as(page, "levers-dee")
    notice = page.get_by_test_id("end-notice")
    expect(notice).to_have_count(1)
    expect(notice).to_contain_text("Levers closing")
    expect(notice).to_contain_text(HANDED_IN_WHEN_CLOSED)
    axe_check(page, "the dashboard saying an assessment was handed in")
    screenshot(page, "levers-pupil-notice")

    notice.get_by_role("button", name="I have read this about Levers closing").click()
    expect(notice).to_have_count(0)
    page.reload()
    page.locator("#main:not([aria-busy])").wait_for()
    expect(page.get_by_test_id("end-notice")).to_have_count(0)
    finished = page.locator(f"[data-testid=completed][data-assessment-id='{levers.closing_id}']")
    expect(finished).to_be_visible()
