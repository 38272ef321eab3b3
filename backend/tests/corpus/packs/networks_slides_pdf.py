"""Held out. A Year 7 networks lesson as a deck saved as PDF from PowerPoint, and a "Keyword wall" slide for display.

The PDF has one slide per landscape 16:9 page (PowerPoint's producer name), big fonts, one idea per page: a title
page, a "Today we will…" page of objectives with "•" glyph bullets, a Do Now, and one page per key word with the
word huge and its meaning underneath (some with the expansion of the initials on a line of their own), a
sorting task and a numbered exit ticket; every page carries the footer and slide number as PowerPoint prints them.
The deck (.pptx) is the classroom display: a "Keyword wall" slide of nine small coloured boxes, each "Term: meaning"
in one run, and a partner-quiz slide telling pupils how to use the wall.
"""

from __future__ import annotations

from tests.corpus.formats import Pdf, content_slide, new_pptx, pptx_bytes, shape_box, titled_slide

SLIDE = (338.67, 190.5)  # a 16:9 PowerPoint slide, in mm
FOOTER = "Y7 Networks · Lesson 1"

# Each page: ("cover", …) the title slide, ("title", …) a titled slide, ("word", …) a page of one big word.
PAGES = [
    ("cover", "Connecting Computers", ["Year 7 Networks · Lesson 1"]),
    ("title", "Today we will…", [
        "• Describe what a computer network is",
        "• Explain the difference between a LAN and a WAN",
        "• Identify the hardware needed to connect devices to a network",
    ]),
    ("title", "Do Now", [
        "Write down three things you did online yesterday.",
        "Which of them needed another computer to work?",
    ]),
    ("word", "A network is…", [
        "two or more computers or devices connected together so they can share data and resources.",
    ]),
    ("title", "Why connect computers?", [
        "• Share files",
        "• Share printers and other hardware",
        "• Communicate – email, messages, video calls",
        "• Share one internet connection",
    ]),
    ("word", "LAN", [
        "Local Area Network",
        "Covers a small area, such as a school, an office or a home.",
        "The owner looks after the cables and equipment.",
    ]),
    ("word", "WAN", [
        "Wide Area Network",
        "Covers a large geographical area – a country or even the whole world.",
        "The links are rented from telecoms companies.",
        "The internet is the biggest WAN of all.",
    ]),
    ("word", "Router", [
        "Sends data between different networks, for example from your home LAN to the internet.",
    ]),
    ("word", "Switch", [
        "Connects devices together inside a LAN and sends each message only to the device it is for.",
    ]),
    ("word", "NIC", [
        "Network Interface Card",
        "The part inside a device that lets it connect to a network, by cable or wirelessly.",
    ]),
    ("title", "LAN or WAN?", [
        "Sort these with your partner. Write L or W on your whiteboard.",
        "• The computers in this classroom",
        "• A bank's cash machines all over the UK",
        "• Your games console and laptop on your Wi-Fi at home",
        "• The internet",
    ]),
    ("title", "Exit ticket", [
        "1. What does LAN stand for?",
        "2. Name the device that connects your home LAN to the internet.",
        "3. Give one reason a school connects its computers together in a network.",
    ]),
]

WALL = [
    ("Network", "two or more devices connected so they can share data and resources", "1F4E79"),
    ("LAN", "Local Area Network – a network over a small area, e.g. one school site", "2E75B6"),
    ("WAN", "Wide Area Network – a network over a large area, e.g. between cities or countries", "548235"),
    ("Router", "sends data between networks, e.g. between a LAN and the internet", "C55A11"),
    ("Switch", "joins the devices in a LAN and sends data only to the device it is for", "7030A0"),
    ("NIC", "network interface card – the part that lets a device connect to a network", "BF9000"),
    ("Wireless access point", "lets devices join a LAN by Wi-Fi instead of a cable", "2E75B6"),
    ("Internet", "a worldwide network of networks – the biggest WAN", "1F4E79"),
    ("Bandwidth", "how much data can be sent across a connection each second", "548235"),
]


def _page(pdf: Pdf, number: int, kind: str, heading: str, lines: list[str]) -> None:
    pdf.add_page(format=SLIDE)
    pdf.set_fill_color(31, 78, 121)
    pdf.rect(0, 0, SLIDE[0], 8, style="F")
    if kind == "cover":
        pdf.set_y(60)
        pdf.set_font(pdf.sans, "B", 54)
        pdf.multi_cell(0, 24, pdf.typed(heading), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(pdf.sans, "", 28)
        pdf.multi_cell(0, 14, pdf.typed(lines[0]), align="C", new_x="LMARGIN", new_y="NEXT")
    elif kind == "word":
        pdf.set_y(35)
        pdf.set_font(pdf.sans, "B", 66)
        pdf.multi_cell(0, 30, pdf.typed(heading), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
        for line in lines:
            pdf.set_font(pdf.sans, "", 26)
            pdf.multi_cell(0, 13, pdf.typed(line), align="C", new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.set_y(18)
        pdf.set_font(pdf.sans, "B", 40)
        pdf.multi_cell(0, 20, pdf.typed(heading), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
        for line in lines:
            pdf.set_font(pdf.sans, "", 26)
            pdf.multi_cell(0, 14, pdf.typed(line), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.sans, "", 12)
    pdf.set_xy(20, SLIDE[1] - 14)
    pdf.cell(200, 8, pdf.typed(FOOTER))
    pdf.set_xy(SLIDE[0] - 40, SLIDE[1] - 14)
    pdf.cell(20, 8, str(number), align="R")


def slides_pdf() -> bytes:
    pdf = Pdf(title="Connecting Computers")
    pdf.set_producer("Microsoft® PowerPoint® for Microsoft 365")
    pdf.set_creator("Microsoft® PowerPoint® for Microsoft 365")
    pdf.set_auto_page_break(auto=False)
    pdf.set_margins(20, 15, 20)
    for number, (kind, heading, lines) in enumerate(PAGES, start=1):
        _page(pdf, number, kind, heading, lines)
    return pdf.output_bytes()


def keyword_wall() -> bytes:
    deck = new_pptx(title="Keyword wall - Networks")
    wall = titled_slide(deck, "Keyword wall")
    for index, (term, meaning, fill) in enumerate(WALL):
        row, column = divmod(index, 3)
        shape_box(wall, f"{term}: {meaning}", left=0.35 + column * 3.15, top=1.55 + row * 1.95, width=3.0,
                  height=1.75, kind="RECTANGLE", fill=fill, size=13)
    content_slide(deck, "Test your partner", [
        "Partner A: turn away from the wall.",
        "Partner B: read out a meaning from the wall.",
        "Partner A: say the keyword. Swap after five.",
        "  Challenge: use two keywords in one sentence.",
    ])
    return pptx_bytes(deck)


FILES = {
    "Networks L1 - Connecting Computers.pdf": slides_pdf,
    "Networks keyword wall.pptx": keyword_wall,
}
