"""Held out. A Year 8 HTML "learning mat" in Word, landscape: a title line and the objectives as one "LO:" line of
"•"-separated parts, then a 2x2 table whose four quadrants are the parts of a web page (an HTML skeleton in
Courier New), the tags to use (each tag beside a few words on what it does), "check your understanding"
questions and a challenge; on page 2 a key-word crossword (the grid as a table of numbered, shaded cells) whose
Across/Down clue list is the only place the key words are defined, with "(n)" letter counts. The key words
themselves appear only in a separate teacher answers document, beside the clue numbers."""

from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from tests.corpus.formats import docx_bytes, new_docx, para, table

TITLE = "HTML: Building a Web Page"
OBJECTIVES_LINE = ("LO: Know the structure of an HTML page (head and body) • Use tags to add headings, "
                   "paragraphs and lists • Add an image and a hyperlink using attributes")

SKELETON = """<!DOCTYPE html>
<html>
  <head>
    <title>My hobby page</title>
  </head>
  <body>
    <h1>All about skateboarding</h1>
    <p>I have been skating for two years.</p>
    <img src="skate.jpg" alt="My skateboard">
    <a href="https://www.skateboardgb.org">Skateboard GB</a>
  </body>
</html>"""

TAGS = [
    "<h1> … </h1>   the biggest heading (<h2> is smaller)",
    "<p> … </p>   a paragraph of text",
    "<ul> <li> … </li> </ul>   a bulleted list, one <li> per bullet",
    "<img src=\"…\" alt=\"…\">   a picture – no closing tag!",
    "<a href=\"…\"> … </a>   a link to another page",
]

QUESTIONS = [
    ("What does HTML stand for?", "HyperText Markup Language"),
    ("Which tag holds everything that is shown in the browser window?", "<body>"),
    ("Spot the mistake: <h1>My page<h1>", "The closing tag needs a slash: </h1>"),
    ("Why should every image have an alt attribute?",
     "So a screen reader can describe the picture to someone who cannot see it, and the words show if the "
     "picture does not load."),
]

CHALLENGE = [
    "Make your own hobby page in Notepad and save it as index.html.",
    "Add a bulleted list of three facts about your hobby.",
    "Add a picture WITH alt text and a link to a website about your hobby.",
    "Open it in the browser. Swap with your partner – can they find a mistake?",
]

# The crossword: (number, direction, answer, row, column, clue). The clues are the definitions.
WORDS = [
    (1, "down", "URL", 0, 7, "The address of a web page, e.g. https://www.bbc.co.uk"),
    (2, "across", "HYPERLINK", 2, 2, "A word, picture or button you click to jump to another web page"),
    (2, "down", "HTML", 2, 2, "The language used to describe the structure of a web page"),
    (3, "down", "ELEMENT", 2, 5, "An opening tag, a closing tag and the content between them"),
    (4, "across", "TAG", 8, 5, "A keyword in angle brackets, like <p>, that tells the browser how to show the "
                               "content"),
    (5, "down", "ATTRIBUTE", 8, 6, "Extra information written inside an opening tag, such as src or href"),
    (6, "across", "BROWSER", 11, 5, "The program that reads HTML and shows it as a web page, e.g. Chrome or Edge"),
]
ROWS, COLUMNS = 17, 12
ACRONYMS = {"URL", "HTML"}


def grid() -> tuple[dict[tuple[int, int], str], dict[tuple[int, int], int]]:
    """The letters of the crossword by (row, column), and the clue number written in each word's first cell."""
    letters: dict[tuple[int, int], str] = {}
    numbers: dict[tuple[int, int], int] = {}
    for number, direction, answer, row, column, _clue in WORDS:
        numbers[(row, column)] = number
        for index, letter in enumerate(answer):
            cell = (row + index, column) if direction == "down" else (row, column + index)
            assert letters.get(cell, letter) == letter, f"crossing words disagree at {cell}"
            letters[cell] = letter
    return letters, numbers


def _shade(cell: object, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _crossword_table(document: object, *, filled: bool) -> None:
    letters, numbers = grid()
    made = document.add_table(rows=ROWS, cols=COLUMNS)
    made.style = "Table Grid"
    for row_index, row in enumerate(made.rows):
        row.height = Cm(0.6)
        for column, cell in enumerate(row.cells):
            cell.width = Cm(0.6)
            place = (row_index, column)
            if place not in letters:
                _shade(cell, "000000")
                continue
            paragraph = cell.paragraphs[0]
            if place in numbers:
                run = paragraph.add_run(str(numbers[place]))
                run.font.size = Pt(6)
                run.font.superscript = True
            if filled:
                paragraph.add_run(letters[place]).font.size = Pt(10)


def _clues(document: object) -> None:
    for direction in ("across", "down"):
        para(document, direction.capitalize(), bold=True)
        for number, way, answer, _row, _column, clue in WORDS:
            if way == direction:
                para(document, f"{number}. {clue} ({len(answer)})")


def _quadrant(cell: object, heading: str, lines: list[str], *, code: bool = False, fill: str) -> None:
    _shade(cell, fill)
    cell.paragraphs[0].add_run(heading).bold = True
    cell.paragraphs[0].runs[0].font.size = Pt(13)
    for line in lines:
        run = cell.add_paragraph().add_run(line)
        run.font.size = Pt(9 if code else 10.5)
        if code:
            run.font.name = "Courier New"


def learning_mat() -> bytes:
    document = new_docx(title="HTML learning mat")
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for margin in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, margin, Cm(1.27))
    para(document, f"Year 8 Computing – Learning Mat – {TITLE}", bold=True, size=18)
    para(document, OBJECTIVES_LINE, size=11)
    mat = document.add_table(rows=2, cols=2)
    mat.style = "Table Grid"
    _quadrant(mat.cell(0, 0), "① The parts of a web page", SKELETON.splitlines(), code=True, fill="DEEAF6")
    _quadrant(mat.cell(0, 1), "② Tags I need", TAGS, fill="E2EFD9")
    _quadrant(mat.cell(1, 0), "③ Check your understanding",
              [f"{n}. {question}" for n, (question, _a) in enumerate(QUESTIONS, start=1)], fill="FFF2CC")
    _quadrant(mat.cell(1, 1), "④ Challenge", [f"☐ {step}" for step in CHALLENGE], fill="FBE4D5")
    document.add_page_break()
    para(document, "Key word crossword", bold=True, size=16)
    para(document, "Use your learning mat to help you. The number in brackets is how many letters.")
    _crossword_table(document, filled=False)
    para(document)
    _clues(document)
    return docx_bytes(document)


def teacher_answers() -> bytes:
    document = new_docx(title="HTML learning mat answers")
    para(document, "HTML learning mat – TEACHER ANSWERS", bold=True, size=16)
    para(document, "Crossword", bold=True, size=13)
    answers = {way: [f"{n} {answer if answer in ACRONYMS else answer.lower()}" for n, w, answer, *_ in WORDS
                     if w == way] for way in ("across", "down")}
    table(document, [["**Across**", "**Down**"],
                     ["\n".join(answers["across"]), "\n".join(answers["down"])]])
    para(document)
    _crossword_table(document, filled=True)
    para(document)
    para(document, "③ Check your understanding", bold=True, size=13)
    for number, (question, answer) in enumerate(QUESTIONS, start=1):
        para(document, f"{number}. {question}")
        para(document, f"Answer: {answer}")
    return docx_bytes(document)


FILES = {
    "Y8 HTML learning mat.docx": learning_mat,
    "Y8 HTML learning mat - TEACHER ANSWERS.docx": teacher_answers,
}
