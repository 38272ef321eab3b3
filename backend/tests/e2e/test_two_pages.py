"""One pupil, one attempt, two screens (two browser contexts: two computers, or two tabs). Between pages the save
the server receives last is the one kept; the page whose answer was replaced shows the stored answer with a calm
note when the pupil comes back to it, moves between questions or presses Finish; every reply says truthfully
whether that save was stored, so nothing acknowledged as saved is lost; and a save kept on one computer while
it was offline is still sent, by the same rule."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from playwright.sync_api import Page, expect

from tests.e2e import browser as chromium
from tests.e2e.pupil_helpers import (
    ANSWER_PUT,
    SAVED_LOCALLY,
    class_pupils,
    current_question,
    heading,
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

CHANGED = "This answer was changed on another screen. This is the newest version."
ANSWER_SAVES = "**/api/pupil/attempts/*/answers/*"


@dataclass
class Saves:
    """Every autosave a page sent and the server's reply, in the order the replies came."""

    replies: list[tuple[str, dict, dict]] = field(default_factory=list)  # (address, what was sent, the reply)

    def watch(self, page: Page) -> None:
        def on_response(response) -> None:
            if response.request.method == "PUT" and ANSWER_PUT.search(response.url) and response.ok:
                self.replies.append((response.url, json.loads(response.request.post_data), response.json()))

        page.on("response", on_response)

    def acknowledged(self, qid: str) -> list[dict]:
        """The answers to this question the server said it stored, in the order it said so."""
        return [body["answer_data"] for url, body, reply in self.replies if url.endswith(qid) and reply["saved"]]


@pytest.fixture(scope="module")
def two_pupils(live_server) -> list[str]:
    """Two of 7A's pupils no other browser test uses (test_pupil_pages.py takes the first four, the results tests
    the last six)."""
    names = [n for n in class_pupils(live_server.database_url) if n != "pupil"]
    return names[5:7]


@pytest.fixture
def screens(browser, live_server, page_problems) -> Iterator[list[Page]]:
    """Two browser contexts: no cookies or storage shared, as on two computers."""
    contexts = []
    pages = []
    for _ in range(2):
        context = browser.new_context(base_url=live_server.url, viewport=chromium.VIEWPORT, **chromium.SCHOOL_COMPUTER)
        context.set_default_timeout(10_000)
        page = context.new_page()
        page_problems.attach(page)
        contexts.append(context)
        pages.append(page)
    yield pages
    for context in contexts:
        context.close()
    page_problems.check()


def open_on_question(page: Page, sample_id: str, kind: str) -> str:
    """Open the sample assessment (start it, or resume it) and go to the question of this type."""
    open_assessment(page, sample_id)
    start = page.get_by_role("button", name="I'm ready — start")
    if start.count():
        start.click()
    expect(heading(page)).to_have_text(re.compile(r"^Question \d+ of \d+$"))
    while current_question(page)[1] != kind:
        page.get_by_role("button", name="Next question").click()
    return current_question(page)[0]


def type_answer(page: Page, text: str) -> None:
    box = page.get_by_test_id("answer-area").get_by_label("Your answer")
    box.fill(text)


def come_back_to(page: Page) -> None:
    """The pupil returns to this screen. Headless browsers do not move focus between windows, so the test tells
    the page what the browser tells it when its window gets focus back."""
    page.bring_to_front()
    page.evaluate("window.dispatchEvent(new Event('focus'))")


def stored_text(database_url: str, attempt_id: str, qid: str) -> str | None:
    return (stored_answers(database_url, attempt_id)[qid]["answer_data"] or {}).get("text")


def check_truthful(saves: Saves) -> None:
    """A save answered as not stored was passed by a newer save of the same page, and the reply says whose."""
    for _url, body, reply in saves.replies:
        if not reply["saved"]:
            assert reply["page"] == body["page"], (body, reply)
            assert reply["seq"] >= body["seq"], (body, reply)


def test_an_answer_changed_on_another_screen_is_shown_there_with_a_note(screens, live_server, two_pupils, screenshot):
    first, second = screens
    saves = Saves()
    saves.watch(first)
    saves.watch(second)
    sample = sample_assessment(live_server.url)
    for page in screens:
        sign_in(page, two_pupils[0])

    qid = open_on_question(first, sample.id, "text_input")
    attempt_id = first.locator(".attempt").get_attribute("data-attempt-id")
    assert open_on_question(second, sample.id, "text_input") == qid  # both screens open before anything is typed
    for draft in ("from", "from the first", "from the first screen"):
        type_answer(first, draft)
        wait_until_saved(first)

    # The second screen's counter is lower than the first's, but its save is the one received last.
    type_answer(second, "from the second screen")
    wait_until_saved(second)
    assert stored_text(live_server.database_url, attempt_id, qid) == "from the second screen"

    # Back on the first screen: the stored answer is shown, with the note; nothing else is said.
    come_back_to(first)
    note = first.get_by_test_id("changed-elsewhere")
    expect(note).to_have_text(CHANGED)
    expect(note).to_have_attribute("role", "note")
    assert read_answer(first) == {"text": "from the second screen"}
    screenshot(first, "pupil-answer-changed-on-another-screen")
    type_answer(first, "from the second screen, finished on the first")
    wait_until_saved(first)
    assert stored_text(live_server.database_url, attempt_id, qid) == "from the second screen, finished on the first"

    # The second screen finds out when the pupil moves between questions.
    second.get_by_role("button", name="Next question").click()
    second.get_by_role("button", name="Previous question").click()
    expect(second.get_by_test_id("changed-elsewhere")).to_have_text(CHANGED)
    assert read_answer(second) == {"text": "from the second screen, finished on the first"}

    # …and before finishing: an answer changed elsewhere is shown before anything is submitted.
    while not second.get_by_role("button", name="Finish assessment").count():
        second.get_by_role("button", name="Next question").click()
    come_back_to(first)
    type_answer(first, "changed while the other screen finishes")
    wait_until_saved(first)
    second.get_by_role("button", name="Finish assessment").click()
    expect(second.get_by_test_id("feedback")).to_contain_text("was changed on another screen")
    expect(second.get_by_role("dialog")).to_have_count(0)
    status = query(live_server.database_url, "SELECT status FROM attempts WHERE id = :id",
                   id=attempt_id.replace("-", "") if "sqlite" in live_server.database_url else attempt_id)
    assert status[0]["status"] == "in_progress"

    # Nothing acknowledged as saved was lost: what is stored is the last save the server said it stored.
    assert saves.acknowledged(qid)[-1] == {"text": "changed while the other screen finishes"}
    assert stored_text(live_server.database_url, attempt_id, qid) == "changed while the other screen finishes"
    check_truthful(saves)
    pages = {body["page"] for _url, body, _reply in saves.replies}
    assert len(pages) == 2, "each screen sends an id of its own"


def test_a_save_kept_offline_on_one_screen_is_still_sent(screens, live_server, two_pupils, page_problems):
    page_problems.allow(r"Request failed: PUT /api/pupil/attempts/.*ERR_INTERNET_DISCONNECTED")  # offline on purpose
    first, second = screens
    sample = sample_assessment(live_server.url)
    for page in screens:
        sign_in(page, two_pupils[1])
    qid = open_on_question(first, sample.id, "text_input")
    attempt_id = first.locator(".attempt").get_attribute("data-attempt-id")
    assert open_on_question(second, sample.id, "text_input") == qid

    first.route(ANSWER_SAVES, lambda route: route.abort("internetdisconnected"))
    type_answer(first, "typed while offline")
    expect(first.get_by_test_id("save-status")).to_have_text(SAVED_LOCALLY)
    type_answer(second, "typed on the other screen")
    wait_until_saved(second)
    assert stored_text(live_server.database_url, attempt_id, qid) == "typed on the other screen"

    # The first screen is closed while offline (so the last-chance save as it closes cannot get through either)
    # and opened again while saves still fail: its answer is kept on that computer and shown…
    url = first.url
    first.context.set_offline(True)
    first.goto("about:blank")
    first.context.set_offline(False)
    first.goto(url)
    wait_drawn(first)
    assert read_answer(first) == {"text": "typed while offline"}
    assert stored_text(live_server.database_url, attempt_id, qid) == "typed on the other screen"
    # …and sent when the network is back. The server received it last, so it is the one kept.
    first.unroute(ANSWER_SAVES)
    wait_until_saved(first, timeout=20_000)  # sent by the retry, nothing typed again
    assert stored_text(live_server.database_url, attempt_id, qid) == "typed while offline"

    come_back_to(second)
    expect(second.get_by_test_id("changed-elsewhere")).to_have_text(CHANGED)
    assert read_answer(second) == {"text": "typed while offline"}
