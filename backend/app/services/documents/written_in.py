"""Answers written in under their questions without a label: an exit ticket, a mini-whiteboard quiz or a
worksheet saved with the class's answers on it, each question followed by one line that answers it.

    1. Who wrote the first algorithm for a machine?
    Ada Lovelace                                        the one line under it: its answer
    2. What replaced vacuum tubes?
    transistors

A line under one question may as well be a hint or an instruction, so the lines are answers only when every
question of the document that asks has exactly one such line under it, and there are enough of them to be a
pattern rather than chance. The walker (`questions._Finder`) mixes this in.
"""

from __future__ import annotations

from app.services.documents.blocks import Block
from app.services.documents.found import Question
from app.services.documents.question_lines import BLANK, MAX_TEXT_CHARS

MIN_WRITTEN_IN = 3  # questions each with one line under them: fewer could be a hint under each by chance


class WrittenIn:
    """The written-in-answers half of the question walker."""

    written_in: dict[int, list[str]] | None = None  # id of a question → the plain lines written under it
    writing_under: Question | None = None  # the question the lines now read are under

    def line_under(self, block: Block) -> None:
        """Note a plain line under the question just read (or under the line after it: then it is not one line)."""
        if self.current is not None:
            self.writing_under = self.current
        question = self.writing_under
        if question is None:
            return
        text = block.text.strip()
        if self.written_in is None:
            self.written_in = {}
        lines = self.written_in.setdefault(id(question), [])
        plain = block.kind == "paragraph" and not BLANK.search(text)
        lines.append(text if plain and not text.endswith(("?", ":")) else "")

    def not_under(self) -> None:
        """A heading or a new slide: the lines after it are under no question read so far."""
        self.writing_under = None

    def answers_written_in(self, questions: list[Question]) -> None:
        """Each question's one line under it as its answer, when every question of the document asks (no options)
        and has one."""
        lines = self.written_in or {}
        asking = [q for q in questions if q["text"].endswith("?") and not q["options"]]
        under = [lines.get(id(q), []) for q in asking]
        if (
            len(asking) < MIN_WRITTEN_IN
            or len(asking) != len(questions)
            or any(len(found) != 1 or not found[0] for found in under)
        ):
            return
        for question, (line,) in zip(asking, under, strict=True):
            if not question["answer"] and "code" not in question:
                question["answer"] = line[:MAX_TEXT_CHARS]
