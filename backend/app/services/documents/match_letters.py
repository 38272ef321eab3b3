"""The meanings of a match-up printable lettered by a capital alone: Wordwall (and tools like it) print each meaning
in a box with its letter set apart ("A   In the countryside, away from towns and cities"), which reads as one line
with the letter before the words. A run of such lines lettered A, B, C… in order, at least three, is a lettered
list: each line's words are the meaning and its letter is kept apart (`Block.letter`), so the meaning is never
quoted with a stray letter and the answer key ("1 – B") still finds it.
"""

from __future__ import annotations

import re

from app.services.documents.blocks import Block

MIN_LETTERED = 3
BARE_LETTERED = re.compile(r"^(?P<letter>[A-Z])\s+(?P<text>[A-Z]\S*\s+\S.*)$")


def with_letters_apart(blocks: list[Block]) -> list[Block]:
    """The blocks, each part's (between top-level headings) run of bare-lettered lines with its letters apart."""
    part: list[Block] = []
    for block in [*blocks, Block("heading", level=1)]:
        if block.kind == "heading" and block.level <= 1:
            _letters_apart(part)
            part = []
        elif block.kind == "paragraph":
            part.append(block)
    return blocks


def _letters_apart(paragraphs: list[Block]) -> None:
    lettered = [(block, match) for block in paragraphs if (match := BARE_LETTERED.match(block.text))]
    letters = "".join(match["letter"] for _block, match in lettered)
    if len(lettered) < MIN_LETTERED or letters != "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[:len(letters)]:
        return  # "A Trojan is…", "I think…": a sentence that opens with a capital word, not a lettered run
    for block, match in lettered:
        block.letter, block.text = match["letter"], match["text"].strip()
