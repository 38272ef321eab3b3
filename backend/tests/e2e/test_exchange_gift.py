"""GIFT in a real browser: "Download as GIFT" on the review page downloads the questions GIFT can express (the
others listed at the top of the file); the import page reads that file, shows its questions, and imports them as
a new draft. axe checks every state."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from app.demo.sample_assessment import TITLE as SAMPLE_TITLE
from tests.e2e.pupil_helpers import teacher_client, wait_drawn

pytestmark = pytest.mark.e2e


def _sample_id(base_url: str) -> str:
    client = teacher_client(base_url)
    try:
        return next(a["id"] for a in client.get("/api/assessments").json() if a["title"] == SAMPLE_TITLE)
    finally:
        client.close()


def test_download_as_gift_then_import_it(page, login_as, axe_check, live_server, tmp_path):
    login_as(page, "teacher")
    page.goto(f"/teacher/review-questions.html?id={_sample_id(live_server.url)}")
    wait_drawn(page)
    link = page.get_by_role("link", name="Download as GIFT for Moodle, Canvas and other systems")
    expect(link).to_be_visible()
    axe_check(page, "review page with Download as GIFT")
    with page.expect_download() as info:
        link.click()
    download = info.value
    assert download.suggested_filename == "Programming-essentials-and-binary-check-your-understanding.gift.txt"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    text = saved.read_text(encoding="utf-8")
    assert "// GIFT cannot express these question types, so they are left out:" in text

    page.goto("/teacher/import-assessment.html")
    wait_drawn(page)
    expect(page.get_by_text("or a GIFT file (.gift or .txt)")).to_be_visible()
    page.get_by_label("File to import").set_input_files(str(saved))
    page.get_by_role("button", name="Show what is in the file").click()
    preview = page.get_by_test_id("import-preview")
    expect(preview.get_by_test_id("import-question")).to_have_count(6)
    expect(preview.get_by_test_id("import-summary")).to_have_text(
        "6 questions in the file. 6 questions can be imported.")
    axe_check(page, "import: a GIFT preview")

    preview.get_by_label("Title of the new assessment").fill("From GIFT")
    preview.get_by_role("button", name="Import 6 questions").click()
    page.wait_for_url(re.compile(r"/teacher/review-questions\.html\?id="))
    wait_drawn(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("From GIFT")
    expect(page.get_by_test_id("question-card")).to_have_count(6)
    axe_check(page, "import: the draft from GIFT")
