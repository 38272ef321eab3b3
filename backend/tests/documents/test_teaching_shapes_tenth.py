"""Shapes first met in the tenth held-out set: a PEEL writing frame of sentence starters, an exam question asking
"what is meant by the term …", a reading list of links pasted from a class page, a revision page whose paragraphs
define several bold key words one after another (between spaced hyphens, or described before they are named),
a slide whose title is its subject while its first line defines a key word of its own, and a screenshot of a
"Keyword | Meaning" table read with Tesseract."""

from __future__ import annotations

import shutil

import pytest

from tests.corpus import formats as f
from tests.dbs import in_ci
from tests.documents.shapes import found as _found
from tests.documents.shapes import terms as _terms

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not in_ci(),
    reason="Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-eng); CI installs it",
)


def test_a_writing_frame_of_sentence_starters_is_not_a_glossary():
    document = f.new_docx()
    f.para(document, "Plan your answer with the frame:")
    f.table(document, [
        ["PEEL", "Sentence starters"],
        ["Point", "One reason social media can be harmful is…"],
        ["Evidence", "For example… / A survey found…"],
        ["Explain", "This means that… because…"],
        ["Link", "Therefore, this shows that…"],
    ])
    assert _terms(_found("frame.docx", f.docx_bytes(document))) == {}


def test_a_meaning_whose_list_goes_on_is_still_a_meaning():
    text = "Key words\nPlace value – what a column is worth. In hex the columns are worth 1, 16, 256 …\n"
    assert "Place value" in _terms(_found("hex.txt", text.encode()))


def test_a_question_asking_what_is_meant_by_the_term_names_the_term_alone():
    document = f.new_docx()
    f.para(document, "1. State what is meant by the term **encryption**. [1]")
    assert list(_terms(_found("exam.docx", f.docx_bytes(document)))) == ["Encryption"]


def test_a_line_over_a_bare_web_address_is_a_link_title_not_a_key_word():
    text = ("Reference materials\n"
            "NCSC - Top tips for staying secure online\n"
            "https://www.ncsc.gov.uk/collection/top-tips-for-staying-secure-online\n"
            "Firewall - a program that checks the data coming into a network\n")
    assert list(_terms(_found("links.txt", text.encode()))) == ["Firewall"]


def _page(*paragraphs: str) -> bytes:
    body = "".join(f"<p>{paragraph}</p>\n" for paragraph in paragraphs)
    return f"<html><head><title>Revision</title></head><body><h1>Revision</h1>\n{body}</body></html>".encode()


def test_each_bold_key_word_opening_a_sentence_of_one_paragraph_keeps_its_own_meaning():
    terms = _terms(_found("page.html", _page(
        "A <strong>static IP address</strong> stays the same. It is set by hand. A <strong>dynamic IP address</strong> "
        "is given out by a server each time a device joins the network.")))
    assert terms["Static IP address"] == "Stays the same. It is set by hand"
    assert terms["Dynamic IP address"] == "Given out by a server each time a device joins the network"


def test_a_bold_key_word_with_its_meaning_between_spaced_hyphens():
    terms = _terms(_found("page.html", _page(
        "Many sites show a <strong>privacy notice</strong> - a page saying what data is kept and why - when you "
        "sign up.")))
    assert terms["Privacy notice"] == "A page saying what data is kept and why"


def test_a_bold_key_word_named_after_the_description_of_it():
    terms = _terms(_found("page.html", _page(
        "The law that makes hacking a crime (gaining access to a computer without permission) is the "
        "<strong>Computer Misuse Act</strong>, passed in 1990.")))
    assert terms["Computer Misuse Act"] == "The law that makes hacking a crime"


def test_a_slide_title_is_not_the_key_word_its_first_line_defines_another():
    deck = f.new_pptx()
    f.content_slide(deck, "Storage and speed", [
        "Latency is the delay before data starts to arrive.",
        "Faster storage loads programs sooner.",
    ])
    terms = _terms(_found("storage.pptx", f.pptx_bytes(deck)))
    assert "Storage and speed" not in terms
    assert terms["Latency"] == "The delay before data starts to arrive"


@needs_tesseract
def test_a_screenshot_of_a_keyword_meaning_table_gives_its_rows_and_not_its_header():
    deck = f.new_pptx()
    slide = f.titled_slide(deck, "Keywords")
    rows = [["Keyword", "Meaning"],
            ["Network firewall", "A program that checks the data coming into a network"],
            ["Symmetric encryption", "Scrambling data so that only someone with the same key can read it"],
            ["Phishing email", "A message that pretends to come from a trusted company to steal your password"],
            ["Malicious software", "Software written to damage a computer or a network"],
            ["Strong password", "A secret phrase that is long and hard to guess"],
            ["WCAG", "Web Content Accessibility Guidelines - the rules for making websites accessible"]]
    # Big enough on the slide (a fifth of it) to be what the slide says.
    f.picture(slide, f.table_png(rows, widths=[420, 1180]), left=0.5, top=1.4, width=9.0)
    terms = _terms(_found("keywords.pptx", f.pptx_bytes(deck)))
    assert "Keyword Meaning" not in terms
    assert terms["Network firewall"] == "A program that checks the data coming into a network"
    # An abbreviation over its spelt-out name keeps its capitals ("WCAG", not "Wcag" as a word set big would be).
    assert terms["WCAG"].startswith("Web Content Accessibility Guidelines")
