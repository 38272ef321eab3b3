"""Annotated code on a slide: callout shapes drawn round a code box, each joined to a line of the code by an arrow.

The teacher explains the code in the callouts, in the order they thought of them, and each callout names what its
line uses before saying what that is: '"r" = read mode: you can only look…', "open() connects your program to a
file…", or it explains the line and then defines a word it used (".strip() takes the newline character off… The
newline character is the invisible character that…"). A callout counts as joined when an arrow (a connector) has
one end on it and the other on the code box; its key word is read by `callout_term`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from app.services.documents.phrases import is_definition
from app.services.documents.vocabulary import (
    SENTENCE_END,
    Candidate,
    capitalised,
    defining_sentence,
    says_what_it_does,
    tidy,
)

EMU_PER_INCH = 914400
MAX_NAME_WORDS = 4
END_TOLERANCE = round(0.15 * EMU_PER_INCH)  # an arrow drawn by hand stops a little short of (or inside) a shape
# '"r" = read mode: you can only look…': a value in quotes, the name it has, then what it does.
NAMED_VALUE = re.compile(r"""^\W*["“'‘](?P<value>[^"”'’]{1,8})["”'’]\s*=\s*(?P<term>[A-Za-z][\w -]{1,40}?)\s*:\s+"""
                         r"(?P<meaning>\S.{5,})$")
# "open() connects…": a function named bare, then its verb. A method written with its dot (".strip() takes…") says
# what this line's call does to its value, not what a word of the lesson means.
NAMED_FUNCTION = re.compile(r"^(?P<term>[A-Za-z_]\w*\(\))\s+(?P<meaning>\S.{5,})$")


class Rect(NamedTuple):
    """A shape's place on the slide (EMU)."""

    left: int
    top: int
    width: int
    height: int

    def holds(self, x: int, y: int) -> bool:
        return (self.left - END_TOLERANCE <= x <= self.left + self.width + END_TOLERANCE
                and self.top - END_TOLERANCE <= y <= self.top + self.height + END_TOLERANCE)


Line = tuple[tuple[int, int], tuple[int, int]]


def joined_to_code(callout: Rect, code_boxes: list[Rect], arrows: list[Line]) -> bool:
    """Whether an arrow runs from the callout to a code box (either way round)."""
    for start, end in arrows:
        for near, far in ((start, end), (end, start)):
            if callout.holds(*near) and any(code.holds(*far) for code in code_boxes) and not any(
                    code.holds(*near) for code in code_boxes):
                return True
    return False


def callout_term(text: str) -> Candidate | None:
    """The key word a callout on code defines, with its meaning, or None when it only comments on the line."""
    text = " ".join(text.split())
    named = NAMED_VALUE.match(text)
    # The quoted value equated to it marks the name as a name ("write mode" though it opens on a verb).
    if named is not None and len(named["term"].split()) <= MAX_NAME_WORDS:
        meaning = f'"{named["value"]}": {named["meaning"].rstrip(".!")}'
        return tidy(capitalised(named["term"]), meaning)
    function = NAMED_FUNCTION.match(text)
    if function is not None and says_what_it_does(function["meaning"]) and is_definition(function["meaning"]):
        return tidy(function["term"], capitalised(function["meaning"].rstrip(".!")))
    for sentence in SENTENCE_END.split(text)[1:]:  # the line explained first, then a word it used defined
        defined = defining_sentence(sentence)
        if defined is not None:
            return defined
    return None
