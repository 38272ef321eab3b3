"""Shapes of the nineteenth set's web escape room and its Word case files, read by general rules: an accordion's
heads as the titles of the panels they open, a bold word glossed after a dash to the sentence's end, a word named
after the sentence that says what it is ("This is called…"), an abbreviation spelled out then explained, a digit
in an abbreviation ("B2C"), a helping label before a meaning ("Hint:"), a law's quoted definition and the fuller
name a "Word =" blank gives it, and a tool's name after a bar in a page's <title>."""

from __future__ import annotations

import io

from docx import Document

from app.services.documents.word_forms import expands
from tests.documents.shapes import found as _found
from tests.documents.shapes import terms as _terms


def _page(body: str, title: str = "Online safety") -> dict:
    return _found("page.html", f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode())


def _docx(*lines: str) -> dict:
    document = Document()
    document.add_heading("Online safety", level=0)
    for line in lines:
        document.add_paragraph(line)
    stream = io.BytesIO()
    document.save(stream)
    return _found("sheet.docx", stream.getvalue())


# Accordion heads -----------------------------------------------------------------------------------------------

ACCORDION = """<h1>Consumer rights</h1><p>Open each right to find out more.</p>
<div class="accordion-item"><button class="accordion-head" aria-expanded="false">The right to repair ▾</button>
<div class="accordion-body" hidden><p>Also called the fix-it right: you can have your phone mended by any repair shop
you choose.</p></div></div>
<button class="go" data-go-to-slide="2">START ▶</button>"""


def test_an_accordion_head_names_what_its_hidden_panel_explains():
    found = _terms(_page(ACCORDION))
    assert "mended by any repair shop" in found.get("Right to repair", "")


def test_a_button_that_opens_no_panel_is_still_left_out():
    findings = _page(ACCORDION)
    assert not any("START" in heading["text"] for heading in findings["headings"])
    assert "START" not in " ".join(_terms(findings))


# Meanings in a sentence -------------------------------------------------------------------------------------------

def test_a_bold_word_glossed_after_a_dash_to_the_sentences_end_is_a_key_word():
    found = _terms(_page("<h1>Leaks</h1><p>It was late. This is a <b>data leak</b> – private files being copied or "
                         "seen by someone who should not see them.</p>"))
    assert found.get("Data leak", "").startswith("Private files being copied")


def test_a_bold_label_before_a_dashed_instruction_is_not_a_key_word():
    found = _terms(_page("<h1>Leaks</h1><p>Well done. Now <b>Task 2</b> – write down three ways to keep files "
                         "safe.</p>"))
    assert "Task 2" not in found


def test_a_word_named_after_the_sentence_that_says_what_it_is_keeps_its_abbreviation():
    found = _terms(_page("<h1>Shops</h1><p>You can ask a shop for every receipt it holds about you. This is called "
                         "a <strong>purchase history request</strong> (PHR). They must reply in a month.</p>"))
    assert found.get("Purchase history request (PHR)") == "You can ask a shop for every receipt it holds about you"


def test_an_instruction_before_this_is_called_is_not_its_meaning():
    found = _terms(_page("<h1>Testing</h1><p>Open the file and run it again. This is called a <b>test run</b>.</p>"))
    assert "Test run" not in found


def test_an_abbreviation_spelled_out_then_explained_is_named_with_its_spelling_out():
    found = _terms(_page("<h1>Food</h1><p>The <strong>FSA</strong> (Food Standards Agency) has arrived. The FSA is "
                         "the UK’s food regulator: it inspects kitchens and can fine them up to £17.5 million.</p>"))
    assert "inspects kitchens" in found.get("FSA (Food Standards Agency)", "")


def test_an_abbreviation_only_spelled_out_keeps_its_short_name():
    found = _terms(_page("<h1>Food</h1><p>Inspectors from the <strong>FSA</strong> (Food Standards Agency) came "
                         "on Monday.</p>"))
    assert "FSA (Food Standards Agency)" not in found


def test_a_digit_in_an_abbreviation_may_stand_for_a_word_it_sounds_like():
    assert expands("B2C", "Business to Consumer")
    assert expands("P2P", "peer to peer")
    assert expands("ICO", "Information Commissioner’s Office")
    assert not expands("B2C", "Business Consumer")
    assert not expands("B2C", "Business and Consumer")


# Word case files ------------------------------------------------------------------------------------------------

def test_a_meaning_after_a_hint_label_is_read_without_the_label():
    found = _terms(_docx("A box saying “Share my email” is already ticked.",
                         "Hint: consent means the person has freely and clearly agreed to their data being used."))
    assert found.get("Consent", "").startswith("The person has freely and clearly agreed")


def test_a_hint_that_is_an_instruction_gives_no_key_word():
    assert _terms(_docx("Hint: look at the second slide again before you answer.")) == {}


def test_a_quoted_legal_definition_takes_the_fuller_name_of_the_blank_that_follows():
    found = _terms(_docx("What the law says",
                         "UK GDPR, Article 4(8): ‘processor’ means a natural or legal person which processes personal "
                         "data on behalf of the controller.",
                         "Rewrite it in your own words:",
                         "Data processor = "))
    assert found.get("Data processor", "").startswith("A natural or legal person which processes")
    assert "Processor" not in found


def test_a_blank_for_a_word_the_lesson_does_not_define_adds_no_key_word():
    assert _terms(_docx("Rewrite each one in your own words:", "Data controller = ")) == {}


def test_a_quoted_word_that_is_not_defined_is_not_a_key_word():
    assert _terms(_docx("She said “yes” to the terms without reading them.")) == {}


# The page's title -----------------------------------------------------------------------------------------------

def test_the_tool_named_after_a_bar_in_a_pages_title_is_not_the_lessons_title():
    findings = _page("<p>Binary numbers use only the digits 0 and 1.</p>", title="Binary numbers | Genially")
    assert findings["lesson_titles"][0] == "Binary numbers"
