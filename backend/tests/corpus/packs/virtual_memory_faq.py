"""Held out. Year 10 GCSE virtual memory: a plain-text "FAQ" the teacher posted for revision (a subject line, "Q:"
and "A:" pairs in which every key word is defined inside an answer, one answer that is a numbered sequence of what
happens when RAM is full, a "didn't find your question?" line and a sign-off) and a one-page PDF diagram worksheet
(a drawn RAM-and-disk diagram with letter labels A–D, a "Key" below giving each letter as "A = …", numbered
questions with marks, the success criteria only in a small strip at the foot as "SC1 … SC2 … SC3 …")."""

from __future__ import annotations

import io

from tests.corpus import formats as f

FAQ = """Subject: Virtual memory – your questions answered (10X Comp Sci)
Posted by Ms Lindqvist · Tuesday

A few of you asked the same things after Monday's lesson, so here they all are in one place.

Q: What actually is virtual memory?
A: Virtual memory is a section of secondary storage (your hard drive or SSD) that the operating system uses as if it were extra RAM when the real RAM is full.

Q: Why do we even need it?
A: Because RAM is the main memory that holds the programs and data currently in use, and it can fill up if you open lots of programs at once. Without virtual memory the computer would have to refuse to open anything else.

Q: What gets moved?
A: Data is moved in fixed-size blocks called pages. A page is just a chunk of a program's data of a set size, e.g. 4 KB.

Q: What happens step by step when RAM is full?
A: 1. You open another program.
2. The OS finds pages in RAM that have not been used recently.
3. It copies them out to virtual memory on the disk.
4. The new program is loaded into the space that is now free.
5. If you go back to the first program, its pages have to be swapped back in.

Q: Is "swapping" a key word?
A: Yes! Swapping means moving pages between RAM and virtual memory. Write it in your glossary.

Q: So why is my laptop so slow with 40 tabs open?
A: Secondary storage is much slower to read and write than RAM. If the computer spends more time swapping pages in and out than running programs, that is called disk thrashing – and everything grinds to a halt.

Q: How do I fix thrashing?
A: Close programs, or the proper fix: add more RAM. (Exam answers that say "buy a faster CPU" get 0 marks!)

Didn't find your question? Post it below and I'll add it.
Ms L
"""

KEY = [
    "A = RAM (main memory) – holds the programs and data in use right now",
    "B = a page being swapped out",
    "C = virtual memory, on the SSD",
    "D = a page being swapped back in",
]
QUESTIONS = [
    "1. Label the diagram using the key. Which part is the slowest to access? [1]",
    "2. Explain why a computer needs virtual memory. [2]",
    "3. Describe what happens when a user opens a program and RAM is already full. [3]",
    "4. A student's computer is running very slowly. Their friend says \"it's disk thrashing\". Explain what this "
    "means and suggest one way to stop it. [3]",
]


def faq() -> bytes:
    return FAQ.encode("utf-8")


def diagram_sheet() -> bytes:
    pdf = f.Pdf(title="VM diagram")
    pdf.add_page()
    pdf.line_of("Virtual Memory – Diagram Worksheet          Name: ______________", size=14, bold=True, height=9)
    diagram = f.sketch_png([("rect", (30, 80, 250, 360), "#c5e0b4"), ("rect", (350, 80, 570, 360), "#d9d9d9"),
                            ("line", (250, 170, 350, 170), "#c00000"), ("line", (350, 270, 250, 270), "#2e75b6")])
    y = pdf.get_y() + 2
    pdf.image(io.BytesIO(diagram), x=40, y=y, w=120)
    pdf.set_font(pdf.sans, "B", 14)
    for letter, x, yy in (("A", 42, 8), ("B", 97, 25), ("C", 150, 8), ("D", 97, 52)):
        pdf.text(x, y + yy, letter)
    pdf.set_y(y + 94)
    pdf.line_of("Key", size=12, bold=True)
    for line in KEY:
        pdf.line_of(line, size=10)
    pdf.ln(3)
    for question in QUESTIONS:
        pdf.line_of(question, size=11)
        pdf.line_of("." * 120, size=9, height=7)
    pdf.set_y(275)
    pdf.set_fill_color(230, 230, 230)
    pdf.set_font(pdf.sans, "", 7)
    pdf.multi_cell(0, 4, pdf.typed("SC1 I can explain why virtual memory is needed   SC2 I can describe how pages "
                                   "are swapped between RAM and secondary storage   SC3 I can explain what causes "
                                   "disk thrashing and how to reduce it"), fill=True)
    return pdf.output_bytes()


FILES = {
    "virtual memory FAQ.txt": faq,
    "VM diagram worksheet.pdf": diagram_sheet,
}
