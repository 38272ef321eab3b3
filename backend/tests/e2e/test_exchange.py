"""Export and import in a real browser: Export on the assessments list downloads the file; Import questions reads
it and shows every question with its problems (one broken question marked "Will be skipped" with its reason);
Cancel saves nothing; Import makes the draft and opens it; a file that is not an export is refused beside the
file box. axe checks every state."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from app.demo.sample_assessment import TITLE as SAMPLE_TITLE
from tests.e2e.pupil_helpers import teacher_client, wait_drawn

pytestmark = pytest.mark.e2e


def _assessment_titles(base_url: str) -> list[str]:
    client = teacher_client(base_url)
    try:
        return [a["title"] for a in client.get("/api/assessments").json()]
    finally:
        client.close()


def _export_from_the_list(page: Page, axe_check, tmp_path: Path) -> Path:
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Assessments").click()
    wait_drawn(page)
    row = page.get_by_test_id("assessment-row").filter(
        has=page.get_by_role("heading", name=SAMPLE_TITLE, exact=True))
    axe_check(page, "assessments with Export")
    with page.expect_download() as info:
        row.get_by_role("link", name=re.compile(r"^Export")).click()
    download = info.value
    assert download.suggested_filename == "Programming-essentials-and-binary-check-your-understanding.ks3.json"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    return saved


def _choose(page: Page, path: Path) -> None:
    page.get_by_label("File to import").set_input_files(str(path))
    page.get_by_role("button", name="Show what is in the file").click()


def test_export_then_preview_cancel_and_import(page, login_as, axe_check, screenshot, live_server, tmp_path):
    login_as(page, "teacher")
    exported = _export_from_the_list(page, axe_check, tmp_path)
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert (document["format"], len(document["questions"])) == ("ks3-assessment", 14)
    # One question broken in the file (a multiple choice with no right answer): it must be skipped, with why.
    document["questions"][0]["config"]["options"] = [
        {**option, "is_correct": False} for option in document["questions"][0]["config"]["options"]]
    edited = tmp_path / "edited.ks3.json"
    edited.write_text(json.dumps(document), encoding="utf-8")

    page.get_by_role("link", name="Import questions").click()
    wait_drawn(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Import questions")
    axe_check(page, "import: choose a file")

    # A file that is not an export is refused beside the file box.
    not_ours = tmp_path / "page.json"
    not_ours.write_text("<!DOCTYPE html><html><body>Hello</body></html>", encoding="utf-8")
    _choose(page, not_ours)
    expect(page.locator(".field__error")).to_contain_text("This file is not a KS3 Assessment export.")
    axe_check(page, "import: a file refused")
    screenshot(page, "teacher-import-refused")

    before = _assessment_titles(live_server.url)
    _choose(page, edited)
    preview = page.get_by_test_id("import-preview")
    expect(preview.get_by_test_id("import-question")).to_have_count(14)
    expect(preview.get_by_test_id("import-summary")).to_have_text(
        "14 questions in the file. 13 questions can be imported. 1 question will be skipped.")
    first = preview.get_by_test_id("import-question").first
    expect(first.get_by_test_id("will-be-skipped")).to_have_text("Will be skipped")
    expect(first.get_by_test_id("skip-reason")).to_contain_text("Why:")
    axe_check(page, "import: the preview")
    screenshot(page, "teacher-import-preview")

    page.get_by_role("button", name="Cancel").click()
    expect(page.get_by_test_id("import-preview")).to_have_count(0)
    expect(page.get_by_test_id("import-status")).to_contain_text("Nothing was imported.")
    assert _assessment_titles(live_server.url) == before, "Cancel must save nothing"
    axe_check(page, "import: cancelled")

    _choose(page, edited)
    preview = page.get_by_test_id("import-preview")
    preview.get_by_label("Title of the new assessment").fill("Imported from a file")
    preview.get_by_role("button", name="Import 13 questions").click()
    page.wait_for_url(re.compile(r"/teacher/review-questions\.html\?id="))
    wait_drawn(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Imported from a file")
    expect(page.locator("[data-status=draft]")).to_have_text("Draft")
    expect(page.get_by_test_id("question-card")).to_have_count(13)
    expect(page.get_by_role("link", name=re.compile(r"^Export"))).to_be_visible()
    axe_check(page, "import: the new draft")
