"""Shapes first met in the twenty-third held-out set (slides and PDFs): "annotated code" slides whose callouts round a
code box, each joined to a line by an arrow, define what the line uses; objectives as "LO1  Explain…" lines spaced
off their code; a bold word named at the end of the sentence that says what gives it; lettered code strips of a
Parsons problem; a speaker note "Key word – get them to write it down: a layer is…"; a PDF table whose header ran
two columns together; and one key word named with and without its kind ("Clone stamp" / "Clone stamp tool")."""

from __future__ import annotations

from app.services.documents import extract, glosses, merge, vocabulary
from app.services.documents.findings import Findings
from app.services.documents.phrases import is_term
from tests.corpus import formats as f
from tests.documents.shapes import found as _found
from tests.documents.shapes import objectives as _objectives
from tests.documents.shapes import terms as _terms

CODE = 'file = open("scores.txt", "r")\nfor line in file:\n    print(line.strip())\nfile.close()'


def _annotated(callouts: list[tuple[str, tuple[float, float]]], *, joined: bool = True) -> bytes:
    """A deck whose second slide is a code box with each callout drawn below or beside it, an arrow from the
    callout's corner to the code when `joined`."""
    presentation = f.new_pptx()
    f.title_slide(presentation, "Files in Python", "Year 10")
    slide = f.titled_slide(presentation, "Annotated code")
    f.text_box(slide, CODE, left=0.5, top=1.7, width=5.6, height=2.2, size=16, font="Consolas")
    for text, (left, top) in callouts:
        f.shape_box(slide, text, left=left, top=top, width=3.3, height=1.2, kind="RECTANGULAR_CALLOUT",
                    fill="FFF2CC", color="000000", size=12)
        if joined:
            f.arrow(slide, start=(left + 0.2, top), end=(3.0, 2.5))
    return f.pptx_bytes(presentation)


READ_MODE = '"r" = read mode: you can only look at what is in the file, not change it.'
WRITE_MODE = '⚠ "w" = write mode: makes a new, empty file and wipes anything already in it.'
OPEN = "open() connects your program to a file on the disk and gives you back a file object."
STRIP = (".strip() takes the newline character off the end of each line. The newline character is the invisible "
         "character that marks where one line ends.")
WRITE = ".write() only takes ONE string. Numbers? Use str() first."


def test_a_callout_joined_to_code_names_a_quoted_value_and_its_meaning():
    found = _terms(_found("deck.pptx", _annotated([(READ_MODE, (0.4, 4.6))])))
    assert found.get("Read mode") == '"r": you can only look at what is in the file, not change it'


def test_a_mode_named_by_a_verb_is_a_key_word():
    found = _terms(_found("deck.pptx", _annotated([(WRITE_MODE, (0.4, 4.6))])))
    assert "Write mode" in found


def test_a_callout_opening_on_a_bare_function_name_defines_it():
    found = _terms(_found("deck.pptx", _annotated([(OPEN, (6.4, 4.6))])))
    assert found.get("open()") == "Connects your program to a file on the disk and gives you back a file object"


def test_a_callout_explaining_its_line_then_defining_a_word_gives_that_word():
    found = _terms(_found("deck.pptx", _annotated([(STRIP, (6.4, 1.4))])))
    assert found.get("Newline character") == "The invisible character that marks where one line ends"


def test_a_callout_on_a_method_call_is_no_key_word():
    found = _terms(_found("deck.pptx", _annotated([(WRITE, (6.4, 1.4)), (OPEN, (0.4, 4.6))])))
    assert ".write()" not in found


def test_a_callout_no_arrow_joins_to_the_code_is_not_read_as_one():
    found = _terms(_found("deck.pptx", _annotated([(OPEN, (6.4, 4.6))], joined=False)))
    assert "open()" not in found


def test_is_term_takes_a_mode_that_opens_on_a_verb():
    assert is_term("Write mode")


def test_lo_lines_spaced_off_their_codes_are_objectives():
    presentation = f.new_pptx()
    f.title_slide(presentation, "File handling", "Year 10")
    f.content_slide(presentation, "What are we doing today?", [
        "LO1  Explain why programs need to store data in files",
        "LO2  Open, read and write a text file in Python",
    ])
    found = _objectives(_found("deck.pptx", f.pptx_bytes(presentation)))
    assert found == ["Explain why programs need to store data in files", "Open, read and write a text file in Python"]


def test_a_bold_word_a_doing_gives_you_is_defined_by_the_doing():
    presentation = f.new_pptx()
    f.title_slide(presentation, "File handling", "Year 10")
    f.marked_content_slide(presentation, "Why files?", [
        "When a program ends, everything in its variables is lost.",
        "Saving data in a file so that it is still there the next time the program runs gives you "
        "**persistent data**.",
    ])
    found = _terms(_found("deck.pptx", f.pptx_bytes(presentation)))
    assert found.get("Persistent data") == ("Saving data in a file so that it is still there the next time the "
                                            "program runs")


def test_a_lettered_code_strip_is_no_key_word():
    assert vocabulary.line_term('C score = input("Enter your score: ")', in_section=False) is None


def test_a_key_word_note_gives_the_word_its_sentence_defines():
    found = vocabulary.anywhere_term("Key word – get them to write it down: a layer is a separate level of an image "
                                     "that you can edit without changing the rest of the picture.", [])
    assert found == vocabulary.Candidate("Layer", "A separate level of an image that you can edit without changing "
                                                  "the rest of the picture")


def _tool_table_pdf() -> bytes:
    """A slide printed to PDF with a ruled "Tool | Shortcut | What it does" table, the header's last two words set
    closer together than cells usually are."""
    pdf = f.Pdf(title="Tools")
    pdf.add_page()
    pdf.line_of("Tool time", size=20, bold=True, height=10)
    rows = [["Tool", "Shortcut", "What it does"],
            ["Crop tool", "C", "Cuts away the edges of a picture that you do not want"],
            ["Lasso tool", "L", "Lets you draw round part of a picture to select just that part"],
            ["Magic wand tool", "W", "Selects every pixel of one colour that touches the pixel you click"]]
    widths, left, top = [38, 22, 94], 28.0, pdf.get_y() + 3
    for index, row in enumerate(rows):
        pdf.set_font(pdf.sans, "B" if index == 0 else "", 10)
        bottom = top
        for column, (cell, width) in enumerate(zip(row, widths, strict=True)):
            pdf.set_xy(left + sum(widths[:column]), top)
            pdf.multi_cell(width, 5.5, pdf.typed(cell), padding=1, new_x="LEFT", new_y="NEXT")
            bottom = max(bottom, pdf.get_y())
        for column, width in enumerate(widths):
            pdf.rect(left + sum(widths[:column]), top, width, bottom - top)
        top = bottom
    return pdf.output_bytes()


def test_a_pdf_table_header_run_together_is_split_where_its_rows_are():
    found = _terms(_found("tools.pdf", _tool_table_pdf()))
    assert found.get("Crop tool") == "Cuts away the edges of a picture that you do not want"


def test_a_pdf_table_header_is_no_key_word():
    found = _terms(_found("tools.pdf", _tool_table_pdf()))
    assert "Tool" not in found


def test_a_word_named_without_its_kind_after_it_is_the_same_word():
    findings = Findings()
    findings.add_term("Append mode", "Adds new data to the end of the file")
    findings.add_term("Append", "Adds to the end")
    assert [item["term"] for item in findings.vocabulary] == ["Append mode"]


def test_a_word_named_with_its_kind_after_it_names_the_word_in_full():
    findings = Findings()
    findings.add_term("Clone stamp", "Copies pixels from one part of the picture to another")
    findings.add_term("Clone stamp tool", "Copies pixels")
    assert findings.vocabulary == [{"term": "Clone stamp tool",
                                    "definition": "Copies pixels from one part of the picture to another"}]


def _deck(line: str) -> bytes:
    presentation = f.new_pptx()
    f.title_slide(presentation, "Photo editing", "Year 8")
    f.content_slide(presentation, "Key words", [line])
    return f.pptx_bytes(presentation)


def test_two_documents_naming_a_word_with_and_without_its_kind_give_it_once():
    documents = [*extract("a.pptx", _deck("Clone stamp – copies pixels from one part of the picture to another")),
                 *extract("b.pptx", _deck("Clone stamp tool – copies pixels from one part of a photo over another"))]
    assert [item["term"] for item in merge(documents).vocabulary] == ["Clone stamp tool"]


def test_a_thing_said_to_be_of_a_kind_explained_after_a_dash_gives_the_kind():
    found = glosses.unmarked_glosses("Answer: both have been edited. B is a composite image – one picture made by "
                                     "combining parts of two or more photos (the rock was never on that beach).")
    assert vocabulary.Candidate("Composite image", "One picture made by combining parts of two or more photos") in found


def test_a_kind_explained_after_a_dash_needs_a_meaning_that_describes_one():
    assert glosses.unmarked_glosses("This is a busy beach – one we visited last summer.") == []
