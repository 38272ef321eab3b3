"""Answers written beside a document's questions rather than under each one, and the lines around them:

    Quiz answers: 1. HTTPS 2. eBay 3. …        a run of numbered answers along one line (or a slide's notes)
    Answers: each page differs; eyes blend…    a slide's notes answering its questions in order, split by ";"
    How many bits in a byte? ¹   …   ¹ 8       a footnote mark on the question and the answer at the page's foot
    Show answer                                a web page's reveal: the answer is the line after it
    Question 3 (Multiple Choice) – 20 seconds  a quiz site's export: the question is the next line, then
    Accepted answers: range; data range        "Answer choices:", its options, and the accepted or sample answer
    What is a sprite? – A character that…      an answers sheet that repeats each question before its answer
"""

from __future__ import annotations

import re

from app.services.documents.findings import normal
from app.services.documents.found import Answer, Question

# "1. ", "2) " inside a line: where the next answer of a run starts (a number that ends the line starts one too).
RUN_NUMBER = re.compile(r"(?<!\S)(?P<number>\d{1,2})[.)](?=\s|$)")
# A slide's notes may number their answers bare, after each sentence: "1 hertz / GHz. 2 not all programs…".
BARE_NUMBER = re.compile(r"(?:^|(?<=[.!?;]\s))(?P<number>\d{1,2})(?=\s+[^\W\d])")
# A run under a label may number its answers with a dash instead: "Answers: 1 – the square… 2 – so all the parts…".
DASHED_NUMBER = re.compile(r"(?<!\S)(?P<number>\d{1,2})\s?[–—-](?=\s)")
# "Quiz answers: 1. …", "Answers: 1) 8 2) 10", "Answers: 1 – …": a label, then the run.
RUN_LABEL = re.compile(r"(?:^|(?<=[.!?]\s))(?:[^\W\d][\w'’ ]{0,30}\s)?answers?\s*[:\-–—]?\s*(?=\d{1,2}(?:[.)]|\s?[–—-])\s)",
                       re.IGNORECASE)
MIN_RUN = 2  # numbered answers along one line: fewer than this is a sentence with a number in it
SENTENCE_END = re.compile(r"(?<=[.!])\s+(?=[A-Z])")
# How an answer's marks are given, after it ("… is stored. 1 mark answer, 1 mark carries shown."): for the marker.
MARKING_AFTER = re.compile(r"(?<=[.!])\s+(?:\d{1,2}\s+marks?\b|award\b|(?:do not\s+)?accept\b|allow\b"
                           r"|max(?:imum)?\.?\s+\d{1,2}\b).*$", re.IGNORECASE | re.DOTALL)
# How a mark scheme's marks are given, before its examples: "Two ways, 1 mark for the way and 1 for the
# description, e.g. …" keeps "e.g. …".
MARKING_BEFORE = re.compile(r"^[^.;:]{0,60}?\b\d{1,2}\s+marks?\s+(?:for|each)\b[^.;:]{0,80}?,\s*(?=e\.g\.)",
                            re.IGNORECASE)
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
FOOTNOTE_MARK = re.compile(rf"\s*(?P<mark>[{SUPERSCRIPTS}]+)\s*$")
FOOTNOTE_ANSWER = re.compile(rf"^\s*(?P<mark>[{SUPERSCRIPTS}]+)\s*(?P<text>\S.*)$")
REVEAL = re.compile(r"^(?:show|reveal|check|see|click to (?:show|reveal|see|check))(?: the)? answers?\W*$",
                    re.IGNORECASE)
# A quiz site's header for a question: "(Multiple Choice) – 30 seconds – 1 point", "(Checkbox) · 2 points".
EXPORT_PART = re.compile(
    r"\((?:multiple[- ]choice|checkbox(?:es)?|fill in the blanks?|open[- ]ended|true(?: or |/)false|poll|quiz|type"
    r"[- ]answer|short answer|drag and drop|match(?:ing)?|reorder|draw)\)|\d{1,3}\s*(?:seconds?|secs?|s|minutes?|mins?)"
    r"|\d{1,2}\s*(?:points?|pts?|marks?)|[–—\-·|,]",
    re.IGNORECASE,
)
# A quiz tool's label over each of its questions, its kind then its number: "Multiple-choice question · 1",
# "Open-ended question 3" (Edpuzzle, Nearpod and the like write the question itself on the next line).
KIND_LABEL = re.compile(
    r"^(?:multiple[- ]choice|open[- ]ended|short[- ]answer|checkbox(?:es)?|true(?: or |/)false|poll|fill[- ]in[- ]the"
    r"[- ]blanks?)\s+question\s*[·•#:.\-–—]?\s*(?P<number>\d{1,2})\s*$",
    re.IGNORECASE,
)
# A label alone over the answer on the next line: "Sample answer", "Model answer:".
ANSWER_LABEL = re.compile(r"^(?:accepted|correct|model|sample|suggested|expected|possible)\s+answers?\s*:?$",
                          re.IGNORECASE)
QUESTION_TITLE = re.compile(r"^(?:.{0,30}?\s[–—:-]\s*)?(?:q|question)\s*(?P<number>\d{1,2})\s*(?:[–—:-]\s*(?P<answer>answers?))?$",
                            re.IGNORECASE)
CHOICES_LABEL = re.compile(r"^(?:answer\s+)?(?:choices|options|alternatives)\s*:?$", re.IGNORECASE)
# What a quiz export or a teacher's copy gives as the answer: "Accepted answers: range; data range".
GIVEN_ANSWER = re.compile(
    r"^(?:accepted|correct|model|sample|suggested|expected|good|possible)\s+answers?\s*[:\-–—]\s*(?P<text>\S.*)$",
    re.IGNORECASE,
)
# A marked test's line under a question: "You answered: X. Correct!", "You answered: X. Correct answer: Y".
TEST_RESULT = re.compile(r"^you answered:?\s*(?P<given>.+?)\.?\s+(?:correct!?|correct answer:\s*(?P<right>\S.*))$",
                         re.IGNORECASE)
# An answers sheet's line that repeats its question: "What is a sprite? – A character or object that moves…".
ASKED_THEN_ANSWERED = re.compile(r"^(?P<question>[^?]{8,}\?)\s*[–—:-]\s+(?P<answer>\S.*)$")
# A heading over the teacher's answer to the question before it: "Model answer", "Mr W's model answer (4/4)".
MODEL_ANSWER = re.compile(r"\b(?:model|example|exemplar|sample|suggested|teacher'?s?)\s+answer\b(?!s)", re.IGNORECASE)
# A marker's comment in a marked answer: "[✓ benefit]", "[✓ example – this gets the 4th mark!]".
MARKER_NOTE = re.compile(r"\s*\[\s*[✓✔✗✘][^\[\]]*\]")
# "[1]", "(1)" after a point of a mark scheme's answer: a mark, not part of the answer.
POINT_MARK = re.compile(r"(?<=\S)\s+[\[(]\d[\])](?=[\s.,;]|$)")
# The working shown after an answer: a sum worked out ("47 (2 × 16 = 32, + 15 = 47)", "C8 (200 ÷ 16 = 12 r 8)"), or
# ending in the answer it gives ("B6 (1011 = B, 0110 = 6)"). A reason in brackets ("7 characters (8 bits = 1 byte
# per character)") or the sum alone ("72 (360 ÷ 5)") is part of the answer.
WORKING = re.compile(r"(?<=\S)\s*\([^()]*=\s*(?P<result>[^()=]*?)\s*\)\s*$")
SUM = re.compile(r"\d\s*[×÷+*/−-]\s*\d")
# A binary answer in bytes or nibbles ("1000 0001"): a sum in denary after it ("(102 + 27 = 129)") checks it in
# another base, which the answer does not say by itself, so it stays.
BINARY = re.compile(r"[01]{4}(?:\s?[01]{4}){0,3}")
DENARY_DIGIT = re.compile(r"[2-9]")
# A question with more than one right option: "Which TWO of these…", "Tick three".
MANY_RIGHT = re.compile(r"\b(?:which|tick|choose|select|pick|circle)\s+(?:two|three|2|3)\b|\b(?:two|three)\s+of\s+these\b",
                        re.IGNORECASE)


def numbered_run(text: str, first: int, *, bare: bool = False,
                 numbers: re.Pattern[str] = RUN_NUMBER) -> tuple[str, list[tuple[int, str]]]:
    """The numbered answers along a line, counting up by one from `first`, and the words before them:
    "A data centre 3. OneDrive 4. SaaS" from 3 → ("A data centre", [(3, "OneDrive"), (4, "SaaS")])."""
    starts: list[tuple[int, int, int]] = []  # (number, where its number starts, where its answer starts)
    wanted = first
    for found in (BARE_NUMBER if bare else numbers).finditer(text):
        if int(found["number"]) == wanted:
            starts.append((wanted, found.start(), found.end()))
            wanted += 1
    if not starts:
        return text.strip(), []
    parts = [(number, text[begin:(starts[i + 1][1] if i + 1 < len(starts) else len(text))].strip())
             for i, (number, _at, begin) in enumerate(starts)]
    return text[:starts[0][1]].strip(), parts


def labelled_run(text: str) -> list[tuple[int, str]]:
    """A line of numbered answers under a label ("Quiz answers: 1. HTTPS 2. eBay", or after a sentence: "Give
    them 4 minutes. Answers: 1. … 2. …"); [] for any other line."""
    label = RUN_LABEL.search(text)
    if not label:
        return []
    run = text[label.end():]
    numbers = RUN_NUMBER if RUN_NUMBER.match(run) else DASHED_NUMBER
    _lead, parts = numbered_run(run, int(re.match(r"\d+", run)[0]), numbers=numbers)
    return without_talk_after(parts) if len(parts) >= MIN_RUN else []


def without_talk_after(parts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A run of one-sentence answers whose last one goes on in more sentences ("3) 255 (1111 1111). Takes the
    register while they work."): what follows is talk, not the answer, and is left out."""
    if any(len(SENTENCE_END.split(answer.strip())) > 1 for _number, answer in parts[:-1]):
        return parts
    number, last = parts[-1]
    return [*parts[:-1], (number, SENTENCE_END.split(last.strip())[0])]


def without_marking(answer: str) -> str:
    """An answer without how its marks are given after it ("… 1 mark answer, 1 mark carries shown.")."""
    return MARKING_AFTER.sub("", answer).strip()


def test_result(text: str) -> str:
    """The right answer a marked test shows under a question ("You answered: X. Correct!" → X); "" otherwise."""
    result = TEST_RESULT.match(text.strip())
    return (result["right"] or result["given"]).strip() if result else ""


def in_order(text: str, count: int) -> list[str]:
    """A slide's notes answering its `count` questions in order, split by ";" ("each page differs; our eyes blend
    the pictures; …"); [] when the parts do not match the questions. Talk after the last answer is left out."""
    parts = [part.strip() for part in text.split(";")]
    if count < MIN_RUN or len(parts) != count or not all(parts):
        return []
    parts[-1] = re.split(r"(?<=[.!])\s+", parts[-1])[0]
    return parts


def is_export_header(text: str) -> bool:
    """The rest of a quiz site's "Question 3 …" line when it only says what kind of question it is, how long it
    is shown and what it scores: the question itself is on the next line."""
    said = bool(re.search(r"\(|\d", text))  # a kind of question or a time, not only dashes
    return said and not EXPORT_PART.sub(" ", text).strip()


def given_answer(text: str) -> str:
    """The answer a line gives ("Sample answer: …"); the first of a quiz export's accepted answers ("Accepted
    answers: range; data range" → "range"); "" for any other line."""
    given = GIVEN_ANSWER.match(text)
    if not given:
        return ""
    return given["text"].split(";")[0].strip() if text.lower().startswith("accepted") else given["text"].strip()


def without_point_marks(answer: str) -> str:
    """The answer without a mark scheme's point marks ("[1]"), how its marks are given (before or after it), a
    marker's comments ("[✓ benefit]") or the working after it ("47 (2 × 16 = 32 …)")."""
    answer = POINT_MARK.sub("", MARKER_NOTE.sub("", MARKING_BEFORE.sub("", without_marking(answer))))
    working = WORKING.search(answer)
    if working and (SUM.search(working.group()) or normal(working["result"]) in normal(answer[:working.start()])) \
            and not _checked_in_denary(answer[:working.start()], working.group()):
        answer = answer[:working.start()]
    return answer.strip()


def _checked_in_denary(answer: str, working: str) -> bool:
    """Whether the working after a binary answer checks it in denary ("1000 0001 (102 + 27 = 129)")."""
    return bool(BINARY.fullmatch(answer.strip())) and bool(DENARY_DIGIT.search(working))


def question_for(questions: list[Question], answer: Answer) -> Question | None:
    """The unanswered question an answer is for: the one it repeats word for word ("What is a sprite? – …"),
    else the first of its number (an answer that repeats a question no document asks answers none)."""
    if answer.get("label"):  # a mark scheme's "1(c)(ii)"
        return next((q for q in questions if not q["answer"] and q.get("label") == answer["label"]), None)
    if answer.get("question"):
        said = normal(answer["question"])
        return next((q for q in questions if not q["answer"] and normal(q["text"]) == said), None)
    return next((q for q in questions if q["number"] == answer["number"] and not q["answer"]), None)
