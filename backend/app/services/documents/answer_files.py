"""An answers file matched with its worksheet: by file name ("Networks Quiz Answers.docx" answers "Networks
Quiz.docx") and by question numbers (the answers must be for questions the worksheet has).

The names are compared without the words that only say what kind of sheet a file is ("answers", "mark scheme",
"questions", "worksheet"…): "CPU Answer Sheet" and "CPU Questions" are both "cpu". An answers file whose name is
only such words ("Answers.docx") is matched by its numbers, when one document of the unit has questions; so are
answers in a document named for something else (a lesson plan's "Answers to the quiz: 1) …"), when exactly one
document asks all their numbers and no name matches. An answer
fills a question that has none of its own; a right option marked in the worksheet itself stands. An answer that
repeats its question ("What is a sprite? – A character…") answers that question in whichever document asks it, a
mark scheme's answer ("1(c)(ii)") the part of that label, and a teacher's copy that repeats the worksheet's
questions gives them its answers rather than asking them twice.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from app.services.documents.answer_lines import question_for, without_point_marks
from app.services.documents.findings import normal
from app.services.documents.found import Answer, Question
from app.services.documents.question_lines import option_answer

SHEET_WORDS = re.compile(
    r"\b(?:answers?|mark(?:ing)?|scheme|sheets?|key|solutions?|teachers?|teacher's|copy|questions?|worksheets?|ws"
    r"|version|final|v\d+|docx?|pptx?|pdf)\b",
    re.IGNORECASE,
)
MIN_NUMBERS_FOUND = 0.5  # of an answers file's numbers, the share its worksheet must have
MIN_UNNAMED_ANSWERS = 3  # numbered answers in a document not named for its worksheet: fewer could fit any sheet


class AnswersFile(NamedTuple):
    """A document's answers that are for another document's questions."""

    filename: str
    answers: list[Answer]


def name_words(filename: str) -> set[str]:
    """The words of a file's name that say what it is about ("Networks Quiz Answers.docx" → {"networks", "quiz"})."""
    stem = filename.rpartition(".")[0] or filename
    return set(re.sub(r"[^a-z0-9]+", " ", SHEET_WORDS.sub(" ", stem.lower())).split())


def attach_answers(questions: list[Question], files: list[AnswersFile]) -> None:
    """Give the questions (each with its `source`) the answers of the answers files that are for them, and
    leave out the questions a teacher's copy repeats from its worksheet."""
    questions[:] = without_twins(questions)
    for answers_file in files:
        others = [q for q in questions if q.get("source") != answers_file.filename]
        for answer in answers_file.answers:  # an answer that repeats its question is for that question, anywhere
            if answer.get("question"):
                _give(question_for(others, answer), answer, answers_file.filename)
        worksheet = _worksheet(questions, answers_file)
        if worksheet is None:
            continue
        for answer in answers_file.answers:
            if not answer.get("question"):
                _give(question_for([q for q in questions if q.get("source") == worksheet], answer), answer,
                      answers_file.filename)


def without_twins(questions: list[Question]) -> list[Question]:
    """The questions without the copies another document repeats word for word (a teacher's copy of the
    worksheet with its answers): the first keeps the copy's answer when it has none."""
    kept: list[Question] = []
    for question in questions:
        said = normal(question["text"])
        twin = next((k for k in kept if k.get("source") != question.get("source") and normal(k["text"]) == said), None)
        if twin is None:
            kept.append(question)
        elif not twin["answer"] and question["answer"]:
            twin["answer"] = question["answer"]
            twin["answer_source"] = question.get("source", "")
    return kept


def _give(question: Question | None, answer: Answer, filename: str) -> None:
    if question is None:
        return
    question["answer"] = option_answer(question, without_point_marks(answer["text"]))
    question["answer_source"] = filename
    if answer.get("where"):
        question["answer_where"] = answer["where"]


def _worksheet(questions: list[Question], answers_file: AnswersFile) -> str | None:
    """The document with questions this answers file is for: the one whose name matches best, among those that
    have most of its question numbers; None when no document fits."""
    numbers = {answer["number"] for answer in answers_file.answers}
    if not numbers:
        return None
    sources = list(dict.fromkeys(q.get("source", "") for q in questions))
    own = name_words(answers_file.filename)
    fitting: list[tuple[float, float, str]] = []
    whole: list[str] = []  # the documents that ask every number answered, whatever their names
    for source in sources:
        if source == answers_file.filename:
            continue
        fit = len(numbers & {q["number"] for q in questions if q.get("source") == source}) / len(numbers)
        theirs = name_words(source)
        alike = len(own & theirs) / len(own | theirs) if own and theirs else 0.0
        if fit >= MIN_NUMBERS_FOUND and (alike or not own):
            fitting.append((alike, fit, source))
        if fit == 1.0:
            whole.append(source)
    if not fitting and len(whole) == 1 and len(numbers) >= MIN_UNNAMED_ANSWERS:
        # Answers written in a document named for something else (a lesson plan's "Answers to the quiz: 1) 2 …")
        # are for the one document that asks all their numbers.
        return whole[0]
    if not fitting or (not own and len(fitting) > 1):
        return None  # "Answers.docx" with two worksheets that fit: which one it answers cannot be told
    return max(fitting, key=lambda found: found[:2])[2]
