"""A quiz slide's one task, written without a number, that the slide's speaker notes answer:

    Exit ticket                          a slide titled as questions ("Exit ticket", "Do Now", "Quiz")
    On a mini whiteboard:                how to answer: not the task
    Explain why a long password is…      the task: the slide's last line, when it asks or starts with a command
    ── notes ──
    Model answer: it takes far longer…   the answer, given as one ("Model answer:", "Answer:"), less how its marks
                                         are given ("1 mark answer, 1 mark carries shown.")

Unnumbered commands on slides are mostly instructions; the notes' answer is what says this one is a question.
The walker (`questions._Finder`) mixes this in.
"""

from __future__ import annotations

import re

from app.services.documents.answer_lines import given_answer, without_marking
from app.services.documents.blocks import Block
from app.services.documents.question_lines import COMMAND, QUESTIONS_CONTEXT, asks

NOTES = re.compile(r"^slide (?P<number>\d{1,4}) notes$")
ONE_ANSWER = re.compile(r"^\s*answer\s*[:\-–—]\s*(?P<text>\S.*)$", re.IGNORECASE | re.DOTALL)


class SlideTasks:
    """The slide-task half of the question walker."""

    task_slide: int = 0  # the slide of the task below
    task: Block | None = None  # the last line of a slide titled as questions, when it asks or commands
    task_titled: bool = False  # the slide being read is titled as questions

    def slide_line(self, block: Block, slide: int) -> None:
        """Keep a slide's line that may be its task (the caller tells each line of a slide, notes apart)."""
        if slide != self.task_slide:
            self.task_slide, self.task, self.task_titled = slide, None, False
        if block.kind == "heading":
            self.task_titled = bool(QUESTIONS_CONTEXT.search(block.text))
        elif self.task_titled and not block.ordered and (asks(block.text) or COMMAND.match(block.text)):
            self.task = block
        else:
            # Lines after it ("LDA 20", "ADD 21" under "What is in the accumulator after these two instructions?")
            # are part of it: a task is asked alone only as its slide's last line.
            self.task = None

    def program_shown(self, block: Block) -> None:
        """A program on the task's slide, after it: part of the task, which is then not asked alone."""
        if self.task is not None and block.where == self.task.where:
            self.task = None

    def task_answered(self, block: Block) -> bool:
        """A line of a slide's notes that gives the answer to the slide's task: the task is asked, with it."""
        notes = NOTES.match(block.where)
        if notes is None or self.task is None or int(notes["number"]) != self.task_slide:
            return False
        said = ONE_ANSWER.match(block.text)  # "Answers: …" answers more than the one task
        answer = given_answer(block.text) or (without_marking(said["text"]) if said else "")
        if not answer:
            return False
        if any(not question["answer"] for question in self.slide_questions):
            return False  # the slide asks questions of its own: the notes answer those
        task, self.task = self.task, None
        self.ask(0, task.text, task.where, task.text)
        if self.current is not None:
            self.give(self.current, answer)
        self.current = None
        return True
