"""Held out. Year 8 logic gates: a deck whose key terms sit in slide tables (Term | Meaning, and Gate | Output is 1
when…), whose objectives and lesson plan are only in the speaker notes, and a worksheet of truth tables to fill."""

from __future__ import annotations

from tests.corpus import formats as f

TERMS = [
    ["Term", "Meaning"],
    ["Logic gate", "An electronic component that takes one or more inputs and produces a single output"],
    ["Truth table", "A table showing the output of a logic gate or circuit for every possible input"],
    ["Boolean expression", "A way of writing a logic circuit using AND, OR and NOT, e.g. Q = A AND B"],
    ["Input", "A value (0 or 1) going into a logic gate"],
]
GATES = [
    ["Gate", "Output is 1 when…"],
    ["AND gate", "both inputs are 1"],
    ["OR gate", "at least one input is 1"],
    ["NOT gate", "the input is 0 (it reverses the input)"],
]
OPENING_NOTES = """Objectives for today - by the end pupils should be able to:
draw the symbols for the AND, OR and NOT gates
complete a truth table for each gate
write a simple Boolean expression for a circuit"""
PLAN_NOTES = """Plan:
10 min starter - light switches in series and parallel (which lights come on?)
15 min - go through the gates slide, pupils draw the symbols
15 min - truth table worksheet
5 min - plenary: mini whiteboards, what is 1 AND 0?"""


def slides() -> bytes:
    deck = f.new_pptx(title="Logic Gates")
    f.title_slide(deck, "Logic Gates", "Year 8 – Computer systems").notes_slide.notes_text_frame.text = OPENING_NOTES
    terms = f.titled_slide(deck, "Key terms")
    f.slide_table(terms, TERMS, left=0.5, top=1.5, width=9, row_height=0.9)
    gates = f.titled_slide(deck, "The three gates")
    f.slide_table(gates, GATES, left=0.5, top=1.5, width=9, row_height=0.8)
    truth = f.titled_slide(deck, "Truth table: AND")
    f.slide_table(truth, [["A", "B", "Q"], ["0", "0", "0"], ["0", "1", "0"], ["1", "0", "0"], ["1", "1", "1"]],
                  left=2.5, top=1.5, width=5)
    truth.notes_slide.notes_text_frame.text = PLAN_NOTES
    return f.pptx_bytes(deck)


def worksheet() -> bytes:
    document = f.new_docx()
    f.para(document, "Logic gates – truth tables", size=14, bold=True)
    for gate in ("OR", "NOT"):
        f.para(document, f"Complete the truth table for the {gate} gate.")
        rows = [["A", "B", "Q"], ["0", "0", ""], ["0", "1", ""], ["1", "0", ""], ["1", "1", ""]]
        f.table(document, [["A", "Q"], ["0", ""], ["1", ""]] if gate == "NOT" else rows)
        f.para(document, "")
    return f.docx_bytes(document)


FILES = {
    "Logic Gates.pptx": slides,
    "Truth tables worksheet.docx": worksheet,
}
