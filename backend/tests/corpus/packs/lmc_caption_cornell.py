"""Held out. Year 9 Little Man Computer: a PowerPoint in the default template's caption layouts (a title slide, a
numbered "Do Now" answered in the notes, the objectives as "☐" lines in the content placeholder of a "Content with
Caption" slide titled "What are we learning?", the story as a "Picture with Caption" slide, a story-against-CPU
table, then one "Content with Caption" slide a key word: the word as the small title, its meaning as the caption
beside, examples in the big content placeholder – two slides define two words each in one caption – an
instruction-set table under a text box defining the words, a program in Consolas, a task, an exit ticket answered
in the notes, real footer and slide-number placeholders on every slide after the first, a strapline on the master)
and the teacher's model Cornell notes printed from Word to PDF (a "copy the layout" header line, topic/name/date
box, an "Essential question", a Cues | Notes grid whose left cues are key words or prompts and whose right notes
are dashed note-form lines defining two more words, a "Summary" box, and a second page of LMC code to trace with
an empty trace table). The code is LMC assembly, none of the languages a teacher would list."""

from __future__ import annotations

import io

from pptx.oxml.xmlchemy import OxmlElement
from pptx.util import Inches, Pt

from tests.corpus import formats as f

CONTENT_WITH_CAPTION, PICTURE_WITH_CAPTION = 7, 8
FOOTER = "Mr Okafor · Y9 Computing · Unit 4 Lesson 1"
OBJECTIVES = [
    "Describe how the Little Man Computer models a real CPU",
    "Use the LMC instruction set to write simple programs",
    "Trace an LMC program and predict its output",
]
DO_NOW = [
    ("Convert 13 into binary.", "1101"),
    ("What does the CPU do?", "It processes data and instructions – it runs our programs"),
    ("Name the three stages of the cycle the CPU repeats.", "Fetch, decode, execute"),
]
# (title, caption, content lines, notes): one key word (or two) a slide, as the teacher built them.
WORD_SLIDES = [
    ("Accumulator",
     "The accumulator holds the number the Little Man is working on right now. The answer to every ADD or SUB "
     "ends up here.",
     ["LDA 10  → copy mailbox 10 into the accumulator", "ADD 11  → accumulator + mailbox 11",
      "STA 12  → copy the accumulator into mailbox 12"], "It lives in the ALU – link back to Y8 CPU unit."),
    ("Program counter",
     "Holds the address of the next instruction to fetch. It goes up by 1 after every fetch – unless a branch "
     "tells it to jump.",
     ["Starts at 00 when you press RUN", "00 → 01 → 02 → 03 …", "BRA 00 sends it back to 00"], ""),
    ("Memory address",
     "Each of the 100 mailboxes has a number from 00 to 99. That number is its address, so the Little Man always "
     "knows where to find or store a value.",
     ["Mailbox 07 holds 15", "  address = WHERE (07)", "  contents = WHAT (15)"],
     "Misconception alert: pupils mix up the address and the value stored there. Hammer this."),
    ("Assembly language & mnemonics",
     "Assembly language is a low-level language: each line is one instruction for the CPU. Instead of numbers it "
     "uses mnemonics – short, easy-to-remember codes such as ADD, SUB and HLT.",
     ["Machine code:  901 399 901 199 902 000", "Assembly:  INP  STA 99  INP  ADD 99  OUT  HLT",
      "Which would you rather write? 🤔"], ""),
    ("Opcode + operand",
     "Every instruction has two parts. The opcode is the first digit – it says what to do (1 = ADD, 5 = LDA). "
     "The operand is the last two digits – the mailbox address to do it to.",
     ["1 | 07", "  1 = opcode → ADD", "  07 = operand → mailbox 07", "So 107 means “add the number in mailbox 07”"],
     "Cover the operand with your hand and ask: what does the LMC know now? (what, not where)"),
]
INSTRUCTIONS = [
    ("Mnemonic", "Code", "What it does"),
    ("INP", "901", "Take a number from the in-tray into the accumulator"),
    ("OUT", "902", "Copy the accumulator to the out-tray"),
    ("LDA", "5xx", "Load: copy mailbox xx into the accumulator"),
    ("STA", "3xx", "Store: copy the accumulator into mailbox xx"),
    ("ADD", "1xx", "Add mailbox xx to the accumulator"),
    ("SUB", "2xx", "Subtract mailbox xx from the accumulator"),
    ("BRA", "6xx", "Branch always: jump to mailbox xx"),
    ("BRZ", "7xx", "Branch if the accumulator is zero"),
    ("BRP", "8xx", "Branch if the accumulator is zero or positive"),
    ("HLT", "000", "Stop"),
    ("DAT", "–", "Not an instruction: saves a mailbox for data"),
]
PROGRAM = ["INP", "STA 99", "INP", "ADD 99", "OUT", "HLT"]


def _footers(slide, number: int) -> None:
    """The footer and slide number placeholders, as "Header & Footer → Apply to All" puts on a slide."""
    for placeholder in slide.slide_layout.placeholders:
        kind = placeholder.placeholder_format.idx
        if kind == 11:
            slide.shapes.clone_placeholder(placeholder)
            slide.placeholders[11].text_frame.text = FOOTER
        elif kind == 12:
            slide.shapes.clone_placeholder(placeholder)
            paragraph = slide.placeholders[12].text_frame.paragraphs[0]
            field = OxmlElement("a:fld")  # PowerPoint's slide-number field, showing the number it last had
            field.set("id", "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}")
            field.set("type", "slidenum")
            text = OxmlElement("a:t")
            text.text = str(number)
            field.append(text)
            paragraph._p.append(field)


def _caption_slide(deck, title: str, caption: str, lines: list[str], *, notes: str = "", mono: bool = False):
    slide = deck.slides.add_slide(deck.slide_layouts[CONTENT_WITH_CAPTION])
    slide.shapes.title.text = title
    slide.placeholders[2].text_frame.text = caption
    frame = slide.placeholders[1].text_frame
    for index, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.level = 1 if line.startswith("  ") else 0
        run = paragraph.add_run()
        run.text = line.strip()
        if mono:
            run.font.name = "Consolas"
    if notes:
        slide.notes_slide.notes_text_frame.text = notes
    return slide


def _room_png() -> bytes:
    """The little man's room: a wall of mailboxes, the in- and out-trays, the calculator and the counter."""
    boxes = [("rect", (40 + 52 * (n % 5), 40 + 52 * (n // 5), 86 + 52 * (n % 5), 86 + 52 * (n // 5)), "#f4b183")
             for n in range(20)]
    return f.sketch_png([*boxes, ("rect", (340, 60, 440, 120), "#9dc3e6"), ("rect", (470, 60, 570, 120), "#a9d18e"),
                         ("rect", (360, 200, 540, 330), "#d9d9d9"), ("ellipse", (380, 350, 460, 430), "#ffd966"),
                         ("line", (420, 350, 420, 300), "#333333")])


def _instruction_table(slide) -> None:
    shape = slide.shapes.add_table(len(INSTRUCTIONS), 3, Inches(0.5), Inches(2.3), Inches(9), Inches(4.6))
    table = shape.table
    table.columns[0].width, table.columns[1].width, table.columns[2].width = Inches(1.6), Inches(1.2), Inches(6.2)
    for row, cells in zip(table.rows, INSTRUCTIONS, strict=True):
        row.height = Inches(0.38)
        for cell, text in zip(row.cells, cells, strict=True):
            run = cell.text_frame.paragraphs[0].add_run()
            run.text = text
            run.font.size = Pt(13)


def slides() -> bytes:
    deck = f.new_pptx(title="Y9 LMC L1")
    f.master_text(deck, "Think it · Code it · Trace it", left=7.2, top=0.05, width=2.7, height=0.3, size=9,
                  color="7F7F7F")
    f.title_slide(deck, "Meet the Little Man",
                  "Y9 Computing · Unit 4: How does a CPU run a program? · Lesson 1")
    built = [f.content_slide(deck, "Do Now 📝 (5 mins)", [f"{n}. {q}" for n, (q, _a) in enumerate(DO_NOW, 1)],
                             notes="Answers: " + "  ".join(f"{n}) {a}" for n, (_q, a) in enumerate(DO_NOW, 1)))]
    built.append(_caption_slide(deck, "What are we learning?", "Tick them off as we go ✔",
                                [f"☐ {objective}" for objective in OBJECTIVES]))
    story = deck.slides.add_slide(deck.slide_layouts[PICTURE_WITH_CAPTION])
    story.shapes.title.text = "The story"
    story.placeholders[1].insert_picture(io.BytesIO(_room_png()))
    story.placeholders[2].text_frame.text = (
        "Inside the computer is a little man in a room with 100 numbered mailboxes, an in-tray, an out-tray, a "
        "calculator and a counter. All he can do is follow instructions, one at a time.")
    story.notes_slide.notes_text_frame.text = ("Tell it as a story – act it out with a volunteer and a box of "
                                               "envelopes. Stuart Madnick invented the LMC in 1965.")
    built.append(story)
    versus = f.titled_slide(deck, "Story vs. real CPU")
    f.slide_table(versus, [["In the story", "In a real CPU"], ["100 mailboxes (00–99)", "Memory (RAM)"],
                           ["Calculator", "Accumulator (in the ALU)"], ["Counter", "Program counter"],
                           ["In-tray / out-tray", "Input / output"], ["The little man", "Control unit"]],
                  left=1, top=1.8, width=8)
    built.append(versus)
    for title, caption, lines, notes in WORD_SLIDES:
        built.append(_caption_slide(deck, title, caption, lines, notes=notes))
    table_slide = f.titled_slide(deck, "The LMC instruction set")
    f.text_box(table_slide, "An instruction set is the complete list of instructions a CPU understands. The LMC "
                            "only has 11!", left=0.5, top=1.45, width=9, height=0.7, size=16)
    _instruction_table(table_slide)
    built.append(table_slide)
    built.append(_caption_slide(deck, "Program 1: add two numbers",
                                "I do → we do → you do. Type it into the simulator at peterhigginson.co.uk/lmc, "
                                "click ASSEMBLE INTO RAM, then RUN.", PROGRAM, mono=True,
                                notes="Step through slowly so they can watch the PC and the accumulator change."))
    built.append(f.content_slide(deck, "Your turn 💻", [
        "1. Change Program 1 so it subtracts the second number from the first.",
        "2. Write a program that inputs one number and outputs it twice.",
        "3. 🌶 Challenge: input two numbers and output the bigger one (you will need BRP).",
        "Stuck? Use the instruction set slide and your Cornell notes."],
        notes="Solutions in the shared area: Y9 > Unit 4 > LMC solutions.txt"))
    built.append(f.content_slide(deck, "Exit ticket 🎟", [
        "Mailbox 20 holds 7 and mailbox 21 holds 5.",
        "What is in the accumulator after these two instructions?", "  LDA 20", "  ADD 21"],
        notes="Answer: 12 (LDA puts 7 in the accumulator, ADD adds the 5)"))
    for number, slide in enumerate(built, start=2):
        _footers(slide, number)
    return f.pptx_bytes(deck)


CORNELL = [
    ("LMC", ["– a pretend computer (Stuart Madnick, 1965) we use to learn how a CPU works",
             "– 100 mailboxes = memory · calculator = ACC · counter = PC"]),
    ("FDE cycle", ["– fetch-decode-execute cycle = the 3 steps the Little Man repeats for every instruction: "
                   "fetch it from the mailbox the counter points to, decode it (work out what it means), execute "
                   "it (do it)",
                   "– then PC + 1 and round again … until HLT"]),
    ("Branch", ["– a branch makes the program jump to a different mailbox instead of the next one",
                "– BRA = always · BRZ = only if ACC is 0 · BRP = only if ACC is 0 or more",
                "– this is how we get IF and loops!!"]),
    ("Multiply??", ["– there is NO multiply instruction", "– 3 × 4 = ADD 3 four times in a loop (next lesson)"]),
    ("Talking to the user", ["– INP takes from the in-tray, OUT copies ACC to the out-tray",
                             "– the only way in and out of the room"]),
]
SUMMARY = ("Summary: the LMC is a model of a CPU. The Little Man fetches, decodes and executes one instruction at a "
           "time from memory, using the accumulator for his working and the program counter to know where he is "
           "up to. Branches let him jump, which gives us IF statements and loops.")
TRACE = ["00  INP", "01  STA 10", "02  INP", "03  SUB 10", "04  BRP 07", "05  LDA 10", "06  BRA 08", "07  ADD 10",
         "08  OUT", "09  HLT", "10  DAT"]


def cornell_notes() -> bytes:
    pdf = f.Pdf(title="LMC Cornell notes")
    pdf.set_producer("Microsoft® Word for Microsoft 365")
    pdf.add_page()
    pdf.set_text_color(120, 120, 120)
    pdf.line_of("Cornell notes – TEACHER MODEL (copy the layout, not the words!)", size=8)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(pdf.sans, "", 10)
    pdf.cell(0, 9, pdf.typed("Topic: Little Man Computer (LMC)    Name: Mr Okafor    Class: 9C2    Date: 09/01/25"),
             border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.sans, "B", 10)
    pdf.cell(0, 9, pdf.typed("Essential question: How does a CPU follow a program one instruction at a time?"),
             border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.set_fill_color(230, 230, 230)
    pdf.cell(50, 8, "Cues", border=1, fill=True)
    pdf.cell(0, 8, "Notes", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    for cue, notes in CORNELL:
        # Word writes a table row's cells left to right: the cue first, then its notes.
        pdf.set_font(pdf.sans, "", 10)
        lines = sum(len(pdf.multi_cell(136, 5.5, pdf.typed(n), dry_run=True, output="LINES")) for n in notes)
        top = pdf.get_y()
        bottom = top + max(lines * 5.5 + 8, 24)
        pdf.set_xy(12, top + 2)
        pdf.set_font(pdf.sans, "B", 11)
        pdf.multi_cell(46, 6, pdf.typed(cue))
        pdf.set_font(pdf.sans, "", 10)
        pdf.set_y(top + 2)
        for note in notes:
            pdf.set_x(62)
            pdf.multi_cell(136, 5.5, pdf.typed(note), new_x="LMARGIN", new_y="NEXT")
        pdf.rect(10, top, 50, bottom - top)
        pdf.rect(60, top, 140, bottom - top)
        pdf.set_xy(10, bottom)
    pdf.ln(4)
    top = pdf.get_y()
    pdf.set_xy(12, top + 2)
    pdf.set_font(pdf.sans, "", 10)
    pdf.multi_cell(186, 6, pdf.typed(SUMMARY), new_x="LMARGIN", new_y="NEXT")
    pdf.rect(10, top, 190, pdf.get_y() - top + 4)
    pdf.add_page()
    pdf.line_of("Trace it! ✏", size=16, bold=True, height=9)
    pdf.line_of("Fill in the trace table for the inputs 4 then 9. Then write one sentence to say what the program "
                "does.", size=10)
    pdf.ln(2)
    for line in TRACE:
        pdf.line_of(line, size=11, mono=True, height=5.5)
    pdf.ln(4)
    pdf.set_font(pdf.sans, "B", 10)
    headers = ("Step", "PC", "Instruction", "ACC", "Mailbox 10", "Output")
    widths = (18, 18, 44, 30, 40, 40)
    for header, width in zip(headers, widths, strict=True):
        pdf.cell(width, 8, header, border=1, align="C")
    pdf.ln(8)
    for _ in range(10):
        for width in widths:
            pdf.cell(width, 8, "", border=1)
        pdf.ln(8)
    pdf.ln(4)
    pdf.line_of("This program … " + "." * 90, size=10, height=10)
    pdf.set_auto_page_break(auto=False)
    pdf.set_y(-15)
    pdf.set_text_color(120, 120, 120)
    pdf.line_of("Cornell notes template: T&L team · Computing Y9 Unit 4", size=8)
    return pdf.output_bytes()


FILES = {
    "Y9 LMC L1 - Meet the Little Man.pptx": slides,
    "LMC Cornell notes (model).pdf": cornell_notes,
}
