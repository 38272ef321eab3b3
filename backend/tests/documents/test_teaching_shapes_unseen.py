"""Shapes first met in packs written by someone who had never read the readers (issue 16's held-out packs):
a PDF glossary table whose cells wrap and sit centred in taller rows, slides titled with the question their body
answers, a row of equal boxes that is a list, laws named with their year, "WALT" / "WILF" boxes beside their
statements, the admin rows of a lesson-plan template, formulas and comparisons that are not meanings, and the
chat of a class stream; and from the later sets (each marked below), among them a deck from a design tool saved
as PDF, a form printed from the browser, a OneNote notebook exported to Word and a poster of floating text boxes;
and from the seventh set, ordinary documents: a default-layout deck with an answer slide per quiz question, a Word
homework sheet with bold words in its reading passage, a Google Docs organiser with code in a table cell, a GitHub
Classroom README and a lesson plan copied out of an email."""

from __future__ import annotations

import io
import shutil

import pytest
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Inches, Pt
from PIL import Image, ImageDraw

from app.services.documents import extract, merge
from tests.corpus import formats as f
from tests.dbs import in_ci
from tests.documents.picture_builders import WORKSHEET

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not in_ci(),
    reason="Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-eng); CI installs it",
)


def _found(name: str, data: bytes) -> dict:
    (document,) = extract(name, data)
    return document.structure


def _terms(found: dict) -> dict[str, str]:
    return {item["term"]: item["definition"] for item in found["vocabulary"]}


def _glossary_pdf(*, align: str) -> bytes:
    pdf = f.Pdf()
    pdf.add_page()
    pdf.line_of("Key Terms", size=14, bold=True, height=9)
    pdf.set_font(pdf.sans, "", 10)
    rows = [
        ("Key term", "What it means", "Example"),
        ("Analogue", "A signal that changes smoothly and continuously, like a real sound wave", "Your voice"),
        ("Digital", "Data stored as separate values in binary (0s and 1s)", "An MP3 file"),
        ("Sample rate", "The number of samples taken every second, measured in hertz (Hz)", "CD quality: 44,100 Hz"),
    ]
    with pdf.table(col_widths=(30, 95, 55), line_height=6, v_align=align) as grid:
        for cells in rows:
            row = grid.row()
            for cell in cells:
                row.cell(pdf.typed(cell))
    pdf.ln(4)
    pdf.line_of("Figure 1: a sound wave. Each orange line is one sample of the wave's height.", size=9)
    return pdf.output_bytes()


def test_a_pdf_table_with_wrapped_cells_centred_in_their_rows_keeps_each_row_whole():
    for align in ("MIDDLE", "TOP"):
        terms = _terms(_found("Sound.pdf", _glossary_pdf(align=align)))
        assert terms == {
            "Analogue": "A signal that changes smoothly and continuously, like a real sound wave",
            "Digital": "Data stored as separate values in binary (0s and 1s)",
            "Sample rate": "The number of samples taken every second, measured in hertz (Hz)",
        }, align


def test_the_text_under_a_pdf_table_is_not_one_of_its_rows():
    (document,) = extract("Sound.pdf", _glossary_pdf(align="MIDDLE"))
    table = next(rows for rows in document.structure.get("tables", []) if rows[0][0] == "Key term")
    assert [row[0] for row in table] == ["Key term", "Analogue", "Digital", "Sample rate"]
    assert "Figure 1" in document.text.split("Sample rate")[1]


def test_a_slide_titled_with_a_question_defines_the_word_it_asks_about():
    deck = f.new_pptx()
    f.content_slide(deck, "What is colour depth?", ["The number of bits used to store the colour of each pixel",
                                                    "1 bit → 2 colours"])
    f.content_slide(deck, "What is metadata?", ["Metadata is data about the image that is stored in the file"])
    f.content_slide(deck, "What is a pixel?", ["A pixel is the smallest single dot of colour in an image"])
    f.content_slide(deck, "What is the FDE cycle?", ["The fetch-decode-execute cycle is the process the CPU repeats "
                                                     "to carry out each instruction"])
    f.content_slide(deck, "How big is the file?", ["File size (bits) = width x height x colour depth"])
    assert _terms(_found("Images.pptx", f.pptx_bytes(deck))) == {
        "Colour depth": "The number of bits used to store the colour of each pixel",
        "Metadata": "Data about the image that is stored in the file",
        "Pixel": "The smallest single dot of colour in an image",
        "Fetch-decode-execute cycle": "The process the CPU repeats to carry out each instruction",
    }


def test_terms_across_the_top_pair_with_the_meanings_below_and_a_row_of_equal_boxes_is_a_list():
    deck = f.new_pptx()
    laws = f.titled_slide(deck, "Three laws you need to know")
    for index, (law, meaning) in enumerate([
        ("Computer Misuse Act 1990", "Makes it illegal to access a computer system without permission"),
        ("Data Protection Act 2018", "Controls how organisations collect, store and use personal data"),
        ("Copyright, Designs and Patents Act 1988", "Protects creative work from being copied without permission"),
    ]):
        f.shape_box(laws, law, left=0.3 + index * 3.2, top=1.6, width=3, height=1.1, bold=True)
        f.shape_box(laws, meaning, left=0.3 + index * 3.2, top=3.6, width=3, height=2, fill="FFF2CC", color="222222")
    rules = f.titled_slide(deck, "Personal data must be…")
    for index, rule in enumerate(["Used fairly and lawfully", "Only used for the stated purpose",
                                  "Accurate and up to date", "Kept no longer than needed", "Kept secure"]):
        f.shape_box(rules, rule, left=0.3 + index * 1.9, top=2, width=1.8, height=1.2, size=12)
    assert _terms(_found("Law.pptx", f.pptx_bytes(deck))) == {
        "Computer Misuse Act": "Makes it illegal to access a computer system without permission (1990)",
        "Data Protection Act": "Controls how organisations collect, store and use personal data (2018)",
        "Copyright, Designs and Patents Act": "Protects creative work from being copied without permission (1988)",
    }


def test_walt_and_wilf_boxes_label_the_objectives_and_success_criteria_beside_them():
    deck = f.new_pptx()
    slide = f.titled_slide(deck, "WALT / WILF")
    f.shape_box(slide, "WALT", left=0.5, top=1.7, width=1.6, height=1.4, bold=True)
    f.shape_box(slide, "We Are Learning To…\nunderstand the laws that control how computers and data are used",
                left=2.3, top=1.7, width=7.2, height=1.4)
    f.shape_box(slide, "WILF", left=0.5, top=3.6, width=1.6, height=2.2, bold=True)
    f.shape_box(slide, "What I’m Looking For…\n• name the three main laws about computers\n"
                       "• describe what each law makes illegal", left=2.3, top=3.6, width=7.2, height=2.2)
    found = _found("Law.pptx", f.pptx_bytes(deck))
    assert [(o["text"], o["kind"]) for o in found["objectives"]] == [
        ("Understand the laws that control how computers and data are used", "objective"),
        ("Name the three main laws about computers", "success_criterion"),
        ("Describe what each law makes illegal", "success_criterion"),
    ]
    assert _terms(found) == {}


def test_the_admin_rows_of_a_lesson_plan_template_give_no_key_words_or_title():
    document = f.new_docx(title="Lesson Plan Template v3")
    f.para(document, "COMPUTING LESSON PLAN", size=16, bold=True)
    f.table(document, [
        ["**Unit / lesson**", "Data Representation – Lesson 2 of 6: Bitmap images"],
        ["**Key vocabulary**", "pixel, bitmap, colour depth"],
        ["**Homework**", "Seneca – Bitmap images assignment, due next lesson"],
        ["**Resources**", "Grid paper – A4, 1 cm squares, one per pupil"],
    ])
    found = _found("Plan.docx", f.docx_bytes(document))
    assert _terms(found) == {"pixel": "", "bitmap": "", "colour depth": ""}
    assert found["lesson_titles"] == []


def test_a_word_listed_bare_gives_way_to_the_defined_term_it_starts():
    plan = f.new_docx()
    f.para(plan, "Key vocabulary: pixel, bitmap")
    deck = f.new_pptx()
    f.content_slide(deck, "What is a bitmap image?", ["An image made up of a grid of pixels, where the colour of "
                                                      "each pixel is stored as a binary number"])
    documents = [*extract("Plan.docx", f.docx_bytes(plan)), *extract("Images.pptx", f.pptx_bytes(deck))]
    assert [t["term"] for t in merge(documents).vocabulary] == ["pixel", "Bitmap image"]


def test_comparisons_and_class_stream_chat_are_not_key_words():
    text = ("Higher resolution = more detail, but a bigger file\n"
            "Amira Khan 10:42\n"
            "sir is the extension compulsory\n"
            "Reminder: bring headphones on Thursday for the Audacity practical.\n")
    assert _terms(_found("Stream.txt", text.encode())) == {}


# The third blind set -------------------------------------------------------------------------------------------


OBSIDIAN_NOTE = """---
title: "Selection in Python"
tags: [ks3, python]
---

> [!abstract] Learning objectives
> - Explain what selection is and why programs need it
> - Use if, elif and else to choose between paths

> [!info]- Key words
> Selection:: choosing which lines of code run next, depending on a condition
> Boolean:: a data type with only two values, True and False

%% 8C struggled with input() last week %%

- [x] **Do now (5 min)** – what will this print?
- [ ] ==Exit ticket== – write one if/else

> [!success]- Worksheet answers
> 1. True
> 2. False – = stores a value, == compares two values

#ks3 #python
"""


def test_an_obsidian_note_reads_its_callouts_fields_and_tasks_as_plain_markdown():
    (document,) = extract("Selection.md", OBSIDIAN_NOTE.encode())
    found = document.structure
    assert [o["text"] for o in found["objectives"]] == ["Explain what selection is and why programs need it",
                                                         "Use if, elif and else to choose between paths"]
    assert _terms(found) == {
        "Selection": "choosing which lines of code run next, depending on a condition",
        "Boolean": "a data type with only two values, True and False",
    }
    assert found["lesson_titles"] == ["Selection in Python"]
    for hidden in ("tags:", "struggled", "[x]", "==Exit", "#ks3", "[!"):
        assert hidden not in document.text, hidden


def test_a_deck_saved_as_pdf_reads_each_page_as_a_slide_without_its_running_footer():
    from tests.corpus.packs.networks_slides_pdf import slides_pdf

    (document,) = extract("Networks.pdf", slides_pdf())
    found = document.structure
    terms = _terms(found)
    assert terms["LAN"].startswith("Local Area Network: Covers a small area")
    assert terms["NIC"].startswith("Network Interface Card: ")
    assert terms["Router"].startswith("Sends data between different networks")
    assert "Communicate" not in terms, "a list of examples is not a meaning"
    assert "Connecting Computers" not in terms, "a title page's subtitle is not a meaning"
    assert "Lesson 1" not in document.text.split("Connecting Computers", 1)[1].split("\n# ", 2)[-1]
    assert not any("Networks · Lesson" in o["text"] for o in found["objectives"])


def test_a_keyword_wall_is_a_vocabulary_section():
    from tests.corpus.packs.networks_slides_pdf import keyword_wall

    terms = _terms(_found("Wall.pptx", keyword_wall()))
    assert terms["Wireless access point"] == "lets devices join a LAN by Wi-Fi instead of a cable"
    assert terms["Bandwidth"] == "how much data can be sent across a connection each second"
    assert len(terms) == 9


def test_a_plan_with_tracked_changes_is_read_with_every_change_accepted():
    from tests.corpus.packs.spreadsheet_formulas_review import lesson_plan

    found = _found("Plan.docx", lesson_plan())
    objectives = [o["text"] for o in found["objectives"]]
    assert "Use the SUM, AVERAGE, MAX and MIN functions on a range of cells" in objectives
    assert "Replicate a formula down a column using the fill handle" in objectives
    assert not any("currency" in o for o in objectives), "a deleted objective is gone"
    assert _terms(found)["Formula"].startswith("a calculation that starts with =")


def test_flash_cards_of_headings_over_meanings_are_a_glossary():
    from tests.corpus.packs.spreadsheet_formulas_review import flash_cards

    terms = _terms(_found("Cards.docx", flash_cards()))
    assert terms["AVERAGE"].startswith("A function that finds the mean of a range")
    assert terms["SUM"].startswith("A function that adds up")
    assert terms["Fill handle"].startswith("The small square")


def test_a_heading_over_one_line_of_meaning_is_not_a_key_word_on_its_own():
    document = f.new_docx()
    f.para(document, "Networks", style="Heading 1")
    f.para(document, "Networks are everywhere in modern life, from schools to shops.")
    f.para(document, "Homework", style="Heading 1")
    f.para(document, "Find out how your home connects to the internet.")
    assert _terms(_found("Notes.docx", f.docx_bytes(document))) == {}


# The fourth blind set ------------------------------------------------------------------------------------------


MIND_MAP = """Searching algorithms
\tLinear search
\t\tStart at the first item
\t\tGot to the end? → not in the list
\tKey words
\t\tTarget
\t\t\tthe item you are searching for
\t\tMidpoint
\t\t\tthe middle item of the part of the list still being searched
\tCompare (1000 sorted items)
\t\tLinear: worst case 1000 checks
\t\tBinary: worst case 10 checks
"""


def test_a_mind_map_outline_keeps_its_shape_and_its_key_words():
    found = _found("Mind map.txt", MIND_MAP.encode())
    assert _terms(found) == {"Target": "the item you are searching for",
                             "Midpoint": "the middle item of the part of the list still being searched"}
    assert found["lesson_titles"] == ["Searching algorithms"]


GOOGLE_SITES = """<html><body>
<h2><div role="button" aria-label="Copy heading link"><span>link</span></div><span>Key words</span></h2>
<p>Click a key word to see what it means.</p>
<div><div role="button" aria-expanded="false"><p><span style="font-weight:700">Linear search</span></p></div>
<div><p>Checks each item in the list in turn, starting at the first, until it finds the target or gets to the end
of the list.</p></div></div>
<div><div role="button" aria-expanded="false"><p><span style="font-weight:700">Efficiency</span></p></div>
<div><p>How few steps (or how little time) an algorithm needs to do its job.</p></div></div>
</body></html>"""


def test_collapsible_key_words_on_a_web_page_pair_with_the_meaning_under_them():
    terms = _terms(_found("Searching.html", GOOGLE_SITES.encode()))
    assert set(terms) == {"Linear search", "Efficiency"}, "an icon button's name ('link') is not a key word"
    assert terms["Efficiency"].startswith("How few steps")


def test_a_title_under_a_title_heading_and_a_title_after_its_kind_of_sheet():
    cover = f.new_docx()
    f.para(cover, "COVER WORK", style="Heading 1")
    f.para(cover, "Title (for the board)", style="Heading 2")
    f.para(cover, "Scratch Maze Game – Walls and Winning")
    assert _found("Cover.docx", f.docx_bytes(cover))["lesson_titles"][0] == "Scratch Maze Game – Walls and Winning"
    mat = f.new_docx()
    f.para(mat, "Year 8 Computing – Learning Mat – HTML: Building a Web Page", bold=True)
    f.para(mat, "LO: Know the structure of an HTML page • Use tags to add headings • Add an image and a hyperlink")
    found = _found("Mat.docx", f.docx_bytes(mat))
    assert found["lesson_titles"][0] == "HTML: Building a Web Page"
    assert [o["text"] for o in found["objectives"]] == ["Know the structure of an HTML page",
                                                         "Use tags to add headings", "Add an image and a hyperlink"]


# The fifth blind set -------------------------------------------------------------------------------------------


def _deck_page(pdf: f.Pdf, boxes: list[tuple[float, float, float, str, float, bool]]) -> None:
    """A 16:9 page of a deck made in a design tool: each box placed where it is, wrapped to its own width, in the
    order it was made (x, y, width in mm, text, size, bold)."""
    pdf.add_page(format=(190.5, 338.7), orientation="L")
    for x, y, width, text, size, bold in boxes:
        pdf.set_font(pdf.sans, "B" if bold else "", size)
        pdf.set_xy(x, y)
        pdf.multi_cell(width, size * 0.5, pdf.typed(text))


def _design_deck(*pages: list[tuple[float, float, float, str, float, bool]]) -> bytes:
    pdf = f.Pdf()
    pdf.set_auto_page_break(auto=False)
    pdf.set_margins(0, 0, 0)
    for boxes in pages:
        _deck_page(pdf, boxes)
    return pdf.output_bytes()


CARDS = [("ENCRYPTION", "Scrambling data so that only someone with the key can read it."),
         ("PLAINTEXT", "The message before it is encrypted."),
         ("CIPHERTEXT", "The scrambled message after it has been encrypted."),
         ("CAESAR CIPHER", "A cipher that shifts every letter the same number of places along the alphabet.")]


def test_key_word_cards_whose_words_were_typed_before_their_meanings_pair_by_position():
    spots = [(20 + (index % 2) * 150, 40 + (index // 2) * 70) for index in range(len(CARDS))]
    words = [(x + 6, y + 6, 130, word, 20, True) for (word, _meaning), (x, y) in zip(CARDS, spots, strict=True)]
    meanings = [(x + 6, y + 22, 130, meaning, 15, False)
                for (_word, meaning), (x, y) in zip(CARDS, spots, strict=True)]
    deck = _design_deck([(20, 12, 300, "KEY WORDS", 36, True), *words, *meanings],
                        [(20, 18, 300, "HOW IT WORKS", 36, True),
                         (20, 50, 300, "Shift every letter 3 places along the alphabet.", 20, False)])
    assert _terms(_found("Encryption.pdf", deck)) == {
        "Encryption": "Scrambling data so that only someone with the key can read it.",
        "Plaintext": "The message before it is encrypted.",
        "Ciphertext": "The scrambled message after it has been encrypted.",
        "Caesar cipher": "A cipher that shifts every letter the same number of places along the alphabet.",
    }, "words in capitals on cards are key words, written as a sentence would; a heading in capitals is not"


def test_boxes_placed_apart_on_a_slide_are_not_one_wrapped_line():
    deck = _design_deck([(20, 18, 300, "TODAY WE WILL…", 40, True),
                         (30, 62, 270, "learn what encryption is and why we need it", 22, False),
                         (30, 102, 270, "use a Caesar cipher to encrypt and decrypt a message", 22, False),
                         (30, 142, 270, "explain why a Caesar cipher is easy to crack", 22, False)])
    assert [o["text"] for o in _found("Encryption.pdf", deck)["objectives"]] == [
        "Learn what encryption is and why we need it",
        "Use a Caesar cipher to encrypt and decrypt a message",
        "Explain why a Caesar cipher is easy to crack",
    ]


def test_a_heading_in_letter_spaced_capitals_is_closed_up():
    # A design tool's tracked-out letters come out of PDF text extraction with a space after each one.
    pdf = f.Pdf()
    pdf.add_page()
    pdf.line_of("K E Y  W O R D S", size=24, bold=True, height=12)
    pdf.line_of("Pixel: the smallest single dot of colour in an image", size=11)
    found = _found("Images.pdf", pdf.output_bytes())
    assert [h["text"] for h in found["headings"]] == ["KEY WORDS"]
    assert _terms(found) == {"Pixel": "the smallest single dot of colour in an image"}


class _PrintedPage(f.Pdf):
    """A web page printed from a browser: the date, time and page title on top, the address and "1/2" below."""

    def header(self) -> None:
        self.set_font(self.sans, "", 8)
        self.set_xy(8, 5)
        self.cell(60, 4, "02/10/2024, 09:14")
        self.set_xy(80, 5)
        self.cell(50, 4, "Y8 Hexadecimal Quiz")
        self.set_y(18)

    def footer(self) -> None:
        self.set_font(self.sans, "", 8)
        self.set_xy(8, -10)
        self.cell(150, 4, "https://forms.office.com/Pages/ResponsePage.aspx?id=Qm9vc3RlZC1ZOC1I")
        self.set_xy(185, -10)
        self.cell(15, 4, f"{self.page_no()}/{{nb}}", align="R")


def _printed_form() -> bytes:
    pdf = _PrintedPage()
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.line_of("Y8 Hexadecimal Quiz", size=20, height=10)
    for line in ["Learning objectives:", "- Convert between hexadecimal and denary",
                 "- Convert between binary and hexadecimal",
                 "You may use your mini whiteboard for working out. Good luck!", "* Required"]:
        pdf.line_of(line, size=10, height=5)
    questions = [("Which class are you in?", "", ["8X1", "8X2"]),
                 ("How many different digits does hexadecimal use?", " (1 Point)", ["2", "10", "16"]),
                 ("Convert the hexadecimal number 2F into denary.", " (2 Points)", None)]
    for number, (text, points, options) in enumerate(questions, start=1):
        pdf.ln(4)
        pdf.line_of(f"{number}. {text} *{points}", size=11)
        for option in options or ["Enter your answer"]:
            pdf.set_x(18)
            pdf.line_of(f"{'○' if pdf.unicode and options else 'o' if options else ''}  {option}".strip(), size=10)
    pdf.add_page()
    pdf.line_of("Key words", size=15, height=8)
    pdf.line_of("Place value – what a column is worth. In hex the columns are worth 1, 16, 256 …", size=10)
    return pdf.output_bytes()


def _answer_key() -> bytes:
    document = f.new_docx()
    f.para(document, "Y8 Hexadecimal Quiz – answer key", bold=True, size=14)
    f.table(document, [["Q", "Answer", "Marks"], ["2", "16", "1"], ["3", "47 (2 × 16 = 32, + 15 = 47)", "2"]])
    return f.docx_bytes(document)


def test_a_form_printed_from_the_browser_gives_its_questions_options_and_answer_key():
    documents = [*extract("Y8 Hexadecimal Quiz - Microsoft Forms.pdf", _printed_form()),
                 *extract("Hex quiz answers.docx", _answer_key())]
    questions = [(q["number"], q["text"], q["options"], q["answer"]) for q in merge(documents).questions]
    assert questions == [
        (2, "How many different digits does hexadecimal use?", ["2", "10", "16"], "16"),
        (3, "Convert the hexadecimal number 2F into denary.", [], "47"),
    ], "who is answering is not a question; the form's * and (1 Point) are not part of one; the working is not"
    text = documents[0].text
    assert "forms.office.com" not in text and "09:14" not in text, "the browser's header and footer are gone"


def test_a_forms_description_keeps_its_objectives_and_key_words_and_no_more():
    found = _found("Quiz.pdf", _printed_form())
    assert [o["text"] for o in found["objectives"]] == ["Convert between hexadecimal and denary",
                                                         "Convert between binary and hexadecimal"]
    assert _terms(found) == {"Place value": "what a column is worth. In hex the columns are worth 1, 16, 256 …"}


def test_a_course_label_or_an_answer_about_people_is_not_a_meaning():
    document = f.new_docx()
    f.para(document, "Data Representation – Lesson 4. Do this quiz at the end of the lesson, on your own.")
    f.para(document, "Answers", style="Heading 2")
    f.para(document, "2. The people – they chose the training data and did not check the results.")
    f.para(document, "Nibble – a group of 4 bits. One hex digit stands for exactly one nibble.")
    assert set(_terms(_found("Notes.docx", f.docx_bytes(document)))) == {"Nibble"}


def _tick_box() -> bytes:
    image = Image.new("RGB", (16, 16), "white")
    ImageDraw.Draw(image).rectangle([2, 2, 13, 13], outline="#3f3f3f", width=1)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _onenote_page(document: object, title: str, *, first: bool = False) -> None:
    """A OneNote page as Word gets it: its title in a big light font, then its date and time lines."""
    if not first:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    run = document.add_paragraph().add_run(title)
    run.font.name, run.font.size = "Calibri Light", Pt(20)
    for line in ("Monday, 7 October 2024", "10:15"):
        document.add_paragraph().add_run(line).font.size = Pt(10)


def test_a_onenote_export_reads_its_page_titles_to_do_tags_and_outline_without_its_stamps():
    document = f.new_docx()
    _onenote_page(document, "Lesson 5 – Can a computer be unfair?", first=True)
    f.para(document, "Learning intentions", bold=True)
    for objective in ["Describe how a machine learning model learns from training data",
                      "Suggest ways to make an AI system fairer"]:
        paragraph = document.add_paragraph()
        paragraph.add_run().add_picture(io.BytesIO(_tick_box()), width=Pt(10))
        paragraph.add_run(" " + objective)
    f.para(document, "The system makes a guess, called a prediction.")
    f.para(document, "Pasted from <https://www.bbc.co.uk/bitesize/topics/z3tbwmn>")
    _onenote_page(document, "Key vocabulary")
    f.para(document, "Training data", style="List Bullet")
    f.para(document, "the examples a machine learning model learns from", style="List Bullet 2")
    (read,) = extract("AI (OneNote export).docx", f.docx_bytes(document))
    found = read.structure
    assert found["lesson_titles"][0] == "Lesson 5 – Can a computer be unfair?"
    assert [o["text"] for o in found["objectives"]] == ["Describe how a machine learning model learns from training "
                                                         "data", "Suggest ways to make an AI system fairer"]
    assert _terms(found) == {"Training data": "the examples a machine learning model learns from"}
    for stamp in ("Monday, 7 October", "10:15", "Pasted from"):
        assert stamp not in read.text, stamp


WPS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:v="urn:schemas-microsoft-com:vml"')


def _floating_box(number: int, lines: list[str], *, top_cm: float) -> str:
    """A text box floating on the page as Word 2016 writes it, with the old-style copy for older readers."""
    paragraphs = "".join(f'<w:p><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">{line}</w:t></w:r>'
                         f'</w:p>' for line in lines)
    offset = int(top_cm * 360000)
    return (
        f'<w:r {WPS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" '
        f'distL="0" distR="0" simplePos="0" relativeHeight="{number}" behindDoc="0" locked="0" layoutInCell="1" '
        f'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>720000'
        f'</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>{offset}</wp:posOffset>'
        f'</wp:positionV><wp:extent cx="6000000" cy="900000"/><wp:wrapNone/><wp:docPr id="{number}" '
        f'name="Text Box {number}"/><a:graphic><a:graphicData '
        f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr/><wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
        f'</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>'
        f'<v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        f'</mc:AlternateContent></w:r>'
    )


def test_a_poster_of_floating_text_boxes_is_read_once_in_page_order():
    document = f.new_docx()
    name = f.para(document, "Name: ______________________")
    # Made in another order than they sit on the page, as a poster is.
    for number, lines, top in [(1, ["Key words to use: machine learning, training data, bias"], 20),
                               (2, ["☐ one real example of AI bias", "☐ two ways to make AI fairer"], 13),
                               (3, ["Make a poster that explains why AI is not always fair."], 6)]:
        name._p.append(parse_xml(_floating_box(number, lines, top_cm=top)))
    (read,) = extract("Poster.docx", f.docx_bytes(document))
    assert read.text.split("\n") == [
        "Name: ______________________",
        "Make a poster that explains why AI is not always fair.",
        "- one real example of AI bias",
        "- two ways to make AI fairer",
        "Key words to use: machine learning, training data, bias",
    ]
    assert _terms(read.structure) == {"machine learning": "", "training data": "", "bias": ""}
    assert read.structure["headings"] == [], "a line with a tick box in a big font is not a heading"


def test_questions_about_a_program_shown_before_them_carry_it():
    document = f.new_docx()
    f.code_lines(document, 'message = input("Message: ")\nfor letter in message:\n    print(ord(letter))')
    f.para(document, "Questions", bold=True)
    f.para(document, "1. What does ord(letter) give you?")
    f.para(document, "2. What will the program print if the message is AB?")
    f.para(document, "3. Why do programmers write comments?")
    found = _found("Extension.docx", f.docx_bytes(document))
    assert [bool(q.get("code")) for q in found["questions"]] == [True, True, False]
    assert found["questions"][0]["code"].startswith('message = input("Message: ")')


@needs_tesseract
def test_a_picture_of_words_in_a_word_table_is_read():
    document = f.new_docx()
    f.para(document, "Storage – worksheet", size=16, bold=True)
    layout = document.add_table(rows=1, cols=1)
    layout.cell(0, 0).paragraphs[0].add_run().add_picture(
        io.BytesIO(f.picture_png(WORKSHEET, height=600)), width=Inches(6))
    terms = _terms(_found("Storage.docx", f.docx_bytes(document)))
    assert {"Solid state drive", "Optical disc"} <= set(terms), sorted(terms)


def test_the_sides_of_a_comparison_are_named_with_the_kind_of_thing_the_document_says_they_are():
    deck = f.new_pptx()
    f.content_slide(deck, "Learning objectives", ["Compare star and bus topologies"])
    f.content_slide(deck, "Star vs bus", ["Star: every device has its own cable to a central switch",
                                          "Bus: every device is connected to one main cable (the backbone)"])
    f.content_slide(deck, "RAM vs ROM", ["RAM: memory that loses its contents when the power is off"])
    assert _terms(_found("Networks.pptx", f.pptx_bytes(deck))) == {
        "Star topology": "Every device has its own cable to a central switch",
        "Bus topology": "Every device is connected to one main cable (the backbone)",
        "RAM": "Memory that loses its contents when the power is off",
    }


def test_headings_read_just_before_their_text_on_a_slide_stay_headings():
    deck = _design_deck([(20, 18, 300, "Star topology", 36, True),
                         (20, 50, 140, "Advantages", 20, True),
                         (20, 64, 140, "If one cable breaks, only that device loses its connection.", 15, False),
                         (180, 50, 140, "Disadvantages", 20, True),
                         (180, 64, 140, "If the central switch fails, the whole network goes down.", 15, False)])
    found = _found("Topologies.pdf", deck)
    assert [h["text"] for h in found["headings"]] == ["Star topology", "Advantages", "Disadvantages"]
    assert "Advantages" not in _terms(found)


def test_a_link_at_the_foot_of_each_page_is_kept():
    pdf = f.Pdf()
    for page in range(2):
        pdf.add_page()
        pdf.line_of(f"Task {page + 1}: make a maze game in Scratch with walls and a way to win.")
        pdf.line_of("https://scratch.mit.edu/projects/editor")
    (document,) = extract("Tasks.pdf", pdf.output_bytes())
    assert document.text.count("scratch.mit.edu") == 2, "only a browser's address with its page count is a footer"


def test_a_time_on_its_own_line_is_kept_when_no_date_stamps_the_page():
    document = f.new_docx()
    f.para(document, "9:15")
    f.para(document, "Starter: what makes a game fun?")
    (read,) = extract("Plan.docx", f.docx_bytes(document))
    assert read.text.startswith("9:15")


# The sixth set: a Quizlet export with the Google Slides deck it goes with, a Teach Computing-style lesson and unit
# overview, and a GCSE practice paper with its mark scheme.

def test_a_flash_card_set_exported_as_tab_separated_text_is_a_glossary():
    cards = "Sensor\tAn input device that measures a physical quantity\nActuator\tAn output device that makes " \
            "something physically happen\nThreshold\tThe value a sensor reading is compared with"
    assert _terms(_found("cards.txt", cards.encode())) == {
        "Sensor": "An input device that measures a physical quantity",
        "Actuator": "An output device that makes something physically happen",
        "Threshold": "The value a sensor reading is compared with",
    }


def test_a_slide_without_a_title_placeholder_is_titled_by_its_biggest_short_line():
    deck = f.new_pptx(title="Y9 L2 - old deck name")
    cover = f.blank_slide(deck)
    f.text_box(cover, "Sensors and Actuators", left=0.6, top=1.6, width=8.8, size=44, bold=True)
    f.text_box(cover, "Physical computing · Lesson 2", left=0.6, top=2.9, width=8.8, size=20)
    body = f.blank_slide(deck)
    f.text_box(body, "Two lines of text\nin one box", left=0.6, top=1.0, width=8.8, size=18)
    found = _found("Sensors.pptx", f.pptx_bytes(deck))
    assert found["lesson_titles"] == ["Sensors and Actuators"]
    assert [h["text"] for h in found["headings"]] == ["Sensors and Actuators"], "a slide of body text has no title"


def _overview(vocabulary: str, after: str = "") -> bytes:
    document = f.new_docx()
    f.para(document, "Unit overview", style="Title")
    f.para(document, "Learners change the fill (the colour inside a shape) of objects, and compare vector graphics "
                     "with a bitmap image (an image made of pixels).")
    f.para(document, "Key vocabulary", style="Heading 2")
    f.para(document, vocabulary)
    if after:
        f.para(document, after)
    return f.docx_bytes(document)


def test_a_long_comma_list_of_key_words_is_a_list_not_prose():
    words = "Vector graphic, object, fill, stroke, path, node, z-order, grouping, alignment, distribute, union, " \
            "difference, intersection, scalable"
    found = _found("Overview.docx", _overview(words))
    assert [t["term"] for t in found["vocabulary"]][:14] == [w.strip() for w in words.split(",")]


def test_a_line_after_a_list_of_bare_key_words_ends_the_list():
    found = _found("Overview.docx", _overview("Vector graphic, object, fill",
                                              after="Software: Inkscape 1.x (installed on all machines in IT2)"))
    assert "Software" not in _terms(found)


def test_a_listed_key_word_takes_the_meaning_the_text_gives_it_in_brackets():
    terms = _terms(_found("Overview.docx", _overview("vector graphic, fill, bitmap")))
    assert terms["fill"] == "The colour inside a shape"
    assert terms["Bitmap image"] == "An image made of pixels", "the noun after the listed word is part of its name"


def test_a_slide_that_bolds_its_key_words_does_not_define_its_title():
    deck = f.new_pptx()
    f.marked_content_slide(deck, "Stacking objects", [
        "Every new object you draw is placed on top of the objects before it.",
        "The **z-order** is the order in which objects are stacked, from back to front.",
    ])
    f.marked_content_slide(deck, "Lining things up", ["**Alignment** lines objects up along their edges."])
    assert _terms(_found("Vectors.pptx", f.pptx_bytes(deck))) == {
        "Z-order": "The order in which objects are stacked, from back to front",
        "Alignment": "Lines objects up along their edges",
    }


def test_bold_key_words_glossed_in_passing_take_their_meanings():
    deck = f.new_pptx()
    f.marked_content_slide(deck, "Recap", [
        "Every object has a **fill** (the colour inside it) and a **stroke** (its outline).",
        "You edited **paths** – lines made of curved segments – by dragging their **nodes**, the points that a path "
        "passes through.",
    ])
    assert _terms(_found("Recap.pptx", f.pptx_bytes(deck))) == {
        "Fill": "The colour inside it",
        "Stroke": "Its outline",
        "Paths": "Lines made of curved segments",
        "Nodes": "The points that a path passes through",
    }


def test_a_checklist_of_work_done_is_not_success_criteria():
    document = f.new_docx()
    f.para(document, "Checklist", bold=True)
    for check in ["☐ I used at least four objects", "☐ My logo is grouped and moves as one",
                  "☐ The text is centred on the badge using Align and Distribute"]:
        f.para(document, check)
    f.para(document, "Revision checklist", bold=True)
    f.para(document, "☐ I can describe how a bubble sort works")
    found = _found("Worksheet.docx", f.docx_bytes(document))
    assert [o["text"] for o in found["objectives"]] == ["I can describe how a bubble sort works"]


def test_dash_lines_beside_a_glossary_are_not_more_key_words():
    deck = f.new_pptx()
    vocab = f.titled_slide(deck, "Vocab")
    f.slide_table(vocab, [["Word", "Meaning"], ["Sensor", "an input device that measures something"],
                          ["Actuator", "an output device that makes something happen"],
                          ["Threshold", "the value a sensor reading is compared with"]], left=0.5, top=1.5, width=9)
    f.content_slide(deck, "Sensors on the micro:bit", ["Light sensor – the LEDs measure light level from 0 to 255",
                                                       "Temperature sensor – built into the processor, gives °C"])
    assert set(_terms(_found("Sensors.pptx", f.pptx_bytes(deck)))) == {"Sensor", "Actuator", "Threshold"}


def test_a_sentence_defining_a_word_as_one_thing_or_by_its_use_defines_it():
    document = f.new_docx()
    f.para(document, "A pass is one run through the list, comparing each pair of adjacent items.")
    f.para(document, "A merge sort is used to put a list into order. Maya Ben Zoe Ali")
    f.para(document, "Python is one of the most popular languages.")
    assert _terms(_found("Sorting.docx", f.docx_bytes(document))) == {
        "Pass": "One run through the list, comparing each pair of adjacent items",
        "Merge sort": "Used to put a list into order",
    }


def test_an_exam_question_or_objective_asking_what_a_word_means_names_a_key_word():
    pdf = f.Pdf()
    pdf.add_page()
    pdf.line_of("(a) State what is meant by a sorting algorithm. [1 mark]")
    pdf.line_of("(b) Explain how a bubble sort knows that the list is sorted.")
    pdf.line_of("I can describe how an insertion sort works")
    terms = _terms(_found("Paper.pdf", pdf.output_bytes()))
    assert terms == {"Sorting algorithm": "", "Insertion sort": ""}


# --- the seventh set: ordinary documents ------------------------------------------------------------------------

def test_markdown_lines_each_opening_with_a_bold_word_are_lines_of_their_own():
    readme = (b"# Lists\n\n### Key terms\n**list**: a collection of items stored in order under one name\n"
              b"**index**: the position of an item in a list\n**append**: to add an item to the end of a list\n")
    assert _terms(_found("README.md", readme)) == {
        "list": "a collection of items stored in order under one name",
        "index": "the position of an item in a list",
        "append": "to add an item to the end of a list",
    }


def test_an_error_named_as_a_program_prints_it_is_defined_by_what_follows_its_dash():
    readme = (b"## Common errors\n`IndexError: list index out of range` - you asked for an index that isn't in "
              b"the list\n")
    assert _terms(_found("README.md", readme)) == {"IndexError": "You asked for an index that isn't in the list"}


def test_key_words_for_the_board_are_key_words():
    plan = b"Lesson 5 - Lists\n\nKey words for the board: list, item, index, append, iteration\n"
    assert list(_terms(_found("plan.txt", plan))) == ["list", "item", "index", "append", "iteration"]


def test_a_line_telling_pupils_what_to_do_after_a_dash_is_not_an_objective():
    deck = f.new_pptx()
    f.content_slide(deck, "Learning Objectives", ["Explain why files are compressed",
                                                  "Compare lossy and lossless compression",
                                                  "Keywords on the next slide – copy them into the back of your book"])
    found = _found("Compression.pptx", f.pptx_bytes(deck))
    assert [o["text"] for o in found["objectives"]] == ["Explain why files are compressed",
                                                        "Compare lossy and lossless compression"]


def test_an_answer_option_saying_what_something_is_defines_no_key_word():
    deck = f.new_pptx()
    f.content_slide(deck, "Quiz – Question 3", ["Why is lossy compression used for streaming music?",
                                                "A) It keeps every bit of the original recording",
                                                "D) It is the only type of compression that works on sound"])
    assert _terms(_found("Quiz.pptx", f.pptx_bytes(deck))) == {}


def test_a_slide_whose_first_line_says_what_each_of_many_things_can_do_does_not_define_its_title():
    deck = f.new_pptx()
    f.content_slide(deck, "RLE with pictures", ["Each row of a black and white image can be stored using RLE",
                                                "  W = white pixel, B = black pixel"])
    f.content_slide(deck, "Bandwidth", ["How much data can be sent over a connection each second"])
    assert set(_terms(_found("RLE.pptx", f.pptx_bytes(deck)))) == {"Bandwidth"}


def test_a_bold_word_that_only_starts_a_name_is_not_defined_by_the_rest_of_its_sentence():
    document = f.new_docx()
    f.para(document, "**Lossy** compression works differently. It permanently removes data people will not notice.")
    f.para(document, "The **Program Counter** holds the address of the next instruction.")
    assert _terms(_found("Homework.docx", f.docx_bytes(document))) == {
        "Program Counter": "Holds the address of the next instruction",
    }


def test_a_program_in_a_table_cell_gives_no_key_words():
    document = f.new_docx()
    f.para(document, "Code corner (Python)", bold=True)
    f.table(document, [["# How much cloud storage do my photos need?\nphotos = 2500\n"
                        "size_mb = 3.2   # average size of one photo\ntotal_gb = photos * size_mb / 1000\n"
                        "print(\"You need\", total_gb, \"GB\")"]])
    found = _found("Organiser.docx", f.docx_bytes(document))
    assert _terms(found) == {}
    assert [snippet["language"] for snippet in found["code_snippets"]] == ["python"]


def test_a_plan_timed_in_minute_ranges_gives_the_lesson_sequence():
    plan = (b"Lesson 5 - Lists\n\n0-5 mins Starter - predict the output\n5-15 mins Demo - live code the shopping "
            b"list\n15-35 mins Tasks 1-4 from the README\n45-50 mins Exit ticket - the index of the last item\n")
    (sequence,) = _found("plan.txt", plan)["sequences"]
    assert sequence["steps"] == ["Starter - predict the output", "Demo - live code the shopping list",
                                 "Tasks 1-4 from the README", "Exit ticket - the index of the last item"]


def test_numbered_lines_under_a_line_saying_they_are_answers_are_not_steps():
    plan = (b"Answers to the check your understanding qs:\n1) 2\n2) 4\n"
            b"3) a variable holds one value, a list holds lots of values under one name\n")
    assert _found("plan.txt", plan)["sequences"] == []


def test_crossword_clues_define_the_words_a_separate_answers_document_gives_by_number():
    sheet = f.new_docx()
    f.para(sheet, "Key word crossword", bold=True, size=16)
    f.para(sheet, "Across", bold=True)
    f.para(sheet, "2. A word, picture or button you click to jump to another web page (9)")
    f.para(sheet, "4. A keyword in angle brackets that tells the browser how to show the content (3)")
    f.para(sheet, "Down", bold=True)
    f.para(sheet, "1. The address of a web page (3)")
    answers = f.new_docx()
    f.para(answers, "Crossword – teacher answers", bold=True, size=16)
    f.table(answers, [["Across", "Down"], ["2 hyperlink\n4 tag", "1 URL\n3 element"]])
    sheet_found = _found("Learning mat.docx", f.docx_bytes(sheet))
    assert sheet_found["sequences"] == []  # clues, not steps
    merged = merge([*extract("Learning mat.docx", f.docx_bytes(sheet)),
                    *extract("Learning mat answers.docx", f.docx_bytes(answers))])
    assert {v["term"]: v["definition"] for v in merged.vocabulary} == {
        "hyperlink": "A word, picture or button you click to jump to another web page",
        "tag": "A keyword in angle brackets that tells the browser how to show the content",
        "URL": "The address of a web page",
    }



# --- the eighth set: ordinary documents -------------------------------------------------------------------------

def _quiz_slide_pdf() -> bytes:
    """A "check for understanding" page of a deck saved as PDF: a question, options in boxes and a bold tick drawn
    beside the right one, and a bold prompt under them."""
    pdf = f.Pdf()
    pdf.set_auto_page_break(auto=False)
    pdf.add_page(format=f.SLIDE_PAGE)
    pdf.set_xy(12, 10)
    pdf.set_font(pdf.sans, "B", 22)
    pdf.cell(200, 11, "Check for understanding")
    pdf.set_xy(12, 30)
    pdf.set_font(pdf.sans, "", 16)
    pdf.cell(200, 8, "Which line of code contains a syntax error?")
    for index, option in enumerate(['print("Score:", score)', "if score > 10", "total = total + 1"]):
        pdf.set_xy(24, 63 + 16 * index)
        pdf.set_font(pdf.mono, "", 14)
        pdf.cell(140, 7, f"{'abc'[index]}   {option}")
        if index == 1:
            pdf.set_xy(174, 61 + 16 * index)
            pdf.set_font(pdf.sans, "B", 20)
            pdf.cell(10, 10, pdf.typed("✓"))
    pdf.set_xy(20, 112)
    pdf.set_font(pdf.sans, "B", 14)
    pdf.cell(100, 7, "Justify your answer.")
    return pdf.output_bytes()


def test_a_bold_tick_beside_a_quiz_option_on_a_pdf_slide_does_not_make_the_option_a_key_word():
    assert _terms(_found("Errors.pdf", _quiz_slide_pdf())) == {}


def test_a_slide_body_that_opens_with_a_question_does_not_define_the_title():
    deck = f.new_pptx()
    f.content_slide(deck, "Check for understanding", ["True or false? A program with a syntax error will run until "
                                                      "it reaches the line with the error."])
    assert _terms(_found("Errors.pptx", f.pptx_bytes(deck))) == {}


def test_a_slide_body_about_a_word_of_its_title_does_not_define_the_title():
    deck = f.new_pptx()
    f.content_slide(deck, "Errors in programs", ["Programs rarely work perfectly the first time they are written."])
    f.content_slide(deck, "Trace table", ["A table used to record the values of variables as a program runs"])
    assert _terms(_found("Errors.pptx", f.pptx_bytes(deck))) == {
        "Trace table": "A table used to record the values of variables as a program runs",
    }


def test_a_heading_as_big_as_a_glossary_of_dash_lines_starts_the_next_section():
    document = f.new_docx()
    f.para(document, "Keywords", style="Heading 2")
    f.para(document, "**syntax error** - a mistake that breaks the rules of the programming language")
    f.para(document, "**debugging** - the process of finding and fixing errors in a program")
    f.para(document, "Common misconception", style="Heading 2")
    f.para(document, "If a program runs without an error message, it must be working correctly.")
    assert set(_terms(_found("Lesson details.docx", f.docx_bytes(document)))) == {"syntax error", "debugging"}


def test_a_bold_word_is_defined_by_the_sentence_that_names_it_or_says_what_it_means():
    document = f.new_docx()
    f.para(document, "Before you can use a variable you have to **declare** it, which means creating it and giving "
                     "it a name. Giving a variable a value with the = sign is called **assignment**.")
    f.para(document, "Changing a value from one data type to another is called **type conversion** (also casting).")
    f.para(document, "Joining strings like this is called **concatenation**.")
    assert _terms(_found("Variables.docx", f.docx_bytes(document))) == {
        "Declare": "Creating it and giving it a name",
        "Assignment": "Giving a variable a value with the = sign",
        "Type conversion": "Changing a value from one data type to another",
        "Concatenation": "Joining strings",  # the doing said "like this" is its meaning
    }


def test_a_bold_word_and_the_noun_its_meaning_names_again_are_one_key_word():
    document = f.new_docx()
    f.para(document, "Old phones often end up in landfill. Buying **refurbished** devices – second-hand devices that "
                     "have been cleaned, repaired and tested – also keeps them out of landfill.")
    assert _terms(_found("Booklet.docx", f.docx_bytes(document))) == {
        "Refurbished devices": "Second-hand devices that have been cleaned, repaired and tested",
    }


def test_a_step_telling_pupils_what_to_type_is_not_a_key_word():
    document = f.new_docx()
    f.para(document, "1. Open the console.")
    f.para(document, "2. Type let age = 13; and press Enter.")
    assert _terms(_found("Console.docx", f.docx_bytes(document))) == {}


def test_a_video_transcript_is_its_speech_and_a_thing_named_at_a_caption_end_is_explained_by_the_next():
    transcript = (b"Where does your old phone go?\n[00:00] [Music]\n[00:05] hey everyone welcome back\n"
                  b"[01:50] there's gold in there silver copper palladium\n"
                  b"[02:01] so people have started calling it urban mining\n"
                  b"[02:05] getting the metals back out of old devices instead of digging them out of the ground\n"
                  b"[02:10] and that matters because mining is damaging\n[02:15] [Music]\n")
    (document,) = extract("Video transcript.txt", transcript)
    assert _terms(document.structure) == {
        "urban mining": "getting the metals back out of old devices instead of digging them out of the ground",
    }
    assert "[02:01]" not in document.text
    assert "[Music]" not in document.text
