"""QTI 3.0 in a real browser: "Download as QTI 3.0" on the review page downloads a content package (a zip with
its manifest; the types QTI cannot express listed in it); the import page reads that package, shows its
questions, and imports them as a new draft. axe checks every state."""

from __future__ import annotations

import io
import zipfile

import pytest
from playwright.sync_api import expect

from tests.e2e.exchange_flow import download_from_review, import_as_draft, preview_file

pytestmark = pytest.mark.e2e


def test_download_as_qti_then_preview_and_import_it(page, login_as, axe_check, live_server, tmp_path):
    login_as(page, "teacher")
    saved = download_from_review(page, live_server.url, axe_check, tmp_path, what="QTI 3.0",
                                 link="Download as QTI 3.0 package for other assessment systems")
    assert saved.name == "Programming-essentials-and-binary-check-your-understanding.qti3.zip"
    with zipfile.ZipFile(io.BytesIO(saved.read_bytes())) as package:
        names = package.namelist()
        manifest = package.read("imsmanifest.xml").decode()
    assert "assessment-test.xml" in names and len([n for n in names if n.startswith("items/Q")]) == 8
    assert "QTI 3.0 cannot express these question types, so they are left out:" in manifest

    preview = preview_file(page, saved, help_text="or a QTI 3.0 package (.zip)")
    expect(preview.get_by_test_id("import-question")).to_have_count(8)
    expect(preview.get_by_test_id("import-summary")).to_have_text(
        "8 questions in the file. 8 questions can be imported.")
    axe_check(page, "import: a QTI preview")
    import_as_draft(page, preview, axe_check, live_server.url, title="From QTI", count=8)
