"""Shapes first met in the twentieth held-out set: a comic strip in a Word table whose characters explain the key
words in their speech, the aims only in the page header, a contract's numbered "'Term' means…" definitions, a
carousel's closing "Check – can you now…" slide, a recording sheet's "Big idea" column, an FAQ whose answers
define the words, and a success-criteria strip cut by a page break."""

from __future__ import annotations

import io

from docx import Document
from fpdf import FPDF
from pptx import Presentation
from pptx.util import Inches, Pt

from app.services.documents import glosses, labelled_lines, spoken, vocabulary
from app.services.documents.phrases import is_term, objective_problem
from tests.documents.shapes import found as _found
from tests.documents.shapes import objectives as _objectives
from tests.documents.shapes import terms as _terms


def _docx_bytes(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _bold_run_line(paragraph, text: str, bold: str) -> None:
    before, _sep, after = text.partition(bold)
    paragraph.add_run(before)
    paragraph.add_run(bold).bold = True
    paragraph.add_run(after)


# A comic strip: panels in a table, the key words in bold inside the characters' speech -------------------------

def _comic(header: str = "") -> bytes:
    document = Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    document.add_paragraph("Networks comic strip")
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].add_run("PANEL 1").bold = True
    _bold_run_line(left.add_paragraph(), "ZED: Every parcel goes through the router – a device that forwards "
                                         "packets between networks.", "router")
    right.paragraphs[0].add_run("PANEL 2").bold = True
    _bold_run_line(right.add_paragraph(), "MIA: First we need a map. That's the topology. Step one is the "
                                          "handshake. That's just agreeing how two computers will talk.", "handshake")
    _bold_run_line(right.add_paragraph(), "ZED: I'm a network manager – I fix the cables and set up the "
                                          "accounts.", "network manager")
    return _docx_bytes(document)


def test_a_bold_word_in_a_table_cell_is_glossed_as_in_a_paragraph():
    found = _terms(_found("comic.docx", _comic()))
    assert "forwards packets" in found.get("Router", "")


def test_a_sentence_pointing_back_at_a_bold_word_gives_its_meaning():
    found = _terms(_found("comic.docx", _comic()))
    assert found.get("Handshake", "").startswith("Agreeing how two computers")


def test_a_speaker_who_says_they_are_one_explains_the_word_by_what_they_do():
    found = _terms(_found("comic.docx", _comic()))
    assert found.get("Network manager", "").startswith("Someone who fixes the cables")


def test_words_that_point_back_need_the_word_to_close_its_sentence():
    # "it" here is the network, not the bold word inside the sentence.
    assert glosses.bold_glosses("A **router** joins the network to the internet. It is a big place.",
                                ["router"]) == []


def test_the_aims_in_a_word_page_header_are_read_as_objectives():
    findings = _found("comic.docx", _comic("Aims: describe what a router does  |  explain why packets are numbered"))
    assert _objectives(findings) == ["Describe what a router does", "Explain why packets are numbered"]


def test_a_page_header_that_only_says_whose_sheet_it_is_gives_no_objective():
    findings = _found("comic.docx", _comic("Y8 Computing – Lesson 4 – Mr Jones"))
    assert _objectives(findings) == []


# A contract's numbered definitions -----------------------------------------------------------------------------

def test_a_numbered_clause_defining_a_quoted_word_is_a_meaning():
    pair = labelled_lines.labelled_term("2.3 'Firewall' means software or hardware that blocks unwanted traffic.")
    assert pair is not None and pair.term == "Firewall" and pair.definition.startswith("Software or hardware")


def test_a_contract_party_named_in_a_definition_clause_is_not_a_key_word():
    assert labelled_lines.labelled_term("1.1 'Supplier' means Northgate Systems Ltd, of 4 Mill Road.") is None
    assert labelled_lines.labelled_term("1.2 'Engineer' means the person named in this agreement.") is None


# A carousel's closing slide and its recording sheet -----------------------------------------------------------

def _debrief_deck() -> bytes:
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    box = slide.shapes.add_textbox(Inches(0.5), Inches(1), Inches(8), Inches(3))
    box.text_frame.text = "Check – can you now…"
    for line in ("explain what a search engine does", "describe how a web crawler finds pages"):
        box.text_frame.add_paragraph().text = line
    rating = slide.shapes.add_textbox(Inches(0.5), Inches(5), Inches(8), Inches(1))
    rating.text_frame.text = "Thumbs up / sideways / down for each one"
    rating.text_frame.paragraphs[0].runs[0].font.size = Pt(16)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def test_a_closing_slide_asking_can_you_now_lists_the_objectives():
    found = _objectives(_found("debrief.pptx", _debrief_deck()))
    assert "Explain what a search engine does" in found
    assert "Describe how a web crawler finds pages" in found


def test_a_self_rating_instruction_is_not_an_objective():
    assert objective_problem("Thumbs up / sideways / down for each one") is not None
    assert objective_problem("Traffic-light each one red, amber or green") is not None
    assert objective_problem("Explain why thumbs are useful on touch screens") is None


def test_a_big_idea_column_beside_its_meaning_is_a_glossary():
    document = Document()
    rows = [["Station", "Big idea", "What does it mean?", "Good or bad?"],
            ["1", "Cloud storage", "Saving files on servers you reach over the internet", "Good – backed up"],
            ["2", "", "", ""]]
    table = document.add_table(rows=3, cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    found = _terms(_found("sheet.docx", _docx_bytes(document)))
    assert found == {"Cloud storage": "Saving files on servers you reach over the internet"}


def test_a_printing_note_is_not_a_key_word():
    assert not is_term("Print on A4")
    assert not is_term("Laminate and cut out")
    assert is_term("Print statement")


# An FAQ whose answers define the words -------------------------------------------------------------------------

def test_a_hedged_definition_is_still_a_definition():
    pair = vocabulary.defining_sentence("A packet is just a small chunk of data sent across a network.")
    assert pair is not None and pair.term == "Packet" and pair.definition.startswith("A small chunk")


def test_a_label_word_after_a_capital_and_a_number_is_not_defined_by_a_sentence():
    assert vocabulary.defining_sentence("Page 2 is the answers to the quiz on networks.") is None


def test_an_answer_opening_with_because_defines_the_word_after_it():
    found = spoken.explained_words("Because ROM is the memory that holds the start-up instructions, it keeps them.")
    assert [pair.term for pair in found] == ["ROM"]


def test_a_condition_then_the_name_for_it_is_a_meaning():
    found = spoken.explained_words("If two devices send at once and their signals mix, that is called a collision "
                                   "– and both have to send again.")
    assert [(pair.term, pair.definition) for pair in found] == [
        ("Collision", "When two devices send at once and their signals mix")]


def test_a_name_beside_the_pupil_own_thing_in_brackets_is_glossed():
    found = glosses.unmarked_glosses("Files are kept on a section of backing storage (your hard drive or SSD).")
    assert [pair.term for pair in found] == ["Backing storage"]


def test_an_ordinary_bracket_after_a_name_is_not_a_meaning():
    assert glosses.unmarked_glosses("Save it on the school network (ask your teacher first).") == []


# A success-criteria strip along the foot of a page ------------------------------------------------------------

def _strip_pdf(*, over_the_page: bool) -> bytes:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, "Networks worksheet", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "1. Draw a star network and label the switch.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(276 if over_the_page else 200)
    pdf.set_font("Helvetica", "", 7)
    pdf.multi_cell(0, 4, "SC1 I can name the parts of a network   SC2 I can describe a star topology   SC3 I can "
                         "explain why a star network is reliable when one cable breaks between two of the many "
                         "computers")
    return bytes(pdf.output())


def test_a_strip_of_numbered_success_criteria_is_read_one_by_one():
    found = _objectives(_found("sheet.pdf", _strip_pdf(over_the_page=False)))
    assert found[:2] == ["I can name the parts of a network", "I can describe a star topology"]
    assert found[2].startswith("I can explain why a star network is reliable")


def test_a_sentence_cut_by_a_page_break_is_joined_again():
    found = _objectives(_found("sheet.pdf", _strip_pdf(over_the_page=True)))
    assert found[-1].endswith("of the many computers")


def test_a_word_that_also_labels_a_sheet_is_defined_after_a_or_an():
    pair = vocabulary.defining_sentence("A page is a block of memory of a fixed size.")
    assert pair is not None and pair.term == "Page"


def test_that_is_called_is_the_naming_not_part_of_the_word():
    found = spoken.explained_words("The signal got weaker, that is called attenuation – and then it stopped.")
    assert all(not pair.term.lower().startswith("called") for pair in found)


def test_a_title_line_leaves_the_pupil_name_field_out():
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 9, "Cloud Computing - Diagram Worksheet          Name: ______________", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, "1. Label the diagram using the key.", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "2. Explain why a school might store its files in the cloud.")
    assert _found("sheet.pdf", bytes(pdf.output()))["lesson_titles"][0] == "Cloud Computing - Diagram Worksheet"
