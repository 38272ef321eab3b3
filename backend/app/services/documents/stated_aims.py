"""The aims a teacher states in a sentence of their own prose rather than under a label: "Hi 9C! This week we are
learning to describe how automation is changing work, explain the benefits and drawbacks of AI, and form an
argument for Thursday's debate." The sentence is given back in the shape of a labelled list ("We are learning to:
describe… · explain… · form…"), so it is read as any objectives label and its list are.
"""

from __future__ import annotations

import re

from app.services.documents.phrases import looks_like_objective

# "(This week / Today / In this lesson,) we are learning to …" up to the sentence's end.
AIMS_SENTENCE = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:(?:this week|today|this lesson|in this lesson|this term)\s*,?\s+)?"
    r"(?:we|you)\s+(?:are|[’']re|will be)\s+learning\s+to\s+(?P<aims>[^.!?]{8,400})(?:[.!?]|$)",
    re.IGNORECASE,
)
# Where one aim may end and the next begin: a comma (", and"), or "and" alone.
AIM_BREAK = re.compile(r"(,\s+(?:and\s+|or\s+)?|\s+and\s+)")
LABEL = "We are learning to:"


def aims_sentence(text: str) -> str | None:
    """The aims a sentence of the paragraph states as what "we are learning to" do, as a labelled list, or None."""
    match = AIMS_SENTENCE.search(text)
    if match is None:
        return None
    aims = _aims(match["aims"].strip())
    return f"{LABEL} {' · '.join(aims)}" if aims else None


def _aims(listed: str) -> list[str]:
    """Each aim of "describe X, explain the benefits and drawbacks of Y, and form Z": a break starts a new aim only
    where what follows opens as an objective does (a verb), so "benefits and drawbacks" stays one aim."""
    pieces = AIM_BREAK.split(listed)
    aims = [pieces[0]]
    for separator, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        if looks_like_objective(piece):
            aims.append(piece)
        else:
            aims[-1] += separator + piece
    return [aim.strip() for aim in aims if aim.strip()]
