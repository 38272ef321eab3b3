"""The materials step of the create-assessment wizard in a real browser: a teacher uploads a small lesson pack
(slides with a picture-only slide, and a quiz), sees each objective and key word with the place it came from
("From: Inside a computer.pptx, slide 2"), is told which slide's picture was read by the computer, sees the
questions found in the quiz, and removes and adds key words as before. A server without Tesseract says so on the
same step, and the rest of the pack is read as usual."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.corpus import formats as f
from tests.documents import picture_builders
from tests.e2e import browser as chromium
from tests.e2e.conftest import started_server

pytestmark = pytest.mark.e2e

DECK = "Inside a computer.pptx"
QUIZ = "Hardware quiz.docx"
PAPER = "Hardware practice paper.docx"
READ_NOTICE = (f"The words in the picture on slide 4 of ‘{DECK}’ were read by the computer. Check what was found "
               "there: it says “read from a picture”.")
NO_OCR = "Pictures with words in them were not read: this server cannot read text in pictures."


def _deck() -> bytes:
    deck = f.new_pptx()
    f.title_slide(deck, "Inside a computer", "Year 8 Computing")
    f.content_slide(deck, "Learning objectives", ["Describe what the CPU does",
                                                  "Explain why a computer needs a motherboard"])
    f.content_slide(deck, "Motherboard", ["The main circuit board that connects all the parts of a computer"])
    only_a_picture = f.blank_slide(deck)
    f.picture(only_a_picture, f.picture_png(picture_builders.ABBREVIATIONS), left=0.4, top=0.6, width=9.2)
    return f.pptx_bytes(deck)


def _quiz() -> bytes:
    document = f.new_docx()
    f.para(document, "Hardware quiz", size=16, bold=True)
    f.table(document, [["1.", "Which part carries out the instructions of a program?"], ["A", "**CPU**"],
                       ["B", "Monitor"], ["C", "Mouse"]])
    f.para(document, "")
    f.table(document, [["2.", "Which part draws the images on the screen?"], ["A", "Keyboard"], ["B", "GPU ✓"]])
    return f.docx_bytes(document)


def _paper() -> bytes:
    """An exam paper whose parts share their question's number: "1", "(a)", "(b)"."""
    document = f.new_docx()
    f.para(document, "Practice paper – hardware", size=16, bold=True)
    f.table(document, [["1", "A school is buying new computers."],
                       ["(a)", "State what the CPU does. [1 mark] ........"],
                       ["(b)", "Explain why a computer needs a motherboard. [2 marks] ........"]])
    return f.docx_bytes(document)


def _pack(folder: Path) -> list[str]:
    (folder / DECK).write_bytes(_deck())
    (folder / QUIZ).write_bytes(_quiz())
    (folder / PAPER).write_bytes(_paper())
    return [str(folder / DECK), str(folder / QUIZ), str(folder / PAPER)]


def _to_the_materials_step(page, login_as, title: str) -> None:
    login_as(page, "teacher")
    page.goto("/teacher/create-assessment.html")
    expect(page.get_by_role("heading", level=2)).to_have_text("Step 1 of 4: Unit")
    new_unit = page.get_by_label("A new unit")
    if new_unit.count():
        new_unit.check()
    page.get_by_label("Title of the new unit").fill(title)
    page.get_by_label("Year group").select_option("8")
    page.get_by_role("button", name="Continue to lesson materials").click()
    expect(page.get_by_role("heading", level=2)).to_have_text("Step 2 of 4: Lesson materials")


def _upload(page, files: list[str]) -> None:
    page.get_by_label("Choose files").set_input_files(files)
    page.get_by_role("button", name="Upload the files").click()
    # Each file is read in a process of its own, the picture with Tesseract: on a busy machine that takes a while.
    expect(page.get_by_test_id("upload-report")).to_contain_text(QUIZ, timeout=30_000)
    expect(page.get_by_test_id("documents-table").get_by_role("rowheader", name=DECK)).to_be_visible()


def _row_of(page, table: str, value: str) -> int:
    """The number of the row of the "objectives" or "vocabulary" table whose objective or key word is `value`
    (waiting for it to be drawn)."""
    found = page.wait_for_function(
        """([testid, part, value]) => {
            const inputs = [...document.querySelectorAll(`[data-testid=${testid}] input[data-part=${part}]`)];
            const index = inputs.findIndex((input) => input.value === value);
            return index >= 0 ? index + 1 : null;
        }""",
        arg=[f"{table}-list", "description" if table == "objectives" else "term", value],
    )
    return found.json_value()


def test_a_teacher_sees_where_each_term_and_objective_came_from(page, login_as, axe_check, screenshot, tmp_path):
    _to_the_materials_step(page, login_as, "Inside a computer (sources browser test)")
    _upload(page, _pack(tmp_path))

    # Objectives and key words, each with the place it was found.
    first = _row_of(page, "objectives", "Describe what the CPU does")
    expect(page.get_by_label(f"Objective {first}", exact=True)).to_have_accessible_description(
        f"From: {DECK}, slide 2")
    motherboard = _row_of(page, "vocabulary", "Motherboard")
    expect(page.get_by_label(f"Meaning of key word {motherboard}")).to_have_accessible_description(
        f"From: {DECK}, slide 3")
    if shutil.which("tesseract"):  # CI and the API image have it; a laptop may not
        cpu = _row_of(page, "vocabulary", "CPU")
        expect(page.get_by_label(f"Meaning of key word {cpu}")).to_have_value(
            re.compile(r"^Central Processing Unit: Carries out the instructions of a program"))
        expect(page.get_by_label(f"Meaning of key word {cpu}")).to_have_accessible_description(
            f"From: {DECK}, slide 4 (read from a picture)")
        expect(page.get_by_test_id("pictures-read")).to_have_text(READ_NOTICE)
    else:
        expect(page.get_by_test_id("pictures-not-read")).to_contain_text(NO_OCR)

    # The questions already in the quiz, with their marked answers.
    questions = page.get_by_test_id("questions-found")
    expect(questions).to_contain_text(f"2 questions found in ‘{QUIZ}’, all with their answers.")
    questions.get_by_text(f"The questions in {QUIZ}").click()
    expect(questions).to_contain_text("Which part draws the images on the screen?")
    expect(questions).to_contain_text("Answer: GPU")
    # An exam paper's parts are listed by the paper's own labels, without their marks or answer lines.
    questions.get_by_text(f"The questions in {PAPER}").click()
    expect(questions.get_by_role("listitem").filter(has_text="1(a) State what the CPU does.")).to_have_text(
        re.compile(r"^1\(a\) State what the CPU does\.No answer given\.$"))
    expect(questions).to_contain_text("1(b) Explain why a computer needs a motherboard.")
    axe_check(page, "create assessment: materials with sources")
    screenshot(page, "create-assessment-materials-sources")
    page.set_viewport_size({"width": 768, "height": 1024})  # a tablet: nothing may scroll sideways
    assert page.evaluate("document.documentElement.scrollWidth") <= 768

    # Remove a key word and add one, as before; then save.
    page.get_by_role("button", name=f"Remove key word {motherboard}").click()
    page.get_by_role("button", name="Add a key word").click()
    added = page.get_by_test_id("vocabulary-list").locator("tbody tr").count()
    page.get_by_label(f"Key word {added}", exact=True).fill("Heat sink")
    page.get_by_label(f"Meaning of key word {added}").fill("A metal part that keeps the CPU cool")
    expect(page.get_by_label(f"Meaning of key word {added}")).to_have_accessible_description("")
    page.get_by_role("button", name="Save and continue to settings").click()
    expect(page.get_by_role("heading", level=2)).to_have_text("Step 3 of 4: Settings")
    unit_id = re.search(r"unit=([0-9a-f-]+)", page.url).group(1)
    saved = page.request.get(f"/api/units/{unit_id}/materials").json()["saved"]["vocabulary"]
    terms = [item["term"] for item in saved]
    assert "Heat sink" in terms
    assert "Motherboard" not in terms


@pytest.fixture(scope="module")
def server_without_ocr(browser, tmp_path_factory):
    """A server of its own whose PATH has no Tesseract, as on a laptop running `make run` without it."""
    empty = tmp_path_factory.mktemp("no-ocr-bin")
    with started_server("ks3-e2e-no-ocr-", PATH=str(empty)) as server:
        yield server


def test_a_server_that_cannot_read_pictures_says_so_and_reads_the_rest(browser, server_without_ocr, login_as,
                                                                         axe_check, tmp_path):
    context = browser.new_context(base_url=server_without_ocr.url, viewport=chromium.VIEWPORT, **chromium.SCHOOL_COMPUTER)
    context.set_default_timeout(10_000)
    problems = chromium.PageProblems(base_url=server_without_ocr.url)
    page = context.new_page()
    problems.attach(page)
    try:
        _to_the_materials_step(page, login_as, "Inside a computer (no OCR browser test)")
        _upload(page, _pack(tmp_path))
        notice = page.get_by_test_id("pictures-not-read")
        expect(notice).to_contain_text(NO_OCR)
        expect(notice).to_contain_text(f"They are on slide 4 of ‘{DECK}’.")
        expect(page.get_by_test_id("upload-report")).to_contain_text(NO_OCR)
        motherboard = _row_of(page, "vocabulary", "Motherboard")
        expect(page.get_by_label(f"Meaning of key word {motherboard}")).to_have_accessible_description(
            f"From: {DECK}, slide 3")
        axe_check(page, "create assessment: materials without OCR")
    finally:
        context.close()
    problems.check()
