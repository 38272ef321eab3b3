"""Headings that compare two things ("RAM vs ROM", "Volatile vs non-volatile"), and the lines under them that
describe one side: "Volatile memory needs power to keep its data" → Volatile memory. When the document names the
kind of thing compared ("Compare star and bus topologies"), a side's line names it whole ("Bus topology")."""

from __future__ import annotations

import re

from app.services.documents.phrases import is_definition, is_term, term_key
from app.services.documents.vocabulary import Candidate, tidy
from app.services.documents.word_forms import SMALL_WORDS, capitalised

# A heading that compares two things: "RAM vs ROM", "Star versus bus".
COMPARED = re.compile(r"^(?P<first>[^,:?]{1,30}?)\s+(?:vs\.?|versus|v\.)\s+(?P<second>[^,:?]{1,30})$", re.IGNORECASE)


def comparison_sides(heading: str) -> list[str]:
    """The things a "RAM vs ROM" / "Volatile vs non-volatile" heading compares ([] for any other heading)."""
    match = COMPARED.match(heading.strip())
    return [match["first"].strip(), match["second"].strip()] if match else []


def compared_kind(sides: list[str], text: str) -> str:
    """What kind of thing the two sides of a comparison are, when the document names them together with it ("Compare
    star and bus topologies" → "topology"); "" when it does not."""
    if len(sides) != 2:
        return ""
    named = re.search(rf"(?i:\b{re.escape(sides[0])}[ \t]+(?:and|or|&|vs\.?|versus)[ \t]+{re.escape(sides[1])})"
                      r"[ \t]+(?P<kind>[a-z][a-z-]{3,})\b", text)  # the kind in lower case, on the same line
    if named is None or named["kind"].lower() in SMALL_WORDS | {"are", "is", "have", "has", "both"}:
        return ""
    return term_key(named["kind"])


def compared_term(text: str, sides: list[str], kind: str = "") -> Candidate | None:
    """Under a comparison heading, a line that starts with one of the things compared describes it: "Volatile
    memory needs power to keep its data" → Volatile memory; "Bus: every device is connected…" → Bus, or "Bus
    topology" when the document names the kind of thing compared (`compared_kind`)."""
    for side in sides:
        match = re.match(
            rf"^(?P<term>{re.escape(side)}(?:\s+[a-z][\w-]*){{0,2}}?)"
            r"(?:\s*[:–—]\s*|\s+(?=(?:is|are|can|will|has|have|[a-z]+[^s\W]s)\b))(?P<definition>\S.*)$",
            text.strip(), re.IGNORECASE,
        )
        if match is None:
            continue
        term, definition = match["term"].strip(), match["definition"].strip().rstrip(".")
        if kind and term.lower() == side.lower():
            term = f"{term} {kind}"
        if is_term(term, max_words=4) and is_definition(definition, min_words=3):
            return tidy(capitalised(term), capitalised(definition))
    return None
