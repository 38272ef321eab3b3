"""Held out. Year 7 Python turtle graphics: a Word PRIMM worksheet (a unit header and a "print double-sided"
footer, a name/form/date line, a Title-style heading, "I am learning to:" objectives as lower-case "•" lines, the
lesson as a five-row table whose narrow shaded left cells are the stages – "P Predict", "R Run", "I Investigate",
"M Modify", "M Make" – and whose right cells hold the code in a Courier New box with line numbers typed in,
sketch box, numbered investigate questions and tasks, two key words defined only in italic "Hint:" lines inside the
cells, a "How did you do?" emoji row, and after a page break the teacher's answers to the investigate questions)
and the lesson's Google Slides deck downloaded as PDF (16:9 pages, no speaker notes, a slide number in the corner,
a title page with the teacher's name, a "Do Now" with its answers on the next page, a "By the end of today you will
be able to:" page, a drawn turtle-and-pen picture, a command table, a drawn coordinate grid, key words bold inside
sentences as "… is called the X" or "The X is …", a shape/sides/turn table, code in a monospace box, Bronze/Silver/
Gold tasks, a mini-whiteboard quiz answered on the next page)."""

from __future__ import annotations

import io

from docx.enum.text import WD_BREAK
from docx.shared import Pt

from tests.corpus import formats as f

PRIMM_CODE = """1  import turtle
2
3  t = turtle.Turtle()
4  t.pensize(3)
5  t.pencolor("blue")
6  for i in range(4):
7      t.forward(100)
8      t.right(90)
9  turtle.done()"""

INVESTIGATE = [
    "What does line 1 do?",
    "Which lines are repeated? How do you know?",
    "How many times are they repeated?",
    "What would the turtle draw if you changed 90 on line 8 to 120 and 4 on line 6 to 3?",
    "What do you think pensize does?",
]
TEACHER_ANSWERS = [
    "1. It imports the turtle module so we can use its drawing commands.",
    "2. Lines 7 and 8 – they are indented under the for loop.",
    "3. 4 times (range(4)).",
    "4. A triangle (3 sides, turning 120° each time).",
    "5. It sets how thick the line is.",
]


def _stage_table(document, rows):
    made = document.add_table(rows=len(rows), cols=2)
    made.style = "Table Grid"
    for row, (stage, lines) in zip(made.rows, rows, strict=True):
        left, right = row.cells
        f.cell_fill(left, "FFE699")
        letter, word = stage
        run = left.paragraphs[0].add_run(letter)
        run.bold = True
        run.font.size = Pt(36)
        f.add_marked_runs(left.add_paragraph(), f"**{word}**")
        first = True
        for line in lines:
            if line.startswith("CODE:"):
                for code_line in line[5:].splitlines():
                    paragraph = right.add_paragraph()
                    code_run = paragraph.add_run(code_line)
                    code_run.font.name = "Courier New"
                    code_run.font.size = Pt(10)
                continue
            paragraph = right.paragraphs[0] if first else right.add_paragraph()
            first = False
            f.add_marked_runs(paragraph, line.lstrip("_"))
            if line.startswith("_"):  # a hint, typed in italics
                for hint_run in paragraph.runs:
                    hint_run.italic = True
    return made


def primm_sheet() -> bytes:
    document = f.new_docx(title="")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Year 7 Computing  •  Unit 4: Programming with Python  •  Lesson 3"
    section.footer.paragraphs[0].text = "Please print double-sided   |   Keep this sheet in your folder"
    f.para(document, "Name: ___________________________   Form: ______   Date: ___/___/___")
    document.add_paragraph("PRIMM: Drawing with Turtle 🐢", style="Title")
    f.para(document, "I am learning to:", bold=True)
    for line in ["• import a module and use its commands", "• use a for loop to repeat commands",
                 "• predict what a program will do before I run it"]:
        f.para(document, line)
    rows = [
        (("P", "Predict"), [
            "Read the code. Do NOT run it yet! What do you think it will draw? Sketch it in the box.",
            f"CODE:{PRIMM_CODE}",
            "My prediction:",
            "[                                                                 ]",
        ]),
        (("R", "Run"), [
            "Open Thonny, type the code in (leave out the line numbers!) and run it. Was your prediction right?",
            "☐ Yes   ☐ No   ☐ Sort of",
            "_Hint: the little arrow that moves around the window is the **turtle**. Whatever it does, it drags a "
            "pen behind it and draws a line where it goes.",
        ]),
        (("I", "Investigate"), [
            *(f"{number}. {question}" for number, question in enumerate(INVESTIGATE, start=1)),
            "_Hint: a **module** is a file of ready-made code that someone else wrote. You bring it into your "
            "program with the word import.",
        ]),
        (("M", "Modify"), [
            "a) Change the code so that the square is red and twice as big.",
            "b) Change the code so that it draws a hexagon (6 sides). How far must the turtle turn?",
        ]),
        (("M", "Make"), [
            "Draw the first letter of your name, OR a house (a square with a triangle on top).",
            "Stretch: use t.penup() and t.goto(x, y) to draw two shapes that don’t touch.",
        ]),
    ]
    _stage_table(document, rows)
    f.para(document, "")
    f.para(document, "How did you do?   😀  I could do it on my own   🙂  I needed a hint   😕  I need more help")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    f.para(document, "TEACHER ANSWERS – Investigate", bold=True, size=14)
    for line in TEACHER_ANSWERS:
        f.para(document, line)
    f.para(document, "Modify b): turn 60 each time (360 ÷ 6).")
    return f.docx_bytes(document)


# Google Slides pages: (title, body lines, extras). "**…**" marks bold key words in a sentence.
DO_NOW = ["1. What does print() do?", "2. What is a variable?", "3. What will this show?   x = 5   print(x * 2)"]
DO_NOW_ANSWERS = ["1. It shows something on the screen", "2. A named box in memory that stores a value",
                  "3. 10"]
QUIZ = ["1. How many degrees should the turtle turn to draw a pentagon?", "2. What does penup() do?",
        "3. Where is (0, 0) on the turtle screen?", "4. Why do we use a for loop to draw a square?"]
QUIZ_ANSWERS = ["1. 72  (360 ÷ 5)", "2. It lifts the pen, so the turtle moves without drawing",
                "3. In the middle of the screen", "4. So we don’t have to write forward and right four times"]
COMMANDS = [("t.forward(100)", "move forward 100 steps"), ("t.right(90)", "turn right 90 degrees"),
            ("t.left(45)", "turn left 45 degrees"), ("t.penup()", "lift the pen – move without drawing"),
            ("t.pendown()", "put the pen down – start drawing again"), ("t.goto(x, y)", "go straight to a point"),
            ("t.pencolor(\"red\")", "change the pen colour")]
LOOP_CODE = """import turtle
t = turtle.Turtle()

for i in range(6):
    t.forward(80)
    t.right(60)"""


def _lines(pdf, lines, *, x: float = 14, y: float = 30, width: float = 226, size: float = 16,
           height: float = 9) -> None:
    pdf.set_xy(x, y)
    for line in lines:
        pdf.set_x(x)
        pdf.set_font(pdf.sans, "", size)
        pdf.multi_cell(width, height, pdf.typed(line), markdown=True, align="L", new_x="LMARGIN", new_y="NEXT")


def slides_pdf() -> bytes:
    pdf = f.Pdf(title="Lesson 3 - Turtle shapes")
    pdf.set_producer("Skia/PDF m120 Google Docs Renderer")
    pdf.set_auto_page_break(auto=False)
    pages = 0

    def page(title: str) -> None:
        nonlocal pages
        pages += 1
        pdf.add_page(format=f.SLIDE_PAGE)  # the 16:9 page as Google Slides downloads it
        _slide_page_marks(pdf, pages, title)

    page("")
    pdf.set_fill_color(40, 120, 70)
    pdf.rect(0, 0, 254, 142.875, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font(pdf.sans, "B", 34)
    pdf.set_xy(14, 45)
    pdf.multi_cell(226, 16, "Drawing shapes with Python Turtle", align="L")
    pdf.set_font(pdf.sans, "", 16)
    pdf.set_x(14)
    pdf.cell(226, 10, "Year 7  ·  Lesson 3  ·  Mr Okafor")
    pdf.set_text_color(0, 0, 0)

    page("Do Now")
    _lines(pdf, ["Answer in your book – 3 minutes, no talking!", "", *DO_NOW])
    page("Do Now – answers")
    _lines(pdf, ["Mark in green pen:", "", *DO_NOW_ANSWERS])

    page("Today")
    _lines(pdf, ["By the end of today you will be able to:", "1. Use turtle commands to move and draw",
                 "2. Work out the angle to turn for any regular shape", "3. Use a for loop to draw a shape with "
                 "fewer lines of code"])

    page("Meet the turtle")
    turtle_png = f.sketch_png([("ellipse", (200, 150, 380, 300), "#4caf50"), ("ellipse", (370, 195, 430, 255),
                               "#81c784"), ("line", (60, 380, 300, 380), "#1565c0"),
                               ("line", (300, 380, 300, 300), "#1565c0")])
    pdf.image(io.BytesIO(turtle_png), x=160, y=30, w=80)
    _lines(pdf, ["The **turtle** is the little arrow on the screen that you give instructions to.",
                 "Think of it holding a **pen**: when the pen is down, the turtle draws a line wherever it goes. "
                 "When the pen is up, it moves without drawing."], width=140)

    page("Turtle commands")
    pdf.set_xy(20, 28)
    pdf.set_font(pdf.sans, "", 13)
    with pdf.table(col_widths=(70, 140), width=210, line_height=8) as made:
        header = made.row()
        header.cell("Command")
        header.cell("What it does")
        for command, meaning in COMMANDS:
            row = made.row()
            row.cell(command)
            row.cell(meaning)

    page("Where is the turtle?")
    grid = [("line", (300, 20, 300, 430), "#333333"), ("line", (20, 225, 580, 225), "#333333")]
    grid += [("line", (x, 20, x, 430), "#dddddd") for x in range(60, 580, 60)]
    grid += [("ellipse", (290, 215, 310, 235), "#e53935"), ("ellipse", (410, 155, 430, 175), "#1e88e5")]
    pdf.image(io.BytesIO(f.sketch_png(grid)), x=150, y=28, w=95)
    _lines(pdf, ["The window is a grid. The middle is (0, 0).", "x goes across, y goes up and down.",
                 "A pair of numbers like (100, 50) that gives a position on the grid is called a **coordinate**.",
                 "t.goto(100, 50) sends the turtle straight there."], width=130, size=15)

    page("The turning rule")
    _lines(pdf, ["To draw a regular shape, the turtle must turn 360 ÷ (number of sides) at every corner.",
                 "This is the **exterior angle**: the angle the turtle turns at each corner – NOT the angle inside "
                 "the shape!"], size=15)
    pdf.set_xy(40, 80)
    pdf.set_font(pdf.sans, "", 13)
    with pdf.table(col_widths=(60, 50, 60), width=170, line_height=8) as made:
        for cells in [("Shape", "Sides", "Turn"), ("Square", "4", "90"), ("Triangle", "3", "120"),
                      ("Hexagon", "6", "?"), ("Octagon", "8", "?")]:
            row = made.row()
            for cell in cells:
                row.cell(cell)

    page("Don't repeat yourself!")
    _lines(pdf, ["A **for loop** repeats the indented lines a set number of times.",
                 "Repeating steps like this is called **iteration**."], size=15)
    pdf.set_fill_color(238, 238, 238)
    pdf.rect(20, 60, 120, 50, style="F")
    pdf.set_xy(24, 63)
    pdf.set_font(pdf.mono, "", 12)
    pdf.multi_cell(112, 6.5, LOOP_CODE)
    pdf.set_font(pdf.sans, "", 13)
    pdf.set_xy(150, 70)
    pdf.multi_cell(90, 7, pdf.typed("← What shape will this draw?"))

    page("Your turn")
    _lines(pdf, ["Bronze: draw a square using a for loop", "Silver: draw a triangle AND a hexagon",
                 "Gold: draw a 5-pointed star (hint: turn 144)", "Platinum: use penup() and goto() to draw a row "
                 "of 3 squares"])

    page("Quick quiz – mini whiteboards")
    _lines(pdf, QUIZ, size=15)
    page("Quick quiz – answers")
    _lines(pdf, QUIZ_ANSWERS, size=15)
    return pdf.output_bytes()


def _slide_page_marks(pdf, number: int, title: str) -> None:
    pdf.set_text_color(120, 120, 120)
    pdf.set_font(pdf.sans, "", 9)
    pdf.set_xy(238, 134)
    pdf.cell(10, 5, str(number))
    pdf.set_text_color(0, 0, 0)
    if title:
        pdf.set_font(pdf.sans, "B", 26)
        pdf.set_xy(12, 9)
        pdf.cell(230, 14, pdf.typed(title))


FILES = {
    "Y7 Turtle PRIMM sheet.docx": primm_sheet,
    "Lesson 3 - Turtle shapes.pdf": slides_pdf,
}
