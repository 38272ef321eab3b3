"""Key words set out as a list on one line: "binary, denary, bit" (the words alone), or "function, return value (the
value a function sends back…), scope (…)" (each with its meaning in brackets) — a key-words box or a table cell's
list rather than prose that has commas in it."""

from __future__ import annotations

import re

from app.services.documents.phrases import is_definition, is_term
from app.services.documents.vocabulary import Candidate
from app.services.documents.word_forms import capitalised

# A line that gives examples of what the line above names ("e.g. a gripper, a welding torch").
EXAMPLES_LINE = re.compile(r"^\W*(?:e\.g\.|eg\b|for example\b|for instance\b|such as\b|examples?\s*:)",
                           re.IGNORECASE)
BRACKETED_MEANING = re.compile(r"^(?P<term>[^()]+?)\s*\((?P<meaning>.+)\)$")
MIN_LISTED_WORDS = 3  # key words set out with commas make a list from this many


def bare_terms(text: str) -> list[str]:
    """ "binary, denary, bit" → the words listed (a key-words line without definitions); none from a line of
    examples under a meaning ("e.g. a gripper, a welding torch"): things of the kind named, not key words."""
    if EXAMPLES_LINE.match(text):
        return []
    return [part.strip() for part in re.split(r"[,;]", text) if part.strip() and is_term(part.strip(), max_words=4)]


def bracketed_meanings(text: str) -> list[Candidate] | None:
    """ "function, return value (the value a function sends back…), scope (the part of…)" → each key word listed,
    with the meaning written in brackets after it when there is one; None unless it is such a list with a meaning.
    Short brackets are part of the word ("Internet of Things (IoT)"); commas inside brackets do not split it."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if char in ",;" and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    found = []
    for part in (part.strip() for part in parts if part.strip()):
        meant = BRACKETED_MEANING.match(part)
        if meant and is_definition(meant["meaning"], min_words=3):
            term, definition = meant["term"].strip(), capitalised(meant["meaning"].strip())
        else:
            term, definition = part, ""
        if not is_term(term, max_words=4):
            return None
        found.append(Candidate(term, definition))
    return found if any(candidate.definition for candidate in found) else None


def is_word_list(text: str, listed: list[str]) -> bool:
    """A line that is only key words set out with commas ("Vector graphic, object, fill, … bitmap"), however long,
    as `bare_terms` read it: not prose that has commas in it."""
    parts = [part for part in re.split(r"[,;]", text) if part.strip()]
    return len(parts) >= MIN_LISTED_WORDS and len(listed) == len(parts)
