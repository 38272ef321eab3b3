"""A bold key word whose sentence narrows it before saying what it does, so the meaning is said of the kind of
thing the word names (its last word):

    A **left shift** of one place multiplies the number by 2.          → Left shift: "A shift of one place multiplies…"
    In a **logical shift** the empty places are always filled with 0s. → Logical shift: "A shift in which the empty…"

A word of one word has no kind to say it of (the meaning would repeat it), so only names of two or more words.
"""

from __future__ import annotations

import re

from app.services.documents.phrases import is_definition, is_term
from app.services.documents.vocabulary import Candidate, tidy
from app.services.documents.word_forms import capitalised

SENTENCE_START = r"(?:^|(?<=[.!?])\s+)"
SENTENCE_REST = r"(?P<rest>[^.!?]{5,200}?)(?=[.!?](?:\s|$)|$)"
# "A left shift of one place multiplies the number…": the narrowing phrase, then a verb before "the", "every"…
NARROWED = (
    SENTENCE_START + r"(?:A|An)\s+(?P<term>{word})\s+(?P<narrowing>(?:of|with|by|on)\s[^.!?,;]{2,40}?)\s+"
    r"(?P<verb>[a-z]+s)\s+(?=(?:the|a|an|every|each|its|their|all|any)\s)" + SENTENCE_REST
)
# "In a logical shift the empty places are…": what happens in it.
HAPPENS_IN = (
    SENTENCE_START + r"In\s+(?:a|an)\s+(?P<term>{word}),?\s+(?P<clause>(?:the|each|every|all|any)\s"
    r"[^.!?]{5,200}?)(?=[.!?](?:\s|$)|$)"
)
MIN_MEANING_WORDS = 4
TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)$")


def qualified_term(text: str, word: str) -> Candidate | None:
    """The bold `word` and its meaning when a sentence of `text` narrows it before saying what it does or what
    happens in it (the module's shapes); None otherwise."""
    word = word.strip()
    if len(word.split()) < 2 or not is_term(word, max_words=4):
        return None
    kind = word.split()[-1].lower()
    kind = f"{'An' if kind[0] in 'aeiou' else 'A'} {kind}"
    pattern = re.escape(word)
    narrowed = re.search(NARROWED.replace("{word}", pattern), text, re.IGNORECASE)
    if narrowed is not None:
        meaning = f"{kind} {narrowed['narrowing'].strip()} {narrowed['verb']} {narrowed['rest'].strip()}"
        return _kept(word, meaning)
    happens = re.search(HAPPENS_IN.replace("{word}", pattern), text, re.IGNORECASE)
    if happens is not None:
        return _kept(word, f"{kind} in which {happens['clause'].strip()}")
    return None


def _kept(word: str, meaning: str) -> Candidate | None:
    """The pair when the meaning describes; a sum worked in brackets after it ("(2 places × 4)") is left out."""
    meaning = meaning.rstrip(".")
    if not is_definition(meaning, min_words=MIN_MEANING_WORDS):
        meaning = TRAILING_BRACKET.sub("", meaning)
    if not is_definition(meaning, min_words=MIN_MEANING_WORDS):
        return None
    return tidy(capitalised(word), meaning)
