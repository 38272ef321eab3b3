"""A measure named in passing with what it counts in brackets after it: "exported at the right frame rate (the number
of still images shown each second, e.g. 30 fps)", "a high sample rate (the number of samples taken each second)".
A two-word name after an article (and an adjective or two saying how much: "high", "right"), then "(the number of
…)", "(the amount of …)": the bracket says what the measure is. A page or a table cell that breaks the line before the
bracket ("…the right frame rate" / "(the number of…) and aspect ratio…") is read as the one line it is.
"""

from __future__ import annotations

import re

from app.services.documents.blocks import Block
from app.services.documents.phrases import is_term
from app.services.documents.vocabulary import Candidate

MEASURED = re.compile(
    r"\b(?:the|a|an|your|its|their)\s+(?:(?:right|correct|same|high|higher|low|lower|good|best|fast|slow)\s+){0,2}"
    r"(?P<term>[a-z][a-z-]{1,30}\s+[a-z][a-z-]{1,30})\s+"
    r"\((?P<meaning>the\s+(?:number|amount|size|speed|rate|length|quantity)\s+of\s[^()]{3,150}?)"
    r"(?:,\s*(?:e\.g\.|eg|for example)\s[^()]{1,60})?\)",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?:;]\s*$")


def measure_glosses(blocks: list[Block]) -> list[tuple[Candidate, str]]:
    """Each measure the paragraphs gloss in brackets, a bracket broken onto the next line joined to its name, with
    where it is."""
    paragraphs = [block for block in blocks if block.kind == "paragraph"]
    found = []
    for block, following in zip(paragraphs, [*paragraphs[1:], None], strict=False):  # None after the last
        line = block.text
        if following is not None and following.text.startswith("(") and not SENTENCE_END.search(line):
            line = f"{line} {following.text}"
        for match in MEASURED.finditer(line):
            term = match["term"][:1].upper() + match["term"][1:].lower()
            if is_term(term, max_words=2):
                found.append(
                    (Candidate(term, match["meaning"][:1].upper() + match["meaning"][1:]), block.where)
                )
    return found
