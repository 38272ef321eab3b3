"""Shapes first met in the ninth held-out set (test_teaching_shapes_unseen.py holds the earlier ones): a scheme of
work saved from a spreadsheet as quoted comma-separated text, slides printed as handouts, a revision guide whose
key words are bold inside its paragraphs, a chapter opener "In this chapter you will learn to:", and a teacher's
deck of key words set big in capitals over a caption, a matching slide answered by a key in its notes, an example
slide and a slide of benefits and risks."""

from __future__ import annotations

import csv
import io

from app.services.documents import extract
from app.services.generation.context import most_named
from tests.corpus import formats as f


def _found(name: str, data: bytes) -> dict:
    (document,) = extract(name, data)
    return document.structure


def _terms(found: dict) -> dict[str, str]:
    return {item["term"]: item["definition"] for item in found["vocabulary"]}


def _scheme_csv() -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(["Year 8 Spreadsheets (Summer 2)", "", "", ""])
    writer.writerow(["Week", "Lesson title", "Learning objectives", "Key vocabulary"])
    writer.writerow(["1", "Cells", "Identify a cell by its reference\nEnter data into a spreadsheet",
                     "cell, cell reference (the column letter and row number that name a cell)"])
    writer.writerow(["2", "Formulas", "Write a formula that adds two cells",
                     "function, built-in function (a formula that comes with the spreadsheet, e.g. SUM), "
                     "range (a block of cells, written as A1:B4)"])
    writer.writerow(["", "", "", ""])
    writer.writerow(["", "Note: lesson 2 often runs over", "", ""])
    return out.getvalue().encode("utf-8")


def test_a_scheme_of_work_saved_as_quoted_comma_separated_text_is_a_table():
    found = _found("Scheme - Sheet1.txt", _scheme_csv())
    assert [o["text"] for o in found["objectives"]] == [
        "Identify a cell by its reference", "Enter data into a spreadsheet", "Write a formula that adds two cells",
    ]
    terms = _terms(found)
    assert terms["cell reference"] == "The column letter and row number that name a cell"
    assert terms["range"] == "A block of cells, written as A1:B4"
    # "function" is listed bare: the meaning in brackets belongs to "built-in function", not to it.
    assert terms["function"] == ""
    assert found["headings"][0]["text"] == "Year 8 Spreadsheets (Summer 2)"


def test_prose_with_commas_in_a_text_file_is_not_a_table():
    text = ("Networks\nA network is two or more computers, linked together, sharing data.\n"
            "A LAN covers a small area, like a school, a home or an office.\nA WAN covers a large area.\n")
    found = _found("notes.txt", text.encode())
    assert found["tables"] == []


def test_a_line_that_says_what_a_code_keyword_does_is_not_a_key_word():
    document = f.new_docx()
    f.para(document, "Defining a procedure", bold=True, size=14)
    f.para(document, "def starts the definition – the code inside it is indented")
    f.para(document, "Parameter – a variable in the brackets of a subroutine that receives a value")
    terms = _terms(_found("procedures.docx", f.docx_bytes(document)))
    assert list(terms) == ["Parameter"]


def test_a_chapter_opener_lists_what_you_will_learn():
    document = f.new_docx()
    f.para(document, "4 Representing characters", bold=True, size=20)
    f.para(document, "In this chapter you will learn to:")
    for line in ("explain what a character set is", "compare ASCII and Unicode"):
        f.para(document, line, style="List Bullet")
    found = _found("chapter.docx", f.docx_bytes(document))
    assert [o["text"] for o in found["objectives"]] == ["Explain what a character set is", "Compare ASCII and Unicode"]


def _guide_pdf() -> bytes:
    pdf = f.Pdf()
    pdf.add_page()
    pdf.set_font(pdf.sans, "", 10)
    for text in (
        "Computers store binary, so every symbol needs a code. A **character** is any single letter, digit or "
        "symbol that can be typed. The number a character is given in the character set is its **character code**.",
        "**ASCII** (American Standard Code for Information Interchange) is a character set that uses 7 bits for "
        "each character, with some **control characters**, codes that do not print anything.",
        "Unicode text is usually stored as **UTF-8**, which uses 8 bits for the characters that are in ASCII.",
        "**number of bits = number of characters × bits per character**",
    ):
        pdf.multi_cell(90, 5, pdf.typed(text), markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return pdf.output_bytes()


def test_bold_key_words_defined_inside_the_sentences_of_a_pdf_paragraph():
    terms = _terms(_found("guide.pdf", _guide_pdf()))
    assert terms["Character"] == "Any single letter, digit or symbol that can be typed"
    assert terms["Character code"] == "The number a character is given in the character set"
    assert terms["ASCII"].startswith("American Standard Code for Information Interchange")
    assert terms["Control characters"] == "Codes that do not print anything"
    assert terms["UTF-8"] == "Uses 8 bits for the characters that are in ASCII"
    assert not any(term.lower().startswith("number of") for term in terms)  # a way to work it out


def test_a_tick_list_of_what_i_have_done_is_not_an_objective():
    document = f.new_docx()
    f.para(document, "Success criteria – tick them off when you have done them:")
    f.para(document, "☐ I have explained at least two benefits")
    f.para(document, "☐ I have given my own opinion and said why")
    found = _found("task.docx", f.docx_bytes(document))
    assert found["objectives"] == []


def _key_word_slide(deck: object, word: str, caption: str) -> None:
    slide = f.blank_slide(deck)
    f.text_box(slide, word, left=0.5, top=0.4, width=9, height=1.3, size=54, bold=True)
    f.text_box(slide, caption, left=0.8, top=5.2, width=8.4, height=1.2, size=20)


def _deck() -> bytes:
    deck = f.new_pptx()
    cover = f.blank_slide(deck)
    f.text_box(cover, "Smart Homes", left=0.6, top=1.6, width=8.8, height=1.2, size=44, bold=True)
    f.text_box(cover, "Computing with the class of 8B", left=0.6, top=2.9, width=8.8, size=20)
    _key_word_slide(deck, "SENSOR", "A sensor measures something in the real world and turns it into data.")
    _key_word_slide(deck, "ACTUATOR", "The part that makes something happen in the real world, like a motor.")
    f.content_slide(deck, "Examples of smart devices", ["Smart speakers (for music and timers)", "Video doorbells"])
    f.content_slide(deck, "Example: smart heating", [
        "INPUT – temperature sensor reads 17°C", "OUTPUT – the actuator switches the boiler on"])
    f.comparison_slide(deck, "Should every home be smart?", ("Benefits", ["Convenient – control things from anywhere"]),
                       ("Risks", ["Can be hacked"]))
    match = f.titled_slide(deck, "Match the word to its meaning")
    f.text_box(match, "1. Sensor\n2. Wearable\n3. Actuator", left=0.5, top=1.6, width=3.0, height=4.5, size=18)
    f.text_box(match, "A. Makes something happen, e.g. turns a motor\nB. Measures something in the real world\n"
                      "C. A smart device you wear, like a smartwatch", left=3.8, top=1.6, width=5.8, height=4.5, size=16)
    match.notes_slide.notes_text_frame.text = "Answers: 1B 2C 3A"
    f.content_slide(deck, "True or false?", ["1. You never need to update a smart device."],
                    notes="1. FALSE – updates fix security holes")
    f.content_slide(deck, "Worksheet", ["Part B – extended writing: use the success criteria!"])
    return f.pptx_bytes(deck)


def test_key_words_set_big_in_capitals_over_a_caption_and_a_keyed_matching_slide():
    terms = _terms(_found("smart homes.pptx", _deck()))
    assert terms == {
        "Sensor": "Measures something in the real world and turns it into data.",
        "Actuator": "The part that makes something happen in the real world, like a motor.",
        "Wearable": "A smart device you wear, like a smartwatch",
    }


def test_the_ideas_a_unit_names_most_choose_its_practice_programs():
    text = " a function returns a value a subroutine with a parameter is called a local variable "
    kinds = {"assignment": ("variable", "variables"), "function": ("function", "subroutine", "parameter", "return")}
    assert most_named(list(kinds), lambda kind: kinds[kind], text) == ["function"]
    assert most_named(list(kinds), lambda kind: kinds[kind], " a loop ") == []
