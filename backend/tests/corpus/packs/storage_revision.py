"""Held out. GCSE secondary storage: a two-column PDF revision sheet (balanced columns, each key term in bold on
its own line with its meaning below, a revision checklist of ☐ boxes, an exam question with its mark scheme) and a
Word sheet of comparison scenarios."""

from __future__ import annotations

from tests.corpus import formats as f

TERMS = [
    ("Secondary storage", "Non-volatile storage that keeps programs and files when the computer is switched off."),
    ("Magnetic storage", "Stores data as magnetised areas on spinning platters, e.g. a hard disk drive (HDD)."),
    ("Optical storage", "Uses a laser to read pits and lands on a disc, e.g. CD, DVD, Blu-ray."),
    ("Solid state storage", "Stores data in flash memory chips with no moving parts, e.g. SSD, USB stick, SD card."),
    ("Capacity", "How much data a storage device can hold, measured in GB or TB."),
    ("Durability", "How well a device survives being dropped, knocked or heated."),
    ("Portability", "How easy a device is to carry around (its size and weight)."),
]
CHECKLIST = [
    "I can explain why computers need secondary storage",
    "I can describe how magnetic, optical and solid state storage work",
    "I can choose a suitable storage device for a scenario and justify my choice",
]


def _column_line(pdf: f.Pdf, columns, text: str, *, bold: bool = False, size: float = 10) -> None:
    pdf.set_font(pdf.sans, "B" if bold else "", size)
    columns.write(pdf.typed(text + "\n"))


def revision_sheet() -> bytes:
    pdf = f.Pdf()
    pdf.add_page()
    pdf.set_text_color(20, 60, 120)
    pdf.line_of("REVISION: Secondary Storage", size=18, bold=True, height=10)
    pdf.set_text_color(0, 0, 0)
    pdf.line_of("Paper 1 – topic 1.2 – Memory and storage", size=9)
    pdf.ln(3)
    with pdf.text_columns(ncols=2, gutter=10, balance=True) as columns:
        _column_line(pdf, columns, "Key terms", bold=True, size=13)
        for term, meaning in TERMS:
            _column_line(pdf, columns, term, bold=True)
            _column_line(pdf, columns, meaning)
        _column_line(pdf, columns, "Revision checklist", bold=True, size=13)
        for line in CHECKLIST:
            _column_line(pdf, columns, f"☐ {line}")
        _column_line(pdf, columns, "Exam question", bold=True, size=13)
        _column_line(pdf, columns, "A photographer needs to take photos on a mountain. Which type of storage "
                                   "should her camera use? Justify your answer. [3]")
        _column_line(pdf, columns, "Mark scheme: solid state (1) – no moving parts so durable if dropped (1) – "
                                   "small and light so portable (1)")
    return pdf.output_bytes()


def scenarios() -> bytes:
    document = f.new_docx()
    f.para(document, "Which storage would you choose?", size=14, bold=True)
    f.table(document, [
        ["Scenario", "Device", "Why?"],
        ["Backing up a school's files every night", "", ""],
        ["Selling a film in shops", "", ""],
        ["A laptop that needs to start up quickly", "", ""],
    ])
    return f.docx_bytes(document)


FILES = {
    "Storage revision sheet.pdf": revision_sheet,
    "Storage scenarios.docx": scenarios,
}
