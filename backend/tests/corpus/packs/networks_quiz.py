"""Year 8 computer networks: an end-of-unit quiz laid out in Word tables (one per question, options A–D, the right
one in bold or ticked ✓ on the teacher's copy), short-answer questions, a separate answers file matched by question
number, and revision slides with the key words and the unit's objectives."""

from __future__ import annotations

from tests.corpus import formats as f

# (question, options, index of the right one, how the teacher marked it)
MULTIPLE_CHOICE = [
    ("What does LAN stand for?",
     ["Large Area Network", "Local Area Network", "Long Access Network", "Linked Area Node"], 1, "tick"),
    ("Which device connects different networks together and directs packets between them?",
     ["Switch", "Router", "Hub", "Printer"], 1, "bold"),
    ("What does WAN stand for?",
     ["Wide Area Network", "Wireless Access Network", "World Area Node", "Web Access Network"], 0, "bold"),
    ("Which topology connects every device to a central switch?", ["Bus", "Ring", "Star", "Line"], 2, "tick"),
    ("What is a NIC?",
     ["Network Interface Card", "New Internet Connection", "Network Internal Cable", "Node Internet Code"], 0, "tick"),
    ("Which of these connections is wireless?", ["Ethernet", "Fibre optic", "Wi-Fi", "Coaxial cable"], 2, "bold"),
]
WRITTEN = [
    "Explain one advantage of a star topology. (2 marks)",
    "Describe what a protocol is. (2 marks)",
    "Give two reasons why a school would use a network. (2 marks)",
]


def _option(text: str, right: bool, mark: str) -> str:
    if not right:
        return text
    return f"**{text}**" if mark == "bold" else f"{text} ✓"


def quiz() -> bytes:
    document = f.new_docx(title="Quiz")
    f.para(document, "Networks – End of Unit Quiz", size=18, bold=True)
    f.para(document, "Name: ______________________   Form: ______")
    f.para(document, "Section A – circle the correct answer", bold=True)
    for number, (question, options, right, mark) in enumerate(MULTIPLE_CHOICE, start=1):
        rows = [[f"{number}.", question]]
        rows += [[letter, _option(option, index == right, mark)]
                 for index, (letter, option) in enumerate(zip("ABCD", options, strict=True))]
        f.table(document, rows)
        f.para(document, "")
    f.para(document, "Section B – answer in full sentences", bold=True)
    for number, question in enumerate(WRITTEN, start=len(MULTIPLE_CHOICE) + 1):
        f.para(document, f"{number}. {question}")
        f.para(document, "_______________________________________________________________")
    return f.docx_bytes(document)


ANSWERS = [
    "1. B – Local Area Network",
    "2. B (router)",
    "3. A",
    "4. C – star",
    "5. A",
    "6. C",
    "7. If one cable fails only that device is affected / data only goes to the device it is meant for",
    "8. A set of rules for how devices communicate on a network, e.g. TCP/IP",
    "9. Share files and printers; back up everyone’s work centrally; log in from any computer",
]


def answers() -> bytes:
    document = f.new_docx()
    f.para(document, "Networks Quiz – ANSWERS", size=16, bold=True)
    f.para(document, "1 mark each for Q1-6, 2 marks each for Q7-9. Accept any sensible answer for Section B.")
    for line in ANSWERS:
        f.para(document, line)
    return f.docx_bytes(document)


def revision_slides() -> bytes:
    deck = f.new_pptx(title="Networks")
    f.title_slide(deck, "Computer Networks", "Revision before the end of unit quiz")
    f.content_slide(deck, "By the end of this unit you will be able to:", [
        "Describe the difference between a LAN and a WAN",
        "Explain the role of a router and a switch",
        "Compare star and bus topologies",
    ])
    f.content_slide(deck, "Key words", [
        "LAN: a network that covers a small area like a school or a home",
        "WAN: a network that covers a large geographical area, e.g. the internet",
        "Router: sends data packets between networks",
        "Switch: connects devices on a LAN and sends data to the right device",
        "Protocol: a set of rules for how devices communicate",
        "Topology: the way the devices in a network are arranged",
    ])
    f.content_slide(deck, "Star vs bus", [
        "Star: every device has its own cable to a central switch",
        "Bus: every device is connected to one main cable (the backbone)",
    ], notes="Draw both on the board. Ask: what happens if the backbone breaks?")
    return f.pptx_bytes(deck)


FILES = {
    "Networks revision.pptx": revision_slides,
    "Networks Quiz.docx": quiz,
    "Networks Quiz Answers.docx": answers,
}
