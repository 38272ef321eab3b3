"""Held out. Year 10 GCSE lesson on Python file handling: the teacher's PowerPoint (a title slide, a "Do Now" on last
lesson answered in the notes, the objectives on a "What are we doing today?" slide as "LO1 …" lines, a "Why files?"
slide with key words bold inside sentences, two "annotated code" slides – a Consolas code box with coloured callout
shapes round it, each joined to a line of the code by an arrow, the callouts defining open(), the file modes, the
newline character and close() in the teacher's words, in no reading order – a mode table, the with statement and CSV
files bold in sentences, a task slide, an exit ticket answered in the notes, a footer box on every slide) and a
Parsons-problem PDF (a header strip, name and date lines, cut-out instructions, eleven lettered code strips in
dashed boxes, shuffled, two of them distractors, "Once it works" questions on dotted lines running on to a second
page, and a "TEACHER ANSWERS" page giving the order and the answers)."""

from __future__ import annotations

from tests.corpus import formats as f

FOOTER = "Y10 Computer Science  •  Programming  •  L4 File handling"


def _footer(slide) -> None:
    f.text_box(slide, FOOTER, left=0.3, top=7.05, width=6, height=0.35, size=10)


CODE_READ = """file = open("scores.txt", "r")
for line in file:
    print(line.strip())
file.close()"""

CODE_WRITE = """name = input("Name: ")
score = input("Score: ")
file = open("scores.txt", "a")
file.write(name + "," + score + "\\n")
file.close()"""

CODE_WITH = """with open("scores.txt", "r") as file:
    for line in file:
        name, score = line.strip().split(",")
        print(name, score)"""


def _code(slide, code: str, *, top: float = 1.7) -> None:
    f.text_box(slide, code, left=0.5, top=top, width=5.6, height=2.2, size=16, font="Consolas")


def deck() -> bytes:
    presentation = f.new_pptx(title="L4 File handling")
    slide = f.title_slide(presentation, "File Handling in Python",
                          "Y10 GCSE Computer Science – Programming unit, lesson 4\nMr Okafor")
    slide = f.content_slide(presentation, "Do Now  (5 mins, in silence)", [
        "1. What does len() return when you give it a list?",
        "2. Write a for loop that prints every item in the list names.",
        "3. What data type does input() always give you back?",
        "4. What happens to the values in your variables when the program stops?",
    ], notes="Answers: 1. The number of items in the list. 2. for name in names: print(name) 3. A string – "
             "use int() to change it. 4. They are lost – lead straight into today: how do we keep data?")
    _footer(slide)
    slide = f.content_slide(presentation, "What are we doing today?", [
        "LO1  Explain why programs need to store data in files",
        "LO2  Open, read and write a text file in Python",
        "LO3  Choose the right file mode: read, write or append",
    ], notes="Read out the LOs. Ask: what programs do you use that remember things between goes? (games, "
             "high scores, settings)")
    _footer(slide)
    slide = f.marked_content_slide(presentation, "Why files?", [
        "When a program ends, everything in its variables is lost – variables live in RAM.",
        "A **text file** is a file that holds only plain characters, the kind you could open and read in "
        "Notepad, e.g. scores.txt",
        "Saving data in a file so that it is still there the next time the program runs gives you "
        "**persistent data**.",
        "Games save your progress, apps save your settings, websites save your basket – all in files or "
        "databases.",
    ])
    _footer(slide)

    # Annotated code: callouts round the code, each with an arrow to the line it explains. The callouts were
    # added as the teacher thought of them, so their order is not the code's order.
    slide = f.titled_slide(presentation, "Annotated code: reading a file")
    _code(slide, CODE_READ)
    f.shape_box(slide, "\"r\" = read mode: you can only look at what is in the file, not change it. The file "
                "must already exist!", left=6.4, top=1.35, width=3.3, height=1.2, kind="RECTANGULAR_CALLOUT",
                fill="FFF2CC", color="000000", size=12)
    f.arrow(slide, start=(6.4, 1.9), end=(4.3, 1.9))
    f.shape_box(slide, "close() finishes with the file and saves any changes. Always close a file when you "
                "have finished with it.", left=5.2, top=4.6, width=4.4, height=1.0, kind="RECTANGULAR_CALLOUT",
                fill="E2EFDA", color="000000", size=12)
    f.arrow(slide, start=(5.2, 5.0), end=(2.2, 2.95))
    f.shape_box(slide, "open() connects your program to a file on the disk and gives you back a file object "
                "to work with.", left=0.4, top=4.6, width=4.4, height=1.0, kind="RECTANGULAR_CALLOUT",
                fill="DDEBF7", color="000000", size=12)
    f.arrow(slide, start=(1.6, 4.6), end=(1.6, 2.0))
    f.shape_box(slide, ".strip() takes the newline character (\\n) off the end of each line. The newline "
                "character is the invisible character that marks where one line ends and the next begins.",
                left=6.4, top=2.8, width=3.3, height=1.6, kind="RECTANGULAR_CALLOUT", fill="FCE4D6",
                color="000000", size=12)
    f.arrow(slide, start=(6.4, 3.2), end=(4.0, 2.45))
    _footer(slide)

    slide = f.titled_slide(presentation, "Annotated code: writing to a file")
    _code(slide, CODE_WRITE)
    f.shape_box(slide, ".write() only takes ONE string. Numbers? Use str() first.", left=6.4, top=3.0,
                width=3.3, height=0.9, kind="RECTANGULAR_CALLOUT", fill="FCE4D6", color="000000", size=12)
    f.arrow(slide, start=(6.4, 3.3), end=(5.5, 2.9))
    f.shape_box(slide, "\"a\" = append mode: adds new data to the END of the file and keeps everything that "
                "is already there.", left=6.4, top=1.35, width=3.3, height=1.3, kind="RECTANGULAR_CALLOUT",
                fill="FFF2CC", color="000000", size=12)
    f.arrow(slide, start=(6.4, 1.9), end=(4.4, 2.55))
    f.shape_box(slide, "⚠ \"w\" = write mode: makes a new, empty file – if the file already exists, "
                "everything in it is WIPED first!", left=0.4, top=4.6, width=4.6, height=1.1,
                kind="RECTANGULAR_CALLOUT", fill="FF9999", color="000000", size=12, bold=True)
    f.arrow(slide, start=(2.6, 4.6), end=(3.6, 2.6))
    f.text_box(slide, "Why \"a\" here and not \"w\"? Talk to your partner.", left=5.3, top=4.9, width=4.4,
               height=0.6, size=14, bold=True)
    _footer(slide)

    slide = f.titled_slide(presentation, "Which mode?")
    f.slide_table(slide, [
        ["Mode", "What it does", "If the file does not exist…"],
        ["\"r\"", "Read", "Crash! FileNotFoundError"],
        ["\"w\"", "Write – starts from empty", "Python creates it"],
        ["\"a\"", "Append – adds to the end", "Python creates it"],
    ], left=0.8, top=1.8, width=8.4, row_height=0.7)
    _footer(slide)
    slide = f.marked_content_slide(presentation, "A better way: with", [
        "The **with statement** opens the file and closes it for you automatically when the indented block "
        "ends – even if there is an error.",
        "No file.close() needed!",
    ])
    _code(slide, CODE_WITH, top=3.8)
    _footer(slide)
    slide = f.marked_content_slide(presentation, "CSV files", [
        "A **CSV file** (comma-separated values) stores a table as plain text: one row per line, with the "
        "values separated by commas.",
        "e.g.   Amira,87",
        "          Josh,64",
        "Use .split(\",\") to break a line into a list of values: \"Amira,87\".split(\",\") gives "
        "[\"Amira\", \"87\"]",
    ])
    _footer(slide)
    slide = f.content_slide(presentation, "Task: Parsons problem", [
        "Get the sheet from the front.",
        "Cut out the strips and put them in order (watch the indentation!)",
        "Type it into IDLE and test it with at least 3 names",
        "Then answer the 'Once it works' questions",
        "  Finished? Extension on the sheet",
    ])
    _footer(slide)
    slide = f.content_slide(presentation, "Exit ticket", [
        "1. Which mode would you use to add a new high score without deleting the old ones?",
        "2. What error do you get if you open a file that doesn't exist in read mode?",
        "3. Why should you always close a file?",
    ], notes="1. Append – \"a\". 2. FileNotFoundError. 3. So that the changes are saved and other programs can "
             "use the file. Next lesson: reading a CSV into a list and searching it.")
    _footer(slide)
    return f.pptx_bytes(presentation)


# The strips in the order they are printed (shuffled by the teacher), each lettered; two are distractors.
STRIPS = [
    ("A", "        print(name, \"scored\", score)"),
    ("B", "file = open(\"highscores.txt\", \"w\")"),
    ("C", "score = input(\"Enter your score: \")"),
    ("D", "file.close()"),
    ("E", "with open(\"highscores.txt\", \"r\") as file:"),
    ("F", "name = input(\"Enter your name: \")"),
    ("G", "        name, score = line.strip().split(\",\")"),
    ("H", "file.write(name, score)"),
    ("I", "    for line in file:"),
    ("J", "file.write(name + \",\" + score + \"\\n\")"),
    ("K", "file = open(\"highscores.txt\", \"a\")"),
]
QUESTIONS = [
    "Why is the file opened with \"a\" and not \"w\"?",
    "What does .strip() remove from each line?",
    "What would happen if you forgot the \"\\n\"?",
    "Which two strips did you NOT use, and why is each one wrong?",
    "Extension: change the program so that it only prints the scores that are over 50.",
]
ANSWERS = [
    "1. \"w\" would wipe all the old scores every time; \"a\" adds the new score to the end",
    "2. The newline character (\\n) at the end of the line",
    "3. All the scores would be written on one long line",
    "4. B – \"w\" wipes the file; H – write() only takes one string",
    "5. e.g. if int(score) > 50: print(name, \"scored\", score)   (inside the for loop)",
]


def parsons() -> bytes:
    pdf = f.Pdf(title="Parsons problem - high scores")
    pdf.add_page()
    pdf.set_fill_color(31, 59, 115)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font(pdf.sans, "B", 10)
    pdf.cell(0, 8, pdf.typed("  Y10 Computer Science  |  Programming  |  File handling"), fill=True,
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    pdf.line_of("Parsons Problem: High Scores ✂", size=18, bold=True, height=10)
    pdf.line_of("Name: ______________________________     Date: ____________     Class: 10____", size=10,
                height=9)
    pdf.line_of("What to do", size=12, bold=True)
    for step in [
        "1. Cut out the strips along the dashed lines.",
        "2. Put them in order so that the program asks for a name and a score, adds them to highscores.txt and "
        "then prints every score in the file.",
        "3. Watch the indentation – it is part of the answer!",
        "4. Careful: TWO strips are distractors. You do not need them.",
        "5. Stick your finished program in your book, then type it into IDLE and test it.",
    ]:
        pdf.line_of(step, size=10, height=5.5)
    pdf.ln(3)
    pdf.set_dash_pattern(dash=2, gap=1.5)
    for letter, code in STRIPS:
        y = pdf.get_y()
        pdf.rect(15, y, 180, 10)
        pdf.set_xy(17, y + 2)
        pdf.set_font(pdf.sans, "B", 10)
        pdf.cell(10, 6, letter)
        pdf.set_font(pdf.mono, "", 11)
        pdf.cell(160, 6, pdf.typed(code))
        pdf.set_xy(10, y + 12)
    pdf.set_dash_pattern()
    pdf.ln(2)
    pdf.line_of("Once it works:", size=12, bold=True)
    for number, question in enumerate(QUESTIONS, start=1):
        pdf.line_of(f"{number}. {question}", size=10, height=5.5)
        pdf.line_of("." * 120, size=9, height=7)
    pdf.add_page()
    pdf.line_of("TEACHER ANSWERS – remove before printing the class set", size=14, bold=True, height=9)
    pdf.line_of("Correct order:  F, C, K, J, D, E, I, G, A      (B and H are the distractors)", size=11)
    pdf.line_of("Finished program:", size=11, bold=True)
    for letter in "FCKJDEIGA":
        code = dict(STRIPS)[letter]
        pdf.line_of(code, size=10, mono=True, height=5)
    pdf.ln(3)
    pdf.line_of("Once it works – answers", size=11, bold=True)
    for answer in ANSWERS:
        pdf.line_of(answer, size=10, height=5.5)
    return pdf.output_bytes()


FILES = {
    "L4 File handling.pptx": deck,
    "Parsons problem - high scores.pdf": parsons,
}
