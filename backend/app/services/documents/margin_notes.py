"""Key words a passage marks with a number ("…your digital footprint (1) is made up of…") and explains in notes
numbered to match, as a textbook does in its margin ("(1) digital footprint the trail of data you leave…").

A scanned page's notes lose the gap between the word and its meaning, so the passage names the key word: the
longest run of the words just before the marker that also opens the note. The rest of the note is its meaning.
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
