"""The question walker's reading of answers written apart from their questions, and of lines that carry on a
question: a reveal, a footnote, a slide's notes, a run of numbered answers, a quiz site's export, a question cut
short at a line's end, a teacher's copy that writes "Answer:" under each question. The shapes are in
`answer_lines`; the walker (`questions._Finder`) mixes these in.
"""

from __future__ import annotations

import re

from app.services.documents.answer_lines import (
    ANSWER_LABEL,
    FOOTNOTE_ANSWER,
    KIND_LABEL,
    MIN_RUN,
    REVEAL,
    given_answer,
    in_order,
    is_export_header,
    labelled_run,
    numbered_run,
    test_result,
    without_marking,
)
from app.services.documents.blocks import OPTION, Block, clean
from app.services.documents.question_lines import (
    ANSWER_LINE,
    BLANK,
    MARKS,
    MAX_OPTIONS,
    MAX_TEXT_CHARS,
    Q_NUMBER,
    TASK_LABEL,
    is_question,
    question_text,
)

MAX_RUN_ON_CHARS = 200  # the rest of a question cut short at a line's end
# The rest of a run's last answer cut short at its line's end ("… you can always go back"): the next line's words
# up to their sentence's end, when they carry the sentence on ("(non-destructive editing). Stick them on…").
CARRIED_ON = re.compile(r"^\s*(?P<more>[(a-z][^.!?\n]{0,200}[.!?])")


class AnswersBeside:
    """The answers-apart half of the question walker."""

    in_comment: bool = False  # inside a Markdown slide's "<!-- … -->": the speaker's notes
    exported: dict | None = None  # the last question a quiz export's header numbered: feedback may follow its options
    after_option: bool = False  # the line before was an option of the current question
    run_waiting: int = 0  # a run of answers ended on this number alone: its answer starts the next line
    run_open: tuple[dict, str] | None = None  # a run's last answer (where it is kept) ended mid-sentence

    def beside(self, block: Block) -> bool:
        """A line that answers questions from apart: the line after "Show answer" (or under "Question 1 – answer"),
        a results page's "Correct answer:" under a question, a footnote ("¹ 8"), a slide's notes ("Answers: …; …"),
        a run of numbered answers ("Quiz answers: 1. … 2. …")."""
        text, revealing, self.revealing = block.text, self.revealing, None
        if self.run_carries_on(block):
            return True
        if revealing is not None and not revealing["answer"]:
            self.give(revealing, text)
            return True
        if self.marked_result(block):
            return True
        if block.kind == "paragraph" and self.current is None and text.rstrip().endswith("?"):
            self.asked_line, self.asked_options = block, []
        if self.current is not None and (REVEAL.match(text) or ANSWER_LABEL.match(text)):
            self.revealing = self.current
            return True
        footnote = FOOTNOTE_ANSWER.match(text)
        if footnote and footnote["mark"] in self.footnoted:
            self.give(self.footnoted.pop(footnote["mark"]), footnote["text"])
            return True
        if text.strip() in ("<!--", "-->"):  # Markdown slides (Marp) keep the speaker's notes in a comment
            self.in_comment = text.strip() == "<!--"
            return True
        if (block.where.endswith(" notes") or self.in_comment) and self.notes_answer(block):
            return True
        if self.run_waiting and self.run_goes_on(block):
            return True
        run = labelled_run(text)
        self.answer_run(run, block.where)
        return bool(run)

    def answer_run(self, run: list[tuple[int, str]], where: str) -> None:
        """Numbered answers given along a line; a number left at the line's end ("… 2.") waits for the next line."""
        self.run_waiting, self.run_open = 0, None
        for number, answer in run:
            if not answer.strip():
                self.run_waiting = number
                continue
            question = next((q for q in reversed(self.questions) if q["number"] == number and not q["answer"]), None)
            if question is not None:
                self.give(question, answer)
                self.run_open = (question, "answer")
            else:
                self.answers.append({"number": number, "text": clean(answer)[:MAX_TEXT_CHARS], "where": where})
                self.run_open = (self.answers[-1], "text")
        if not run or not run[-1][1].rstrip()[-1:].isalnum():
            self.run_open = None  # the run ended its last sentence (or on a number alone)

    def run_carries_on(self, block: Block) -> bool:
        """The line after a run whose last answer ended mid-sentence, when it carries the sentence on: that
        answer's end, up to the sentence's end (the words after it are the teacher's talk)."""
        run_open, self.run_open = self.run_open, None
        more = CARRIED_ON.match(block.text) if run_open is not None and block.kind == "paragraph" else None
        if more is None:
            return False
        kept, key = run_open
        kept[key] = clean(f"{kept[key]} {more['more']}")[:MAX_TEXT_CHARS]
        return True

    def run_goes_on(self, block: Block) -> bool:
        """The line after a run of answers that ended on a bare number: its words up to the next number answer
        that number ("Answers: 1. … 2." then "The clone stamp tool. 3. So the original…")."""
        number, self.run_waiting = self.run_waiting, 0
        lead, parts = numbered_run(block.text, number + 1)
        if not lead:
            return False
        self.answer_run([(number, lead), *parts], block.where)
        return True

    def marked_result(self, block: Block) -> bool:
        """A marked test or a results page: an unnumbered question, perhaps its options as bullets, then "Correct
        answer: …" or "You answered: … Correct!" under it; or a sheet's unnumbered question with a line to write
        its answer on under it ("Which would you choose? Why?" over "________")."""
        asked, self.asked_line = self.asked_line, None
        if asked is None or self.current is not None:
            return False
        if block.kind == "item" and not block.ordered and len(self.asked_options) < MAX_OPTIONS:
            self.asked_options.append(block.text)
            self.asked_line = asked
            return True
        if BLANK.fullmatch(block.text.strip()) and not (self.asked_options or self.in_answers
                                                         or TASK_LABEL.match(asked.text)):
            self.ask(0, asked.text, asked.where, asked.text)  # a line to write its answer on: a sheet's question
            self.current = None
            return True
        given = given_answer(block.text) or test_result(block.text)
        if not given:
            return False
        self.ask(len(self.questions) + 1, asked.text, asked.where, asked.text)
        for option in self.asked_options:
            self.option(option, marked=False)
        if self.current is not None:
            self.give(self.current, given)
        self.current = None
        return True

    def notes_answer(self, block: Block) -> bool:
        """A slide's notes that answer the slide's questions: "Answers: a; b; c" in order, or a numbered run
        ("1. One still picture. 2. Increase the frame rate. 3. …", its first number typed as a list's), or
        "Answer: …" under its one question (less how the marks are given)."""
        waiting = [q for q in self.slide_questions if not q["answer"]]
        if not waiting:
            return False
        if block.ordered and block.number:
            lead, parts = numbered_run(block.text, block.number + 1)
            parts = [(block.number, lead), *parts]
            for number, answer in parts:
                question = next((q for q in waiting if q["number"] == number), None)
                if question is not None:
                    self.give(question, answer)
            return bool(parts)
        _lead, numbered = numbered_run(block.text, waiting[0]["number"], bare=True)
        if len(numbered) >= MIN_RUN:  # "1 hertz / GHz. 2 not all programs… 3 cache is…"
            for number, answer in numbered:
                question = next((q for q in waiting if q["number"] == number), None)
                if question is not None:
                    self.give(question, answer)
            return True
        said = ANSWER_LINE.match(block.text)
        if said and len(waiting) == 1 and said["text"].strip():  # "Answer: …" under the slide's one question
            self.give(waiting[0], without_marking(said["text"]))
            return True
        parts = in_order(said["text"], len(waiting)) if said else []
        for question, answer in zip(waiting, parts, strict=False):
            self.give(question, answer)
        return bool(parts)

    def quiz_export(self, block: Block) -> bool:
        """A quiz site's export: "Question 3 (Multiple Choice) – 20 seconds – 1 point", then the question."""
        typed = Q_NUMBER.match(block.text)
        labelled = KIND_LABEL.match(block.text)
        if (typed and is_export_header(typed["text"])) or labelled:
            number = int(typed["number"] if typed else labelled["number"])
            self.current, self.export_number, self.about_questions = None, number, True
            return True
        if not self.export_number or self.in_answers:
            return False
        number, self.export_number = self.export_number, 0
        self.ask(number, block.text, block.where, block.text)
        self.exported = self.current
        return True

    def option_feedback(self, block: Block, after_option: bool) -> bool:
        """A quiz tool's feedback on the option just read ("No – sprints are part of agile"), shown under it before
        the next option: the question's options go on after it."""
        return after_option and self.current is not None and self.current is self.exported \
            and block.kind == "paragraph" and not OPTION.match(block.text) \
            and not (given_answer(block.text) or ANSWER_LINE.match(block.text))

    def runs_on(self, block: Block, cut_short: Block | None) -> bool:
        """A question cut short at the end of its line ("What would the program print if", or a numbered line
        that does not ask until its end: "A word stored in ASCII takes up") runs on into the next one."""
        question = self.current
        text = block.text.strip()
        ends = question["text"] if question is not None else cut_short.text if cut_short is not None else ""
        if block.kind != "paragraph" or not ends[-1:].isalnum() or text[:1].isupper():
            return False  # a line cut mid-sentence goes on in small letters, a number or a quote, not a new sentence
        if BLANK.search(text) or not MARKS.sub("", text).endswith(("?", ".")) or len(text) > MAX_RUN_ON_CHARS:
            return False
        if question is not None:
            question["text"] = question_text(f"{question['text']} {text}")
            return True
        whole = f"{ends} {text}"
        if cut_short is None or not is_question(whole, about_questions=self.about_questions and not self.not_asking):
            return False
        self.ask(cut_short.number or len(self.questions) + 1, whole, cut_short.where, whole)
        return True

    def asked_in_answers(self, text: str) -> bool:
        """A teacher's copy that writes each question with an "Answer:" line under it: the numbered line before
        was a question, and this is its answer."""
        said = ANSWER_LINE.match(text)
        last = self.answers[-1] if self.answers and said and said["text"].strip() else None
        if last is None or last is not self.numbered_answer or last.get("question"):
            return False
        self.answers.pop()
        self.ask(last["number"], last["text"], last.get("where", ""), last["text"])
        if self.current is not None:
            self.give(self.current, said["text"])
        self.current = self.numbered_answer = self.awaiting = None
        return True

