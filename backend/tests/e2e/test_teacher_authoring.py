"""The teacher's authoring screens in a real browser against a real server: the home page, the assessments list,
review and edit (the editors of several question types, a refused save with its message beside the field, adding
and reordering questions, settings), Preview as pupil (the pupil screens, no answer key in the page, nothing
sent), publishing to 7A with dates, archiving, and units with topics, objectives, strands and documents.

Every screen is checked with axe and screenshotted at 1280 and 768 pixels wide."""

from __future__ import annotations

import re
import struct
import zlib
from datetime import datetime, timedelta
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from playwright.sync_api import Page, expect

from app.demo.sample_assessment import TITLE as SAMPLE_TITLE
from tests.documents.builders import lesson_plan_docx
from tests.e2e.conftest import DEMO_PASSWORD
from tests.e2e.pupil_helpers import class_pupils, teacher_client, wait_drawn

pytestmark = pytest.mark.e2e

WIDTHS = (1280, 768)
KEY_WORDS_IN_DATA = (
    "is_correct",
    "correct_option",
    "answer_key",
    "reference_solution",
    "correct_answers",
    "mark_scheme",
    "correct_position",
    "correct_label",
    "accepted_answers",
    "correct_code",
)


def look(page: Page, screenshot, axe_check, name: str) -> None:
    """axe on the page as it is, then a screenshot at each width (768 px must not scroll sideways)."""
    axe_check(page, f"teacher {name}")
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        if width == 768:
            scroll = page.evaluate("document.documentElement.scrollWidth")
            assert scroll <= 768, f"{name} is {scroll}px wide at 768px: it scrolls sideways"
        screenshot(page, f"teacher-{name}-{width}")
    page.set_viewport_size({"width": 1280, "height": 800})


def card(page: Page, number: int):
    return page.locator(f"#question-{number}")


def edit(page: Page, number: int):
    page.get_by_role("button", name=f"Edit question {number}", exact=True).click()
    form = card(page, number).locator("form.review-form")
    expect(form).to_be_visible()
    return form


def save(page: Page, number: int) -> None:
    page.get_by_role("button", name=f"Save question {number}", exact=True).click()
    expect(card(page, number).get_by_test_id("card-status")).to_contain_text(f"Question {number} is saved.")


def question_order(client, assessment_id: str) -> list[str]:
    return [q["id"] for q in client.get(f"/api/assessments/{assessment_id}").json()["questions"]]


def words_for(moment: datetime) -> str:
    """How the page says a date and time: "Friday 14 March at 09:00"."""
    return f"{moment:%A} {moment.day} {moment:%B} at {moment:%H:%M}"


def test_a_teacher_edits_previews_publishes_and_archives_a_copy(
    page, login_as, axe_check, screenshot, live_server
):
    client = teacher_client(live_server.url)
    login_as(page, "teacher")
    look(page, screenshot, axe_check, "home")

    # The list: find the demo assessment and duplicate it, so the published demo stays as it is.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Assessments").click()
    wait_drawn(page)
    page.get_by_label("Title contains").fill("check your understanding")
    page.get_by_role("button", name="Show matching assessments").click()
    rows = page.get_by_test_id("assessment-row")
    original = rows.filter(has=page.get_by_role("heading", name=SAMPLE_TITLE, exact=True))
    expect(original).to_have_count(1)
    expect(original.locator("[data-status=published]")).to_have_text("Published")
    expect(original).to_contain_text("14 questions")
    expect(original).to_contain_text("7A: Open now, with no closing date")
    look(page, screenshot, axe_check, "assessments")
    original.get_by_role("button", name=re.compile(r"^Duplicate")).click()
    status = page.get_by_test_id("list-status")
    expect(status).to_contain_text(f"A copy was made: ‘{SAMPLE_TITLE} (copy)’. It is a draft.")
    status.get_by_role("link", name="Open the copy").click()
    wait_drawn(page)
    copy_id = parse_qs(urlparse(page.url).query)["id"][0]
    expect(page.get_by_role("heading", level=1)).to_have_text(f"{SAMPLE_TITLE} (copy)")
    expect(page.locator("[data-status=draft]")).to_have_text("Draft")
    expect(page.get_by_test_id("question-card")).to_have_count(14)
    expect(card(page, 1).locator(".review-key")).to_contain_text("Correct answer: 8 bits")
    look(page, screenshot, axe_check, "review")

    # 1. Multiple choice: remove the correct option, so no option is correct. The refusal is shown beside the
    #    options, and everything typed stays on screen. Then fix it and save.
    form = edit(page, 1)
    form.get_by_label("Question text", exact=True).fill("How many bits are in one byte?")
    form.get_by_test_id("type-editor").get_by_role("button", name="Remove option 1").click()
    page.get_by_role("button", name="Save question 1", exact=True).click()
    options = form.get_by_test_id("type-editor").locator("[data-list=options]")
    expect(options.locator(".review-problem")).to_have_text(
        "Needs fixing: Mark one option as the correct answer."
    )
    expect(form.get_by_test_id("form-status")).to_contain_text("This question cannot be saved yet.")
    expect(options.locator(".qt-editor-row")).to_have_count(3)
    expect(form.get_by_label("Question text", exact=True)).to_have_value("How many bits are in one byte?")
    assert page.evaluate("document.activeElement.closest('[data-list=options]') !== null"), (
        "focus should go to the options"
    )
    look(page, screenshot, axe_check, "review-refused-save")
    form.get_by_test_id("type-editor").get_by_role("button", name="Add an option").click()
    form.get_by_test_id("type-editor").locator("[data-list=options] [data-field=text]").nth(3).fill("8 bits")
    form.get_by_test_id("type-editor").get_by_role("radio", name="This is the correct answer").nth(3).check()
    save(page, 1)
    expect(card(page, 1).locator(".review-key")).to_contain_text("Correct answer: 8 bits")
    expect(card(page, 1).locator(".review-card__text")).to_have_text("How many bits are in one byte?")

    # 2. Binary conversion, with common fields and its easier version (itself a question, with its own editor):
    #    the server works out the new answers.
    form = edit(page, 3)
    form.get_by_test_id("type-editor").locator("[data-field=given_value]").fill("0000 1100")
    form.get_by_label("Points").fill("3")
    form.get_by_label("Hint (optional)").fill("Add the place values of the 1s.")
    expect(form.get_by_label("Give pupils an easier version of this question")).to_be_checked()
    form.get_by_label("Question text of the easier version").fill("Convert the binary number 110 to denary.")
    form.get_by_test_id("scaffold-editor").locator("[data-field=given_value]").fill("110")
    save(page, 3)
    expect(card(page, 3).locator(".review-key")).to_have_text(re.compile(r"Correct answer: 12$"))
    expect(card(page, 3).get_by_text("3 points", exact=True)).to_be_visible()
    card(page, 3).get_by_text("Hint, easier version and feedback").click()
    expect(card(page, 3).locator(".review-card__more")).to_contain_text(
        "Binary, denary and hex: Convert the binary number 110 to denary."
    )
    third = client.get(f"/api/assessments/{copy_id}").json()["questions"][2]
    assert third["config"]["correct_answer"] == "12"
    assert third["scaffold"]["config"]["correct_answer"] == "6"

    # 3. Ordering: change an item's words.
    form = edit(page, 4)
    form.get_by_test_id("type-editor").locator("[data-list=items] [data-field=text]").nth(3).fill(
        "See your home screen appear"
    )
    save(page, 4)
    expect(card(page, 4).locator(".review-key li").nth(3)).to_have_text("See your home screen appear")

    # 4. Short text answer: another accepted answer, and a picture uploaded to /api/media with its description
    #    (a picture without one is refused beside the description box).
    form = edit(page, 6)
    form.get_by_test_id("type-editor").get_by_role("button", name="Add an accepted answer").click()
    form.get_by_test_id("type-editor").locator("[data-list=accepted_answers] [data-field=text]").nth(2).fill(
        "an integer"
    )
    form.get_by_label("Upload a picture").set_input_files(
        {"name": "age.png", "mimeType": "image/png", "buffer": png_bytes()}
    )
    expect(form.locator(".review-picture__progress")).to_have_text(
        "age.png is uploaded. Save the question to keep it."
    )
    page.get_by_role("button", name="Save question 6", exact=True).click()
    expect(form.locator(".review-problem[data-field=image_alt]")).to_have_text(
        "Needs fixing: Describe the picture for pupils who cannot see it."
    )
    expect(form.get_by_label("Describe the picture")).to_be_focused()
    form.get_by_label("Describe the picture").fill("A box labelled age holding the number 12")
    save(page, 6)
    expect(card(page, 6).locator(".review-key")).to_contain_text("“an integer” – full marks")
    expect(card(page, 6).get_by_role("img", name="A box labelled age holding the number 12")).to_be_visible()

    # 5. Logic gates: OR instead of AND; the outputs are computed again.
    form = edit(page, 8)
    form.get_by_test_id("type-editor").locator("[data-field=gate]").fill("A OR B")
    save(page, 8)
    expect(card(page, 8).locator(".review-key")).to_contain_text("When A = 1, B = 0: output 1")

    # 6. Matching: a pair's answer.
    form = edit(page, 2)
    form.get_by_test_id("type-editor").locator("[data-list=pairs] [data-field=right]").nth(2).fill(
        "Repeating instructions"
    )
    save(page, 2)
    expect(card(page, 2).locator(".review-key")).to_contain_text("Iteration → Repeating instructions")

    # Add a question: a starter that cannot be saved until it is answerable.
    page.get_by_label("Type of question").select_option(label="Binary, denary and hex")
    page.get_by_role("button", name="Add a question").click()
    new = page.locator("[data-testid=question-card]").last
    expect(new.get_by_role("heading", level=3)).to_have_text("New question (Binary, denary and hex)")
    expect(new.get_by_label("Question text", exact=True)).to_be_focused()
    new.get_by_role("button", name="Add this question", exact=True).click()
    expect(new.locator(".review-problem").first).to_have_text("Needs fixing: Write the question text.")
    new.get_by_label("Question text", exact=True).fill("Convert the binary number 1111 to denary.")
    new.get_by_role("button", name="Add this question", exact=True).click()
    expect(new.locator(".review-problem[data-field='config.given_value']")).to_contain_text(
        "is not a binary number"
    )
    new.get_by_test_id("type-editor").locator("[data-field=given_value]").fill("1111")
    new.get_by_role("button", name="Add this question", exact=True).click()
    expect(card(page, 15).get_by_test_id("card-status")).to_contain_text("Question 15 is saved.")
    expect(card(page, 15).locator(".review-key")).to_have_text(re.compile(r"Correct answer: 15$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(f"{SAMPLE_TITLE} (copy)")
    expect(page.locator(".review-top__meta")).to_contain_text("15 questions")

    # Reorder with the keyboard: Move down on question 1; focus stays on the button, now on question 2.
    before = question_order(client, copy_id)
    assert len(before) == 15
    page.get_by_role("button", name="Move down question 1", exact=True).focus()
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("list-announcer")).to_have_text(
        "Moved to position 2 of 15. The new order is saved."
    )
    expect(page.get_by_role("button", name="Move down question 2", exact=True)).to_be_focused()
    expect(card(page, 2).get_by_test_id("card-note")).to_have_text(
        "Moved to position 2 of 15. The new order is saved."
    )
    after = question_order(client, copy_id)
    assert after == [before[1], before[0], *before[2:]]
    # The first question cannot move up: it says so, and nothing changes.
    page.get_by_role("button", name="Move up question 1", exact=True).focus()
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("list-announcer")).to_contain_text("Question 1 is already first.")
    assert question_order(client, copy_id) == after

    # Reorder by dragging the grip of question 2 above question 1.
    page.set_viewport_size({"width": 1280, "height": 1600})  # both cards on screen at once
    card(page, 1).evaluate("(element) => element.scrollIntoView({ block: 'start' })")
    page.evaluate("window.scrollBy(0, -100)")  # both cards' tops on screen, clear of the edge that scrolls
    grip = card(page, 2).locator(".review-card__grip")
    start = grip.bounding_box()
    target = card(page, 1).bounding_box()
    page.mouse.move(start["x"] + 20, start["y"] + 10)
    page.mouse.down()
    for step in range(1, 11):
        page.mouse.move(start["x"] + 20, start["y"] + 10 + (target["y"] + 20 - start["y"] - 10) * step / 10)
    page.mouse.up()
    expect(page.get_by_test_id("list-announcer")).to_have_text(
        "Moved to position 1 of 15. The new order is saved."
    )
    assert question_order(client, copy_id) == before
    page.set_viewport_size({"width": 1280, "height": 800})

    # Settings: a number out of range is named beside its field; then saved.
    page.get_by_role("tab", name="Settings").click()
    page.get_by_label("Attempts allowed").fill("0")
    page.get_by_role("button", name="Save settings").click()
    expect(
        page.locator(".field", has=page.get_by_label("Attempts allowed")).locator(".field__error")
    ).to_have_text("Type a whole number from 1 to 20.")
    page.get_by_label("Attempts allowed").fill("2")
    page.get_by_label("Time limit in minutes (optional)").fill("30")
    page.get_by_label(re.compile(r"^Show pupils the time left")).check()
    page.get_by_label("Mix up the order of the questions for each pupil").check()
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_test_id("settings-status")).to_have_text("The settings are saved.")
    look(page, screenshot, axe_check, "review-settings")
    saved = client.get(f"/api/assessments/{copy_id}").json()
    assert (
        saved["max_attempts"],
        saved["time_limit_minutes"],
        saved["show_time_remaining"],
        saved["randomise_questions"],
    ) == (2, 30, True, True)

    # Preview as pupil: the pupil screens, nothing sent, no answer key anywhere in the page.
    detail = client.get(f"/api/assessments/{copy_id}").json()
    sent = []
    page.on("request", lambda r: sent.append((r.method, urlparse(r.url).path)) if "/api/" in r.url else None)
    page.get_by_role("tab", name="Questions").click()
    page.get_by_role("link", name="Preview as pupil").click()
    wait_drawn(page)
    expect(page.get_by_test_id("preview-banner")).to_contain_text("Preview — nothing is saved")
    expect(page.get_by_text("About 30 minutes left")).to_be_visible()
    for number, question in enumerate(detail["questions"], start=1):
        expect(page.get_by_role("heading", level=1)).to_have_text(f"Question {number} of 15")
        expect(page.locator("section.question")).to_have_attribute("data-question-id", question["id"])
        source = page.content()
        leaked = [word for word in KEY_WORDS_IN_DATA if word in source]
        assert not leaked, f"question {number}: {leaked} in the preview page"
        text = page.locator("body").inner_text()
        for secret in hidden_parts(question):
            assert secret not in text, f"question {number} shows its answer: {secret!r}"
            assert secret not in source, f"question {number} shows its answer: {secret!r}"
        if number == 1:
            look(page, screenshot, axe_check, "preview")
            page.get_by_role("button", name="Submit answer").click()
            expect(page.get_by_test_id("feedback")).to_contain_text(
                "This is a preview, so answers are not checked and not saved."
            )
        if number < 15:
            page.get_by_role("button", name="Next question").click()
    assert all(method == "GET" for method, _ in sent), sent
    assert not [path for _, path in sent if path.startswith("/api/pupil")], sent

    # Publish to 7A with a window; a closing date before the opening date is refused beside the field.
    page.get_by_role("link", name="Back to reviewing the assessment").click()
    wait_drawn(page)
    page.get_by_role("button", name="Publish", exact=True).click()
    dialog = page.get_by_role("dialog", name="Publish this assessment")
    expect(dialog).to_be_visible()
    dialog.get_by_role("checkbox", name=re.compile(r"^7A \(Year 7")).check()
    seven_a = dialog.locator("li", has_text="7A (Year 7")
    opens = (datetime.now() + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
    closes = (opens + timedelta(days=7)).replace(hour=15, minute=30)
    seven_a.get_by_label("Available from (optional)").fill(opens.strftime("%Y-%m-%dT%H:%M"))
    seven_a.get_by_label("Available until (optional)").fill(
        (opens - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    )
    dialog.get_by_role("button", name="Publish to the chosen classes").click()
    expect(seven_a.locator(".field__error:not([hidden])")).to_have_text(
        "The closing date must be after the opening date."
    )
    seven_a.get_by_label("Available until (optional)").fill(closes.strftime("%Y-%m-%dT%H:%M"))
    expect(seven_a.get_by_test_id("window-words")).to_have_text(
        f"Pupils in 7A can take it: from {words_for(opens)} until {words_for(closes)}."
    )
    look(page, screenshot, axe_check, "publish-dialog")
    dialog.get_by_role("button", name="Publish to the chosen classes").click()
    expect(dialog).to_have_count(0)
    expect(page.get_by_test_id("review-status")).to_have_text("Published to 7A.")
    published = page.get_by_test_id("published-to")
    expect(published).to_contain_text(f"7A: From {words_for(opens)} until {words_for(closes)}.")
    results = published.get_by_role("link", name="Results for 7A")
    assert f"/teacher/class-results.html?id={copy_id}&class=" in results.get_attribute("href")
    expect(page.locator("[data-status=published]")).to_have_text("Published")
    look(page, screenshot, axe_check, "review-published")
    saved = client.get(f"/api/assessments/{copy_id}").json()
    assert saved["status"] == "published"
    assert [c["class_name"] for c in saved["classes"]] == ["7A"]
    assert datetime.fromisoformat(saved["classes"][0]["available_from"]).astimezone() == opens.astimezone()

    # Archive the copy (pupils can no longer start it; the demo assessment is untouched).
    page.get_by_role("button", name="Archive", exact=True).click()
    page.get_by_role("dialog", name="Archive this assessment?").get_by_role(
        "button", name="Archive it"
    ).click()
    expect(page.get_by_test_id("review-status")).to_have_text(
        "This assessment is archived. Pupils can no longer start it."
    )
    expect(page.locator("[data-status=archived]")).to_have_text("Archived")
    assert client.get(f"/api/assessments/{copy_id}").json()["status"] == "archived"
    demo = next(a for a in client.get("/api/assessments").json() if a["title"] == SAMPLE_TITLE)
    assert demo["status"] == "published"
    assert demo["question_count"] == 14
    client.close()


def png_bytes(width: int = 40, height: int = 20) -> bytes:
    """A small real PNG picture (one calm blue), written by hand: signature, IHDR, IDAT, IEND."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + bytes((79, 134, 179)) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def hidden_parts(question: dict) -> list[str]:
    """Parts of a question's answer key that pupils must never see on its screen."""
    key = question["answer_key"]
    kind = question["type"]
    if kind == "text_input":
        return [a["text"] for a in key["accepted_answers"] if len(a["text"]) >= 5]
    if kind == "extended_text":
        return [c["criterion"] for c in key["marking_guide"]["mark_scheme"]]
    if kind == "python_code":
        return [key["reference_solution"].strip().splitlines()[-1].strip()]
    if kind == "code_debug":
        return [key["bug_description"], "print('Hello ' + name)"]
    if kind == "code_completion":
        return [f"{answers[0]}(" for answers in key["blanks"].values()]
    return []


def test_home_writing_by_hand_and_deleting(page, login_as, axe_check, screenshot):
    login_as(page, "teacher")
    counts = page.get_by_test_id("status-counts")
    expect(counts.get_by_role("link", name=re.compile(r"^\d+ Published$"))).to_be_visible()
    expect(page.get_by_test_id("week-facts")).to_contain_text(re.compile(r"\d+ answers? waiting for marking"))
    # The most recently changed assessment heads the list (which one depends on the browser tests run before this).
    newest = max(page.request.get("/api/assessments").json(), key=lambda a: a["updated_at"])
    expect(
        page.get_by_test_id("recent-assessments").get_by_role("link", name=newest["title"], exact=True).first
    ).to_be_visible()
    counts.get_by_role("link", name=re.compile(r"Published$")).click()
    wait_drawn(page)
    expect(page.get_by_label("Status")).to_have_value("published")
    expect(page.get_by_test_id("assessment-row").locator("[data-status]")).to_have_text(
        ["Published"] * page.get_by_test_id("assessment-row").count()
    )

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Home").click()
    wait_drawn(page)
    page.get_by_role("button", name="Write an assessment by hand").click()
    page.wait_for_url(re.compile(r"/teacher/review-questions\.html\?id="))
    wait_drawn(page)
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"^New assessment \("))
    expect(page.get_by_text("This assessment has no questions yet.")).to_be_visible()
    # Draft → review → draft.
    page.get_by_role("button", name="Move to review").click()
    expect(page.get_by_test_id("review-status")).to_have_text("This assessment is now: In review.")
    expect(page.locator("[data-status=review]")).to_have_text("In review")
    page.get_by_role("button", name="Move back to draft").click()
    expect(page.get_by_test_id("review-status")).to_have_text("This assessment is now: Draft.")
    # Publishing an empty assessment is refused, in the server's words, and nothing is lost.
    page.get_by_role("button", name="Publish", exact=True).click()
    dialog = page.get_by_role("dialog", name="Publish this assessment")
    dialog.get_by_role("checkbox", name=re.compile(r"^8B \(Year 8")).check()
    dialog.get_by_role("button", name="Publish to the chosen classes").click()
    expect(dialog.locator(".review-publish__status")).to_have_text(
        "Add at least one question before publishing."
    )
    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).to_have_count(0)
    look(page, screenshot, axe_check, "review-empty")
    page.get_by_role("button", name="Delete assessment").click()
    page.get_by_role("dialog", name="Delete this assessment?").get_by_role(
        "button", name="Delete the assessment"
    ).click()
    page.wait_for_url(re.compile(r"/teacher/assessments\.html"))
    wait_drawn(page)
    expect(page.get_by_test_id("list-status")).to_contain_text("was deleted.")


def test_units_topics_objectives_with_strands_and_documents(
    page, login_as, axe_check, screenshot, live_server
):
    login_as(page, "teacher")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Units").click()
    wait_drawn(page)
    expect(
        page.get_by_test_id("units-table").get_by_role(
            "link", name="Programming essentials and data representation"
        )
    ).to_be_visible()
    look(page, screenshot, axe_check, "units")
    title = f"Networks and the internet {datetime.now():%H%M%S%f}"
    page.get_by_role("button", name="Create the unit").click()
    expect(page.locator(".field", has=page.get_by_label("Title")).locator(".field__error")).to_have_text(
        "Type a title."
    )
    page.get_by_label("Title").fill(title)
    page.get_by_label("Year group").select_option("8")
    page.get_by_label("Half term").select_option("2")
    page.get_by_label("Academic year (optional)").fill("2025-26")
    page.get_by_role("button", name="Create the unit").click()
    page.wait_for_url(re.compile(r"/teacher/units\.html\?id="))
    wait_drawn(page)
    unit_id = parse_qs(urlparse(page.url).query)["id"][0]
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_test_id("unit-status")).to_contain_text("was created")
    expect(page.locator(".page__lead")).to_have_text("Year 8 · Half term 2 · 2025-26")
    assert (
        page.get_by_role("link", name="Upload lesson documents").first.get_attribute("href")
        == f"/teacher/create-assessment.html?unit={unit_id}"
    )
    assert (
        page.get_by_role("link", name="Create an assessment from this unit").get_attribute("href")
        == f"/teacher/create-assessment.html?unit={unit_id}&step=settings"
    )

    page.get_by_label("New topic").fill("How data travels")
    page.get_by_role("button", name="Add the topic").click()
    expect(page.get_by_test_id("unit-status")).to_have_text("The topic ‘How data travels’ was added.")

    adding = page.get_by_role("form", name="Add a learning objective")
    expect(adding.get_by_label("Code")).to_have_value("LO1")
    adding.get_by_label("What pupils learn").fill("Explain what a computer network is")
    adding.get_by_label("Topic").select_option(label="How data travels")
    adding.get_by_role("checkbox", name="NW – Networks").check()
    adding.get_by_role("checkbox", name="CS – Computing systems").check()
    adding.get_by_role("button", name="Add the objective").click()
    expect(page.get_by_test_id("unit-status")).to_have_text("LO1 was added.")
    adding = page.get_by_role("form", name="Add a learning objective")
    expect(adding.get_by_label("Code")).to_have_value("LO2")
    adding.get_by_label("What pupils learn").fill("Describe how data is split into packets")
    adding.get_by_role("checkbox", name="NW – Networks").check()
    adding.get_by_role("button", name="Add the objective").click()
    expect(page.get_by_test_id("unit-status")).to_have_text("LO2 was added.")
    objectives = page.get_by_test_id("objectives").locator(":scope > li")
    expect(objectives.first).to_contain_text("Strands: NW – Networks, CS – Computing systems.")
    expect(objectives.first).to_contain_text("Topic: How data travels.")

    # Reorder with the keyboard: LO2 up.
    page.get_by_role("button", name="Move up objective 2").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("unit-status")).to_have_text("Moved ‘LO2’ to position 1 of 2.")
    expect(page.get_by_test_id("objectives").locator(":scope > li").first).to_have_attribute(
        "data-code", "LO2"
    )
    expect(page.get_by_role("button", name="Move up objective 1")).to_be_focused()

    # Change an objective's strands.
    page.get_by_role("button", name="Change LO1").click()
    changing = page.get_by_role("form", name="Change LO1")
    changing.get_by_role("checkbox", name="DI – Data and information").check()
    changing.get_by_role("button", name="Save the objective").click()
    expect(page.get_by_test_id("unit-status")).to_have_text("LO1 is saved.")
    client = teacher_client(live_server.url)
    unit = client.get(f"/api/units/{unit_id}").json()
    assert [(o["code"], o["strands"]) for o in sorted(unit["objectives"], key=lambda o: o["position"])] == [
        ("LO2", ["NW"]),
        ("LO1", ["NW", "DI", "CS"]),
    ]  # in the taxonomy's order

    # A document uploaded to the unit (as the wizard's materials step does) is listed with what was found.
    uploaded = client.post(
        f"/api/units/{unit_id}/documents",
        files=[
            (
                "files",
                (
                    "binary-lesson.docx",
                    lesson_plan_docx(),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ),
            )
        ],
    )
    assert uploaded.status_code == 201, uploaded.text
    page.reload()
    wait_drawn(page)
    documents = page.get_by_test_id("documents")
    expect(documents.get_by_role("heading", name="binary-lesson.docx")).to_be_visible()
    expect(documents).to_contain_text("Found 3 objectives, 2 success criteria, 6 key words, 1 piece of code.")
    look(page, screenshot, axe_check, "unit")
    documents.get_by_role("button", name="Delete binary-lesson.docx").click()
    page.get_by_role("dialog").get_by_role("button", name="Delete the document").click()
    expect(page.get_by_test_id("unit-status")).to_have_text("‘binary-lesson.docx’ was deleted.")
    expect(page.get_by_text("No documents uploaded yet.")).to_be_visible()

    # Delete the unit (asks first).
    page.get_by_role("button", name="Delete this unit").click()
    page.get_by_role("dialog").get_by_role("button", name="Delete the unit").click()
    page.wait_for_url(re.compile(r"/teacher/units\.html$"))
    wait_drawn(page)
    expect(page.get_by_role("link", name=title)).to_have_count(0)
    client.close()


def test_answered_questions_keep_pupils_work(page, login_as, axe_check, screenshot, live_server):
    """A question a pupil has answered cannot be deleted (the server's 409 is shown on the card), and changing its
    answer key re-marks the answer (the notice says so)."""
    client = teacher_client(live_server.url)
    sample = next(a for a in client.get("/api/assessments").json() if a["title"] == SAMPLE_TITLE)
    copy = client.post(f"/api/assessments/{sample['id']}/duplicate").json()
    published = client.post(
        f"/api/assessments/{copy['id']}/publish", json={"classes": [{"class_id": class_id(client, "8B")}]}
    )
    assert published.status_code == 200, published.text
    first = copy["questions"][0]
    four_bits = next(o["id"] for o in first["config"]["options"] if o["text"] == "4 bits")
    pupil = httpx.Client(base_url=live_server.url, timeout=30)
    login = pupil.post(
        "/api/auth/login",
        json={"username": class_pupils(live_server.database_url, "8B")[0], "password": DEMO_PASSWORD},
    )
    pupil.headers["X-CSRF-Token"] = login.json()["csrf_token"]
    attempt = pupil.post(f"/api/pupil/assessments/{copy['id']}/start").json()["attempt_id"]
    submitted = pupil.post(
        f"/api/pupil/attempts/{attempt}/answers/{first['id']}/submit",
        json={"answer_data": {"selected_option": four_bits}, "seq": 1},
    )
    assert submitted.status_code == 200, submitted.text
    pupil.close()

    login_as(page, "teacher")
    page.goto(f"/teacher/review-questions.html?id={copy['id']}")
    wait_drawn(page)
    expect(page.get_by_text("Pupils have started this assessment (1 attempt so far).")).to_be_visible()
    page.get_by_role("button", name="Delete question 1", exact=True).click()
    page.get_by_role("dialog", name="Delete question 1?").get_by_role(
        "button", name="Delete question 1"
    ).click()
    expect(card(page, 1).get_by_test_id("card-status")).to_contain_text(
        "Pupils have already answered this question (1 answer), so deleting it would delete their work."
    )
    expect(page.get_by_test_id("question-card")).to_have_count(14)

    form = edit(page, 1)
    form.get_by_test_id("type-editor").get_by_role("radio", name="This is the correct answer").nth(1).check()
    page.get_by_role("button", name="Save question 1", exact=True).click()
    expect(card(page, 1).get_by_test_id("card-status")).to_contain_text(
        "Pupils had already answered this question, so 1 answer was marked again with the new answer key."
    )
    expect(card(page, 1).locator(".review-key")).to_contain_text("Correct answer: 4 bits")
    look(page, screenshot, axe_check, "review-remarked")
    assert client.post(f"/api/assessments/{copy['id']}/archive").status_code == 200
    client.close()


def class_id(client, name: str) -> str:
    return next(c["id"] for c in client.get("/api/classes").json() if c["name"] == name)
