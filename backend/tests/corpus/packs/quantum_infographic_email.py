"""Held out. Year 9 "Computing futures" lesson on quantum computing for beginners: a one-page A4 infographic
made in Canva and downloaded as PDF (a dark banner with the title and a one-sentence strapline defining the topic,
eight coloured icon-and-caption tiles in a 2x4 grid – a drawn icon, a capitalised heading, a short caption – six of
them key words with the caption as the meaning and two of them facts, a bottom strip "X = …", a credits line) and
the lesson plan the teacher emailed to the department, copied out of Outlook into a .txt (From/Sent/To/Subject
lines, "Hi all", "LOs:" as "- To …" lines, a timed plan as bullets with "o" sub-points, key words for the board as a
bare comma list with one meaning given in brackets, a resources line with links, a signature with a pronouns line
and the school's confidentiality disclaimer)."""

from __future__ import annotations

from tests.corpus import formats as f

BANNER = "QUANTUM COMPUTING: THE BASICS"
STRAPLINE = ("A quantum computer is a computer that uses the rules of quantum physics to process information in a "
             "completely different way to the computers we use every day.")
# (heading, caption, tile colour, icon)
TILES = [
    ("CLASSICAL COMPUTER", "Any ordinary computer – your phone, your laptop, the school PCs. It works with bits "
     "that are always either 0 or 1.", (79, 129, 189), "laptop"),
    ("BIT", "Short for binary digit: a single 0 or 1, the smallest piece of data a classical computer uses.",
     (155, 187, 89), "square"),
    ("QUBIT", "A quantum bit. It can be 0, 1, or a mixture of both at the same time.", (128, 100, 162), "sphere"),
    ("SUPERPOSITION", "When a qubit is in a mix of 0 and 1 at once, until you measure it. Think of a coin still "
     "spinning on the table!", (247, 150, 70), "coin"),
    ("ENTANGLEMENT", "Two qubits linked together so that measuring one instantly tells you about the other, even "
     "if they are far apart.", (75, 172, 198), "linked"),
    ("KEEP IT COLD!", "Most quantum computers are kept at about −273 °C – colder than outer space – inside a giant "
     "fridge that looks like a golden chandelier.", (192, 80, 77), "snow"),
    ("DECOHERENCE", "When heat, light or vibration knocks qubits out of their quantum state and ruins the "
     "calculation. The big problem engineers are trying to solve.", (112, 48, 160), "zigzag"),
    ("WHAT ARE THEY FOR?", "Designing new medicines, modelling the climate, planning delivery routes – and one day "
     "maybe breaking today’s encryption.", (0, 128, 128), "flask"),
]
STRIP = ("QUANTUM ADVANTAGE = when a quantum computer solves a problem that no classical computer could finish in a "
         "sensible amount of time.")
CREDITS = "Made by Mrs K. Lewandowska for Y9 Computing Futures  •  Icons: Canva free elements  •  canva.com"


def _icon(pdf: f.Pdf, kind: str, x: float, y: float) -> None:
    """A simple white icon in a tile's corner, as Canva's line-drawing elements."""
    pdf.set_draw_color(255, 255, 255)
    pdf.set_fill_color(255, 255, 255)
    pdf.set_line_width(0.8)
    if kind == "laptop":
        pdf.rect(x + 2, y + 3, 14, 9)
        pdf.line(x, y + 14, x + 18, y + 14)
    elif kind == "square":
        pdf.rect(x + 3, y + 2, 12, 12)
    elif kind == "sphere":
        pdf.ellipse(x + 2, y + 1, 14, 14)
        pdf.ellipse(x + 2, y + 6, 14, 4)
    elif kind == "coin":
        pdf.ellipse(x + 5, y + 1, 8, 14)
    elif kind == "linked":
        pdf.ellipse(x, y + 4, 8, 8)
        pdf.ellipse(x + 10, y + 4, 8, 8)
        pdf.line(x + 8, y + 8, x + 10, y + 8)
    elif kind == "snow":
        for dx, dy in ((0, 8), (8, 0), (2, 2), (2, -2)):
            pdf.line(x + 9 - dx, y + 8 - dy, x + 9 + dx, y + 8 + dy)
    elif kind == "zigzag":
        pdf.polyline([(x, y + 8), (x + 4, y + 2), (x + 8, y + 14), (x + 12, y + 2), (x + 16, y + 14),
                      (x + 18, y + 8)])
    else:
        pdf.polyline([(x + 6, y + 1), (x + 6, y + 7), (x + 1, y + 15), (x + 17, y + 15), (x + 12, y + 7),
                      (x + 12, y + 1)])


def infographic() -> bytes:
    pdf = f.Pdf(title="Quantum computing - the basics")
    pdf.set_producer("Canva")
    pdf.set_creator("Canva")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    pdf.set_fill_color(20, 24, 64)
    pdf.rect(0, 0, 210, 48, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(12, 10)
    pdf.set_font(pdf.sans, "B", 24)
    pdf.cell(186, 12, pdf.typed(BANNER), align="C")
    pdf.set_xy(20, 25)
    pdf.set_font(pdf.sans, "", 10.5)
    pdf.multi_cell(170, 5.5, pdf.typed(STRAPLINE), align="C")
    width, height, gap = 91, 46, 5
    for index, (heading, caption, colour, icon) in enumerate(TILES):
        column, row = index % 2, index // 2
        x, y = 11 + column * (width + 6), 54 + row * (height + gap)
        pdf.set_fill_color(*colour)
        pdf.rect(x, y, width, height, style="F", round_corners=True, corner_radius=4)
        _icon(pdf, icon, x + 5, y + 5)
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(x + 27, y + 8)
        pdf.set_font(pdf.sans, "B", 13)
        pdf.cell(width - 30, 8, pdf.typed(heading))
        pdf.set_xy(x + 6, y + 21)
        pdf.set_font(pdf.sans, "", 9.5)
        pdf.multi_cell(width - 12, 4.8, pdf.typed(caption), align="L")
    pdf.set_fill_color(255, 217, 102)
    pdf.rect(11, 258, 188, 17, style="F")
    pdf.set_text_color(20, 24, 64)
    pdf.set_xy(16, 260.5)
    pdf.set_font(pdf.sans, "B", 10.5)
    pdf.multi_cell(178, 5.5, pdf.typed(STRIP), align="C")
    pdf.set_text_color(110, 110, 110)
    pdf.set_xy(11, 281)
    pdf.set_font(pdf.sans, "", 7.5)
    pdf.cell(188, 4, pdf.typed(CREDITS), align="C")
    return pdf.output_bytes()


EMAIL = """From: Kasia Lewandowska <k.lewandowska@stmarkshigh.org.uk>
Sent: 04 December 2026 16:42
To: Computing Department <computing@stmarkshigh.org.uk>
Cc: Tom Bright <t.bright@stmarkshigh.org.uk>
Subject: Y9 Computing Futures wk 14 - quantum lesson plan for Monday

Hi all,

As promised at dept meeting, here's the plan for Monday's Computing Futures lesson (quantum computing). It's a one-off so no need to follow it exactly – adapt for your groups. The infographic is attached, please print in colour if you can (A4, one per pair).

LOs:
- To describe the difference between a bit and a qubit
- To explain superposition and entanglement in simple terms
- To discuss what quantum computers might be used for in the future

Plan:
• 0-5 mins – Do Now on the board: "What is the biggest number you can make with 4 bits?" (answer 15) + register
• 5-15 mins – Intro video (Quantum computers explained, 6 mins) – link below
   o pause at 2:30 and ask "so is the coin heads or tails while it's spinning?"
• 15-25 mins – Hand out the infographic. Pairs read it and write 3 questions they still have on a post-it
• 25-40 mins – Coin spinning demo + card sort (bit vs qubit statements) – cards are in the dept cupboard, blue wallet
   o the weaker groups can just do the first 6 cards
• 40-50 mins – Class debate: "Should governments spend billions on quantum computers?" – hands up for/against, then 2 mins each side
• 50-55 mins – Exit ticket: explain to an alien what a qubit is in 20 words or less

Key words for the board: qubit, superposition, entanglement, classical computer, decoherence (when the qubits lose their quantum state because of heat or noise – that's why they keep them so cold), quantum advantage

Resources: infographic (attached), card sort (cupboard), video https://www.youtube.com/watch?v=jHoEjvuPoB8 , slides on SharePoint > Computing > KS3 > Y9 > Computing Futures > Wk14

Any problems let me know – I'm off site Monday p1-2 (Y11 trip) but back for p3.

Thanks,
Kasia

Mrs K. Lewandowska (she/her)
Teacher of Computing | KS3 Coordinator
St Mark's High School
01632 960 418

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender and delete it. St Mark's High School, Church Lane, Anytown AN1 2ST.
"""


def email() -> bytes:
    return EMAIL.encode("utf-8")


FILES = {
    "Quantum computing infographic.pdf": infographic,
    "RE Y9 Computing Futures wk 14 quantum lesson plan.txt": email,
}
