"""Questions already written in a document, with their options and answers, and answers waiting for a worksheet.

    1. What does LAN stand for?        a numbered question: "1.", "1)", "Q1", "Question 1:"
    A  Large Area Network              its options: "A.", "b)", "(c)" lines, or a letter in a table row's first cell
    B  Local Area Network ✓            the right one: in bold, highlighted, ticked, or "(correct)"
    Answer: B                          or an "Answer:" line under the question
    Answers (teacher copy)             an answers section: its numbered lines answer the questions by number
    Question | Answer                  a question and answer table (a "Q | Answer" key of numbers answers by number)

A numbered line is a question when it reads as one — a question mark, a gap to fill, "(2 marks)" — or starts
with a command ("Explain…", "Show…") in a document about questions (its name or a heading says quiz, questions,
test, worksheet…, or it numbers them "Q1"). Numbered steps of a process and lesson-plan instructions are not
questions. In an answers file ("… Answers.docx", "… Mark scheme", a document headed "… – Answers") every numbered
line is an answer; those not matched to a question of the same document are kept as `answers`, for
`answer_files` to match with their worksheet when the unit's documents are merged.

An online form printed to PDF marks its questions "*" (must be answered) and "(1 Point)", which are not part of
them, lists its options as bullets (○) under the question, and asks who is answering ("Which class are you in?"),
which is not a test question. A question about a program shown before it ("What does ord(letter) give you?",
"… on line 7?") carries the program, since a pupil cannot answer it without.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from app.services.documents.blocks import OPTION, Block, clean, text_block
from app.services.documents.findings import MAX_QUOTE_CHARS, normal
from app.services.documents.found import Answer, Question
from app.services.documents.phrases import CLOCK_TIME, TIME_EXPRESSION

MAX_QUESTIONS = 200
MAX_OPTIONS = 8
MAX_TEXT_CHARS = 1000
BLANK = re.compile(r"_{3,}|…{2,}|\.{5,}")  # a gap to fill in, or a line to write the answer on
# "(2 marks)"; an online form's "(1 Point)"; its "*" for a question that must be answered is not part of it either.
MARKS = re.compile(r"\s*[(\[]\s*\d{1,2}\s*(?:marks?|points?|pts?)\s*[)\]]\s*$", re.IGNORECASE)
REQUIRED = re.compile(r"\s+\*\s*$")
# A form's questions about who is answering ("Which class are you in?", "What is your name?"): not a test question.
ABOUT_YOU = re.compile(
    r"\b(?:which|what)\s+(?:class|form|group|set|tutor group|year)\s+are\s+you\s+in\b"
    r"|^(?:what\s+is\s+|enter\s+|type\s+)?your\s+(?:full\s+)?(?:name|first name|surname|class|form|tutor group"
    r"|email(?:\s+address)?|teacher|candidate number)\b",
    re.IGNORECASE,
)
# A question about a program shown before it: "the program", "this code", "line 7".
ABOUT_CODE = re.compile(r"\b(?:the|this|that|your)\s+(?:program|code|script|function|algorithm)\b|\bline\s+\d{1,3}\b",
                        re.IGNORECASE)
# What a question may quote from a program: a call ("ord(letter)"), or an operator only code uses with what
# follows it ("% 26", "// 2", "== 0"); "+ 1" may be a sum of the question's own.
CODE_QUOTE = re.compile(r"[A-Za-z_]\w*\([^()]*\)|(?://|\*\*|%|==|!=)\s*\w+")
MAX_LISTED_OPTION_WORDS = 8  # a bulleted line under a question this short is one of its options
Q_NUMBER = re.compile(r"^\s*(?:q|question)\s*(?P<number>\d{1,2})\b\s*[.):\-–—]?\s*(?P<text>.*)$", re.IGNORECASE)
NUMBER_CELL = re.compile(r"^\s*(?:q|question)?\s*(?P<number>\d{1,2})\s*[.):]?\s*$", re.IGNORECASE)
LETTER_CELL = re.compile(r"^\s*\(?(?P<letter>[A-Fa-f])\s*[.):]?\s*$")
ANSWER_LINE = re.compile(r"^\s*(?:answers?|ans)\s*[:.\-–—]\s*(?P<text>.*)$", re.IGNORECASE)
# Ticks and words that mark the right option; they are not part of its text.
RIGHT_MARK = re.compile(r"\s*(?:[✓✔☑]|\((?:correct|right answer|answer)\)|\[(?:correct|answer)\]|<-+\s*correct)\s*$",
                        re.IGNORECASE)
# The name of a kind of sheet: "… Answers", "Mark scheme", "Answer sheet", "Teacher copy".
ANSWERS_NAME = re.compile(
    r"\b(?:answers?|mark(?:ing)?\s*scheme|answer\s*(?:sheet|key)|solutions?|teacher'?s?\s*copy)\b", re.IGNORECASE
)
# A heading or label that starts the answers: "Answers", "Networks Quiz – ANSWERS", "Answers (teacher copy)".
# Not "Answer:" alone, which is where a pupil writes theirs.
ANSWERS_LABEL = re.compile(
    r"^(?:.{0,60}?\s[–—:-]\s*)?(?:answers(?:\s+(?:sheet|key))?|answer\s+(?:sheet|key)|mark(?:ing)?\s+scheme"
    r"|solutions?|teacher'?s?\s+copy)(?:\s*\(.{0,40}\))?\s*:?$",
    re.IGNORECASE,
)
QUESTIONS_CONTEXT = re.compile(
    r"\b(?:quiz|questions?|test|exam|worksheet|homework|practice|revision|assessment|tasks?|exercises?|q\d+)\b",
    re.IGNORECASE,
)
COMMAND = re.compile(
    r"^(?:explain|describe|give|state|list|name|identify|define|compare|show|write|complete|change|find|calculate"
    r"|convert|draw|fill|suggest|outline|evaluate|discuss|justify|label|match|circle|tick|design|predict|trace"
    r"|what|which|who|why|how|when|where)\b",
    re.IGNORECASE,
)
QUESTION_HEADERS = {"question", "questions", "q"}
ANSWER_HEADERS = {"answer", "answers", "a", "mark scheme", "model answer", "correct answer"}


class QuestionsFound(NamedTuple):
    """A document's questions (with the answers it gives them) and the answers it holds for another document."""

    questions: list[Question]
    answers: list[Answer]


def is_answers_file(filename: str) -> bool:
    """A file named as an answers file: "Networks Quiz Answers.docx", "Test 3 mark scheme.pdf"."""
    return bool(ANSWERS_NAME.search(filename.rpartition(".")[0] or filename))


def option_answer(question: Question, answer: str) -> str:
    """The answer as the question's option when it names one ("B", "C – star", "B (router)", the option's own
    words), else the answer as written."""
    options = question["options"]
    letter = re.match(r"^\s*\(?(?P<l>[A-F])\)?(?:\s*$|\s*[.):]\s*|\s*[–—-]\s+|\s+\()", answer) or re.match(
        r"^\s*\(?(?P<l>[a-f])[.)]", answer)
    if options and letter:
        index = ord(letter["l"].upper()) - ord("A")
        if index < len(options):
            return options[index]
    wanted = normal(RIGHT_MARK.sub("", answer))
    return next((option for option in options if normal(option) == wanted), answer.strip())


@dataclass
class _Finder:
    """Walks a document's blocks: the question being read gathers its options, code and answer line."""

    in_answers: bool
    about_questions: bool
    questions: list[Question] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    current: Question | None = None
    awaiting: Answer | None = None  # "Q1" on its own in the answers: its answer is on the next lines
    last_number: int = 0
    plainly_asked: bool = False  # a question mark, a gap, marks, options or "Q1": the commands are questions too
    listing: bool = False  # the lines so far under the current question are its bulleted options (a form's ○)
    program: str = ""  # the last program shown, for the questions after it that ask about it
    ambiguous: set[int] = field(default_factory=set)  # ids of questions with more than one option marked right

    def heading(self, block: Block) -> None:
        self.current = self.awaiting = None
        if ANSWERS_LABEL.match(block.text):
            self.in_answers = True
        elif QUESTIONS_CONTEXT.search(block.text):
            self.about_questions = True

    def line(self, block: Block) -> None:
        text = block.text
        if not block.ordered and ANSWERS_LABEL.match(text):
            self.heading(block)
            return
        number, rest = self.number(block)
        listing, self.listing = self.listing, False
        if self.in_answers:
            self.answer_line(number, rest, block)
        elif number and is_question(rest, about_questions=self.about_questions):
            self.ask(number, rest, block.where, text, asks=asks(rest) or bool(Q_NUMBER.match(text)))
        elif self.current is not None and (option := OPTION.match(text)):
            words = text[option.end():]
            # Marked when the whole line is bold, or just its words (selected and made bold, the label left plain).
            bold_words = normal(" ".join(block.emphasis)) == normal(RIGHT_MARK.sub("", words)) != ""
            self.option(words, marked=block.marked or bold_words)
        elif self.current is not None and listing and self.bulleted_option(block):
            self.listing = True
            self.option(text, marked=block.marked)
        elif self.current is not None and (answer := ANSWER_LINE.match(text)):
            if not BLANK.search(answer["text"]) and answer["text"].strip() and not self.current["answer"]:
                self.current["answer"] = option_answer(self.current, answer["text"])
        elif not BLANK.fullmatch(text.strip()):
            self.current = None

    def number(self, block: Block) -> tuple[int, str]:
        """(the line's question number, the rest of the line); (0, the line) for an unnumbered line."""
        if block.kind == "item" and block.ordered:
            number = block.number or self.last_number + 1  # an automatic Word list types no number
            self.last_number = number
            return number, block.text
        typed = Q_NUMBER.match(block.text)
        if typed:
            self.about_questions = True  # "Q1 …": the document numbers questions
            return int(typed["number"]), typed["text"]
        return 0, block.text

    def ask(self, number: int, text: str, where: str, quote: str, *, asks: bool = True) -> None:
        """A new question; `asks` when it is plainly one (not only a command, which numbered steps start with too)."""
        if len(self.questions) >= MAX_QUESTIONS:
            return
        if ABOUT_YOU.search(_question_text(text)):
            self.current = None
            return
        question: Question = {"number": number, "text": _question_text(text), "options": [], "answer": ""}
        self.listing = question["text"].endswith(("?", "…", "..."))  # a question, or a stem its options complete
        if self.program and about_program(question["text"], self.program):
            question["code"] = self.program
        if where:
            question.update(where=where, quote=clean(quote)[:MAX_QUOTE_CHARS])
        self.questions.append(question)
        self.current = question
        if asks:
            self.plainly_asked = True

    @staticmethod
    def bulleted_option(block: Block) -> bool:
        """A short bulleted line right under a question that asks (or under its other options): the radio buttons
        or tick boxes of a form printed to PDF, an option typed as a bullet; a longer one when it is ticked right."""
        return block.kind == "item" and not block.ordered and (len(block.text.split()) <= MAX_LISTED_OPTION_WORDS
                                                               or bool(RIGHT_MARK.search(block.text)))

    def option(self, text: str, *, marked: bool) -> None:
        question = self.current
        if question is None or len(question["options"]) >= MAX_OPTIONS:
            return
        ticked = bool(RIGHT_MARK.search(text))
        text = clean(RIGHT_MARK.sub("", text)).strip("* ")
        if text:
            self.plainly_asked = True
            question["options"].append(text)
            if ticked or marked:
                self.mark(question, text)

    def mark(self, question: Question, option: str) -> None:
        """An option marked right. Two marked options leave the question without an answer (which one is right is
        not known), rather than guessing the first."""
        if id(question) in self.ambiguous:
            return
        if question["answer"] and question["answer"] != option:
            self.ambiguous.add(id(question))
            question["answer"] = ""
        else:
            question["answer"] = option

    def answer_line(self, number: int, rest: str, block: Block) -> None:
        if number:
            answer: Answer = {"number": number, "text": clean(rest)[:MAX_TEXT_CHARS], "where": block.where}
            self.answers.append(answer)
            self.awaiting = answer if not answer["text"] else None
        elif self.awaiting is not None and not self.awaiting["text"]:
            self.awaiting["text"] = clean(rest)[:MAX_TEXT_CHARS]
            self.awaiting = None

    def code(self, block: Block) -> None:
        if self.in_answers and self.awaiting is not None:
            self.awaiting["text"] = block.text.strip()[:MAX_TEXT_CHARS]
            self.awaiting = None
        elif self.current is not None and "code" not in self.current and not self.current["options"]:
            self.current["code"] = block.text.strip("\n")[:MAX_TEXT_CHARS]
        if not self.in_answers:
            self.program = block.text.strip("\n")[:MAX_TEXT_CHARS]

    def table(self, block: Block) -> None:
        self.current = self.awaiting = None
        rows = [[clean(cell) for cell in row] for row in block.rows if any(cell.strip() for cell in row)]
        if not rows:
            return
        if self.question_and_answer_table(rows, block.where):
            return
        for index, row in enumerate(rows):
            cells = [cell for cell in row if cell]
            if not cells:
                continue
            marked = any((index, column) in block.marked_cells for column in range(len(row)))
            self.table_row(cells, marked, block.where)

    def table_row(self, cells: list[str], marked: bool, where: str) -> None:
        """One row of a quiz laid out in a table: ["1.", "What does LAN stand for?"] or ["B", "Local Area…"]."""
        first, rest = cells[0], " ".join(cells[1:])
        number = NUMBER_CELL.match(first)
        if number and rest:
            if self.in_answers:
                self.answers.append({"number": int(number["number"]), "text": rest[:MAX_TEXT_CHARS], "where": where})
            elif is_question(rest, about_questions=True):
                self.ask(int(number["number"]), rest, where, rest, asks=asks(rest))
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
        asked = next((i for i, cell in enumerate(header) if cell in QUESTION_HEADERS), None)
        answered = next((i for i, cell in enumerate(header) if cell in ANSWER_HEADERS and i != asked), None)
        if asked is None or answered is None:
            return False
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


def about_program(text: str, program: str) -> bool:
    """Whether a question asks about a program shown before it (so a pupil must see the program to answer):
    it says "the program" or "line 7", or quotes a call or an operator from it ("What does ord(letter) give you?",
    "What does % 26 do?")."""
    squeezed = re.sub(r"\s+", "", program)
    return bool(ABOUT_CODE.search(text)) or any(re.sub(r"\s+", "", quoted) in squeezed
                                                for quoted in CODE_QUOTE.findall(text))


def asks(text: str) -> bool:
    """A line that is plainly a question: a question mark, a gap to fill, or the marks it is worth."""
    return "?" in text or bool(BLANK.search(text) or MARKS.search(text))


def is_question(text: str, *, about_questions: bool) -> bool:
    """A numbered line that asks something, or that starts with a command in a document about questions."""
    text = text.strip()
    if len(re.findall(r"[^\W\d_]{2,}", text)) < 2 or len(text) > MAX_TEXT_CHARS:
        return False  # a question has words: "1 | 0 | 1" is a row of a truth table
    if CLOCK_TIME.match(text) or TIME_EXPRESSION.match(text):
        return False  # "5 min starter: “what's inside a computer?”" is a line of a lesson's timings
    if asks(text) or (about_questions and text.endswith(("…", "..."))):
        return True  # "Q1. Someone shares a story they think is true. This is…": a stem its options complete
    # "There are two errors in this code. Find them and fix them.": the command may be in a later sentence.
    return about_questions and any(COMMAND.match(sentence) for sentence in re.split(r"(?<=[.!])\s+", text))


def _question_text(text: str) -> str:
    """The question without its marks and without the line to answer on."""
    text = REQUIRED.sub("", MARKS.sub("", REQUIRED.sub("", clean(text))))
    text = re.sub(r"\s*(?:_{3,}|…{2,}|\.{5,})\s*$", "", text) if not BLANK.fullmatch(text) else text
    return text[:MAX_TEXT_CHARS]


def find_questions(blocks: list[Block], *, filename: str = "", heading: str = "") -> QuestionsFound:
    """The questions of a document's blocks and the answers it gives; `heading` is any heading above them."""
    finder = _Finder(in_answers=is_answers_file(filename),
                     about_questions=bool(QUESTIONS_CONTEXT.search(f"{filename} {heading}")))
    for block in blocks:
        if block.kind == "heading" and not block.synthetic:
            finder.heading(block)
        elif block.kind in ("paragraph", "item"):
            finder.line(block)
        elif block.kind == "code" and not block.from_table:
            finder.code(block)
        elif block.kind == "table":
            finder.table(block)
        elif block.kind == "heading":
            finder.current = None  # a new slide
    # Numbered commands alone ("2. Compare the item with the target") are the steps of a process, unless
    # the document plainly asks questions too.
    questions = finder.questions if finder.plainly_asked else []
    return QuestionsFound(questions, _answer_own(questions, finder.answers))


def _answer_own(questions: list[Question], answers: list[Answer]) -> list[Answer]:
    """Answers in the document's own answers section go to its questions by number; the rest are kept."""
    left: list[Answer] = []
    for answer in answers:
        question = next((q for q in questions if q["number"] == answer["number"] and not q["answer"]), None)
        if question is None or not answer["text"]:
            left.append(answer)
            continue
        question["answer"] = option_answer(question, answer["text"])
    # A worksheet's own answers section answers its own questions only; an answers file keeps all of its answers.
    return [] if questions else [a for a in left if a["text"]]
