"""Held out. Year 10 ethical hacking: a Word comic-strip storyboard (the lesson aims only in the page header, a
3x2 table of panels each with a "PANEL n" caption, a clip-art picture and characters' speech lines in which the
key words are explained as conversation, a "Your turn" panel left blank) and a mock "Rules of Engagement"
penetration-testing agreement printed to PDF (a letterhead, parties, a numbered "1. Definitions" clause of
"'Term' means …" sub-clauses, scope and out-of-scope lists, signature lines, a teacher's boxed task at the foot)."""

from __future__ import annotations

import io

from tests.corpus import formats as f

AIMS = ("Aims: explain the difference between ethical and malicious hacking  |  describe the stages of a "
        "penetration test  |  explain why permission and scope matter")
PANELS = [
    ("PANEL 1 – The call", "BOSS: Someone broke into our rival's network last week. Could it happen to us?\n"
     "SAM: Let's find out before the criminals do. I'm an **ethical hacker** – I break into systems, but only "
     "with the owner's permission, so the holes can be fixed."),
    ("PANEL 2 – The deal", "BOSS: So you just... attack us?\nSAM: It's called a **penetration test** – a planned, "
     "authorised attack on your system to find weaknesses. First we agree the **scope**: exactly which systems I'm "
     "allowed to test."),
    ("PANEL 3 – Looking around", "SAM (typing): Step one is **reconnaissance**. That's just collecting "
     "information about the target – staff names, websites, which ports are open.\nBOSS: Isn't that spying?\n"
     "SAM: Not if you've signed the form!"),
    ("PANEL 4 – Found one!", "SAM: Got one. Your login page has a **vulnerability** – a weakness that an attacker "
     "could use to get in.\nBOSS: Oh no.\nSAM: And this old software is a perfect target for an **exploit**: "
     "code or a trick that takes advantage of a vulnerability."),
    ("PANEL 5 – Meanwhile...", "NARRATOR: Across town, a **black hat hacker** – someone who breaks into systems "
     "illegally, for money or to cause damage – is trying the same trick on another company.\n"
     "NARRATOR: Under the Computer Misuse Act 1990 he could go to prison."),
    ("PANEL 6 – YOUR TURN", "Draw the ending. Sam writes a report for the boss. What should it say?\n\n\n"),
]


def storyboard() -> bytes:
    document = f.new_docx(title="Comic strip")
    header = document.sections[0].header.paragraphs[0]
    f.add_marked_runs(header, AIMS, size=8)
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = "Y10 Cyber Security – Lesson 4 – Mr Okafor"
    f.para(document, "HACKED! A comic strip", style="Title")
    f.para(document, "Name: ______________________   Class: 10C2   Date: ___/___/___")
    f.para(document, "Read panels 1–5 with a partner (one of you is Sam). Highlight every key word in yellow, then "
                     "finish panel 6.")
    made = document.add_table(rows=3, cols=2)
    made.style = "Table Grid"
    laptop = f.sketch_png([("rect", (150, 120, 450, 300), "#b4c7e7"), ("line", (120, 330, 480, 330), "#333333")])
    for index, (caption, speech) in enumerate(PANELS):
        cell = made.rows[index // 2].cells[index % 2]
        f.add_marked_runs(cell.paragraphs[0], f"**{caption}**")
        if index in (0, 3):
            cell.add_paragraph().add_run().add_picture(io.BytesIO(laptop), width=914400)
        for line in speech.split("\n"):
            f.add_marked_runs(cell.add_paragraph(), line)
    f.para(document, "Extension: white hat, black hat... what do you think a grey hat hacker is? Look it up.")
    return f.docx_bytes(document)


DEFINITIONS = [
    "1.1 'Client' means Riverside Bakery Ltd, the owner of the systems to be tested.",
    "1.2 'Tester' means the ethical hacker named in this agreement.",
    "1.3 'Authorisation' means written permission from the Client for the Tester to access the systems in "
    "scope.",
    "1.4 'Scope' means the list of systems, addresses and dates the Tester is allowed to test, and nothing else.",
    "1.5 'Penetration test' means a planned, authorised attack on the Client's systems to find and report "
    "weaknesses.",
    "1.6 'Vulnerability' means a weakness in a system that could be used by an attacker.",
    "1.7 'Report' means the written document given to the Client at the end, listing each vulnerability found "
    "and how to fix it.",
]


def agreement() -> bytes:
    pdf = f.Pdf(title="Rules of Engagement")
    pdf.add_page()
    pdf.line_of("SECURE-IT CONSULTING  ·  12 Harbour Lane  ·  www.secure-it.example", size=8)
    pdf.line_of("RULES OF ENGAGEMENT – PENETRATION TEST AGREEMENT", size=15, bold=True, height=9)
    pdf.line_of("Agreement no. PT-2025-014        Date: 14 March 2025", size=9)
    pdf.line_of('Between: Riverside Bakery Ltd ("the Client") and Sam Patel, Secure-IT Consulting '
                '("the Tester")', size=10)
    pdf.line_of("1. Definitions", size=12, bold=True, height=8)
    pdf.line_of("In this agreement:", size=10)
    for clause in DEFINITIONS:
        pdf.line_of(clause, size=10)
    pdf.line_of("2. In scope", size=12, bold=True, height=8)
    for item in ("• The shop website www.riverside-bakery.example", "• The staff Wi-Fi network",
                 "• The online ordering login page"):
        pdf.line_of(item, size=10)
    pdf.line_of("3. Out of scope", size=12, bold=True, height=8)
    for item in ("• Customers' own devices", "• The card payment provider", "• Any attack that stops the shop "
                 "trading (no denial of service)"):
        pdf.line_of(item, size=10)
    pdf.line_of("4. The Tester will stop at once and tell the Client if real customer data is found.", size=10)
    pdf.line_of("Signed (Client): ______________________      Signed (Tester): ______________________",
                size=10, height=12)
    pdf.set_draw_color(200, 0, 0)
    pdf.rect(10, pdf.get_y() + 2, 190, 26)
    pdf.set_y(pdf.get_y() + 4)
    pdf.line_of("TASK (Mr Okafor): 1. Which clause makes this hacking legal? 2. Sam finds the payroll server, "
                "which is not on the list. What should Sam do, and why? 3. Add one more system to section 3 and "
                "explain your choice.", size=10)
    return pdf.output_bytes()


FILES = {
    "L4 Hacked comic strip.docx": storyboard,
    "Rules of Engagement (role play).pdf": agreement,
}
