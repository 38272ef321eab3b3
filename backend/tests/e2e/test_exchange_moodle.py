"""Moodle XML in a real browser: "Download as Moodle XML" on the review page downloads the questions Moodle can
express (the others noted in the file); the import page reads a Moodle XML file, shows each question with the
reason any is skipped, and imports the rest as a new draft. axe checks every state."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.exchange_flow import download_from_review, import_as_draft, preview_file

pytestmark = pytest.mark.e2e

# As Moodle writes one: a category, a question in HTML, and a description, which has nothing to answer.
MOODLE_FILE = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/Moodle networks</text></category></question>
  <question type="shortanswer">
    <name><text>LAN</text></name>
    <questiontext format="html"><text><![CDATA[<p>What does <b>LAN</b> stand for?</p>]]></text></questiontext>
    <defaultgrade>1.0000000</defaultgrade>
    <usecase>0</usecase>
    <answer fraction="100" format="moodle_auto_format"><text>Local Area Network</text></answer>
  </question>
  <question type="description">
    <name><text>Intro</text></name>
    <questiontext format="html"><text><![CDATA[<p>Read this first.</p>]]></text></questiontext>
  </question>
</quiz>
"""


def test_download_as_moodle_xml(page, login_as, axe_check, live_server, tmp_path):
    login_as(page, "teacher")
    saved = download_from_review(page, live_server.url, axe_check, tmp_path, what="Moodle XML",
                                 link="Download as Moodle XML for Moodle's question bank")
    assert saved.name == "Programming-essentials-and-binary-check-your-understanding.moodle.xml"
    text = saved.read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')
    assert "Moodle XML cannot express these question types, so they are left out:" in text
    assert text.count('<question type="') == 10, "a category and the nine types Moodle can express"


def test_import_a_moodle_xml_file(page, login_as, axe_check, live_server, tmp_path):
    saved = tmp_path / "networks.xml"
    saved.write_text(MOODLE_FILE, encoding="utf-8")
    login_as(page, "teacher")
    preview = preview_file(page, saved, help_text="a Moodle XML file (.xml)")
    expect(preview.get_by_test_id("import-question")).to_have_count(2)
    expect(preview.get_by_test_id("import-summary")).to_have_text(
        "2 questions in the file. 1 question can be imported. 1 question will be skipped.")
    expect(preview.get_by_text("What does LAN stand for?")).to_be_visible()
    expect(preview.get_by_text("It is a description (text with nothing to answer)", exact=False)).to_be_visible()
    axe_check(page, "import: a Moodle XML preview")
    expect(preview.get_by_label("Title of the new assessment")).to_have_value("Moodle networks")
    import_as_draft(page, preview, axe_check, live_server.url, title="From Moodle XML", count=1)
