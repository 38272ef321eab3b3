"""Held out. Year 9 Python loops: a knowledge organiser laid out as one big Word table (two columns of boxes:
key vocabulary, code examples in Consolas inside the cells, "What I need to know", common mistakes) and a short
starter deck asking pupils to predict a loop's output."""

from __future__ import annotations

from docx.shared import Pt

from tests.corpus import formats as f

VOCABULARY = [
    "**Iteration** – repeating a section of code",
    "**For loop** – a count-controlled loop: it repeats a set number of times",
    "**While loop** – a condition-controlled loop: it repeats while a condition is True",
    "**Range** – gives the numbers a for loop counts through, e.g. range(1, 6) is 1 to 5",
    "**Infinite loop** – a loop that never stops because its condition never becomes False",
]
FOR_EXAMPLE = """for count in range(1, 6):
    print(count)"""
WHILE_EXAMPLE = """password = ""
while password != "open sesame":
    password = input("Password: ")
print("Welcome!")"""
KNOW = [
    "I know how to use a for loop to repeat code a set number of times",
    "I know how to use a while loop to repeat code until a condition is met",
    "I can choose which type of loop to use for a problem",
]


def _cell_lines(cell, lines: list[str], *, heading: str) -> None:
    f.add_marked_runs(cell.paragraphs[0], f"**{heading}**", size=12)
    for line in lines:
        f.add_marked_runs(cell.add_paragraph(), line, size=10)


def _cell_code(cell, heading: str, code: str) -> None:
    f.add_marked_runs(cell.add_paragraph(), f"**{heading}**", size=10)
    for line in code.splitlines():
        run = cell.add_paragraph().add_run(line)
        run.font.name = "Consolas"
        run.font.size = Pt(9)


def organiser() -> bytes:
    document = f.new_docx(title="Knowledge organiser template")
    f.para(document, "Knowledge Organiser: Loops in Python", size=18, bold=True)
    layout = document.add_table(rows=2, cols=2)
    layout.style = "Table Grid"
    _cell_lines(layout.cell(0, 0), VOCABULARY, heading="Key vocabulary")
    top_right = layout.cell(0, 1)
    f.add_marked_runs(top_right.paragraphs[0], "**Code examples**", size=12)
    _cell_code(top_right, "Count from 1 to 5:", FOR_EXAMPLE)
    _cell_code(top_right, "Keep asking until the password is right:", WHILE_EXAMPLE)
    _cell_lines(layout.cell(1, 0), KNOW, heading="What I need to know")
    _cell_lines(layout.cell(1, 1), [
        "Forgetting the colon : at the end of the for or while line",
        "Not indenting the code inside the loop",
        "range(5) starts at 0, not 1!",
    ], heading="Common mistakes")
    return f.docx_bytes(document)


PREDICT = """total = 0
for number in range(1, 4):
    total = total + number
print(total)"""


def starter() -> bytes:
    deck = f.new_pptx(title="Loops")
    slide = f.titled_slide(deck, "Starter: predict the output")
    f.text_box(slide, PREDICT, left=1, top=1.6, width=6, height=2.5, size=20, font="Consolas")
    f.text_box(slide, "Write your prediction on your mini whiteboard. Then we will trace it together.", left=1,
               top=4.6, width=8, size=16)
    return f.pptx_bytes(deck)


FILES = {
    "Loops knowledge organiser.docx": organiser,
    "Loops starter.pptx": starter,
}
