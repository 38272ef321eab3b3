"""An online quiz's responses summary printed or saved (a form's "Summary" of responses): each question with how
many answered it right, its options with how many chose each, and the right option ticked.

    Which construct makes a decision?        the question: the line just above its count of right answers
    24 / 27 correct responses                how many got it right
    Sequence 2 (7.4%)                        an option, with how many chose it
    ✓ Selection 24 (88.9%)                   the right one: ticked (a PDF reads the tick as the line's bullet)
    (7 points)

A line that carries its count on the same line ("A WHILE loop is… 18 / 27 correct responses", the summary's list
of questions often missed) repeats a question asked in full further on. A question of the form with no right
answer (a short answer's replies, a scale) has no count of right answers and is not a test question. The walker
(`questions._Finder`) mixes this in.
"""

from __future__ import annotations

import re

from app.services.documents.blocks import Block, clean
from app.services.documents.found import Question
from app.services.documents.question_lines import MAX_OPTIONS, question_text

# "24 / 27 correct responses" at the start of a line (its first option may run on after it).
RIGHT_COUNT = re.compile(r"^\s*(?P<right>\d{1,5})\s*/\s*\d{1,5}\s+correct\s+(?:responses?|answers?)\b[:.]?\s*",
                         re.IGNORECASE)
# A summary page's buttons by a question's chart, copied or printed with it ("Copy chart", "Download", "⋮").
CHART_CONTROL = re.compile(r"(?:copy|download|save|more)(?:\s+(?:chart|image|options))?|[⋮…]", re.IGNORECASE)
# " 24 (88.9%)": how many chose the option before it, ending it (a PDF may run two options along one line).
CHOSEN = re.compile(r"\s+(?P<count>\d{1,5})\s+\(\d{1,3}(?:[.,]\d{1,2})?\s*%\)")


class FormSummaries:
    """The responses-summary half of the question walker."""

    before: Block | None = None  # the line before: the question, when a count of right answers follows it
    summarised: Question | None = None  # the question whose options are being read
    right_count: int = 0  # how many answered it right: the right option was chosen that many times
    ticked: list[str] | None = None  # its options read with a tick
    counted: list[str] | None = None  # its options chosen as many times as it was answered right

    def summary_line(self, block: Block) -> bool:
        """Whether the line is part of a responses summary's question: its count of right answers (the line
        before is then the question) or one of its counted options."""
        before, self.before = self.before, None
        count = RIGHT_COUNT.match(block.text)
        if count and before is not None and not RIGHT_COUNT.search(before.text) and before.text.strip():
            self.summary_question(before, int(count["right"]))
            self.summary_options(block.text[count.end():], ticked=False)
            return True
        if self.summarised is not None and block.kind in ("paragraph", "item") and CHOSEN.search(block.text):
            self.summary_options(block.text, ticked=block.kind == "item")
            return True
        self.summarised = None
        if before is not None and before.text.rstrip().endswith("?") and CHART_CONTROL.fullmatch(block.text.strip()):
            self.before = before  # "Copy chart" between a question and its count: the page's button, copied too
        else:
            self.before = block if block.kind in ("paragraph", "heading") else None
        return False

    def summary_question(self, line: Block, right: int) -> None:
        """The question over a count of right answers: the one already read from that line, or a new one."""
        current = self.current
        if current is None or current["text"] != question_text(line.text):
            self.ask(0, line.text, line.where, line.text)  # unnumbered: the form numbers nothing
            current = self.current
        self.summarised, self.current = current, None
        self.right_count, self.ticked, self.counted = right, [], []

    def summary_options(self, text: str, *, ticked: bool) -> None:
        """The options along a line ("VAT = 0.2 20 (74.1%) guess 3 (11.1%)"): the tick, read as the line's
        bullet, is the first one's."""
        question = self.summarised
        if question is None or self.ticked is None or self.counted is None:
            return
        start = 0
        for chosen in CHOSEN.finditer(text):
            option = clean(text[start:chosen.start()])
            start = chosen.end()
            if not option or len(question["options"]) >= MAX_OPTIONS:
                continue
            question["options"].append(option)
            if ticked:
                self.ticked.append(option)
                ticked = False
            if int(chosen["count"]) == self.right_count:
                self.counted.append(option)
        # The tick says which option is right; failing one, the option chosen as often as the question was
        # answered right (when only one was).
        right = self.ticked if len(self.ticked) == 1 else self.counted
        question["answer"] = right[0] if len(right) == 1 else ""
