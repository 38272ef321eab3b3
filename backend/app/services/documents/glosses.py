"""A key word's meaning given in passing, inside a sentence about something else:

    Every object has a **fill** (the colour inside it) and a **stroke** (its outline).     in brackets after it
    You edited **paths** – lines made of straight or curved segments – by dragging…        between two dashes
    …by dragging their **nodes**, the points that a path passes through.                  set beside it: ", the…"
    …made of **objects**: shapes that the computer stores as instructions.                 after a colon

The word is one the document marks as a key word (in bold) or lists bare ("Key vocabulary: fill, stroke…"); a
listed word may name the thing with the noun after it ("bitmap" in "a bitmap image (an image made of pixels)").
The meaning must describe (`phrases.is_definition`): "(1)", "(P0, P1, P2)", "(dark)" and "(e.g. …)" are not glosses.
"""

from __future__ import annotations

import re

from app.services.documents.findings import Findings, Origin
from app.services.documents.phrases import is_definition, is_term
from app.services.documents.vocabulary import Candidate, capitalised, tidy

MAX_GLOSS_CHARS = 150
MIN_GLOSS_WORDS = 2
# What may follow the word: its meaning in brackets, between dashes, set beside it after a comma, or after a colon.
GLOSS = (
    r"\s*\((?P<bracketed>[^()]{3,150})\)"
    r"|\s+[–—]\s+(?P<dashed>[^–—]{3,150}?)\s+[–—]\s"
    r"|,\s+(?P<beside>(?:the|a|an)\s[^,.;:()]{3,150})(?=[.;]|$)"
    r"|:\s+(?P<after_colon>[^.;:()]{3,150})"
)
NOT_A_GLOSS_START = re.compile(r"^(?:e\.g\.|eg\b|i\.e\.|ie\b|and\b|or\b|see\b|page\b|\d)", re.IGNORECASE)


def gloss(text: str, word: str, *, extend: bool = False) -> Candidate | None:
    """The meaning `text` gives `word` in passing (its plural too), or None; with `extend`, the word may be followed
    by one more noun that the meaning is for ("bitmap" → "Bitmap image")."""
    word = word.strip()
    if not word:
        return None
    following = r"(?:\s+[a-z][a-z-]{2,})?" if extend else ""
    pattern = rf"(?<![\w-])(?P<term>{re.escape(word)}(?:s|es)?{following})(?:{GLOSS})"
    for match in re.finditer(pattern, text, re.IGNORECASE):
        meaning = next(m for m in (match["bracketed"], match["dashed"], match["beside"], match["after_colon"]) if m)
        meaning = meaning.strip().rstrip(".")
        term = match["term"] if match["term"].lower() != f"{word.lower()}s" else word
        if len(term.split()) > len(word.split()) and match["bracketed"] is None:
            continue  # only a bracket right after it says the next noun is part of the name
        if NOT_A_GLOSS_START.match(meaning) or not is_term(term, max_words=5):
            continue
        if is_definition(meaning, min_words=MIN_GLOSS_WORDS) and len(meaning) <= MAX_GLOSS_CHARS:
            return tidy(capitalised(term), capitalised(meaning))
    return None


def gloss_listed_words(found: Findings, text: str) -> None:
    """Key words listed without a meaning take the one the document gives them in passing ("Key vocabulary: fill,
    … bitmap" and "their fill (the colour inside a shape)", "a bitmap image (an image made of pixels)")."""
    for item in [item for item in found.vocabulary if not item["definition"]]:
        pair = gloss(text, item["term"], extend=True)
        if pair is not None:
            found.add_term(*pair, origin=Origin(item.get("where", ""), pair.term))
