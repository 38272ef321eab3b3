"""GCSE primary memory: a deck in which the slide defining RAM and ROM is one large picture with the words in it
(made in another program and pasted in), title/body slides for the rest, and a gap-fill worksheet."""

from __future__ import annotations

from tests.corpus import formats as f

RAM_ROM_PICTURE = [
    "**RAM (Random Access Memory)**",
    "Volatile – loses its contents when the power is turned off.",
    "Holds the programs and data that are currently in use.",
    "",
    "**ROM (Read Only Memory)**",
    "Non-volatile – keeps its contents without power.",
    "Holds the boot-up instructions (the BIOS).",
]


def slides() -> bytes:
    deck = f.new_pptx(title="Primary Memory")
    f.title_slide(deck, "Primary Memory", "GCSE Computer Science – Systems architecture")
    only_a_picture = f.blank_slide(deck)
    f.picture(only_a_picture, f.picture_png(RAM_ROM_PICTURE), left=0.4, top=0.6, width=9.2)
    f.content_slide(deck, "Volatile vs non-volatile", [
        "Volatile memory needs power to keep its data",
        "Non-volatile memory keeps its data when the power is switched off",
    ])
    f.content_slide(deck, "Cache memory", [
        "Very fast memory inside or very close to the CPU",
        "Stores instructions and data that are used often so the CPU doesn’t have to wait for RAM",
    ])
    f.content_slide(deck, "Virtual memory", [
        "When RAM is full, part of the secondary storage (e.g. the hard drive) is used as if it were RAM",
        "Much slower than RAM – the computer may ‘freeze’",
    ], notes="Link back to last lesson: why a bigger RAM makes a computer faster.")
    f.content_slide(deck, "Exam question", ["Explain why a computer needs both RAM and ROM. [4 marks]"])
    return f.pptx_bytes(deck)


def worksheet() -> bytes:
    document = f.new_docx()
    document.add_heading("Primary memory – fill in the gaps", level=1)
    f.para(document, "Word bank: volatile   non-volatile   BIOS   cache   virtual   RAM", bold=True)
    f.para(document, "1. ______ is volatile memory that holds the programs that are running.")
    f.para(document, "2. ROM is ____________, so it keeps its contents when the computer is off.")
    f.para(document, "3. ROM stores the ______, the instructions that start the computer.")
    f.para(document, "4. ______ memory is very fast memory close to the CPU.")
    f.para(document, "5. When RAM is full, ________ memory uses part of the hard drive.")
    return f.docx_bytes(document)


FILES = {
    "Primary Memory.pptx": slides,
    "Memory gap fill.docx": worksheet,
}
