"""Questions laid out in tables: a quiz's rows (["1.", "What does LAN stand for?"], ["B", "Local Area…"]), a
"Question | Answer" table, an online quiz's "Q | Answer" key, and a knowledge grid whose cells are numbered
questions ("3 (2 pts)\nWhat is a peripheral?"), with a grid of answers numbered the same way under "Answers",
a cell that holds numbered questions a line each (a lesson's stages laid out as a table's rows), and a row's cell
that holds one question numbered "Q1." beside cells that do not ask (worked examples in "I do | We do | You do").

The walker (`questions._Finder`) mixes these in: they ask, add options and keep answers as its lines do.
"""

from __future__ import annotations

import re

from app.services.documents.answer_lines import without_point_marks
from app.services.documents.blocks import NUMBERED, Block, clean, text_block
from app.services.documents.exam_papers import GUIDANCE, PART, PART_KEY, STEM, scheme_text
from app.services.documents.findings import normal
from app.services.documents.question_lines import (
    ANSWER_HEADERS,
    BLANK,
    LETTER_CELL,
    MAX_TEXT_CHARS,
    NUMBER_CELL,
    Q_NUMBER,
    QUESTION_HEADERS,
    QUESTIONS_CONTEXT,
    asks,
    is_question,
)

# A knowledge grid's cell: its number and what it is worth on one line, the question (or answer) under it.
GRID_CELL = re.compile(r"^(?P<number>\d{1,2})\s*(?P<marks>[(\[]\s*\d{1,2}\s*(?:pts?|points?|marks?)\s*[)\]])?"
                       r"\s*\n\s*(?P<text>\S[\s\S]*)$", re.IGNORECASE)
MIN_GRID_CELLS = 4
MIN_ASKED_LINES = 2  # numbered lines in a cell that ask: one may be a task that ends in a question
BOXES_ONLY = re.compile(r"^[☐□▢❑☒\s]+$")
TICK_ONLY = re.compile(r"^[✓✔](?:\s*\([^()]*\))?$")


def asks_by_number(cell: str) -> bool:
    """A cell that starts with numbered questions a line each ("1. What does line 1 do?" / "2. Which lines
    repeat?"), as a worksheet's stage of a lesson laid out in a table does: at least two of them plainly ask."""
    lines = cell.splitlines()
    if not lines or not NUMBERED.match(lines[0]):
        return False  # titled ("Teach your home group" over its prompts): a task, unless the title says questions
    numbered = [line[found.end():] for line in lines if (found := NUMBERED.match(line))]
    return sum(1 for line in numbered if asks(line)) >= MIN_ASKED_LINES


class TableQuestions:
    """The table half of the question walker."""

    def table(self, block: Block) -> None:
        self.current = self.awaiting = self.scheme_answer = None
        rows = [[clean(cell) for cell in row] for row in block.rows if any(cell.strip() for cell in row)]
        if not rows:
            return
        if self.grid(rows, block.where) or self.question_and_answer_table(rows, block.where):
            return
        if len(rows) == 1 and len(rows[0]) == 1 and STEM.match(rows[0][0]):
            # An exam question set in a box of its own, its stem and command on lines of the box ("7 A games
            # company is making… / Evaluate which approach… [6]"): one question, read as its line would be.
            self.line(Block("paragraph", " ".join(rows[0][0].split()), where=block.where))
            return
        for index, row in enumerate(rows):
            cells = [cell for cell in row if cell]
            if not cells:
                continue
            if self.boxed_lines(cells, block.where) or self.numbered_cells(cells, block.where) \
                    or self.lettered_cells(cells, block.where):
                continue
            marked = any((index, column) in block.marked_cells for column in range(len(row)))
            self.table_row(cells, marked, block.where)

    def boxed_lines(self, cells: list[str], where: str) -> bool:
        """A box or a learning mat's panel titled as questions that holds them line by line ("Do Now – answer in
        full sentences." over "1. Name two input devices…"), or a cell of numbered questions: its lines are read
        as lines."""
        titled = [cell for cell in cells if "\n" in cell and QUESTIONS_CONTEXT.search(cell.splitlines()[0])
                  and any(NUMBERED.match(line) for line in cell.splitlines())]
        self.about_questions = self.about_questions or bool(titled)  # titled as questions: its commands ask too
        boxes = titled + [cell for cell in cells if cell not in titled and asks_by_number(cell)]
        for cell in boxes:
            for text in cell.splitlines():
                line = text_block(text, where=where)
                if line is not None:
                    self.line(line)
            self.current = None
        return bool(boxes)

    def numbered_cells(self, cells: list[str], where: str) -> bool:
        """A row whose cells hold questions numbered "Q1."…, beside cells that are not questions (the "You do"
        column of a table of worked examples, beside its "I do" and "We do"): each is read as its line."""
        asked = [cell for cell in cells[1:] if (typed := Q_NUMBER.match(cell)) and is_question(
            typed["text"], about_questions=True)] if not self.in_answers else []
        for cell in asked:
            line = text_block(" ".join(cell.split()), where=where)
            if line is not None:
                self.line(line)
            self.current = None
        return bool(asked)

    def table_row(self, cells: list[str], marked: bool, where: str) -> None:
        """One row of a quiz laid out in a table: ["1.", "What does LAN stand for?"] or ["B", "Local Area…"]."""
        # Boxes to tick ("☐"), and in the answers a tick that only says the statement stands ("✓ (true as it is)").
        cells = [cell for cell in cells if not BOXES_ONLY.match(cell) and not (self.in_answers and TICK_ONLY.match(cell))]
        if not cells:
            return
        first, rest = cells[0], " ".join(cells[1:])
        number = NUMBER_CELL.match(first)
        part = PART.fullmatch(first)
        if part and rest and not self.in_answers and self.exam_part(part["part"], rest, where):
            return
        if number and rest:
            self.exam_stem(int(number["number"]))
            if self.in_answers:
                self.answers.append({"number": int(number["number"]), "text": rest[:MAX_TEXT_CHARS], "where": where})
            elif self.statements or is_question(rest, about_questions=True):
                self.ask(int(number["number"]), rest, where, rest, asks=asks(rest) or self.statements)
            return
        if len(cells) == 1:
            line = text_block(first, where=where)
            if line is not None:
                line.marked = marked
                self.line(line)
            return
        if self.current is not None and LETTER_CELL.match(first) and rest:
            self.option(rest, marked=marked)

    def question_and_answer_table(self, rows: list[list[str]], where: str) -> bool:
        header = [normal(cell) for cell in rows[0]]
        # "Question", "Q", "Key question", "Big questions"
        asked = next((i for i, cell in enumerate(header) if cell in QUESTION_HEADERS
                      or (len(cell.split()) == 2 and cell.split()[1] in QUESTION_HEADERS)), None)
        answered = next((i for i, cell in enumerate(header) if cell in ANSWER_HEADERS and i != asked), None)
        if asked is None and answered == 0:
            return self.scheme_under_question(rows[1:])
        if asked is None or answered is None:
            return False
        if all(PART_KEY.fullmatch(row[asked]) for row in rows[1:] if len(row) > asked and row[asked]):
            for row in rows[1:]:  # a mark scheme's table: "1(a) | An algorithm that puts… | 1"
                if len(row) > max(asked, answered) and row[asked]:
                    self.scheme_line(f"{row[asked]} {row[answered]}", where)
            return True
        if all(NUMBER_CELL.match(row[asked]) for row in rows[1:] if len(row) > asked and row[asked]):
            return self.answer_key(rows[1:], asked, answered, where)
        for number, row in enumerate(rows[1:], start=1):
            if len(row) > max(asked, answered) and row[asked]:
                typed = Q_NUMBER.match(row[asked]) or re.match(r"^\s*(?P<number>\d{1,2})[.)]\s+(?P<text>.+)$",
                                                               row[asked])
                self.ask(int(typed["number"]) if typed else number, typed["text"] if typed else row[asked], where,
                         row[asked], asks=True)
                if self.current is not None and not BLANK.fullmatch(row[answered] or "_" * 3):
                    self.current["answer"] = row[answered][:MAX_TEXT_CHARS]
        self.current = None
        return True

    def answer_key(self, rows: list[list[str]], asked: int, answered: int, where: str) -> bool:
        """A "Q | Answer" table whose first column is only the questions' numbers: answers to questions written
        elsewhere (an online quiz's answer key), matched by number."""
        for row in rows:
            number = NUMBER_CELL.match(row[asked]) if len(row) > max(asked, answered) else None
            if number and row[answered] and not BLANK.fullmatch(row[answered]):
                self.answers.append({"number": int(number["number"]), "text": row[answered][:MAX_TEXT_CHARS],
                                     "where": where})
        return True

    def grid(self, rows: list[list[str]], where: str) -> bool:
        """A knowledge grid: every cell a numbered question ("3 (2 pts)" over "What is a peripheral?"), or under
        an answers heading every cell a numbered answer."""
        cells = [GRID_CELL.match(cell) for row in rows for cell in row if cell]
        if len(cells) < MIN_GRID_CELLS or not all(cells):
            return False
        for cell in cells:
            number, text = int(cell["number"]), clean(cell["text"].replace("\n", " "))
            if self.in_answers:
                self.answers.append({"number": number, "text": text[:MAX_TEXT_CHARS], "where": where})
            elif cell["marks"] or is_question(text, about_questions=True):
                self.ask(number, text, where, text, asks=True)  # worth points: plainly a question
        self.current = None
        return True

    def scheme_under_question(self, rows: list[list[str]]) -> bool:
        """An "Answer | Marks" table under a question (an exam practice sheet's mark scheme for it): its answer,
        less what is said to the marker and the marks."""
        last = self.questions[-1] if self.questions else None
        if last is None or last["answer"]:
            return False
        lines = [line for row in rows if row and row[0] for line in row[0].splitlines()]
        points = [scheme_text(line) for line in lines if line.strip() and not GUIDANCE.match(line.strip())]
        last["answer"] = without_point_marks(" ".join(point for point in points if point))[:MAX_TEXT_CHARS]
        return True
