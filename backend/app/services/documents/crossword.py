"""A key-word crossword: its Across and Down clues are the words' meanings, and the words themselves are often
written only in the teacher's answers, another document, listed by clue number.

    Across                                    (the pupils' sheet)
    2. A word, picture or button you click to jump to another web page (9)

    Across      | Down                        (the teacher's answers)
    2 hyperlink | 1 URL

Each document gives what it holds (`read`): clues, numbered lines ending in their letter count under "Across" or
"Down"; and solutions, a number and one word under "Across" or "Down" (as lines, or as a table's columns). The
unit's materials pair them (`pair`) by direction and number, when the word has as many letters as its clue says.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from app.services.documents.blocks import Block
from app.services.documents.found import Clue, Solution

DIRECTION = re.compile(r"^\s*(across|down)\s*:?\s*$", re.IGNORECASE)
# "A word … web page (9)", "(4, 5)" for two words.
CLUE = re.compile(r"^(?P<clue>\S.*?)\s*\((?P<letters>\d{1,2}(?:\s*[,-]\s*\d{1,2})*)\)\s*$")
NUMBERED = re.compile(r"^\s*(?P<number>\d{1,2})\s*[.):–—-]?\s+(?P<rest>\S.*)$")
SOLUTION_WORD = re.compile(r"^[A-Za-z][A-Za-z'’ -]{0,30}$")


class Crossword(NamedTuple):
    clues: list[Clue]
    solutions: list[Solution]


def read(blocks: list[Block]) -> Crossword:
    """The crossword clues and solutions in one document's blocks."""
    found = Crossword([], [])
    direction = ""
    for block in blocks:
        text = block.text.strip()
        if block.kind == "table":
            _table_solutions(block.rows, found)
            continue
        if (heading := DIRECTION.match(text)) is not None:
            direction = heading[1].lower()
            continue
        if block.kind == "heading" or not direction:
            direction = ""
            continue
        numbered = NUMBERED.match(text)
        number, rest = (block.number, text) if block.ordered and block.number else (
            (int(numbered["number"]), numbered["rest"]) if numbered else (0, ""))
        if number:
            _line(direction, number, rest, found)
    return found


def _line(direction: str, number: int, rest: str, found: Crossword) -> None:
    if (clue := CLUE.match(rest)) is not None:
        letters = sum(int(n) for n in re.findall(r"\d+", clue["letters"]))
        found.clues.append({"direction": direction, "number": number, "clue": clue["clue"], "letters": letters})
    elif SOLUTION_WORD.match(rest.strip()):
        found.solutions.append({"direction": direction, "number": number, "word": rest.strip()})


def _table_solutions(rows: list[list[str]], found: Crossword) -> None:
    """A table headed "Across" | "Down" whose cells list "2 hyperlink" lines."""
    if not rows:
        return
    for column, header in enumerate(rows[0]):
        if (heading := DIRECTION.match(header or "")) is None:
            continue
        for row in rows[1:]:
            for line in (row[column] if column < len(row) else "").splitlines():
                if (numbered := NUMBERED.match(line)) is not None and SOLUTION_WORD.match(numbered["rest"].strip()):
                    found.solutions.append({"direction": heading[1].lower(), "number": int(numbered["number"]),
                                            "word": numbered["rest"].strip()})


def pair(clues: list[Clue], solutions: list[Solution]) -> list[tuple[str, Clue]]:
    """(word, its clue) for each solution whose clue has that direction, number and letter count."""
    by_place = {(clue["direction"], clue["number"]): clue for clue in clues}
    paired = []
    for solution in solutions:
        clue = by_place.get((solution["direction"], solution["number"]))
        if clue is not None and len(re.sub(r"[^A-Za-z]", "", solution["word"])) == clue["letters"]:
            paired.append((solution["word"], clue))
    return paired
