"""GIFT in a real browser: "Download as GIFT" on the review page downloads the questions GIFT can express (the
others listed at the top of the file); the import page reads that file, shows its questions, and imports them as
a new draft. axe checks every state."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.exchange_flow import download_from_review, import_as_draft, preview_file

pytestmark = pytest.mark.e2e


def test_download_as_gift_then_import_it(page, login_as, axe_check, live_server, tmp_path):
    login_as(page, "teacher")
    saved = download_from_review(page, live_server.url, axe_check, tmp_path, what="GIFT",
                                 link="Download as GIFT for Moodle, Canvas and other systems")
    assert saved.name == "Programming-essentials-and-binary-check-your-understanding.gift.txt"
    text = saved.read_text(encoding="utf-8")
    assert "// GIFT cannot express these question types, so they are left out:" in text

    preview = preview_file(page, saved, help_text="a GIFT file (.gift or .txt)")
    expect(preview.get_by_test_id("import-question")).to_have_count(6)
    expect(preview.get_by_test_id("import-summary")).to_have_text(
        "6 questions in the file. 6 questions can be imported.")
    axe_check(page, "import: a GIFT preview")
    import_as_draft(page, preview, axe_check, live_server.url, title="From GIFT", count=6)
