"""Held out. Year 10 GCSE translators: a one-page PDF worksheet saved from Word (a "Unit 2.5 Languages" header
strip, a reading whose key words carry bracketed note numbers "[1]" with the meanings only as numbered endnotes
under a rule at the foot of the page, a drawn Venn diagram of compiler against interpreter with the facts typed
inside the circles and the overlap, the success criteria as a right-hand "✓ when you can…" column beside the
reading) and the teacher's short PowerPoint (a title slide, three "Which translator? (n/3)" scenario slides answered
in the notes, a "Starter – unscramble" slide of jumbled words answered in the notes, a "Levels of language" slide
that is a pasted picture of words, homework on the last slide)."""

from __future__ import annotations

from tests.corpus import formats as f

CRITERIA = [
    "✓ when you can explain why programs written in a high-level language need to be translated",
    "✓ when you can describe how a compiler and an interpreter work",
    "✓ when you can compare the advantages of compilers and interpreters",
]
READING = ("Programmers write programs as **source code** [1] in a **high-level language** [2] such as Python. "
           "The CPU cannot understand it: it only runs **machine code** [3]. So every program must go through a "
           "**translator** [4] first. There are three kinds. A **compiler** [5] turns the whole program into an "
           "**executable file** [6] in one go. An **interpreter** [7] translates and runs the code one line at a "
           "time. An **assembler** [8] translates **assembly language**, a **low-level language** [9], into "
           "machine code.")
NOTES = [
    "[1] source code – the program as the programmer typed it",
    "[2] high-level language – a programming language written in words people can read, like Python or Java",
    "[3] machine code – instructions in binary that the CPU can carry out directly",
    "[4] translator – a program that converts code into machine code",
    "[5] compiler – translates the whole source code into machine code before the program is run",
    "[6] executable file – the machine code file a compiler makes, which runs without the source code",
    "[7] interpreter – translates and runs the source code one line at a time, every time it runs",
    "[8] assembler – translates assembly language into machine code",
    "[9] low-level language – a language close to the CPU’s own instructions, such as assembly language",
]
LEFT = ["whole program", "at once", "fast to run", "errors listed", "at the end", "code hidden"]
BOTH = ["make machine", "code"]
RIGHT = ["line by line", "stops at first", "error", "good for testing", "slower to run"]


def worksheet() -> bytes:
    pdf = f.Pdf(title="Translators worksheet")
    pdf.add_page()
    pdf.set_fill_color(31, 59, 115)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font(pdf.sans, "B", 10)
    pdf.cell(0, 7, pdf.typed("  GCSE Computer Science  |  Unit 2.5 Languages  |  Lesson 3 of 4"), fill=True,
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.line_of("Translators: from Python to binary", size=18, bold=True, height=12)
    pdf.line_of("Name: ______________________     Date: __________", size=10, height=8)
    top = pdf.get_y()
    pdf.set_font(pdf.sans, "", 10.5)
    pdf.multi_cell(120, 6, pdf.typed(READING.replace("**", "")), new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(140, top)
    pdf.set_font(pdf.sans, "B", 9)
    pdf.multi_cell(60, 5, "Success criteria", new_x="LEFT", new_y="NEXT")
    pdf.set_font(pdf.sans, "", 9)
    for line in CRITERIA:
        pdf.multi_cell(60, 5, pdf.typed(line), border="L", new_x="LEFT", new_y="NEXT")
    pdf.set_y(max(pdf.get_y(), 120))
    pdf.line_of("Task 1: Read the text. Then add one more fact of your own to each part of the Venn diagram.",
                bold=True, size=10)
    pdf.ellipse(20, 140, 95, 65)
    pdf.ellipse(85, 140, 95, 65)
    for x, words in ((30, LEFT), (103, BOTH), (145, RIGHT)):
        pdf.set_xy(x, 152)
        pdf.set_font(pdf.sans, "", 9)
        for word in words:
            pdf.cell(30, 6, word, new_x="LEFT", new_y="NEXT")
    pdf.set_font(pdf.sans, "B", 11)
    pdf.text(45, 137, "COMPILER")
    pdf.text(140, 137, "INTERPRETER")
    pdf.set_y(212)
    pdf.line_of("Task 2: Which translator would you use to test a game you are still writing? Why? ............"
                "..........................................................", size=10)
    pdf.line(10, 232, 200, 232)
    pdf.set_y(234)
    for note in NOTES:
        pdf.line_of(note, size=7.5, height=3.8)
    return pdf.output_bytes()


def deck() -> bytes:
    presentation = f.new_pptx(title="Translators")
    f.title_slide(presentation, "Translators", "Compilers, interpreters and assemblers – Y10")
    f.content_slide(presentation, "Starter – unscramble", ["RELIPMOC", "RETERPRETNI", "YRANIB", "ECRUOS EDOC"],
                    notes="compiler, interpreter, binary, source code")
    slide = f.titled_slide(presentation, "Levels of language")
    f.picture(slide, f.picture_png(["**High-level:** Python, Java", "", "Assembly language  (LDA 5, ADD 6)", "",
                                    "Machine code  10110000 01100001"], size=40), left=1, top=1.6, width=8)
    for number, scenario in enumerate([
            "A company sells a game and does not want people to see its code",
            "A Year 10 student is testing her code and fixing bugs as she goes",
            "A programmer writes code for a washing machine’s chip in assembly language"], start=1):
        f.content_slide(presentation, f"Which translator? ({number}/3)", [scenario],
                        notes=["Compiler – the executable hides the source code",
                               "Interpreter – stops at the error line",
                               "Assembler"][number - 1])
    f.content_slide(presentation, "Homework", ["Seneca: 2.5 Translators – due Friday",
                                               "Learn the nine words in the endnotes of your sheet"])
    return f.pptx_bytes(presentation)


FILES = {
    "Translators worksheet.pdf": worksheet,
    "L3 Translators.pptx": deck,
}
