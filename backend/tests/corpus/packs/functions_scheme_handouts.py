"""Held out. Year 9 Python subroutines: the department's scheme of work exported from a spreadsheet as
comma-separated text in a .txt (every cell quoted, a title row above the header row, CRLF rows, several objectives
in one cell split by line breaks inside the quotes, key vocabulary as a comma list with some meanings in
brackets, doubled quotes, empty rows and a note at the end) and the first lesson's slides printed from PowerPoint
to PDF as handouts (three framed slides a page down the left, lines for notes beside each, a header, the date and
page numbers; key words as "Term – meaning" lines, Python in a monospace font, objectives as "LO1:" lines)."""

from __future__ import annotations

import csv
import io

from tests.corpus import formats as f

HEADER = ["Week", "Lesson title", "Learning objectives", "Key vocabulary", "Resources"]
WEEKS = [
    ["1", "Procedures",
     "Define a subroutine and explain why programmers use them\nWrite and call a procedure in Python\n"
     "Use parameters to pass data into a procedure",
     "subroutine, procedure, call, parameter, argument",
     "L1 slides, procedures_starter.py, mini whiteboards"],
    ["2", "Functions and return values",
     "Explain the difference between a procedure and a function\nWrite a function that returns a value\n"
     "Use the value returned by a function in a program",
     "function, return value (the value a function sends back to the line that called it)",
     'L2 slides, worksheet "Function machines", Replit: return_practice'],
    ["3", "Local and global variables",
     "Describe the scope of a variable\nExplain why using local variables is good practice",
     "scope (the part of a program where a variable can be used), local variable (only exists inside the "
     "subroutine it was made in), global variable (can be used anywhere in the program)",
     "L3 slides, scope_bugs.py"],
    ["4", "Built-in functions and libraries",
     "Use built-in functions such as len(), int() and round()\n"
     "Import and use functions from the random and math modules",
     "built-in function (comes with Python, ready to use), library (a collection of ready-made subroutines that "
     "can be imported into a program), module (one Python file of subroutines, e.g. random)",
     "L4 slides, dice.py, Python docs printout"],
    ["5", "Project: dice game",
     "Decompose a problem into subroutines\nWrite a program that uses at least three subroutines",
     "decomposition (breaking a problem down into smaller parts)",
     "Project brief, success criteria sheet, Replit classroom"],
    ["6", "Assessment", "Recall and apply the key ideas of the unit", "(all of the above)",
     "End of unit test (MS Forms), WWW/EBI feedback sheet"],
]


def scheme_of_work() -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(["Year 9 Programming: Subroutines (Spring 1)", "", "", "", ""])
    writer.writerow(HEADER)
    writer.writerows(WEEKS)
    writer.writerow(["", "", "", "", ""])
    writer.writerow(["", "", "", "", ""])
    writer.writerow(["", "Note: L5-6 often run over – use the catch-up lesson before half term", "", "", ""])
    return out.getvalue().encode("utf-8")


OBJECTIVES = WEEKS[0][2].split("\n")
# Each slide: (title, [(kind, text)]), kind "text" or "code"; a handout shows no speaker notes.
SLIDES = [
    ("Subroutines", [("text", "Lesson 1: Procedures"), ("text", "Year 9 Computing – Spring 1")]),
    ("Do Now", [
        ("text", "1. What will this print?"),
        ("code", "for i in range(3):\n    print(i * 2)"),
        ("text", "2. What is a variable?"),
        ("text", "3. What data type is 3.5?"),
    ]),
    ("Learning objectives", [("text", f"LO{number}: {line}") for number, line in enumerate(OBJECTIVES, start=1)]),
    ("Key words", [
        ("text", "Subroutine – a named block of code that does one job and can be called whenever it is needed"),
        ("text", "Procedure – a subroutine that carries out a task but does not send a value back"),
        ("text", "Function – a subroutine that sends a value back (next lesson!)"),
        ("text", "Call – using a subroutine's name to make it run"),
        ("text", "Parameter – a variable in the brackets of a subroutine that receives a value"),
        ("text", "Argument – the value passed into a subroutine when it is called"),
    ]),
    ("Why use subroutines?", [
        ("text", "• Write the code once, use it as many times as you like"),
        ("text", "• Programs are shorter and easier to read"),
        ("text", "• Each subroutine can be tested on its own"),
        ("text", "• A big problem can be split into smaller parts"),
        ("text", "• A team can work on different subroutines at the same time"),
    ]),
    ("Defining and calling a procedure", [
        ("code", 'def welcome():\n    print("Welcome to Year 9!")\n    print("------------------")\n\n'
                 "welcome()\nwelcome()"),
        ("text", "def starts the definition – the code inside it is indented"),
        ("text", "Nothing happens until the procedure is called"),
    ]),
    ("Parameters", [
        ("code", 'def welcome(name):\n    print("Welcome,", name)\n\nwelcome("Aisha")\nwelcome("Tom")'),
        ("text", 'name is a parameter. "Aisha" and "Tom" are arguments.'),
    ]),
    ("Predict the output", [
        ("code", 'def stars(n):\n    print("*" * n)\n\nstars(3)\nstars(5)'),
        ("text", "Write your prediction on your whiteboard, then run it to check."),
    ]),
    ("Your task", [
        ("text", "Open procedures_starter.py"),
        ("text", "1. Write a procedure called draw_line() that prints 20 dashes"),
        ("text", "2. Give it a parameter called length so it prints that many dashes"),
        ("text", "3. Challenge: write a procedure box(width, height) that draws a box of stars"),
    ]),
    ("Plenary", [
        ("text", "1. What is the difference between a parameter and an argument?"),
        ("text", "2. Why is it better to use a procedure than to copy and paste the same code?"),
    ]),
]
SLIDE_W, SLIDE_H = 85.0, 47.8  # a 16:9 slide shrunk to a third of a portrait A4 handout
SLIDE_TOPS = (30.0, 112.0, 194.0)
HANDOUT_HEADER, HANDOUT_DATE = "Y9 Subroutines L1", "02/09/2024"


class Handout(f.Pdf):
    """PowerPoint's "Handouts (3 Slides)" page: the header and date at the top, the page number at the foot."""

    def __init__(self) -> None:
        super().__init__(title="Y9 Subroutines L1")
        self.set_producer("Microsoft® PowerPoint® for Microsoft 365")
        self.set_auto_page_break(auto=False)

    def header(self) -> None:
        self.set_font(self.sans, "", 9)
        self.set_xy(12, 8)
        self.cell(93, 5, HANDOUT_HEADER)
        self.cell(93, 5, HANDOUT_DATE, align="R")

    def footer(self) -> None:
        self.set_font(self.sans, "", 9)
        self.set_xy(12, 284)
        self.cell(186, 5, str(self.page_no()), align="R")

    def slide(self, top: float, title: str, parts: list[tuple[str, str]]) -> None:
        """One framed slide at the left, and the lines for notes beside it."""
        self.set_draw_color(0, 0, 0)
        self.rect(20, top, SLIDE_W, SLIDE_H)
        self.set_xy(23, top + 3)
        self.set_font(self.sans, "B", 9)
        self.multi_cell(SLIDE_W - 6, 4.5, self.typed(title), new_x="LEFT", new_y="NEXT")
        self.ln(1)
        for kind, text in parts:
            self.set_x(23)
            if kind == "code":
                self.set_font(self.mono, "", 5.5)
                self.multi_cell(SLIDE_W - 6, 2.6, text, new_x="LEFT", new_y="NEXT")
            else:
                self.set_font(self.sans, "", 6)
                self.multi_cell(SLIDE_W - 6, 3, self.typed(text), new_x="LEFT", new_y="NEXT")
            self.ln(0.6)
        self.set_draw_color(150, 150, 150)
        for line in range(8):
            y = top + 4 + line * 6
            self.line(115, y, 192, y)


def handouts() -> bytes:
    pdf = Handout()
    for start in range(0, len(SLIDES), 3):
        pdf.add_page()
        for top, (title, parts) in zip(SLIDE_TOPS, SLIDES[start:start + 3], strict=False):
            pdf.slide(top, title, parts)
    return pdf.output_bytes()


FILES = {
    "Y9 Subroutines SoW - Sheet1.txt": scheme_of_work,
    "Y9 Subroutines L1 handouts.pdf": handouts,
}
