"""Held out. A Year 9 differentiated Word worksheet on programming constructs in pseudocode (Century Gothic, a
school header and a unit footer, a name/class/date line, a two-cell table with the "Learning objectives" as "•"
lines in the left cell beside a "Pick your challenge!" chilli guide, "🌶 MILD", "🌶🌶 SPICY" and "🌶🌶🌶 HOT" sections as
big bold lines rather than headings, a shaded word bank box of all eight key words as bare words over a cloze
passage of "____________" gaps, a pseudocode-matching table, pseudocode in a Courier New box to trace with an empty
trace table and lettered questions, a write-your-own task with a "Hot tip" defining one word as "… is called X",
answer lines, and after a page break the teacher's answers: the same passage completed with the filled words in
bold, the filled trace table and a model answer) and the Google Forms exit ticket's responses summary printed from
Chrome to PDF (the date and form-title print header, "Questions / Responses 27 / Settings", "Summary / Question /
Individual", "Insights" of average, median and range, "Frequently missed questions", each quiz question with "n / 27
correct responses" and its options with counts and percentages, "✓" before the right one – one right option the only
meaning of a key word – the points, a short-answer question's pupil answers listed, a 1–5 scale question, the form's
edit URL and "n/2" as the footer)."""

from __future__ import annotations

from docx.enum.text import WD_BREAK
from docx.shared import Pt

from tests.corpus import formats as f

OBJECTIVES = [
    "Recognise sequence, selection and iteration in pseudocode",
    "Trace a simple algorithm and predict its output",
    "Write pseudocode that uses all three constructs",
]
BANK = ["sequence", "selection", "iteration", "condition", "count-controlled", "condition-controlled", "variable",
        "constant"]
# The passage with its gaps: each {} is one word from the bank, in this order.
PASSAGE = [
    "Every program is built from three programming constructs. {} means the instructions are carried out one "
    "after another, in the order they are written.",
    "{} means the program makes a decision: it checks a {} (something that is either True or False) and picks "
    "which path to take, using IF … THEN … ELSE.",
    "{} means repeating a block of code. A {} loop repeats a set number of times (FOR). A {} loop keeps "
    "repeating while a condition is true (WHILE).",
    "Programs store data in a {}, a named location in memory whose value can change while the program runs. A {} "
    "is also a named value, but it stays the same while the program runs.",
]
ORDER = [["Sequence"], ["Selection", "condition"], ["Iteration", "count-controlled", "condition-controlled"],
         ["variable", "constant"]]
SPICY = """total = 0
FOR i = 1 TO 4
    total = total + i
    IF total > 5 THEN
        OUTPUT "big"
    ELSE
        OUTPUT total
    ENDIF
NEXT i"""


def _code(d, code: str) -> None:
    box = f.box(d, code.splitlines(), fill="F2F2F2", font="Courier New", size=10)
    box.autofit = True


def worksheet() -> bytes:
    d = f.new_docx(title="Programming constructs")
    d.core_properties.author = "Lewis, Rhian"
    d.styles["Normal"].font.name = "Century Gothic"
    d.styles["Normal"].font.size = Pt(11)
    section = d.sections[0]
    section.header.paragraphs[0].text = "Ysgol Bryn Celyn – Computing Department"
    section.footer.paragraphs[0].text = "Y9 Unit 2 Algorithms – Lesson 3"
    f.para(d, "Programming Constructs 🌶", bold=True, size=20)
    f.para(d, "Name: ______________________   Class: ______   Date: ___________")
    f.table(d, [[
        "**Learning objectives**\n" + "\n".join(f"• {o}" for o in OBJECTIVES),
        "**Pick your challenge!**\n🌶 Mild – start here if you're not sure yet\n🌶🌶 Spicy – you know the "
        "constructs, can you trace them?\n🌶🌶🌶 Hot – write your own\nYou can move up a level any time 😊",
    ]])
    f.para(d, "")
    f.para(d, "🌶 MILD", bold=True, size=16)
    f.para(d, "Task 1: Fill the gaps using the words in the box. Each word is used once.")
    f.box(d, ["**Word bank**", "   ".join(BANK)], fill="FFF2CC")
    for line in PASSAGE:
        f.para(d, line.format(*["____________"] * line.count("{}")))
    f.para(d, "Task 2: Write S (sequence), SEL (selection) or I (iteration) next to each piece of pseudocode.")
    f.table(d, [
        ["WHILE answer != \"yes\"\n    answer = INPUT(\"Ready?\")\nENDWHILE", "______"],
        ["name = INPUT(\"Name?\")\nOUTPUT \"Hello \" + name", "______"],
        ["IF age >= 13 THEN\n    OUTPUT \"You can join\"\nENDIF", "______"],
    ])
    f.para(d, "🌶🌶 SPICY", bold=True, size=16)
    f.para(d, "Trace the algorithm below. Fill in the trace table one row for each time round the loop.")
    _code(d, SPICY)
    f.table(d, [["**i**", "**total**", "**OUTPUT**"], ["", "", ""], ["", "", ""], ["", "", ""], ["", "", ""]])
    f.para(d, "a) Which lines use selection?")
    f.para(d, "b) What type of loop is used – count-controlled or condition-controlled? How do you know?")
    f.para(d, "c) Change one line so that the algorithm outputs \"big\" only once.")
    f.para(d, "🌶🌶🌶 HOT", bold=True, size=16)
    f.para(d, "Write pseudocode for a guessing game. The computer stores a secret number from 1 to 10 as a "
              "constant. The user keeps guessing until they get it right; after each wrong guess the program says "
              "“too high” or “too low”. At the end, output how many guesses they took.")
    f.para(d, "Hot tip: putting one construct inside another – like an IF inside a WHILE – is called **nesting**. "
              "Your answer will need it!")
    for _ in range(8):
        f.para(d, "_" * 78)
    paragraph = d.add_paragraph()
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    f.para(d, "ANSWERS (teacher copy – don't print for class!)", bold=True, size=14)
    f.para(d, "Task 1")
    for line, words in zip(PASSAGE, ORDER, strict=True):
        f.para(d, line.format(*[f"**{word}**" for word in words]))
    f.para(d, "Task 2: I, S, SEL")
    f.table(d, [["**i**", "**total**", "**OUTPUT**"], ["1", "1", "1"], ["2", "3", "3"], ["3", "6", "big"],
                ["4", "10", "big"]])
    f.para(d, "a) IF total > 5 THEN … ELSE … ENDIF   b) count-controlled – FOR runs a set number of times (4)   "
              "c) e.g. IF total > 5 AND total < 10 THEN, or FOR i = 1 TO 3")
    f.para(d, "Hot – model answer:")
    f.code_lines(d, """CONST secret = 7
guesses = 0
guess = 0
WHILE guess != secret
    guess = INPUT("Guess a number 1-10")
    guesses = guesses + 1
    IF guess > secret THEN
        OUTPUT "too high"
    ELSEIF guess < secret THEN
        OUTPUT "too low"
    ENDIF
ENDWHILE
OUTPUT "You took " + guesses + " guesses\"""")
    return f.docx_bytes(d)


QUESTIONS = [
    ("Which construct is used here?  FOR x = 1 TO 10 … NEXT x", 7,
     [("Sequence", 1), ("Selection", 3), ("Iteration", 23)], "Iteration"),
    ("Which construct makes a decision?", 7, [("Sequence", 2), ("Selection", 24), ("Iteration", 1)],
     "Selection"),
    ("A WHILE loop is…", 5, [("count-controlled", 9), ("condition-controlled", 18)], "condition-controlled"),
    ("What is a trace table?", 4, [
        ("A table used to follow the values of the variables as an algorithm runs, line by line", 19),
        ("A table that shows the inputs a program needs", 5),
        ("A table of all the errors in a program", 3),
    ], "A table used to follow the values of the variables as an algorithm runs, line by line"),
    ("Which of these should be a constant?", 3, [("score", 4), ("VAT = 0.2", 20), ("guess", 3)], "VAT = 0.2"),
]
SHORT = ["repeating code", "when it loops", "doing something again and again until a condition is met",
         "a for loop", "iteration is repeating", "idk", "repeating instructions", "looping round",
         "when you repeat a block of code more than once", "loops"]


def responses() -> bytes:
    pdf = f.Pdf(title="Exit ticket – Programming constructs - Google Forms")
    pdf.set_producer("Skia/PDF m119")
    pdf.add_page()
    pdf.set_font(pdf.sans, "", 7)
    pdf.cell(0, 4, "07/12/2026, 10:41", new_x="LMARGIN")
    pdf.cell(0, 4, pdf.typed("Exit ticket – Programming constructs - Google Forms"), align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.line_of("Questions      Responses  27      Settings", size=10, bold=True)
    pdf.line_of("27 responses", size=16, bold=True, height=10)
    pdf.line_of("Summary      Question      Individual", size=10)
    pdf.line_of("Insights", size=12, bold=True)
    pdf.line_of("Average 20.4 / 26 points     Median 22 / 26 points     Range 7 - 26 points", size=10)
    pdf.line_of("Frequently missed questions", size=11, bold=True)
    pdf.line_of("A WHILE loop is…   18 / 27 correct responses", size=10)
    pdf.line_of("What is a trace table?   19 / 27 correct responses", size=10)
    pdf.ln(3)
    for question, points, options, correct in QUESTIONS:
        right = dict(options)[correct]
        pdf.line_of(question, size=11, bold=True)
        pdf.line_of(f"{right} / 27 correct responses", size=9)
        for option, count in options:
            tick = "✓ " if option == correct else "    "
            pdf.line_of(f"{tick}{option}    {count} ({count / 27:.1%})", size=10)
        pdf.line_of(f"({points} points)", size=8)
        pdf.ln(3)
    pdf.line_of("Explain in your own words what iteration means.", size=11, bold=True)
    pdf.line_of("27 responses", size=9)
    for answer in SHORT:
        pdf.line_of(answer, size=10)
    pdf.ln(2)
    pdf.line_of("How confident do you feel about pseudocode now?", size=11, bold=True)
    pdf.line_of("27 responses", size=9)
    for level, count in [("1 - not at all", 2), ("2", 4), ("3", 9), ("4", 8), ("5 - really confident", 4)]:
        pdf.line_of(f"{level}    {count} ({count / 27:.1%})", size=10)
    for page in range(1, pdf.page + 1):
        pdf.page = page
        pdf.set_auto_page_break(auto=False)
        pdf.set_xy(10, 287)
        pdf.set_font(pdf.sans, "", 7)
        pdf.cell(150, 4, "https://docs.google.com/forms/d/1Qx7vLr0mPbE2kYtY9hZcJwN4sUeA8fG3dHiK5oRnT0M/edit#responses")
        pdf.cell(0, 4, f"{page}/{pdf.pages_count}", align="R")
    return pdf.output_bytes()


FILES = {
    "Y9 Programming constructs MILD SPICY HOT.docx": worksheet,
    "Exit ticket - Programming constructs (Responses).pdf": responses,
}
