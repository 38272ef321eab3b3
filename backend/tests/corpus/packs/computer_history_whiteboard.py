"""Held out. Year 7 history of computers: the teacher's PowerPoint (a title slide, an "Odd one out" starter of four
coloured shapes with the answer in the notes, a "What are we learning today?" objectives slide, a timeline of
picture-less content slides each bolding its key word inside a sentence, one slide a two-column table of then and
now, a "Define it in 5 words!" plenary of word boxes whose five-word model answers are only in the notes) and the
Promethean ActivInspire flipchart the class worked on, exported to PDF (4:3 pages with a grey page-number footer,
the teacher's writing in a handwriting-like oblique font at slight slants, a timeline of year labels floating
above and below a drawn line, invention labels dragged beside them, a "Key words" page of floating labels with
each meaning written beside or under its word and lines drawn between them, pupils' names on their additions,
an exit ticket with the class's answers written in a second colour)."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import formats as f

OBJECTIVES = [
    "Describe how computers have changed from mechanical machines to modern devices",
    "Explain why transistors and microchips made computers smaller and faster",
    "Identify key people in the history of computing",
]


def deck() -> bytes:
    presentation = f.new_pptx(title="History of Computers")
    presentation.core_properties.author = "L Brennan"
    f.title_slide(presentation, "From Abacus to iPhone", "Year 7 Computing – A brief history of computers")
    starter = f.titled_slide(presentation, "STARTER: Odd one out")
    for index, (word, colour) in enumerate([("Abacus", "C55A11"), ("Calculator", "2E75B6"),
                                            ("Smartphone", "548235"), ("Pencil", "7030A0")]):
        f.shape_box(starter, word, left=0.6 + (index % 2) * 4.6, top=1.9 + (index // 2) * 1.9, width=3.8,
                    height=1.4, fill=colour, size=28, bold=True)
    f.text_box(starter, "Which one is the odd one out? Why? There is more than one right answer!", left=0.6,
               top=5.9, width=8.8, height=0.8, size=18)
    starter.notes_slide.notes_text_frame.text = ("Pencil – the only one that can't do calculations. Also accept "
                                                 "smartphone (the only one that needs electricity… calculator "
                                                 "too?) – let them argue it out. 3 mins max.")
    f.content_slide(presentation, "What are we learning today?", OBJECTIVES,
                    notes="Read these out. Books: date + title 'History of computers', underline with a ruler.")
    f.marked_content_slide(presentation, "1837 – Machines with gears", [
        "Before electricity, people built **mechanical computers**: machines that used gears, levers and wheels "
        "to do calculations.",
        "Charles Babbage designed the Analytical Engine in 1837. It was never finished!",
        "Ada Lovelace wrote the first **algorithm** meant for a machine – a set of step-by-step instructions to "
        "solve a problem.",
        "  She is often called the first computer programmer.",
    ])
    f.marked_content_slide(presentation, "1945 – Giant electronic computers", [
        "ENIAC filled a whole room and weighed about 27 tonnes.",
        "It used 17,468 vacuum tubes (valves) to switch electricity on and off.",
        "Colossus (1943–44) at Bletchley Park helped break German codes in WW2.",
    ], notes="Show the ENIAC photo from the shared drive if time. Link to Turing – some will know the film.")
    f.marked_content_slide(presentation, "1948 – The Manchester Baby", [
        "The Manchester Baby was the first **stored-program computer**: a computer that keeps its program in "
        "memory alongside its data.",
        "Before this, computers had to be rewired to do a new job.",
    ])
    f.marked_content_slide(presentation, "1950s–1970s – Smaller and smaller", [
        "A **transistor** is a tiny electronic switch made from silicon. Transistors replaced valves: smaller, "
        "cooler and far more reliable.",
        "1971: Intel 4004, the first **microprocessor** – a whole CPU on a single chip.",
        "**Moore’s Law**: the number of transistors on a chip doubles roughly every two years.",
    ])
    table_slide = f.titled_slide(presentation, "Then and now")
    f.slide_table(table_slide, [["", "ENIAC (1945)", "A smartphone (today)"],
                                ["Size", "A whole room", "Fits in your pocket"],
                                ["Weight", "About 27 tonnes", "About 200 g"],
                                ["Switches", "17,468 valves", "About 15 billion transistors"],
                                ["Cost", "About $487,000", "A few hundred pounds"]],
                  left=0.5, top=1.6, width=9.0, row_height=0.8)
    plenary = f.titled_slide(presentation, "PLENARY: Define it in 5 words!")
    for index, word in enumerate(["Transistor", "Microprocessor", "Algorithm", "Moore’s Law"]):
        f.shape_box(plenary, word, left=0.6 + (index % 2) * 4.6, top=1.8 + (index // 2) * 1.8, width=3.8,
                    height=1.3, kind="RECTANGLE", fill="FFC000", color="000000", size=26, bold=True)
    f.text_box(plenary, "Exactly five words. No more, no less!", left=0.6, top=5.6, width=8.8, height=0.8,
               size=18, bold=True)
    plenary.notes_slide.notes_text_frame.text = (
        "Model answers:\nTransistor – tiny switch that replaced valves\nMicroprocessor – whole CPU on one chip\n"
        "Algorithm – step-by-step instructions solving problems\nMoore’s Law – transistors double every two years")
    return f.pptx_bytes(presentation)


HAND = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf")
PAGE = (254.0, 190.5)  # a 4:3 flipchart page in millimetres


class Flipchart(f.Pdf):
    def __init__(self) -> None:
        super().__init__(title="Y7 History of computers.flipchart")
        self.set_producer("ActivInspire 2.26")
        self.set_creator("Promethean ActivInspire")
        self.set_auto_page_break(auto=False)
        if HAND.exists():
            self.add_font("Hand", "", str(HAND))
            self.hand = "Hand"
        else:
            self.hand = self.sans

    def new_page(self, number: int) -> None:
        self.add_page(format=PAGE)
        self.set_font(self.sans, "", 8)
        self.set_text_color(150, 150, 150)
        self.set_xy(215, 182)
        self.cell(30, 5, f"Page {number}")

    def label(self, text: str, x: float, y: float, *, size: float = 16, colour=(0, 0, 160), angle: float = 0,
              boxed: bool = False, width: float = 70) -> None:
        self.set_text_color(*colour)
        self.set_font(self.hand, "", size)
        with self.rotation(angle, x=x, y=y):
            self.set_xy(x, y)
            self.multi_cell(width, size * 0.45, self.typed(text), border=1 if boxed else 0)

    def stroke(self, x1: float, y1: float, x2: float, y2: float, colour=(0, 0, 160), width: float = 0.8) -> None:
        self.set_draw_color(*colour)
        self.set_line_width(width)
        self.line(x1, y1, x2, y2)


def flipchart() -> bytes:
    pdf = Flipchart()
    pdf.new_page(1)
    pdf.label("History of computers", 70, 12, size=30, colour=(200, 0, 0), width=140)
    pdf.label("Tue 3rd Nov", 190, 8, size=12, colour=(90, 90, 90), width=50)
    pdf.label("Put the inventions in order! Drag them onto the timeline", 30, 32, size=14, width=200)
    pdf.stroke(15, 110, 240, 110, colour=(0, 0, 0), width=1.5)
    years = [("1837", 20), ("1945", 60), ("1948", 95), ("1958", 130), ("1971", 165), ("2007", 205)]
    inventions = ["Analytical Engine (Babbage)", "ENIAC", "Manchester Baby", "First integrated circuit",
                  "Intel 4004 microprocessor", "iPhone"]
    for index, ((year, x), invention) in enumerate(zip(years, inventions, strict=True)):
        pdf.stroke(x + 8, 105, x + 8, 115, colour=(0, 0, 0))
        pdf.label(year, x, 117 if index % 2 == 0 else 96, size=14, colour=(0, 0, 0), width=25)
        pdf.label(invention, x - 2, 128 + (index % 3) * 9 if index % 2 == 0 else 62 + (index % 3) * 9, size=12,
                  colour=(0, 110, 0), angle=(-4 if index % 2 else 3), boxed=True, width=38)
    pdf.label("Jaden put the Baby before ENIAC – we fixed it ✓", 120, 165, size=11, colour=(200, 0, 0),
              width=110)
    pdf.new_page(2)
    pdf.label("Key words", 95, 10, size=28, colour=(200, 0, 0), width=80)
    pdf.label("punched card", 18, 38, size=20, boxed=True, width=52)
    pdf.label("a stiff card with holes in it – the pattern of holes stores the data or the instructions", 110, 30,
              size=13, colour=(0, 0, 0), width=120, angle=2)
    pdf.stroke(70, 42, 108, 36)
    pdf.label("vacuum tube (valve)", 150, 78, size=20, boxed=True, width=70)
    pdf.label("glass tube that switches electricity on + off. Got v. hot and blew a lot!", 20, 82, size=13,
              colour=(0, 0, 0), width=110, angle=-2)
    pdf.stroke(148, 84, 132, 86)
    pdf.label("integrated circuit", 60, 128, size=20, boxed=True, width=68)
    pdf.label("(= microchip)", 130, 130, size=14, colour=(0, 110, 0), width=40)
    pdf.label("lots of transistors on ONE small piece of silicon", 40, 148, size=13, colour=(0, 0, 0), width=150)
    pdf.stroke(90, 138, 90, 146)
    pdf.label("Amira: my nan had a computer that used punched cards at work!!", 150, 165, size=10,
              colour=(120, 0, 120), width=95, angle=-3)
    pdf.new_page(3)
    pdf.label("Exit ticket", 95, 10, size=28, colour=(200, 0, 0), width=80)
    ticket = [("1. Why were the first electronic computers so big?",
               "they used thousands of valves which were big and got hot"),
              ("2. Who wrote the first algorithm for a machine?", "Ada Lovelace"),
              ("3. What replaced vacuum tubes?", "transistors"),
              ("4. What was special about the Manchester Baby?", "first computer to store its program in memory")]
    y = 36
    for question, answer in ticket:
        pdf.label(question, 20, y, size=15, width=220)
        pdf.label(answer, 40, y + 11, size=13, colour=(0, 130, 0), width=200, angle=1)
        y += 32
    return pdf.output_bytes()


FILES = {
    "Y7 L1 History of Computers.pptx": deck,
    "Y7 History of computers flipchart.pdf": flipchart,
}
