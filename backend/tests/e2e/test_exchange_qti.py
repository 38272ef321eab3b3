"""QTI 3.0 in a real browser: "Download as QTI 3.0" on the review page downloads a content package (a zip with
its manifest; the types QTI cannot express listed in it); the import page reads that package, shows its
questions, and imports them as a new draft. axe checks every state."""

from __future__ import annotations

import io
import re
import zipfile

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


def test_download_as_qti_then_preview_and_import_it(page, login_as, axe_check, live_server, tmp_path):
    login_as(page, "teacher")
    page.goto(f"/teacher/review-questions.html?id={_sample_id(live_server.url)}")
    wait_drawn(page)
    link = page.get_by_role("link", name="Download as QTI 3.0 package for other assessment systems")
    expect(link).to_be_visible()
    axe_check(page, "review page with Download as QTI 3.0")
    with page.expect_download() as info:
        link.click()
    download = info.value
    assert download.suggested_filename == "Programming-essentials-and-binary-check-your-understanding.qti3.zip"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    with zipfile.ZipFile(io.BytesIO(saved.read_bytes())) as package:
        names = package.namelist()
        manifest = package.read("imsmanifest.xml").decode()
    assert "assessment-test.xml" in names and len([n for n in names if n.startswith("items/Q")]) == 8
    assert "QTI 3.0 cannot express these question types, so they are left out:" in manifest

    page.goto("/teacher/import-assessment.html")
    wait_drawn(page)
    expect(page.get_by_text("or a QTI 3.0 package (.zip)")).to_be_visible()
    page.get_by_label("File to import").set_input_files(str(saved))
    page.get_by_role("button", name="Show what is in the file").click()
    preview = page.get_by_test_id("import-preview")
    expect(preview.get_by_test_id("import-question")).to_have_count(8)
    expect(preview.get_by_test_id("import-summary")).to_have_text(
        "8 questions in the file. 8 questions can be imported.")
    axe_check(page, "import: a QTI preview")

    preview.get_by_label("Title of the new assessment").fill("From QTI")
    preview.get_by_role("button", name="Import 8 questions").click()
    page.wait_for_url(re.compile(r"/teacher/review-questions\.html\?id="))
    wait_drawn(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("From QTI")
    expect(page.get_by_test_id("question-card")).to_have_count(8)
    axe_check(page, "import: the draft from QTI")
    _delete(live_server.url, page.url.rsplit("=", 1)[1])


def _delete(base_url: str, assessment_id: str) -> None:
    """The demo teacher's list is left as it was found."""
    client = teacher_client(base_url)
    try:
        assert client.delete(f"/api/assessments/{assessment_id}").status_code == 204
    finally:
        client.close()
