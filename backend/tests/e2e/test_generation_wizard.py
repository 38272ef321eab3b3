"""The create-assessment wizard in a real browser against a real server (no AI configured): a teacher makes a
unit, uploads a Word lesson plan and PowerPoint slides, sees the objectives found, corrects one, chooses the
settings, watches the draft being made by the offline generator, and lands on the review page with a valid,
varied draft whose every question says where in the uploaded documents it came from ("From: …"). The questions
of the teacher's own Word quiz (with its answers file) say "From your worksheet: …" instead."""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

from tests.documents import builders
from tests.generation import lesson_packs

pytestmark = pytest.mark.e2e

CORRECTED = "Describe how a computer uses binary to store numbers"


def test_teacher_uploads_documents_corrects_an_objective_and_generates_offline(
    page, login_as, page_problems, axe_check, screenshot, tmp_path
):
    polls: list[str] = []
    started: list[dict] = []

    def watch(response):  # the page's own requests: the draft asked for, then its progress
        if re.search(r"/api/jobs/[0-9a-f-]+$", response.url) and response.status == 200:
            polls.append(response.url)
        elif response.url.endswith("/api/assessments/generate") and response.status == 202:
            started.append(json.loads(response.text()))

    page.on("response", watch)
    login_as(page, "teacher")
    page.goto("/teacher/create-assessment.html")
    expect(page.get_by_role("heading", level=2)).to_have_text("Step 1 of 4: Unit")
    axe_check(page, "create assessment: unit")

    # Step 1: a new unit.
    new_unit = page.get_by_label("A new unit")
    if new_unit.count():
        new_unit.check()
    page.get_by_label("Title of the new unit").fill("Binary and Python (browser test)")
    page.get_by_label("Year group").select_option("7")
    page.get_by_role("button", name="Continue to lesson materials").click()
    expect(page.get_by_role("heading", level=2)).to_have_text("Step 2 of 4: Lesson materials")
    expect(page.get_by_text("This unit has no documents yet.")).to_be_visible()

    # Step 2: upload a .docx and a .pptx made by the documents fixture builders.
    plan, slides = tmp_path / "Lesson 1 - binary.docx", tmp_path / "Lesson 3 - sequencing.pptx"
    plan.write_bytes(builders.lesson_plan_docx())
    slides.write_bytes(builders.slides_pptx())
    page.get_by_label("Choose files").set_input_files([str(plan), str(slides)])
    page.get_by_role("button", name="Upload the files").click()
    report = page.get_by_test_id("upload-report")
    expect(report).to_contain_text("Lesson 1 - binary.docx")
    expect(report).to_contain_text("Lesson 3 - sequencing.pptx")
    documents = page.get_by_test_id("documents-table")
    expect(documents.get_by_role("rowheader", name="Lesson 1 - binary.docx")).to_be_visible()
    # The objectives found in the documents, ready to correct.
    objectives = page.get_by_test_id("objectives-list")
    expect(page.get_by_label("Objective 2", exact=True)).to_have_value(
        "Convert a denary number between 0 and 255 into binary")
    expect(page.get_by_role("heading", name=re.compile(r"^Learning objectives \(\d+\)$"))).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile(r"^Key vocabulary \(9 words\)$"))).to_be_visible()
    assert objectives.locator("tbody tr").count() >= 7
    axe_check(page, "create assessment: materials")
    screenshot(page, "create-assessment-materials")
    page.set_viewport_size({"width": 768, "height": 1024})  # a tablet: nothing may scroll sideways
    assert page.evaluate("document.documentElement.scrollWidth") <= 768
    page.get_by_label("Objective 1", exact=True).fill(CORRECTED)
    page.get_by_role("button", name="Save and continue to settings").click()

    # Step 3: settings.
    expect(page.get_by_role("heading", level=2)).to_have_text("Step 3 of 4: Settings")
    expect(page.get_by_text("No AI service is set up")).to_be_visible()
    page.get_by_label("Title", exact=True).fill("Binary check-up (browser test)")
    page.get_by_label("Number of questions").fill("6")
    page.get_by_label("Multiple choice", exact=True).select_option("required")
    page.get_by_label("Written answer", exact=True).select_option("excluded")
    page.get_by_label("Instructions (optional)").fill("Focus on binary to denary.")
    axe_check(page, "create assessment: settings")
    page.get_by_role("button", name="Make the draft").click()

    # Step 4: progress, then the review page.
    page.wait_for_url(re.compile(r"/teacher/review-questions\.html\?id=[0-9a-f-]+$"), timeout=60_000)
    assessment_id = parse_qs(urlparse(page.url).query)["id"][0]
    assert started
    assert started[0]["generator"] == "offline"
    assert polls, "the page never asked how the draft was going"
    job = page.request.get(f"/api/jobs/{started[0]['job_id']}").json()
    assert job["status"] == "done"
    assert job["assessment_id"] == assessment_id
    assert job["progress"] == 100

    draft = page.request.get(f"/api/assessments/{assessment_id}").json()
    assert draft["title"] == "Binary check-up (browser test)"
    assert draft["status"] == "draft"
    questions = draft["questions"]
    assert len(questions) == 6
    types = [q["type"] for q in questions]
    assert len(set(types)) >= 4
    assert "multiple_choice" in types
    assert "extended_text" not in types
    assert all(not [w for w in q["warnings"] if w["severity"] == "error"] for q in questions)
    assert questions[0]["difficulty"] <= 2
    assert questions[-1]["difficulty"] >= 4
    assert all(q["hint"] for q in questions)
    conversions = {q["config"]["conversion_type"] for q in questions if q["type"] == "binary_convert"}
    assert conversions <= {"binary_to_decimal"}
    # The corrected objective is the unit's, and the questions are tagged with the unit's objectives.
    materials = page.request.get(f"/api/units/{draft['unit_id']}/materials").json()
    saved = [o["description"] for o in materials["saved"]["objectives"]]
    assert saved[0] == CORRECTED
    assert "Convert a denary number between 0 and 255 into binary" in saved
    objective_ids = {o["id"] for o in materials["saved"]["objectives"]}
    assert all(q["learning_objective_id"] in objective_ids for q in questions)
    # Every question says where in the lesson materials it came from, and its card shows it.
    uploaded = {plan.name, slides.name}
    for question in questions:
        assert question["source"], question["question_text"]
        assert question["source"]["file"] in uploaded or question["source"]["where"], question["source"]
    sources = page.get_by_test_id("question-source")
    expect(sources).to_have_count(len(questions))
    for index in range(len(questions)):
        expect(sources.nth(index)).to_contain_text(re.compile(r"^From: \S"))
    from_files = [q for q in questions if q["source"]["file"] in uploaded]
    assert from_files, "no question came from the uploaded files"
    first = from_files[0]["source"]
    expect(page.get_by_test_id("question-source").filter(
        has_text=f"From: {first['file']}, {first['where']}".rstrip(", "))).not_to_have_count(0)
    axe_check(page, "review page with sources")
    screenshot(page, "create-assessment-review")


def test_a_draft_in_progress_can_be_left_and_returned_to(page, login_as, page_problems):
    """The job is durable: its progress page is an address the teacher can come back to."""
    login_as(page, "teacher")
    units = page.request.get("/api/units").json()
    unit = next((u for u in units if u["document_count"] or u["objective_count"]), None)
    assert unit is not None, "the demo school has a unit with materials"
    csrf = page.request.get("/api/auth/me").json()["csrf_token"]
    started = page.request.post("/api/assessments/generate", headers={"X-CSRF-Token": csrf},
                                data={"unit_id": unit["id"], "title": "Come back later", "num_questions": 4,
                                      "provider": "offline"})
    assert started.status == 202, started.text()
    job_id = started.json()["job_id"]
    page.goto(f"/teacher/create-assessment.html?job={job_id}")
    page.wait_for_url(re.compile(r"/teacher/review-questions\.html\?id=[0-9a-f-]+$"), timeout=60_000)
    job = page.request.get(f"/api/jobs/{job_id}").json()
    assert job["status"] == "done"
    assert page.url.endswith(job["assessment_id"])


def test_questions_from_the_teachers_quiz_say_they_are_from_the_worksheet(page, login_as, page_problems, axe_check):
    """A networks unit with slides, a Word quiz (right options in bold) and its answers file: the offline draft
    uses the quiz's answered questions, and their cards say "From your worksheet: Networks Quiz.docx, …"."""
    login_as(page, "teacher")
    headers = {"X-CSRF-Token": page.request.get("/api/auth/me").json()["csrf_token"]}
    unit = page.request.post("/api/units", headers=headers, data={"title": "Networks (browser test)", "year_group": 8})
    assert unit.status == 201, unit.text()
    for name, data in lesson_packs.network_pack():  # one file per request: one file per multipart field here
        uploaded = page.request.post(f"/api/units/{unit.json()['id']}/documents", headers=headers, multipart={
            "files": {"name": name, "mimeType": "application/octet-stream", "buffer": data}})
        assert uploaded.status == 201, uploaded.text()
    started = page.request.post("/api/assessments/generate", headers=headers,
                                data={"unit_id": unit.json()["id"], "title": "Networks quiz (browser test)",
                                      "num_questions": 9, "seed": 4, "provider": "offline"})
    assert started.status == 202, started.text()
    page.goto(f"/teacher/create-assessment.html?job={started.json()['job_id']}")
    page.wait_for_url(re.compile(r"/teacher/review-questions\.html\?id=[0-9a-f-]+$"), timeout=60_000)
    worksheet = page.get_by_test_id("question-source").filter(has_text="From your worksheet: Networks Quiz.docx, ")
    expect(worksheet).to_have_count(3)
    expect(page.get_by_test_id("question-source").filter(has_text=re.compile(r"^From: \S"))).not_to_have_count(0)
    axe_check(page, "review page with worksheet questions")
