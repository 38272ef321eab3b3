"""Held out. A Year 8 hexadecimal lesson run as a Microsoft Forms quiz: the form printed from the browser to PDF
(the browser's date/title header and URL/page footer on every page, "* Required", "(1 Point)" after each
question, ○ radio options and "Enter your answer" boxes, a "Which class are you in?" question that is not a
test question, the learning objectives and key words typed into the form's and a section's description, Forms'
own small print at the end) and the teacher's Word answer key: a Q | Answer | Marks table and how the lesson ran.
"""

from __future__ import annotations

from tests.corpus.formats import Pdf, docx_bytes, new_docx, para, table

FORM = "Y8 Hexadecimal Quiz"
PRINTED = "02/10/2024, 09:14"
URL = "https://forms.office.com/Pages/ResponsePage.aspx?id=Qm9vc3RlZC1ZOC1IZXgtUXVpei0yMDI0LTEw"

DESCRIPTION = [
    "Data Representation – Lesson 4. Do this quiz at the end of the lesson, on your own and in silence.",
    "Learning objectives:",
    "- Explain why hexadecimal is used in computing",
    "- Convert between hexadecimal and denary",
    "- Convert between binary and hexadecimal",
    "You may use your mini whiteboard for working out. Good luck!",
]

KEY_WORDS = [
    "Read these before you start.",
    "Hexadecimal – a number system with base 16. It uses the digits 0-9 and then the letters A-F for 10 to 15.",
    "Denary – the base 10 number system we use every day, with the digits 0-9.",
    "Nibble – a group of 4 bits. One hex digit stands for exactly one nibble.",
    "Place value – what a column is worth. In hex the columns are worth 1, 16, 256 …",
    "Colour code – a hex number like #FF0000 that tells a web page how much red, green and blue to mix.",
]

# (text, points, options or None for a text box)
QUESTIONS = [
    ("How many different digits does hexadecimal use?", 1, ["2", "10", "15", "16"]),
    ("What is the denary value of the hex digit C?", 1, ["11", "12", "13", "14"]),
    ("Convert the hexadecimal number 2F into denary.", 2, None),
    ("Convert the binary number 1011 0110 into hexadecimal.", 2, None),
    ("Convert the denary number 200 into hexadecimal.", 2, None),
    ("Give one reason why programmers use hexadecimal instead of binary.", 1, None),
    ("The colour code #00FF00 makes which colour?", 1, ["Red", "Green", "Blue", "Black"]),
]


class _PrintedForm(Pdf):
    """The form as Edge prints it: a header with the date and the page title, a footer with the URL and page."""

    def header(self) -> None:
        self.set_font(self.sans, "", 8)
        self.set_text_color(60, 60, 60)
        self.set_xy(8, 5)
        self.cell(60, 4, PRINTED)
        self.set_xy(80, 5)
        self.cell(50, 4, FORM, align="C")
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self) -> None:
        self.set_font(self.sans, "", 8)
        self.set_text_color(60, 60, 60)
        self.set_xy(8, -10)
        self.cell(170, 4, URL)
        self.set_xy(185, -10)
        self.cell(15, 4, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def _question(pdf: _PrintedForm, number: int, text: str, points: int | None, options: list[str] | None) -> None:
    pdf.ln(4)
    marks = f" ({points} Point{'s' if points != 1 else ''})" if points else ""
    pdf.line_of(f"{number}. {text} *{marks}", size=11)
    if options is None:
        pdf.set_draw_color(150, 150, 150)
        pdf.set_x(18)
        pdf.set_font(pdf.sans, "", 10)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(150, 9, pdf.typed("Enter your answer"), border="B", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        return
    for option in options:
        pdf.set_x(18)
        pdf.set_font(pdf.sans, "", 10)
        pdf.cell(0, 7, f"{'○' if pdf.unicode else 'o'}  {option}", new_x="LMARGIN", new_y="NEXT")


def quiz_pdf() -> bytes:
    pdf = _PrintedForm(title=FORM)
    pdf.set_producer("Microsoft: Print To PDF")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_fill_color(3, 120, 124)
    pdf.rect(10, 16, 190, 6, style="F")
    pdf.ln(8)
    pdf.line_of(FORM, size=20, height=10)
    for line in DESCRIPTION:
        pdf.line_of(line, size=10, height=5)
    pdf.ln(3)
    pdf.line_of("Hi, Teacher. When you submit this form, the owner will see your name and email address.", size=9)
    pdf.set_text_color(200, 0, 0)
    pdf.line_of("* Required", size=9)
    pdf.set_text_color(0, 0, 0)
    _question(pdf, 1, "Which class are you in?", None, ["8X1", "8X2", "8Y1", "8Y2"])
    pdf.ln(6)
    pdf.line_of("Section 1", size=9)
    pdf.line_of("Key words", size=15, height=8)
    for line in KEY_WORDS:
        pdf.line_of(line, size=10, height=5)
    for index, (text, points, options) in enumerate(QUESTIONS, start=2):
        _question(pdf, index, text, points, options)
    pdf.ln(10)
    pdf.line_of("This content is neither created nor endorsed by Microsoft. The data you submit will be sent to "
                "the form owner.", size=8)
    pdf.line_of("Microsoft Forms", size=10, bold=True)
    return pdf.output_bytes()


def answers_docx() -> bytes:
    document = new_docx(title="Hex quiz answers")
    para(document, "Y8 Hexadecimal Quiz – answer key (Forms auto-marks Q2, Q3 and Q8; I mark the rest)", bold=True,
         size=14)
    table(document, [
        ["Q", "Answer", "Marks"],
        ["2", "16", "1"],
        ["3", "12", "1"],
        ["4", "47 (2 × 16 = 32, + 15 = 47)", "2 – 1 for working"],
        ["5", "B6 (1011 = B, 0110 = 6)", "2 – 1 per nibble"],
        ["6", "C8 (200 ÷ 16 = 12 r 8)", "2"],
        ["7", "It is shorter and easier for people to read than binary, so there are fewer mistakes when "
              "copying it", "1"],
        ["8", "Green", "1"],
    ])
    para(document)
    para(document, "How the lesson went (for next year)", bold=True)
    para(document, "Starter – binary to denary recap on mini whiteboards (5 min)")
    para(document, "Counting in 16s: why we run out of digits after 9 and use A–F (10 min)")
    para(document, "Worked examples: hex → denary, then binary → hex using nibbles (15 min)")
    para(document, "Pairs practice on the board, then the Forms quiz on the laptops (20 min)")
    para(document, "Go through the answers and the most common mistakes (10 min)")
    para(document)
    para(document, "Common mistakes: writing 2F as 2 + 15 = 17; forgetting that A is 10 not 11; splitting the "
                   "binary into nibbles from the left when it is not 8 bits long.")
    return docx_bytes(document)


FILES = {
    "Y8 Hexadecimal Quiz - Microsoft Forms.pdf": quiz_pdf,
    "Hex quiz answers.docx": answers_docx,
}
