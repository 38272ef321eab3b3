"""Held out. A Year 7 Scratch lesson left for a supply teacher: a Word "cover work" sheet (a details table of
class, room and period, notes for the cover teacher about routines and movement-break cards, numbered objectives
"to write on the board", a numbered task list with minutes in brackets, and the starter and exit-ticket answers
"in case pupils ask"), and the lesson deck printed as a PowerPoint handout PDF, two slides a page: each slide a
framed box on a portrait A4 page, the Scratch scripts written out as block text ("when green flag clicked",
"if <touching color [blue]?> then"), the key words as "Word – meaning" bullets on one slide."""

from __future__ import annotations

from docx.shared import Pt

from tests.corpus.formats import Pdf, docx_bytes, new_docx, para, table

TITLE = "Scratch Maze Game – Walls and Winning"

OBJECTIVES = [
    "To use an “if … then” block to make a sprite react when it touches a wall",
    "To explain why the check has to go inside a “forever” loop",
    "To add a second sprite that ends the game when the player reaches it",
]

DETAILS = [
    ["Teacher", "Mr D. Okafor"],
    ["Class", "7C3 (28 pupils)"],
    ["Day / period", "Tuesday 12th November – Period 3 (11:20–12:20)"],
    ["Room", "IT2"],
    ["Subject", "Computing"],
    ["Unit", "Scratch – programming a maze game (lesson 3 of 6)"],
    ["Work to collect?", "No – pupils save their game in Documents > Computing > Scratch"],
]

NOTES = [
    "The class know the routine: log on, open Scratch from the desktop (the Scratch app, NOT the website), then "
    "open their maze file from last lesson.",
    "The seating plan is in the blue folder on my desk. Please keep to it.",
    "Some pupils have a green card. They may show it and take a 2-minute movement break just outside the door. "
    "Please let them – they know to come straight back.",
    "If a computer will not log on or Scratch will not open, the pupil works from the printed handout (spare "
    "copies in the tray) and writes the scripts out in the back of their book.",
    "Please write the title and the objectives below on the board before they come in.",
]

TASKS = [
    "Starter (10 mins): pupils answer the three “Do now” questions on slide 2 in the back of their books.",
    "Pupils log on and open their maze game from last lesson (5 mins).",
    "Main task (25 mins): build Script 1 from slide 5 on the Mouse sprite and test it. When the mouse touches a "
    "blue wall it should say “Ouch!” and go back to the start.",
    "Extension: anyone who finishes adds Script 3 from slide 7 to the Cheese sprite so the game can be won.",
    "Plenary (5 mins): exit ticket on slide 8 – answers on a sticky note, stuck on the door as they leave.",
    "Last 5 mins: save as “Maze L3 – first name surname”, then log off and push chairs in.",
]

STARTER = [
    ("What is a sprite?", "A character or object that moves around the stage."),
    ("Which block makes a script start when the green flag is clicked?",
     "“when green flag clicked” (the yellow Events block)."),
    ("What does a forever block do?", "It repeats the blocks inside it again and again until the game stops."),
]

EXIT_TICKET = [
    ("Why does the “if” block need to be inside the “forever” block?",
     "So the sprite keeps checking for the wall all the time – without the loop it only checks once, at the "
     "start."),
    ("What happens if the colour in your “touching color” block is not exactly the colour of your walls?",
     "Nothing happens when the sprite touches the wall, so it can walk straight through."),
    ("Which block category (colour) is the “touching color” block in?", "Sensing (light blue)."),
]


def cover_sheet() -> bytes:
    document = new_docx(title="Cover work 7C3")
    para(document, "COVER WORK", bold=True, size=20)
    table(document, [[f"**{label}**", value] for label, value in DETAILS])
    para(document)
    para(document, "Notes for the cover teacher", bold=True, size=13)
    for note in NOTES:
        para(document, note, style="List Bullet")
    para(document, "Title (for the board)", bold=True, size=13)
    para(document, TITLE)
    para(document, "Learning objectives (for the board)", bold=True, size=13)
    for number, objective in enumerate(OBJECTIVES, start=1):
        para(document, f"LO{number}: {objective}")
    para(document, "Key words: sprite, script, condition, selection, forever loop (definitions on slide 4)")
    para(document, "What the class should do", bold=True, size=13)
    for task in TASKS:
        para(document, task, style="List Number")
    para(document, "Answers (in case pupils ask)", bold=True, size=13)
    para(document, "Starter – slide 2", bold=True)
    for number, (question, answer) in enumerate(STARTER, start=1):
        para(document, f"{number}. {question} – **{answer}**")
    para(document, "Exit ticket – slide 8", bold=True)
    for number, (question, answer) in enumerate(EXIT_TICKET, start=1):
        para(document, f"{number}. {question} – **{answer}**")
    para(document)
    closing = para(document, "Behaviour: please use the school system as normal (C1, C2, C3). If there is a "
                             "problem, call Ms Patel (Head of Computing) on ext. 214. Thank you! – Dami")
    for run in closing.runs:
        run.font.size = Pt(10)
    return docx_bytes(document)


# The slides as the handout prints them: a title, then lines; "  " starts an indented line, "code" slides use a
# monospace font for the block text as the teacher typed it into a text box.
SLIDES = [
    {"title": "Scratch Maze Game", "lines": ["Lesson 3 – Walls and Winning", "", "Year 7 Computing"],
     "cover": True},
    {"title": "Do now", "lines": [f"{n}. {q}" for n, (q, _a) in enumerate(STARTER, start=1)]
     + ["", "Write your answers in the back of your book. You have 10 minutes."]},
    {"title": "Learning objectives", "lines": [f"• {objective}" for objective in OBJECTIVES]},
    {"title": "Key words", "lines": [
        "• Sprite – a character or object that moves around the stage",
        "• Script – a set of blocks joined together that the sprite follows in order",
        "• Condition – a question that is either true or false, e.g. touching color blue?",
        "• Selection – choosing what to do next depending on whether a condition is true",
        "• Forever loop – a block that repeats the blocks inside it until the program is stopped",
    ]},
    {"title": "Script 1: hitting a wall (Mouse sprite)", "code": True, "lines": [
        "when green flag clicked",
        "go to x: (-200) y: (150)",
        "forever",
        "    if <touching color [blue]?> then",
        "        say [Ouch!] for (1) seconds",
        "        go to x: (-200) y: (150)",
        "    end",
        "end",
    ], "note": "Use the colour dropper so the colour matches your walls exactly."},
    {"title": "Reminder – Script 2: moving (from last lesson)", "code": True, "lines": [
        "when [right arrow] key pressed",
        "point in direction (90)",
        "move (5) steps",
        "",
        "when [left arrow] key pressed",
        "point in direction (-90)",
        "move (5) steps",
    ], "note": "Do the same for the up and down arrows: direction (0) and (180)."},
    {"title": "Extension – Script 3: winning (Cheese sprite)", "code": True, "lines": [
        "when green flag clicked",
        "forever",
        "    if <touching [Mouse]?> then",
        "        say [You win!] for (2) seconds",
        "        stop [all]",
        "    end",
        "end",
    ]},
    {"title": "Exit ticket", "lines": [f"{n}. {q}" for n, (q, _a) in enumerate(EXIT_TICKET, start=1)]
     + ["", "Write your answers on a sticky note and stick it on the door on your way out."]},
]

FRAME_W, FRAME_H = 150.0, 84.4  # a 16:9 slide as PowerPoint prints it two to a portrait A4 page
FRAME_X, FRAME_TOPS = 30.0, (32.0, 160.0)


def _slide(pdf: Pdf, slide: dict, top: float) -> None:
    pdf.set_draw_color(90, 90, 90)
    pdf.rect(FRAME_X, top, FRAME_W, FRAME_H)
    inner = FRAME_W - 16
    if slide.get("cover"):
        pdf.set_xy(FRAME_X + 8, top + 26)
        pdf.set_font(pdf.sans, "B", 20)
        pdf.cell(inner, 10, pdf.typed(slide["title"]), align="C", new_x="LMARGIN", new_y="NEXT")
        for line in slide["lines"]:
            pdf.set_x(FRAME_X + 8)
            pdf.set_font(pdf.sans, "", 11)
            pdf.cell(inner, 6, pdf.typed(line), align="C", new_x="LMARGIN", new_y="NEXT")
        return
    pdf.set_xy(FRAME_X + 8, top + 6)
    pdf.set_font(pdf.sans, "B", 14)
    pdf.multi_cell(inner, 7, pdf.typed(slide["title"]), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    code = slide.get("code", False)
    for line in slide["lines"]:
        pdf.set_x(FRAME_X + 8)
        pdf.set_font(pdf.mono if code else pdf.sans, "", 8.5 if code else 9.5)
        pdf.multi_cell(inner, 4 if code else 5, pdf.typed(line) or " ", new_x="LMARGIN", new_y="NEXT")
    if slide.get("note"):
        pdf.set_xy(FRAME_X + 8, top + FRAME_H - 10)
        pdf.set_font(pdf.sans, "", 8)
        pdf.multi_cell(inner, 4, pdf.typed(slide["note"]), new_x="LMARGIN", new_y="NEXT")


def handout() -> bytes:
    pdf = Pdf(title="L3 Scratch maze")
    pdf.set_producer("Microsoft® PowerPoint® for Microsoft 365")
    pdf.set_creator("Microsoft® PowerPoint® for Microsoft 365")
    pdf.set_auto_page_break(auto=False)
    for page, start in enumerate(range(0, len(SLIDES), 2), start=1):
        pdf.add_page()
        pdf.set_font(pdf.sans, "", 9)
        pdf.set_xy(12, 10)
        pdf.cell(90, 5, pdf.typed("Y7 Computing – Scratch maze"))
        pdf.set_xy(148, 10)
        pdf.cell(50, 5, "12/11/2024", align="R")
        for offset, top in enumerate(FRAME_TOPS):
            if start + offset < len(SLIDES):
                _slide(pdf, SLIDES[start + offset], top)
        pdf.set_font(pdf.sans, "", 9)
        pdf.set_xy(148, 282)
        pdf.cell(50, 5, str(page), align="R")
    return pdf.output_bytes()


FILES = {
    "COVER - Y7 Computing 7C3 Tue P3.docx": cover_sheet,
    "L3 Scratch maze - handout (2 slides per page).pdf": handout,
}
