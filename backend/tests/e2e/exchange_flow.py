"""The steps every exchange format's browser test takes: download a file from the review page of the demo
assessment, show a file on the import page, import it as a new draft (then delete that draft, so the demo teacher's
list is left as it was found)."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Locator, Page, expect

from app.demo.sample_assessment import TITLE as SAMPLE_TITLE
from tests.e2e.pupil_helpers import teacher_client, wait_drawn


def sample_id(base_url: str) -> str:
    """The demo teacher's sample assessment."""
    client = teacher_client(base_url)
    try:
        return next(a["id"] for a in client.get("/api/assessments").json() if a["title"] == SAMPLE_TITLE)
    finally:
        client.close()


def download_from_review(page: Page, base_url: str, axe_check, tmp_path: Path, *, link: str, what: str) -> Path:
    """Open the sample's review page, check it with axe, press the download link called `link`; the saved file."""
    page.goto(f"/teacher/review-questions.html?id={sample_id(base_url)}")
    wait_drawn(page)
    button = page.get_by_role("link", name=link)
    expect(button).to_be_visible()
    axe_check(page, f"review page with Download as {what}")
    with page.expect_download() as info:
        button.click()
    download = info.value
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    return saved


def preview_file(page: Page, saved: Path, *, help_text: str) -> Locator:
    """Choose the file on the import page (whose help names the format) and show what is in it."""
    page.goto("/teacher/import-assessment.html")
    wait_drawn(page)
    expect(page.get_by_text(help_text)).to_be_visible()
    page.get_by_label("File to import").set_input_files(str(saved))
    page.get_by_role("button", name="Show what is in the file").click()
    return page.get_by_test_id("import-preview")


def import_as_draft(page: Page, preview: Locator, axe_check, base_url: str, *, title: str, count: int) -> None:
    """Import the previewed questions under `title`, check the new draft has `count` questions, then delete it."""
    preview.get_by_label("Title of the new assessment").fill(title)
    preview.get_by_role("button", name=f"Import {count} question{'' if count == 1 else 's'}").click()
    page.wait_for_url(re.compile(r"/teacher/review-questions\.html\?id="))
    wait_drawn(page)
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_test_id("question-card")).to_have_count(count)
    axe_check(page, f"import: the draft {title}")
    client = teacher_client(base_url)
    try:
        assert client.delete(f"/api/assessments/{page.url.rsplit('=', 1)[1]}").status_code == 204
    finally:
        client.close()
