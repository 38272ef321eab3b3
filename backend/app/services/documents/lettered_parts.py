"""Lettered parts of a worksheet's stage laid out as a table's row, and the answers that name them.

    M Modify | a) Change the code so that the square is red.             a part that only instructs: a task
             | b) Change the code so that it draws a hexagon. How far…?  a part that asks: question 2 ("b")
    Modify b): turn 60 each time (360 ÷ 6).                               in the answers: the answer to that part

The row's first cell names the stage ("M / Modify": its last line); the answers name the part by the stage and
its letter. The walker (`questions._Finder`) mixes this in.
"""

from __future__ import annotations

import re

from app.services.documents.findings import normal
from app.services.documents.found import Question
from app.services.documents.question_lines import asks

MIN_PARTS = 2  # "a)" alone is as likely an option or a note
PART_LETTER = re.compile(r"^\s*(?P<letter>[a-h])\)\s+(?=\S)")  # "b) Change…": a small letter and a bracket
# "Modify b): …", "Modify (b) – …": a part named by its stage and letter, then its answer.
NAMED_PART = re.compile(r"^\s*(?P<stage>[^\W\d][\w’' -]{0,30}?)\s+\(?(?P<letter>[a-h])\)\s*[:.\-–—]?\s*(?P<text>\S.*)$")


class LetteredParts:
    """The lettered-parts half of the question walker."""

    lettered: dict[str, Question] | None = None  # "modify b" → the part it names

    def lettered_cells(self, cells: list[str], where: str) -> bool:
        """A row titled by its first cell whose later cell holds lettered parts a line each ("a) …" / "b) …"):
        each part that asks is a question numbered by its letter."""
        if self.in_answers or len(cells) < MIN_PARTS:
            return False
        stage = normal(cells[0].splitlines()[-1])
        for cell in cells[1:]:
            lines = [line for line in cell.splitlines() if line.strip()]
            parts = [PART_LETTER.match(line) for line in lines]
            letters = [part["letter"] if part else "" for part in parts]
            if len(lines) < MIN_PARTS or letters != [chr(ord("a") + i) for i in range(len(lines))]:
                continue
            asked = [(part["letter"], line[part.end():]) for part, line in zip(parts, lines, strict=True)
                     if part and asks(line[part.end():])]
            for letter, text in asked:
                self.ask(ord(letter) - ord("a") + 1, text, where, f"{letter}) {text}")
                if self.current is not None and stage:
                    self.lettered = {**(self.lettered or {}), f"{stage} {letter}": self.current}
                self.current = None
            return bool(asked)
        return False

    def lettered_answer(self, text: str) -> bool:
        """An answers line that names a lettered part ("Modify b): turn 60 each time"): that part's answer."""
        if not self.lettered:
            return False
        named = NAMED_PART.match(text)
        question = self.lettered.get(f"{normal(named['stage'])} {named['letter']}") if named else None
        if question is None or question["answer"]:
            return False
        self.give(question, named["text"])
        return True
