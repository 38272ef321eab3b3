"""An exam paper's parts and its mark scheme:

    1  A teacher stores the scores…          a question's stem: its number starts its parts' labels
    (a) State what is meant by… [1 mark]      a part that asks: a question of its own, labelled "1(a)"
    (c) A pass is one run through…           a part that only leads into its sub-parts
    (i) Show the list after the first pass   a sub-part, "1(c)(i)"

    1(b)                                      the mark scheme's key for a part, alone or before its answer
    1(c)(ii) 5 1                              ("1(c)(ii) 5 1": the answer 5, worth 1 mark)
    1 mark for each of: / Accept: … / Do not accept: …    guidance for the marker, not the answer
    • compares each pair of adjacent items    the answer's points, joined with "; "

The walker (`questions._Finder`) mixes these in; answers keep the part's label so that they find their part.
"""

from __future__ import annotations

import re

from app.services.documents.blocks import clean
from app.services.documents.found import Answer
from app.services.documents.question_lines import MARKS, MAX_LISTED_OPTION_WORDS, MAX_TEXT_CHARS, is_question

PART = re.compile(r"^\s*\((?P<part>[a-h]|i{1,3}|iv|vi{0,3})\)\s*(?P<text>.*)$", re.DOTALL)
ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii"}
STEM = re.compile(r"^(?P<number>\d{1,2})\s+(?=[A-Z])")  # "3 Figure 3 shows a sorting algorithm…"
PART_KEY = re.compile(r"^\s*(?P<number>\d{1,2})\s*(?P<parts>(?:\(\s*[a-z]{1,4}\s*\))+)\s*(?P<text>.*)$", re.DOTALL)
# What a mark scheme says to the marker, not the answer.
GUIDANCE = re.compile(
    r"^(?:\d+\s+marks?\s+(?:for|each|per)\b|(?:do not |don'?t )?accept\b|award\b|allow\b|ignore\b|max(?:imum)?\b"
    r"|total\b|mark in\b|question\s+answer\s+marks?$|.*\bpage\s+\d+$)",
    re.IGNORECASE,
)
ACCEPT_TOO = re.compile(r"\s+(?:accept|do not accept|allow)\b\s*:?.*$", re.IGNORECASE | re.DOTALL)
# The marks at the end of a key's line ("5 1", "… only one item (1). 2"), not a list's last number ("…, 12, 42").
TRAILING_MARKS = re.compile(r"(?<=[^,\s])\s+\d{1,2}$")


class ExamParts:
    """The exam-paper half of the question walker."""

    exam_number: int = 0  # the exam question being read: its parts are labelled from it
    part_letter: str = ""  # its part being read ("c" while reading "(c)(i)", "(c)(ii)")
    scheme_answer: Answer | None = None  # the mark scheme's answer being read (its points are on the next lines)

    def exam_stem(self, number: int) -> None:
        self.exam_number, self.part_letter = number, ""

    def exam_part(self, part: str, text: str, where: str) -> bool:
        """A part "(a) State what…" of an exam question: asked, labelled "1(a)"; a longer part that does not ask
        leads into its sub-parts. A short one may be an option "(a) RAM", and is left to be one."""
        if not self.exam_number or (self.current is not None and self.current["options"]):
            return False
        roman = part in ROMAN and bool(self.part_letter) and not (part == "i" and self.part_letter == "h")
        if not roman:
            self.part_letter = part
        label = f"{self.exam_number}({self.part_letter})" + (f"({part})" if roman else "")
        text = clean(text.replace("\n", " "))
        if is_question(text, about_questions=True) or MARKS.search(text):
            self.ask(self.exam_number, text, where, text)
            if self.current is not None:
                self.current["label"] = label
            return True
        if len(text.split()) > MAX_LISTED_OPTION_WORDS:
            self.current = None
            return True
        return False

    def scheme_line(self, text: str, where: str) -> bool:
        """A line of a mark scheme: a part's key ("1(b)", "1(c)(ii) 5 1") starts its answer; the lines after it
        are its points, less what is said to the marker."""
        key = PART_KEY.match(text)
        if key:
            answer: Answer = {"number": int(key["number"]), "label": key["number"] + re.sub(r"\s+", "", key["parts"]),
                              "text": scheme_text(key["text"]), "where": where}
            self.answers.append(answer)
            self.scheme_answer = answer
            return True
        if self.scheme_answer is None:
            return False
        if not GUIDANCE.match(text.strip()):
            point = scheme_text(text)
            so_far = self.scheme_answer["text"]
            self.scheme_answer["text"] = (f"{so_far}; {point}" if so_far and point else so_far or point)[:MAX_TEXT_CHARS]
        return True


def scheme_text(text: str) -> str:
    """A mark scheme's answer without the marks after it or what else it accepts."""
    return TRAILING_MARKS.sub("", ACCEPT_TOO.sub("", clean(text))).strip()
