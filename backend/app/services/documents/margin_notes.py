"""Key words a passage marks with a number ("…your digital footprint (1) is made up of…") and explains in notes
numbered to match, as a textbook does in its margin ("(1) digital footprint the trail of data you leave…").

A scanned page's notes lose the gap between the word and its meaning, so the passage names the key word: the
longest run of the words just before the marker that also opens the note. The rest of the note is its meaning.

A labelled diagram does the same with circled numbers: each label is a number and a word ("① Core"), and the key
under the diagram gives each number its meaning without the word ("①  A separate processing unit…"), on the same
slide or page (`keyed_labels`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from app.services.documents.blocks import Block
from app.services.documents.phrases import is_definition, is_term
from app.services.documents.word_forms import capitalised

# Up to four words, then a bracketed number: "your active digital footprint (2)".
MARKER = re.compile(r"((?:[\w’'-]+\s+){0,3}[\w’'-]+)\s*\((\d{1,2})\)")
NOTE = re.compile(r"^\(?(?P<number>\d{1,2})[.)]\s+(?P<text>\S.*)$")
# A circled number opening a diagram's label or a line of its key: "① Core", "❷ A small amount of…".
CIRCLED = re.compile(r"^(?P<marker>[\u2460-\u2473\u2776-\u277f\u2780-\u2793])\s*(?P<text>\S.*)$")
MAX_LABEL_WORDS = 4


class NotedPair(NamedTuple):
    term: str
    meaning: str
    where: str


def noted_pairs(blocks: list[Block]) -> list[NotedPair]:
    """Each key word marked in the passage whose numbered note opens with it, with the rest of the note."""
    notes = _numbered_notes(blocks)
    pairs = []
    for block in blocks:
        if block.kind != "paragraph":
            continue
        for words, number in MARKER.findall(block.text):
            note = notes.get(int(number))
            pair = _pair(words.split(), note.text) if note is not None else None
            if pair is not None:
                pairs.append(NotedPair(*pair, where=note.where))
    return pairs


def _numbered_notes(blocks: list[Block]) -> dict[int, Block]:
    """The numbered lines of a document by number, the first of each (a list item's number is kept apart)."""
    notes: dict[int, Block] = {}
    for block in blocks:
        if block.kind == "item" and block.ordered and block.number:
            notes.setdefault(block.number, block)
        elif block.kind == "paragraph" and (numbered := NOTE.match(block.text)):
            notes.setdefault(int(numbered["number"]), Block("item", numbered["text"], where=block.where))
    return notes


def _pair(words: list[str], note: str) -> tuple[str, str] | None:
    """The longest run of the words before a marker that opens its note, and the rest of the note as meaning."""
    for start in range(len(words)):
        term = " ".join(words[start:])
        if not note.lower().startswith(f"{term.lower()} "):
            continue
        meaning = note[len(term):].strip(" :–—-").rstrip(".")
        if is_term(term, max_words=4) and is_definition(meaning, min_words=3):
            return capitalised(term), capitalised(meaning)
        return None
    return None


def keyed_labels(blocks: list[Block]) -> list[NotedPair]:
    """Each circled-number label of a diagram ("① Core") whose number opens a line of the key on the same slide or
    page ("①  A separate processing unit inside the CPU…"), with that line as its meaning. Each number opens exactly
    two lines there, the label and its line of the key: numbered steps ("① Open the case") have no key."""
    marked: dict[tuple[str, str], list[str]] = {}
    for block in blocks:
        if block.kind in ("paragraph", "item") and (circled := CIRCLED.match(block.text.strip())):
            marked.setdefault((block.where, circled["marker"]), []).append(circled["text"].strip())
    pairs = []
    for (where, _marker), lines in marked.items():
        if len(lines) != 2:
            continue
        label, meaning = sorted(lines, key=lambda line: len(line.split()))
        if is_term(label, max_words=MAX_LABEL_WORDS) and not is_definition(label, min_words=3) \
                and is_definition(meaning, min_words=3):
            pairs.append(NotedPair(capitalised(label), capitalised(meaning.rstrip(".")), where=where))
    return pairs
