"""Year 8 programming errors, one lesson downloaded from an Oak National Academy-style site: the slide deck as a
16:9 PDF (title page, "Lesson outline", a "Keywords" page of bold word and meaning, two learning cycles with
"Check for understanding" questions whose right option is ticked, "Task A"/"Task B" and their feedback pages, a
"Summary"), the "Lesson details" PDF (lesson outcome, key learning points, keywords, common misconception, teacher
tip, licence) and the exit quiz PDF with the answers ticked."""

from __future__ import annotations

from tests.corpus import formats as f

TITLE = "Finding and fixing errors"
OAK_GREEN = (190, 242, 189)
INK = (28, 28, 28)
TICK = (0, 130, 60)

KEYWORDS = [
    ("syntax error", "a mistake in the code that breaks the rules of the programming language, so the program "
                     "cannot be run"),
    ("runtime error", "an error that happens while the program is running and makes it stop (crash)"),
    ("logic error", "an error that lets the program run but makes it do the wrong thing or give the wrong output"),
    ("debugging", "the process of finding and fixing errors in a program"),
    ("trace table", "a table used to record the values of variables as you follow a program line by line"),
]

TASK_A_CODE = [
    'name = input("What is your name? "',
    "for count in range(3)",
    '    print("Hello" name)',
    'print("Goodbye, + name)',
]
TASK_A_FIXED = [
    'name = input("What is your name? ")',
    "for count in range(3):",
    '    print("Hello", name)',
    'print("Goodbye, " + name)',
]
TASK_B_CODE = [
    'mark = int(input("Enter your mark: "))',
    "if mark > 50:",
    '    print("Pass")',
    "else:",
    '    print("Fail")',
]


# Slide deck --------------------------------------------------------------------------------------------------

def _write(pdf: f.Pdf, text: str, *, x: float, y: float, w: float, size: float = 14, bold: bool = False,
           mono: bool = False) -> None:
    """Text at a place on the page, wrapped to `w` mm; "**…**" inside it is bold, as on the slide."""
    pdf.set_text_color(*INK)
    pdf.set_font(pdf.mono if mono else pdf.sans, "B" if bold else "", size)
    pdf.set_xy(x, y)
    pdf.multi_cell(w, size * 0.5, pdf.typed(text), markdown=not mono, new_x="LMARGIN", new_y="NEXT")


def _slide(pdf: f.Pdf, heading: str | None = None) -> None:
    pdf.add_page(format=f.SLIDE_PAGE)
    # the acorn in the corner of every page: a picture, no words
    pdf.set_fill_color(34, 34, 34)
    pdf.ellipse(234, 124, 9, 10, style="F")
    pdf.rect(236.5, 121.5, 4, 3, style="F")
    if heading:
        _write(pdf, heading, x=12, y=10, w=220, size=22, bold=True)


def _code(pdf: f.Pdf, lines: list[str], *, x: float, y: float, w: float, numbered: bool = True) -> None:
    pdf.set_fill_color(240, 240, 240)
    pdf.rect(x, y, w, 7 * len(lines) + 6, style="F")
    pdf.set_font(pdf.mono, "", 12)
    pdf.set_text_color(*INK)
    for number, line in enumerate(lines, start=1):
        pdf.set_xy(x + 3, y + 3 + 7 * (number - 1))
        pdf.cell(w - 6, 7, pdf.typed(f"{number}  {line}" if numbered else line))


def _check(pdf: f.Pdf, question: str, options: list[str], right: int) -> None:
    """A "Check for understanding" page as the PDF keeps it: the animation's last state, the tick showing."""
    _slide(pdf, "Check for understanding")
    _write(pdf, question, x=12, y=30, w=225, size=16)
    for index, option in enumerate(options):
        top = 60 + 16 * index
        pdf.set_fill_color(*OAK_GREEN)
        pdf.rect(20, top, 150, 12, style="F")
        # options written as code are in the monospace font on the slide
        code = option.startswith("`")
        _write(pdf, f"{'abc'[index]}   {option.strip('`')}", x=24, y=top + 3, w=140, size=14, mono=code)
        if index == right:
            pdf.set_text_color(*TICK)
            pdf.set_font(pdf.sans, "B", 20)
            pdf.set_xy(174, top + 1)
            pdf.cell(10, 10, pdf.typed("✓"))


def _outline(pdf: f.Pdf, current: int | None) -> None:
    _slide(pdf, "Lesson outline")
    _write(pdf, TITLE, x=12, y=26, w=200, size=14)
    for index, cycle in enumerate(["Identify and fix syntax errors", "Identify and fix logic and runtime errors"]):
        left = 20 + 110 * index
        shade = OAK_GREEN if current in (None, index) else (230, 230, 230)
        pdf.set_fill_color(*shade)
        pdf.rect(left, 50, 100, 40, style="F")
        _write(pdf, f"Learning cycle {index + 1}", x=left + 5, y=54, w=90, size=11)
        _write(pdf, cycle, x=left + 5, y=64, w=90, size=16, bold=True)


def slide_deck() -> bytes:
    pdf = f.Pdf(title=TITLE)
    pdf.set_producer("Skia/PDF m120 Google Docs Renderer")
    pdf.set_auto_page_break(auto=False)
    _slide(pdf)
    pdf.set_fill_color(*OAK_GREEN)
    pdf.rect(0, 0, 254, 142.875, style="F")
    _write(pdf, TITLE, x=18, y=40, w=200, size=32, bold=True)
    _write(pdf, "Computing", x=18, y=75, w=150, size=16)
    _write(pdf, "Key stage 3", x=18, y=85, w=150, size=16)
    _write(pdf, "Ms Adeyemi", x=18, y=105, w=150, size=14)

    _outline(pdf, None)
    _slide(pdf, "Keywords")
    for index, (word, meaning) in enumerate(KEYWORDS):
        _write(pdf, word, x=14, y=28 + 20 * index, w=225, size=14, bold=True)
        _write(pdf, meaning, x=14, y=35 + 20 * index, w=225, size=13)

    _outline(pdf, 0)
    _slide(pdf, "Errors in programs")
    _write(pdf, "Programs rarely work perfectly the first time they are written. Even expert programmers make "
                "mistakes, and finding them is a normal part of programming.", x=12, y=30, w=225, size=15)
    _write(pdf, "There are three types of error you need to know about:", x=12, y=58, w=225, size=15)
    for index, kind in enumerate(["syntax errors", "runtime errors", "logic errors"]):
        _write(pdf, f"• {kind}", x=20, y=70 + 10 * index, w=150, size=15, bold=True)

    _slide(pdf, "Syntax errors")
    _write(pdf, "A **syntax error** breaks the rules of the language. Python checks the whole program before it "
                "runs it, so if there is a syntax error, none of the program will run.", x=12, y=28, w=225,
           size=14)
    _code(pdf, ['print("Hello world)'], x=20, y=52, w=120, numbered=False)
    _write(pdf, "SyntaxError: unterminated string literal (detected at line 1)", x=20, y=70, w=220, size=11,
           mono=True)
    _write(pdf, "An **error message** tells you the type of error and the line where Python found it. Common "
                "causes: a missing bracket or quotation mark, a missing colon at the end of an if, for or while "
                "line, a keyword spelt wrongly.", x=12, y=84, w=225, size=14)

    _check(pdf, "Which line of code contains a syntax error?",
           ['`print("Score:", score)`', "`if score > 10`", "`total = total + 1`"], right=1)
    _check(pdf, "True or false? A program with a syntax error will run until it reaches the line with the error.",
           ["True", "False"], right=1)
    _write(pdf, "Justify your answer.", x=20, y=100, w=200, size=14, bold=True)

    _slide(pdf, "Task A")
    _write(pdf, "This program should ask for your name and then say hello to you three times. It contains four "
                "syntax errors.", x=12, y=26, w=225, size=14)
    _code(pdf, TASK_A_CODE, x=20, y=46, w=150)
    _write(pdf, "1. Find and fix the four syntax errors.\n2. For each error, write down the line number and what "
                "you changed.", x=12, y=86, w=225, size=14)

    _slide(pdf, "Task A: feedback")
    _code(pdf, TASK_A_FIXED, x=20, y=26, w=150)
    _write(pdf, "Line 1: the closing bracket ) was missing\nLine 2: the colon : was missing at the end of the "
                "for line\nLine 3: a comma was missing between \"Hello\" and name\nLine 4: the closing quotation "
                "mark was missing after Goodbye,", x=12, y=66, w=225, size=13)

    _outline(pdf, 1)
    _slide(pdf, "Runtime errors")
    _write(pdf, "A **runtime error** happens while the program is running. The program starts, but it crashes "
                "when it reaches a line that Python cannot carry out.", x=12, y=28, w=225, size=14)
    _code(pdf, ['age = int(input("Enter your age: "))'], x=20, y=52, w=140, numbered=False)
    _write(pdf, "Enter your age: twelve\nValueError: invalid literal for int() with base 10: 'twelve'", x=20, y=70,
           w=220, size=11, mono=True)
    _write(pdf, "Other runtime errors: dividing by zero (ZeroDivisionError), using a variable that has not been "
                "created yet (NameError).", x=12, y=92, w=225, size=14)

    _slide(pdf, "Logic errors")
    _write(pdf, "A **logic error** does not stop the program. It runs, but it does the wrong thing. There is no "
                "error message, so the only way to find a logic error is to test the program and check its "
                "output.", x=12, y=28, w=225, size=14)
    _code(pdf, ["total = 12 + 15 + 9", "average = total / 2", "print(average)"], x=20, y=60, w=120)
    _write(pdf, "Output: 18.0   (it should be 12.0 – there are three numbers, not two)", x=20, y=92, w=220,
           size=13)

    _slide(pdf, "Debugging")
    _write(pdf, "**Debugging** is finding and fixing the errors in a program. Some ways to do it:", x=12, y=28,
           w=225, size=14)
    _write(pdf, "• read the error message: which line, which type of error?\n• add print() lines to show the "
                "values of variables\n• follow the code line by line with a **trace table**\n• test with different "
                "inputs, including values right on the edge (e.g. exactly 50)", x=18, y=44, w=215, size=14)
    _code(pdf, ["total = 0", "for number in range(1, 4):", "    total = total + number"], x=14, y=86, w=100)
    pdf.set_font(pdf.sans, "", 11)
    trace = [["Line", "number", "total"], ["1", "", "0"], ["3", "1", "1"], ["3", "2", "3"], ["3", "3", "6"]]
    for row_index, row in enumerate(trace):
        for column, cell in enumerate(row):
            pdf.set_xy(130 + 30 * column, 86 + 6 * row_index)
            pdf.cell(30, 6, cell, border=1, align="C")

    _check(pdf, "A program divides one number by another. The user enters 0 as the second number and the program "
                "crashes. What type of error is this?", ["syntax error", "logic error", "runtime error"], right=2)
    _check(pdf, "Which type of error does NOT give an error message?",
           ["syntax error", "logic error", "runtime error"], right=1)

    _slide(pdf, "Task B")
    _write(pdf, "Jas has written a program to say whether a pupil has passed a test. The pass mark is 50 or more.",
           x=12, y=24, w=225, size=14)
    _code(pdf, TASK_B_CODE, x=20, y=38, w=150)
    _write(pdf, "1. Run the program with each of these inputs: 49, 50, 75, fifty. Record the expected output and the "
                "actual output in a table.\n2. What type of error happens when the user enters fifty?\n3. Which "
                "line contains a logic error? How would you fix it?", x=12, y=86, w=225, size=13)

    _slide(pdf, "Task B: feedback")
    rows = [["Input", "Expected output", "Actual output"], ["49", "Fail", "Fail"], ["50", "Pass", "Fail"],
            ["75", "Pass", "Pass"], ["fifty", "not a valid mark", "crashes: ValueError"]]
    pdf.set_font(pdf.sans, "", 12)
    for row_index, row in enumerate(rows):
        for column, cell in enumerate(row):
            pdf.set_xy(20 + 55 * column, 26 + 8 * row_index)
            pdf.cell(55, 8, cell, border=1)
    _write(pdf, "2. A runtime error: int() cannot turn the text \"fifty\" into a number, so the program crashes.\n"
                "3. Line 2: a mark of 50 should pass, but 50 > 50 is False. Change it to if mark >= 50:",
           x=12, y=72, w=225, size=13)

    _slide(pdf, "Summary")
    _write(pdf, "• A syntax error breaks the rules of the language: Python will not run the program at all.\n"
                "• A runtime error makes the program crash while it is running.\n"
                "• A logic error lets the program run but gives the wrong result. There is no error message, so "
                "you have to test the program to find it.\n"
                "• Debugging means finding and fixing errors: read the error message, trace the code and test it "
                "with different data.", x=12, y=28, w=225, size=14)
    return pdf.output_bytes()


# Lesson details and exit quiz (A4) ---------------------------------------------------------------------------

def _heading(pdf: f.Pdf, text: str) -> None:
    pdf.ln(3)
    pdf.line_of(text, size=13, bold=True, height=7)


def lesson_details() -> bytes:
    pdf = f.Pdf(title=f"{TITLE} - Lesson details")
    pdf.set_producer("Skia/PDF m120")
    pdf.add_page()
    pdf.line_of(TITLE, size=20, bold=True, height=10)
    pdf.line_of("Computing  |  Key stage 3  |  Year 8", size=10)
    _heading(pdf, "Lesson outcome")
    pdf.line_of("I can identify and fix syntax, runtime and logic errors in a Python program.")
    _heading(pdf, "Lesson details")
    _heading(pdf, "Key learning points")
    for point in ["A syntax error breaks the rules of the programming language and stops the program from "
                  "running at all.",
                  "A runtime error happens while the program is running and causes it to crash.",
                  "A logic error does not stop the program running, but the program does not do what it should.",
                  "Error messages give the type of error and the line number where it was found.",
                  "Testing a program with different data is the only way to find logic errors."]:
        pdf.line_of(f"• {point}")
    _heading(pdf, "Keywords")
    for word, meaning in KEYWORDS:
        pdf.set_font(pdf.sans, "", 11)
        pdf.multi_cell(0, 6, pdf.typed(f"**{word}** - {meaning}"), markdown=True, new_x="LMARGIN", new_y="NEXT")
    _heading(pdf, "Common misconception")
    pdf.line_of("If a program runs without an error message, it must be working correctly.")
    pdf.line_of("A program with a logic error runs without any error message but gives the wrong output. Pupils "
                "should always test their programs using data where they already know what the output should be.")
    _heading(pdf, "Teacher tip")
    pdf.line_of("Encourage pupils to read an error message from the bottom up: the last line names the type of "
                "error, and the line above it shows the line of code Python was running. Model this out loud with "
                "a deliberately broken program before Task A.")
    _heading(pdf, "Equipment")
    pdf.line_of("Pupils will need a computer with a Python editor (for example IDLE, Thonny or an online editor).")
    _heading(pdf, "Content guidance")
    pdf.line_of("None")
    _heading(pdf, "Supervision")
    pdf.line_of("Adult supervision suggested when pupils use online code editors.")
    pdf.ln(6)
    pdf.line_of("This content is © Oak National Academy Limited (2024), licensed on Open Government Licence "
                "version 3.0 except where otherwise stated. See Oak's terms & conditions (Collection 2).", size=8)
    return pdf.output_bytes()


# (question, options, the right option, whether the options are code)
QUIZ = [
    ("What is the name of the process of finding and fixing errors in a program?",
     ["compiling", "debugging", "translating"], 1, False),
    ("A program runs but gives the wrong answer. What type of error is this?",
     ["syntax error", "logic error", "runtime error"], 1, False),
    ("Which of these lines of code would cause a runtime error?",
     ["print(10 / 0)", "print(10 / 2)", 'print("10 / 0")'], 0, True),
    ("Which of these lines of code contains a syntax error?",
     ["while count < 5:", 'print("Done"', "count = count + 1"], 1, True),
    ("Which error stops a Python program from starting at all?",
     ["a syntax error", "a runtime error", "a logic error"], 0, False),
]


def exit_quiz() -> bytes:
    pdf = f.Pdf(title=f"{TITLE} - Exit quiz")
    pdf.set_producer("Skia/PDF m120")
    pdf.add_page()
    pdf.line_of(TITLE, size=18, bold=True, height=9)
    pdf.line_of("Exit quiz", size=14, bold=True, height=8)
    pdf.line_of("Answers are ticked.", size=10)
    for number, (question, options, right, code) in enumerate(QUIZ, start=1):
        pdf.ln(4)
        pdf.line_of(f"{number}. {question}", bold=True)
        for index, option in enumerate(options):
            mark = "   ✓" if index == right else ""
            pdf.set_font(pdf.mono if code else pdf.sans, "", 11)
            pdf.set_x(20)
            pdf.multi_cell(0, 6, pdf.typed(f"{'abc'[index]})  {option}{mark}"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.line_of("6. Match the type of error to what happens.", bold=True)
    pdf.set_x(20)
    pdf.line_of("Correct answer:", size=10)
    for word, meaning in [("syntax error", "the program will not run at all"),
                          ("runtime error", "the program crashes part of the way through"),
                          ("logic error", "the program runs but the output is wrong")]:
        pdf.set_x(20)
        pdf.multi_cell(0, 6, pdf.typed(f"{word}  →  {meaning}   ✓"), new_x="LMARGIN", new_y="NEXT")
    return pdf.output_bytes()


FILES = {
    "Finding and fixing errors - slide deck.pdf": slide_deck,
    "Finding and fixing errors - lesson details.pdf": lesson_details,
    "Finding and fixing errors - exit quiz answers.pdf": exit_quiz,
}
