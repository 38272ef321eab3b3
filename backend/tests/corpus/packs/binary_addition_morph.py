"""Held out. Year 10 GCSE binary arithmetic: a PowerPoint whose worked examples are animated with the Morph
transition (each step a duplicated slide with the same "!!"-named digit boxes moved, added or recoloured, so the
title, the sums and most words come again on every step, with the slide's caption and notes changing), a "Do Now"
and an exit ticket answered in the notes, "LO1–LO3" objectives, key words bold inside sentences in free text
boxes, a rules table and an exam question; and a landscape Word "I do, We do, You do" sheet (a header, a name
line, a four-row table of faded worked examples whose "You do" cells are the numbered questions, one key word
defined inside a worked example, a confidence line, the teacher's answers after a page break)."""

from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.shared import Cm
from lxml import etree
from pptx.util import Inches, Pt

from tests.corpus import formats as f

# The XML PowerPoint writes for a Morph transition (by object), with the fade older versions fall back to.
MORPH = """<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"
 xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main">
<mc:Choice xmlns:p159="http://schemas.microsoft.com/office/powerpoint/2015/09/main" Requires="p159">
<p:transition spd="slow" p14:dur="2000"><p159:morph option="byObject"/></p:transition></mc:Choice>
<mc:Fallback><p:transition spd="slow"><p:fade/></p:transition></mc:Fallback></mc:AlternateContent>"""


def _morph(slide: f.Slide) -> None:
    """Give the slide a Morph transition: it goes straight after <p:clrMapOvr>, as PowerPoint writes it."""
    sld = slide._element
    anchor = sld.find("{http://schemas.openxmlformats.org/presentationml/2006/main}clrMapOvr")
    sld.insert(list(sld).index(anchor) + 1, etree.fromstring(MORPH))


def _digit(
    slide: f.Slide, name: str, text: str, *, left: float, top: float, size: float = 32, color: str = "000000"
) -> None:
    """One digit in its own text box, named "!!…" so that Morph matches it with the same box on the next slide."""
    shape = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(0.45), Inches(0.6))
    shape.name = name
    run = shape.text_frame.paragraphs[0].add_run()
    run.text = text
    run.font.size = Pt(size)
    run.font.name = "Consolas"
    run.font.color.rgb = f.RGBColor.from_string(color)


def _caption(slide: f.Slide, lines: list[str], *, top: float = 5.3) -> None:
    shape = slide.shapes.add_textbox(Inches(0.6), Inches(top), Inches(8.8), Inches(1.6))
    shape.name = "!!caption"
    shape.text_frame.word_wrap = True
    f.fill_marked(shape.text_frame, lines)


def _column_x(column: int) -> float:
    """Columns count from the right (0 is the LSB); a gap between the two nibbles, as the teacher writes bytes."""
    return 7.6 - column * 0.55 - (0.3 if column >= 4 else 0)


def _sum_step(
    deck: f.PptxPresentation, first: str, second: str, done: int, caption: list[str], notes: str
) -> None:
    """The worked addition with the right-most `done` columns added: result digits and red carries appear."""
    slide = f.titled_slide(deck, "Worked example: 0101 1011 + 0011 0110")
    result = f"{int(first, 2) + int(second, 2):09b}"
    carries = [0] * 9
    for column in range(8):
        total = int(first[7 - column]) + int(second[7 - column]) + carries[column]
        carries[column + 1] = total // 2
    f.text_box(slide, "+", left=_column_x(7) - 0.6, top=2.55, width=0.5, size=32)
    for column in range(8):
        x = _column_x(column)
        _digit(slide, f"!!a{column}", first[7 - column], left=x, top=1.8)
        _digit(slide, f"!!b{column}", second[7 - column], left=x, top=2.55)
        if column < done:
            _digit(slide, f"!!r{column}", result[8 - column], left=x, top=3.75, color="1F3B73")
        if column < done and carries[column + 1] and column + 1 < 8:
            _digit(
                slide,
                f"!!c{column + 1}",
                "1",
                left=x - 0.55 - (0.3 if column == 3 else 0),
                top=1.3,
                size=16,
                color="C00000",
            )
    f.shape_box(
        slide, "", left=_column_x(7) - 0.6, top=3.55, width=5.3, height=0.04, kind="RECTANGLE", fill="000000"
    )
    _caption(slide, caption)
    slide.notes_slide.notes_text_frame.text = notes
    _morph(slide)


SUM_STEPS = [
    (
        0,
        ["Line the numbers up. Start at the **right-hand** column – just like adding in denary."],
        "Cold call: which column do we start with? Why?",
    ),
    (
        2,
        ["Columns 1 and 2: 1 + 0 = 1.   1 + 1 = 10, so write 0 and carry 1."],
        "Point at the red carry. Keep saying 'one plus one is two, two is 10 in binary'.",
    ),
    (
        4,
        [
            "Columns 3 and 4: 0 + 1 + 1 (carried) = 10 → write 0, carry 1.",
            "1 + 0 + 1 = 10 → write 0, carry 1.",
        ],
        "Mini whiteboards – predict column 5 before you click.",
    ),
    (
        6,
        ["Columns 5 and 6: 1 + 1 + 1 = 11 → write 1, carry 1.   0 + 1 + 1 = 10 → write 0, carry 1."],
        "1 + 1 + 1 is the one they get wrong. Check every board.",
    ),
    (
        8,
        [
            "Columns 7 and 8: 1 + 0 + 1 = 10 → write 0, carry 1.   0 + 0 + 1 = 1",
            "Answer: **1001 0001** = 145.   Check in denary: 91 + 54 = 145 ✓",
        ],
        "Always check in denary in the exam if you have time.",
    ),
]


def _shift_step(deck: f.PptxPresentation, shifted: bool) -> None:
    """Left shift of 0001 0110 by two places: the same digit boxes slide two columns left, 0s fill the gap."""
    slide = f.titled_slide(deck, "Left shift – 2 places")
    bits = "00010110"
    for column in range(8):
        x = _column_x(column + 2) if shifted else _column_x(column)
        if shifted and column >= 6:
            continue  # the two leading 0s fall off the left-hand end
        _digit(slide, f"!!s{column}", bits[7 - column], left=x, top=2.4, size=40)
    if shifted:
        for column in range(2):
            _digit(slide, f"!!z{column}", "0", left=_column_x(column), top=2.4, size=40, color="C00000")
    _caption(
        slide,
        [
            "0101 1000 = 88.   22 × 4 = 88" if shifted else "0001 0110 = 22",
            "Every bit has moved 2 places left and the gaps are filled with 0s."
            if shifted
            else "Watch where each bit goes…",
        ],
        top=4.2,
    )
    _morph(slide)


def _overflow(deck: f.PptxPresentation, lost: bool) -> None:
    slide = f.titled_slide(deck, "Overflow")
    f.text_box(
        slide,
        "  1101 0010   (210)\n+ 0110 0100   (100)\n1 0011 0110   (310?)",
        left=1.5,
        top=1.6,
        width=5,
        height=1.8,
        size=30,
        font="Consolas",
    )
    shape = slide.shapes.add_shape(
        f.MSO_SHAPE.OVAL,
        Inches(1.3 if not lost else 0.2),
        Inches(2.75 if not lost else 4.4),
        Inches(0.7),
        Inches(0.7),
    )
    shape.name = "!!ninth"
    shape.fill.solid()
    shape.fill.fore_color.rgb = f.RGBColor.from_string("C00000" if lost else "FFC000")
    lines = [
        "**Overflow** happens when the result of a calculation needs more bits than the computer has "
        "available to store it."
    ]
    if lost:
        lines += [
            "There are only 8 bits, so the 9th bit is lost. The computer stores 0011 0110 = 54, not 310!"
        ]
    _caption(slide, lines, top=4.6)
    _morph(slide)


def _lesson_start(deck: f.PptxPresentation) -> None:
    f.title_slide(
        deck,
        "Binary Arithmetic",
        "Adding binary numbers, overflow and binary shifts\n"
        "Y10 GCSE Computer Science – 1.2 Data representation",
    )
    f.content_slide(
        deck,
        "Do Now 🧠 (5 mins)",
        [
            "1. Convert 13 to 8-bit binary.",
            "2. What is 0110 1001 in denary?",
            "3. What is the largest number you can store in 8 bits?",
        ],
        notes="Answers: 1) 0000 1101  2) 105  3) 255 (1111 1111). Takes register while they work.",
    )
    f.content_slide(
        deck,
        "Learning objectives",
        [
            "LO1  Add two 8-bit binary numbers together",
            "LO2  Explain what overflow is and when it happens",
            "LO3  Carry out left and right binary shifts and describe their effect on a number",
        ],
        notes="Books: date, title, LOs. Underline LO3 – it was on last year's paper.",
    )
    rules = f.titled_slide(deck, "The four rules of binary addition")
    f.slide_table(
        rules,
        [
            ["Sum", "Answer", "What you write"],
            ["0 + 0", "0", "0"],
            ["0 + 1", "1", "1"],
            ["1 + 1", "10", "write 0, carry 1"],
            ["1 + 1 + 1", "11", "write 1, carry 1"],
        ],
        left=0.8,
        top=1.6,
        width=8.4,
    )
    box = rules.shapes.add_textbox(Inches(0.8), Inches(4.7), Inches(8.4), Inches(1.2)).text_frame
    box.word_wrap = True
    f.fill_marked(
        box,
        [
            "A **carry** is a 1 that moves into the next column on the left when a column adds up "
            "to more than 1."
        ],
    )


def _lesson_end(deck: f.PptxPresentation) -> None:
    f.marked_content_slide(
        deck,
        "Binary shifts",
        [
            "A **binary shift** moves every bit in a binary number a set number of places to the left or right.",
            "A **left shift** of one place multiplies the number by 2 (2 places × 4, 3 places × 8).",
            "A **right shift** of one place divides the number by 2. Bits that drop off the end are lost, so an odd "
            "number is rounded down.",
        ],
        notes="Morph on the next two slides – click slowly.",
    )
    _shift_step(deck, False)
    _shift_step(deck, True)
    f.marked_content_slide(
        deck,
        "Which end is which?",
        [
            "The **most significant bit (MSB)** is the bit on the far left – it has the biggest place value "
            "(128 in an 8-bit number).",
            "The **least significant bit (LSB)** is the bit on the far right – it has the smallest place value (1).",
            "A left shift can push a 1 out of the MSB → the answer is wrong (overflow again!)",
        ],
    )
    f.content_slide(
        deck,
        "Exam question",
        [
            "Add together the binary numbers 1010 1100 and 0111 0001. Give your answer in 8-bit binary and explain "
            "your result. [3]",
        ],
        notes="Answer: 1 0001 1101 – 9 bits. 172 + 113 = 285, bigger than 255, so overflow: only 0001 1101 (29) "
        "is stored. 1 mark answer, 1 mark carries shown, 1 mark overflow explained.",
    )
    f.content_slide(
        deck,
        "Exit ticket ✋",
        [
            "1. Shift 0000 1101 two places to the left. What has happened to the number?",
            "2. What is overflow?",
            "3. Add 0011 0011 and 0001 1100.",
        ],
        notes="Answers: 1) 0011 0100 – it has been multiplied by 4 (13 → 52). 2) When the result of a "
        "calculation needs more bits than are available to store it. 3) 0100 1111",
    )


def deck() -> bytes:
    presentation = f.new_pptx(title="Binary Arithmetic")
    _lesson_start(presentation)
    first, second = "01011011", "00110110"
    for done, caption, notes in SUM_STEPS:
        _sum_step(presentation, first, second, done, caption, notes)
    _overflow(presentation, False)
    _overflow(presentation, True)
    _lesson_end(presentation)
    return f.pptx_bytes(presentation)


ROWS = [
    (
        "1\nBinary addition",
        "  0011 0101\n+ 0100 1110\n= 1000 0011\nStart on the right. Carries (1, 1, 1, 1, 1) go above columns 4 to 8. "
        "53 + 78 = 131 ✓",
        "  0100 1101\n+ 0001 0110\n= 0110 ____\nWe fill in the last four columns together.",
        "Q1. Add 0110 0110 and 0001 1011. Show your carries.",
    ),
    (
        "2\nOverflow",
        "  1100 0000\n+ 0100 0001\n= 1 0000 0001\nThe answer needs 9 bits. Only 8 fit, so the 1 at the front is lost "
        "and the computer stores 0000 0001 (1 instead of 257). This is an overflow error.",
        "  1010 1010\n+ 0110 0000\n= _ ____ ____\nDoes it overflow? ________",
        "Q2. Add 1001 1001 and 0111 1000. Will the answer fit in 8 bits? Explain your answer.",
    ),
    (
        "3\nLeft shift",
        "0000 1011  (11)\nshift 2 places left\n0010 1100  (44)\nEvery bit moves 2 places left. In a **logical "
        "shift** the empty places are always filled with 0s. 11 × 4 = 44",
        "0001 0011  (19)\nshift 1 place left\n____ ____  (____)",
        "Q3. Shift 0000 0111 three places to the left. Give the new binary number and its denary value. What has "
        "the shift done to the number?",
    ),
    (
        "4\nRight shift",
        "0011 0100  (52)\nshift 2 places right\n0000 1101  (13)\nThe two 0s on the right drop off the end. "
        "52 ÷ 4 = 13",
        "1001 0000  (144)\nshift 3 places right\n____ ____  (____)",
        "Q4. Shift 0001 0111 (23) one place to the right. Why is the answer not 11.5?",
    ),
]
ANSWERS = [
    "We do: 1) 0110 0011 (99)   2) 1 0000 1010 – yes, it overflows (266 > 255)   3) 0010 0110 (38)   "
    "4) 0001 0010 (18)",
    "Q1. 1000 0001 (102 + 27 = 129)",
    "Q2. 1 0001 0001 – no, it needs 9 bits (153 + 120 = 273, more than 255), so it overflows and only 0001 0001 "
    "(17) is stored.",
    "Q3. 0011 1000 = 56. It has multiplied the number by 8.",
    "Q4. 0000 1011 = 11. The 1 that drops off the right-hand end is lost, so the answer is rounded down – binary "
    "integers cannot hold .5",
    "Q5. 1000 0010 = 130, not 386. The 1 in the MSB is pushed off the left-hand end, so the answer is wrong "
    "(overflow).",
]


def _landscape(document: f.DocxDocument) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    section.header.paragraphs[
        0
    ].text = "Y10 Computer Science  |  1.2 Data representation  |  Binary arithmetic"
    section.footer.paragraphs[0].text = "Mr D. Whitfield – please recycle spare copies ♻"


def sheet() -> bytes:
    document = f.new_docx(title="Binary arithmetic - I do We do You do")
    _landscape(document)
    f.para(document, "Binary arithmetic – I do, We do, You do", style="Title")
    f.para(document, "Name: ______________________   Class: ________   Date: ____________")
    f.para(
        document,
        "**I do:** watch me on the board and copy it.   **We do:** we finish it together.   "
        "**You do:** on your own – no peeking at the board!",
    )
    f.table(document, [["", "**I do** 👀", "**We do** 🤝", "**You do** ✏️"], *[list(row) for row in ROWS]])
    f.para(document, "")
    f.para(
        document,
        "**Challenge Q5.** A student says “a left shift always multiplies a number by 2”. Shift "
        "1100 0001 one place to the left and explain why the student is wrong.",
    )
    f.para(document, "_" * 120)
    f.para(document, "How confident are you?   LO1  😀 😐 ☹        LO2  😀 😐 ☹        LO3  😀 😐 ☹")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    f.para(document, "ANSWERS (teacher copy)", bold=True, size=14)
    for line in ANSWERS:
        f.para(document, line)
    return f.docx_bytes(document)


FILES = {
    "Y10 Binary Arithmetic (morph).pptx": deck,
    "Binary arithmetic - I do We do You do.docx": sheet,
}
