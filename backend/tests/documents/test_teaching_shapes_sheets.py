"""More shapes teachers write in (issue 16), found when the first held-out packs were scored: objectives typed as
plain lines in speaker notes after a lead-in, a revision sheet's bold key words over their meanings, a checklist
of "☐ I can…" boxes, a table whose header starts each meaning, a knowledge organiser's titled cells, titles that
name the kind of sheet before the topic, and course references that are not key words."""

from __future__ import annotations

from app.services.documents import extract
from tests.corpus import formats as f


def _found(name: str, data: bytes) -> dict:
    (document,) = extract(name, data)
    return document.structure


def _terms(found: dict) -> dict[str, str]:
    return {item["term"]: item["definition"] for item in found["vocabulary"]}


def _objectives(found: dict) -> list[str]:
    return [item["text"] for item in found["objectives"]]


def test_objectives_typed_as_plain_lines_after_a_lead_in_in_speaker_notes():
    deck = f.new_pptx()
    f.title_slide(deck, "Logic Gates", "Year 8 – Computer systems")
    slide = deck.slides[0]
    slide.notes_slide.notes_text_frame.text = (
        "Objectives for today - by the end pupils should be able to:\n"
        "draw the symbols for the AND, OR and NOT gates\n"
        "complete a truth table for each gate\n"
        "write a simple Boolean expression for a circuit"
    )
    found = _found("Logic.pptx", f.pptx_bytes(deck))
    assert [o.lower() for o in _objectives(found)] == [
        "draw the symbols for the and, or and not gates",
        "complete a truth table for each gate",
        "write a simple boolean expression for a circuit",
    ]
    assert _terms(found) == {}  # the lead-in is not a key word


def test_a_revision_sheets_bold_key_words_over_their_meanings_and_its_checklist():
    pdf = f.Pdf()
    pdf.add_page()
    pdf.line_of("REVISION: Secondary Storage", size=18, bold=True, height=10)
    pdf.line_of("Paper 1 – topic 1.2 – Memory and storage", size=9)
    pdf.line_of("Key terms", size=13, bold=True)
    for term, meaning in [("Magnetic storage", "Stores data as magnetised areas on spinning platters."),
                          ("Capacity", "How much data a storage device can hold, measured in GB or TB."),
                          ("Portability", "How easy a device is to carry around (its size and weight).")]:
        pdf.line_of(term, bold=True)
        pdf.line_of(meaning)
    pdf.line_of("Revision checklist", size=13, bold=True)
    pdf.line_of("☐ I can explain why computers need secondary storage")
    pdf.line_of("☐ I can choose a suitable storage device for a scenario")
    found = _found("Revision.pdf", pdf.output_bytes())
    assert _terms(found) == {
        "Magnetic storage": "Stores data as magnetised areas on spinning platters.",
        "Capacity": "How much data a storage device can hold, measured in GB or TB.",
        "Portability": "How easy a device is to carry around (its size and weight).",
    }  # and "Paper 1 – topic 1.2 – …" is a course reference, not a key word
    assert _objectives(found) == ["I can explain why computers need secondary storage",
                                  "I can choose a suitable storage device for a scenario"]
    assert found["lesson_titles"][0] == "Secondary Storage"  # not "Revision checklist"


def test_a_table_header_that_starts_each_meaning_is_not_a_key_word():
    deck = f.new_pptx()
    slide = f.titled_slide(deck, "The three gates")
    f.slide_table(slide, [["Gate", "Output is 1 when…"], ["AND gate", "both inputs are 1"],
                          ["OR gate", "at least one input is 1"], ["NOT gate", "the input is 0"]],
                  left=1, top=2, width=8)
    assert _terms(_found("Gates.pptx", f.pptx_bytes(deck))) == {
        "AND gate": "Output is 1 when both inputs are 1",
        "OR gate": "Output is 1 when at least one input is 1",
        "NOT gate": "Output is 1 when the input is 0",
    }


def test_a_knowledge_organisers_titled_cells_and_its_title_line():
    document = f.new_docx(title="Knowledge organiser template")
    f.para(document, "Knowledge Organiser: Loops in Python", bold=True, size=16)
    f.table(document, [
        ["Key vocabulary\nIteration – repeating a section of code\nInfinite loop – a loop that never stops",
         "What I need to know\nI know how to use a for loop to repeat code a set number of times\n"
         "I can choose which type of loop to use for a problem"],
    ], style=None)
    found = _found("Organiser.docx", f.docx_bytes(document))
    assert set(_terms(found)) == {"Iteration", "Infinite loop"}
    assert _objectives(found) == ["I know how to use a for loop to repeat code a set number of times",
                                  "I can choose which type of loop to use for a problem"]
    assert found["lesson_titles"] == ["Loops in Python"]  # never the template's leftover title property


def test_a_title_property_that_names_a_template_is_never_the_title():
    document = f.new_docx(title="Worksheet template")
    f.para(document, "Answer every question in full sentences.")
    assert _found("Sheet.docx", f.docx_bytes(document))["lesson_titles"] == []


def test_key_words_in_a_group_that_was_moved_pair_by_where_the_group_is_now():
    """A group moved after it was made keeps its shapes' old positions; its own offset says where they are."""
    from pptx.util import Inches

    deck = f.new_pptx()
    slide = f.titled_slide(deck, "Types of malware")
    group = slide.shapes.add_group_shape()
    pairs = [("Virus", "Attaches itself to a file and spreads when the file is opened"),
             ("Worm", "Copies itself across a network without anyone opening a file"),
             ("Trojan horse", "Pretends to be useful software but harms the computer")]
    for row, (term, _definition) in enumerate(pairs):
        f.text_box(group, term, left=0.3, top=1.8 + row * 1.6, width=2.2, height=0.7, size=24, bold=True)
    for row, (_term, definition) in enumerate(pairs):
        f.text_box(slide, definition, left=6.0, top=1.6 + row * 1.6, width=3.6, height=1.2, size=16)
    # The teacher then dragged the group of words across, next to the descriptions.
    group._element.grpSpPr.find(
        "{http://schemas.openxmlformats.org/drawingml/2006/main}xfrm/"
        "{http://schemas.openxmlformats.org/drawingml/2006/main}off").set("x", str(Inches(3.5)))
    assert _terms(_found("Malware.pptx", f.pptx_bytes(deck))) == dict(pairs)
