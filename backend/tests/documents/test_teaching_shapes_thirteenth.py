"""Shapes first met in the thirteenth held-out set: a Nearpod lesson saved as HTML (a "Match each word to what it
means" activity of word and meaning cards, a quiz whose prompts trail off with "…") with a Word worksheet whose
narrow "KEY WORDS" sidebar cell gives each word over its meaning, a history deck ("What are we learning today?",
an odd-one-out answer in the notes) with a whiteboard flipchart as PDF, and a revision clock ("… is called the X",
"… = the X") with a model answer carrying the teacher's bracketed comments in bold."""

from __future__ import annotations

from docx.shared import Cm

from app.services.documents import extract
from tests.corpus import formats as f
from tests.documents.shapes import found as _found
from tests.documents.shapes import objectives as _objectives
from tests.documents.shapes import terms as _terms


def _questions(found: dict) -> dict[str, dict]:
    return {item["text"]: item for item in found["questions"]}


def _sidebar_worksheet() -> bytes:
    document = f.new_docx()
    f.para(document, "Password safety", size=20, bold=True)
    made = document.add_table(rows=1, cols=2)
    side, main = made.rows[0].cells
    side.width, main.width = Cm(5.0), Cm(13.0)
    side.paragraphs[0].add_run("KEY WORDS").bold = True
    for word, meaning in [("Password", "A secret word or phrase that proves who you are."),
                          ("Brute force", "Trying every possible password until one works."),
                          ("Phishing", "A message that tricks you into giving away your details.")]:
        side.add_paragraph().add_run(word).bold = True
        side.add_paragraph(meaning)
    main.paragraphs[0].add_run("Task 1 – Rate these passwords").bold = True
    main.add_paragraph("Give each password a score out of 5.")
    return f.docx_bytes(document)


def test_a_key_words_cell_gives_each_word_the_meaning_on_the_line_under_it():
    terms = _terms(_found("worksheet.docx", _sidebar_worksheet()))
    assert terms.get("Brute force", "").rstrip(".") == "Trying every possible password until one works", terms


def test_a_matching_activity_of_word_and_meaning_cards_gives_key_words():
    page = ("<html><body><h2>Match each word to what it means</h2>"
            "<div><div>Firewall</div><div>A barrier that checks data coming into a network and blocks what is "
            "not allowed</div></div>"
            "<div><div>Malware</div><div>Software written to harm a computer or steal data</div></div>"
            "<div><div>Encryption</div><div>Scrambling data so only someone with the key can read it</div></div>"
            "</body></html>")
    terms = _terms(_found("lesson.html", page.encode()))
    assert terms.get("Malware") == "Software written to harm a computer or steal data", terms


def test_objectives_follow_what_are_we_learning_today_asked_as_a_question():
    presentation = f.new_pptx()
    f.content_slide(presentation, "What are we learning today?", ["Describe how a CPU runs a program",
                                                                  "Explain what the clock speed of a CPU is"])
    assert _objectives(_found("deck.pptx", f.pptx_bytes(presentation))) == [
        "Describe how a CPU runs a program", "Explain what the clock speed of a CPU is"]


def _model_answer(paragraph_parts: list[tuple[str, bool]]) -> bytes:
    document = f.new_docx()
    document.add_heading("Model answer", level=1)
    paragraph = document.add_paragraph()
    for text, bold in paragraph_parts:
        paragraph.add_run(text).bold = bold
    return f.docx_bytes(document)


def test_a_bold_word_explained_after_a_comma_and_where_is_a_key_word():
    data = _model_answer([("Firstly, Sam should sort his photos into folders. ", False),
                          ("[✔ 1 mark – a clear action] ", True),
                          ("He could make folders inside folders, so his photos are kept in a ", False),
                          ("hierarchical structure", True),
                          (", where folders sit inside other folders like the branches of a tree. ", False),
                          ("[✔ key word explained]", True)])
    terms = _terms(_found("answer.docx", data))
    assert terms.get("Hierarchical structure") == "Where folders sit inside other folders like the branches of a " \
                                                  "tree", terms


def test_a_word_named_at_the_end_of_the_sentence_that_describes_it_is_a_key_word():
    page = ("<html><body><h2>Folders</h2><p>Subfolder – a folder inside another folder. The folder at the very "
            "top, e.g. C:\\ or your OneDrive, is called the root folder.</p></body></html>")
    terms = _terms(_found("notes.html", page.encode()))
    assert terms.get("Root folder") == "The folder at the very top, e.g. C:\\ or your OneDrive", terms


def test_a_word_set_after_its_meaning_with_equals_the_is_a_key_word():
    page = ("<html><body><h2>Extensions</h2><p>The letters after the dot (.docx, .jpg). They tell the computer "
            "which program opens it = the file extension.</p></body></html>")
    terms = _terms(_found("notes.html", page.encode()))
    assert "File extension" in terms, terms


def test_points_a_mark_scheme_lists_with_dashes_are_not_key_words():
    document = f.new_docx()
    document.add_heading("Why this gets full marks", level=2)
    for line in ["Three separate points – one for each 2 marks", "Keeps talking about Priya – not files in general"]:
        f.para(document, line, style="List Bullet")
    assert _terms(_found("answer.docx", f.docx_bytes(document))) == {}


def test_the_answer_to_an_odd_one_out_in_the_notes_is_not_a_key_word():
    presentation = f.new_pptx()
    f.content_slide(presentation, "Odd one out", ["Mouse", "Keyboard", "Monitor", "Scanner"],
                    notes="Monitor – the only one that is an output device. Also accept scanner.")
    assert _terms(_found("deck.pptx", f.pptx_bytes(presentation))) == {}


def _board(labels: list[tuple[str, float, float, float, float, bool]], strokes: list[tuple[float, ...]]) -> bytes:
    """A whiteboard page as PDF: labels (text, x, y, size, width, boxed) floating where they were written, a little
    askew, and lines drawn between them."""
    pdf = f.Pdf()
    pdf.set_auto_page_break(auto=False)
    pdf.add_page(orientation="L")
    for text, x, y, size, width, boxed in labels:
        pdf.set_font(pdf.sans, "", size)
        with pdf.rotation(0 if boxed else 2, x=x, y=y):
            pdf.set_xy(x, y)
            pdf.multi_cell(width, size * 0.45, pdf.typed(text), border=1 if boxed else 0)
    for x1, y1, x2, y2 in strokes:
        pdf.line(x1, y1, x2, y2)
    return pdf.output_bytes()


BOARD = [("Key words", 110, 10, 28, 80, False),
         ("compiler", 20, 40, 20, 45, True),
         ("translates a whole program into machine code before it runs", 120, 32, 13, 120, False),
         ("interpreter", 190, 80, 20, 50, True),
         ("translates and runs a program one line at a time", 20, 80.5, 13, 110, False)]
JOINS = [(65, 44, 118, 38), (188, 84, 132, 84)]


def test_a_word_joined_by_a_drawn_line_to_a_meaning_written_before_it_takes_that_meaning():
    terms = {term.lower(): meaning for term, meaning in _terms(_found("board.pdf", _board(BOARD, JOINS))).items()}
    assert terms.get("interpreter") == "translates and runs a program one line at a time", terms


def test_a_word_joined_by_a_drawn_line_to_a_meaning_higher_up_beside_it_takes_that_meaning():
    terms = {term.lower(): meaning for term, meaning in _terms(_found("board.pdf", _board(BOARD, JOINS))).items()}
    assert terms.get("compiler") == "translates a whole program into machine code before it runs", terms


def test_words_floating_at_one_height_in_different_sizes_are_not_read_as_one_line():
    (document,) = extract("board.pdf", _board(BOARD, []))
    assert "interpretertranslates" not in document.text.replace(" ", ""), document.text


def test_another_name_given_with_equals_in_brackets_is_named_as_in_a_list():
    document = f.new_docx()
    f.table(document, [["Key word", "Meaning"], ["Integrated circuit (= microchip)", "Lots of transistors on one chip"],
                       ["hard disk", "A magnetic store that keeps data when the power is off"],
                       ["RAM", "Memory that holds the programs and data in use"]])
    terms = _terms(_found("words.docx", f.docx_bytes(document)))
    assert "Integrated circuit (microchip)" in terms, terms


def test_the_date_written_under_a_heading_is_not_its_meaning():
    page = ("<html><body><h2>Networks</h2><p>Tue 3rd Nov</p><h2>Topologies</h2><p>Mon 9th Nov</p>"
            "<h2>Protocols</h2><p>Tue 10th Nov</p></body></html>")
    assert _terms(_found("board.html", page.encode())) == {}


def test_a_key_word_handwritten_in_lower_case_on_a_joined_card_is_named_as_a_list_names_it():
    board = [("Key words", 110, 10, 28, 80, False),
             ("machine code", 20, 40, 20, 60, True),
             ("the 1s and 0s a processor runs directly", 120, 32, 13, 120, False),
             ("source code", 190, 80, 20, 50, True),
             ("the program as the programmer wrote it", 20, 80.5, 13, 110, False)]
    terms = _terms(_found("board.pdf", _board(board, [(65, 44, 118, 38), (188, 84, 100, 84)])))
    assert "Machine code" in terms, terms


QUIZ = ("<html><body><h2>Quiz</h2>"
        "<p>Q1. Someone sends a virus on purpose to damage files. This is…</p>"
        "<ul><li>An accident</li><li>A crime ✓</li><li>A backup</li></ul>"
        "<p>Q2. Which of these is a sign that an email is phishing?</p>"
        "<ul><li>It comes from someone you know</li>"
        "<li>It says YOUR ACCOUNT WILL BE CLOSED TODAY UNLESS YOU CLICK HERE ✓</li>"
        "<li>It has your name spelt right</li></ul></body></html>")


def test_a_numbered_quiz_prompt_its_options_complete_is_a_question_with_the_ticked_answer():
    questions = _questions(_found("quiz.html", QUIZ.encode()))
    assert questions.get("Someone sends a virus on purpose to damage files. This is…", {}).get("answer") == \
        "A crime", questions


def test_a_long_option_ticked_as_the_right_one_is_still_an_option():
    questions = _questions(_found("quiz.html", QUIZ.encode()))
    assert questions["Which of these is a sign that an email is phishing?"]["answer"] == \
        "It says YOUR ACCOUNT WILL BE CLOSED TODAY UNLESS YOU CLICK HERE", questions


def test_a_matching_activity_whose_words_and_meanings_are_shuffled_pairs_none_of_them():
    page = ("<html><body><h2>Match each word to its meaning</h2><p>Firewall</p><p>Malware</p>"
            "<p>A barrier that checks data coming into a network</p>"
            "<p>Software written to harm a computer or steal data</p></body></html>")
    terms = _terms(_found("lesson.html", page.encode()))
    assert terms.get("Malware") != "A barrier that checks data coming into a network", terms
