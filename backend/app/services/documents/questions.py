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

Under "True or false?" numbered statements are asked as they are; under "Learning objectives" or "Your turn"
numbered commands are aims and tasks. The walker's other halves read answers written apart from their questions
(`answers_beside`: notes, footnotes, reveals, runs, quiz exports), tables (`question_tables`: quiz rows, question
and answer tables, knowledge grids, boxes titled as questions) and exam papers with their mark schemes
(`exam_papers`), and slides answered apart (`clue_questions`: a game's clue slide answered by the next slide, and
`slide_tasks`: a quiz slide's task answered by its notes), a class stream's question post answered in the
teacher's comment (`posted_questions`), an online quiz's responses summary (`form_summaries`), and a table
row's lettered parts answered by name (`lettered_parts`). An exam question set without a number ("Explain two
benefits… [4]") is asked for its marks, and a "Model answer" heading under it answers it; a line that points back
and asks ("← What shape will this draw?") asks about the program before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from app.services.documents.answer_lines import (
    ASKED_THEN_ANSWERED,
    CHOICES_LABEL,
    FOOTNOTE_MARK,
    MANY_RIGHT,
    MODEL_ANSWER,
    QUESTION_TITLE,
    given_answer,
    numbered_run,
    question_for,
    without_point_marks,
)
from app.services.documents.answers_beside import AnswersBeside
from app.services.documents.blocks import OPTION, Block, clean
from app.services.documents.clue_questions import ClueSlides
from app.services.documents.exam_papers import PART, STEM, ExamParts
from app.services.documents.findings import MAX_QUOTE_CHARS, normal
from app.services.documents.form_summaries import FormSummaries
from app.services.documents.found import Answer, Question
from app.services.documents.lettered_parts import LetteredParts
from app.services.documents.posted_questions import PostedQuestions
from app.services.documents.question_lines import (
    ABOUT_YOU,
    AIMS_OR_TASKS,
    ANSWER_LINE,
    ANSWERS_LABEL,
    BLANK,
    MAX_LISTED_OPTION_WORDS,
    MAX_OPTIONS,
    MAX_QUESTIONS,
    MAX_TEXT_CHARS,
    POINTING,
    Q_NUMBER,
    QUESTIONS_CONTEXT,
    QUESTIONS_NAMED,
    RIGHT_MARK,
    about_program,
    answers_for_a_part,
    asks,
    asks_for_marks,
    is_answers_file,
    is_question,
    option_answer,
    question_text,
    says_true_or_false,
    worth_marks,
)
from app.services.documents.question_tables import TableQuestions
from app.services.documents.written_in import WrittenIn


class QuestionsFound(NamedTuple):
    """A document's questions (with the answers it gives them) and the answers it holds for another document."""

    questions: list[Question]
    answers: list[Answer]


@dataclass
class _Finder(AnswersBeside, ExamParts, TableQuestions, ClueSlides, PostedQuestions, FormSummaries,
              LetteredParts, WrittenIn):
    """Walks a document's blocks: the question being read gathers its options, code and answer line."""

    in_answers: bool
    answers_file: bool  # named as one ("… Answers.docx"): all of it is answers
    about_questions: bool
    questions: list[Question] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    current: Question | None = None
    awaiting: Answer | None = None  # "Q1" on its own in the answers: its answer is on the next lines
    last_number: int = 0
    plainly_asked: bool = False  # a question mark, a gap, marks, options or "Q1": the commands are questions too
    listing: bool = False  # the lines so far under the current question are its bulleted options (a form's ○)
    program: str = ""  # the last program shown, for the questions after it that ask about it
    borrowed: int | None = None  # id of the question carrying that earlier program: its own may follow it
    ambiguous: set[int] = field(default_factory=set)  # ids of questions with more than one option marked right
    slide_questions: list[Question] = field(default_factory=list)  # asked under the last heading: its notes answer them
    footnoted: dict[str, Question] = field(default_factory=dict)  # "¹" → the question it marks
    revealing: Question | None = None  # a web page's "Show answer": the next line answers this question
    export_number: int = 0  # a quiz export's "Question 3 (Multiple Choice) – 20 seconds": the next line is question 3
    asked_line: Block | None = None  # an unnumbered line that asks: a results page's "Correct answer:" may follow
    asked_options: list[str] = field(default_factory=list)  # the bulleted options under it
    cut_short: Block | None = None  # a numbered line that ends mid-sentence: it may ask when the next line ends it
    just_asked: bool = False  # the line before was a question (a question cut short runs on into this line)
    statements: bool = False  # under "True or false?": numbered statements are asked as they are
    not_asking: bool = False  # under "Learning objectives" or "Your turn": numbered commands are aims or tasks
    numbered_answer: Answer | None = None  # the answers' last line, when it was numbered on its own
    answers_slide: str = ""  # the slide an answers heading is on: a deck's next slide asks again
    written_under: bool = False  # a question so far had a line to write its answer on ("________")
    after_code: bool = False  # the block before was a program

    def heading(self, block: Block) -> None:
        if self.on_clue_slide(block) or self.stream_post(block):
            return
        self.current = self.awaiting = self.scheme_answer = None
        self.slide_questions = []
        self.not_under()
        self.statements = says_true_or_false(block.text)
        self.not_asking = bool(AIMS_OR_TASKS.search(block.text)) and not QUESTIONS_NAMED.search(block.text)
        slide = " ".join(block.where.split()[:2])
        if self.answers_slide and slide != self.answers_slide:
            self.in_answers, self.answers_slide = False, ""  # a deck's answers slide answers the slides before it
        titled = QUESTION_TITLE.match(block.text)  # a slide per question: "Quiz – Question 1", "Question 1 – answer"
        if titled and titled["answer"]:
            self.revealing = next((q for q in reversed(self.questions) if q["number"] == int(titled["number"])), None)
        elif titled:
            self.export_number = int(titled["number"])
        if MODEL_ANSWER.search(block.text) and self.questions and not self.questions[-1]["answer"]:
            self.revealing = self.questions[-1]  # "Model answer (4/4)": the paragraph under it answers the question
        if ANSWERS_LABEL.match(block.text):
            self.in_answers = True
            # A deck's answers slide answers the slides before it; so does a page of a deck saved as PDF that says
            # which part it answers ("Quiz – answers"), where a plain "Answers" page may run on over the next.
            paged = slide.startswith("slide") or (slide.startswith("page") and answers_for_a_part(block.text))
            self.answers_slide = slide if paged and not self.answers_file else ""
        elif QUESTIONS_CONTEXT.search(block.text):
            self.about_questions = True

    def line(self, block: Block) -> None:
        text = block.text
        just_asked, self.just_asked = self.just_asked, False
        cut_short, self.cut_short = self.cut_short, None
        after_option, self.after_option = self.after_option, False
        if self.on_clue_slide(block) or self.stream_post(block):
            return
        if self.beside(block) or self.quiz_export(block) or self.option_feedback(block, after_option) \
                or ((just_asked or cut_short) and self.runs_on(block, cut_short)):
            return
        if not block.ordered and ANSWERS_LABEL.match(text):
            self.heading(block)
            return
        if not block.ordered and says_true_or_false(text):
            self.statements = True
        part = PART.match(text) if not block.ordered and not self.in_answers else None
        if part and self.exam_part(part["part"], part["text"], block.where):
            return
        if (pointing := POINTING.match(text)) and not block.ordered and not self.in_answers \
                and asks(text[pointing.end():]):
            self.point_at_program(text[pointing.end():], block.where)
            return
        if (stem := STEM.match(text)) and not block.ordered:
            self.exam_stem(int(stem["number"]))
        number, rest = self.number(block)
        if not number and block.kind == "paragraph" and not self.in_answers and worth_marks(text):
            self.ask(0, text, block.where, text)  # "Explain two benefits of… [4]": an exam question set without a number
            return
        self.written_under = self.written_under or (self.current is not None and bool(BLANK.fullmatch(text.strip())))
        listing, self.listing = self.listing, False
        if self.in_answers and (self.asked_in_answers(text) or self.lettered_answer(text)):
            return
        if self.in_answers and not self.answers_file and number and worth_marks(rest):
            self.in_answers = False  # a worksheet's next question after the mark scheme for the one before
        if self.in_answers:
            self.answer_line(number, rest, block)
        elif number and (self.statements or is_question(rest, about_questions=(self.about_questions
                                                                               or self.next_in_run(number))
                                                        and not self.not_asking)):
            self.ask(number, rest, block.where, text, asks=asks(rest) or self.statements or bool(Q_NUMBER.match(text))
                     or asks_for_marks(rest))
        elif number and block.ordered and rest.rstrip()[-1:].isalnum():
            self.current, self.cut_short = None, block  # "3. A word stored in ASCII takes up" may end on the next line
        elif self.current is not None and (option := OPTION.match(text)):
            words = text[option.end():]
            # Marked when the whole line is bold, or just its words (selected and made bold, the label left plain).
            bold_words = normal(" ".join(block.emphasis)) == normal(RIGHT_MARK.sub("", words)) != ""
            self.option(words, marked=block.marked or bold_words)
        elif self.current is not None and listing and self.bulleted_option(block):
            self.listing = True
            self.option(text, marked=block.marked)
        elif self.current is not None and (answer := given_answer(text) or ANSWER_LINE.match(text)):
            answer = answer if isinstance(answer, str) else answer["text"]
            if not BLANK.search(answer) and answer.strip() and not self.current["answer"]:
                self.give(self.current, answer)
        elif self.current is not None and CHOICES_LABEL.match(text):
            self.listing = True  # "Answer choices:" over a quiz export's options
        elif not BLANK.fullmatch(text.strip()):
            self.line_under(block)
            self.current = None

    def point_at_program(self, text: str, where: str) -> None:
        """A line that points back and asks ("← What shape will this draw?" beside a program): a question about
        what it points at, with the program when that was shown just before it."""
        self.ask(0, text, where, text)  # unnumbered: no numbered answer is for it
        if self.current is not None and self.after_code:
            self.current["code"] = self.program
            self.borrowed = None
        self.current = None

    def next_in_run(self, number: int) -> bool:
        """Whether a numbered line follows the question numbered just before it on a sheet that gives lines to write
        answers on ("1. What is…?", "____", then "2. Puzzle 3 would crash. Explain why."): a command in such a run
        of questions is asked too, whatever the document's name."""
        return self.written_under and self.current is not None and number == self.current["number"] + 1

    def give(self, question: Question, answer: str) -> None:
        question["answer"] = option_answer(question, without_point_marks(clean(answer))[:MAX_TEXT_CHARS])

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
        stem = STEM.match(block.text)
        # "8   Describe two differences… [4]": typed, not listed; a scenario first, its command last ("7 A games
        # company is making… Evaluate which… Justify your answer. [6]")
        last = re.split(r"(?<=[.?!])\s+(?=[A-Z])", block.text)[-1]
        if stem and (asks_for_marks(block.text[stem.end():]) or asks_for_marks(last)):
            return int(stem["number"]), block.text[stem.end():]
        return 0, block.text

    def ask(self, number: int, text: str, where: str, quote: str, *, asks: bool = True) -> None:
        """A new question; `asks` when it is plainly one (not only a command, which numbered steps start with too)."""
        if len(self.questions) >= MAX_QUESTIONS:
            return
        if ABOUT_YOU.search(question_text(text)):
            self.current = None
            return
        footnote = FOOTNOTE_MARK.search(text)
        if footnote:
            text = text[:footnote.start()]
        question: Question = {"number": number, "text": question_text(text), "options": [], "answer": ""}
        if footnote:
            self.footnoted[footnote["mark"]] = question
        self.listing = question["text"].endswith(("?", "…", "..."))  # a question, or a stem its options complete
        if self.program and about_program(question["text"], self.program):
            question["code"] = self.program
            self.borrowed = id(question)
        if where:
            question.update(where=where, quote=clean(quote)[:MAX_QUOTE_CHARS])
        self.questions.append(question)
        self.slide_questions.append(question)
        self.current = question
        self.just_asked = True
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
            self.plainly_asked, self.after_option = True, True
            question["options"].append(text)
            if ticked or marked:
                self.mark(question, text)

    def mark(self, question: Question, option: str) -> None:
        """An option marked right. Two marked options leave the question without an answer (which one is right is
        not known), rather than guessing the first."""
        if id(question) in self.ambiguous:
            return
        if question["answer"] and question["answer"] != option and MANY_RIGHT.search(question["text"]):
            question["answer"] = f"{question['answer']}; {option}"  # "Which TWO of these…": both are right
        elif question["answer"] and question["answer"] != option:
            self.ambiguous.add(id(question))
            question["answer"] = ""
        else:
            question["answer"] = option

    def answer_line(self, number: int, rest: str, block: Block) -> None:
        """A line of an answers section: "3. HTTPS", or a run of them ("1. HTTPS 2. eBay 3. …"), or the answer to
        a number that ended the line before ("9." then "You need 15.0 GB 10. …"), or a mark scheme's line."""
        if not number and self.scheme_line(rest, block.where):
            return
        if number:
            lead, parts = numbered_run(rest, number + 1)
            parts = [(number, lead), *parts]
        elif self.awaiting is not None and not self.awaiting["text"]:
            lead, parts = numbered_run(rest, self.awaiting["number"] + 1)
            self.awaiting["text"] = clean(lead)[:MAX_TEXT_CHARS]
            self.awaiting = None
        else:
            return
        for number, text in parts:
            answer: Answer = {"number": number, "text": clean(text)[:MAX_TEXT_CHARS], "where": block.where}
            asked = ASKED_THEN_ANSWERED.match(answer["text"])
            if asked:  # "What is a sprite? – A character…": the answer says which question it is for
                answer.update(question=asked["question"], text=asked["answer"])
            self.answers.append(answer)
            self.awaiting = answer if not answer["text"] else None
        self.numbered_answer = self.answers[-1] if number and len(parts) == 1 else None

    def code(self, block: Block) -> None:
        self.program_shown(block)
        if self.in_answers and self.awaiting is not None:
            self.awaiting["text"] = block.text.strip()[:MAX_TEXT_CHARS]
            self.awaiting = None
        elif self.current is not None and not self.current["options"] and (
                "code" not in self.current or (self.borrowed == id(self.current) and not self.current["answer"])):
            # A program right under a question is its own: "8. What will this program print?" asks about the
            # program after it, not question 7's before it.
            self.current["code"] = block.text.strip("\n")[:MAX_TEXT_CHARS]
            self.borrowed = None
        if not self.in_answers:
            self.program = block.text.strip("\n")[:MAX_TEXT_CHARS]


def find_questions(blocks: list[Block], *, filename: str = "", heading: str = "") -> QuestionsFound:
    """The questions of a document's blocks and the answers it gives; `heading` is any heading above them."""
    finder = _Finder(in_answers=is_answers_file(filename), answers_file=is_answers_file(filename),
                     about_questions=bool(QUESTIONS_CONTEXT.search(f"{filename} {heading}")))
    for block in blocks:
        if finder.summary_line(block):
            pass
        elif block.kind == "heading" and not block.synthetic:
            finder.heading(block)
        elif block.kind in ("paragraph", "item"):
            finder.line(block)
        elif block.kind == "code" and not block.from_table:
            finder.code(block)
        elif block.kind == "table":
            finder.table(block)
        elif block.kind == "heading":
            finder.current = None  # a new slide
            finder.not_under()
        finder.after_code = block.kind == "code"
    # Numbered commands alone ("2. Compare the item with the target") are the steps of a process, unless
    # the document plainly asks questions too.
    questions = finder.questions if finder.plainly_asked else []
    finder.answers_written_in(questions)
    return QuestionsFound(questions, _answer_own(questions, finder.answers))


def _answer_own(questions: list[Question], answers: list[Answer]) -> list[Answer]:
    """Answers in the document's own answers section go to its questions by number; the rest are kept."""
    left: list[Answer] = []
    for answer in answers:
        question = question_for(questions, answer)
        if question is None or not answer["text"]:
            left.append(answer)
            continue
        question["answer"] = option_answer(question, without_point_marks(answer["text"]))
    # A worksheet's own answers section answers its own questions only; an answers file keeps all of its answers.
    return [] if questions else [a for a in left if a["text"]]
