"""A bold key word explained by words that point back at it, as people explain things aloud:

    Step one is **reconnaissance**. That's just collecting information…        → "Collecting information…"
    …go to a **control centre**. Engineers call it the city's brain: one place…  → "One place where…"
    I'm an **ethical hacker** – I break into systems, but only…                 → "Someone who breaks into…"

The word must close its own sentence, so the "it" or "that" of the next one can only be it; and a speaker who says
they are one ("I'm a…") explains it by what they do. The meaning must still describe (`phrases.is_definition`).
"""

from __future__ import annotations

import re

from app.services.documents.phrases import is_definition, is_instruction, is_term
from app.services.documents.vocabulary import Candidate, tidy
from app.services.documents.word_forms import capitalised

MAX_MEANING_CHARS = 160
# The next sentence: "That's (just) …", "It's (simply) …", "This is …", "They call it <a nickname>: …".
POINTING = (r"(?:(?:that|it|this)(?:[’']s|\s+is)\s+(?:just\s+|simply\s+|basically\s+)?"
            r"|(?:[\w’']+\s+){1,2}calls?\s+(?:it|them)\s+[^.:!?]{3,40}:\s+)")
# "I'm a **word** – I …": the speaker is one, and says what they do.
SELF_NAMED = r"\bI(?:[’']m|\s+am)\s+(?:a|an)\s+{word}\s*[–—-]\s+I\s+(?P<verb>[a-z]+)\b(?P<rest>[^.!?]{5,150})"
# Verbs made third person by adding "es" rather than "s".
ES_ENDINGS = ("s", "sh", "ch", "x", "z", "o")


def pointed_back(text: str, phrase: str) -> Candidate | None:
    """The meaning a bold word gets from the sentence after it, or from a speaker who is one (see the module)."""
    word = re.escape(phrase.strip())
    if not is_term(phrase.strip(), max_words=5):
        return None
    after = re.search(rf"\b{word}[.!]\s+{POINTING}(?P<meaning>[^.!?]{{8,{MAX_MEANING_CHARS}}})[.!]?", text,
                      re.IGNORECASE)
    if after is not None:
        return _kept(phrase, after["meaning"])
    speaker = re.search(SELF_NAMED.replace("{word}", word), text, re.IGNORECASE)
    if speaker is not None:
        return _kept(phrase, f"someone who {_third_person(speaker['verb'])}{speaker['rest']}")
    return None


def _third_person(verb: str) -> str:
    """ "break" → "breaks", "fix" → "fixes", "try" → "tries": what "I do" says of someone who does it."""
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return f"{verb[:-1]}ies"
    return f"{verb}es" if verb.endswith(ES_ENDINGS) else f"{verb}s"


def _kept(phrase: str, meaning: str) -> Candidate | None:
    meaning = meaning.strip().rstrip(".")
    if is_instruction(meaning) or not is_definition(meaning, min_words=3):
        return None
    return tidy(capitalised(phrase.strip()), capitalised(meaning))
