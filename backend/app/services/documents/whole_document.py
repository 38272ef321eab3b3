"""Key words found by reading a whole document rather than one line at a time: a matching activity's key, a
textbook's margin notes and a diagram's numbered key, "Who am I?" riddles, meanings given in passing (in prose, in a
table's cells, or after a dash naming what a line's doing works on), in what a story's characters say or in what a
kind of thing is said to do, the words questions and objectives ask the meaning of, and meanings for the words a
document lists bare. The people of a story are never its key words."""

from __future__ import annotations

from app.services.documents import (
    dialogue,
    glosses,
    kinds,
    margin_notes,
    matching_key,
    quiz_results,
    riddles,
    vocabulary,
)
from app.services.documents.aimed_words import add_aimed_words
from app.services.documents.blocks import Block
from app.services.documents.findings import Findings, Origin
from app.services.documents.measure_glosses import measure_glosses
from app.services.documents.phrases import term_key


def add_whole_document_terms(found: Findings, blocks: list[Block], text: str) -> None:
    """Add the key words found across `blocks` (whose text, table cells too, is `text`) to what the walk found."""
    for pair in matching_key.keyed_pairs(blocks):  # "1. Sensor" … "D. Measures something…" … "Answers: 1D …"
        found.add_term(pair.term, pair.meaning, origin=Origin(pair.where, pair.term))
    # "…your digital footprint (1)…" and "(1) digital footprint the…"; a diagram's "① Core" and its key's "①  A…"
    for pair in [*margin_notes.noted_pairs(blocks), *margin_notes.keyed_labels(blocks)]:
        found.add_term(pair.term, pair.meaning, origin=Origin(pair.where, pair.term))
    # A quiz's results: "What is a trace table?" / "19 / 27 correct responses" / "✓ A table used to follow…  19 (70.4%)"
    for pair, where in quiz_results.answered_in_results(blocks):
        found.add_term(*pair, origin=Origin(where, pair.term))
    for riddle in riddles.answered_riddles(blocks):  # "Who am I?" / "I connect the devices on a LAN…" / "SWITCH"
        found.add_term(riddle.term, riddle.meaning, origin=Origin(riddle.where, riddle.term))
    for block in (block for block in blocks if block.kind == "paragraph"):
        # "…your privacy settings – the options…", "“That’s griefing,” says Priya. “It’s when…”", "A brute force
        # attack tries every possible key…"
        for pair in [*glosses.unmarked_glosses(block.text), *dialogue.spoken_meanings(block.text),
                     *kinds.kinds_defined(block.text)]:
            found.add_term(*pair, origin=Origin(block.where, pair.term))
    for block, text_on in broken_after_colon(blocks):
        # "…in a dictionary attack:" / "instead of trying every combination, a program tries…": one sentence that a
        # printed box broke after its colon, read whole for what it explains in passing.
        for pair in glosses.unmarked_glosses(f"{block.text} {text_on}"):
            found.add_term(*pair, origin=Origin(block.where, pair.term))
    for pair, where in measure_glosses(blocks):  # "…at the right frame rate (the number of images shown each second)"
        found.add_term(*pair, origin=Origin(where, pair.term))
    for block in (block for block in blocks if block.kind in ("paragraph", "item")):
        if (glossed := glosses.object_glossed(block.text)) is not None:  # "Looks for runs – the same value repeated…"
            pair, doing = glossed
            found.vocabulary = [item for item in found.vocabulary if term_key(item["term"]) != term_key(doing)]
            found.add_term(*pair, origin=Origin(block.where, block.text))
    for block in (block for block in blocks if block.kind == "table"):
        # A cell explaining a word in passing as a paragraph would: "The result of a benchmark: a test program that…"
        for pair in (pair for row in block.rows for cell in row for pair in glosses.unmarked_glosses(cell)):
            found.add_term(*pair, origin=Origin(block.where, pair.term))
    for objective in found.objectives:  # "I can describe how an insertion sort works"
        if (asked := vocabulary.asked_term(objective["text"])) is not None:
            found.add_term(*asked, origin=Origin(objective.get("where", ""), objective["text"]))
    add_aimed_words(found, blocks)  # "Agile development: the software is built…" named by "Compare … with agile…"
    glosses.gloss_listed_words(found, text)
    people = dialogue.characters(text)  # "Jay is the best player he knows…" is about a person in the story
    found.vocabulary = [item for item in found.vocabulary if item["term"] not in people]


def broken_after_colon(blocks: list[Block]) -> list[tuple[Block, str]]:
    """Each paragraph ending with a colon whose sentence the next paragraph (in the same place) carries on in lower
    case, with that next paragraph's text. The readers keep such lines apart, since a line ending with a colon is
    often a label or a list's stem; only glosses read them together."""
    pairs = []
    for block, after in zip(blocks, blocks[1:], strict=False):
        if block.kind == after.kind == "paragraph" and block.where == after.where \
                and block.text.rstrip().endswith(":") and after.text[:1].islower():
            pairs.append((block, after.text))
    return pairs
