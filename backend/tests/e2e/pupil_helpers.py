"""Helpers for the pupil browser tests (test_pupil_*.py): the demo school's sample assessment as its teacher sees
it (with answer keys), 7A's pupils, answering each of the 14 question types through the page as a pupil would
(the drag-and-drop types with their keyboard alternatives), and reading the server's database afterwards."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlparse

import httpx
from playwright.sync_api import Page, expect
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.demo.sample_assessment import TITLE as SAMPLE_TITLE
from tests.e2e.conftest import DEMO_PASSWORD

SAVED = "Your progress is saved."
SAVED_LOCALLY = "Saved on this computer — will send when connected."
ANSWER_PUT = re.compile(r"/api/pupil/attempts/[^/]+/answers/[^/]+$")


# --- The server's database --------------------------------------------------------------------------------------

def sync_url(database_url: str) -> str:
    """The server's (async) database URL as a synchronous one for the test to read with."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        return url.set(drivername="sqlite").render_as_string(hide_password=False)
    return url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def query(database_url: str, sql: str, **params) -> list[dict]:
    engine = create_engine(sync_url(database_url))
    try:
        with engine.connect() as connection:
            return [dict(row._mapping) for row in connection.execute(text(sql), params)]
    finally:
        engine.dispose()


def class_pupils(database_url: str, class_name: str = "7A") -> list[str]:
    """Usernames of a demo class's pupils, the demo `pupil` first."""
    rows = query(
        database_url,
        "SELECT u.username FROM users u JOIN class_pupils cp ON cp.pupil_id = u.id "
        "JOIN classes c ON c.id = cp.class_id WHERE c.name = :name ORDER BY u.username",
        name=class_name,
    )
    names = [r["username"] for r in rows]
    return sorted(names, key=lambda n: (n != "pupil", n))


def stored_answers(database_url: str, attempt_id: str) -> dict[str, dict]:
    """{question id: {answer_data, seq, scaffold_used, hint_used, status}} for an attempt, from the database."""
    rows = query(
        database_url,
        "SELECT question_id, answer_data, seq, scaffold_used, hint_used, status FROM answers "
        "WHERE attempt_id = :attempt",
        attempt=attempt_id.replace("-", "") if "sqlite" in database_url else attempt_id,
    )
    result = {}
    for row in rows:
        data = row["answer_data"]
        if isinstance(data, str):
            import json

            data = json.loads(data)
        result[_uuid(row["question_id"])] = {**row, "answer_data": data}
    return result


def _uuid(value) -> str:
    import uuid

    return str(uuid.UUID(str(value))) if not isinstance(value, uuid.UUID) else str(value)


# --- The teacher's view of the sample assessment ----------------------------------------------------------------

@dataclass
class SampleQuestion:
    id: str
    type: str
    key: dict
    hint: str | None
    scaffold: dict | None


@dataclass
class Sample:
    id: str
    title: str
    questions: dict[str, SampleQuestion] = field(default_factory=dict)


def teacher_client(base_url: str, username: str = "teacher") -> httpx.Client:
    client = httpx.Client(base_url=base_url, timeout=30)
    response = client.post("/api/auth/login", json={"username": username, "password": DEMO_PASSWORD})
    response.raise_for_status()
    client.headers["X-CSRF-Token"] = response.json()["csrf_token"]
    return client


def sample_assessment(base_url: str) -> Sample:
    """The demo school's sample assessment (all 14 types), with every answer key, as its teacher sees it."""
    client = teacher_client(base_url)
    try:
        listed = client.get("/api/assessments").json()
        found = next(a for a in listed if a["title"] == SAMPLE_TITLE)
        detail = client.get(f"/api/assessments/{found['id']}").json()
    finally:
        client.close()
    sample = Sample(id=detail["id"], title=detail["title"])
    for q in detail["questions"]:
        sample.questions[q["id"]] = SampleQuestion(q["id"], q["type"], q["answer_key"], q["hint"], q["scaffold"])
    return sample


# --- Driving the pages ------------------------------------------------------------------------------------------

def sign_in(page: Page, username: str) -> None:
    """Sign in through the sign-in page and wait for the pupil dashboard to finish drawing."""
    page.goto("/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password", exact=True).fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: urlparse(url).path == "/pupil/dashboard.html")
    wait_drawn(page)


def wait_drawn(page: Page) -> None:
    """The page's module has run and finished drawing (startPage removes aria-busy from <main>)."""
    page.wait_for_load_state("load")
    page.wait_for_function("() => { const m = document.getElementById('main'); "
                           "return m && !m.hasAttribute('aria-busy') && !m.querySelector(':scope > .loading'); }")


def open_assessment(page: Page, assessment_id: str) -> None:
    page.goto(f"/pupil/assessment.html?id={assessment_id}")
    wait_drawn(page)


def heading(page: Page):
    return page.locator("#question-heading")


def current_question(page: Page) -> tuple[str, str]:
    """(question id, type being answered) of the question on screen."""
    section = page.locator("section.question")
    return section.get_attribute("data-question-id"), section.get_attribute("data-question-type")


def read_answer(page: Page) -> dict:
    """The answer on screen, read by the question type's own renderer (what would be saved)."""
    return page.evaluate("""async () => {
        const { rendererFor } = await import('/js/components/question-types/index.js');
        const section = document.querySelector('section.question');
        return rendererFor(section.dataset.questionType).readAnswer(section.querySelector('.question__answer'));
    }""")


def wait_until_saved(page: Page, timeout: float = 15_000) -> None:
    """The server has every answer: "Your progress is saved." and nothing still on its way."""
    status = page.get_by_test_id("save-status")
    expect(status).to_have_attribute("data-pending", "false", timeout=timeout)
    expect(status).to_have_text(SAVED, timeout=timeout)


def press(locator) -> None:
    """Operate a control with the keyboard: focus it, then Enter."""
    locator.focus()
    locator.page.keyboard.press("Enter")


def images_loaded(page: Page) -> None:
    page.wait_for_function("() => [...document.images].every((img) => img.complete && img.naturalWidth > 0)")


# --- Answering each question type through the page --------------------------------------------------------------

def answer_question(page: Page, kind: str, key: dict, *, scaffold_config: dict | None = None) -> None:
    """Answer the question on screen as a pupil would, with the right answer from `key` (the teacher's answer
    key). Drag-and-drop types use their keyboard alternatives (select then place; Move up / Move down)."""
    area = page.get_by_test_id("answer-area")
    if kind == "multiple_choice":
        area.get_by_role("radio", name=key["correct_option"]["text"], exact=True).check()
    elif kind == "multiple_select":
        for option in key["correct_options"]:
            area.get_by_role("checkbox", name=option["text"], exact=True).check()
    elif kind == "text_input":
        box = area.get_by_label("Your answer")
        box.click()
        box.press_sequentially(key["accepted_answers"][0]["text"], delay=30)
    elif kind == "extended_text":
        box = area.get_by_label("Your answer")
        box.click()
        box.press_sequentially(
            "An algorithm is a set of steps that you follow in order to solve a problem. A recipe for a cake is an "
            "algorithm because it lists the steps in order.", delay=2)
    elif kind == "matching":
        for pair in key["pairs"]:
            area.get_by_label(pair["left"], exact=True).select_option(label=pair["right"])
    elif kind == "ordering":
        _order_with_keyboard(area, [item["id"] for item in key["order"]])
    elif kind == "parsons":
        _parsons_with_keyboard(area, key["solution"])
    elif kind == "code_completion":
        blanks = key["blanks"]
        for number, blank_id in enumerate(sorted(blanks, key=lambda b: int(b.split("_")[1])), start=1):
            area.get_by_label(f"Blank {number}", exact=True).fill(blanks[blank_id][0])
    elif kind == "python_code":
        # Typed as a pupil types: Enter after the ":" indents the next line by itself (the editor's help).
        editor = area.get_by_label("Your code")
        editor.click()
        editor.press("Control+a")
        editor.press("Delete")
        first, rest = key["reference_solution"].split("\n", 1)
        editor.press_sequentially(first, delay=5)
        editor.press("Enter")
        editor.press_sequentially(rest.strip(), delay=5)
        expect(editor).to_have_value(key["reference_solution"].rstrip("\n"))
    elif kind == "code_debug":
        area.get_by_label("Your code").fill(key["correct_code"])
    elif kind == "trace_table":
        for cell, value in key["cells"].items():
            area.locator(f'td[data-key="{cell}"] input').fill(value)
    elif kind == "drag_label":
        _label_with_keyboard(area, key["placements"])
    elif kind == "binary_convert":
        answer = scaffold_config["correct_answer"] if scaffold_config else key["correct_answer"]
        area.get_by_label(re.compile(r"^Your answer")).fill(answer)
    elif kind == "logic_gates":
        if scaffold_config:
            outputs = {str(i): row["output"] for i, row in enumerate(scaffold_config["truth_table"]) if row["fill_in"]}
        else:
            outputs = key["outputs"]
        for row, value in outputs.items():
            area.locator(f'.qt-bits[data-row="{row}"] input[value="{value}"]').check()
    else:
        raise AssertionError(f"no way to answer a {kind} question in this test")


def _order_with_keyboard(area, wanted: list[str]) -> None:
    """Put a list in order with the Move up buttons, pressed from the keyboard."""
    for position, item_id in enumerate(wanted):
        while True:
            ids = area.locator("ol.qt-list > li.qt-item").evaluate_all("items => items.map((li) => li.dataset.id)")
            if ids.index(item_id) == position:
                break
            press(area.locator(f'li.qt-item[data-id="{item_id}"] button[data-action="up"]'))


def _parsons_with_keyboard(area, solution: list[dict]) -> None:
    """Add the blocks in solution order, then indent each to its level: all with the keyboard."""
    for block in solution:
        press(area.locator(f'.qt-bank li[data-id="{block["block_id"]}"] button[data-action="add"]'))
    for block in solution:
        for _ in range(block["indent"]):
            press(area.locator(f'ol.qt-list li[data-id="{block["block_id"]}"] button[data-action="indent"]'))


def _label_with_keyboard(area, placements: dict) -> None:
    """Select, then place: press a label (Enter), then press its zone (Enter)."""
    for zone_id, label in placements.items():
        press(area.locator(f'.qt-label[data-label="{label["label_id"]}"]'))
        press(area.locator(f'.qt-zone[data-zone="{zone_id}"]'))
